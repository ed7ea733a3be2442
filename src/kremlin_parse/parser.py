"""The facade: run the stages of the road in order and assemble the Document."""

from __future__ import annotations

import os
from typing import Iterable, NamedTuple, Sequence

import attrs
import regex

from .body import read_body
from .diagnostics import DiagnosticSink
from .flattened import flattened_lines, is_flattened
from .header import read_header
from .lexer import FURNITURE_OF_KIND, Kind, Token, furniture_of, tokenize
from .markup import read_atom, read_html
from .models import Document, Event, Furniture, FurnitureKind, Severity, Span, Text
from .readers import Line, text_lines
from .segment import segment
from .shapes import (
    ATOM, BROWSER_DUMP, FLATTENED, FORUM_REPOST, HTML, SHAPES, detect_markup, detect_shape,
    opens_with_header, title_before_first_date,
)
from .source import Source, TextInput, load, read_path
from .turns import resolve_speakers

#: The front end of each markup shape.
MARKUP_READERS = {HTML: read_html, ATOM: read_atom}

_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_LATIN = regex.compile(r"\p{Latin}")
_LANGUAGE_SAMPLE_LINES = 40
_LANGUAGE_KINDS = frozenset({Kind.TEXT, Kind.LABEL, Kind.DATE})


def parse(
    data: TextInput, *, strict: bool = False, source: str | None = None, shape: str | None = None
) -> Document:
    """Parse a Kremlin document given as text or bytes.

    Lenient by default: whatever looks odd becomes a diagnostic on the Document. With
    `strict=True` the first error-level diagnostic raises ParseError instead. `source` names
    where the text came from (kept on the Document). The shape (one of SHAPES) is detected
    unless given. Raises TypeError for anything that is not str or bytes, NotTextError for
    bytes that are not text, and ValueError for an unknown shape.
    """
    return _parse_source(load(data), strict=strict, name=source, shape=shape)


def parse_file(
    path: str | os.PathLike[str], *, strict: bool = False, shape: str | None = None
) -> Document:
    """Read and parse a file (UTF-8, UTF-8 with BOM, or CP1251)."""
    return _parse_source(read_path(path), strict=strict, name=os.fspath(path), shape=shape)


class _FrontEnd(NamedTuple):
    """What a shape's front end makes of the source: the text the spans point into, its
    lines, the shape the raw input shows itself to be, and the line ranges of the events when
    markup delimits them."""

    source: Source
    lines: Iterable[Line]
    shape: str | None
    event_lines: list[tuple[int, int]] | None


def _parse_source(source: Source, *, strict: bool, name: str | None, shape: str | None) -> Document:
    if shape is not None and shape not in SHAPES:
        raise ValueError(f"unknown shape {shape!r}; known: {', '.join(SHAPES)}")
    front = _front_end(source, shape)
    source = front.source
    text = source.text
    sink = DiagnosticSink(source)
    _report_decoding(source, sink)
    tokens = list(tokenize(text, front.lines))
    detected = front.shape or detect_shape(tokens)
    if shape is not None and shape != detected:
        sink.report("shape-mismatch", Severity.WARNING,
                    f"read as {shape} as asked, but the input looks like {detected}", 0, 0)
    shape = shape or detected
    events, furniture = _read_events(text, tokens, front.event_lines, shape, sink)
    if not events and any(token.kind is not Kind.BLANK for token in tokens):
        sink.report("no-event", Severity.WARNING, "no event content was found", 0, 0)
    if strict:
        sink.raise_first_error()
    return Document(
        text=text,
        shape=shape,
        events=tuple(events),
        furniture=tuple(sorted(furniture, key=lambda item: item.span.start)),
        diagnostics=tuple(sink.items),
        source=name,
        encoding=source.encoding,
    )


def _front_end(source: Source, shape: str | None) -> _FrontEnd:
    """The lines of the source as the front end of its shape (given or detected) reads them."""
    raw = source.text
    detected = detect_markup(raw)
    if detected is None and is_flattened(raw):
        detected = FLATTENED
    chosen = shape or detected
    if chosen in MARKUP_READERS:
        markup = MARKUP_READERS[chosen](raw)
        return _FrontEnd(attrs.evolve(source, text=markup.text), markup.lines, detected, markup.events)
    if chosen == FLATTENED and is_flattened(raw):
        return _FrontEnd(source, flattened_lines(raw), detected, None)
    return _FrontEnd(source, text_lines(raw), detected, None)


