"""The facade: run the stages of the road in order and assemble the Document."""

from __future__ import annotations

import os
from typing import Sequence

import regex

from .body import read_body
from .diagnostics import DiagnosticSink
from .header import read_header
from .lexer import Kind, Token, tokenize
from .models import Document, Event, Furniture, FurnitureKind, Severity, Span
from .readers import text_lines
from .segment import segment
from .source import Source, TextInput, load, read_path
from .turns import resolve_speakers

#: The shape of the site's text version, the only shape read so far.
TEXT_VERSION = "text_version"

_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_LATIN = regex.compile(r"\p{Latin}")
_LANGUAGE_SAMPLE = 4000
_FURNITURE_OF_KIND = {
    Kind.SECTION_WORD: FurnitureKind.SECTION_WORD,
    Kind.PAGE_END: FurnitureKind.PAGE_END,
    Kind.CHROME: FurnitureKind.CHROME,
    Kind.PUBLICATION_STATUS: FurnitureKind.PUBLICATION_STATUS,
    Kind.SECTION_BREAK: FurnitureKind.SECTION_BREAK,
}


def parse(data: TextInput, *, strict: bool = False, source: str | None = None) -> Document:
    """Parse a Kremlin document given as text or bytes.

    Lenient by default: whatever looks odd becomes a diagnostic on the Document. With
    `strict=True` the first error-level diagnostic raises ParseError instead. `source` names
    where the text came from (kept on the Document). Raises TypeError for anything that is
    not str or bytes, and NotTextError for bytes that are not text.
    """
    return _parse_source(load(data), strict=strict, name=source)


def parse_file(path: str | os.PathLike[str], *, strict: bool = False) -> Document:
    """Read and parse a file (UTF-8, UTF-8 with BOM, or CP1251)."""
    return _parse_source(read_path(path), strict=strict, name=os.fspath(path))


def _parse_source(source: Source, *, strict: bool, name: str | None) -> Document:
    text = source.text
    sink = DiagnosticSink(source)
    if source.decode_note is not None:
        sink.report("decode-replaced", Severity.ERROR, source.decode_note, 0, 0)
    tokens = list(tokenize(text, text_lines(text)))
    events: list[Event] = []
    furniture: list[Furniture] = []
    for first, stop, has_content in segment(tokens):
        event_tokens = tokens[first:stop]
        if has_content:
            event, event_furniture = _read_event(text, event_tokens, sink)
            events.append(event)
            furniture.extend(event_furniture)
        else:
            furniture.extend(_loose_furniture(event_tokens))
    if not events and any(token.kind is not Kind.BLANK for token in tokens):
        sink.report("no-event", Severity.WARNING, "no event content was found", 0, 0)
    if strict:
        sink.raise_first_error()
    furniture.sort(key=lambda item: item.span.start)
    return Document(
        text=text,
        shape=TEXT_VERSION,
        events=tuple(events),
        furniture=tuple(furniture),
        diagnostics=tuple(sink.items),
        source=name,
        encoding=source.encoding,
    )


def _read_event(text: str, tokens: Sequence[Token], sink: DiagnosticSink) -> tuple[Event, list[Furniture]]:
    header = read_header(text, tokens, sink)
    body = read_body(text, tokens[header.body_start :], sink)
    sections = resolve_speakers(body.sections, body.tags["persons"])
    content = [token for token in tokens if token.kind is not Kind.BLANK]
    span = Span(content[0].start, content[-1].end)
    event = Event(
        span=span,
        language=_language(text, span),
        title=header.title,
        summary=header.summary,
        date=header.date,
        time=header.time,
        location=header.location,
        sections=sections,
        captions=body.captions,
        geography=body.tags["geography"],
        topics=body.tags["topics"],
        persons=body.tags["persons"],
        persons_more=body.persons_more,
        see_also=body.see_also,
        published_in=body.published_in,
        published_at=body.published_at,
        url=body.url,
    )
    return event, [*header.furniture, *body.furniture]


def _loose_furniture(tokens: Sequence[Token]) -> list[Furniture]:
    return [
        Furniture(_FURNITURE_OF_KIND[token.kind], token.text, Span(token.start, token.end))
        for token in tokens
        if token.kind is not Kind.BLANK
    ]


def _language(text: str, span: Span) -> str:
    """`ru` when Cyrillic letters outnumber Latin ones near the top of the event, else `en`."""
    sample = text[span.start : min(span.end, span.start + _LANGUAGE_SAMPLE)]
    return "ru" if len(_CYRILLIC.findall(sample)) > len(_LATIN.findall(sample)) else "en"
