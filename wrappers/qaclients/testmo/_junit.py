"""Reading JUnit XML reports into Testmo :class:`~testmo_client.models.Test` results, without I/O beyond the files.

Every ``<testcase>`` becomes one ``Test``; its failure, error, skip, output and properties become ``Field`` entries
kept within the limits Testmo's own clients respect (facts, Request bodies)::

    from qaclients.testmo._junit import read_junit

    tests = read_junit("build/test-results/pytest.xml", "target/surefire-reports/TEST-app.xml")
    failed = [t for t in tests if t.status == "failed"]

    # Instance-specific status aliases; unnamed JUnit outcomes keep their default alias.
    tests = read_junit("junit.xml", status_map={"error": "blocked"}, folder_from="suite")

Parsing goes through ``defusedxml`` (no entity expansion, no external references) and streams: each finished
``<testcase>`` is dropped from the tree, so a large report costs memory for one test at a time.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import unicodedata
from collections.abc import Iterator, Mapping
from decimal import ROUND_HALF_UP, Decimal
from typing import IO, TYPE_CHECKING, Literal, TypeGuard

from testmo_client import models
from testmo_client.types import UNSET, Unset

if TYPE_CHECKING:
    from testmo_client.models import Field, Test

if TYPE_CHECKING:  # the XML parsers are imported when a report is read: they cost more than the rest of the client
    from xml.etree.ElementTree import Element

__all__ = ["DEFAULT_STATUS_MAP", "JUnitError", "parse_junit", "read_junit", "test_key"]

DEFAULT_STATUS_MAP: Mapping[str, str] = {
    "passed": "passed",
    "failure": "failed",
    "error": "failed",
    "skipped": "skipped",
}
"""JUnit outcome (``passed`` or the outcome element's tag) to Testmo status alias."""

# Limits real Testmo clients keep (facts, Request bodies): strings in characters, text fields in UTF-8 bytes.
MAX_STRING = 750
MAX_TEXT_BYTES = 16 * 1024
MAX_FIELDS = 25
TRUNCATED = "… [truncated]"

_OUTCOMES = ("failure", "error", "skipped")
_LABELS = {"failure": "Failure", "error": "Error", "skipped": "Skipped"}
_OUTPUTS = {"system-out": "Output", "system-err": "Error output"}
_SUITE_TAGS = ("testsuites", "testsuite")
_SECONDS = re.compile(r"(\d+(\.\d*)?|\.\d+)([eE][-+]?\d{1,3})?", re.ASCII)  # no sign, NaN or infinity
_THOUSANDS = re.compile(r"\d{1,3}(,\d{3})+(\.\d*)?", re.ASCII)  # Surefire in some locales writes "1,234.5"
_SEP = "\x1f"  # XML 1.0 cannot carry U+001F, so parts read from a report can never contain the separator

FolderFrom = Literal["classname", "suite"]


class JUnitError(ValueError):
    """A report could not be read: unreadable file, malformed or unsafe XML, or not JUnit at all.

    Attributes:
        source: The file (or ``source=`` label) that failed.
        line: The line of the problem, when the parser knows it.
    """

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        where = source if line is None else f"{source}:{line}"
        super().__init__(f"{where}: {reason}")
        self.source = source
        self.line = line


def test_key(folder: str, name: str, file: str | None = None) -> str:  # noqa: PT028 (not a test; see below)
    """Return the Testmo key of a test: the sha256 hex digest of its identity.

    The parts are NFC-normalised and ``file`` uses ``/`` separators, so one test gets one key on every platform.

    Args:
        folder: The test's folder (class name or suite).
        name: The test's name.
        file: The test's file, when the report names it.

    Returns:
        64 lowercase hex characters, which fits ``^[a-z0-9]{1,64}$`` (facts, Request bodies).
    """
    for label, part in (("folder", folder), ("name", name), ("file", file or "")):
        if not isinstance(part, str):
            raise TypeError(f"test_key: {label} must be a str, got {type(part).__name__}")
    parts = (folder, name, (file or "").replace("\\", "/"))
    identity = _SEP.join(unicodedata.normalize("NFC", part) for part in parts)
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()


test_key.__test__ = False  # type: ignore[attr-defined]  # pytest would collect it from a test module importing it


def read_junit(
    *paths: str | os.PathLike[str],
    status_map: Mapping[str, str] | None = None,
    folder_from: FolderFrom = "classname",
) -> list[Test]:
    """Read JUnit XML files into Testmo tests, in file order then document order.

    Args:
        *paths: Report files (expand globs before calling).
        status_map: JUnit outcome to Testmo status alias, merged over :data:`DEFAULT_STATUS_MAP`.
        folder_from: Take the folder from the test's ``classname`` or from its enclosing suite's ``name``.

    Raises:
        JUnitError: A file cannot be opened or is not well-formed JUnit XML; the message names the file.
    """
    tests: list[Test] = []
    for path in paths:
        source = os.fspath(path)
        try:
            with open(source, "rb") as stream:
                tests.extend(_parse(stream, source, status_map, folder_from))
        except OSError as exc:
            raise JUnitError(source, f"cannot read the file ({exc.strerror or exc})") from exc
    return tests


def parse_junit(
    xml: bytes | str,
    *,
    source: str = "<string>",
    status_map: Mapping[str, str] | None = None,
    folder_from: FolderFrom = "classname",
) -> list[Test]:
    """Parse one JUnit XML document held in memory; see :func:`read_junit` for the arguments.

    Args:
        xml: The document; ``bytes`` honour the XML encoding declaration.
        source: A label for error messages.
        status_map: As for :func:`read_junit`.
        folder_from: As for :func:`read_junit`.
    """
    if not isinstance(xml, bytes | str):
        raise TypeError(f"parse_junit takes the XML document as str or bytes, got {type(xml).__name__}")
    stream: IO[bytes] | IO[str] = io.BytesIO(xml) if isinstance(xml, bytes) else io.StringIO(xml)
    return list(_parse(stream, source, status_map, folder_from))


def _parse(
    stream: IO[bytes] | IO[str], source: str, status_map: Mapping[str, str] | None, folder_from: FolderFrom
) -> Iterator[Test]:
    from xml.etree.ElementTree import ParseError  # noqa: PLC0415 - see the TYPE_CHECKING import above

    from defusedxml import DefusedXmlException  # noqa: PLC0415
    from defusedxml.ElementTree import iterparse  # noqa: PLC0415

    statuses = {**DEFAULT_STATUS_MAP, **(status_map or {})}
    stack: list[Element] = []  # open elements, to detach finished ones from their parent
    suites: list[str] = []  # names of the enclosing <testsuite> elements
    in_case = 0
    try:
        for event, elem in iterparse(stream, events=("start", "end")):
            if event == "start":
                if not stack and elem.tag not in _SUITE_TAGS:
                    raise JUnitError(source, f"not a JUnit report: the root element is <{elem.tag}>")
                stack.append(elem)
                if in_case or elem.tag == "testcase":
                    in_case += 1  # depth inside a <testcase>: its children are read when it ends
                if elem.tag == "testsuite" and not in_case:
                    suites.append(elem.get("name", ""))
                continue
            stack.pop()
            if elem.tag == "testcase" and in_case == 1:
                yield _test(elem, suites[-1] if suites else "", statuses, folder_from)
            elif elem.tag == "testsuite" and not in_case:
                suites.pop()
            in_case = max(in_case - 1, 0)
            if stack and not in_case and elem.tag in ("testcase", "testsuite"):
                stack[-1].remove(elem)  # streaming: nothing keeps a finished test alive
    except ParseError as exc:
        raise JUnitError(source, f"malformed XML ({exc})", exc.position[0]) from exc
    except DefusedXmlException as exc:
        raise JUnitError(source, f"unsafe XML refused ({exc!r})") from exc


def _test(case: Element, suite: str, statuses: Mapping[str, str], folder_from: FolderFrom) -> Test:
    name = case.get("name", "")
    classname = case.get("classname", "")
    folder = (suite or classname) if folder_from == "suite" else (classname or suite)
    file = case.get("file") or None
    outcome = next((child.tag for child in case if child.tag in _OUTCOMES), "passed")
    return models.Test(
        key=test_key(folder, name, file),
        name=_clip(name),
        status=statuses.get(outcome, outcome),
        folder=_clip(folder),
        elapsed=_microseconds(case.get("time")),
        file=UNSET if file is None else _clip(file),
        line=_count(case.get("line")),
        assertions=_count(case.get("assertions")),
        fields=_fields(case) or UNSET,
    )


def _fields(case: Element) -> list[Field]:
    """The case's fields in report order: outcomes, then output, then properties; at most :data:`MAX_FIELDS`."""
    fields: list[Field] = []
    for child in case:
        if child.tag in _OUTCOMES:
            label = _LABELS[child.tag]
            if child.tag == "skipped":
                if _present(reason := child.get("message") or child.text):
                    fields.append(models.Field(type_=models.FieldType.STRING, name=label, value=_clip(reason)))
                continue
            if _present(message := child.get("message")):
                fields.append(
                    models.Field(type_=models.FieldType.STRING, name=label, value=_clip(message), is_highlight=True)
                )
            if _present(details := child.text):
                fields.append(
                    models.Field(type_=models.FieldType.CONSOLE, name=f"{label} details", value=_clip_bytes(details))
                )
        elif child.tag in _OUTPUTS and _present(output := child.text):
            fields.append(
                models.Field(type_=models.FieldType.CONSOLE, name=_OUTPUTS[child.tag], value=_clip_bytes(output))
            )
    for prop in case.iterfind("properties/property"):
        name, value = prop.get("name"), prop.get("value", prop.text)
        if _present(name) and _present(value):
            fields.append(models.Field(type_=models.FieldType.STRING, name=_clip(name), value=_clip(value)))
    return fields[:MAX_FIELDS]


def _present(text: str | None) -> TypeGuard[str]:
    """Whether a text is worth a field: empty and whitespace-only texts are not."""
    return text is not None and text != "" and not text.isspace()


def _clip(text: str) -> str:
    """Keep a string within :data:`MAX_STRING` characters, marking a cut."""
    if len(text) <= MAX_STRING:
        return text
    return text[: MAX_STRING - len(TRUNCATED)] + TRUNCATED


def _clip_bytes(text: str) -> str:
    """Keep a text within :data:`MAX_TEXT_BYTES` UTF-8 bytes, cut on a character boundary and marked."""
    data = text.encode("utf-8")
    if len(data) <= MAX_TEXT_BYTES:
        return text
    room = MAX_TEXT_BYTES - len(TRUNCATED.encode("utf-8"))
    return data[:room].decode("utf-8", "ignore") + TRUNCATED  # "ignore" drops only a split trailing character


def _microseconds(seconds: str | None) -> int | Unset:
    """``time="1.5"`` (seconds) to ``1500000``; missing, negative or unreadable values stay unset."""
    if seconds is None:
        return UNSET
    text = seconds.strip()
    if _THOUSANDS.fullmatch(text):
        text = text.replace(",", "")
    if not _SECONDS.fullmatch(text):
        return UNSET
    return int((Decimal(text) * 1_000_000).to_integral_value(ROUND_HALF_UP))


def _count(text: str | None) -> int | Unset:
    """A non-negative integer attribute (``line``, ``assertions``); anything else stays unset."""
    if text is None or not text.strip().isdecimal():
        return UNSET
    return int(text)
