"""BlazeMeter API Monitoring (Runscope): every operation, paged lists, trigger-and-wait, OAuth, notifications.

    from qaclients.runscope import Runscope, assertion, request_step

    with Runscope.from_env() as rs:                         # RUNSCOPE_TOKEN (RUNSCOPE_BASE_URL optional)
        bucket = rs.buckets()[0]
        ok = assertion("response_status", "equal_number", 200)
        test = rs.create_test(bucket.key, "Health", steps=[request_step("GET", "https://x.test/", assertions=[ok])])
        for run in rs.begin_trigger(test).result(timeout=300).runs:   # one run per environment region
            print(run.region, run.result, run.assertions_failed)
        for past in rs.results(bucket.key, test.id, max_items=100):  # newest first, back in time
            print(past.test_run_id, past.result)

A failed or canceled run makes ``result()`` raise :class:`~qaclients.core.OperationFailed` carrying the same
:class:`TriggerResult`. ``AsyncRunscope`` has the same methods, awaited. Receiving notifications:
:func:`parse_notification`. OAuth: :func:`authorize_url` and ``Runscope.exchange_code``. The generated low-level
client stays reachable as ``rs.api``.
"""

from typing import TYPE_CHECKING

from qaclients.core._lazy import on_first_use

from ._client import Runscope
from ._notifications import parse_notification

if TYPE_CHECKING:
    from runscope_client.models import (
        Assertion,
        AuthWrite,
        BasicAuth,
        Bucket,
        ClientCertificateAuth,
        ConditionStep,
        Environment,
        EnvironmentWrite,
        GhostInspectorStep,
        NoAuth,
        OAuth1Auth,
        OAuth2Auth,
        PauseStep,
        Person,
        RequestStep,
        RunNotification,
        RunResult,
        Schedule,
        ScheduleInterval,
        StepWrite,
        SubtestStep,
        TestRun,
        Variable,
    )
    from runscope_client.models import Test as Test

    from ._async_client import AsyncRunscope
    from ._oauth import AccessToken, authorize_url
    from ._steps import (
        Step,
        assertion,
        basic_auth,
        client_certificate_auth,
        condition_step,
        ghost_inspector_step,
        oauth1_auth,
        oauth2_auth,
        pause_step,
        request_step,
        subtest_step,
        variable,
    )
    from ._trigger import FailedAssertion, RunReport, RunState, TriggerResult, TriggerStatus

__all__ = [
    "AccessToken",
    "Assertion",
    "AsyncRunscope",
    "AuthWrite",
    "BasicAuth",
    "Bucket",
    "ClientCertificateAuth",
    "ConditionStep",
    "Environment",
    "EnvironmentWrite",
    "FailedAssertion",
    "GhostInspectorStep",
    "NoAuth",
    "OAuth1Auth",
    "OAuth2Auth",
    "PauseStep",
    "Person",
    "RequestStep",
    "RunNotification",
    "RunReport",
    "RunResult",
    "RunState",
    "Runscope",
    "Schedule",
    "ScheduleInterval",
    "Step",
    "StepWrite",
    "SubtestStep",
    "Test",
    "TestRun",
    "TriggerResult",
    "TriggerStatus",
    "Variable",
    "assertion",
    "authorize_url",
    "basic_auth",
    "client_certificate_auth",
    "condition_step",
    "ghost_inspector_step",
    "oauth1_auth",
    "oauth2_auth",
    "parse_notification",
    "pause_step",
    "request_step",
    "subtest_step",
    "variable",
]


# Imported on first use, so that ``import qaclients.runscope`` defines the clients and little else: the async client
# (and asyncio with it), the step builders, triggering's result types, OAuth, and each model named here (``Step``
# is the union of the step models), none built before it is used.
# Hidden from type checkers, which see the imports above and keep rejecting names that are not there.
_ON_FIRST_USE = {
    "AsyncRunscope": "._async_client",
    "AccessToken": "._oauth",
    "authorize_url": "._oauth",
    **dict.fromkeys(["FailedAssertion", "RunReport", "RunState", "TriggerResult", "TriggerStatus"], "._trigger"),
    **dict.fromkeys(
        [
            "Step",
            "assertion",
            "basic_auth",
            "client_certificate_auth",
            "condition_step",
            "ghost_inspector_step",
            "oauth1_auth",
            "oauth2_auth",
            "pause_step",
            "request_step",
            "subtest_step",
            "variable",
        ],
        "._steps",
    ),
}
if not TYPE_CHECKING:
    _MODELS = frozenset(__all__) - {n for n in __all__ if n in globals()} - set(_ON_FIRST_USE)
    __getattr__, __dir__ = on_first_use(
        __name__, globals(), {**_ON_FIRST_USE, **dict.fromkeys(_MODELS, "runscope_client.models")}
    )
