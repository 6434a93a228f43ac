"""What is imported lazily stays lazy, and what is reached lazily still works; each check in a fresh interpreter.

Generated clients: ``<package>.models`` and every operation module import no model until one is used; every name in
``models.__all__`` resolves, also as the first model a process touches, and an operation decodes the spec's example
response when nothing imported its models before. Vendor modules: ``import qaclients.<vendor>`` imports neither its
async client nor asyncio, and the async client is there on first use; ``qaclients.core`` imports downloads and
pollers (and asyncio) only when they are used; ``import qaclients.<vendor>`` builds (almost) no generated model,
and each model it re-exports is the generated class on first use.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from codegen import load_vendors

ROOT = Path(__file__).resolve().parents[1]
VENDORS = sorted(load_vendors())
ASYNC_CLIENTS = {
    "testmo": "AsyncTestmo",
    "runscope": "AsyncRunscope",
    "stackmoxie": "AsyncStackMoxie",
    "browserstack_tm": "AsyncTestManagement",
    "mabl": "AsyncMabl",
}

# How many generated model modules ``import qaclients.<vendor>`` may load: the str enums the argument checks read (an
# enum is cheap; a model class costs attrs ~1 ms to build). A little above what it loads now, so a regression fails.
MODEL_MODULES_AT_IMPORT = {"testmo": 3, "runscope": 8, "stackmoxie": 12, "browserstack_tm": 3, "mabl": 3}


def run_fresh(code: str) -> object:
    """Run ``code`` in a new interpreter and return what it printed as JSON."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def package(vendor: str) -> str:
    return load_vendors()[vendor].package


@pytest.mark.parametrize("vendor", VENDORS)
def test_models_package_and_operations_import_no_model(vendor: str) -> None:
    got = run_fresh(f"""
        import importlib, json, pkgutil, sys
        import {package(vendor)}.models as models
        after_package = [m for m in sys.modules if m.startswith(models.__name__ + ".")]
        import {package(vendor)}.api as api
        operations = [m.name for m in pkgutil.walk_packages(api.__path__, api.__name__ + ".")]
        for name in operations:
            importlib.import_module(name)
        after_operations = [m for m in sys.modules if m.startswith(models.__name__ + ".")]
        print(json.dumps([len(models.__all__), len(operations), after_package, after_operations]))
    """)
    assert isinstance(got, list)
    names, operations, after_package, after_operations = got
    assert names > 0 and operations > 0
    assert after_package == []
    assert after_operations == []


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_model_name_resolves_even_as_the_first_one_touched(vendor: str) -> None:
    got = run_fresh(f"""
        import json, sys
        import {package(vendor)}.models as models
        prefix = models.__name__ + "."
        wrong = []
        for name in models.__all__:
            for loaded in [m for m in sys.modules if m.startswith(prefix)]:
                del sys.modules[loaded]  # every model in turn is the first one this process imports
                vars(models).pop(loaded.removeprefix(prefix), None)
            for cached in [n for n in vars(models) if n in models.__all__]:
                delattr(models, cached)
            value = getattr(models, name)
            if value.__name__ != name or not value.__module__.startswith(prefix):
                wrong.append(name)
        try:
            models.NoSuchModel
            wrong.append("NoSuchModel resolved")
        except AttributeError:
            pass
        print(json.dumps([wrong, sorted(set(models.__all__) - set(dir(models)))]))
    """)
    assert got == [[], []]


