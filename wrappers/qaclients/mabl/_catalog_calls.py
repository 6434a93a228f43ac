# ruff: noqa: PT028 - builders named test_* are API methods, not pytest tests
"""Call builders for what ``Mabl`` and ``AsyncMabl`` offer besides deploy-and-wait and exports: DataTables and their
scenarios, flows' and tests' metadata, Mailboxes, Link, users, the activity feed, test and plan run results, usage
reports. Each is pure (no I/O): it takes the client (for its default workspace) and returns the :class:`Call` to send;
``Catalog`` and ``AsyncCatalog`` make every builder a method of the same name (:mod:`qaclients.core._shells`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

from mabl_client import models
from mabl_client.api.data_tables import (
    createdatatable,
    createscenario,
    createvariablename,
    getdatatable,
    getscenario,
    getvariablenames,
    putdatatable,
    putscenario,
    querydatatables,
    queryscenarios,
    removescenario,
    removevariablename,
    updatevariablename,
)
from mabl_client.api.database_connections import querydatabaseconnections
from mabl_client.api.flows import getflowmetadata, updateflowmetadata
from mabl_client.api.link import (
    deletelinkstack,
    querylinkagents,
    querylinklabels,
    redirecttolatestdistribution,
    terminatelinkagent,
)
from mabl_client.api.mailbox import querymailboxesinworkspace, updatemailboxstatus
from mabl_client.api.reporting import (
    getbatchtestrunresults,
    getplanrunresult,
    gettestrunresult,
    queryactivityfeed,
)
from mabl_client.api.tests import gettestmetadata, updatetestmetadata
from mabl_client.api.usage_reports import (
    queryaccountexecutionseconds,
    queryaccountmaxtestrunconcurrency,
    queryaccounttestruncounts,
    queryworkspaceexecutionseconds,
    queryworkspacemaxtestrunconcurrency,
    queryworkspacetestruncounts,
)
from mabl_client.api.workspace_users_invitations import createorganizationinvitation, getworkspaceuser, queryusers
from mabl_client.types import Response

from qaclients.core._shells import Call, Listing

from . import _declarations as declared
from ._params import (
    activity_filters,
    batch_filters,
    concurrency_params,
    invitation_body,
    link_agent_filters,
    location_of,
    new_scenario_body,
    scenario_update_body,
    table_body,
    usage_params,
)
from ._requests import ClientBase, When, body_of, opt, parsed

if TYPE_CHECKING:
    from mabl_client.models import (
        AccountMaxTestRunConcurrency,
        ActivityEntry,
        DatabaseConnection,
        DataTable,
        ExecutionSeconds,
        FlowMetadata,
        Invitation,
        LinkAgent,
        Mailbox,
        MaxTestRunConcurrency,
        PlanRunResult,
        Scenario,
        TestMetadata,
        TestRunCounts,
        TestRunResult,
        TestRunSummary,
        User,
        WorkspaceMailboxes,
    )

__all__ = ["Call"]

T = TypeVar("T")
M = TypeVar("M")


def _at(endpoint: Any, *args: Any, **kwargs: Any) -> Call[Response[Any]]:
    """A call to ``endpoint`` reading the response itself (see :func:`_read` for a body)."""
    return Call(endpoint, args, kwargs, _response)


def _response(response: Response[Any]) -> Response[Any]:
    return response


def _read(request: Call[Any], model: type[M], then: Callable[[M], T] | None = None) -> Call[Any]:
    """The call reading a ``model`` body (and what ``then`` takes from it)."""
    if then is None:
        return replace(request, read=lambda response: parsed(response, model))
    return replace(request, read=lambda response: then(parsed(response, model)))


def _nothing(_: Response[Any]) -> None:
    return None


def _raw(request: Call[Any], read: Callable[[Response[Any]], T] = _nothing) -> Call[T]:  # type: ignore[assignment]
    """The call reading the response itself (its headers), or nothing."""
    return replace(request, read=read)


def _listing(
    endpoint: Any,
    operation_id: str,
    model: type[Any],
    *args: Any,
    page_size: int,
    token: str | None,
    max_items: int | None,
    **params: Any,
) -> Listing[Any]:
    """A paged list: ``model`` pages of ``endpoint`` (paged as mabl pages ``operation_id``)."""
    return Listing(
        lambda paging: _read(_at(endpoint, *args, **params, **paging), model),
        declared.paging(operation_id, page_size),
        continuation_token=token,
        max_items=max_items,
    )


# -- database connections (listed unpaged) -----------------------------------------------------------------------


def database_connections_in(client: ClientBase, /, workspace_id: str | None = None) -> Call[list[DatabaseConnection]]:
    """Every database connection of a workspace (mabl does not page this list)."""
    send = _at(querydatabaseconnections, workspace_id=client.workspace(workspace_id))
    return _read(send, models.DatabaseConnectionList, lambda found: list(found.connections))


# -- DataTables --------------------------------------------------------------------------------------------------


def data_tables(
    client: ClientBase,
    /,
    workspace_id: str | None = None,
    *,
    page_size: int = declared.PAGE_SIZE,
    continuation_token: str | None = None,
    max_items: int | None = None,
) -> Listing[DataTable]:
    """Every DataTable of a workspace (metadata; scenarios come from :meth:`scenarios`)."""
    return _listing(
        querydatatables,
        "querydatatables",
        models.DataTableList,
        page_size=page_size,
        token=continuation_token,
        max_items=max_items,
        workspace_id=client.workspace(workspace_id),
    )


def data_table(client: ClientBase, /, data_table_id: str) -> Call[DataTable]:
    """One DataTable's metadata."""
    return _read(_at(getdatatable, data_table_id), models.DataTable)


