"""The vendor fakes the CLI and the pytest plugin know, by the vendor module name of DESIGN.md."""

from __future__ import annotations

from collections.abc import Callable

from ._browserstack_tm import BrowserStackTMFake
from ._fake import Fake
from ._mabl import MablFake
from ._runscope import RunscopeFake
from ._stackmoxie import StackMoxieFake
from ._testmo import TestmoFake

__all__ = ["VENDORS"]

# A new vendor: write _<vendor>.py (a Fake subclass: state + one handler per operationId), add it here, and add its
# two fixtures to pytest_plugin.py. Every vendor fake takes `token=` and implements `seed(n)` for the CLI.
VENDORS: dict[str, Callable[..., Fake]] = {
    "testmo": TestmoFake,
    "browserstack_tm": BrowserStackTMFake,
    "stackmoxie": StackMoxieFake,
    "mabl": MablFake,
    "runscope": RunscopeFake,
}
