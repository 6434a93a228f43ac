"""Testmo automation runs (``specs/testmo/openapi.yaml``): a stateful fake.

    fake = TestmoFake(token="secret")            # Authorization: Bearer secret; project 1 exists
    fake.seed_runs(150)                          # deterministic history for paging tests and benchmarks
    fake.runs[1].threads[0].tests                # state is plain data (_testmo_model.py): inspect it, or arrange it

The core (``_fake.py``) has already checked each request against the spec, so handlers only apply it to the state.
Where the docs are silent the behaviour is inferred and marked so; the spec's own inferences are followed as written.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from operator import attrgetter
from typing import Any

from ._fake import Fake, FakeHTTPError, Request, Response, bearer_token, operation
from ._testmo_model import StatusSlots, TestmoRun, TestmoThread, run_filter

__all__ = ["DEFAULT_TOKEN", "TestmoFake"]

DEFAULT_TOKEN = "testmo-token"  # noqa: S105 (the fake's well-known test token, not a secret)
_EXPANDS = ("automation_sources", "configs", "milestones", "statuses", "users")
_SORTABLE = ("id", "name", "status", "created_at", "updated_at", "completed_at")
_NEVER = datetime.min.replace(tzinfo=UTC)


class TestmoFake(Fake):
    """A stateful fake of Testmo's automation runs API.

    Args:
        token: The API token accepted in ``Authorization: Bearer <token>`` (more: :meth:`add_user`).
        user_id: The user that token belongs to (``created_by`` and so on).
        projects: The projects that exist (more: :meth:`add_project`).
        **options: ``strict``, ``faults``, ``clock``: see :class:`~qaclients_fakes.Fake`.

    Attributes:
        runs, threads: By id. ``projects``, ``users`` (id → name), ``tokens`` (token → user id),
        ``sources`` (name → id), ``configs`` and ``milestones`` (id → name), ``statuses`` (:class:`StatusSlots`).
    """

    __test__ = False  # not a pytest test class, despite the name
    vendor = "testmo"

    def __init__(
        self, *, token: str = DEFAULT_TOKEN, user_id: int = 1, projects: tuple[int, ...] = (1,), **options: Any
    ) -> None:
        super().__init__(**options)
        self.tokens: dict[str, int] = {token: user_id}
        self.users: dict[int, str] = {user_id: f"User {user_id}"}
        self.projects: set[int] = set(projects)
        self.runs: dict[int, TestmoRun] = {}
        self.threads: dict[int, TestmoThread] = {}
        self.sources: dict[str, int] = {}
        self.configs: dict[int, str] = {}
        self.milestones: dict[int, str] = {}
        self.statuses = StatusSlots()
        self._run_ids, self._thread_ids = itertools.count(1), itertools.count(1)

    def add_project(self, project_id: int) -> None:
        """Make ``project_id`` exist."""
        self.projects.add(project_id)

    def add_user(self, user_id: int, name: str | None = None, *, token: str | None = None) -> None:
        """Add a user (shown by ``expands=users``), optionally with an API token of their own."""
        self.users[user_id] = name or f"User {user_id}"
        if token is not None:
            self.tokens[token] = user_id

    def authenticate(self, request: Request) -> object | None:
        """The user id behind a known bearer token."""
        return self.tokens.get(bearer_token(request.headers) or "")

    def seed(self, count: int) -> None:
        """CLI ``--seed-runs``: :meth:`seed_runs`."""
        self.seed_runs(count)

    def seed_runs(
        self, count: int, *, project_id: int = 1, tests_per_run: int = 4, step: float = 60.0
    ) -> list[TestmoRun]:
        """Add ``count`` runs, the same on every call: created ``step`` seconds apart up to now, by the known users
        in turn, sources frontend/backend/api and tags nightly/smoke/both/none in turn, one thread each; every
        third run has a failed test, every fifth is still running, the others are complete."""
        with self.lock:  # a server thread may be answering requests meanwhile
            self.add_project(project_id)
            users, start = sorted(self.users), self.clock.now() - timedelta(seconds=step * count)
            made = []
            for i in range(count):
                at, user = start + timedelta(seconds=step * i), users[i % len(users)]
                tags = [["nightly"], ["smoke"], ["nightly", "smoke"], []][i % 4]
                body = {"name": f"Run {i + 1}", "source": ("frontend", "backend", "api")[i % 3], "tags": tags}
                run = self._new_run(project_id, body, user, at)
                thread = self._new_thread(run, {}, user, at)
                for j in range(tests_per_run):
                    status = "failed" if i % 3 == 1 and j == 0 else "passed"
                    self._add_test(
                        thread, {"key": f"r{run.id}t{j}", "name": f"T{j}", "folder": "seed", "status": status}
                    )
                if i % 5 != 4:
                    run.complete(user, at + timedelta(seconds=step / 2), measure_elapsed=True)
                made.append(run)
            return made

    # -- handlers, one per operationId -------------------------------------------------------------------------

    @operation("list_automation_runs")
    def _list_runs(self, request: Request) -> Response:
        project_id, query = request.path_params["project_id"], request.query
        if project_id not in self.projects:
            # Inferred: the reference lists 200 400 401 403 422 for this method (no 404), so an unknown project is
            # refused like one the token may not see.
            raise FakeHTTPError(403, "You do not have access to this project.")
        sort = (query.get("sort") or "automation_runs:created_at").removeprefix("automation_runs:")
        if sort not in _SORTABLE:
            raise FakeHTTPError(
                422, "The sort field is invalid.", {"sort": [f"Sort by one of {', '.join(_SORTABLE)}."]}
            )
        selected = run_filter(query)
        runs = [run for run in self.runs.values() if run.project_id == project_id and selected(run)]
        # Inferred: `order` defaults to desc, so the default is the docs' "latest" first; ties go by id.
        runs.sort(key=_sort_key(sort), reverse=query.get("order", "desc") == "desc")
        page, per_page = query.get("page", 1), query.get("per_page", 100)
        last_page = max(1, math.ceil(len(runs) / per_page))
        shown = runs[(page - 1) * per_page : page * per_page]
        body = {"page": page, "prev_page": page - 1 if page > 1 else None}
        body |= {"next_page": page + 1 if page < last_page else None, "last_page": last_page, "per_page": per_page}
        body |= {"total": len(runs), "result": [run.to_json() for run in shown]}
        return Response(200, body | {"expands": self._expands(shown, query.get("expands"))})

    @operation("create_automation_run")
    def _create_run(self, request: Request) -> Response:
        if request.path_params["project_id"] not in self.projects:
            raise FakeHTTPError(404, "The project does not exist.")
        run = self._new_run(request.path_params["project_id"], request.json, _user(request), self.clock.now())
        return Response(201, {"id": run.id})

    @operation("get_automation_run")
    def _get_run(self, request: Request) -> Response:
        run = self._run(request)
        expands = self._expands([run], request.query.get("expands"))
        return Response(200, {"result": run.to_json(threads=True), "expands": expands})

    @operation("append_automation_run")
    def _append_run(self, request: Request) -> Response:
        run = self._open_run(request)
        run.artifacts += request.json.get("artifacts", [])
        run.fields += request.json.get("fields", [])
        run.links += request.json.get("links", [])
        self._touch(run, request)
        return Response(204)

    @operation("complete_automation_run")
    def _complete_run(self, request: Request) -> Response:
        run = self._open_run(request)
        run.complete(_user(request), self.clock.now(), measure_elapsed=request.json.get("measure_elapsed", False))
        return Response(204)

    @operation("create_automation_run_thread")
    def _create_thread(self, request: Request) -> Response:
        thread = self._new_thread(self._open_run(request), request.json, _user(request), self.clock.now())
        return Response(201, {"id": thread.id})

    @operation("append_automation_run_thread")
    def _append_thread(self, request: Request) -> Response:
        thread = self._open_thread(request)
        thread.add_elapsed(request.json)
        thread.artifacts += request.json.get("artifacts", [])
        thread.fields += request.json.get("fields", [])
        for test in request.json.get("tests", []):
            self._add_test(thread, test)
        self._touch(self.runs[thread.run_id], request)
        return Response(204)

    @operation("complete_automation_run_thread")
    def _complete_thread(self, request: Request) -> Response:
        thread = self._open_thread(request)
        thread.add_elapsed(request.json)
        thread.completed_at = self.clock.now()
        self._touch(self.runs[thread.run_id], request)
        return Response(204)

    # -- state -------------------------------------------------------------------------------------------------

    def _new_run(self, project_id: int, body: Mapping[str, Any], user: int, at: datetime) -> TestmoRun:
        run = TestmoRun(
            id=next(self._run_ids),
            project_id=project_id,
            name=body["name"],
            source_id=self.sources.setdefault(body["source"], len(self.sources) + 1),
            created_at=at,
            created_by=user,
            config_id=_named(self.configs, body.get("config_id"), body.get("config"), "Config"),
            milestone_id=_named(self.milestones, body.get("milestone_id"), body.get("milestone"), "Milestone"),
            tags=list(body.get("tags", [])),
            artifacts=list(body.get("artifacts", [])),
            fields=list(body.get("fields", [])),
            links=list(body.get("links", [])),
        )
        self.runs[run.id] = run
        return run

    def _new_thread(self, run: TestmoRun, body: Mapping[str, Any], user: int, at: datetime) -> TestmoThread:
        thread = TestmoThread(next(self._thread_ids), run.id, index=len(run.threads) + 1)
        thread.artifacts += body.get("artifacts", [])
        thread.fields += body.get("fields", [])
        thread.add_elapsed(body)
        run.threads.append(thread)
        self.threads[thread.id] = thread
        run.updated_at, run.updated_by = at, user
        return thread

    def _add_test(self, thread: TestmoThread, test: Mapping[str, Any]) -> None:
        thread.tests.append(test)
        thread.slots[self.statuses.slot(test["status"])] += 1

    def _touch(self, run: TestmoRun, request: Request) -> None:
        run.updated_at, run.updated_by = self.clock.now(), _user(request)

    def _run(self, request: Request) -> TestmoRun:
        run = self.runs.get(request.path_params["automation_run_id"])
        if run is None:
            raise FakeHTTPError(404, "The automation run does not exist.")
        return run

    def _open_run(self, request: Request) -> TestmoRun:
        run = self._run(request)
        if run.is_completed:
            # Inferred: the docs say completion "closes" the run; we refuse later writes with a 422.
            raise FakeHTTPError(
                422, "The automation run is already completed.", {"automation_run_id": ["The run is completed."]}
            )
        return run

    def _open_thread(self, request: Request) -> TestmoThread:
        thread = self.threads.get(request.path_params["automation_run_thread_id"])
        if thread is None:
            raise FakeHTTPError(404, "The automation run thread does not exist.")
        if thread.is_completed:
            # Inferred, as for runs (a run's completion completes its threads too).
            raise FakeHTTPError(
                422, "The thread is already completed.", {"automation_run_thread_id": ["The thread is completed."]}
            )
        return thread

    def _expands(self, runs: list[TestmoRun], wanted: str | None) -> dict[str, list[dict[str, Any]]]:
        requested = (wanted or "").split(",")
        return {
            kind: [{"id": i, "name": name} for i, name in sorted(self._references(kind, runs).items())]
            for kind in _EXPANDS
            if kind in requested
        }

    def _references(self, kind: str, runs: list[TestmoRun]) -> dict[int, str]:
        """id → name of the objects of one ``expands`` kind that ``runs`` refer to (statuses: all known)."""
        if kind == "statuses":
            return self.statuses.names()
        if kind == "automation_sources":
            return {i: name for name, i in self.sources.items() if any(run.source_id == i for run in runs)}
        table, label, ids = {
            "configs": (self.configs, "Config", [run.config_id for run in runs]),
            "milestones": (self.milestones, "Milestone", [run.milestone_id for run in runs]),
            "users": (self.users, "User", [u for r in runs for u in (r.created_by, r.updated_by, r.completed_by)]),
        }[kind]
        return {i: table.get(i, f"{label} {i}") for i in ids if i is not None}


def _user(request: Request) -> int:
    assert isinstance(request.principal, int)  # authenticate() returns the user id
    return request.principal


def _named(table: dict[int, str], given_id: int | None, name: str | None, label: str) -> int | None:
    """A config or milestone id: the one given, else the id of ``name`` (a new name gets the next id)."""
    if given_id is None and name is not None:
        given_id = next((i for i, known in table.items() if known == name), max(table, default=0) + 1)
    if given_id is not None:
        table.setdefault(given_id, name or f"{label} {given_id}")
    return given_id


def _sort_key(field: str) -> Callable[[TestmoRun], Any]:
    """Sort by ``field``, then id; runs never updated or completed go after the others (before them, reversed)."""
    if field not in ("updated_at", "completed_at"):
        return attrgetter(field, "id")
    return lambda run: (getattr(run, field) is None, getattr(run, field) or _NEVER, run.id)