def _report_decoding(source: Source, sink: DiagnosticSink) -> None:
    """Say how bytes were decoded when that was not plain UTF-8."""
    if source.decode_note is not None:
        first_replaced = max(source.text.find("\ufffd"), 0)
        sink.report("decode-replaced", Severity.ERROR, source.decode_note, first_replaced, first_replaced + 1)
    elif source.encoding == "cp1251":
        sink.report("decoded-cp1251", Severity.INFO,
                    "the bytes are not UTF-8; they were read as Windows-1251 (Cyrillic)", 0, 0)


def _read_events(
    text: str, tokens: list[Token], event_lines: list[tuple[int, int]] | None, shape: str, sink: DiagnosticSink
) -> tuple[list[Event], list[Furniture]]:
    """The events of the token stream and the furniture between and around them."""
    events: list[Event] = []
    furniture: list[Furniture] = []
    if shape == FORUM_REPOST:
        title = title_before_first_date(tokens)
        if title is not None:
            furniture.extend(_repost_chrome(tokens[:title]))
            tokens = tokens[title:]
    ranges = segment(tokens) if event_lines is None else _token_ranges(tokens, event_lines)
    for first, stop, has_content in ranges:
        event_tokens = tokens[first:stop]
        if has_content and shape == FORUM_REPOST and events and not opens_with_header(event_tokens):
            furniture.extend(_repost_tail(event_tokens, events))
        elif has_content:
            event, event_furniture = _read_event(text, event_tokens, sink, shape)
            events.append(event)
            furniture.extend(event_furniture)
        else:
            furniture.extend(_loose_furniture(event_tokens))
    return events, furniture


def _read_event(
    text: str, tokens: Sequence[Token], sink: DiagnosticSink, shape: str
) -> tuple[Event, list[Furniture]]:
    header = read_header(text, tokens, sink, lead_after_date=shape == BROWSER_DUMP,
                         place_on_date_line=shape == FLATTENED)
    repeated = header.date_line if shape == BROWSER_DUMP else None
    body = read_body(text, tokens[header.body_start :], sink, repeated_dateline=repeated)
    sections = resolve_speakers(body.sections, body.tags["persons"])
    content = [token for token in tokens if token.kind is not Kind.BLANK]
    span = Span(content[0].start, content[-1].end)
    event = Event(
        span=span,
        language=_language(text, tokens),
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
    """The furniture of a stretch without content (segment keeps only such tokens there)."""
    return [
        Furniture(FurnitureKind.SECTION_BREAK, token.text, Span(token.start, token.end))
        if token.kind is Kind.SECTION_BREAK else furniture_of(token)
        for token in tokens
        if token.kind is not Kind.BLANK
    ]


def _token_ranges(tokens: Sequence[Token], line_ranges: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """Token index ranges of the events that markup delimits by line ranges."""
    ranges = []
    position = 0
    for first_line, stop_line in line_ranges:
        while position < len(tokens) and tokens[position].line <= first_line:
            position += 1
        start = position
        while position < len(tokens) and tokens[position].line <= stop_line:
            position += 1
        ranges.append((start, position, True))
    return ranges


def _repost_chrome(tokens: Sequence[Token]) -> list[Furniture]:
    """Everything a repost puts before its first event: post headers, user names."""
    return [
        furniture_of(token) if token.kind in FURNITURE_OF_KIND
        else Furniture(FurnitureKind.CHROME, token.text, Span(token.start, token.end))
        for token in tokens
        if token.kind is not Kind.BLANK
    ]


def _repost_tail(tokens: Sequence[Token], events: list[Event]) -> list[Furniture]:
    """A stretch of a repost after an event that is no event: its chrome, except a source
    link, which belongs to the event before it when that has none."""
    kept = []
    for token in tokens:
        if token.kind is Kind.SOURCE_LINK and events[-1].url is None:
            label = token.text[: token.value_start - token.start].rstrip()
            kept.append(Furniture(FurnitureKind.FIELD_LABEL, label, Span(token.start, token.start + len(label))))
            url = token.text[token.value_start - token.start :]
            events[-1] = attrs.evolve(events[-1], url=Text(url, Span(token.value_start, token.end)))
        else:
            kept.extend(_repost_chrome([token]))
    return kept


def _language(text: str, tokens: Sequence[Token]) -> str:
    """`ru` when Cyrillic letters outnumber Latin ones in the event's first lines of text
    (furniture left out, since a repost's chrome may be in another language), else `en`."""
    sample = " ".join(text[token.start:token.end] for token in tokens[:_LANGUAGE_SAMPLE_LINES]
                      if token.kind in _LANGUAGE_KINDS)
    return "ru" if len(_CYRILLIC.findall(sample)) > len(_LATIN.findall(sample)) else "en"
