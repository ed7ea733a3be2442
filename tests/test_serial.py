"""The models as plain data and back (`to_dict` / `from_dict`), and pickling, on every fixture."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import attrs
import pytest

import kremlin_parse
from kremlin_parse import Document, Event
from kremlin_parse.dates import MOSCOW
from kremlin_parse.spans import replaced

from conftest import FIXTURE_FILES


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.name[:3])
def test_every_fixture_round_trips_through_json(path: Path) -> None:
    document = kremlin_parse.parse_file(path)
    data = json.loads(json.dumps(document.to_dict(), ensure_ascii=False))
    assert Document.from_dict(data) == document
    for event in document.events:
        assert Event.from_dict(json.loads(json.dumps(event.to_dict()))) == event


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.name[:3])
def test_every_fixture_pickles(path: Path) -> None:
    document = kremlin_parse.parse_file(path)
    assert pickle.loads(pickle.dumps(document)) == document


def test_publication_times_come_back_in_the_moscow_zone() -> None:
    (path,) = [path for path in FIXTURE_FILES if path.name.startswith("000")]
    document = kremlin_parse.parse_file(path)
    stamps = [event.published_at for event in Document.from_dict(document.to_dict()).events]
    assert stamps and all(stamp is not None and stamp.value.tzinfo is MOSCOW for stamp in stamps)


def test_the_dict_holds_the_text_spans_and_enums_as_plain_data() -> None:
    document = kremlin_parse.parse("Events\nTitle\nSeptember 17, 2021\n\nVladimir Putin: Thank you.\n")
    data = document.to_dict()
    assert data["text"] == document.text
    turn = data["events"][0]["sections"][0]["turns"][0]
    assert turn["speaker"]["kind"] == "person"
    assert turn["speaker"]["span"] == [document.text.index("Vladimir"), document.text.index(":") + 1]
    assert data["events"][0]["date"]["value"] == "2021-09-17"


@pytest.mark.parametrize("change, complaint", [
    (lambda data: data.update(events=[{"span": [0, 1]}]), "language"),
    (lambda data: data.update(colour="red"), "colour"),
    (lambda data: data["events"][0].update(date={"value": "17 Sept", "raw": "x", "span": [0, 1]}), "Document"),
])
def test_data_that_does_not_fit_is_a_value_error(change, complaint: str) -> None:  # type: ignore[no-untyped-def]
    data = kremlin_parse.parse("Events\nTitle\nSeptember 17, 2021\n\nText.\n").to_dict()
    change(data)
    with pytest.raises(ValueError, match=complaint):
        Document.from_dict(data)


def test_replaced_models_equal_what_attrs_evolve_gives() -> None:
    """`spans.replaced` (the stages' faster `attrs.evolve`) gives the same model, every
    other field kept, for each kind of node the fixtures parse into."""
    documents = [kremlin_parse.parse_file(path) for path in FIXTURE_FILES]
    sections = [section for document in documents for event in document.events for section in event.sections]
    turns = [turn for section in sections for turn in section.turns]
    speakers = [turn.speaker for turn in turns if turn.speaker is not None]
    assert len(speakers) > 100
    for speaker in speakers:
        assert replaced(speaker, person_id="x-y", name=None) == attrs.evolve(speaker, person_id="x-y", name=None)
    for turn in turns:
        assert replaced(turn, speaker=None) == attrs.evolve(turn, speaker=None)
    for section in sections:
        assert replaced(section, turns=()) == attrs.evolve(section, turns=())
        assert replaced(section) == section


def test_replacing_a_field_a_model_lacks_is_a_type_error() -> None:
    span = kremlin_parse.Span(1, 2)
    with pytest.raises(TypeError, match="no field 'middle'"):
        replaced(span, middle=3)
