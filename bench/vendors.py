"""What the benchmarks need to know about each vendor: declarations only, one entry per vendor.

A vendor joins the vendor-wide rows (decode against the stock templates, import time) by adding a
:class:`BenchVendor` to :data:`VENDORS`::

    BenchVendor(
        name="stackmoxie",                             # its key in codegen/vendors.toml
        wrapper="qaclients.stackmoxie",                # the module whose import is timed
        decode=DecodeCase(
            model="models.RunList",                    # the big response's model, inside the generated package
            endpoint="api.runs.list_runs",             # the operation that answers with it (``_parse_response``)
            body=lambda: big_run_list(10_000),         # the JSON bytes of one big response
            rows=lambda page: len(page.runs),          # how many rows a decoded page holds (checked)
        ),
    )

Regenerating is timed for every vendor in ``codegen/vendors.toml`` without any declaration.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from codegen._config import load_vendors

from . import _browserstack_tm
from ._data import list_body
from ._mabl_data import execution_result, test_runs
from ._runscope_data import results_body
from ._stackmoxie_data import big_run_log

TESTMO_RUNS = 10_000
RUNSCOPE_RESULTS = 10_000


@dataclass(frozen=True)
class DecodeCase:
    """One big response of a vendor, decoded by its stock-template client and by ours."""

    model: str
    endpoint: str
    body: Callable[[], bytes]
    rows: Callable[[Any], int]
    status: int = 200


@dataclass(frozen=True)
class BenchVendor:
    """A vendor's benchmark declarations."""

    name: str
    wrapper: str
    decode: DecodeCase

    @property
    def package(self) -> str:
        """The generated client's import name, as ``codegen/vendors.toml`` gives it."""
        return load_vendors()[self.name].package


VENDORS: list[BenchVendor] = [
    BenchVendor(
        name="testmo",
        wrapper="qaclients.testmo",
        decode=DecodeCase(
            model="models.AutomationRunList",
            endpoint="api.automation_runs.list_automation_runs",
            body=lambda: list_body(page=1, per_page=TESTMO_RUNS, pages=1),
            rows=lambda page: len(page.result),
        ),
    ),
    BenchVendor(
        name="runscope",
        wrapper="qaclients.runscope",
        decode=DecodeCase(
            model="models.TestRunListEnvelope",
            endpoint="api.results.list_test_results",
            body=lambda: results_body(RUNSCOPE_RESULTS),
            rows=lambda page: len(page.data),
        ),
    ),
    BenchVendor(
        name="stackmoxie",
        wrapper="qaclients.stackmoxie",
        decode=DecodeCase(
            model="models.RunLog",
            endpoint="api.runs.get_run_log",
            body=lambda: big_run_log(10_000),
            rows=lambda log: len(log.body),
        ),
    ),
    BenchVendor(
        name="browserstack_tm",
        wrapper="qaclients.browserstack_tm",
        decode=DecodeCase(
            model="models.TestRunTestCaseList",
            endpoint="api.test_runs.list_test_run_test_cases",
            body=_browserstack_tm.case_page,
            rows=lambda page: len(page.test_cases),
        ),
    ),
    BenchVendor(
        name="mabl",
        wrapper="qaclients.mabl",
        decode=DecodeCase(
            model="models.ExecutionResult",  # 500 plan executions x 20 test runs
            endpoint="api.deployment_events.getexecutionresultforevent",
            body=lambda: execution_result(plans=500, tests=20),
            rows=test_runs,
        ),
    ),
]
"""Every vendor with benchmark declarations (the other four are added as their branches land)."""