def create_data_table(
    client: ClientBase,
    /,
    name: str,
    *,
    description: str | None = None,
    scenarios: Mapping[str, Mapping[str, str]] | None = None,
    workspace_id: str | None = None,
) -> Call[DataTable]:
    """A new DataTable (always a new one: mabl does not upsert by name); ``scenarios``: name → variables."""
    body = table_body(models.CreateDataTable, client.workspace(workspace_id), name, description, scenarios)
    return _read(_at(createdatatable, body=body), models.DataTable)


def update_data_table(
    client: ClientBase, /, data_table_id: str, *, name: str | None = None, description: str | None = None
) -> Call[DataTable]:
    """Rename or describe a DataTable (its contents change through the scenario and variable calls)."""
    body = body_of(
        models.UpdateDataTable, {k: v for k, v in {"name": name, "description": description}.items() if v is not None}
    )
    return _read(_at(putdatatable, data_table_id, body=body), models.DataTable)


def scenarios(
    client: ClientBase,
    /,
    data_table_id: str,
    *,
    page_size: int = declared.PAGE_SIZE,
    continuation_token: str | None = None,
    max_items: int | None = None,
) -> Listing[Scenario]:
    """Every scenario of a DataTable, with its variable values."""
    return _listing(
        queryscenarios,
        "queryscenarios",
        models.ScenarioList,
        page_size=page_size,
        token=continuation_token,
        max_items=max_items,
        data_table_id=data_table_id,
    )


def scenario(client: ClientBase, /, scenario_id: str) -> Call[Scenario]:
    """One scenario."""
    return _read(_at(getscenario, scenario_id), models.Scenario)


def create_scenario(
    client: ClientBase, /, data_table_id: str, name: str, variables: Mapping[str, str] | None = None
) -> Call[Scenario]:
    """A new scenario (at most 1000 per DataTable); ``variables``: name → value."""
    body = new_scenario_body(name, variables)
    return _read(_at(createscenario, data_table_id, body=body), models.Scenario)


def update_scenario(
    client: ClientBase, /, scenario_id: str, *, name: str | None = None, variables: Mapping[str, str] | None = None
) -> Call[Scenario]:
    """Rename a scenario and/or set some of its variable values."""
    body = scenario_update_body(name, variables)
    return _read(_at(putscenario, scenario_id, body=body), models.Scenario)


def remove_scenario(client: ClientBase, /, scenario_id: str) -> Call[None]:
    """Delete a scenario."""
    return _raw(_at(removescenario, scenario_id))


