"""BlazeMeter API Monitoring (Runscope, ``specs/runscope/openapi.yaml``): a stateful fake.

    fake = RunscopeFake(token="secret")                # Authorization: Bearer secret; a team and a default bucket
    test = fake.add_test(fake.default_bucket.key, "Smoke", steps=1)   # arrange state directly, or through the API
    test.outcome = "fail"                              # every run of it will fail
    fake.clock.advance(10)                             # (ManualClock) runs move queued → working → pass/fail
    fake.deliver_due()                                 # finished runs POST their notification to the webhook URLs

Trigger URLs start one run per environment region; more than 10 triggers in 10 s on one URL answer 429 with
Retry-After. A run's result follows the fake's clock (``queued_for`` then ``working_for`` seconds), and a finished
run POSTs its notification over real HTTP to each webhook URL of its environment the first time the fake notices
(any request, or :meth:`deliver_due`); every delivery is kept in :attr:`deliveries`.

Buckets, tests, steps, environments and schedules live here; teams, roles, groups and usage in
``_runscope_teams.py``; runs, results, metrics and notifications in ``_runscope_runs.py``.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Mapping
from typing import Any

from ._fake import Fake, FakeHTTPError, Request, Response, bearer_token, operation
from ._runscope_model import (
    RunscopeBucket,
    RunscopeTeam,
    RunscopeTest,
    StepRefusedError,
    bucket_key,
    envelope,
    environment_from,
    epoch,
    http_date,
    step_from,
)
from ._runscope_runs import RunsMixin
from ._runscope_teams import TeamsMixin

__all__ = ["DEFAULT_TOKEN", "RunscopeFake"]

DEFAULT_TOKEN = "runscope-token"  # noqa: S105 (the fake's well-known test token, not a secret)
ENVIRONMENT_LIMIT = 100  # per bucket, shared and test-specific alike (reference, Create * Environment)
_NAMESPACE = uuid.UUID("8c7b00de-a962-4037-aa07-2cc294a32afd")


class RunscopeFake(RunsMixin, TeamsMixin, Fake):
    """A stateful fake of the Runscope API.

    Args:
        token: The access token accepted in ``Authorization: Bearer <token>``.
        queued_for: Seconds a new run stays ``queued``.
        working_for: Seconds it then stays ``working`` before its test's outcome.
        **options: ``strict``, ``faults``, ``clock``: see :class:`~qaclients_fakes.Fake`.

    Attributes:
        teams, buckets: By id and key. ``default_team``, ``default_bucket``: the account's own.
        runs: Every run by id. ``deliveries``: every notification POSTed (see :class:`Delivery`).
        oauth_clients: client id → secret; :meth:`issue_code` makes an authorization code for the OAuth exchange.
    """

    vendor = "runscope"
    invalid_status = 400  # the reference documents 400 for refused requests, never 422

    def __init__(
        self, *, token: str = DEFAULT_TOKEN, queued_for: float = 1.0, working_for: float = 4.0, **options: Any
    ) -> None:
        super().__init__(**options)
        self._counter = itertools.count(1)
        self.tokens: dict[str, str] = {token: "grace@example.com"}
        self.oauth_clients, self.oauth_codes, self.env_revisions = {}, {}, {}
        self.account: dict[str, str] = {"name": "Grace Hopper", "uuid": "", "email": "grace@example.com"}
        self.account["uuid"] = self.new_id("account")
        self.teams: dict[str, RunscopeTeam] = {}
        self.buckets: dict[str, RunscopeBucket] = {}
        self.default_team = self.add_team("Personal Team")
        self.default_bucket = self.add_bucket("My Bucket", self.default_team.id, default=True)
        self.init_runs(queued_for=queued_for, working_for=working_for)

    # -- arranging state ---------------------------------------------------------------------------------------

    def new_id(self, kind: str) -> str:
        """A fresh, deterministic UUID string."""
        return str(uuid.uuid5(_NAMESPACE, f"{kind}-{next(self._counter)}"))

    def now(self) -> float:
        """The fake clock as epoch seconds."""
        return epoch(self.clock.now())

    def add_team(self, name: str) -> RunscopeTeam:
        """A new team, the account's user its owner and only member."""
        team = RunscopeTeam(self.new_id("team"), name, owner_email=self.account["email"])
        admin: dict[str, Any] = {"uuid": self.new_id("role"), "name": "Administrator", "permissions": []}
        team.roles[admin["uuid"]] = admin
        team.people[self.account["email"]] = self.person(self.account["name"], self.account["email"], admin)
        team.people[self.account["email"]]["id"] = team.people[self.account["email"]]["uuid"] = self.account["uuid"]
        slack = {"uuid": self.new_id("integration"), "description": "Slack: #api-tests", "type": "slack"}
        team.integrations.append(slack)
        self.teams[team.id] = team
        return team

    def person(self, name: str, email: str, role: Mapping[str, Any] | None) -> dict[str, Any]:
        """A team member as the people resources show them."""
        person_id = self.new_id("person")
        at = http_date(self.clock.now())
        return {
            "id": person_id,
            "uuid": person_id,
            "name": name,
            "email": email,
            "created_at": at,
            "last_login_at": at,
            "role_name": role["name"] if role else None,
            "role_uuid": role["uuid"] if role else None,
        }

    def add_bucket(self, name: str, team_id: str, *, default: bool = False) -> RunscopeBucket:
        """A new bucket of ``team_id``."""
        key = bucket_key(f"{name}-{next(self._counter)}")
        bucket = RunscopeBucket(key, name, team_id, self.new_id("trigger"), default=default)
        self.buckets[key] = bucket
        return bucket

    def add_test(
        self,
        bucket: str,
        name: str,
        *,
        steps: int = 1,
        regions: tuple[str, ...] = ("us1",),
        webhooks: tuple[str, ...] = (),
        outcome: str = "pass",
    ) -> RunscopeTest:
        """A test with ``steps`` request steps and a default environment running in ``regions``."""
        with self.lock:
            test = self._new_test(self.buckets[bucket], {"name": name})
            test.outcome = outcome
            env = test.environments[test.default_environment_id or ""]
            env["regions"], env["webhooks"] = list(regions), list(webhooks) or None
            for index in range(steps):
                status = {"source": "response_status", "comparison": "equal_number", "value": 200}
                body = {"method": "GET", "url": f"https://example.com/{index}", "assertions": [status]}
                test.steps.append(step_from(body, self.new_id("step")))
            return test

    def seed(self, count: int) -> None:
        """CLI ``--seed-runs``: ``count`` tests in the default bucket, each run once (every third fails)."""
        for index in range(count):
            test = self.add_test(self.default_bucket.key, f"Seeded test {index + 1}", steps=2)
            test.outcome = "fail" if index % 3 == 2 else "pass"
            self.start_runs(test, test.environments[test.default_environment_id or ""], {}, source="scheduled")

    def authenticate(self, request: Request) -> object | None:
        """The account e-mail behind a known bearer token."""
        return self.tokens.get(bearer_token(request.headers) or "")

    def error(self, status: int, message: str, errors: Mapping[str, list[str]] | None = None) -> Response:
        """The envelope with ``error`` an object (the reference's usual shape)."""
        details = "; ".join(f"{name}: {' '.join(problems)}" for name, problems in (errors or {}).items())
        text = message if not details or details in message else f"{message} ({details})"
        body = {"data": None, "meta": {"status": "error"}, "error": {"status": status, "message": text}}
        return Response(status, body)

    def _respond(self, route: Any, method: str, path: str, **kwargs: Any) -> Response:
        self.deliver_due()  # runs that finished since the last request notify first
        return super()._respond(route, method, path, **kwargs)

    # -- lookups -----------------------------------------------------------------------------------------------

    def bucket(self, request: Request) -> RunscopeBucket:
        """The bucket of the path, or 404."""
        found = self.buckets.get(request.path_params["bucket_key"])
        if found is None:
            raise FakeHTTPError(404, "Bucket not found.")
        return found

    def test(self, request: Request) -> RunscopeTest:
        """The test of the path, or 404."""
        found = self.bucket(request).tests.get(request.path_params["test_id"])
        if found is None:
            raise FakeHTTPError(404, "Test not found.")
        return found

    def _step_index(self, test: RunscopeTest, step_id: str) -> int:
        for index, step in enumerate(test.steps):
            if step["id"] == step_id:
                return index
        raise FakeHTTPError(404, "Step not found.")

    # -- root, account, regions, OAuth -------------------------------------------------------------------------

    @operation("get_root")
    def _root(self, request: Request) -> Response:
        return Response(200, envelope({"bucket_list_url": f"{_API}/buckets", "current_account_url": f"{_API}/account"}))

    @operation("get_account")
    def _account(self, request: Request) -> Response:
        teams = [team.ref() for team in self.teams.values()]
        return Response(200, envelope({**self.account, "teams": teams}))

    @operation("exchange_oauth_code")
    def _oauth(self, request: Request) -> Response:
        query = request.query
        if self.oauth_clients.get(query["client_id"]) != query["client_secret"]:
            raise FakeHTTPError(401, "Invalid client credentials.")
        issued = self.oauth_codes.pop(query["code"], None)
        # Codes are good for 60 seconds (reference, Step 3).
        if issued is None or issued[0] != query["client_id"] or self.now() - issued[1] > 60:
            raise FakeHTTPError(400, "The authorization code is invalid or expired.")
        token = f"oauth-{self.new_id('token')}"
        self.tokens[token] = self.account["email"]
        return Response(200, {"access_token": token, "token_type": "bearer"})

    def issue_code(self, client_id: str, client_secret: str) -> str:
        """Register an OAuth application (if new) and return an authorization code for it, as step 2 would."""
        with self.lock:
            self.oauth_clients[client_id] = client_secret
            code = self.new_id("code")
            self.oauth_codes[code] = (client_id, self.now())
            return code

    # -- buckets -----------------------------------------------------------------------------------------------

    @operation("list_buckets")
    def _list_buckets(self, request: Request) -> Response:
        return Response(200, envelope([b.to_json(self.teams[b.team_id]) for b in self.buckets.values()]))

    @operation("create_bucket")
    def _create_bucket(self, request: Request) -> Response:
        body = request.json or {}
        name = request.query.get("name") or body.get("name")
        team_id = request.query.get("team_uuid") or body.get("team_uuid")
        if not name or not team_id:
            raise FakeHTTPError(400, "name and team_uuid are required.")
        if team_id not in self.teams:
            raise FakeHTTPError(403, "You are not a member of this team.")
        bucket = self.add_bucket(name, team_id)
        return Response(201, envelope(bucket.to_json(self.teams[team_id])))

    @operation("get_bucket")
    def _get_bucket(self, request: Request) -> Response:
        bucket = self.bucket(request)
        body = bucket.to_json(self.teams[bucket.team_id])
        if "list_utilizations_gt" in request.query:
            body["locations_utilization_%"] = {}  # the fake runs nothing concurrently, so nothing is over the bar
        return Response(200, envelope(body))

    @operation("delete_bucket")
    def _delete_bucket(self, request: Request) -> Response:
        bucket = self.bucket(request)
        if bucket.default:
            raise FakeHTTPError(400, "The default bucket cannot be deleted.")
        del self.buckets[bucket.key]
        return Response(204)

    # -- tests -------------------------------------------------------------------------------------------------

    @operation("list_tests")
    def _list_tests(self, request: Request) -> Response:
        tests = list(self.bucket(request).tests.values())
        offset, count = request.query.get("offset", 0), request.query.get("count", 10)
        return Response(200, envelope([test.summary() for test in tests[offset : offset + count]]))

    @operation("create_tests")
    def _create_tests(self, request: Request) -> Response:
        bucket = self.bucket(request)
        bodies = request.json if isinstance(request.json, list) else [request.json]
        created = [self._new_test(bucket, body) for body in bodies]
        data = [self.test_json(t) for t in created] if isinstance(request.json, list) else self.test_json(created[0])
        return Response(201, envelope(data))

    @operation("get_test")
    def _get_test(self, request: Request) -> Response:
        return Response(200, envelope(self.test_json(self.test(request))))

    @operation("update_test")
    def _update_test(self, request: Request) -> Response:
        test, body = self.test(request), request.json
        for name in ("name", "description", "default_environment_id"):
            if body.get(name) is not None:  # partial (facts, Behaviour): omitted fields are kept
                setattr(test, name, body[name])
        if body.get("steps") is not None:
            test.steps = [self._stored_step(step, None) for step in body["steps"]]
        self._revise(test, "radar_test", test.revisions)
        return Response(200, envelope(self.test_json(test)))

    @operation("delete_test")
    def _delete_test(self, request: Request) -> Response:
        test = self.test(request)
        del self.buckets[test.bucket_key].tests[test.id]
        return Response(204)

    @operation("list_test_revisions")
    def _revisions(self, request: Request) -> Response:
        test = self.test(request)
        envs = {env_id: log for env_id, log in self.env_revisions.items() if env_id in test.environments}
        return Response(200, envelope({"test_revisions": test.revisions, "env_revisions": envs}))

    def _new_test(self, bucket: RunscopeBucket, body: Mapping[str, Any]) -> RunscopeTest:
        who = {"email": self.account["email"], "name": self.account["name"], "id": self.account["uuid"]}
        test = RunscopeTest(
            self.new_id("test"), bucket.key, body.get("name") or "Untitled test", self.new_id("trigger"),
            created_at=self.now(), created_by=who, description=body.get("description"),
        )  # fmt: skip
        env = environment_from({"name": "Test Settings"}, self.new_id("environment"), test.id)
        test.environments[env["id"]] = env
        test.default_environment_id = body.get("default_environment_id") or env["id"]
        test.steps = [self._stored_step(step, None) for step in body.get("steps") or []]
        bucket.tests[test.id] = test
        self._revise(test, "radar_test", test.revisions)
        return test

    def test_json(self, test: RunscopeTest) -> dict[str, Any]:
        """The test detail, its latest run included."""
        return test.to_json(self.last_run_json(test))

    def _revise(self, test: RunscopeTest, item_type: str, into: list[dict[str, Any]]) -> None:
        into.append({
            "uuid": self.new_id("revision"), "timestamp": self.now(), "item_type": item_type,
            "author_uuid": self.account["uuid"], "author_name": self.account["name"],
            "author_email": self.account["email"], "organization_id": self.buckets[test.bucket_key].team_id,
            "bucket_key": test.bucket_key, "source": "api",
        })  # fmt: skip

    # -- steps -------------------------------------------------------------------------------------------------

    def _stored_step(self, body: Mapping[str, Any], previous: Mapping[str, Any] | None) -> dict[str, Any]:
        try:
            return step_from(body, self.new_id("step"), previous)
        except StepRefusedError as refused:
            raise FakeHTTPError(400, str(refused)) from None

    @operation("list_test_steps")
    def _list_steps(self, request: Request) -> Response:
        return Response(200, envelope(self.test(request).steps))

    @operation("create_test_step")
    def _create_step(self, request: Request) -> Response:
        test = self.test(request)
        test.steps.append(self._stored_step(request.json, None))
        # The reference's examples answer with the whole test (one of the three shapes clients accept).
        return Response(201, envelope(self.test_json(test)))

    @operation("reorder_test_steps")
    def _reorder_steps(self, request: Request) -> Response:
        test = self.test(request)
        by_id = {step["id"]: step for step in test.steps}
        order: list[dict[str, Any]] = []
        for entry in request.json:
            step_id = entry if isinstance(entry, str) else entry["id"]
            if step_id not in by_id:
                raise FakeHTTPError(400, f"Unknown step id {step_id!r}.")
            step = by_id[step_id]
            if isinstance(entry, dict):
                children = {child["id"]: child for child in step.get("steps", [])}
                if set(entry["steps"]) != set(children):
                    raise FakeHTTPError(400, f"Condition {step_id!r}: give every embedded step id, once.")
                step = {**step, "steps": [children[child] for child in entry["steps"]]}
            order.append(step)
        if len(order) != len(by_id) or {s["id"] for s in order} != set(by_id):
            raise FakeHTTPError(400, "Every step id of the test must be given, once.")
        test.steps = order
        return Response(200, envelope(test.steps))

    @operation("get_test_step")
    def _get_step(self, request: Request) -> Response:
        test = self.test(request)
        return Response(200, envelope(test.steps[self._step_index(test, request.path_params["step_id"])]))

    @operation("update_test_step")
    def _update_step(self, request: Request) -> Response:
        test = self.test(request)
        index = self._step_index(test, request.path_params["step_id"])
        test.steps[index] = self._stored_step(request.json, test.steps[index])
        return Response(200, envelope(test.steps[index]))

    @operation("delete_test_step")
    def _delete_step(self, request: Request) -> Response:
        test = self.test(request)
        del test.steps[self._step_index(test, request.path_params["step_id"])]
        return Response(204)

    # -- environments ------------------------------------------------------------------------------------------

    def _environment_count(self, bucket: RunscopeBucket, *, shared: bool) -> int:
        if shared:
            return len(bucket.environments)
        return sum(len(test.environments) for test in bucket.tests.values())

    def _create_environment(self, bucket: RunscopeBucket, test: RunscopeTest | None, body: Any) -> Response:
        if self._environment_count(bucket, shared=test is None) >= ENVIRONMENT_LIMIT:
            raise FakeHTTPError(400, f"At most {ENVIRONMENT_LIMIT} environments of this kind per bucket.")
        env = environment_from(body, self.new_id("environment"), test.id if test else None)
        (test.environments if test else bucket.environments)[env["id"]] = env
        self._env_revised(env["id"])
        return Response(201, envelope(env))

    def _env_revised(self, env_id: str) -> None:
        self.env_revisions.setdefault(env_id, []).append({
            "uuid": env_id, "timestamp": self.now(), "item_type": "environment", "author_uuid": self.account["uuid"],
            "author_name": self.account["name"], "author_email": self.account["email"], "source": "api",
        })  # fmt: skip

    def _replace_environment(self, table: dict[str, dict[str, Any]], request: Request, test_id: str | None) -> Response:
        env_id = request.path_params["environment_id"]
        if env_id not in table:
            raise FakeHTTPError(404, "Environment not found.")
        table[env_id] = environment_from(request.json, env_id, test_id)  # replaces the whole environment (facts)
        self._env_revised(env_id)
        return Response(200, envelope(table[env_id]))

    @operation("list_test_environments")
    def _list_test_envs(self, request: Request) -> Response:
        return Response(200, envelope(list(self.test(request).environments.values())))

    @operation("create_test_environment")
    def _create_test_env(self, request: Request) -> Response:
        return self._create_environment(self.bucket(request), self.test(request), request.json)

    @operation("get_test_environment")
    def _get_test_env(self, request: Request) -> Response:
        env = self.test(request).environments.get(request.path_params["environment_id"])
        if env is None:
            raise FakeHTTPError(404, "Environment not found.")
        return Response(200, envelope(env))

    @operation("replace_test_environment")
    def _replace_test_env(self, request: Request) -> Response:
        test = self.test(request)
        return self._replace_environment(test.environments, request, test.id)

    @operation("list_shared_environments")
    def _list_shared_envs(self, request: Request) -> Response:
        return Response(200, envelope(list(self.bucket(request).environments.values())))

    @operation("create_shared_environment")
    def _create_shared_env(self, request: Request) -> Response:
        return self._create_environment(self.bucket(request), None, request.json)

    @operation("get_shared_environment")
    def _get_shared_env(self, request: Request) -> Response:
        env = self.bucket(request).environments.get(request.path_params["environment_id"])
        if env is None:
            raise FakeHTTPError(404, "Environment not found.")
        return Response(200, envelope(env))

    @operation("replace_shared_environment")
    def _replace_shared_env(self, request: Request) -> Response:
        return self._replace_environment(self.bucket(request).environments, request, None)

    @operation("delete_environment")
    def _delete_env(self, request: Request) -> Response:
        bucket, env_id = self.bucket(request), request.path_params["environment_id"]
        if bucket.environments.pop(env_id, None) is None:
            raise FakeHTTPError(404, "Environment not found.")
        return Response(204)

    def find_environment(self, test: RunscopeTest, wanted: str | None) -> dict[str, Any] | None:
        """A test's environment by id or name (test-specific first, then the bucket's shared ones)."""
        if wanted is None:
            wanted = test.default_environment_id
        candidates = [*test.environments.values(), *self.buckets[test.bucket_key].environments.values()]
        return next((env for env in candidates if wanted in (env["id"], env.get("name"))), None)

    # -- schedules ---------------------------------------------------------------------------------------------

    def _schedule_from(self, test: RunscopeTest, body: Mapping[str, Any], schedule_id: str) -> dict[str, Any]:
        if self.find_environment(test, body["environment_id"]) is None:
            raise FakeHTTPError(400, "The environment_id is not an environment of this test.")
        return {"id": schedule_id, "environment_id": body["environment_id"], "interval": body["interval"],
                "note": body.get("note")}  # fmt: skip

    @operation("list_test_schedules")
    def _list_schedules(self, request: Request) -> Response:
        return Response(200, envelope(list(self.test(request).schedules.values())))

    @operation("upsert_test_schedule")
    def _upsert_schedule(self, request: Request) -> Response:
        test = self.test(request)
        # v0: repeating the create updates "that particular schedule" (reference); inferred: the one of the same
        # environment.
        same = next((s for s in test.schedules.values() if s["environment_id"] == request.json["environment_id"]), None)
        schedule = self._schedule_from(test, request.json, same["id"] if same else self.new_id("schedule"))
        test.schedules[schedule["id"]] = schedule
        return Response(201, envelope(schedule))

    @operation("create_test_schedule")
    def _create_schedule(self, request: Request) -> Response:
        test = self.test(request)
        schedule = self._schedule_from(test, request.json, self.new_id("schedule"))
        test.schedules[schedule["id"]] = schedule
        return Response(201, envelope(schedule))

    def _schedule(self, request: Request) -> tuple[RunscopeTest, dict[str, Any]]:
        test = self.test(request)
        schedule = test.schedules.get(request.path_params["schedule_id"])
        if schedule is None:
            raise FakeHTTPError(404, "Schedule not found.")
        return test, schedule

    @operation("get_test_schedule")
    def _get_schedule(self, request: Request) -> Response:
        return Response(200, envelope(self._schedule(request)[1]))

    @operation("update_test_schedule")
    def _update_schedule(self, request: Request) -> Response:
        test, schedule = self._schedule(request)
        test.schedules[schedule["id"]] = self._schedule_from(test, request.json, schedule["id"])
        return Response(200, envelope(test.schedules[schedule["id"]]))

    @operation("delete_test_schedule")
    def _delete_schedule(self, request: Request) -> Response:
        test, schedule = self._schedule(request)
        del test.schedules[schedule["id"]]
        return Response(204)


_API = "https://api.runscope.com"
