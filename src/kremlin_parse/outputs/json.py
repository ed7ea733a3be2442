"""JSON and JSON Lines, and the JSON Schema they follow.

`export_document(document)` is the JSON output of a parse as Python data: a selection of the
model meant for readers and other programs, whose layout (docs/json.md) they rely on, so a
key is only ever added, never renamed. It is not `Document.to_dict()`, which holds every
field, text and spans included, and can be read back with `Document.from_dict()`.

`write_json` and `write_jsonl` write to an open text stream; `kremlin_parse.dumps` and
`kremlin_parse.dump` call them for `format="json"` and `format="jsonl"`. Both write as they
go: a document's events one at a time, and JSON Lines straight from an `EventStream`.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any, Callable, Iterable, Iterator, TextIO

from ..models import Diagnostic, Document, Event, Furniture, Section, Speaker, Turn, text_of, texts_of
from ..ids import event_id
from ..persons import entry_person_id
from ..stream import EventSource

JSONDict = dict[str, Any]


def export_document(document: Document) -> JSONDict:
    """The JSON output of a parse (`$defs/document` of the schema) as Python data."""
    return {key: list(value) if isinstance(value, _Each) else value for key, value in _document_fields(document).items()}


def _document_fields(document: Document) -> JSONDict:
    """The document's JSON with its three lists left to be turned into data an item at a
    time, as they are written."""
    return {
        "source": document.source,
        "shape": document.shape,
        "encoding": document.encoding,
        "events": _Each(document.events, export_event),
        "furniture": _Each(document.furniture, _furniture_to_dict),
        "diagnostics": _Each(document.diagnostics, _diagnostic_to_dict),
    }


def _furniture_to_dict(item: Furniture) -> JSONDict:
    return {"kind": item.kind.value, "text": item.text, "value": item.value, "span": [item.span.start, item.span.end]}


def _diagnostic_to_dict(item: Diagnostic) -> JSONDict:
    return {"code": item.code, "severity": item.severity.value, "message": item.message,
            "line": item.line, "column": item.column}


def export_event(event: Event) -> JSONDict:
    """One event of the JSON output (`$defs/event` of the schema) as Python data."""
    return {
        "title": text_of(event.title),
        "summary": event.summary.text if event.summary else None,
        "date": event.date.value.isoformat() if event.date else None,
        "time": event.time.value.strftime("%H:%M") if event.time else None,
        "location": text_of(event.location),
        "language": event.language,
        "span": [event.span.start, event.span.end],
        "captions": [
            {"counter": caption.counter.text, "index": caption.index, "total": caption.total,
             "text": text_of(caption.text)}
            for caption in event.captions
        ],
        "sections": [_section_to_dict(section) for section in event.sections],
        "topics": texts_of(event.topics),
        "persons": texts_of(event.persons),
        "persons_more": event.persons_more.value if event.persons_more else None,
        "geography": texts_of(event.geography),
        "see_also": [
            {"title": entry.title.text, "date": entry.date.value.isoformat() if entry.date else None}
            for entry in event.see_also
        ],
        "published_in": list(event.published_in.value) if event.published_in else [],
        "published_at": event.published_at.value.isoformat() if event.published_at else None,
        "url": text_of(event.url),
        "person_ids": [entry_person_id(entry.text) for entry in event.persons],
    }


def _section_to_dict(section: Section) -> JSONDict:
    return {"heading": text_of(section.heading), "turns": [_turn_to_dict(turn) for turn in section.turns]}


def _turn_to_dict(turn: Turn) -> JSONDict:
    return {
        "speaker": _speaker_to_dict(turn.speaker) if turn.speaker else None,
        "paragraphs": [paragraph.text for paragraph in turn.paragraphs],
        "marks": [
            {"kind": mark.kind.value, "text": mark.text, "paragraph": index}
            for index, paragraph in enumerate(turn.paragraphs)
            for mark in paragraph.marks
        ],
    }


def _speaker_to_dict(speaker: Speaker) -> JSONDict:
    return {
        "label": speaker.label,
        "kind": speaker.kind.value,
        "name": speaker.name,
        "role": speaker.role,
        "affiliation": speaker.affiliation,
        "qualifier": speaker.qualifier,
        "person_id": speaker.person_id,
    }


def event_line(event: Event, *, source: str | None, shape: str, number: int) -> JSONDict:
    """One line of JSON Lines: the event, with the file it came from and its id there."""
    return {"source": source, "shape": shape, "event_id": event_id(source, number), **export_event(event)}


def write_jsonl(parses: Iterable[EventSource], stream: TextIO) -> None:
    """One line of JSON per event, each ending in `\\n`: Documents or EventStreams alike, an
    event written as soon as it is read."""
    for parse in parses:
        for line in _jsonl_lines(parse):
            stream.write(line)


def jsonl_piece(document: Document) -> str:
    """The lines of one document as `write_jsonl` writes them."""
    return "".join(_jsonl_lines(document))


def _jsonl_lines(parse: EventSource) -> Iterator[str]:
    for number, event in enumerate(parse.events, start=1):
        line = event_line(event, source=parse.source, shape=parse.shape, number=number)
        yield json.dumps(line, ensure_ascii=False) + "\n"


def write_json(documents: Iterable[Document], stream: TextIO, *, one: bool = False, indent: int = 2) -> None:
    """The JSON of the documents: a list of them, or with `one=True` the one document as an
    object. The text is what `json.dumps(..., indent=indent)` gives, written an item at a
    time, so neither the whole output nor its data is ever held at once."""
    if one:
        for document in documents:
            _write_value(_document_fields(document), stream, indent, 0)
            stream.write("\n")
        return
    _write_value(_Each(documents, _document_fields), stream, indent, 0)
    stream.write("\n")


class _Each:
    """A list whose items are turned into JSON data one at a time, as they are written."""

    def __init__(self, items: Iterable[Any], convert: Callable[[Any], Any]) -> None:
        self.items = items
        self.convert = convert

    def __iter__(self) -> Iterator[Any]:
        return map(self.convert, self.items)


def _write_value(value: Any, stream: TextIO, indent: int, level: int) -> None:
    """`value` as `json.dumps` with `indent` writes it when nested `level` deep."""
    inner = "\n" + " " * (indent * (level + 1))
    if isinstance(value, _Each):
        count = 0
        for count, item in enumerate(value, start=1):
            stream.write(("," if count > 1 else "[") + inner)
            _write_value(item, stream, indent, level + 1)
        stream.write("\n" + " " * (indent * level) + "]" if count else "[]")
    elif isinstance(value, dict) and any(isinstance(item, _Each) for item in value.values()):
        for index, (key, item) in enumerate(value.items()):
            stream.write(("," if index else "{") + inner + json.dumps(key, ensure_ascii=False) + ": ")
            _write_value(item, stream, indent, level + 1)
        stream.write("\n" + " " * (indent * level) + "}")
    else:  # a JSON string holds no raw line break, so every line break is the indentation's
        text = json.dumps(value, ensure_ascii=False, indent=indent)
        stream.write(text.replace("\n", "\n" + " " * (indent * level)) if level else text)


def json_schema() -> JSONDict:
    """The JSON Schema of the output: `$defs/document` for JSON, `$defs/event_line` for a
    line of JSON Lines. The same file is `docs/document.schema.json`."""
    schema = resources.files("kremlin_parse").joinpath("schema", "document.schema.json")
    return json.loads(schema.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
