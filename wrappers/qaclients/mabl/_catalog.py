"""What ``Mabl`` offers besides deploy-and-wait and exports: DataTables and their scenarios, flows' and
tests' metadata, Mailboxes, Link, users, the activity feed, test and plan run results, usage reports."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import partial
from typing import Any, TypeVar

from mabl_client import AuthenticatedClient
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
from mabl_client.models import (
    AccountMaxTestRunConcurrency,
    ActivityEntry,
    ActivityFeed,
    BatchTestRunResults,
    CreateDataTable,
    CreateInvitation,
    CreateVariableName,
    DatabaseConnection,
    DatabaseConnectionList,
    DataTable,
    DataTableList,
    ExecutionSeconds,
    FlowMetadata,
    FlowMetadataFields,
    Invitation,
    LinkAgent,
    LinkAgentList,
    LinkLabels,
    Mailbox,
    MaxTestRunConcurrency,
    PlanRunResult,
    RemoveVariableName,
    RenameVariableName,
    Scenario,
    ScenarioList,
    TestMetadata,
    TestMetadataFields,
    TestRunCounts,
    TestRunResult,
    TestRunSummary,
    UpdateDataTable,
    UpdateMailboxStatus,
    User,
    UserList,
    VariableNameList,
    WorkspaceMailboxes,
)
from mabl_client.types import Response

from qaclients.core import Pager, translated

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

    def _pager(
        self, module: Any, operation_id: str, model: type[Any], *args: Any, page_size: int, token: str | None,
        max_items: int | None, **params: Any,
    ) -> Pager[Any]:  # fmt: skip
        def fetch(paging: dict[str, Any]) -> Any:
            return self._call(partial(module.sync_detailed, *args, client=self.api, **params, **paging), model)

        strategy = declared.paging(operation_id, page_size)
        return Pager(fetch, strategy, continuation_token=token, max_items=max_items)

    # -- database connections (listed unpaged) -----------------------------------------------------------------------

    def database_connections_in(self, workspace_id: str | None = None) -> list[DatabaseConnection]:
        """Every database connection of a workspace (mabl does not page this list)."""
        send = partial(
            querydatabaseconnections.sync_detailed, client=self.api, workspace_id=self.workspace(workspace_id)
        )
        return list(self._call(send, DatabaseConnectionList).connections)

    # -- DataTables --------------------------------------------------------------------------------------------------

    def data_tables(
        self, workspace_id: str | None = None, *, page_size: int = declared.PAGE_SIZE,
        continuation_token: str | None = None, max_items: int | None = None,
    ) -> Pager[DataTable]:  # fmt: skip
        """Every DataTable of a workspace (metadata; scenarios come from :meth:`scenarios`)."""
        return self._pager(
            querydatatables, "querydatatables", DataTableList, page_size=page_size, token=continuation_token,
            max_items=max_items, workspace_id=self.workspace(workspace_id),
        )  # fmt: skip

    def data_table(self, data_table_id: str) -> DataTable:
        """One DataTable's metadata."""
        return self._call(partial(getdatatable.sync_detailed, data_table_id, client=self.api), DataTable)

    def create_data_table(
        self, name: str, *, description: str | None = None, scenarios: Mapping[str, Mapping[str, str]] | None = None,
        workspace_id: str | None = None,
    ) -> DataTable:  # fmt: skip
        """A new DataTable (always a new one: mabl does not upsert by name); ``scenarios``: name → variables."""
        body = table_body(CreateDataTable, self.workspace(workspace_id), name, description, scenarios)
        return self._call(partial(createdatatable.sync_detailed, client=self.api, body=body), DataTable)

    def update_data_table(
        self, data_table_id: str, *, name: str | None = None, description: str | None = None
    ) -> DataTable:
        """Rename or describe a DataTable (its contents change through the scenario and variable calls)."""
        body = body_of(
            UpdateDataTable, {k: v for k, v in {"name": name, "description": description}.items() if v is not None}
        )
        return self._call(partial(putdatatable.sync_detailed, data_table_id, client=self.api, body=body), DataTable)

    def scenarios(
        self, data_table_id: str, *, page_size: int = declared.PAGE_SIZE, continuation_token: str | None = None,
        max_items: int | None = None,
    ) -> Pager[Scenario]:  # fmt: skip
        """Every scenario of a DataTable, with its variable values."""
        return self._pager(
            queryscenarios, "queryscenarios", ScenarioList, page_size=page_size, token=continuation_token,
            max_items=max_items, data_table_id=data_table_id,
        )  # fmt: skip

    def scenario(self, scenario_id: str) -> Scenario:
        """One scenario."""
        return self._call(partial(getscenario.sync_detailed, scenario_id, client=self.api), Scenario)

    def create_scenario(self, data_table_id: str, name: str, variables: Mapping[str, str] | None = None) -> Scenario:
        """A new scenario (at most 1000 per DataTable); ``variables``: name → value."""
        body = new_scenario_body(name, variables)
        return self._call(partial(createscenario.sync_detailed, data_table_id, client=self.api, body=body), Scenario)

    def update_scenario(
        self, scenario_id: str, *, name: str | None = None, variables: Mapping[str, str] | None = None
    ) -> Scenario:
        """Rename a scenario and/or set some of its variable values."""
        body = scenario_update_body(name, variables)
        return self._call(partial(putscenario.sync_detailed, scenario_id, client=self.api, body=body), Scenario)

    def remove_scenario(self, scenario_id: str) -> None:
        """Delete a scenario."""
        self._send(partial(removescenario.sync_detailed, scenario_id, client=self.api))

    def variable_names(self, data_table_id: str) -> list[str]:
        """A DataTable's variable names, in order."""
        send = partial(getvariablenames.sync_detailed, data_table_id, client=self.api)
        return list(self._call(send, VariableNameList).variable_names)

    def add_variable(self, data_table_id: str, name: str, default: str = "") -> list[str]:
        """Add a variable to every scenario (with ``default`` as its value); returns the names now."""
        body = CreateVariableName(name=name, default_value=default)
        send = partial(createvariablename.sync_detailed, data_table_id, client=self.api, body=body)
        return list(self._call(send, VariableNameList).variable_names)

    def rename_variable(self, data_table_id: str, name: str, new_name: str) -> list[str]:
        """Rename a variable in every scenario; returns the names now."""
        body = RenameVariableName(name=name, new_name=new_name)
        send = partial(updatevariablename.sync_detailed, data_table_id, client=self.api, body=body)
        return list(self._call(send, VariableNameList).variable_names)

    def remove_variable(self, data_table_id: str, name: str) -> list[str]:
        """Remove a variable and its values from every scenario; returns the names now."""
        body = RemoveVariableName(name=name)
        send = partial(removevariablename.sync_detailed, data_table_id, client=self.api, body=body)
        return list(self._call(send, VariableNameList).variable_names)

    # -- flows and tests ---------------------------------------------------------------------------------------------

    def flow_metadata(self, flow_id: str) -> FlowMetadata:
        """A flow's unversioned metadata."""
        return self._call(partial(getflowmetadata.sync_detailed, flow_id, client=self.api), FlowMetadata)

    def update_flow_metadata(self, flow_id: str, **fields: Any) -> FlowMetadata:
        """Change a flow's unversioned metadata (description, labels, ...; not its steps)."""
        body = body_of(FlowMetadataFields, fields)
        return self._call(partial(updateflowmetadata.sync_detailed, flow_id, client=self.api, body=body), FlowMetadata)

    def test_metadata(self, test_id: str) -> TestMetadata:
        """A test's unversioned metadata."""
        return self._call(partial(gettestmetadata.sync_detailed, test_id, client=self.api), TestMetadata)

    def update_test_metadata(self, test_id: str, **fields: Any) -> TestMetadata:
        """Change a test's unversioned metadata (name, labels, enabled, DataTables, ...)."""
        body = body_of(TestMetadataFields, fields)
        return self._call(partial(updatetestmetadata.sync_detailed, test_id, client=self.api, body=body), TestMetadata)

    # -- mailboxes ---------------------------------------------------------------------------------------------------

    def mailboxes_in(self, workspace_id: str | None = None) -> WorkspaceMailboxes:
        """A workspace's permanent Mailboxes and how many more it may create."""
        send = partial(querymailboxesinworkspace.sync_detailed, self.workspace(workspace_id), client=self.api)
        return self._call(send, WorkspaceMailboxes)

    def set_mailbox_enabled(self, mailbox_id: str, enabled: bool) -> Mailbox:
        """Enable or disable a Mailbox (mabl disables one that receives too much mail)."""
        body = body_of(UpdateMailboxStatus, {"status": "enabled" if enabled else "disabled"})
        return self._call(partial(updatemailboxstatus.sync_detailed, mailbox_id, client=self.api, body=body), Mailbox)

    # -- Link --------------------------------------------------------------------------------------------------------

    def link_agents(
        self, workspace_id: str | None = None, *, label: str | None = None, max_heartbeat_age: float | None = None,
        page_size: int = declared.PAGE_SIZE, continuation_token: str | None = None, max_items: int | None = None,
    ) -> Pager[LinkAgent]:  # fmt: skip
        """The Link Agents of a workspace; ``max_heartbeat_age`` (seconds) keeps only live ones."""
        return self._pager(
            querylinkagents, "querylinkagents", LinkAgentList, page_size=page_size, token=continuation_token,
            max_items=max_items, workspace_id=self.workspace(workspace_id),
            **link_agent_filters(label, max_heartbeat_age),
        )  # fmt: skip

    def link_labels(self, workspace_id: str | None = None) -> list[str]:
        """Every Link label (Link Agent name) of a workspace."""
        send = partial(querylinklabels.sync_detailed, client=self.api, workspace_id=self.workspace(workspace_id))
        return list(self._call(send, LinkLabels).labels)

    def terminate_link_agent(self, link_agent_id: str) -> None:
        """Shut a Link Agent down; it will not reconnect."""
        self._send(partial(terminatelinkagent.sync_detailed, link_agent_id, client=self.api))

    def delete_link_label(self, label: str, workspace_id: str | None = None) -> None:
        """Remove all Link infrastructure of a label (new agents with it are refused for 15 minutes)."""
        self._send(partial(deletelinkstack.sync_detailed, self.workspace(workspace_id), label, client=self.api))

    def link_agent_download_url(
        self, *, branch: str | None = None, format: str | None = None, auto_update: bool | None = None
    ) -> str:
        """Where the latest Link Agent distribution downloads from (the redirect's target, not followed)."""
        send = partial(
            redirecttolatestdistribution.sync_detailed, client=self.api, branch=opt(branch), format_=opt(format),
            auto_update=opt(auto_update),
        )  # fmt: skip
        return location_of(self._send(send))

    # -- users -------------------------------------------------------------------------------------------------------

    def users(
        self, workspace_id: str | None = None, *, email: str | None = None, include_historic: bool = False,
        page_size: int = declared.PAGE_SIZE, continuation_token: str | None = None, max_items: int | None = None,
    ) -> Pager[User]:  # fmt: skip
        """The users of a workspace (``include_historic``: those who left too)."""
        return self._pager(
            queryusers, "queryusers", UserList, page_size=page_size, token=continuation_token, max_items=max_items,
            workspace_id=self.workspace(workspace_id), email=opt(email), include_historic=include_historic,
        )  # fmt: skip

    def workspace_user(self, user_id: str, workspace_id: str | None = None) -> User:
        """One user in the context of a workspace (a former member with high-level information only)."""
        return self._call(
            partial(getworkspaceuser.sync_detailed, self.workspace(workspace_id), user_id, client=self.api), User
        )

    def invite(
        self, emails: Iterable[str], role: str, *, link: bool = False, workspace_id: str | None = None
    ) -> Invitation:
        """Invite users by email, or (``link=True``) create a link invite valid for these addresses for 7 days."""
        body = invitation_body(CreateInvitation, emails, role, link)
        send = partial(
            createorganizationinvitation.sync_detailed, self.workspace(workspace_id), client=self.api, body=body
        )
        return self._call(send, Invitation)

    # -- activity and results ----------------------------------------------------------------------------------------

    def activity_feed(
        self, workspace_id: str | None = None, *, start: When | None = None, end: When | None = None,
        page_size: int = declared.PAGE_SIZE, continuation_token: str | None = None, max_items: int | None = None,
        **filters: Any,
    ) -> Pager[ActivityEntry]:  # fmt: skip
        """Activity feed entries of a workspace, newest first (filters: action_type, entity_type, actor_id, ...)."""
        return self._pager(
            queryactivityfeed, "queryactivityfeed", ActivityFeed, self.workspace(workspace_id), page_size=page_size,
            token=continuation_token, max_items=max_items, **activity_filters(start, end, filters),
        )  # fmt: skip

    def test_run_summaries(
        self, workspace_id: str | None = None, *, since: When | None = None, until: When | None = None,
        outcomes: Iterable[str] | None = None, advanced_metrics: bool = False, page_size: int = 500,
        continuation_token: str | None = None, max_items: int | None = None, **filters: Any,
    ) -> Pager[TestRunSummary]:  # fmt: skip
        """Test runs over a time range (filters: application_id, environment_id, test_id, test_label, plan_id,
        plan_label). This list ends on a null cursor, not a repeated one (facts §6)."""
        return self._pager(
            getbatchtestrunresults, "getbatchtestrunresults", BatchTestRunResults, self.workspace(workspace_id),
            page_size=page_size, token=continuation_token, max_items=max_items,
            **batch_filters(since, until, outcomes, advanced_metrics, filters),
        )  # fmt: skip

    def test_run_result(
        self, test_run_id: str, *, advanced_metrics: bool = False, by_flow: bool = False
    ) -> TestRunResult:
        """One test run and its outcome (``by_flow``: metrics per flow)."""
        send = partial(
            gettestrunresult.sync_detailed, test_run_id, client=self.api, advanced_metrics=advanced_metrics,
            advanced_metrics_by_flow=by_flow,
        )  # fmt: skip
        return self._call(send, TestRunResult)

    def plan_run_result(self, plan_run_id: str, *, advanced_metrics: bool = False) -> PlanRunResult:
        """One plan run with each of its test runs."""
        send = partial(getplanrunresult.sync_detailed, plan_run_id, client=self.api, advanced_metrics=advanced_metrics)
        return self._call(send, PlanRunResult)

    # -- usage reports (company Reporting key) -----------------------------------------------------------------------

    def test_run_counts(
        self, start: When, end: When, granularity: str = "day", *, workspace_id: str | None = None, **filters: Any
    ) -> TestRunCounts:
        """Test runs started per bucket (in-flight ones count as failed until they finish). The window is checked
        against mabl's cap before the call (90 days by day, 400 by week or month): :class:`UsageWindowError`."""
        params = usage_params(start, end, granularity, filters, account=False)
        return self._call(
            partial(queryworkspacetestruncounts.sync_detailed, self.workspace(workspace_id), client=self.api, **params),
            TestRunCounts,
        )

    def execution_seconds(
        self, start: When, end: When, granularity: str = "day", *, workspace_id: str | None = None, **filters: Any
    ) -> ExecutionSeconds:
        """Execution time of completed runs per bucket (queue time excluded); window checked before the call."""
        params = usage_params(start, end, granularity, filters, account=False)
        return self._call(
            partial(
                queryworkspaceexecutionseconds.sync_detailed, self.workspace(workspace_id), client=self.api, **params
            ),
            ExecutionSeconds,
        )

    def max_test_run_concurrency(
        self,
        start: When | None = None,
        end: When | None = None,
        *,
        workspace_id: str | None = None,
        test_type: str | None = None,
    ) -> MaxTestRunConcurrency:
        """Daily peak of simultaneous test runs and the configured limit; at most 90 days (checked before the call)."""
        params = concurrency_params(start, end, test_type)
        return self._call(
            partial(
                queryworkspacemaxtestrunconcurrency.sync_detailed,
                self.workspace(workspace_id),
                client=self.api,
                **params,
            ),
            MaxTestRunConcurrency,
        )

    def account_test_run_counts(
        self, account_id: str, start: When, end: When, granularity: str = "day", **filters: Any
    ) -> TestRunCounts:
        """:meth:`test_run_counts` across an account (``workspace_id=`` scopes it; ``group_by="workspace"`` splits)."""
        params = usage_params(start, end, granularity, filters, account=True)
        return self._call(
            partial(queryaccounttestruncounts.sync_detailed, account_id, client=self.api, **params), TestRunCounts
        )

    def account_execution_seconds(
        self, account_id: str, start: When, end: When, granularity: str = "day", **filters: Any
    ) -> ExecutionSeconds:
        """:meth:`execution_seconds` across an account."""
        params = usage_params(start, end, granularity, filters, account=True)
        return self._call(
            partial(queryaccountexecutionseconds.sync_detailed, account_id, client=self.api, **params), ExecutionSeconds
        )

    def account_max_test_run_concurrency(
        self,
        account_id: str,
        start: When | None = None,
        end: When | None = None,
        *,
        workspace_id: str | None = None,
        test_type: str | None = None,
    ) -> AccountMaxTestRunConcurrency:
        """:meth:`max_test_run_concurrency` for every workspace of an account (each with its own limit)."""
        params = concurrency_params(start, end, test_type) | {"workspace_id": opt(workspace_id)}
        return self._call(
            partial(queryaccountmaxtestrunconcurrency.sync_detailed, account_id, client=self.api, **params),
            AccountMaxTestRunConcurrency,
        )