def variable_names(client: ClientBase, /, data_table_id: str) -> Call[list[str]]:
    """A DataTable's variable names, in order."""
    send = _at(getvariablenames, data_table_id)
    return _read(send, models.VariableNameList, lambda found: list(found.variable_names))


def add_variable(client: ClientBase, /, data_table_id: str, name: str, default: str = "") -> Call[list[str]]:
    """Add a variable to every scenario (with ``default`` as its value); returns the names now."""
    body = models.CreateVariableName(name=name, default_value=default)
    send = _at(createvariablename, data_table_id, body=body)
    return _read(send, models.VariableNameList, lambda found: list(found.variable_names))


def rename_variable(client: ClientBase, /, data_table_id: str, name: str, new_name: str) -> Call[list[str]]:
    """Rename a variable in every scenario; returns the names now."""
    body = models.RenameVariableName(name=name, new_name=new_name)
    send = _at(updatevariablename, data_table_id, body=body)
    return _read(send, models.VariableNameList, lambda found: list(found.variable_names))


def remove_variable(client: ClientBase, /, data_table_id: str, name: str) -> Call[list[str]]:
    """Remove a variable and its values from every scenario; returns the names now."""
    body = models.RemoveVariableName(name=name)
    send = _at(removevariablename, data_table_id, body=body)
    return _read(send, models.VariableNameList, lambda found: list(found.variable_names))


# -- flows and tests ---------------------------------------------------------------------------------------------


def flow_metadata(client: ClientBase, /, flow_id: str) -> Call[FlowMetadata]:
    """A flow's unversioned metadata."""
    return _read(_at(getflowmetadata, flow_id), models.FlowMetadata)


def update_flow_metadata(client: ClientBase, /, flow_id: str, **fields: Any) -> Call[FlowMetadata]:
    """Change a flow's unversioned metadata (description, labels, ...; not its steps)."""
    body = body_of(models.FlowMetadataFields, fields)
    return _read(_at(updateflowmetadata, flow_id, body=body), models.FlowMetadata)


def test_metadata(client: ClientBase, /, test_id: str) -> Call[TestMetadata]:
    """A test's unversioned metadata."""
    return _read(_at(gettestmetadata, test_id), models.TestMetadata)


def update_test_metadata(client: ClientBase, /, test_id: str, **fields: Any) -> Call[TestMetadata]:
    """Change a test's unversioned metadata (name, labels, enabled, DataTables, ...)."""
    body = body_of(models.TestMetadataFields, fields)
    return _read(_at(updatetestmetadata, test_id, body=body), models.TestMetadata)


# -- mailboxes ---------------------------------------------------------------------------------------------------


def mailboxes_in(client: ClientBase, /, workspace_id: str | None = None) -> Call[WorkspaceMailboxes]:
    """A workspace's permanent Mailboxes and how many more it may create."""
    send = _at(querymailboxesinworkspace, client.workspace(workspace_id))
    return _read(send, models.WorkspaceMailboxes)


def set_mailbox_enabled(client: ClientBase, /, mailbox_id: str, enabled: bool) -> Call[Mailbox]:
    """Enable or disable a Mailbox (mabl disables one that receives too much mail)."""
    body = body_of(models.UpdateMailboxStatus, {"status": "enabled" if enabled else "disabled"})
    return _read(_at(updatemailboxstatus, mailbox_id, body=body), models.Mailbox)


# -- Link --------------------------------------------------------------------------------------------------------


def link_agents(
    client: ClientBase,
    /,
    workspace_id: str | None = None,
    *,
    label: str | None = None,
    max_heartbeat_age: float | None = None,
    page_size: int = declared.PAGE_SIZE,
    continuation_token: str | None = None,
    max_items: int | None = None,
) -> Listing[LinkAgent]:
    """The Link Agents of a workspace; ``max_heartbeat_age`` (seconds) keeps only live ones."""
    return _listing(
        querylinkagents,
        "querylinkagents",
        models.LinkAgentList,
        page_size=page_size,
        token=continuation_token,
        max_items=max_items,
        workspace_id=client.workspace(workspace_id),
        **link_agent_filters(label, max_heartbeat_age),
    )


