"""Fetching 1,000 Testmo runs, 10 pages of 100, over an in-process ``httpx.MockTransport``.

No sockets: the transport answers from bytes computed once, keyed by the ``page`` query parameter, so what is measured
is the client side of paging (request building, httpx, decoding). Cases, each a loop until ``next_page`` is null:

- ``raw httpx``: ``httpx.Client.get`` and ``response.json()`` per page; the baseline.
- ``stock sync_detailed``: the stock client's ``list_automation_runs.sync_detailed``.
- ``ours sync_detailed``: ours, the same call.
- hand-written wrappers, added through :func:`wrapper_case` (see :func:`wrapper_cases`).
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
from testmo_client import AuthenticatedClient
from testmo_client.api.automation_runs import list_automation_runs
from testmo_client.models import AutomationRunList, PerPage

from qaclients.testmo import Testmo

from ._data import list_body
from ._stock import submodule
from ._timing import Ratio, Report, measure

BASE_URL = "https://x.testmo.net/api/v1"
TOKEN = "t"  # noqa: S105 - a placeholder; the mock transport checks nothing
PAGES = 10
PER_PAGE = 100
RUNS = PAGES * PER_PAGE
PATH = "/projects/1/automation/runs"

FetchAll = Callable[[], int]
"""Fetches every run of project 1 and returns how many it got (checked against :data:`RUNS`)."""


def mock_transport() -> httpx.MockTransport:
    """A transport serving :data:`PAGES` precomputed pages of :data:`PER_PAGE` runs."""
    bodies = {page: list_body(page=page, per_page=PER_PAGE, pages=PAGES) for page in range(1, PAGES + 1)}
    headers = {"content-type": "application/json"}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=bodies[int(request.url.params.get("page", "1"))], headers=headers)

    return httpx.MockTransport(handler)


def _httpx_client(transport: httpx.MockTransport) -> httpx.Client:
    return httpx.Client(transport=transport, base_url=BASE_URL, headers={"Authorization": f"Bearer {TOKEN}"})


def _raw(transport: httpx.MockTransport) -> FetchAll:
    client = _httpx_client(transport)

    def fetch_all() -> int:
        runs: list[Any] = []
        page: int | None = 1
        while page is not None:
            body = client.get(PATH, params={"page": page, "per_page": PER_PAGE}).json()
            runs.extend(body["result"])
            page = body["next_page"]
        return len(runs)

    return fetch_all


def _sync_detailed_loop(
    sync_detailed: Callable[..., Any], client: Any, per_page: Any, page_type: type[Any]
) -> FetchAll:
    """``sync_detailed`` page by page until ``next_page`` is null; the same loop for the stock client and ours."""

    def fetch_all() -> int:
        runs: list[Any] = []
        page: int | None = 1
        while page is not None:
            parsed = sync_detailed(1, client=client, page=page, per_page=per_page).parsed
            if not isinstance(parsed, page_type):
                raise AssertionError(f"page {page}: expected a run list, got {parsed!r}")
            runs.extend(parsed.result)
            page = parsed.next_page
        return len(runs)

    return fetch_all


def _ours(transport: httpx.MockTransport) -> FetchAll:
    client = AuthenticatedClient(base_url=BASE_URL, token=TOKEN).set_httpx_client(_httpx_client(transport))
    return _sync_detailed_loop(list_automation_runs.sync_detailed, client, PerPage.PER_PAGE_100, AutomationRunList)


def _stock(stock: ModuleType, transport: httpx.MockTransport) -> FetchAll:
    models = submodule(stock, "models")
    client = submodule(stock, "client").AuthenticatedClient(base_url=BASE_URL, token=TOKEN)
    client.set_httpx_client(_httpx_client(transport))
    endpoint = submodule(stock, "api.automation_runs.list_automation_runs")
    return _sync_detailed_loop(endpoint.sync_detailed, client, models.PerPage.PER_PAGE_100, models.AutomationRunList)


# ---- HOOK: hand-written wrappers (qaclients.testmo) are timed here, next to raw httpx and the generated clients ----


def wrapper_case(fetch_all: FetchAll, label: str) -> tuple[str, FetchAll]:
    """HOOK for hand-written wrappers: a case named ``label`` that times ``fetch_all()`` against raw httpx."""
    return label, fetch_all


def wrapper_cases(transport: httpx.MockTransport) -> list[tuple[str, FetchAll]]:
    """The hand-written wrappers to time, each built on ``transport`` (retries on, as users get them)."""
    tm = Testmo(base_url=BASE_URL, token=TOKEN, transport=transport)
    return [wrapper_case(lambda: sum(1 for _ in tm.automation_runs(project_id=1)), "qaclients Testmo")]


def run(stock: ModuleType, *, repeats: int) -> Report:
    """Measure raw httpx, the stock client, ours and any wrapper on the same mock server."""
    transport = mock_transport()
    cases: dict[str, FetchAll] = {
        "raw httpx": _raw(transport),
        "stock sync_detailed": _stock(stock, transport),
        "ours sync_detailed": _ours(transport),
    }
    cases.update(wrapper_cases(transport))
    for label, fetch_all in cases.items():
        if (count := fetch_all()) != RUNS:
            raise AssertionError(f"{label}: fetched {count} runs, expected {RUNS}")
    ratios = [Ratio(f"{label} / raw httpx", label, "raw httpx") for label in cases if label != "raw httpx"]
    ratios.append(Ratio("speed-up, stock / ours", "stock sync_detailed", "ours sync_detailed"))
    return Report(
        title=f"http: {RUNS:,} runs in {PAGES} pages of {PER_PAGE} over httpx.MockTransport",
        timings=measure(cases, repeats=repeats),
        ratios=ratios,
    )
