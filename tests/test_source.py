"""The source stage: decoding and normalising."""

from __future__ import annotations

from pathlib import Path

import pytest

from kremlin_parse.diagnostics import Code, DiagnosticSink
from kremlin_parse.errors import NotTextError, ParseError
from kremlin_parse.models import Severity
from kremlin_parse.source import load, normalise, read_path


@pytest.mark.parametrize(
    ("raw", "expected", "why"),
    [
        ("a\r\nb", "a\nb", "Windows newlines"),
        ("a\rb", "a\nb", "old Mac newlines"),
        ("a\u2028b\u2029c", "a\nb\nc", "Unicode line and paragraph separators"),
        ("16\u00a0of\u202f4", "16 of 4", "non-breaking and narrow spaces"),
        ("Put\u200bin\ufeff", "Putin", "zero-width characters and a stray BOM"),
        ("plain text\n", "plain text\n", "nothing to do"),
    ],
)
def test_normalise(raw: str, expected: str, why: str) -> None:
    assert normalise(raw) == expected, why


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        ("Путин".encode("utf-8"), "Путин", "utf-8"),
        (b"\xef\xbb\xbf" + "Путин".encode("utf-8"), "Путин", "utf-8-sig"),
        ("Путин".encode("utf-16"), "Путин", "utf-16"),
        ("Владимир Путин".encode("cp1251"), "Владимир Путин", "cp1251"),
    ],
)
def test_decode(data: bytes, text: str, encoding: str) -> None:
    source = load(data)
    assert (source.text, source.encoding, source.decode_note) == (text, encoding, None)


def test_invalid_utf8_that_is_not_cp1251_is_replaced_with_a_note() -> None:
    source = load(b"Putin \x81\x82 said")
    assert "\ufffd" in source.text
    assert source.decode_note is not None and "offset 6" in source.decode_note


def test_nul_bytes_are_not_text() -> None:
    with pytest.raises(NotTextError) as raised:
        load(b"Events\x00\x01")
    assert raised.value.offset == 6
    assert isinstance(raised.value, ValueError)


@pytest.mark.parametrize("value", [None, 42, ["Events"], Path("x.txt")])
def test_wrong_types_get_a_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="parse_file"):
        load(value)  # type: ignore[arg-type]


def test_read_path_rejects_non_paths() -> None:
    with pytest.raises(TypeError):
        read_path(b"bytes are not a path")  # type: ignore[arg-type]


def test_diagnostics_are_placed_by_line_and_column() -> None:
    sink = DiagnosticSink(load("ab\ncd\n\nef"))
    for offset in (0, 1, 3, 6, 7):
        sink.report(Code.NO_EVENT, offset, offset + 1)
    assert [(item.line, item.column) for item in sink.items] == [(1, 1), (1, 2), (2, 1), (3, 1), (4, 1)]
    assert {item.severity for item in sink.items} == {Severity.WARNING}
    sink.report(Code.INVALID_DATE, 3, 4, raw="cd")
    with pytest.raises(ParseError) as raised:
        sink.raise_first_error()
    assert raised.value.line_text == "cd" and "line 2, column 1" in str(raised.value)


def test_every_diagnostic_code_has_a_message_that_its_fields_fill() -> None:
    fields = {"note": "n", "asked": "a", "detected": "d", "raw": "r", "label": "l", "value": "v", "candidates": "c"}
    for code in Code:
        assert code.value == code and code.message.format(**fields)
        assert isinstance(code.severity, Severity)