def link_labels(client: ClientBase, /, workspace_id: str | None = None) -> Call[list[str]]:
    """Every Link label (Link Agent name) of a workspace."""
    send = _at(querylinklabels, workspace_id=client.workspace(workspace_id))
    return _read(send, models.LinkLabels, lambda found: list(found.labels))


def terminate_link_agent(client: ClientBase, /, link_agent_id: str) -> Call[None]:
    """Shut a Link Agent down; it will not reconnect."""
    return _raw(_at(terminatelinkagent, link_agent_id))


def delete_link_label(client: ClientBase, /, label: str, workspace_id: str | None = None) -> Call[None]:
    """Remove all Link infrastructure of a label (new agents with it are refused for 15 minutes)."""
    return _raw(_at(deletelinkstack, client.workspace(workspace_id), label))


def link_agent_download_url(
    client: ClientBase, /, *, branch: str | None = None, format: str | None = None, auto_update: bool | None = None
) -> Call[str]:
    """Where the latest Link Agent distribution downloads from (the redirect's target, not followed)."""
    send = _at(
        redirecttolatestdistribution,
        branch=opt(branch),
        format_=opt(format),
        auto_update=opt(auto_update),
    )
    return _raw(send, location_of)


# -- users -------------------------------------------------------------------------------------------------------


def users(
    client: ClientBase,
    /,
    workspace_id: str | None = None,
    *,
    email: str | None = None,
    include_historic: bool = False,
    page_size: int = declared.PAGE_SIZE,
    continuation_token: str | None = None,
    max_items: int | None = None,
) -> Listing[User]:
    """The users of a workspace (``include_historic``: those who left too)."""
    return _listing(
        queryusers,
        "queryusers",
        models.UserList,
        page_size=page_size,
        token=continuation_token,
        max_items=max_items,
        workspace_id=client.workspace(workspace_id),
        email=opt(email),
        include_historic=include_historic,
    )


def workspace_user(client: ClientBase, /, user_id: str, workspace_id: str | None = None) -> Call[User]:
    """One user in the context of a workspace (a former member with high-level information only)."""
    return _read(_at(getworkspaceuser, client.workspace(workspace_id), user_id), models.User)


def invite(
    client: ClientBase, /, emails: Iterable[str], role: str, *, link: bool = False, workspace_id: str | None = None
) -> Call[Invitation]:
    """Invite users by email, or (``link=True``) create a link invite valid for these addresses for 7 days."""
    body = invitation_body(models.CreateInvitation, emails, role, link)
    send = _at(createorganizationinvitation, client.workspace(workspace_id), body=body)
    return _read(send, models.Invitation)


# -- activity and results ----------------------------------------------------------------------------------------


def activity_feed(
    client: ClientBase,
    /,
    workspace_id: str | None = None,
    *,
    start: When | None = None,
    end: When | None = None,
    page_size: int = declared.PAGE_SIZE,
    continuation_token: str | None = None,
    max_items: int | None = None,
    **filters: Any,
) -> Listing[ActivityEntry]:
    """Activity feed entries of a workspace, newest first (filters: action_type, entity_type, actor_id, ...)."""
    return _listing(
        queryactivityfeed,
        "queryactivityfeed",
        models.ActivityFeed,
        client.workspace(workspace_id),
        page_size=page_size,
        token=continuation_token,
        max_items=max_items,
        **activity_filters(start, end, filters),
    )


def test_run_summaries(
    client: ClientBase,
    /,
    workspace_id: str | None = None,
    *,
    since: When | None = None,
    until: When | None = None,
    outcomes: Iterable[str] | None = None,
    advanced_metrics: bool = False,
    page_size: int = 500,
    continuation_token: str | None = None,
    max_items: int | None = None,
    **filters: Any,
) -> Listing[TestRunSummary]:
    """Test runs over a time range (filters: application_id, environment_id, test_id, test_label, plan_id,
    plan_label). This list ends on a null cursor, not a repeated one (facts §6)."""
    return _listing(
        getbatchtestrunresults,
        "getbatchtestrunresults",
        models.BatchTestRunResults,
        client.workspace(workspace_id),
        page_size=page_size,
        token=continuation_token,
        max_items=max_items,
        **batch_filters(since, until, outcomes, advanced_metrics, filters),
    )


