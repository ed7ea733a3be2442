"""The JSON export: dictionaries for JSON and JSON Lines, and the schema they follow.

The dictionary layout is the JSON schema documented in docs/json.md; other programs rely on
its keys, so a key is only ever added, never renamed.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any, Iterator

from .models import Document, Event, Section, Speaker, Turn, text_of, texts_of
from .persons import entry_person_id

JSONDict = dict[str, Any]


def document_to_dict(document: Document) -> JSONDict:
    """The whole parse as JSON-ready data."""
    return {
        "source": document.source,
        "shape": document.shape,
        "encoding": document.encoding,
        "events": [event_to_dict(event) for event in document.events],
        "furniture": [
            {"kind": item.kind.value, "text": item.text, "value": item.value,
             "span": [item.span.start, item.span.end]}
            for item in document.furniture
        ],
        "diagnostics": [
            {
                "code": item.code,
                "severity": item.severity.value,
                "message": item.message,
                "line": item.line,
                "column": item.column,
            }
            for item in document.diagnostics
        ],
    }


def event_to_dict(event: Event) -> JSONDict:
    """One event as JSON-ready data."""
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


def to_json(documents: Document | list[Document], *, indent: int | None = 2) -> str:
    """JSON of one document, or a JSON list of several."""
    if isinstance(documents, Document):
        data: Any = document_to_dict(documents)
    else:
        data = [document_to_dict(document) for document in documents]
    return json.dumps(data, ensure_ascii=False, indent=indent)


def event_id(source: str | None, number: int) -> str:
    """The id of the `number`th event (from 1) of a document: `page.txt#2` (`-#2` without a
    source). JSON Lines and the CSV tables (kremlin_parse.tables) share it, so they join."""
    return f"{source or '-'}#{number}"


def event_line(event: Event, *, source: str | None, shape: str, number: int) -> JSONDict:
    """One line of JSON Lines: the event, with the file it came from and its id there."""
    return {"source": source, "shape": shape, "event_id": event_id(source, number), **event_to_dict(event)}


def to_jsonl(document: Document) -> Iterator[str]:
    """The JSON Lines of a document: one line (without its newline) per event."""
    for number, event in enumerate(document.events, start=1):
        line = event_line(event, source=document.source, shape=document.shape, number=number)
        yield json.dumps(line, ensure_ascii=False)


def json_schema() -> JSONDict:
    """The JSON Schema of the export: `$defs/document` for JSON, `$defs/event_line` for a
    line of JSON Lines. The same file is `docs/document.schema.json`."""
    schema = resources.files("kremlin_parse").joinpath("schema", "document.schema.json")
    return json.loads(schema.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