@pytest.mark.parametrize("vendor", VENDORS)
def test_an_operation_decodes_its_example_when_nothing_imported_its_models(vendor: str) -> None:
    examples = sorted((ROOT / "specs" / vendor / "examples").glob("*.response.2*.json"))
    if not examples:
        pytest.skip(f"{vendor} has no success response example")
    got = run_fresh(f"""
        import importlib, json, pkgutil, pathlib, sys
        import httpx
        import {package(vendor)}.api as api
        from {package(vendor)} import Client
        walked = pkgutil.walk_packages(api.__path__, api.__name__ + ".")
        operations = {{m.name.rpartition(".")[2]: m.name for m in walked}}
        client = Client(base_url="https://example.test", raise_on_unexpected_status=True)
        decoded = []
        for path in map(pathlib.Path, {[str(p) for p in examples]!r}):
            operation, _, status = path.name.removesuffix(".json").partition(".response.")
            status = status.partition(".")[0]  # <status>.<variant>.json: one of several examples
            if operation not in operations:
                continue
            module = importlib.import_module(operations[operation])
            for loaded in [m for m in sys.modules if m.startswith("{package(vendor)}.models.")]:
                del sys.modules[loaded]  # each example's models are imported by the decoding itself
            headers = {{"content-type": "application/json"}}
            response = httpx.Response(int(status), content=path.read_bytes(), headers=headers)
            parsed = module._parse_response(client=client, response=response)
            decoded.append([operation, parsed is not None])
        print(json.dumps(decoded))
    """)
    assert isinstance(got, list) and got, f"no example of {vendor} matched an operation module"
    assert [operation for operation, decoded in got if not decoded] == []


@pytest.mark.parametrize("vendor", sorted(ASYNC_CLIENTS))
def test_vendor_module_imports_its_async_client_on_first_use(vendor: str) -> None:
    name = ASYNC_CLIENTS[vendor]
    got = run_fresh(f"""
        import json, sys
        import qaclients.{vendor} as vendor
        before = ["asyncio" in sys.modules, "qaclients.{vendor}._async_client" in sys.modules]
        from qaclients.{vendor} import {name}
        from qaclients.{vendor}._async_client import {name} as direct
        print(json.dumps([before, {name} is direct, "{name}" in dir(vendor), "{name}" in vendor.__all__]))
    """)
    assert got == [[False, False], True, True, True]
    assert vendor in VENDORS


def test_core_imports_downloads_and_pollers_on_first_use() -> None:
    got = run_fresh("""
        import json, sys
        import qaclients.core as core
        lazy = ["qaclients.core._download", "qaclients.core._poller", "qaclients.core._polling", "asyncio"]
        before = [name for name in lazy if name in sys.modules]
        from qaclients.core import Poller, PollSchedule, download
        from qaclients.core._poller import Poller as direct
        missing = [name for name in core.__all__ if not hasattr(core, name)]
        print(json.dumps([before, Poller is direct, callable(download), PollSchedule.__module__, missing]))
    """)
    assert got == [[], True, True, "qaclients.core._polling", []]


@pytest.mark.parametrize("vendor", sorted(MODEL_MODULES_AT_IMPORT))
def test_vendor_module_builds_almost_no_model_at_import(vendor: str) -> None:
    got = run_fresh(f"""
        import enum, json, sys
        import qaclients.{vendor}
        prefix = "{package(vendor)}.models."
        loaded = [m for m in sys.modules if m.startswith(prefix)]
        not_enums = [
            m for m in loaded
            if not any(isinstance(v, type) and issubclass(v, enum.Enum) for v in vars(sys.modules[m]).values())
        ]
        print(json.dumps([len(loaded), not_enums]))
    """)
    assert isinstance(got, list)
    count, not_enums = got
    assert count <= MODEL_MODULES_AT_IMPORT[vendor]
    assert not_enums == []
    assert vendor in VENDORS


@pytest.mark.parametrize("vendor", sorted(MODEL_MODULES_AT_IMPORT))
def test_every_name_a_vendor_module_exports_resolves_on_first_use(vendor: str) -> None:
    got = run_fresh(f"""
        import json
        import qaclients.{vendor} as vendor
        from {package(vendor)} import models
        namespace = {{}}
        exec("from qaclients.{vendor} import *", namespace)
        missing = [name for name in vendor.__all__ if name not in namespace]
        not_generated = [
            name for name in vendor.__all__ if name in models.__all__ and namespace[name] is not getattr(models, name)
        ]
        print(json.dumps([missing, not_generated, sorted(set(vendor.__all__) - set(dir(vendor)))]))
    """)
    assert got == [[], [], []]


