"""The public API: parse, parse_file, strict mode, errors, immutability."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

import kremlin_parse
from kremlin_parse import NotTextError, ParseError

from conftest import FIXTURES

SEED = FIXTURES / "000_213688eab3130147.txt"


def test_parse_file_accepts_str_and_path(tmp_path: Path) -> None:
    by_path = kremlin_parse.parse_file(SEED)
    by_str = kremlin_parse.parse_file(str(SEED))
    assert by_path.events == by_str.events
    assert by_path.source == str(SEED)


def test_parse_of_bytes_with_bom_equals_parse_of_text() -> None:
    text = SEED.read_text(encoding="utf-8")
    from_bytes = kremlin_parse.parse(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert from_bytes.events == kremlin_parse.parse(text).events
    assert from_bytes.encoding == "utf-8-sig"


def test_crlf_input_gives_the_same_events() -> None:
    text = SEED.read_text(encoding="utf-8")
    crlf = kremlin_parse.parse(text.replace("\n", "\r\n").encode("utf-8"))
    assert crlf.events == kremlin_parse.parse(text).events


@pytest.mark.parametrize("value", [None, 3.5, ["Events"], Path("x.txt")])
def test_parse_rejects_non_text(value: object) -> None:
    with pytest.raises(TypeError):
        kremlin_parse.parse(value)  # type: ignore[arg-type]


def test_parse_rejects_binary() -> None:
    with pytest.raises(NotTextError):
        kremlin_parse.parse(b"\x89PNG\r\n\x1a\n\x00\x00")


def test_missing_file_raises_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        kremlin_parse.parse_file(tmp_path / "missing.txt")


def test_strict_raises_parse_error_with_line_and_column() -> None:
    text = "Events\nA title\nFebruary 30, 2021\nText."
    assert kremlin_parse.parse(text).diagnostics[0].code == "invalid-date"
    with pytest.raises(ParseError) as raised:
        kremlin_parse.parse(text, strict=True)
    error = raised.value
    assert isinstance(error, ValueError)
    assert (error.code, error.line, error.column) == ("invalid-date", 3, 1)
    assert "February 30, 2021" in str(error) and "line 3, column 1" in str(error)


def test_strict_does_not_raise_on_warnings() -> None:
    document = kremlin_parse.parse("Events\nA title\nText.", strict=True)
    assert [d.severity.value for d in document.diagnostics] == ["warning"]


def test_invalid_utf8_becomes_an_error_diagnostic() -> None:
    # 0x98 is undefined in CP1251 and 0x81 0x82 are not Cyrillic letters: neither UTF-8 nor Russian.
    document = kremlin_parse.parse(b"Vladimir Putin: Yes \x81\x82\x98 no.")
    assert [(d.code, d.line, d.column) for d in document.diagnostics] == [("decode-replaced", 1, 21)]
    assert "\ufffd" in document.events[0].turns[0].paragraphs[0].text


def test_a_stray_latin1_letter_in_english_is_no_cp1251() -> None:
    document = kremlin_parse.parse(b"Caf\xe9 society.")
    assert document.encoding == "utf-8"
    assert [d.code for d in document.diagnostics] == ["decode-replaced"]


def test_cp1251_russian_is_read_with_an_info_diagnostic() -> None:
    document = kremlin_parse.parse("В.Путин: Добрый день, уважаемые коллеги!".encode("cp1251"))
    assert document.encoding == "cp1251"
    assert [(d.code, d.severity.value) for d in document.diagnostics] == [("decoded-cp1251", "info")]
    assert document.events[0].turns[0].paragraphs[0].text == "Добрый день, уважаемые коллеги!"


@pytest.mark.parametrize("text", ["", "\n\n  \n", "Text version", "Events"])
def test_empty_and_furniture_only_inputs_give_no_events(text: str) -> None:
    assert kremlin_parse.parse(text).events == ()


def test_models_are_frozen() -> None:
    event = kremlin_parse.parse_file(SEED).events[0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        event.title = None  # type: ignore[misc]


def test_event_turns_and_turn_text() -> None:
    event = kremlin_parse.parse_file(SEED).events[0]
    assert event.turns == event.sections[0].turns
    putin = event.turns[1]
    assert putin.text.startswith("Friends,\n\nToday, the three-day election")
    assert putin.text.count("\n\n") == len(putin.paragraphs) - 1
    assert [s.name for s in event.speakers] == ["Vladimir Putin"]


def test_version_is_exposed() -> None:
    assert kremlin_parse.__version__.count(".") == 2
