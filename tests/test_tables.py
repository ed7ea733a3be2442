"""CSV tables: one row per turn / per event, read back exactly by the csv module."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

import kremlin_parse
from kremlin_parse import (
    Document, Event, Paragraph, Parsed, Section, Span, Speaker, SpeakerKind, Text, Turn,
)
from kremlin_parse.outputs.csv import (
    EVENT_COLUMNS, TURN_COLUMNS, event_rows, kremlin_id, turn_rows, write_csv,
)

from conftest import FIXTURE_FILES

NOWHERE = Span(0, 0)


def _read_back(documents: list[Document], table: str) -> tuple[list[str], list[dict[str, str]], str]:
    stream = io.StringIO(newline="")
    write_csv(documents, stream, table=table)
    written = stream.getvalue()
    reader = csv.DictReader(io.StringIO(written, newline=""))
    rows = list(reader)
    return list(reader.fieldnames or []), rows, written


def _paragraph(text: str) -> Paragraph:
    return Paragraph(text=text, span=NOWHERE, pieces=(NOWHERE,))


def _constructed() -> Document:
    tricky = 'He said, "no, never"\nand left; then: \'quoted\', "again"'
    speaker = Speaker(label="Question, from the floor", span=NOWHERE, kind=SpeakerKind.GENERIC)
    putin = Speaker(label="President of Russia Vladimir Putin", span=NOWHERE,
                    kind=SpeakerKind.PERSON, name="Vladimir Putin", role="President of Russia")
    turns = (
        Turn(speaker=None, paragraphs=(_paragraph("Narration, with a comma."),), span=NOWHERE),
        Turn(speaker=speaker, paragraphs=(_paragraph(tricky), _paragraph("Second, \"one\".")),
             span=NOWHERE),
        Turn(speaker=putin, paragraphs=(_paragraph("Thank you."),), span=NOWHERE),
        Turn(speaker=putin, paragraphs=(_paragraph("Again."),), span=NOWHERE),
    )
    event = Event(
        span=NOWHERE, language="en",
        title=Text('Meeting on "quotes", commas', NOWHERE),
        date=Parsed(dt.date(2021, 9, 14), "September 14, 2021", NOWHERE),
        time=Parsed(dt.time(15, 43), "15:43", NOWHERE),
        location=Text("Novo-Ogaryovo, Moscow Region", NOWHERE),
        sections=(Section(heading=None, turns=turns[:2], span=NOWHERE),
                  Section(heading=Text("Part two", NOWHERE), turns=turns[2:], span=NOWHERE)),
        topics=(Text("Foreign policy", NOWHERE), Text("Science, technology", NOWHERE)),
        url=Text("http://en.kremlin.ru/events/president/news/65178", NOWHERE),
    )
    return Document(text="", shape="fragment", events=(event,), source='dir, with "odd" name.txt')


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.name)
def test_turns_table_reads_back_exactly(path: Path) -> None:
    document = kremlin_parse.parse_file(path)
    header, rows, _ = _read_back([document], "turns")
    assert header == list(TURN_COLUMNS)
    turns = [(event, section, turn) for event in document.events
             for section in event.sections for turn in section.turns]
    assert len(rows) == len(turns)
    for row, (event, section, turn) in zip(rows, turns):
        assert row["text"] == turn.text
        assert row["source"] == (document.source or "")
        assert row["speaker_label"] == (turn.speaker.label if turn.speaker else "")
        assert row["speaker_name"] == (turn.speaker.name or "" if turn.speaker else "")
        assert row["title"] == (event.title.text if event.title else "")
        assert row["date"] == (event.date.value.isoformat() if event.date else "")
        assert int(row["turn"]) == section.turns.index(turn) + 1
        assert int(row["section"]) == event.sections.index(section) + 1


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.name)
def test_events_table_reads_back_exactly(path: Path) -> None:
    document = kremlin_parse.parse_file(path)
    header, rows, _ = _read_back([document], "events")
    assert header == list(EVENT_COLUMNS)
    assert len(rows) == len(document.events)
    for row, event in zip(rows, document.events):
        assert int(row["turns"]) == len(event.turns)
        assert int(row["sections"]) == len(event.sections)
        assert row["summary"] == (event.summary.text if event.summary else "")
        assert row["topics"].split("; ") == [t.text for t in event.topics] or not event.topics
        names = {speaker.name for speaker in event.speakers if speaker.name}
        assert set(filter(None, row["speakers"].split("; "))) == names
        assert row["language"] == event.language


def test_event_ids_unique_and_join_across_all_fixtures_twice() -> None:
    documents = [kremlin_parse.parse_file(path) for path in FIXTURE_FILES]
    # Twice, and with two sourceless documents: ids must still be unique.
    documents += documents + [kremlin_parse.parse(path.read_text(encoding="utf-8"))
                              for path in FIXTURE_FILES[:2]]
    _, events, _ = _read_back(documents, "events")
    _, turns, _ = _read_back(documents, "turns")
    ids = [row["event_id"] for row in events]
    assert len(events) == sum(len(document.events) for document in documents)
    assert len(ids) == len(set(ids))
    assert len(turns) == sum(len(event.turns) for document in documents for event in document.events)
    turn_counts = {event_id: 0 for event_id in ids}
    for row in turns:
        turn_counts[row["event_id"]] += 1  # every turn joins to an event
    assert all(turn_counts[row["event_id"]] == int(row["turns"]) for row in events)
    assert "-#1" in ids and "- (2)#1" in ids


def test_constructed_quotes_commas_and_newlines() -> None:
    document = _constructed()
    _, rows, written = _read_back([document], "turns")
    assert [row["text"] for row in rows] == [turn.text for turn in document.events[0].turns]
    assert "\n" in rows[1]["text"] and '"no, never"' in rows[1]["text"]
    assert rows[0]["speaker_label"] == rows[0]["speaker_name"] == rows[0]["speaker_kind"] == ""
    assert rows[1]["speaker_label"] == "Question, from the floor"
    assert rows[1]["speaker_kind"] == "generic"
    assert [(row["section"], row["turn"]) for row in rows] == [("1", "1"), ("1", "2"), ("2", "1"), ("2", "2")]
    assert {row["event_id"] for row in rows} == {'dir, with "odd" name.txt#1'}
    assert written.startswith(",".join(TURN_COLUMNS) + "\r\n")
    assert '"He said, ""no, never""\nand left' in written

    _, (event,), _ = _read_back([document], "events")
    assert event["title"] == 'Meeting on "quotes", commas'
    assert event["kremlin_id"] == "65178"
    assert (event["date"], event["time"]) == ("2021-09-14", "15:43")
    assert event["speakers"] == "Vladimir Putin"  # distinct, generic labels have no name
    assert event["topics"] == "Foreign policy; Science, technology"
    assert event["persons"] == "" and event["turns"] == "4" and event["sections"] == "2"


def test_rows_are_typed_and_source_overrides() -> None:
    document = _constructed()
    (row, *_) = list(turn_rows(document, source="other"))
    assert row["source"] == "other" and row["event_id"] == "other#1"
    assert row["turn"] == 1 and row["speaker_name"] is None
    (event,) = list(event_rows(document))
    assert event["turns"] == 4 and event["persons"] is None
    assert set(row) == set(TURN_COLUMNS) and set(event) == set(EVENT_COLUMNS)


def test_empty_output_still_has_a_header_and_unknown_table_fails() -> None:
    header, rows, _ = _read_back([], "events")
    assert header == list(EVENT_COLUMNS) and rows == []
    with pytest.raises(ValueError):
        write_csv([], io.StringIO(), table="speakers")


@pytest.mark.parametrize("url, expected", [
    ("http://en.kremlin.ru/events/president/news/65178", "65178"),
    ("http://en.kremlin.ru/events/president/transcripts/64547/", "64547"),
    ("kremlin.ru/d/76842", "76842"),
    ("http://kremlin.ru/events/president/news/65178/videos?x=1", "65178"),
    ("http://example.org/page", None),
    (None, None),
])
def test_kremlin_id(url: str | None, expected: str | None) -> None:
    assert kremlin_id(url) == expected