def test_runscope_step_and_trigger_target_are_the_unions_on_first_use() -> None:
    got = run_fresh("""
        import json, sys
        import qaclients.runscope as rs
        from qaclients.runscope._trigger import TriggerTarget
        from runscope_client import models
        step = set(rs.Step.__args__) == {
            models.StepWrite, models.RequestStep, models.PauseStep, models.ConditionStep, models.GhostInspectorStep,
            models.SubtestStep,
        }
        print(json.dumps([step, set(TriggerTarget.__args__) == {models.Test, models.Bucket, str}]))
    """)
    assert got == [True, True]


# -- mabl and BrowserStack: the workflows load with their first use -------------------------------------------------

# What ``import qaclients.<vendor>`` must not load: the async client, each workflow's statuses and results (frozen
# dataclasses, ~1 ms each to build), the resources (with the first client), and the core's pollers, downloads and
# paging that only those use.
DEFERRED_AT_IMPORT = {
    "mabl": [
        "qaclients.mabl._async_client",
        "qaclients.mabl._async_catalog",
        "qaclients.mabl._create",
        "qaclients.mabl._credentials",
        "qaclients.mabl._deployment",
        "qaclients.mabl._export",
        "qaclients.mabl._resources",
        "qaclients.core._polling",
        "qaclients.core._poller",
        "qaclients.core._download",
    ],
    "browserstack_tm": [
        "qaclients.browserstack_tm._async_client",
        "qaclients.browserstack_tm._operations",
        "qaclients.core._polling",
        "qaclients.core._poller",
    ],
}
# Each public name the vendor package defers, and the module that defines it.
DEFERRED_NAMES = {
    "mabl": {
        "AsyncMabl": "_async_client",
        "DeploymentCreateError": "_create",
        "ExportCreateError": "_create",
        "StoredCredentials": "_credentials",
        "DeploymentProgress": "_deployment",
        "DeploymentResult": "_deployment",
        "DeploymentStatus": "_deployment",
        "PlanAttempt": "_deployment",
        "PlanOutcome": "_deployment",
        "TestOutcome": "_deployment",
        "AsyncCompletedExport": "_export",
        "CompletedExport": "_export",
        "ExportState": "_export",
    },
    "browserstack_tm": {
        "AsyncTestManagement": "_async_client",
        "CloneStatus": "_operations",
        "Pair": "_operations",
        "TestCasesUpdate": "_operations",
        "TestCasesUpdateResult": "_operations",
    },
}


@pytest.mark.parametrize("vendor", sorted(DEFERRED_AT_IMPORT))
def test_mabl_and_browserstack_import_no_workflow_and_no_model(vendor: str) -> None:
    got = run_fresh(f"""
        import json, sys
        import qaclients.{vendor}
        deferred = {DEFERRED_AT_IMPORT[vendor]!r}
        models = [m for m in sys.modules if m.startswith("{package(vendor)}.models.")]
        print(json.dumps([[m for m in deferred if m in sys.modules], models]))
    """)
    assert got == [[], []]


# What ``import qaclients.<vendor>`` must not load: the generated endpoint modules (named by a builder when it runs),
# and the vendor's modules for what only a method needs (triggering, flows and waiting, OAuth, step builders,
# submissions, JUnit), with the core pieces only they use.
NOT_LOADED_AT_IMPORT = {
    "runscope": [
        "qaclients.runscope._async_client",
        "qaclients.runscope._oauth",
        "qaclients.runscope._steps",
        "qaclients.runscope._trigger",
        "qaclients.core._poller",
        "qaclients.core._polling",
    ],
    "stackmoxie": [
        "qaclients.stackmoxie._async_client",
        "qaclients.stackmoxie._flows",
        "qaclients.core._poller",
        "qaclients.core._polling",
    ],
    "testmo": [
        "qaclients.testmo._async_client",
        "qaclients.testmo._junit",
        "qaclients.testmo._submit",
        "qaclients.core._poller",
        "qaclients.core._polling",
        "concurrent.futures",
    ],
}


