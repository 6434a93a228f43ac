"""mabl (``specs/mabl/openapi.yaml``): a stateful fake of the REST API at ``https://api.mabl.com``.

    fake = MablFake()                                  # Basic key:mabl-key (a Workspace admin key of the workspace)
    fake.add_key("viewer-key", "viewer")               # more keys, of any type (facts §2)
    fake.plans[SMOKE_PLAN].script = PlanScript(outcome="failed", retry_outcome="succeeded")
    ...                                                # POST /events/deployment, then advance fake.clock and poll

Out of the box: the workspace ``DEFAULT_WORKSPACE`` (account ``DEFAULT_ACCOUNT``) with an application, an
environment, two plans (``smoke`` and ``regression`` labels) of two tests each, flows and tests with metadata, two
Link Agents, three users (one who left); a second workspace (``OTHER_WORKSPACE``, key ``OTHER_KEY``) for 403s; and
the company Reporting key ``REPORTING_KEY``. :meth:`seed` adds finished test runs (for paging and reports).

A bad key answers 401, a key of the wrong type or an id from another workspace 403, an unknown id 404 (facts §4).
Where the facts are silent the fake's behaviour is inferred and marked so in the code.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from ._mabl_base import (
    DEFAULT_ACCOUNT,
    DEFAULT_KEY,
    DEFAULT_WORKSPACE,
    KEY_USER,
    OTHER_KEY,
    OTHER_WORKSPACE,
    REPORTING_KEY,
)
from ._mabl_model import Plan, millis
from ._mabl_reports import Reports
from ._mabl_resources import Resources

__all__ = [
    "APPLICATION",
    "DEFAULT_ACCOUNT",
    "DEFAULT_KEY",
    "DEFAULT_WORKSPACE",
    "ENVIRONMENT",
    "OTHER_KEY",
    "OTHER_WORKSPACE",
    "REGRESSION_PLAN",
    "REPORTING_KEY",
    "SMOKE_PLAN",
    "MablFake",
]

APPLICATION = "fakeApplication01-a"
ENVIRONMENT = "fakeEnvironment01-e"
SMOKE_PLAN = "fakeSmokePlan0001-p"
REGRESSION_PLAN = "fakeRegressPlan01-p"
OTHER_APPLICATION = "otherApplication1-a"


class MablFake(Reports, Resources):
    """A stateful fake of mabl's REST API.

    Args:
        api_key: The Workspace admin key of :data:`DEFAULT_WORKSPACE` (more: :meth:`add_key`).
        **options: ``strict``, ``faults``, ``clock``: see :class:`~qaclients_fakes.Fake`.

    Attributes:
        items: Stored resources by kind and id (JSON as the API returns it, plus ``_``-prefixed bookkeeping).
        plans, plan_runs: Plans by id (set ``plan.script`` to play a run's course) and the runs events started.
        keys, workspaces, users, exports, history, activity: the rest of the state, inspectable.
    """

    def __init__(self, *, api_key: str = DEFAULT_KEY, token: str | None = None, **options: Any) -> None:
        super().__init__(**options)
        self.workspaces = {DEFAULT_WORKSPACE: DEFAULT_ACCOUNT, OTHER_WORKSPACE: "otherAccount0002"}
        self.add_key(token or api_key, "workspace_admin")
        self.add_key(REPORTING_KEY, "reporting")
        self.add_key(OTHER_KEY, "workspace_admin", workspace_id=OTHER_WORKSPACE)
        self.concurrency_limits = {DEFAULT_WORKSPACE: {"browser": 10, "api": 5}}
        self._seed_workspace()

    def seed(self, count: int) -> None:
        """Add ``count`` finished test runs of the smoke plan's tests, one an hour back from now (every fifth
        failed): history for the batch results, paging and the usage reports. The same on every call."""
        with self.lock:
            now = self.clock.now()
            tests = self.plans[SMOKE_PLAN].tests
            for i in range(count):
                start = now - timedelta(hours=count - i)
                test_id, name = tests[i % len(tests)]
                status = "failed" if i % 5 == 4 else "completed"
                self.history.append(
                    {
                        "test_run_id": self.new_id("jr", "history"),
                        "test_id": test_id,
                        "test_version": "0",
                        "test_name": name,
                        "test_type": "browser",
                        "plan_id": SMOKE_PLAN,
                        "plan_name": "Smoke",
                        "application_id": APPLICATION,
                        "environment_id": ENVIRONMENT,
                        "browser": "chrome",
                        "execution_runner_type": "cloud",
                        "trigger_type": "schedule",
                        "is_ad_hoc_run": False,
                        "start_time": millis(start),
                        "end_time": millis(start + timedelta(minutes=2)),
                        "run_time": 120_000,
                        "status": status,
                        "success": status == "completed",
                        "_workspace_id": DEFAULT_WORKSPACE,
                    }
                )

    def _seed_workspace(self) -> None:
        now = self.now_ms()
        audit = {
            "created_time": now,
            "created_by_id": KEY_USER,
            "last_updated_time": now,
            "last_updated_by_id": KEY_USER,
        }
        ws = DEFAULT_WORKSPACE
        self.items["applications"][APPLICATION] = {
            "id": APPLICATION,
            "workspace_id": ws,
            "organization_id": ws,
            "name": "Storefront",
            **audit,
        }
        self.items["applications"][OTHER_APPLICATION] = {
            "id": OTHER_APPLICATION,
            "workspace_id": OTHER_WORKSPACE,
            "organization_id": OTHER_WORKSPACE,
            "name": "Other",
            **audit,
        }
        self.items["environments"][ENVIRONMENT] = {
            "id": ENVIRONMENT,
            "workspace_id": ws,
            "organization_id": ws,
            "name": "Staging",
            "variables": {"BASE_URL": "https://staging.example.com"},
            "link_agent_labels": ["staging-agent"],
            **audit,
        }
        tests = [
            ("fakeTestLogin0001-j", "Login"),
            ("fakeTestCheckout1-j", "Checkout"),
            ("fakeTestSearch001-j", "Search"),
        ]
        for test_id, name in tests:
            self.items["tests"][test_id] = {
                "id": test_id,
                "workspace_id": ws,
                "name": name,
                "labels": [{"name": "smoke"}],
                "enabled": True,
                "test_type": "browser",
                "test_source": "mabl_cloud",
                **audit,
            }
        self.items["flows"]["fakeFlowLogin001-f"] = {
            "id": "fakeFlowLogin001-f",
            "workspace_id": ws,
            "description": "Log in",
            "flow_type": "mablscript",
            **audit,
        }
        self.plans[SMOKE_PLAN] = Plan(SMOKE_PLAN, "Smoke", ws, ["smoke"], APPLICATION, ENVIRONMENT, tests[:2])
        self.plans[REGRESSION_PLAN] = Plan(
            REGRESSION_PLAN, "Regression", ws, ["regression"], APPLICATION, ENVIRONMENT, tests[1:]
        )
        for name, age in (("staging-agent", 30), ("ci-agent", 3600)):
            agent_id = self.new_id("", "link")
            self.items["link_agents"][agent_id] = {
                "id": agent_id,
                "workspace_id": ws,
                "name": name,
                "status": "connected",
                "host": f"{name}.internal",
                "os": "linux",
                "created_time": now - 86_400_000,
                "heartbeat": now - 1000 * age,
            }
        self.users = {
            KEY_USER: {
                "id": KEY_USER,
                "email": "owner@example.com",
                "name": "Olive Owner",
                "roles": {ws: "owner"},
                "left": set(),
            },
            "fakeUser0002": {
                "id": "fakeUser0002",
                "email": "dana@example.com",
                "name": "Dana Tester",
                "roles": {ws: "editor"},
                "left": set(),
            },
            "fakeUser0003": {
                "id": "fakeUser0003",
                "email": "lee@example.com",
                "name": "Lee Former",
                "roles": {},
                "left": {ws},
            },
        }
