"""mabl's CRUD resources as declarations (which generated call does what), and one sync and one async shell that
serve any of them::

    mabl.applications.create(name="Storefront")          # workspace_id: the client's default
    for app in mabl.applications.list():                  # cursor paging, mabl's end rule for this list
        mabl.applications.update(app.id, description="…")
    mabl.applications.remove(app_id)

A resource's ``view`` turns a decoded model into what users get (credentials hide their secrets).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from mabl_client import models
from mabl_client.api.applications import (
    createapplication,
    getapplication,
    queryapplications,
    removeapplication,
    updateapplication,
)
from mabl_client.api.credentials import (
    createcredentials,
    getcredentials,
    querycredentials,
    removecredentials,
    updatecredentials,
)
from mabl_client.api.database_connections import (
    createdatabaseconnection,
    deletedatabaseconnection,
    getdatabaseconnection,
    updatedatabaseconnection,
)
from mabl_client.api.environments import (
    createenvironment,
    getenvironment,
    queryenvironments,
    removeenvironment,
    updateenvironment,
)
from mabl_client.api.issues import createissue, getissue, queryissuesbyworkspaceid, removeissue, updateissue
from mabl_client.api.mailbox import (
    createpermanentmailbox,
    deletemailboxaddress,
    getmailboxaddress,
    updatemailboxaddress,
)

from qaclients.core import AsyncPager, Pager, checked_arguments

from . import _declarations as declared
from ._requests import body_of

if TYPE_CHECKING:
    from mabl_client.types import Response

__all__ = ["APPLICATIONS", "CREDENTIALS", "AsyncResource", "Resource", "ResourceOps"]

V = TypeVar("V")


def _same(model: Any) -> Any:
    return model


def _secret_safe(model: Any) -> Any:
    from ._credentials import StoredCredentials  # noqa: PLC0415 - built with the first credentials read

    return StoredCredentials.of(model)


@dataclass(frozen=True)
class ResourceOps:
    """Which generated calls serve one resource, and its models.

    Attributes:
        model: The model a read returns, by name (``list_model``, ``create_body`` and ``update_body`` likewise).
        owner_field: The workspace field of a create body, filled from the client's default when not given.
        scope: The list's workspace parameter; ``scope_in_path`` when it is positional.
        paging_op: The list's operationId (its end rule comes from :data:`._declarations.PAGED`).
    """

    name: str
    model: str
    get: Any = None
    query: Any = None
    create: Any = None
    update: Any = None
    remove: Any = None
    list_model: str | None = None
    create_body: str | None = None
    update_body: str | None = None
    owner_field: str | None = "workspace_id"
    scope: str = "workspace_id"
    scope_in_path: bool = False
    paging_op: str | None = None
    created: tuple[int, ...] = (200, 201)
    view: Callable[[Any], Any] = field(default=_same)

    def model_class(self, which: str = "model") -> type[Any]:
        """The generated model a field names (``model``, ``list_model``, ``create_body``, ``update_body``): models
        are named, not imported, so that ``import qaclients.mabl`` builds none of them."""
        name = getattr(self, which)
        assert name is not None, f"{self.name} has no {which}"
        return getattr(models, name)  # type: ignore[no-any-return]


APPLICATIONS = ResourceOps(
    "application", "Application", getapplication, queryapplications, createapplication, updateapplication,
    removeapplication, "ApplicationList", "CreateApplication", "ApplicationFields", paging_op="queryapplications",
)  # fmt: skip
ENVIRONMENTS = ResourceOps(
    "environment", "Environment", getenvironment, queryenvironments, createenvironment, updateenvironment,
    removeenvironment, "EnvironmentList", "CreateEnvironment", "EnvironmentFields", paging_op="queryenvironments",
)  # fmt: skip
CREDENTIALS = ResourceOps(
    "credentials", "Credentials", getcredentials, querycredentials, createcredentials, updatecredentials,
    removecredentials, "CredentialsList", "CreateCredentials", "CredentialsFields", owner_field="organization_id",
    scope="organization_id", paging_op="querycredentials", view=_secret_safe,
)  # fmt: skip
DATABASE_CONNECTIONS = ResourceOps(
    "database connection", "DatabaseConnection", getdatabaseconnection, None, createdatabaseconnection,
    updatedatabaseconnection, deletedatabaseconnection, None, "CreateDatabaseConnection", "DatabaseConnectionFields",
)  # fmt: skip
ISSUES = ResourceOps(
    "issue", "Issue", getissue, queryissuesbyworkspaceid, createissue, updateissue, removeissue, "IssueList",
    "IssueFields", "IssueFields", scope_in_path=True, paging_op="queryissuesbyworkspaceid",
)  # fmt: skip
MAILBOXES = ResourceOps(
    "mailbox", "Mailbox", getmailboxaddress, None, createpermanentmailbox, updatemailboxaddress, deletemailboxaddress,
    None, "CreateMailbox", "UpdateMailbox",
)  # fmt: skip


class _Shared(Generic[V]):
    """What both shells share; ``owner`` is the :class:`Mabl` or :class:`AsyncMabl` that sends."""

    def __init__(self, owner: Any, ops: ResourceOps) -> None:
        self._owner = owner
        self._ops = ops

    def __repr__(self) -> str:
        return f"<{self._ops.name} resource of {self._owner!r}>"

    def _body(self, ops: ResourceOps, which: str, body: Any, fields: Mapping[str, Any]) -> Any:
        if body is not None:
            return body
        return body_of(ops.model_class(which), fields)

    def _create_fields(self, fields: Mapping[str, Any]) -> dict[str, Any]:
        owner_field = self._ops.owner_field
        if owner_field is not None and owner_field not in fields and self._owner.workspace_id is not None:
            return {owner_field: self._owner.workspace_id, **fields}
        return dict(fields)

    def _list_call(self, workspace_id: str | None, filters: Mapping[str, Any], *, asyncio: bool) -> Callable[..., Any]:
        if self._ops.query is None:
            raise NotImplementedError(f"mabl does not page {self._ops.name}s: there is no such list in its API")
        fn = self._ops.query.asyncio_detailed if asyncio else self._ops.query.sync_detailed
        workspace = self._owner.workspace(workspace_id)
        if self._ops.scope_in_path:
            return partial(fn, workspace, client=self._owner.api, **filters)
        return partial(fn, client=self._owner.api, **{self._ops.scope: workspace}, **filters)

    def _viewed_page(self, page: Any) -> dict[str, Any]:
        assert self._ops.paging_op is not None
        items_field = declared.model_attr(declared.PAGED[self._ops.paging_op][0])
        return {items_field: [self._ops.view(item) for item in getattr(page, items_field)], "cursor": page.cursor}


@checked_arguments(declared.ARGUMENT_RULES, suffixes=declared.ARGUMENT_SUFFIXES)
class Resource(_Shared[V]):
    """A mabl resource, synchronously: ``get``, ``list``, ``create``, ``update``, ``remove``."""

    def get(self, resource_id: str, **params: Any) -> V:
        """One item by id (``params``: the read's query parameters, e.g. ``with_secrets=True``)."""
        send = partial(self._ops.get.sync_detailed, resource_id, client=self._owner.api, **params)
        return self._ops.view(self._owner._call(send, self._ops.model_class()))  # type: ignore[no-any-return]

    def list(
        self,
        workspace_id: str | None = None,
        *,
        page_size: int = declared.PAGE_SIZE,
        continuation_token: str | None = None,
        max_items: int | None = None,
        **filters: Any,
    ) -> Pager[V]:
        """Every item of a workspace (the client's default when not given), fetched page by page."""
        send = self._list_call(workspace_id, filters, asyncio=False)
        assert self._ops.list_model is not None
        assert self._ops.paging_op is not None

        def fetch(params: dict[str, Any]) -> dict[str, Any]:
            return self._viewed_page(self._owner._call(partial(send, **params), self._ops.model_class("list_model")))

        strategy = declared.paging(self._ops.paging_op, page_size)
        return Pager(fetch, strategy, continuation_token=continuation_token, max_items=max_items)

    def create(self, body: Any = None, **fields: Any) -> V:
        """Create one from a body model, or from keyword fields (checked against the spec before sending)."""
        payload = self._body(self._ops, "create_body", body, self._create_fields(fields))
        send = partial(self._ops.create.sync_detailed, client=self._owner.api, body=payload)
        return self._ops.view(self._owner._call(send, self._ops.model_class()))  # type: ignore[no-any-return]

    def update(self, resource_id: str, body: Any = None, **fields: Any) -> V:
        """Change the given fields (mabl replaces a map field such as environment variables whole)."""
        payload = self._body(self._ops, "update_body", body, fields)
        send = partial(self._ops.update.sync_detailed, resource_id, client=self._owner.api, body=payload)
        return self._ops.view(self._owner._call(send, self._ops.model_class()))  # type: ignore[no-any-return]

    def remove(self, resource_id: str) -> None:
        """Delete one."""
        self._owner._send(partial(self._ops.remove.sync_detailed, resource_id, client=self._owner.api))


@checked_arguments(declared.ARGUMENT_RULES, suffixes=declared.ARGUMENT_SUFFIXES)
class AsyncResource(_Shared[V]):
    """The async twin of :class:`Resource`: same methods, awaited; ``list`` is async-iterated."""

    async def get(self, resource_id: str, **params: Any) -> V:
        """One item by id."""
        send = partial(self._ops.get.asyncio_detailed, resource_id, client=self._owner.api, **params)
        return self._ops.view(await self._owner._call(send, self._ops.model_class()))  # type: ignore[no-any-return]

    def list(
        self,
        workspace_id: str | None = None,
        *,
        page_size: int = declared.PAGE_SIZE,
        continuation_token: str | None = None,
        max_items: int | None = None,
        **filters: Any,
    ) -> AsyncPager[V]:
        """Every item of a workspace, fetched page by page."""
        send: Callable[..., Awaitable[Response[Any]]] = self._list_call(workspace_id, filters, asyncio=True)
        assert self._ops.list_model is not None
        assert self._ops.paging_op is not None

        async def fetch(params: dict[str, Any]) -> dict[str, Any]:
            return self._viewed_page(
                await self._owner._call(partial(send, **params), self._ops.model_class("list_model"))
            )

        strategy = declared.paging(self._ops.paging_op, page_size)
        return AsyncPager(fetch, strategy, continuation_token=continuation_token, max_items=max_items)

    async def create(self, body: Any = None, **fields: Any) -> V:
        """Create one."""
        payload = self._body(self._ops, "create_body", body, self._create_fields(fields))
        send = partial(self._ops.create.asyncio_detailed, client=self._owner.api, body=payload)
        return self._ops.view(await self._owner._call(send, self._ops.model_class()))  # type: ignore[no-any-return]

    async def update(self, resource_id: str, body: Any = None, **fields: Any) -> V:
        """Change the given fields."""
        payload = self._body(self._ops, "update_body", body, fields)
        send = partial(self._ops.update.asyncio_detailed, resource_id, client=self._owner.api, body=payload)
        return self._ops.view(await self._owner._call(send, self._ops.model_class()))  # type: ignore[no-any-return]

    async def remove(self, resource_id: str) -> None:
        """Delete one."""
        await self._owner._send(partial(self._ops.remove.asyncio_detailed, resource_id, client=self._owner.api))
