"""BrowserStack Test Management test runs (``specs/browserstack_tm/openapi.yaml``): a stateful fake.

    fake = BrowserStackTMFake(username="u", access_key="k")  # HTTP Basic u:k; project PR-1 seeded
    fake.projects["PR-1"].test_cases                         # 60 test cases TC-1..TC-60 in folders 10, 20, 30
    fake.clone_delay = 0.5                                   # a clone's test cases appear 0.5 s (fake clock) later
    fake.events                                              # completion events of add/remove test cases

As the real service does, clone attaches the clone's test cases in the background and add/remove test cases answers
202 and applies the change later: both are queued with a due time on the fake's clock and applied by the first
request (or :meth:`BrowserStackTMFake.settle` call) at or after it. Where the docs are silent the behaviour is
inferred and marked so.
"""

from __future__ import annotations

import itertools
import random
import uuid
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any

from ._browserstack_tm_model import (
    Entry,
    Pair,
    Project,
    TestCase,
    TestRun,
    case_json,
    expand,
    parse_filter_date,
)
from ._fake import JSON_NULL, Fake, FakeHTTPError, Reply, Request, Response, basic_credentials, operation
from ._spec import SPEC_URI

__all__ = ["DEFAULT_ACCESS_KEY", "DEFAULT_USERNAME", "BrowserStackTMFake"]

DEFAULT_USERNAME = "browserstack-user"
DEFAULT_ACCESS_KEY = "browserstack-access-key"  # (the fake's well-known test key, not a secret)
PAGE_SIZE = 30  # facts: a run's test cases page 30 at a time by default
# Inferred: the docs name the limit (max_test_cases_per_request_exceeded), not its size; counted in pairs sent.
MAX_TEST_CASES_PER_REQUEST = 1000
_FOLDERS = (10, 20, 30)
_CONFIGURATIONS = {101: "Windows 11, Chrome 120", 102: "macOS 14, Safari 17", 103: "Android 14, Pixel 8"}
_ENVELOPES = {  # facts, Response envelopes: which key each operation's run comes under, live
    "create_test_run": "test_run",
    "clone_test_run": "test_run",
    "get_test_run": "test_run",
    "patch_test_run": "testrun",
    "replace_test_run": "testrun",
    "close_test_run": "testrun",
}

ErrorBodyFactory = Callable[[int, str, str | None], Any]
"""``(status, message, code) -> body``: replaces the fake's error bodies (to exercise every shape of the facts)."""


