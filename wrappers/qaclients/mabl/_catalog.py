"""What ``Mabl`` and ``AsyncMabl`` offer besides deploy-and-wait and exports (DataTables and their scenarios, flows'
and tests' metadata, Mailboxes, Link, users, the activity feed, test and plan run results, usage reports), each
operation defined once in ``_catalog_calls.py``, and the sending primitives their workflows and resources use (the
async twins are in ``_async_catalog.py``, imported with the async client)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from mabl_client import AuthenticatedClient
from mabl_client.types import Response

from qaclients.core import translated
from qaclients.core._shells import Call, sync_method, sync_method_listing

from . import _catalog_calls as calls
from . import _declarations as declared
from ._requests import ClientBase, parsed

if TYPE_CHECKING:
    from qaclients.core import Pager

__all__ = ["Catalog"]

T = TypeVar("T")


class Catalog(ClientBase):
    """The sending primitives and the catalog of smaller calls; :class:`Mabl` adds construction and workflows."""

    api: AuthenticatedClient

    def _call(self, send: Callable[[], Response[Any]], expected: type[T]) -> T:
        with translated():
            return parsed(send(), expected)

    def _send(self, send: Callable[[], Response[Any]]) -> Response[Any]:
        with translated():
            return send()

    def _run(self, call: Call[T]) -> T:
        with translated():
            return call.finish(call.endpoint.sync_detailed(*call.args, client=self.api, **call.kwargs))

    def _pager(
        self, module: Any, operation_id: str, model: type[Any], *args: Any, page_size: int, token: str | None,
        max_items: int | None, **params: Any,
    ) -> Pager[Any]:  # fmt: skip
        from qaclients.core import Pager  # noqa: PLC0415 - paging is imported with the first list

        def fetch(paging: dict[str, Any]) -> Any:
            return self._call(partial(module.sync_detailed, *args, client=self.api, **params, **paging), model)

        strategy = declared.paging(operation_id, page_size)
        return Pager(fetch, strategy, continuation_token=token, max_items=max_items)

    database_connections_in = sync_method(calls.database_connections_in)
    data_tables = sync_method_listing(calls.data_tables)
    data_table = sync_method(calls.data_table)
    create_data_table = sync_method(calls.create_data_table)
    update_data_table = sync_method(calls.update_data_table)
    scenarios = sync_method_listing(calls.scenarios)
    scenario = sync_method(calls.scenario)
    create_scenario = sync_method(calls.create_scenario)
    update_scenario = sync_method(calls.update_scenario)
    remove_scenario = sync_method(calls.remove_scenario)
    variable_names = sync_method(calls.variable_names)
    add_variable = sync_method(calls.add_variable)
    rename_variable = sync_method(calls.rename_variable)
    remove_variable = sync_method(calls.remove_variable)
    flow_metadata = sync_method(calls.flow_metadata)
    update_flow_metadata = sync_method(calls.update_flow_metadata)
    test_metadata = sync_method(calls.test_metadata)
    update_test_metadata = sync_method(calls.update_test_metadata)
    mailboxes_in = sync_method(calls.mailboxes_in)
    set_mailbox_enabled = sync_method(calls.set_mailbox_enabled)
    link_agents = sync_method_listing(calls.link_agents)
    link_labels = sync_method(calls.link_labels)
    terminate_link_agent = sync_method(calls.terminate_link_agent)
    delete_link_label = sync_method(calls.delete_link_label)
    link_agent_download_url = sync_method(calls.link_agent_download_url)
    users = sync_method_listing(calls.users)
    workspace_user = sync_method(calls.workspace_user)
    invite = sync_method(calls.invite)
    activity_feed = sync_method_listing(calls.activity_feed)
    test_run_summaries = sync_method_listing(calls.test_run_summaries)
    test_run_result = sync_method(calls.test_run_result)
    plan_run_result = sync_method(calls.plan_run_result)
    test_run_counts = sync_method(calls.test_run_counts)
    execution_seconds = sync_method(calls.execution_seconds)
    max_test_run_concurrency = sync_method(calls.max_test_run_concurrency)
    account_test_run_counts = sync_method(calls.account_test_run_counts)
    account_execution_seconds = sync_method(calls.account_execution_seconds)
    account_max_test_run_concurrency = sync_method(calls.account_max_test_run_concurrency)
