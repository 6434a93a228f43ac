"""The spec diff, change kind by change kind, on a copy of the real Testmo spec."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen._specdiff import RULES, compare

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "specs/testmo/openapi.yaml").read_text(encoding="utf-8"))
LIST = "/projects/{project_id}/automation/runs"
ONE = "/automation/runs/{automation_run_id}"
Mutation = Callable[[dict[str, Any]], None]


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["components"]["schemas"]


def run_fields(spec: dict[str, Any]) -> dict[str, Any]:
    return schemas(spec)["AutomationRun"]["allOf"][1]


def list_params(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return spec["paths"][LIST]["get"]["parameters"]


def param(spec: dict[str, Any], name: str) -> dict[str, Any]:
    return next(p for p in list_params(spec) if p.get("name") == name)


def add_operation(spec: dict[str, Any]) -> None:
    spec["paths"]["/automation/runs/{automation_run_id}/tags"] = {
        "get": {
            "operationId": "list_automation_run_tags",
            "summary": "Tags.",
            "tags": ["automation_runs"],
            "parameters": [{"$ref": "#/components/parameters/AutomationRunId"}],
            "responses": {"200": {"description": "ok"}, "404": {"$ref": "#/components/responses/NotFound"}},
        }
    }


def rename_operation(spec: dict[str, Any]) -> None:
    spec["paths"][ONE]["get"]["operationId"] = "fetch_automation_run"


def move_operation(spec: dict[str, Any]) -> None:
    spec["paths"]["/runs/{automation_run_id}"] = spec["paths"].pop(ONE)


def add_param(required: bool) -> Mutation:
    def mutate(spec: dict[str, Any]) -> None:
        list_params(spec).append(
            {"name": "is_completed", "in": "query", "required": required, "schema": {"type": "integer"}}
        )

    return mutate


def remove_param(spec: dict[str, Any]) -> None:
    list_params(spec).remove(param(spec, "tags"))


def rename_param(spec: dict[str, Any]) -> None:
    param(spec, "created_by")["name"] = "creator_ids"


def require_tags(spec: dict[str, Any]) -> None:
    param(spec, "tags")["required"] = True


def retype_param(spec: dict[str, Any]) -> None:
    param(spec, "page")["schema"] = {"type": "string"}


def sort_order(values: list[str]) -> Mutation:
    def mutate(spec: dict[str, Any]) -> None:
        schemas(spec)["SortOrder"]["enum"] = values

    return mutate


def create_run(spec: dict[str, Any]) -> dict[str, Any]:
    return schemas(spec)["CreateAutomationRun"]


def add_request_field(required: bool) -> Mutation:
    def mutate(spec: dict[str, Any]) -> None:
        create_run(spec)["properties"]["owner"] = {"type": "string"}
        if required:
            create_run(spec)["required"].append("owner")

    return mutate


def config_enum(values: list[str]) -> Mutation:
    def mutate(spec: dict[str, Any]) -> None:
        create_run(spec)["properties"]["config"] = {"type": "string", "enum": values}

    return mutate


def body_of_get(required: bool) -> Mutation:
    def mutate(spec: dict[str, Any]) -> None:
        content = {"application/json": {"schema": {"type": "object"}}}
        spec["paths"][ONE]["get"]["requestBody"] = {"required": required, "content": content}

    return mutate


def form_body(spec: dict[str, Any]) -> None:
    content = spec["paths"][LIST]["post"]["requestBody"]["content"]
    content["application/x-www-form-urlencoded"] = content["application/json"]


def csv_response(spec: dict[str, Any]) -> None:
    spec["paths"][ONE]["get"]["responses"]["200"]["content"]["text/csv"] = {"schema": {"type": "string"}}


def accepted(spec: dict[str, Any]) -> None:
    spec["paths"][ONE]["get"]["responses"]["202"] = {"description": "Accepted."}


def nullable_total(spec: dict[str, Any]) -> None:
    schemas(spec)["AutomationRunList"]["properties"]["total"] = {"type": ["integer", "null"]}


def nullable_milestone(spec: dict[str, Any]) -> None:
    create_run(spec)["properties"]["milestone"] = {"type": ["string", "null"]}


def optional_create_body(spec: dict[str, Any]) -> None:
    spec["paths"][LIST]["post"]["requestBody"]["required"] = False


def run_finished_webhook(spec: dict[str, Any]) -> None:
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/AutomationRunResponse"}}}}
    spec["webhooks"] = {"run_finished": {"post": {"requestBody": body, "responses": {"200": {"description": "ok"}}}}}


def cases() -> list[Any]:
    def case(name: str, mutate: Mutation, *expected: tuple[str, str], before: Mutation | None = None) -> Any:
        return pytest.param(mutate, before, expected, id=name)

    op_list = f"list_automation_runs (GET {LIST})"
    op_get = f"get_automation_run (GET {ONE})"
    op_create = f"create_automation_run (POST {LIST})"
    return [
        case("no change", lambda s: None),
        case(
            "ref inlined is no change", lambda s: schemas(s)["Artifact"]["properties"].update(note={"type": "string"})
        ),
        case("operation added", add_operation, ("operation.added", "list_automation_run_tags")),
        case("operation removed", lambda s: s["paths"].pop(ONE), ("operation.removed", "get_automation_run")),
        case("operation renamed", rename_operation, ("operation.renamed", "`get_automation_run` renamed")),
        case("operation moved", move_operation, ("operation.moved", f"moved from GET {ONE}")),
        case("parameter added, optional", add_param(False), ("parameter.added.optional", "`is_completed` added")),
        case("parameter added, required", add_param(True), ("parameter.added.required", "`is_completed` added")),
        case("parameter removed", remove_param, ("parameter.removed", "query parameter `tags` removed")),
        case("parameter renamed", rename_param, ("parameter.renamed", "`created_by` renamed to `creator_ids`")),
        case("parameter made required", require_tags, ("parameter.required", "`tags` made required")),
        case(
            "parameter made optional",
            lambda s: None,
            ("parameter.optional", "`tags` made optional"),
            before=require_tags,
        ),
        case("parameter retyped", retype_param, ("parameter.retyped", "`page` retyped: integer -> string")),
        case("parameter enum value added", sort_order(["asc", "desc", "rank"]), ("parameter.enum.added", "'rank'")),
        case("parameter enum value removed", sort_order(["asc"]), ("parameter.enum.removed", "'desc'")),
        case(
            "request field added, optional",
            add_request_field(False),
            ("request.field.added.optional", f"{op_create}: request body field `owner` added (optional)"),
        ),
        case(
            "request field added, required",
            add_request_field(True),
            ("request.field.added.required", "field `owner` added (required)"),
        ),
        case(
            "request field removed",
            lambda s: create_run(s)["properties"].pop("config"),
            ("request.field.removed", "request body field `config` removed"),
        ),
        case(
            "request field retyped",
            lambda s: create_run(s)["properties"].update(config_id={"type": "string"}),
            ("request.field.retyped", "field `config_id` retyped: integer -> string"),
        ),
        case(
            "request field made required",
            lambda s: create_run(s)["required"].append("tags"),
            ("request.field.required", "field `tags` made required"),
        ),
        case(
            "request field made nullable",
            lambda s: create_run(s)["properties"].update(milestone={"type": ["string", "null"]}),
            ("request.field.nullable", "field `milestone` made nullable"),
        ),
        case(
            "nested request field removed",
            lambda s: schemas(s)["Link"]["properties"].pop("note"),
            ("request.field.removed", "append_automation_run (POST /automation/runs/{automation_run_id}/append)"),
            ("request.field.removed", f"{op_create}: request body field `links[].note` removed"),
            ("response.field.removed", "field `result.links[].note` removed"),
            ("response.field.removed", "field `result[].links[].note` removed"),
        ),
        case(
            "response field added",
            lambda s: schemas(s)["AutomationRunList"]["properties"].update(cursor={"type": "string"}),
            ("response.field.added", f"{op_list}: response 200 field `cursor` added"),
        ),
        case(
            "response field removed",
            lambda s: run_fields(s)["properties"].pop("elapsed"),
            ("response.field.removed", f"{op_get}: response 200 field `result.elapsed` removed"),
            ("response.field.removed", f"{op_list}: response 200 field `result[].elapsed` removed"),
        ),
        case(
            "response field retyped",
            lambda s: run_fields(s)["properties"].update(thread_count={"type": "string"}),
            ("response.field.retyped", "`result.thread_count` retyped: integer -> string"),
            ("response.field.retyped", "`result[].thread_count` retyped: integer -> string"),
        ),
        case(
            "response field made required",
            lambda s: schemas(s)["AutomationRunResponse"]["required"].append("expands"),
            ("response.field.required", "field `expands` made required"),
        ),
        case(
            "response field made optional",
            lambda s: schemas(s)["AutomationRunResponse"]["required"].remove("result"),
            ("response.field.optional", "field `result` made optional"),
        ),
        case(
            "response field made nullable",
            lambda s: schemas(s)["AutomationRunList"]["properties"].update(total={"type": ["integer", "null"]}),
            ("response.field.nullable", "field `total` made nullable"),
        ),
        case(
            "response enum value added",
            lambda s: schemas(s)["RunStatus"]["enum"].append(5),
            ("response.enum.added", "`result.status` enum value 5 added"),
            ("response.enum.added", "`result.threads[].status` enum value 5 added"),
            ("response.enum.added", "`result[].status` enum value 5 added"),
            ("response.enum.added", "`result[].threads[].status` enum value 5 added"),
        ),
        case(
            "response enum value removed",
            lambda s: schemas(s)["RunStatus"]["enum"].remove(4),
            ("response.enum.removed", "`result.status` enum value 4 removed"),
            ("response.enum.removed", "`result.threads[].status` enum value 4 removed"),
            ("response.enum.removed", "`result[].status` enum value 4 removed"),
            ("response.enum.removed", "`result[].threads[].status` enum value 4 removed"),
        ),
        case(
            "success status added",
            lambda s: s["paths"][ONE]["get"]["responses"].update({"202": {"description": "Accepted."}}),
            ("status.success.added", f"{op_get}: status 202 added"),
        ),
        case(
            "error status added",
            lambda s: s["paths"][ONE]["get"]["responses"].update({"429": {"$ref": "#/components/responses/Forbidden"}}),
            ("status.error.added", f"{op_get}: status 429 added"),
        ),
        case(
            "error status removed",
            lambda s: s["paths"][ONE]["get"]["responses"].pop("422"),
            ("status.error.removed", f"{op_get}: status 422 removed"),
        ),
        case(
            "request body made optional",
            lambda s: s["paths"][LIST]["post"]["requestBody"].update(required=False),
            ("request.body.optional", f"{op_create}: request body made optional"),
        ),
        case(
            "auth scheme changed",
            lambda s: s["components"]["securitySchemes"].update(
                bearerAuth={"type": "apiKey", "in": "header", "name": "X-Token"}
            ),
            ("auth.scheme.changed", "security scheme `bearerAuth` type: http -> apiKey"),
            ("auth.scheme.changed", "security scheme `bearerAuth` in: None -> header"),
            ("auth.scheme.changed", "security scheme `bearerAuth` name: None -> X-Token"),
            ("auth.scheme.changed", "security scheme `bearerAuth` scheme: bearer -> None"),
        ),
        case(
            "auth changed on one operation",
            lambda s: s["paths"][ONE]["get"].update(security=[{"basicAuth": []}]),
            ("auth.changed", f"{op_get}: auth changed: bearerAuth -> basicAuth"),
        ),
        case(
            "auth alternative added on one operation",
            lambda s: s["paths"][ONE]["get"].update(security=[{"bearerAuth": []}, {"basicAuth": []}]),
            ("auth.alternative.added", f"{op_get}: auth alternative basicAuth added"),
        ),
        case("request body added, optional", body_of_get(False), ("request.body.added.optional", "(optional)")),
        case("request body added, required", body_of_get(True), ("request.body.added.required", "(required)")),
        case(
            "request body removed",
            lambda s: s["paths"][LIST]["post"].pop("requestBody"),
            ("request.body.removed", f"{op_create}: request body removed"),
        ),
        case(
            "request body made required",
            lambda s: None,
            ("request.body.required", "request body made required"),
            before=optional_create_body,
        ),
        case(
            "request content type added",
            form_body,
            ("request.media.added", "content type application/x-www-form-urlencoded added"),
        ),
        case(
            "request content type removed",
            lambda s: None,
            ("request.media.removed", "content type application/x-www-form-urlencoded removed"),
            before=form_body,
        ),
        case(
            "request field made optional",
            lambda s: create_run(s)["required"].remove("source"),
            ("request.field.optional", "field `source` made optional"),
        ),
        case(
            "request field made non-nullable",
            lambda s: None,
            ("request.field.non_nullable", "field `milestone` made non-nullable"),
            before=nullable_milestone,
        ),
        case(
            "request enum value added",
            config_enum(["a", "b", "c"]),
            ("request.enum.added", "field `config` enum value 'c' added"),
            before=config_enum(["a", "b"]),
        ),
        case(
            "request enum value removed",
            config_enum(["a"]),
            ("request.enum.removed", "field `config` enum value 'b' removed"),
            before=config_enum(["a", "b"]),
        ),
        case(
            "response field made non-nullable",
            lambda s: None,
            ("response.field.non_nullable", "field `total` made non-nullable"),
            before=nullable_total,
        ),
        case("response content type added", csv_response, ("response.media.added", "content type text/csv added")),
        case(
            "response content type removed",
            lambda s: None,
            ("response.media.removed", "content type text/csv removed"),
            before=csv_response,
        ),
        case(
            "success status removed",
            lambda s: None,
            ("status.success.removed", f"{op_get}: status 202 removed"),
            before=accepted,
        ),
        case("webhook added", run_finished_webhook, ("webhook.added", "webhook run_finished (POST): webhook added")),
        case(
            "webhook removed",
            lambda s: None,
            ("webhook.removed", "webhook run_finished (POST): webhook removed"),
            before=run_finished_webhook,
        ),
        case(
            "webhook payload field removed",
            lambda s: (run_finished_webhook(s), schemas(s)["AutomationRunResponse"]["properties"].pop("expands")),
            ("response.field.removed", "webhook run_finished (POST): payload field `expands` removed"),
            ("response.field.removed", "response 200 field `expands` removed"),
            before=run_finished_webhook,
        ),
        case(
            "auth scheme removed",
            lambda s: s["components"]["securitySchemes"].pop("bearerAuth"),
            ("auth.scheme.removed", "security scheme `bearerAuth` removed"),
        ),
    ]


@pytest.mark.parametrize(("mutate", "before", "expected"), cases())
def test_each_change_kind_is_reported_and_classified(
    mutate: Mutation, before: Mutation | None, expected: tuple[tuple[str, str], ...]
) -> None:
    old = copy.deepcopy(SPEC)
    if before is not None:
        before(old)
    new = copy.deepcopy(SPEC)
    mutate(new)

    changes = compare(old, new)

    assert sorted(c.kind for c in changes) == sorted(kind for kind, _ in expected)
    for kind, text in expected:
        matching = [c for c in changes if c.kind == kind and text in c.line()]
        assert matching, f"no {kind} change mentioning {text!r} in {[c.line() for c in changes]}"
        assert all(c.breaking is RULES[kind][0] for c in matching)


@pytest.mark.parametrize(
    ("kind", "breaking"),
    [
        ("response.field.removed", True),
        ("request.field.added.required", True),
        ("request.field.added.optional", False),
        ("parameter.added.optional", False),
        ("operation.removed", True),
        ("operation.added", False),
        ("response.field.added", False),
    ],
)
def test_the_issue_s_examples_are_classified_as_it_says(kind: str, breaking: bool) -> None:
    assert RULES[kind][0] is breaking


def test_a_vendor_new_since_the_base_is_all_additions() -> None:
    changes = compare(None, SPEC)

    assert {c.kind for c in changes} == {"operation.added"}
    assert len(changes) == 8
    assert not any(c.breaking for c in changes)


def test_the_realistic_change_a_run_field_removed_and_a_new_optional_filter() -> None:
    new = copy.deepcopy(SPEC)
    run_fields(new)["properties"].pop("elapsed")
    add_param(False)(new)

    lines = [("BREAKING" if c.breaking else "compatible", c.line()) for c in compare(SPEC, new)]

    assert lines == [
        (
            "BREAKING",
            f"get_automation_run (GET {ONE}): response 200 field `result.elapsed` removed — readers of it break",
        ),
        (
            "BREAKING",
            f"list_automation_runs (GET {LIST}): response 200 field `result[].elapsed` removed — readers of it break",
        ),
        (
            "compatible",
            f"list_automation_runs (GET {LIST}): query parameter `is_completed` added (optional)"
            " — a new keyword argument with a default",
        ),
    ]


def test_every_change_kind_has_a_case_above() -> None:
    covered = {kind for case in cases() for kind, _ in case.values[2]}

    assert covered == set(RULES)


def test_the_maintainers_guide_lists_every_change_kind_with_its_class() -> None:
    guide = (Path(__file__).resolve().parents[2] / "CONTRIBUTING.md").read_text(encoding="utf-8")

    for kind, (breaking, why) in RULES.items():
        assert f"| `{kind}` | {'**breaking**' if breaking else 'compatible'} | {why} |" in guide
