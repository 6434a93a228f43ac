"""The pipeline that turns ``specs/<vendor>/openapi.yaml`` into ``generated/<vendor>/``.

Usage::

    python -m codegen generate            # regenerate every vendor whose inputs changed
    python -m codegen generate --check    # regenerate into a temporary tree; fail, listing files, on drift
    python -m codegen generate testmo --force

Settings per vendor live in ``codegen/vendors.toml``; template overrides in ``codegen/templates`` (forks of stock
openapi-python-client templates, each saying why) and ``codegen/extra_templates`` (files the generator lacks).
"""

from codegen._config import ConfigError, VendorConfig, load_vendors
from codegen._pipeline import GenerationFailed, check_spec, generate_vendor, render_tree

__all__ = [
    "ConfigError",
    "GenerationFailed",
    "VendorConfig",
    "check_spec",
    "generate_vendor",
    "load_vendors",
    "render_tree",
]
