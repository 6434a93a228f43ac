"""Typed builders for test steps, assertions, variables and request authentication.

    from qaclients.runscope import assertion, basic_auth, pause_step, request_step, variable

    rs.add_step(bucket, test_id, request_step(
        "GET", "{{base_url}}/health",
        assertions=[assertion("response_status", "equal_number", 200)],
        variables=[variable("version", "response_json", "version")],
        auth=basic_auth("user", "secret"),
        scripts=['log("done");'],
    ))
    rs.add_step(bucket, test_id, pause_step(5))

Each builder returns the spec's tolerant ``StepWrite`` (``Assertion``, ``Variable``, ``AuthWrite``); only what is
given is sent. A step read from the service (``RequestStep``, ``PauseStep``, ...) is accepted wherever a step is
taken, so GET, change, PUT works without rebuilding it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias

from runscope_client import models
from runscope_client.models import AssertionComparison, AssertionSource, VariableSource

from ._declarations import checked

__all__ = [
    "Step",
    "assertion",
    "basic_auth",
    "client_certificate_auth",
    "condition_step",
    "ghost_inspector_step",
    "new_step",
    "oauth1_auth",
    "oauth2_auth",
    "pause_step",
    "request_step",
    "subtest_step",
    "variable",
]

if TYPE_CHECKING:
    from runscope_client.models import (
        Assertion,
        AuthWrite,
        ConditionStep,
        GhostInspectorStep,
        HeaderMap,
        PauseStep,
        RequestStep,
        StepWrite,
        SubtestStep,
        Variable,
    )

    Step: TypeAlias = StepWrite | RequestStep | PauseStep | ConditionStep | GhostInspectorStep | SubtestStep
    """Anything a step can be given as: a builder's ``StepWrite`` or a step read from the service."""
else:

    def __getattr__(name: str) -> Any:
        # ``Step`` is built on first use: the six step models are not imported by ``import qaclients.runscope``.
        if name == "Step":
            step = globals()["Step"] = (
                models.StepWrite
                | models.RequestStep
                | models.PauseStep
                | models.ConditionStep
                | models.GhostInspectorStep
                | models.SubtestStep
            )
            return step
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


Headers: TypeAlias = Mapping[str, str | Sequence[str]]


def _given(**fields: Any) -> dict[str, Any]:
    return {name: value for name, value in fields.items() if value is not None}


def _header_map(values: Headers | None) -> HeaderMap | None:
    if values is None:
        return None
    return models.HeaderMap.from_dict({name: v if isinstance(v, str) else list(v) for name, v in values.items()})


def new_step(step: Step) -> StepWrite:
    """``step`` as the body adding or replacing a step (a step read from the service is converted)."""
    return step if isinstance(step, models.StepWrite) else models.StepWrite.from_dict(step.to_dict())


@checked
def assertion(
    source: AssertionSource | str,
    comparison: AssertionComparison | str,
    value: str | float | bool | None = None,
    *,
    property: str | None = None,
) -> Assertion:
    """An assertion: ``source`` (response_status, response_json, ...), ``comparison`` (equal, equal_number, ...)."""
    return models.Assertion(**_given(source=str(source), comparison=str(comparison), value=value, property_=property))


@checked
def variable(name: str, source: VariableSource | str, property: str | None = None) -> Variable:
    """A variable extracted from the response (``property``: header name, JSON path or XPath)."""
    return models.Variable(**_given(name=name, source=str(source), property_=property))


@checked
def basic_auth(username: str, password: str) -> AuthWrite:
    """HTTP Basic authentication."""
    return models.AuthWrite(auth_type="basic", username=username, password=password)


@checked
def oauth1_auth(
    consumer_key: str,
    consumer_secret: str,
    *,
    access_token: str | None = None,
    token_secret: str | None = None,
    signature_type: str = "auth_header",
) -> AuthWrite:
    """OAuth 1.0a (``signature_type``: auth_header, query or body)."""
    fields = _given(access_token=access_token, token_secret=token_secret)
    return models.AuthWrite(
        auth_type="oauth_1",
        consumer_key=consumer_key,
        consumer_secret=consumer_secret,
        signature_type=signature_type,
        **fields,
    )