@pytest.mark.parametrize("vendor", sorted(NOT_LOADED_AT_IMPORT))
def test_vendor_import_loads_no_endpoint_module_nor_what_only_a_method_needs(vendor: str) -> None:
    got = run_fresh(f"""
        import json, sys
        import qaclients.{vendor}
        endpoints = [m for m in sys.modules if m.startswith("{package(vendor)}.api.")]
        print(json.dumps([endpoints, [m for m in {NOT_LOADED_AT_IMPORT[vendor]!r} if m in sys.modules]]))
    """)
    assert got == [[], []]


@pytest.mark.parametrize("vendor", sorted(DEFERRED_NAMES))
def test_mabl_and_browserstack_deferred_names_are_their_modules_own(vendor: str) -> None:
    got = run_fresh(f"""
        import importlib, inspect, json
        import qaclients.{vendor} as vendor
        wrong = []
        for name, module in {DEFERRED_NAMES[vendor]!r}.items():
            value = getattr(vendor, name)  # the first read imports it
            if value is not getattr(importlib.import_module("qaclients.{vendor}." + module), name):
                wrong.append(name)
            if name not in vendor.__all__ or name not in dir(vendor):
                wrong.append(name + " not listed")
        print(json.dumps(wrong))
    """)
    assert got == []


def test_mabl_workflows_work_when_their_modules_load_on_first_use() -> None:
    got = run_fresh("""
        import json, pickle, sys
        import qaclients.mabl as mabl
        from qaclients.core import FakeClock, QAClientError
        from qaclients_fakes import FakeTransport, MablFake, ManualClock
        from qaclients_fakes._mabl import DEFAULT_KEY, DEFAULT_WORKSPACE, ENVIRONMENT

        fake = MablFake(clock=ManualClock())
        clock = FakeClock()
        client = mabl.Mabl(DEFAULT_KEY, workspace_id=DEFAULT_WORKSPACE, transport=FakeTransport(fake), clock=clock)
        loaded = "qaclients.mabl._deployment" in sys.modules
        poller = client.begin_deployment(environment_id=ENVIRONMENT, preview=True)  # a dry run: done at once
        result = poller.result()
        progress = mabl.DeploymentProgress(1, 0, 0, 2, 0, 0)
        attempt = mabl.PlanAttempt("run-1", "succeeded", False, None)
        outcome = mabl.PlanOutcome("plan-1", "Smoke", "succeeded", True, (attempt,))
        round_trip = [pickle.loads(pickle.dumps(value)) == value for value in (progress, outcome, result)]
        print(json.dumps([
            loaded,
            type(result) is mabl.DeploymentResult and result.preview,
            round_trip,
            issubclass(mabl.DeploymentCreateError, QAClientError) and issubclass(mabl.ExportCreateError, QAClientError),
            poller.continuation_token() != "",
        ]))
    """)
    assert got == [False, True, [True, True, True], True, True]


def test_browserstack_workflows_work_when_their_modules_load_on_first_use() -> None:
    got = run_fresh("""
        import json, pickle, sys
        import qaclients.browserstack_tm as bstm
        from qaclients.core import FakeClock
        from qaclients_fakes import BrowserStackTMFake, FakeTransport, ManualClock

        fake = BrowserStackTMFake(username="u", access_key="k3y-0123456789abcdef", clock=ManualClock())
        run = fake.seed_runs(1, cases_per_run=0)[0]
        client = bstm.TestManagement(
            "u", "k3y-0123456789abcdef", base_url="https://test-management.browserstack.com/api/v2",
            transport=FakeTransport(fake), clock=FakeClock(),
        )
        loaded = "qaclients.browserstack_tm._operations" in sys.modules
        clone = client.begin_clone("PR-1", run.identifier, name="again").result()  # nothing to attach: done at once
        status = bstm.CloneStatus("PR-1", "TR-9", 3, 1)
        result = bstm.TestCasesUpdateResult("u-1", 2, 1)
        round_trip = [pickle.loads(pickle.dumps(value)) == value for value in (status, result)]
        pair = bstm.Pair == tuple[str, int | None]
        print(json.dumps([loaded, clone.name, round_trip, result.affected_mapping_count, pair]))
    """)
    assert got == [False, "again", [True, True], 3, True]


# --- core-lazy: qaclients.core builds nothing at import; operation modules run on first use; no signature at import


