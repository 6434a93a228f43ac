"""``AsyncCatalog``: the async twin of ``Catalog`` (the same operations of ``_catalog_calls.py``, awaited), imported
with the async client."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from mabl_client import AuthenticatedClient
from mabl_client.types import Response

from qaclients.core import translated
from qaclients.core._shells import Call, async_method, async_method_listing

from . import _catalog_calls as calls
from . import _declarations as declared
from ._requests import ClientBase, parsed

if TYPE_CHECKING:
    from qaclients.core import AsyncPager

__all__ = ["AsyncCatalog"]

T = TypeVar("T")


class AsyncCatalog(ClientBase):
    """The sending primitives and the catalog of smaller calls; :class:`AsyncMabl` adds construction and workflows."""

    api: AuthenticatedClient

    async def _call(self, send: Callable[[], Awaitable[Response[Any]]], expected: type[T]) -> T:
        with translated():
            return parsed(await send(), expected)

    async def _send(self, send: Callable[[], Awaitable[Response[Any]]]) -> Response[Any]:
        with translated():
            return await send()

    async def _run(self, call: Call[T]) -> T:
        with translated():
            return call.finish(await call.endpoint.asyncio_detailed(*call.args, client=self.api, **call.kwargs))

    def _pager(
        self, module: Any, operation_id: str, model: type[Any], *args: Any, page_size: int, token: str | None,
        max_items: int | None, **params: Any,
    ) -> AsyncPager[Any]:  # fmt: skip
        from qaclients.core import AsyncPager  # noqa: PLC0415 - paging is imported with the first list

        async def fetch(paging: dict[str, Any]) -> Any:
            return await self._call(partial(module.asyncio_detailed, *args, client=self.api, **params, **paging), model)

        strategy = declared.paging(operation_id, page_size)
        return AsyncPager(fetch, strategy, continuation_token=token, max_items=max_items)

    database_connections_in = async_method(calls.database_connections_in)
    data_tables = async_method_listing(calls.data_tables)
    data_table = async_method(calls.data_table)
    create_data_table = async_method(calls.create_data_table)
    update_data_table = async_method(calls.update_data_table)
    scenarios = async_method_listing(calls.scenarios)
    scenario = async_method(calls.scenario)
    create_scenario = async_method(calls.create_scenario)
    update_scenario = async_method(calls.update_scenario)
    remove_scenario = async_method(calls.remove_scenario)
    variable_names = async_method(calls.variable_names)
    add_variable = async_method(calls.add_variable)
    rename_variable = async_method(calls.rename_variable)
    remove_variable = async_method(calls.remove_variable)
    flow_metadata = async_method(calls.flow_metadata)
    update_flow_metadata = async_method(calls.update_flow_metadata)
    test_metadata = async_method(calls.test_metadata)
    update_test_metadata = async_method(calls.update_test_metadata)
    mailboxes_in = async_method(calls.mailboxes_in)
    set_mailbox_enabled = async_method(calls.set_mailbox_enabled)
    link_agents = async_method_listing(calls.link_agents)
    link_labels = async_method(calls.link_labels)
    terminate_link_agent = async_method(calls.terminate_link_agent)
    delete_link_label = async_method(calls.delete_link_label)
    link_agent_download_url = async_method(calls.link_agent_download_url)
    users = async_method_listing(calls.users)
    workspace_user = async_method(calls.workspace_user)
    invite = async_method(calls.invite)
    activity_feed = async_method_listing(calls.activity_feed)
    test_run_summaries = async_method_listing(calls.test_run_summaries)
    test_run_result = async_method(calls.test_run_result)
    plan_run_result = async_method(calls.plan_run_result)
    test_run_counts = async_method(calls.test_run_counts)
    execution_seconds = async_method(calls.execution_seconds)
    max_test_run_concurrency = async_method(calls.max_test_run_concurrency)
    account_test_run_counts = async_method(calls.account_test_run_counts)
    account_execution_seconds = async_method(calls.account_execution_seconds)
    account_max_test_run_concurrency = async_method(calls.account_max_test_run_concurrency)
