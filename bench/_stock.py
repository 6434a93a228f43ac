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

from codegen._config import load_vendors


def _generate(vendor: str, package: str, output: Path) -> None:
    from openapi_python_client import generate  # noqa: PLC0415 - heavy; only this module needs it
    from openapi_python_client.config import Config, ConfigFile, MetaType  # noqa: PLC0415

    config_vendor = load_vendors()[vendor]
    # The vendor's generator settings from codegen/vendors.toml (literal_enums, ...), so both clients decode the
    # same types; only the templates differ.
    config_file = ConfigFile(package_name_override=package, post_hooks=[], **config_vendor.generator)
    spec = config_vendor.spec
    config = Config.from_sources(
        config_file, MetaType.NONE, document_source=spec, file_encoding="utf-8", overwrite=True, output_path=output
    )
    with contextlib.redirect_stdout(io.StringIO()):
        errors = generate(config=config)
    if errors:
        raise RuntimeError(f"{spec}: the stock generator reported: " + "; ".join(str(error) for error in errors))


@contextlib.contextmanager
def stock_client(vendor: str = "testmo") -> Iterator[ModuleType]:
    """Generate ``<vendor>_stock`` into a temporary folder, put it on ``sys.path`` and yield the imported package."""
    package = f"{vendor}_stock"
    with tempfile.TemporaryDirectory(prefix="bench-stock-") as tmp:
        _generate(vendor, package, Path(tmp) / package)
        sys.path.insert(0, tmp)
        try:
            yield importlib.import_module(package)
        finally:
            sys.path.remove(tmp)
            for name in [name for name in sys.modules if name == package or name.startswith(package + ".")]:
                del sys.modules[name]


def submodule(package: ModuleType, name: str) -> ModuleType:
    """``package.name``, imported (``models``, ``client``, ``api.automation_runs.list_automation_runs``)."""
    return importlib.import_module(f"{package.__name__}.{name}")