def test_import_core_loads_nothing_but_its_table_and_every_name_is_its_modules() -> None:
    got = run_fresh("""
        import importlib, json, sys
        import qaclients.core as core
        loaded = sorted(m for m in sys.modules if m.startswith("qaclients"))
        source = lambda name: importlib.import_module(core._ON_FIRST_USE[name], core.__name__)
        wrong = [name for name in core.__all__ if getattr(core, name) is not getattr(source(name), name)]
        print(json.dumps([loaded, sorted(core._ON_FIRST_USE) == sorted(core.__all__), wrong]))
    """)
    assert got == [["qaclients", "qaclients.core", "qaclients.core._lazy"], True, []]


def test_core_modules_import_retries_rewrites_and_pagers_when_first_needed() -> None:
    got = run_fresh("""
        import json, sys
        from qaclients.core import ClientConfig, checked_arguments, raise_api_errors, translated
        from qaclients.core import _shells
        later = ["qaclients.core._retry", "qaclients.core._rewrite", "qaclients.core._pager"]
        at_import = [m for m in later if m in sys.modules]
        config = ClientConfig(base_url="https://example.test")
        with config.build_client():
            pass
        built = [m for m in later if m in sys.modules]
        print(json.dumps([at_import, built, type(config.retry).__name__]))
    """)
    assert got == [[], ["qaclients.core._retry", "qaclients.core._rewrite"], "RetryPolicy"]


@pytest.mark.parametrize("vendor", VENDORS)
def test_vendor_import_runs_no_operation_module_and_asks_no_signature(vendor: str) -> None:
    got = run_fresh(f"""
        import inspect, json, sys
        asked = []
        real = inspect.signature
        def counting(*args, **kwargs):
            caller = sys._getframe(1).f_code.co_filename
            if "qaclients" in caller and "/core/_signatures.py" not in caller:
                asked.append(caller)
            return real(*args, **kwargs)
        inspect.signature = counting
        import qaclients.{vendor}
        prefix = "{package(vendor)}.api."
        operations = [m for m in sys.modules if m.startswith(prefix) and m.count(".") == 3]
        ran = [m for m in operations if "sync_detailed" in vars(sys.modules[m])]
        print(json.dumps([len(operations), ran, asked]))
    """)
    assert isinstance(got, list)
    operations, ran, asked = got
    # mabl and BrowserStack import their operations (waiting modules); the others name them when a builder runs
    assert operations > 0 if vendor in {"mabl", "browserstack_tm"} else operations == 0
    assert ran == []  # ... and none of them runs
    assert asked == []  # no method's signature is worked out at import


def test_an_operation_read_from_its_tag_is_the_real_module_run_once_on_first_use() -> None:
    got = run_fresh(f"""
        import importlib, json, pkgutil, sys, threading, types
        import {package("testmo")}.api as api
        tag = next(m.name for m in pkgutil.iter_modules(api.__path__) if m.ispkg)
        package = importlib.import_module(f"{{api.__name__}}.{{tag}}")
        first, second, *_ = sorted(m.name for m in pkgutil.iter_modules(package.__path__))
        facts = {{}}
        op = getattr(package, first)
        facts["not run"] = "sync_detailed" not in vars(op)
        facts["same module"] = (
            op is sys.modules[f"{{package.__name__}}.{{first}}"]
            is importlib.import_module(f"{{package.__name__}}.{{first}}")
        )
        exec(f"import {{package.__name__}}.{{first}} as again", ns := {{}})
        facts["import returns it"] = ns["again"] is op
        patched = lambda *args, **kwargs: "patched"
        op.sync_detailed = patched  # written before it ran: it runs first, so the patch is what stays
        facts["patch kept"] = op.sync_detailed is patched and callable(op.asyncio_detailed)
        facts["plain module"] = type(op) is types.ModuleType
        facts["dir"] = first in dir(package) and second in dir(package)
        try:
            getattr(package, "no_such_operation")
            facts["unknown"] = "no error"
        except AttributeError as error:
            facts["unknown"] = str(error)
        other = getattr(package, second)
        barrier, seen = threading.Barrier(8), []
        def read():
            barrier.wait()
            seen.append(other.sync_detailed)
        threads = [threading.Thread(target=read) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        facts["threads"] = len(seen) == 8 and len(set(map(id, seen))) == 1
        print(json.dumps(facts))
    """)
    assert isinstance(got, dict)
    unknown = got.pop("unknown")
    assert all(got.values()), got
    assert "has no attribute 'no_such_operation'" in unknown


