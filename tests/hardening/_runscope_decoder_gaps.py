"""What the bad-responses mutation test found in Runscope's generated decoders and is not fixed yet (each a template
change, which regenerates every vendor): those examples are strict xfails, so a fix shows as XPASS and fails."""

from __future__ import annotations

_UNION = (
    "a oneOf (steps: request | pause | condition | ghost inspector | subtest; create_tests: Test | [Test]) is decoded "
    "by trying each variant, and when all refuse the error names the union's place, not the member that is wrong"
)
_NO_AUTH = (
    "an environment's auth oneOf includes NoAuth (maxProperties: 0), which the decoder does not enforce: a BasicAuth "
    "with a wrong member is taken as NoAuth with extra members instead of refused"
)

RUNSCOPE_DECODER_GAPS: dict[str, str] = {
    "create_shared_environment.response.201.json": _NO_AUTH,
    "create_test_environment.response.201.json": _NO_AUTH,
    "get_shared_environment.response.200.json": _NO_AUTH,
    "get_test_environment.response.200.json": _NO_AUTH,
    "list_shared_environments.response.200.json": _NO_AUTH,
    "list_test_environments.response.200.json": _NO_AUTH,
    "replace_shared_environment.response.200.json": _NO_AUTH,
    "replace_test_environment.response.200.json": _NO_AUTH,
    "create_test_step.response.201.json": _UNION,
    "create_test_step.response.201.condition.json": _UNION,
    "create_test_step.response.201.ghost-inspector.json": _UNION,
    "create_test_step.response.201.subtest.json": _UNION,
    "create_tests.response.201.json": _UNION,
    "get_test.response.200.json": _UNION,
    "get_test_step.response.200.json": _UNION,
    "update_test.response.200.json": _UNION,
}
"""Example file name → why the decoder does not yet refuse exactly what the spec refuses, naming the place."""