class BrowserStackTMFake(Fake):
    """A stateful fake of BrowserStack Test Management's test-runs API.

    Args:
        username: The Basic-auth user name accepted.
        access_key: Its access key.
        token: ``"username:access_key"`` in one string (what the CLI's ``--token`` passes); wins over the two above.
        **options: ``strict``, ``faults``, ``clock``: see :class:`~qaclients_fakes.Fake`.

    Attributes:
        projects: By identifier (``PR-1`` seeded). ``runs``: every run by identifier.
        clone_delay: Seconds (fake clock) until a clone's test cases are attached.
        update_delay: Seconds until a 202-accepted add/remove of test cases is applied.
        envelope: Operation → the key its run is answered under (facts by default; ``"testrun"`` for create gives
            the reference text's form).
        minify_failures: How many ``minify=true`` reads to answer 500 with a ``null`` body first (facts).
        error_body: When set, builds every error body instead of the default ``{success, error, message}``.
        events: Completion events sent so far, ``(webhook name, payload)``; ``on_event`` is called with each too.
    """

    vendor = "browserstack_tm"
    invalid_status = 400  # the docs: "When validation fails, the API returns a synchronous 400"

    def __init__(
        self,
        *,
        username: str = DEFAULT_USERNAME,
        access_key: str = DEFAULT_ACCESS_KEY,
        token: str | None = None,
        **options: Any,
    ) -> None:
        super().__init__(**options)
        if token is not None:
            username, _, access_key = token.partition(":")
        self.credentials = (username, access_key)
        self.projects: dict[str, Project] = {}
        self.runs: dict[str, TestRun] = {}
        self.clone_delay = 0.5
        self.update_delay = 0.5
        self.envelope: dict[str, str] = dict(_ENVELOPES)
        self.minify_failures = 0
        self.error_body: ErrorBodyFactory | None = None
        self.events: list[tuple[str, dict[str, Any]]] = []
        self.on_event: Callable[[str, dict[str, Any]], None] | None = None
        self._pending: list[tuple[datetime, Callable[[], None]]] = []
        self._run_numbers = itertools.count(1)
        self._result_ids = itertools.count(100_001)
        self._random = random.Random(4)
        self._event_schema = self.spec.validator({"$ref": SPEC_URI + "#/components/schemas/TestCasesUpdatedEvent"})
        self.add_project("PR-1")

    # -- arranging state ---------------------------------------------------------------------------------------

    def add_project(self, identifier: str, *, test_cases: int = 60) -> Project:
        """Add a project with ``test_cases`` cases (TC-1.., spread over folders 10/20/30, alternating priorities,
        types and tags, two steps each), configurations 101-103, test plans TP-1/TP-2 and sub plan STP-1."""
        with self.lock:
            project = Project(identifier, configurations=dict(_CONFIGURATIONS))
            project.test_plans = {"TP-1": "Release 1", "TP-2": "Release 2"}
            project.sub_test_plans = {"STP-1": "Release 1, smoke"}
            offset = sum(len(p.test_cases) for p in self.projects.values())
            for n in range(1, test_cases + 1):
                case = TestCase(
                    identifier=f"TC-{offset + n}",
                    name=f"Test case {offset + n}",
                    folder_id=_FOLDERS[n % 3],
                    case_type=("functional", "regression", "smoke")[n % 3],
                    priority=("low", "medium", "high", "critical")[n % 4],
                    status="active" if n % 5 else "draft",
                    tags=[["regression"], ["smoke"], []][n % 3],
                    custom_fields={"estimate": [n % 4 * 10]},
                    steps=[
                        {"id": 1000 * n + 1, "order": 1, "description": "Open the page.", "result": "It opens."},
                        {"id": 1000 * n + 2, "order": 2, "description": "Check it.", "result": "It is right."},
                    ],
                )
                project.test_cases[case.identifier] = case
            self.projects[identifier] = project
            return project

    def seed(self, count: int) -> None:
        """CLI ``--seed-runs``: :meth:`seed_runs`."""
        self.seed_runs(count)

    def seed_runs(self, count: int, *, project_id: str = "PR-1", cases_per_run: int = 5) -> list[TestRun]:
        """Add ``count`` runs to a project, the same on every call: a minute apart up to now, every fourth closed,
        each with ``cases_per_run`` test cases under configuration 101."""
        with self.lock:
            project = self.projects[project_id]
            ids = list(project.test_cases)
            start = self.clock.now() - timedelta(minutes=count)
            made = []
            for i in range(count):
                at = start + timedelta(minutes=i)
                run = self._new_run(project_id, at, name=f"Seeded run {i + 1}", assignee="qa@example.com")
                chosen = [ids[(i + j) % len(ids)] for j in range(cases_per_run)]
                run.configurations = [101]
                run.entries = [Entry(case_id, 101) for case_id in chosen]
                if i % 4 == 3:
                    run.closed_at, run.run_state = at, "closed"
                made.append(run)
            return made

    def record_result(self, test_run_id: str, case_id: str, status: str, configuration_id: int | None = None) -> None:
        """Record a result for a test case of a run (what a tester or an automation would do)."""
        with self.lock:
            for entry in self.runs[test_run_id].entries:
                if entry.case_id == case_id and configuration_id in (None, entry.configuration_id):
                    entry.latest_status, entry.latest_result_id = status, next(self._result_ids)

    def settle(self) -> None:
        """Apply every queued background change that is due on the fake's clock."""
        with self.lock:
            now = self.clock.now()
            due = [action for at, action in self._pending if at <= now]
            self._pending = [(at, action) for at, action in self._pending if at > now]
            for action in due:
                action()

    @property
    def pending(self) -> int:
        """Background changes queued and not yet applied."""
        return len(self._pending)

    # -- the framework's hooks ----------------------------------------------------------------------------------

    def authenticate(self, request: Request) -> object | None:
        """The user name, for the right ``username:access_key``."""
        given = basic_credentials(request.headers)
        return given[0] if given == self.credentials else None

    def error(self, status: int, message: str, errors: Mapping[str, list[str]] | None = None) -> Response:
        """``{success: false, error: code, message}`` for a 400 (the docs), ``{success: false, message}`` otherwise."""
        code = _code(status, errors)
        if self.error_body is not None:
            return Response(status, self.error_body(status, message, code))
        body: dict[str, Any] = {"success": False}
        if code is not None:
            body["error"] = code
        return Response(status, body | {"message": message})

    def dispatch(self, method: str, url_path: str, *args: Any, **kwargs: Any) -> Reply:
        """Apply the background changes that are due, then answer (see :meth:`Fake.dispatch`)."""
        self.settle()
        return super().dispatch(method, url_path, *args, **kwargs)

    # -- handlers, one per operationId -------------------------------------------------------------------------

    @operation("list_test_runs")
    def _list_runs(self, request: Request) -> Response:
        project, query = self._project(request), request.query
        runs = [run for run in self.runs.values() if run.project_id == project.identifier]
        try:
            runs = [run for run in runs if _run_filter(query)(run)]
        except ValueError as exc:
            raise _refused("validation_failed", f"Invalid date filter: {exc}.") from None
        # Inferred: the docs give no order; newest first, as the web app lists runs.
        runs.sort(key=lambda run: int(run.identifier.removeprefix("TR-")), reverse=True)
        page, body = _page(query, runs)
        body["test_runs"] = [run.to_json(cases=project.test_cases) for run in page]
        return Response(200, {"success": True} | body)

    @operation("create_test_run")
    def _create_run(self, request: Request) -> Response:
        project, fields = self._project(request), request.json["test_run"]
        self._check_plans(project, fields)
        run = self._new_run(project.identifier, self.clock.now())
        self._apply_fields(run, project, fields)
        run.entries = self._select(project, fields, run.test_case_assignee)
        return self._answer(request, run, project)

    @operation("clone_test_run")
    def _clone_run(self, request: Request) -> Response:
        project, source = self._project(request), self._run(request)
        if source.automated:
            raise FakeHTTPError(404, f"Test run {source.identifier} is an automated run and cannot be cloned.")
        body = request.json
        selection, statuses = body.get("test_case_selection", "all"), body.get("statuses")
        if selection == "by_results" and not statuses:
            raise _refused("validation_failed", "statuses is required when test_case_selection is by_results.")
        if selection != "by_results" and statuses is not None:
            # Inferred: the docs say to send statuses only with by_results; the fake refuses it otherwise.
            raise _refused("validation_failed", "statuses is allowed only when test_case_selection is by_results.")
        clone = self._new_run(project.identifier, self.clock.now(), name=body.get("name", f"{source.name} - Copy"))
        clone.description, clone.assignee, clone.run_state = source.description, source.assignee, "new_run"
        clone.configurations, clone.is_dynamic = list(source.configurations), source.is_dynamic
        clone.tags = list(source.tags) if body.get("copy_tags", True) else []
        clone.issues = list(source.issues) if body.get("copy_issues", False) else []
        keep_assignee = body.get("copy_tc_assignee", True)
        entries = [
            Entry(entry.case_id, entry.configuration_id, entry.assignee if keep_assignee else None)
            for entry in source.entries
            if selection == "all" or entry.latest_status in set(statuses or [])
        ]

        def attach() -> None:
            clone.entries = entries

        self._later(self.clone_delay, attach)
        summary = {"untested": len(entries), "passed": 0, "retest": 0, "failed": 0, "blocked": 0}
        key = self.envelope["clone_test_run"]
        run_json = clone.clone_json() | {"test_case_summary": summary | {"skipped": 0, "in_progress": 0}}
        return Response(200, {"success": True, key: run_json})

    @operation("get_test_run")
    def _get_run(self, request: Request) -> Response:
        project, run = self._project(request), self._run(request)
        minify = bool(request.query.get("minify"))
        if minify and self.minify_failures > 0:
            self.minify_failures -= 1
            return Response(500, JSON_NULL)  # facts: seen live, a literal null, then success on retry
        key = self.envelope["get_test_run"]
        body = run.to_json(detail=not minify, minify=minify, cases=project.test_cases)
        return Response(200, {"success": True, key: body})

    @operation("list_test_run_test_cases")
    def _list_cases(self, request: Request) -> Response:
        project, run, query = self._project(request), self._run(request), request.query
        minify, steps = bool(query.get("minify")), bool(query.get("fetch_steps"))
        page, body = _page(query, run.entries, paged=not steps)
        rows = [
            case_json(entry, project.test_cases[entry.case_id], project.identifier, minify=minify, steps=steps)
            for entry in page
        ]
        return Response(200, {"success": True, "info": body["info"], "test_cases": rows})

    @operation("patch_test_run")
    def _patch_run(self, request: Request) -> Response:
        project, run, fields = self._project(request), self._run(request), request.json["test_run"]
        self._check_plans(project, fields)
        self._apply_fields(run, project, fields)
        if {"test_cases", "folder_ids", "include_all", "filter_test_cases"} & set(fields):
            run.entries = self._select(project, fields, run.test_case_assignee)
        elif {"configurations", "configuration_map"} & set(fields):
            # Inferred: new configurations re-expand the run's test cases; pairs that stay keep their results.
            kept = {entry.pair: entry for entry in run.entries}
            pairs = expand([e.case_id for e in run.entries], run.configurations, fields.get("configuration_map", []))
            run.entries = [kept.get(pair) or Entry(*pair, run.test_case_assignee) for pair in pairs]
        run.updated_at = self.clock.now()
        return self._answer(request, run, project)

    @operation("replace_test_run")
    def _replace_run(self, request: Request) -> Response:
        project, run, fields = self._project(request), self._run(request), request.json["test_run"]
        self._check_plans(project, fields)
        # facts: POST /update replaces the whole run; what the body leaves out is cleared.
        run.issue_tracker, run.test_plan = None, None
        self._apply_fields(run, project, {"assignee": None, "test_case_assignee": None, "description": None} | fields)
        run.entries = self._select(project, fields, run.test_case_assignee)
        run.updated_at = self.clock.now()
        return self._answer(request, run, project)

    @operation("assign_test_run_test_cases")
    def _assign(self, request: Request) -> Response:
        run = self._run(request)
        present = {entry.case_id for entry in run.entries}
        unknown = sorted({item["test_case_id"] for item in request.json["assign_to"]} - present)
        if unknown:
            raise _refused("invalid_test_case_id", f"Test cases not in {run.identifier}: {', '.join(unknown)}.")
        for item in request.json["assign_to"]:
            config = item.get("configuration_id")
            for entry in run.entries:
                # Inferred: without configuration_id every configuration of the test case is assigned.
                if entry.case_id == item["test_case_id"] and config in (None, entry.configuration_id):
                    entry.assignee = item["assignee"]
        run.updated_at = self.clock.now()
        return Response(200, {"success": True})

    @operation("update_test_run_test_cases")
    def _update_cases(self, request: Request) -> Response:
        return self._change_cases(request)

    @operation("patch_test_run_test_cases")
    def _patch_cases(self, request: Request) -> Response:
        return self._change_cases(request)

    @operation("close_test_run")
    def _close_run(self, request: Request) -> Response:
        project, run = self._project(request), self._run(request)
        if run.closed_at is None:  # inferred: closing a closed run changes nothing and succeeds
            run.closed_at = run.updated_at = self.clock.now()
            run.run_state = "closed"
        return self._answer(request, run, project)

    @operation("delete_test_run")
    def _delete_run(self, request: Request) -> Response:
        run = self._run(request)
        del self.runs[run.identifier]
        return Response(200, {"success": True, "message": f"Test Run {run.identifier} has been deleted successfully"})

    # -- behaviour ----------------------------------------------------------------------------------------------

    def _change_cases(self, request: Request) -> Response:
        project, run, change = self._project(request), self._run(request), request.json["test_run"]
        add, remove = change.get("add_test_cases") or [], change.get("remove_test_cases") or []
        if not add and not remove:
            raise _refused("operation_required", "Send add_test_cases or remove_test_cases with a test case.")
        sent = sum(len(m["test_case_ids"]) * max(1, len(m.get("configuration_ids") or [])) for m in [*add, *remove])
        if sent > MAX_TEST_CASES_PER_REQUEST:
            raise _refused("max_test_cases_per_request_exceeded", "Too many test cases in one request.")
        add_pairs, remove_pairs = self._pairs(project, add), self._pairs(project, remove)
        unique_id = str(uuid.UUID(int=self._random.getrandbits(128), version=4))
        preserve = change.get("preserve_existing_results", False)

        def apply() -> None:
            if not preserve:  # the docs: without preserve_existing_results the run's results are reset
                for entry in run.entries:
                    entry.latest_status, entry.latest_result_id = "untested", None
            if remove:
                before = len(run.entries)
                run.entries = [entry for entry in run.entries if entry.pair not in set(remove_pairs)]
                self._emit(unique_id, "remove", before - len(run.entries))
            if add:
                present = run.pairs()
                new = [pair for pair in add_pairs if pair not in present]
                run.entries += [Entry(*pair, run.test_case_assignee) for pair in new]
                self._emit(unique_id, "add", len(new))
            run.updated_at = self.clock.now()

        self._later(self.update_delay, apply)
        return Response(202, {"success": True, "async": True, "unique_id": unique_id})

    def _pairs(self, project: Project, mappings: Iterable[Mapping[str, Any]]) -> list[Pair]:
        pairs: list[Pair] = []
        for mapping in mappings:
            ids, configs = mapping["test_case_ids"], mapping.get("configuration_ids")
            if not ids:
                raise _refused("invalid_entry_shape", "Every entry needs at least one test case id.")
            if len(set(ids)) != len(ids):
                raise _refused("duplicate_test_case_id", "A test case id appears twice in one test_case_ids array.")
            unknown = [case_id for case_id in ids if case_id not in project.test_cases]
            if unknown:
                raise _refused("invalid_test_case_id", "One or more test case IDs are invalid.")
            if any(config not in project.configurations for config in configs or []):
                raise _refused("invalid_configuration_ids", "One or more configuration IDs are invalid.")
            pairs += [(case_id, config) for case_id in ids for config in (configs or [None])]
        return list(dict.fromkeys(pairs))

    def _emit(self, unique_id: str, operation_name: str, count: int) -> None:
        payload = {"unique_id": unique_id, "operation": operation_name, "affected_mapping_count": count}
        problems = [error.message for error in self._event_schema.iter_errors(payload)]
        assert not problems, f"the fake built an event its spec refuses: {problems}"
        self.events.append(("test_run_test_cases_updated", payload))
        if self.on_event is not None:
            self.on_event("test_run_test_cases_updated", payload)

    def _later(self, delay: float, action: Callable[[], None]) -> None:
        self._pending.append((self.clock.now() + timedelta(seconds=delay), action))
        if delay <= 0:
            self.settle()

    def _new_run(
        self, project_id: str, at: datetime, *, name: str | None = None, assignee: str | None = None
    ) -> TestRun:
        identifier = f"TR-{next(self._run_numbers)}"
        # Inferred: a run created without a name is named like the docs' examples, "Test Run-DD/MM/YYYY".
        run = TestRun(identifier, project_id, name or f"Test Run-{at:%d/%m/%Y}", at, at, assignee=assignee)
        self.runs[identifier] = run
        return run

    def _apply_fields(self, run: TestRun, project: Project, fields: Mapping[str, Any]) -> None:
        for name in ("name", "description", "run_state", "assignee", "test_case_assignee", "issue_tracker"):
            if name in fields:
                setattr(run, name, fields[name])
        for name in ("tags", "issues", "configurations"):
            if name in fields:
                setattr(run, name, list(fields[name]))
        unknown = [config for config in run.configurations if config not in project.configurations]
        if unknown:
            raise _refused("invalid_configuration_ids", f"Unknown configurations: {unknown}.")
        if "test_plan_id" in fields:
            run.test_plan = (fields["test_plan_id"], project.test_plans[fields["test_plan_id"]])
        if "sub_test_plan_id" in fields:
            run.test_plan = (fields["sub_test_plan_id"], project.sub_test_plans[fields["sub_test_plan_id"]])
        if run.run_state == "closed" and run.closed_at is None:
            run.closed_at = self.clock.now()

    def _check_plans(self, project: Project, fields: Mapping[str, Any]) -> None:
        plan, sub_plan = fields.get("test_plan_id"), fields.get("sub_test_plan_id")
        if plan is not None and sub_plan is not None:
            raise _refused("validation_failed", "test_plan_id and sub_test_plan_id are mutually exclusive.")
        if plan is not None and plan not in project.test_plans:
            raise _refused("validation_failed", f"Test plan {plan} does not exist.")
        if sub_plan is not None and sub_plan not in project.sub_test_plans:
            raise _refused("validation_failed", f"{sub_plan} is not a sub test plan of {project.identifier}.")

    def _select(self, project: Project, fields: Mapping[str, Any], assignee: str | None) -> list[Entry]:
        """The run's entries from a body's test case selection (inferred where the docs leave the combination open:
        explicit ids, plus the cases of ``folder_ids``, plus those matching ``filter_test_cases`` project-wide or,
        with ``filter_scope: within_folders``, only inside those folders; ``include_all`` wins over everything)."""
        cases = project.test_cases
        unknown = [case_id for case_id in fields.get("test_cases", []) if case_id not in cases]
        if unknown:
            raise _refused("invalid_test_case_id", f"Unknown test cases: {', '.join(unknown)}.")
        folders = set(fields.get("folder_ids", []))
        if folders - project.folders:
            raise _refused("validation_failed", f"Unknown folders: {sorted(folders - project.folders)}.")
        filters = fields.get("filter_test_cases")
        if fields.get("include_all"):
            chosen = list(cases)
        else:
            chosen = list(fields.get("test_cases", []))
            scoped = fields.get("filter_scope") == "within_folders" and folders and filters is not None
            chosen += [i for i, case in cases.items() if case.folder_id in folders and not scoped]
            if filters is not None:
                pool = [case for case in cases.values() if not scoped or case.folder_id in folders]
                chosen += [case.identifier for case in pool if case.matches(filters)]
        pairs = expand(chosen, list(fields.get("configurations", [])), fields.get("configuration_map", []))
        return [Entry(*pair, assignee) for pair in pairs]

    def _answer(self, request: Request, run: TestRun, project: Project) -> Response:
        key = self.envelope[request.operation_id]
        return Response(200, {"success": True, key: run.to_json(cases=project.test_cases)})

    def _project(self, request: Request) -> Project:
        project = self.projects.get(request.path_params["project_id"])
        if project is None:
            raise FakeHTTPError(404, f"Project {request.path_params['project_id']} not found.")
        return project

    def _run(self, request: Request) -> TestRun:
        run = self.runs.get(request.path_params["test_run_id"])
        if run is None or run.project_id != request.path_params["project_id"]:
            raise FakeHTTPError(404, f"Test run {request.path_params['test_run_id']} not found.")
        return run