@checked
def oauth2_auth(access_token: str, *, token_location: str = "auth_header", **more: str | bool) -> AuthWrite:  # noqa: S107
    """OAuth 2.0 with a ready access token; ``more``: grant_type, client_id, client_secret, scope, ..."""
    return models.AuthWrite.from_dict(
        {"auth_type": "oauth_2", "access_token": access_token, "token_location": token_location, **more}
    )


def client_certificate_auth() -> AuthWrite:
    """Authenticate with the environment's client certificate."""
    return models.AuthWrite(auth_type="client_certificate")


@checked
def request_step(
    method: str,
    url: str,
    *,
    body: str | None = None,
    headers: Headers | None = None,
    form: Headers | None = None,
    assertions: Iterable[Assertion] = (),
    variables: Iterable[Variable] = (),
    auth: AuthWrite | None = None,
    scripts: Iterable[str] = (),
    before_scripts: Iterable[str] = (),
    note: str | None = None,
    skipped: bool | None = None,
) -> StepWrite:
    """An HTTP request step; ``url`` may hold variables such as ``{{base_url}}``."""
    return models.StepWrite(
        step_type=models.StepType.REQUEST,
        method=method.upper(),
        url=url,
        assertions=list(assertions),
        variables=list(variables),
        scripts=list(scripts),
        before_scripts=list(before_scripts),
        **_given(
            body=body, headers=_header_map(headers), form=_header_map(form), auth=auth, note=note, skipped=skipped
        ),
    )


@checked
def pause_step(seconds: int, *, note: str | None = None) -> StepWrite:
    """Pause the test for 1 to 120 seconds.

    Raises:
        ValueError: ``seconds`` is outside 1..120 (the service refuses it).
    """
    if not 1 <= seconds <= 120:
        raise ValueError(f"a pause lasts 1 to 120 seconds, not {seconds}")
    return models.StepWrite(step_type=models.StepType.PAUSE, duration=seconds, **_given(note=note))


@checked
def condition_step(
    left_value: str,
    comparison: AssertionComparison | str,
    right_value: str | None = None,
    *,
    steps: Iterable[Step] = (),
    note: str | None = None,
) -> StepWrite:
    """Run ``steps`` only when ``left_value <comparison> right_value`` holds."""
    return models.StepWrite(
        step_type=models.StepType.CONDITION,
        left_value=left_value,
        comparison=str(comparison),
        steps=[new_step(step) for step in steps],
        **_given(right_value=right_value, note=note),
    )


@checked
def ghost_inspector_step(
    integration_id: str,
    suite_id: str,
    test_id: str,
    *,
    start_url: str | None = None,
    assertions: Iterable[Assertion] = (),
    variables: Iterable[Variable] = (),
) -> StepWrite:
    """Run a Ghost Inspector test through the team's integration ``integration_id``."""
    return models.StepWrite(
        step_type=models.StepType.GHOST_INSPECTOR,
        integration_id=integration_id,
        suite_id=suite_id,
        test_id=test_id,
        is_custom_start_url=start_url is not None,
        assertions=list(assertions),
        variables=list(variables),
        **_given(start_url=start_url),
    )


@checked
def subtest_step(
    test_id: str,
    *,
    bucket_key: str,
    environment_id: str | None = None,
    params: Mapping[str, str] | None = None,
    assertions: Iterable[Assertion] = (),
    variables: Iterable[Variable] = (),
) -> StepWrite:
    """Run another test (``params`` become its variables) and assert on its result."""
    return models.StepWrite(
        step_type=models.StepType.SUBTEST,
        test_uuid=test_id,
        bucket_key=bucket_key,
        params=[models.SubtestParam(name=name, value=value) for name, value in (params or {}).items()],
        assertions=list(assertions),
        variables=list(variables),
        **_given(environment_uuid=environment_id),
    )
