"""The stock client: openapi-python-client's own templates, generated from the same spec into a temporary folder.

It is generated at bench time so that it always matches the spec and the pinned generator, and so the comparison is
"what the stock templates would give us today", not a stale copy.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "specs" / "testmo" / "openapi.yaml"
PACKAGE = "testmo_stock"


def _generate(output: Path) -> None:
    from openapi_python_client import generate  # noqa: PLC0415 - heavy; only this module needs it
    from openapi_python_client.config import Config, ConfigFile, MetaType  # noqa: PLC0415

    # literal_enums as codegen/vendors.toml sets it for Testmo, so both clients decode enums the same way.
    config_file = ConfigFile(package_name_override=PACKAGE, post_hooks=[], literal_enums=False)
    config = Config.from_sources(
        config_file, MetaType.NONE, document_source=SPEC, file_encoding="utf-8", overwrite=True, output_path=output
    )
    with contextlib.redirect_stdout(io.StringIO()):
        errors = generate(config=config)
    if errors:
        raise RuntimeError(f"{SPEC}: the stock generator reported: " + "; ".join(str(error) for error in errors))


@contextlib.contextmanager
def stock_client() -> Iterator[ModuleType]:
    """Generate ``testmo_stock`` into a temporary folder, put it on ``sys.path`` and yield the imported package."""
    with tempfile.TemporaryDirectory(prefix="bench-stock-") as tmp:
        _generate(Path(tmp) / PACKAGE)
        sys.path.insert(0, tmp)
        try:
            yield importlib.import_module(PACKAGE)
        finally:
            sys.path.remove(tmp)
            for name in [name for name in sys.modules if name == PACKAGE or name.startswith(PACKAGE + ".")]:
                del sys.modules[name]


def submodule(package: ModuleType, name: str) -> ModuleType:
    """``package.name``, imported (``models``, ``client``, ``api.automation_runs.list_automation_runs``)."""
    return importlib.import_module(f"{package.__name__}.{name}")