def _refused(code: str, message: str) -> FakeHTTPError:
    """A 400 whose body names the failure in ``error`` (the docs' error table)."""
    return FakeHTTPError(400, message, {"error": [code]})


def _code(status: int, errors: Mapping[str, list[str]] | None) -> str | None:
    """The ``error`` code of a refusal: a handler's own, else one for what the spec check found."""
    if status != 400:
        return None
    fields = set(errors or {})
    if "error" in fields and errors:
        return errors["error"][0]
    if any(name.startswith("test_run.preserve_existing_results") for name in fields):
        return "invalid_preserve_flag"
    if any(name.startswith(("test_run.add_test_cases", "test_run.remove_test_cases")) for name in fields):
        return "invalid_entry_shape"
    return "validation_failed"


def _page(query: Mapping[str, Any], items: list[Any], *, paged: bool = True) -> tuple[list[Any], dict[str, Any]]:
    """One page of ``items`` and the ``info`` block; unpaged (``fetch_steps``) it is the first page, ``next`` null."""
    # Inferred: the facts give 30 per page for a run's test cases; the run list is assumed to page the same.
    page, size = (query.get("p", 1) if paged else 1), query.get("page_size", PAGE_SIZE)
    count = len(items)
    last = max(1, -(-count // size))
    info = {"page": page, "page_size": size, "count": count, "prev": page - 1 if page > 1 else None}
    info["next"] = page + 1 if paged and page < last else None
    return items[(page - 1) * size : page * size], {"info": info}


def _run_filter(query: Mapping[str, Any]) -> Callable[[TestRun], bool]:
    """The list filters of the docs as one predicate (OR within a filter, AND across filters)."""
    dates = {name: parse_filter_date(query[name]) for name in _DATE_FILTERS if name in query}
    assignees = set(query["assignee"].split(",")) if "assignee" in query else None
    # The filter table names `new`; run bodies say `new_run`: the same state.
    states = {s.replace("new_run", "new") for s in query["run_state"].split(",")} if "run_state" in query else None
    include_closed = query.get("include_closed", False)
    closing = "closed_before" in dates or "closed_after" in dates  # asking about closing dates asks for closed runs

    def keep(run: TestRun) -> bool:
        created, closed = run.created_at.date(), run.closed_at.date() if run.closed_at else None
        checks = [
            include_closed or run.closed_at is None or closing or (states is not None and "closed" in states),
            "created_before" not in dates or created < dates["created_before"],
            "created_after" not in dates or created > dates["created_after"],
            "closed_before" not in dates or (closed is not None and closed < dates["closed_before"]),
            "closed_after" not in dates or (closed is not None and closed > dates["closed_after"]),
            "test_plan_id" not in query or (run.test_plan is not None and run.test_plan[0] == query["test_plan_id"]),
            assignees is None or run.assignee in assignees,
            states is None or run.run_state.replace("new_run", "new") in states,
        ]
        return all(checks)

    return keep


_DATE_FILTERS = ("created_before", "created_after", "closed_before", "closed_after")
