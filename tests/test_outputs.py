"""One call for any format (`dumps`, `dump`), the one registry both it and the command line
read, and the tables as typed pandas DataFrames."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Callable

import pytest

import kremlin_parse
from kremlin_parse import FORMATS, dump, dumps, iter_events, parse_file, to_dataframe
from kremlin_parse.cli import build_parser, main
from kremlin_parse.outputs.csv import EVENT_COLUMNS, TURN_COLUMNS
from kremlin_parse.outputs.json import export_document

from conftest import FIXTURE_FILES, FIXTURES

SEED_000 = FIXTURES / "000_213688eab3130147.txt"
SEED_001 = FIXTURES / "001_08d851294f153d6b.txt"


@pytest.fixture
def command_line(capsysbinary: pytest.CaptureFixture[bytes]) -> Callable[..., str]:
    """What `kremlin-parse ARGUMENTS` writes to standard output (run in this process)."""
    def run(*arguments: str) -> str:
        assert main(list(arguments)) == 0
        return capsysbinary.readouterr().out.decode("utf-8")
    return run


@pytest.mark.parametrize("format", ["json", "jsonl", "csv", "text", "markdown", "tei"])
def test_dumps_writes_what_the_command_line_writes(format: str, command_line: Callable[..., str]) -> None:
    assert dumps(parse_file(SEED_000), format) == command_line(str(SEED_000), "--format", format)


@pytest.mark.parametrize("format", ["json", "jsonl", "csv", "text", "markdown"])
def test_dumps_of_several_documents_writes_what_the_command_line_writes(format: str, command_line: Callable[..., str]) -> None:
    documents = list(kremlin_parse.parse_many([SEED_000, SEED_001]))
    assert dumps(documents, format) == command_line(str(SEED_000), str(SEED_001), "--format", format)


def test_the_csv_table_of_events(command_line: Callable[..., str]) -> None:
    document = parse_file(SEED_000)
    assert dumps(document, "csv", table="events") == command_line(str(SEED_000), "--format", "csv", "--table", "events")
    assert dumps(document, "csv", table="events").startswith(",".join(EVENT_COLUMNS) + "\r\n")


def test_the_command_line_offers_every_format_of_the_registry() -> None:
    (action,) = [action for action in build_parser()._actions if action.dest == "format"]
    assert list(action.choices) == list(FORMATS)  # type: ignore[arg-type]


def test_formats_written_event_by_event_read_an_event_stream_as_a_document() -> None:
    document = parse_file(SEED_001)
    for name, item in FORMATS.items():
        if item.by_event:
            assert dumps(iter_events(SEED_001), name) == dumps(document, name), name
        else:
            with pytest.raises(TypeError, match="whole Documents"):
                dumps(iter_events(SEED_001), name)


def test_dump_writes_to_text_and_binary_streams(tmp_path: Path) -> None:
    document = parse_file(FIXTURES / "018_ru_text_version_news.txt")
    text = io.StringIO(newline="")
    dump(document, text, "csv")
    with (tmp_path / "turns.csv").open("wb") as binary:
        dump(document, binary, "csv")
        assert not binary.closed
    assert (tmp_path / "turns.csv").read_bytes() == text.getvalue().encode("utf-8") == dumps(document, "csv").encode("utf-8")


def test_json_of_one_document_is_an_object_and_of_several_a_list() -> None:
    document = parse_file(SEED_000)
    assert json.loads(dumps(document))["source"] == str(SEED_000)
    assert [item["source"] for item in json.loads(dumps([document, document]))] == [str(SEED_000)] * 2
    assert json.loads(dumps([])) == []


def test_unknown_formats_tables_and_several_tei_documents_are_refused() -> None:
    document = parse_file(SEED_000)
    with pytest.raises(ValueError, match="unknown format 'yaml'; expected one of json, jsonl"):
        dumps(document, "yaml")
    with pytest.raises(ValueError, match="does not go with format='json'"):
        dumps(document, "json", table="events")
    with pytest.raises(ValueError, match="table='speakers' does not go with format='csv', which takes one of turns, events"):
        dumps(document, "csv", table="speakers")
    with pytest.raises(ValueError, match="TEI holds one document; 2 were given"):
        dumps([document, document], "tei")


# -- pandas ---------------------------------------------------------------------------------

def test_to_dataframe_gives_typed_columns() -> None:
    pandas = pytest.importorskip("pandas")
    documents = [parse_file(path) for path in FIXTURE_FILES]
    events = to_dataframe(documents, table="events")
    assert list(events.columns) == list(EVENT_COLUMNS)
    assert str(events["kremlin_id"].dtype) == "string" and str(events["sections"].dtype) == "Int64"
    assert str(events["persons_more"].dtype) == "Int64" and events["persons_more"].isna().any()
    assert str(events["date"].dtype) == "datetime64[s]" and events["date"].isna().any()
    assert events["kremlin_id"].dropna().str.fullmatch(r"\d+").all()
    first = events.iloc[0]
    assert first["date"] == pandas.Timestamp("2021-09-17") and first["title"] == documents[0].events[0].title.text
    turns = to_dataframe(documents)
    assert list(turns.columns) == list(TURN_COLUMNS)
    assert str(turns["turn"].dtype) == "Int64" and str(turns["speaker_name"].dtype) == "string"
    assert len(turns) == sum(len(event.turns) for document in documents for event in document.events)
    assert set(turns["event_id"]) <= set(events["event_id"])


def test_to_dataframe_of_nothing_has_the_columns_and_their_types() -> None:
    pytest.importorskip("pandas")
    empty = to_dataframe([], table="events")
    assert list(empty.columns) == list(EVENT_COLUMNS) and len(empty) == 0
    assert str(empty["turns"].dtype) == "Int64" and str(empty["date"].dtype) == "datetime64[s]"


def test_to_dataframe_without_pandas_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if it were not installed
    with pytest.raises(ImportError, match=r"pip install 'kremlin_parse\[pandas\]'"):
        to_dataframe(parse_file(SEED_000))


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.name[:3])
def test_json_written_an_item_at_a_time_is_what_json_dumps_gives(path: Path) -> None:
    document = parse_file(path)
    data = export_document(document)
    assert dumps(document) == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    assert dumps([document, document]) == json.dumps([data, data], ensure_ascii=False, indent=2) + "\n"


def test_formats_that_need_whole_documents_are_not_written_a_piece_at_a_time() -> None:
    from kremlin_parse.outputs import Options, write_piece, write_pieces

    assert {name for name, format in FORMATS.items() if format.pieces is None} == {"json", "tei"}
    document = kremlin_parse.parse_file(SEED_000)
    with pytest.raises(ValueError, match="not written a document at a time"):
        write_piece("json", Options(), document, None)
    with pytest.raises(ValueError, match="unknown format"):
        write_pieces("yaml", [], io.StringIO(), Options())
