"""The Stack Moxie fake's rules the docs leave open, as data and pure functions: cogs and their auth fields, what
makes a scenario definition malformed, and what a run's log says. Every rule here is inferred."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._fake import FakeHTTPError

__all__ = [
    "AUTH_FIELDS",
    "check_definition",
    "checked_auth",
    "definition_problem",
    "registry_entry",
    "sample_step",
    "step_results",
]

# Inferred: the docs say a connection's auth must hold "the fields required to connect the given cog" without
# listing them; these are the fields each platform's API login needs.
AUTH_FIELDS: Mapping[str, tuple[str, ...]] = {
    "automatoninc/dynamics": ("resource", "clientId", "clientSecret"),
    "automatoninc/eloqua": ("company", "username", "password"),
    "stackmoxie/hubspot": ("accessToken",),
    "automatoninc/marketo": ("endpoint", "clientId", "clientSecret"),
    "automatoninc/pardot": ("businessUnitId", "clientId", "clientSecret"),
    "automatoninc/salesforce": ("instanceUrl", "clientId", "clientSecret"),
}


def sample_step(cog: str) -> dict[str, Any]:
    """A step any organization can run: one check on one cog."""
    return {"cog": cog, "stepId": "CheckRecord", "name": "Check a record", "data": {}}


def registry_entry(cog: str, fields: tuple[str, ...]) -> dict[str, Any]:
    vendor, _, name = cog.partition("/")
    return {
        "name": cog,
        "label": name.title(),
        "version": "1.0.0",
        "homepage": f"https://github.com/{vendor}/cog-{name}",
        "authHelpUrl": f"https://docs.stackmoxie.com/cogs/{name}",
        "stepDefinitionsList": [{"stepId": "CheckRecord", "name": "Check a record"}],
        "authFieldsList": [{"field": field, "type": "string"} for field in fields],
    }


def step_results(steps: list[dict[str, Any]], final: str) -> list[dict[str, Any]]:
    """The log of a run's steps: all pass but the last, which ends as the run does."""
    results = []
    for index, step in enumerate(steps):
        outcome = final if index == len(steps) - 1 else "Passed"
        label = step.get("name") or step.get("stepId") or f"Step {index + 1}"
        results.append(
            {
                "outcome": outcome,
                "message": f"{label}: {outcome.lower()}",
                "cog": step.get("cog", ""),
                "stepId": step.get("stepId", ""),
                "stepData": dict(step.get("data", {})),
            }
        )
    return results


def checked_auth(cog: str, auth: Mapping[str, Any] | None) -> dict[str, Any]:
    missing = [field for field in AUTH_FIELDS[cog] if not (auth or {}).get(field)]
    if missing:
        raise FakeHTTPError(422, f"The auth details for {cog} are missing {', '.join(missing)}.")
    return dict(auth or {})


def definition_problem(body: Mapping[str, Any]) -> str | None:
    """Why a definition cannot run (inferred: each step needs a cog and a stepId, and the cog must exist)."""
    for index, step in enumerate(body["definition"].get("steps") or []):
        if not step.get("cog") or not step.get("stepId"):
            return f"step {index + 1} needs a cog and a stepId"
        if step["cog"] not in AUTH_FIELDS:
            return f"step {index + 1} uses the unknown cog {step['cog']}"
    return None


def check_definition(body: Mapping[str, Any]) -> None:
    problem = definition_problem(body)
    if problem is not None:
        raise FakeHTTPError(422, f"The scenario definition is malformed: {problem}.")
