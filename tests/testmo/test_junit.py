"""Tests for qaclients.testmo._junit: JUnit XML reports to Testmo tests, fields within the facts' limits."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

import pytest
from testmo_client import models  # not `Test` by name: pytest would try to collect the class
from testmo_client.models import Field, FieldType
from testmo_client.types import UNSET

from qaclients.testmo._junit import (
    DEFAULT_STATUS_MAP,
    MAX_FIELDS,
    MAX_STRING,
    MAX_TEXT_BYTES,
    TRUNCATED,
    JUnitError,
    parse_junit,
    read_junit,
    test_key,
)

JUNIT = Path(__file__).parent / "junit"
KEY = re.compile(r"^[a-z0-9]{1,64}$")  # facts, Request bodies: test.key


def by_name(tests: list[models.Test]) -> dict[str, models.Test]:
    return {test.name: test for test in tests}


def fields_of(test: models.Test) -> list[tuple[FieldType, str, str]]:
    assert isinstance(test.fields, list)
    return [(f.type_, f.name, str(f.value)) for f in test.fields]


def case(body: str, attrs: str = 'classname="c" name="n"') -> models.Test:
    """Parse one testcase wrapped in a suite."""
    (test,) = parse_junit(f'<testsuite name="s"><testcase {attrs}>{body}</testcase></testsuite>')
    return test


# --- realistic samples --------------------------------------------------------------------------------------------


def test_pytest_sample() -> None:
    tests = read_junit(JUNIT / "pytest.xml")
    assert [t.name for t in tests] == [
        "test_add",
        "test_divide[0-1]",
        "test_query",
        "test_migrate",
        "test_empty_output",
    ]
    named = by_name(tests)
    add = named["test_add"]
    assert (add.status, add.folder, add.elapsed) == ("passed", "tests.test_math", 1000)
    assert (add.file, add.line, add.assertions) == (UNSET, UNSET, UNSET)
    assert fields_of(add) == [(FieldType.STRING, "owner", "team-core")]  # the empty "ticket" property is dropped

    divide = named["test_divide[0-1]"]
    assert divide.status == "failed"
    assert divide.elapsed == 12_000
    assert fields_of(divide) == [
        (FieldType.STRING, "Failure", "assert 0 == 1"),
        (
            FieldType.CONSOLE,
            "Failure details",
            "def test_divide(a, b):\n>       assert a == b\nE       assert 0 == 1\n\n"
            "tests/test_math.py:14: AssertionError",
        ),
        (FieldType.CONSOLE, "Output", "dividing 0 by 1\n"),
        (FieldType.CONSOLE, "Error output", "warning: slow path\n"),
    ]
    assert isinstance(divide.fields, list)
    assert divide.fields[0].is_highlight is True
    assert divide.fields[1].is_highlight is UNSET

    query = named["test_query"]
    assert query.status == "failed"
    assert fields_of(query)[0] == (FieldType.STRING, "Error", 'failed on teardown with "ConnectionError: closed"')
    assert fields_of(query)[1][:2] == (FieldType.CONSOLE, "Error details")

    migrate = named["test_migrate"]
    assert (migrate.status, migrate.elapsed) == ("skipped", 0)
    assert fields_of(migrate) == [(FieldType.STRING, "Skipped", "needs postgres")]
    assert isinstance(migrate.fields, list)
    assert migrate.fields[0].is_highlight is UNSET

    assert named["test_empty_output"].fields is UNSET  # whitespace-only and empty output make no field


def test_maven_surefire_sample() -> None:
    tests = read_junit(str(JUNIT / "TEST-com.example.CalculatorTest.xml"))
    named = by_name(tests)
    assert len(tests) == 4
    assert {t.folder for t in tests} == {"com.example.CalculatorTest"}
    assert [t.status for t in tests] == ["passed", "failed", "passed", "skipped"]
    assert named["addsNumbers"].fields is UNSET  # suite-level <properties> do not become test fields
    assert named["roundsHalfUp"].elapsed == 1_234_500_000  # "1,234.5" seconds
    error = fields_of(named["dividesByZero"])
    assert error[0] == (FieldType.STRING, "Error", 'Cannot invoke "Object.toString()" because "x" is null')
    assert error[1][1] == "Error details"
    assert error[1][2].startswith("java.lang.NullPointerException: Cannot invoke")
    assert "\tat com.example.Calculator.divide(Calculator.java:42)\n" in error[1][2]
    assert error[2] == (FieldType.CONSOLE, "Output", "Calculator initialised\n")
    assert fields_of(named["notReady"]) == [(FieldType.STRING, "Skipped", "not implemented yet")]


def test_jest_junit_sample() -> None:
    tests = read_junit(JUNIT / "jest-junit.xml")
    named = by_name(tests)
    assert len(tests) == 4
    adds = named["Calculator adds 1 + 2"]
    assert (adds.folder, adds.file, adds.elapsed) == ("Calculator adds", "src/__tests__/calc.test.js", 3000)
    assert adds.key == test_key("Calculator adds", "Calculator adds 1 + 2", "src/__tests__/calc.test.js")
    subtracts = named["Calculator subtracts négatifs → ✓"]
    assert subtracts.status == "failed"
    # jest-junit writes no message attribute: only the details field
    assert [(t, n) for t, n, _ in fields_of(subtracts)] == [(FieldType.CONSOLE, "Failure details")]
    assert "at Object.<anonymous> (src/__tests__/calc.test.js:12:23)" in fields_of(subtracts)[0][2]
    skipped = named["Calculator multiplies later"]
    assert (skipped.status, skipped.fields) == ("skipped", UNSET)
    unicode_case = named["表示できる 🎉"]
    assert unicode_case.folder == "日本語 スイート"  # empty classname falls back to the suite


def test_every_sample_serialises_to_a_valid_request_body() -> None:
    tests = read_junit(*sorted(p for p in JUNIT.glob("*.xml") if p.name != "malformed.xml"))
    assert len(tests) == 17
    for test in tests:
        body = test.to_dict()
        assert KEY.match(body["key"])
        assert body["status"]
        assert isinstance(body["folder"], str)
        assert models.Test.from_dict(body).to_dict() == body
    assert len({t.key for t in tests}) == len(tests)


# --- statuses and folders -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("", "passed"),
        ("<system-out>hi</system-out>", "passed"),
        ("<failure/>", "failed"),
        ("<error/>", "failed"),
        ("<skipped/>", "skipped"),
        ("<system-out>x</system-out><error/><failure/>", "failed"),
        ("<skipped/><failure/>", "skipped"),  # the first outcome element wins
    ],
)
def test_status_from_the_first_outcome(body: str, status: str) -> None:
    assert case(body).status == status


def test_status_map_merges_over_the_default() -> None:
    xml = (
        '<testsuite name="s"><testcase name="a"><error/></testcase><testcase name="b"><failure/></testcase></testsuite>'
    )
    assert [t.status for t in parse_junit(xml, status_map={"error": "blocked"})] == ["blocked", "failed"]
    assert [t.status for t in parse_junit(xml, status_map={"failure": "failure", "error": "error"})] == [
        "error",
        "failure",
    ]
    assert dict(DEFAULT_STATUS_MAP) == {
        "passed": "passed",
        "failure": "failed",
        "error": "failed",
        "skipped": "skipped",
    }


def test_folder_from_suite_and_fallbacks() -> None:
    xml = '<testsuite name="Suite"><testcase classname="pkg.Cls" name="a"/><testcase name="b"/></testsuite>'
    assert [t.folder for t in parse_junit(xml)] == ["pkg.Cls", "Suite"]
    assert [t.folder for t in parse_junit(xml, folder_from="suite")] == ["Suite", "Suite"]
    nameless = '<testsuite><testcase classname="pkg.Cls" name="a"/></testsuite>'
    assert [t.folder for t in parse_junit(nameless, folder_from="suite")] == ["pkg.Cls"]


def test_nested_suites_use_the_innermost_suite() -> None:
    tests = read_junit(JUNIT / "nested.xml")
    assert [(t.name, t.folder) for t in tests] == [
        ("deep", "inner"),
        ("classed", "pkg.Inner"),
        ("shallow", "outer"),
        ("alone", "second"),
    ]
    assert [(t.line, t.assertions) for t in tests[:1]] == [(7, 3)]
    assert (tests[2].line, tests[2].assertions) == (UNSET, UNSET)  # "x" and "-2" are not counts
    assert [t.folder for t in read_junit(JUNIT / "nested.xml", folder_from="suite")] == [
        "inner",
        "inner",
        "outer",
        "second",
    ]


def test_multiple_files_keep_file_order() -> None:
    tests = read_junit(JUNIT / "nested.xml", JUNIT / "empty.xml", JUNIT / "TEST-com.example.CalculatorTest.xml")
    assert [t.name for t in tests][:5] == ["deep", "classed", "shallow", "alone", "addsNumbers"]
    assert read_junit() == []


def test_empty_suites() -> None:
    assert read_junit(JUNIT / "empty.xml") == []
    assert parse_junit("<testsuites/>") == []
    assert parse_junit('<testsuite name="x" tests="0"></testsuite>') == []


# --- numbers ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("time", "elapsed"),
    [
        ("0.001", 1000),
        ("1.5", 1_500_000),
        ("0", 0),
        (" 2 ", 2_000_000),
        (".25", 250_000),
        ("1,234.5", 1_234_500_000),
        ("1e-3", 1000),
        ("0.0000005", 1),  # half a microsecond rounds up
        ("0.0000004", 0),
        ("123456.789012", 123_456_789_012),
        ("", UNSET),
        ("abc", UNSET),
        ("-1", UNSET),
        ("NaN", UNSET),
        ("inf", UNSET),
        ("1,5", UNSET),  # a decimal comma is ambiguous: left unset
    ],
)
def test_time_to_microseconds(time: str, elapsed: object) -> None:
    assert case("", f'name="n" time="{time}"').elapsed == elapsed


def test_missing_time_is_unset() -> None:
    assert case("").elapsed is UNSET


# --- field limits -------------------------------------------------------------------------------------------------


def test_strings_are_clipped_to_750_characters() -> None:
    assert MAX_STRING == 750
    exact = "m" * 750
    assert fields_of(case(f'<failure message="{exact}"/>'))[0][2] == exact
    clipped = fields_of(case(f'<failure message="{"m" * 751}"/>'))[0][2]
    assert len(clipped) == 750
    assert clipped == "m" * (750 - len(TRUNCATED)) + TRUNCATED
    assert TRUNCATED == "… [truncated]"


def test_names_folders_and_property_names_are_clipped_too() -> None:
    long = "n" * 1000
    test = case(f'<properties><property name="{long}" value="v"/></properties>', f'classname="{long}" name="{long}"')
    assert len(test.name) == len(test.folder) == 750
    assert test.key == test_key(long, long)  # the key hashes the whole identity
    assert len(fields_of(test)[0][1]) == 750


@pytest.mark.parametrize(
    ("char", "size"),
    [
        ("x", MAX_TEXT_BYTES),  # 16369 bytes of text + 15 bytes of marker
        ("é", MAX_TEXT_BYTES - 1),  # 2-byte characters: an odd cut drops the split character
        ("🎉", MAX_TEXT_BYTES - 1),  # 4-byte characters: 16369 = 4 * 4092 + 1
        ("€", MAX_TEXT_BYTES - 1),  # 3-byte characters: 16369 = 3 * 5456 + 1
    ],
)
def test_text_fields_are_clipped_to_16_kib_on_a_character_boundary(char: str, size: int) -> None:
    assert MAX_TEXT_BYTES == 16 * 1024
    value = fields_of(case(f"<system-out>{char * 20_000}</system-out>"))[0][2]
    assert len(value.encode("utf-8")) == size
    assert value.endswith(TRUNCATED)
    assert value[: -len(TRUNCATED)] == char * len(value[: -len(TRUNCATED)])


def test_text_at_the_limit_is_kept_whole() -> None:
    value = fields_of(case(f"<failure>{'x' * MAX_TEXT_BYTES}</failure>"))[0][2]
    assert value == "x" * MAX_TEXT_BYTES


def test_at_most_25_fields_with_properties_last() -> None:
    props = "".join(f'<property name="p{i}" value="v{i}"/>' for i in range(30))
    test = case(f'<properties>{props}</properties><failure message="boom">trace</failure><system-out>o</system-out>')
    fields = fields_of(test)
    assert MAX_FIELDS == 25
    assert len(fields) == 25
    assert [name for _, name, _ in fields[:3]] == ["Failure", "Failure details", "Output"]
    assert fields[3:] == [(FieldType.STRING, f"p{i}", f"v{i}") for i in range(22)]


def test_property_text_value_and_empty_texts() -> None:
    body = (
        '<properties><property name="attached">from text</property><property name="" value="x"/>'
        '<property name="blank" value="  "/></properties>'
        '<failure message="">  </failure><system-err></system-err>'
    )
    test = case(body)
    assert test.status == "failed"
    assert fields_of(test) == [(FieldType.STRING, "attached", "from text")]


def test_field_objects_are_testmo_fields() -> None:
    test = case('<error message="m">d</error>')
    assert isinstance(test.fields, list)
    assert all(isinstance(f, Field) for f in test.fields)
    assert [f.to_dict() for f in test.fields] == [
        {"type": 1, "name": "Error", "value": "m", "is_highlight": True},
        {"type": 4, "name": "Error details", "value": "d"},
    ]


# --- keys ---------------------------------------------------------------------------------------------------------


def test_key_is_a_known_sha256() -> None:
    key = test_key("tests.test_math", "test_add", "tests/test_math.py")
    assert key == "64a0cefa88ed7c52cd3a4972c4a0a543e99a2623e3dc89fa59aaa71f27e60d67"
    assert key == hashlib.sha256(b"tests.test_math\x1ftest_add\x1ftests/test_math.py").hexdigest()
    assert KEY.match(key)
    assert len(key) == 64


def test_key_is_stable_across_platforms_and_distinguishes_parts() -> None:
    assert test_key("f", "n", "tests\\a.py") == test_key("f", "n", "tests/a.py")
    assert test_key("f", "n") == test_key("f", "n", None) == test_key("f", "n", "")
    assert test_key("Café", "n") == test_key(unicodedata.normalize("NFD", "Café"), "n")
    assert test_key("a", "bc") != test_key("ab", "c")
    assert test_key("f", "n", "a.py") != test_key("f", "n", "b.py")


def test_same_report_gives_the_same_keys() -> None:
    first = [t.key for t in read_junit(JUNIT / "pytest.xml")]
    assert first == [t.key for t in parse_junit((JUNIT / "pytest.xml").read_bytes())]
    assert first[0] == test_key("tests.test_math", "test_add")


# --- errors and input forms ---------------------------------------------------------------------------------------


def test_malformed_xml_names_the_file_and_line() -> None:
    path = JUNIT / "malformed.xml"
    with pytest.raises(JUnitError, match=r"malformed XML") as info:
        read_junit(JUNIT / "pytest.xml", path)
    assert str(info.value).startswith(f"{path}:4: ")
    assert (info.value.source, info.value.line) == (str(path), 4)
    assert isinstance(info.value, ValueError)


def test_unreadable_file_names_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.xml"
    with pytest.raises(JUnitError, match=re.escape(f"{missing}: cannot read the file")):
        read_junit(missing)


@pytest.mark.parametrize(
    ("xml", "message"),
    [
        ("", r"report\.xml:1: malformed XML"),
        ("<html><body/></html>", r"report\.xml: not a JUnit report: the root element is <html>"),
        ('<!DOCTYPE t [<!ENTITY x "boom">]><testsuite><testcase name="&x;"/></testsuite>', "unsafe XML refused"),
    ],
)
def test_bad_documents(xml: str, message: str) -> None:
    with pytest.raises(JUnitError, match=message):
        parse_junit(xml, source="report.xml")


def test_bytes_honour_the_encoding_declaration() -> None:
    xml = '<?xml version="1.0" encoding="ISO-8859-1"?><testsuite><testcase classname="Ünï" name="café"/></testsuite>'
    (test,) = parse_junit(xml.encode("latin-1"))
    assert (test.folder, test.name) == ("Ünï", "café")
    assert parse_junit(xml)[0].key == test.key  # the same document as str


def test_large_report_streams(tmp_path: Path) -> None:
    cases = "".join(
        f'<testcase classname="big" name="t{i}" time="0.001"><failure>x</failure></testcase>' for i in range(5000)
    )
    path = tmp_path / "big.xml"
    path.write_text(f'<testsuites><testsuite name="big">{cases}</testsuite></testsuites>', encoding="utf-8")
    tests = read_junit(path)
    assert len(tests) == 5000
    assert (tests[-1].name, tests[-1].status) == ("t4999", "failed")