def test_type_checkers_still_see_each_operation_as_its_module(tmp_path: Path) -> None:
    module = tmp_path / "uses_operation.py"
    module.write_text(
        textwrap.dedent(f"""
            from {package("testmo")}.api.automation_runs import get_automation_run, no_such_operation

            reveal_type(get_automation_run.sync_detailed)
        """)
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", str(module)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert "def (" in result.stdout and "Response[" in result.stdout, result.stdout
    assert 'Module "testmo_client.api.automation_runs" has no attribute "no_such_operation"' in result.stdout


# A builder each, and the endpoint module its call names: imported by the builder's first run.
FIRST_CALL = {
    "runscope": ("_calls", "bucket", ["abc"], "runscope_client.api.buckets.get_bucket"),
    "stackmoxie": ("_calls", "folder", [7], "stackmoxie_client.api.folders.get_folder"),
}


@pytest.mark.parametrize("vendor", sorted(FIRST_CALL))
def test_a_builder_imports_its_endpoint_module_when_it_first_runs(vendor: str) -> None:
    module, builder, args, endpoint = FIRST_CALL[vendor]
    got = run_fresh(f"""
        import importlib, json, sys
        import qaclients.{vendor}
        before = "{endpoint}" in sys.modules
        call = getattr(importlib.import_module("qaclients.{vendor}.{module}"), "{builder}")(*{args!r})
        again = getattr(importlib.import_module("qaclients.{vendor}.{module}"), "{builder}")(*{args!r})
        print(json.dumps([before, call.endpoint is sys.modules["{endpoint}"], again.endpoint is call.endpoint]))
    """)
    assert got == [False, True, True]


def test_runscope_deferred_names_resolve_and_work() -> None:
    got = run_fresh("""
        import json, pickle
        import qaclients.runscope as rs
        from runscope_client import models
        ok = rs.assertion("response_status", "equal_number", 200)
        step = rs.request_step("GET", "https://x.test/", assertions=[ok])
        url = rs.authorize_url("client", "https://my.app/cb", state="n")
        report = rs.RunReport("r", "t", None, None, None, "pass", 1, 1, 0, None)
        result = rs.TriggerResult((report,))
        status = rs.TriggerStatus((rs.RunState("r", "t", "b"),))
        token = rs.AccessToken(__import__("qaclients.core", fromlist=["Secret"]).Secret("s3cret"), "bearer")
        print(json.dumps([
            isinstance(step, models.StepWrite), url.startswith("https://my.app") or "client_id=client" in url,
            result.passed, pickle.loads(pickle.dumps(result)) == result,
            rs.TriggerStatus.from_token(status.token()) == status, "s3cret" not in repr(token),
            rs.FailedAssertion.__module__, rs.Step is __import__("qaclients.runscope._steps", fromlist=["Step"]).Step,
        ]))
    """)
    assert got == [True, True, True, True, True, True, "qaclients.runscope._trigger", True]


def test_testmo_deferred_names_resolve_and_work() -> None:
    got = run_fresh("""
        import json, pickle
        import qaclients.testmo as tm
        tests = tm.parse_junit('<testsuite name="s"><testcase classname="a.B" name="t"/></testsuite>')
        progress = tm.SubmitProgress(threads=1)
        print(json.dumps([
            len(tests), tests[0].name, callable(tm.test_key), "passed" in tm.DEFAULT_STATUS_MAP.values(),
            tm.SubmitProgress.from_token(progress.token()) == progress, issubclass(tm.SubmitError, Exception),
            issubclass(tm.JUnitError, Exception), tm.SubmitResult.__module__,
        ]))
    """)
    assert got == [1, "t", True, True, True, True, True, "qaclients.testmo._submit"]
