"""The public API: parse, parse_file, strict mode, errors, immutability."""

from __future__ import annotations

import importlib.metadata
import io
import json
import pydoc
import types
from pathlib import Path

import attrs
import pytest

import kremlin_parse
from kremlin_parse import NotTextError, ParseError
from kremlin_parse.outputs import json as outputs_json
from kremlin_parse.outputs.json import export_document

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


# -- the edges of the first hour (issue 17) ------------------------------------------------

def test_parse_warns_when_handed_the_name_of_an_existing_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.warns(kremlin_parse.PathAsTextWarning, match=r"kremlin_parse.parse_file\("):
        document = kremlin_parse.parse(str(SEED))
    assert document.text == str(SEED)  # still parsed as the text it was given
    (tmp_path / "pages").mkdir()
    monkeypatch.chdir(tmp_path)
    with pytest.warns(kremlin_parse.PathAsTextWarning, match=r"kremlin_parse.parse_many\('pages'\)"):
        kremlin_parse.parse("pages")


@pytest.mark.parametrize("text", ["pages/missing.txt", "Events\n" + str(SEED), f" {SEED}", "/", ".", "Vladimir Putin: Thank you."])
def test_parse_does_not_warn_about_text(text: str, recwarn: pytest.WarningsRecorder) -> None:
    kremlin_parse.parse(text)
    assert not [warning for warning in recwarn if warning.category is kremlin_parse.PathAsTextWarning]


def test_parse_file_reads_an_open_file() -> None:
    expected = kremlin_parse.parse_file(SEED)
    with SEED.open("rb") as binary:
        assert kremlin_parse.parse_file(binary) == expected
    with SEED.open(encoding="utf-8") as text:
        from_text = kremlin_parse.parse_file(text)
    assert from_text.events == expected.events and from_text.source == str(SEED)
    assert kremlin_parse.parse_file(io.BytesIO(SEED.read_bytes())).source is None
    with pytest.raises(TypeError, match="use parse"):
        kremlin_parse.parse_file(SEED.read_bytes())  # type: ignore[arg-type]


def test_the_package_advertises_only_its_public_names() -> None:
    public = set(kremlin_parse.__all__)
    assert set(dir(kremlin_parse)) == public
    assert not {"parser", "models", "lexer", "export", "tables", "outputs", "cli"} & public
    for name in public:
        assert not isinstance(getattr(kremlin_parse, name), types.ModuleType), name
    text = pydoc.render_doc(kremlin_parse, renderer=pydoc.plaintext)
    assert "SUBMODULES" not in text and "dumps(documents" in text


def test_the_version_is_written_once() -> None:
    assert kremlin_parse.__version__ == importlib.metadata.version("kremlin_parse")
    pyproject = (Path(__file__).parent.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject and f'"{kremlin_parse.__version__}"' not in pyproject


def test_the_json_output_and_the_lossless_dict_are_told_apart() -> None:
    document = kremlin_parse.parse_file(SEED)
    exported = export_document(document)
    assert json.loads(kremlin_parse.dumps(document, "json")) == exported
    assert "text" not in exported and document.to_dict()["text"] == document.text
    assert not hasattr(outputs_json, "document_to_dict")
