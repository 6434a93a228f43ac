"""Generated classes named ``Test...`` (mabl's ``TestRun``, BrowserStack's ``TestCaseStatus``) are not test classes.

A user who imports one into a test module must not get pytest's "cannot collect test class" warning (an error under
``-W error``): every generated model and enum says ``__test__ = False``.
"""

from __future__ import annotations

import importlib
import inspect
import os
import subprocess
import sys
import textwrap
from enum import Enum
from pathlib import Path

import pytest

from tests.hardening.test_bad_responses import VENDOR_PACKAGES


def _generated_classes(package: str) -> list[type]:
    models = importlib.import_module(f"{package}.models")
    return [cls for _, cls in inspect.getmembers(models, inspect.isclass) if cls.__module__.startswith(package)]


@pytest.mark.parametrize("package", sorted(VENDOR_PACKAGES.values()))
def test_every_generated_model_and_enum_says_it_is_not_a_test(package: str) -> None:
    classes = _generated_classes(package)
    assert any(issubclass(cls, Enum) for cls in classes) and any(hasattr(cls, "from_dict") for cls in classes)
    assert [cls.__name__ for cls in classes if cls.__dict__.get("__test__") is not False] == []
    enums = [cls for cls in classes if issubclass(cls, Enum)]
    assert all("__test__" not in cls.__members__ for cls in enums), "__test__ became an enum member"


def _collect(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    (tmp_path / "test_user.py").write_text(textwrap.dedent(source), encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "error", "test_user.py"],
        cwd=tmp_path,
        env={**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"},  # a bare pytest, as a user's project may have
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_user_test_module_importing_test_named_models_collects_without_warnings(tmp_path: Path) -> None:
    result = _collect(
        tmp_path,
        """
        from browserstack_tm_client.models import TestCaseStatus, TestRun
        from mabl_client.models import TestRunSummary
        from runscope_client.models import Test

        def test_user() -> None:
            assert TestRun and TestCaseStatus and TestRunSummary and Test
        """,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout and "warning" not in result.stdout.lower()


def test_the_check_itself_fails_on_a_class_pytest_cannot_collect(tmp_path: Path) -> None:
    result = _collect(
        tmp_path,
        """
        class TestLike:
            def __init__(self) -> None:
                pass

        def test_user() -> None:
            assert TestLike()
        """,
    )
    assert result.returncode != 0 and "cannot collect test class" in result.stdout