def test_run_result(
    client: ClientBase, /, test_run_id: str, *, advanced_metrics: bool = False, by_flow: bool = False
) -> Call[TestRunResult]:
    """One test run and its outcome (``by_flow``: metrics per flow)."""
    send = _at(
        gettestrunresult,
        test_run_id,
        advanced_metrics=advanced_metrics,
        advanced_metrics_by_flow=by_flow,
    )
    return _read(send, models.TestRunResult)


def plan_run_result(client: ClientBase, /, plan_run_id: str, *, advanced_metrics: bool = False) -> Call[PlanRunResult]:
    """One plan run with each of its test runs."""
    send = _at(getplanrunresult, plan_run_id, advanced_metrics=advanced_metrics)
    return _read(send, models.PlanRunResult)


# -- usage reports (company Reporting key) -----------------------------------------------------------------------


def test_run_counts(
    client: ClientBase,
    /,
    start: When,
    end: When,
    granularity: str = "day",
    *,
    workspace_id: str | None = None,
    **filters: Any,
) -> Call[TestRunCounts]:
    """Test runs started per bucket (in-flight ones count as failed until they finish). The window is checked
    against mabl's cap before the call (90 days by day, 400 by week or month): :class:`UsageWindowError`."""
    params = usage_params(start, end, granularity, filters, account=False)
    return _read(
        _at(queryworkspacetestruncounts, client.workspace(workspace_id), **params),
        models.TestRunCounts,
    )


def execution_seconds(
    client: ClientBase,
    /,
    start: When,
    end: When,
    granularity: str = "day",
    *,
    workspace_id: str | None = None,
    **filters: Any,
) -> Call[ExecutionSeconds]:
    """Execution time of completed runs per bucket (queue time excluded); window checked before the call."""
    params = usage_params(start, end, granularity, filters, account=False)
    return _read(
        _at(queryworkspaceexecutionseconds, client.workspace(workspace_id), **params),
        models.ExecutionSeconds,
    )


def max_test_run_concurrency(
    client: ClientBase,
    /,
    start: When | None = None,
    end: When | None = None,
    *,
    workspace_id: str | None = None,
    test_type: str | None = None,
) -> Call[MaxTestRunConcurrency]:
    """Daily peak of simultaneous test runs and the configured limit; at most 90 days (checked before the call)."""
    params = concurrency_params(start, end, test_type)
    return _read(
        _at(
            queryworkspacemaxtestrunconcurrency,
            client.workspace(workspace_id),
            **params,
        ),
        models.MaxTestRunConcurrency,
    )


def account_test_run_counts(
    client: ClientBase, /, account_id: str, start: When, end: When, granularity: str = "day", **filters: Any
) -> Call[TestRunCounts]:
    """:meth:`test_run_counts` across an account (``workspace_id=`` scopes it; ``group_by="workspace"`` splits)."""
    params = usage_params(start, end, granularity, filters, account=True)
    return _read(_at(queryaccounttestruncounts, account_id, **params), models.TestRunCounts)


def account_execution_seconds(
    client: ClientBase, /, account_id: str, start: When, end: When, granularity: str = "day", **filters: Any
) -> Call[ExecutionSeconds]:
    """:meth:`execution_seconds` across an account."""
    params = usage_params(start, end, granularity, filters, account=True)
    return _read(_at(queryaccountexecutionseconds, account_id, **params), models.ExecutionSeconds)


def account_max_test_run_concurrency(
    client: ClientBase,
    /,
    account_id: str,
    start: When | None = None,
    end: When | None = None,
    *,
    workspace_id: str | None = None,
    test_type: str | None = None,
) -> Call[AccountMaxTestRunConcurrency]:
    """:meth:`max_test_run_concurrency` for every workspace of an account (each with its own limit)."""
    params = concurrency_params(start, end, test_type) | {"workspace_id": opt(workspace_id)}
    return _read(
        _at(queryaccountmaxtestrunconcurrency, account_id, **params),
        models.AccountMaxTestRunConcurrency,
    )
