"""The aligned editions as a parallel corpus: JSON Lines and TMX 1.4.

Both write one unit per paragraph pair of an `Alignment` (kremlin_parse.align), in order.
docs/alignment.md describes every key and element.

- `to_jsonl(alignment)`: one JSON object per line, with the event's site id and the events
  it pairs (`<source>#<n>`, as in the JSON Lines and CSV exports), the person id, the method
  and confidence of each level, and for each language the text, its span in its document's
  normalised text and the paragraphs' indices in their turn.
- `to_tmx(alignment)`: a TMX 1.4 document (the translation-memory exchange format that
  translators' tools read), one `tu` per pair with a `tuv` per language and the ids as
  `prop`s. Written with xml.etree, so it is well-formed; UTF-8.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from typing import Any, Iterator

import regex

from importlib import metadata

from ..align import Alignment, EventPair, EventRef, ParagraphPair, TurnPair
from ..ids import event_id

__all__ = ["jsonl_lines", "to_jsonl", "to_tmx"]

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: Characters XML 1.0 forbids anywhere; they are written as U+FFFD.
_NOT_XML = regex.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def jsonl_lines(alignment: Alignment) -> Iterator[dict[str, Any]]:
    """The JSON Lines objects of the alignment, one per paragraph pair."""
    for event_pair, turn_pair, pair in alignment.paragraph_pairs():
        yield {
            "event_id": event_pair.site_id,
            "english_event": _event_name(alignment, "en", event_pair.english),
            "russian_event": _event_name(alignment, "ru", event_pair.russian),
            "event_method": event_pair.method,
            "event_confidence": event_pair.confidence,
            "person_id": turn_pair.person_id,
            "english_person_id": turn_pair.english_person_id,
            "russian_person_id": turn_pair.russian_person_id,
            "turn_method": turn_pair.method,
            "english": _side(turn_pair.english, pair.english, pair.english_text, pair.english_span.start,
                             pair.english_span.end),
            "russian": _side(turn_pair.russian, pair.russian, pair.russian_text, pair.russian_span.start,
                             pair.russian_span.end),
            "method": pair.method,
            "confidence": pair.confidence,
        }


def to_jsonl(alignment: Alignment) -> Iterator[str]:
    """The lines (without their newlines) of the JSON Lines of the alignment."""
    for line in jsonl_lines(alignment):
        yield json.dumps(line, ensure_ascii=False)


def to_tmx(alignment: Alignment) -> str:
    """The alignment as a TMX 1.4 document (with an XML declaration, ending in a newline).

    The source language is Russian, the language the site's texts are first published in.
    The paragraphs of a two-to-one bead are joined by a space in their `seg`.
    """
    root = ET.Element("tmx", version="1.4")
    ET.SubElement(root, "header", {
        "creationtool": "kremlin_parse", "creationtoolversion": metadata.version("kremlin_parse"), "datatype": "plaintext",
        "segtype": "paragraph", "adminlang": "en", "srclang": "ru", "o-tmf": "kremlin_parse",
    })
    body = ET.SubElement(root, "body")
    for number, (event_pair, turn_pair, pair) in enumerate(alignment.paragraph_pairs(), start=1):
        unit = ET.SubElement(body, "tu", tuid=str(number))
        for name, value in _properties(alignment, event_pair, turn_pair, pair):
            if value is not None:
                ET.SubElement(unit, "prop", type=name).text = _clean(value)
        for language, text in (("en", pair.english_text), ("ru", pair.russian_text)):
            variant = ET.SubElement(unit, "tuv", {_XML_LANG: language})
            ET.SubElement(variant, "seg").text = _clean(" ".join(text.split("\n\n")))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _properties(alignment: Alignment, event_pair: EventPair, turn_pair: TurnPair, pair: ParagraphPair
                ) -> list[tuple[str, str | None]]:
    return [
        ("x-event-id", event_pair.site_id),
        ("x-english-event", _event_name(alignment, "en", event_pair.english)),
        ("x-russian-event", _event_name(alignment, "ru", event_pair.russian)),
        ("x-person-id", turn_pair.person_id),
        ("x-method", pair.method),
        ("x-confidence", f"{pair.confidence:.3f}"),
    ]


def _event_name(alignment: Alignment, language: str, ref: EventRef) -> str:
    """`<source>#<n>`: the event's id in the JSON Lines and CSV exports of its document."""
    documents = alignment.english if language == "en" else alignment.russian
    return event_id(documents[ref.document].source, ref.event + 1)


def _side(turn: int, paragraphs: tuple[int, ...], text: str, start: int, end: int) -> dict[str, Any]:
    return {"turn": turn, "paragraphs": list(paragraphs), "text": text, "span": [start, end]}


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)
