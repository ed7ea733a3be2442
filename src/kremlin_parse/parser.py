"""The facade: run the stages of the road in order and assemble the Document."""

from __future__ import annotations

import collections
import itertools
import os
from typing import IO, Callable, Iterable, Iterator, NamedTuple, Sequence

import attrs
import regex

from . import windows
from .body import read_body
from .diagnostics import DiagnosticSink
from .flattened import flattened_lines, is_flattened
from .header import read_header
from .lexer import FURNITURE_OF_KIND, Kind, Token, furniture_of, tokenize
from .markup import read_atom, read_html
from .models import Document, Event, Furniture, FurnitureKind, Severity, Span, Text
from .persons import assign_person_ids
from .readers import Line, text_lines
from .segment import Stretch, segment
from .shapes import (
    ATOM, BROWSER_DUMP, FLATTENED, FORUM_REPOST, HTML, SHAPES, detect_markup, detect_shape,
    is_text_closed_by_link, opens_with_header, split_repost_chrome,
)
from .source import Source, TextInput, load, read_path
from .turns import resolve_speakers

#: The front end of each markup shape.
MARKUP_READERS = {HTML: read_html, ATOM: read_atom}

#: The languages of the site's two editions, as `Event.language` gives them.
LANGUAGES = ("en", "ru")
_CYRILLIC = regex.compile(r"\p{Cyrillic}+")
# Latin words with a lowercase letter: all-capital acronyms (COVID, SCO, NATO) appear in Russian
# text as they are and say nothing about the language.
_LATIN_WORD = regex.compile(r"\p{Latin}*[\p{Latin}&&\p{Ll}]\p{Latin}*", regex.V1)
_LANGUAGE_SAMPLE_LINES = 40
_LANGUAGE_SAMPLE_CHARS = 1000
_LANGUAGE_KINDS = frozenset({Kind.TEXT, Kind.LABEL, Kind.DATE})


def parse(
    data: TextInput, *, strict: bool = False, source: str | None = None, shape: str | None = None,
    language: str | None = None,
) -> Document:
    """Parse a Kremlin document given as text or bytes.

    Lenient by default: whatever looks odd becomes a diagnostic on the Document. With
    `strict=True` the first error-level diagnostic raises ParseError instead. `source` names
    where the text came from (kept on the Document). The shape (one of SHAPES) is detected
    unless given, and so is each event's language (`en` or `ru`). Raises TypeError for
    anything that is not str or bytes, NotTextError for bytes that are not text, and
    ValueError for an unknown shape or language.
    """
    return _parse_source(load(data), strict=strict, name=source, shape=shape, language=language)


def parse_file(
    path: str | os.PathLike[str], *, strict: bool = False, shape: str | None = None,
    language: str | None = None,
) -> Document:
    """Read and parse a file (UTF-8, UTF-8 with BOM, or CP1251); see `parse`."""
    return _parse_source(read_path(path), strict=strict, name=os.fspath(path), shape=shape, language=language)


def iter_events(
    source: str | os.PathLike[str] | IO[bytes] | IO[str], *, strict: bool = False, shape: str | None = None,
    language: str | None = None,
) -> Iterator[Event]:
    """The events of a file (a path, or an open file in binary or text mode), one at a time.

    For large files of many pages: each event is read and handed over before the next page
    is looked at, so the whole parse is never held. A large plain-text file given by its
    path is even read a window of pages at a time (see `windows`), so memory stays flat
    whatever the file's size; other inputs are held as text. The events and their spans are
    those `parse_file` gives; furniture and diagnostics are not kept (with `strict=True` the
    first error-level diagnostic still raises ParseError, and the file is read whole).
    """
    if isinstance(source, (str, os.PathLike)):
        windowed = None if strict else _windowed_events(source, shape, language)
        if windowed is not None:
            return windowed
        loaded = read_path(source)
    elif hasattr(source, "read"):
        loaded = load(source.read())
    else:
        raise TypeError(f"iter_events() takes a path or an open file, not {type(source).__name__}")
    return _stream_events(loaded, strict=strict, shape=shape, language=language)


class _FrontEnd(NamedTuple):
    """What a shape's front end makes of the source: the text the spans point into, a way to
    read its lines (as often as needed), the shape the raw input shows itself to be, and the
    line ranges of the events when markup delimits them."""

    source: Source
    read_lines: Callable[[], Iterable[Line]]
    shape: str | None
    event_lines: list[tuple[int, int]] | None


def _parse_source(
    source: Source, *, strict: bool, name: str | None, shape: str | None, language: str | None
) -> Document:
    front = _front_end(source, shape, language)
    text = front.source.text
    sink = DiagnosticSink(front.source)
    tokens = list(tokenize(text, front.read_lines()))
    shape = _settle_shape(front, shape, tokens, sink)
    events: list[Event] = []
    furniture: list[Furniture] = []
    for item in _read_stream(text, iter(tokens), front.event_lines, shape, language, sink):
        if isinstance(item, Event):
            events.append(item)
        else:
            furniture.append(item)
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
        encoding=front.source.encoding,
    )


def _stream_events(
    source: Source, *, strict: bool, shape: str | None, language: str | None
) -> Iterator[Event]:
    """The events of `source`, read one page at a time: the tokens and models of the whole
    file are never held at once (the text is)."""
    front = _front_end(source, shape, language)
    text = front.source.text
    sink = DiagnosticSink(front.source)
    detected_from = None if shape is not None or front.shape is not None else tokenize(text, front.read_lines())
    shape = _settle_shape(front, shape, detected_from, sink)
    tokens = tokenize(text, front.read_lines())
    for item in _read_stream(text, tokens, front.event_lines, shape, language, sink):
        if strict:
            sink.raise_first_error()
        if isinstance(item, Event):
            yield item
    if strict:
        sink.raise_first_error()


def _windowed_events(
    path: str | os.PathLike[str], shape: str | None, language: str | None
) -> Iterator[Event] | None:
    """The events of a large plain-text file read a window of pages at a time (see
    `windows`), or None when the file is small, or needs the whole-file road: markup, a
    flattened page, a forum repost (whose events wait for their tails), bytes that are not
    clean UTF-8. Deciding reads the file once, so nothing is yielded before every byte is
    known to be text, as on the whole-file road."""
    _check_choices(shape, language)
    if os.stat(path).st_size <= windows.WINDOW_CHARS:
        return None
    detected: list[str] = []
    try:
        pieces = windows.line_windows(path)
        first = next(pieces, "")
        if first.lstrip()[:1] == "<" or is_flattened(first):
            return None  # markup (whose root may lie beyond the first window) or a flattened page
        all_tokens = (
            token for piece in itertools.chain([first], pieces) for token in tokenize(piece, text_lines(piece))
        )
        if shape is None:
            detected.append(detect_shape(all_tokens))
        else:
            collections.deque(pieces, maxlen=0)  # every byte must decode
    except windows.NotWindowable:
        return None
    chosen = shape or detected[0]
    if chosen == FORUM_REPOST:
        return None
    return _events_of_windows(path, chosen, language)


def _events_of_windows(path: str | os.PathLike[str], shape: str, language: str | None) -> Iterator[Event]:
    for window, offset, stretches in windows.page_windows(path):
        sink = DiagnosticSink(Source(window, "utf-8"))  # iter_events keeps no diagnostics
        for item in _read_stretches(window, stretches, shape, language, sink):
            if isinstance(item, Event):
                yield windows.shifted(item, offset) if offset else item


def _front_end(source: Source, shape: str | None, language: str | None) -> _FrontEnd:
    """The lines of the source as the front end of its shape (given or detected) reads them."""
    _check_choices(shape, language)
    raw = source.text
    detected = detect_markup(raw)
    if detected is None and is_flattened(raw):
        detected = FLATTENED
    chosen = shape or detected
    if chosen in MARKUP_READERS:
        markup = MARKUP_READERS[chosen](raw)
        return _FrontEnd(attrs.evolve(source, text=markup.text), lambda: markup.lines, detected, markup.events)
    if chosen == FLATTENED and is_flattened(raw):
        return _FrontEnd(source, lambda: flattened_lines(raw), detected, None)
    return _FrontEnd(source, lambda: text_lines(raw), detected, None)


def _check_choices(shape: str | None, language: str | None) -> None:
    """A shape or language asked for must be one there is: ValueError otherwise."""
    if shape is not None and shape not in SHAPES:
        raise ValueError(f"unknown shape {shape!r}; known: {', '.join(SHAPES)}")
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; known: {', '.join(LANGUAGES)}")


def _settle_shape(front: _FrontEnd, asked: str | None, tokens: Iterable[Token] | None, sink: DiagnosticSink) -> str:
    """The shape to read with: the one asked for, else the one detected. Reports how the
    bytes were decoded, and a mismatch between the shape asked for and the input."""
    source = front.source
    if source.decode_note is not None:
        first_replaced = max(source.text.find("\ufffd"), 0)
        sink.report("decode-replaced", Severity.ERROR, source.decode_note, first_replaced, first_replaced + 1)
    elif source.encoding == "cp1251":
        sink.report("decoded-cp1251", Severity.INFO,
                    "the bytes are not UTF-8; they were read as Windows-1251 (Cyrillic)", 0, 0)
    if front.shape is not None:
        detected = front.shape
    elif tokens is not None:
        detected = detect_shape(tokens)
    else:
        return asked  # type: ignore[return-value]  # asked is set whenever tokens are not given
    if asked is not None and asked != detected:
        sink.report("shape-mismatch", Severity.WARNING,
                    f"read as {asked} as asked, but the input looks like {detected}", 0, 0)
    return asked or detected


def _read_stream(
    text: str, tokens: Iterator[Token], event_lines: list[tuple[int, int]] | None, shape: str,
    language: str | None, sink: DiagnosticSink,
) -> Iterator[Event | Furniture]:
    """The events of the token stream, in order, and the furniture between and around them.

    A repost's event is held back until the next stretch, which may be its tail and carry
    its source link."""
    if shape == FORUM_REPOST:
        chrome, tokens = split_repost_chrome(tokens)
        yield from _repost_chrome(chrome)
    stretches = segment(tokens) if event_lines is None else _markup_stretches(tokens, event_lines)
    yield from _read_stretches(text, stretches, shape, language, sink)


def _read_stretches(
    text: str, stretches: Iterable[Stretch], shape: str, language: str | None, sink: DiagnosticSink
) -> Iterator[Event | Furniture]:
    """The events and furniture of the stretches, in order (see `_read_stream`)."""
    held: Event | None = None
    for stretch in stretches:
        if stretch.has_content and held is not None and not opens_with_header(stretch.tokens) and not (
            held.url is not None and is_text_closed_by_link(stretch.tokens)
        ):
            held, tail = _repost_tail(stretch.tokens, held)
            yield from tail
        elif stretch.has_content:
            event, event_furniture = _read_event(text, stretch.tokens, sink, shape, language)
            yield from event_furniture
            if held is not None:
                yield held
            if shape == FORUM_REPOST:
                held = event
            else:
                yield event
        else:
            yield from _loose_furniture(stretch.tokens)
    if held is not None:
        yield held


def _read_event(
    text: str, tokens: Sequence[Token], sink: DiagnosticSink, shape: str, language: str | None
) -> tuple[Event, list[Furniture]]:
    header = read_header(text, tokens, sink, lead_after_date=shape == BROWSER_DUMP,
                         place_on_date_line=shape == FLATTENED)
    repeated = header.date_line if shape == BROWSER_DUMP else None
    body_tokens = _video_title_as_furniture(tokens[header.body_start :], header.title)
    body = read_body(text, body_tokens, sink, repeated_dateline=repeated)
    sections = resolve_speakers(body.sections, body.tags["persons"])
    sections = assign_person_ids(sections, body.tags["persons"], sink)
    content = [token for token in tokens if token.kind is not Kind.BLANK]
    span = Span(content[0].start, content[-1].end)
    event = Event(
        span=span,
        language=language or _language(text, tokens),
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


def _video_title_as_furniture(tokens: Sequence[Token], title: Text | None) -> Sequence[Token]:
    """A first body line that repeats the title is the title of the page's video player, as a
    copy of the page shows it: furniture (`video_title`), as in a saved page, not narration."""
    if title is None:
        return tokens
    for index, token in enumerate(tokens):
        if token.kind is Kind.BLANK:
            continue
        if token.kind is Kind.TEXT and token.text == title.text:
            return [*tokens[:index], token._replace(kind=Kind.VIDEO_TITLE), *tokens[index + 1 :]]
        return tokens
    return tokens


def _loose_furniture(tokens: Sequence[Token]) -> list[Furniture]:
    """The furniture of a stretch without content (segment keeps only such tokens there)."""
    return [
        Furniture(FurnitureKind.SECTION_BREAK, token.text, Span(token.start, token.end))
        if token.kind is Kind.SECTION_BREAK else furniture_of(token)
        for token in tokens
        if token.kind is not Kind.BLANK
    ]


def _markup_stretches(tokens: Iterator[Token], event_lines: list[tuple[int, int]]) -> Iterator[Stretch]:
    """The stretches of the events that markup delimits by line ranges (`(first, stop)`,
    0-based, stop excluded), which follow one another."""
    stops = iter(stop for _, stop in event_lines)
    stop = next(stops, None)
    stretch: list[Token] = []
    for token in tokens:
        while stop is not None and token.line > stop:
            if stretch:
                yield Stretch(stretch, True)
                stretch = []
            stop = next(stops, None)
        stretch.append(token)
    if stretch:
        yield Stretch(stretch, True)


def _repost_chrome(tokens: Sequence[Token]) -> list[Furniture]:
    """Everything a repost puts before its first event: post headers, user names."""
    return [
        furniture_of(token) if token.kind in FURNITURE_OF_KIND
        else Furniture(FurnitureKind.CHROME, token.text, Span(token.start, token.end))
        for token in tokens
        if token.kind is not Kind.BLANK
    ]


def _repost_tail(tokens: Sequence[Token], event: Event) -> tuple[Event, list[Furniture]]:
    """A stretch of a repost after an event that is no event: its chrome, except a source
    link, which belongs to the event before it when that has none."""
    kept = []
    for token in tokens:
        if token.kind is Kind.SOURCE_LINK and event.url is None:
            label = token.text[: token.value_start - token.start].rstrip()
            kept.append(Furniture(FurnitureKind.FIELD_LABEL, label, Span(token.start, token.start + len(label))))
            url = token.text[token.value_start - token.start :]
            event = attrs.evolve(event, url=Text(url, Span(token.value_start, token.end)))
        else:
            kept.extend(_repost_chrome([token]))
    return event, kept


def _language(text: str, tokens: Sequence[Token]) -> str:
    """`ru` when Cyrillic letters outnumber the letters of Latin words other than acronyms in
    the event's first lines of text (furniture left out, since a repost's chrome may be in
    another language), else `en`. A thousand letters decide it as well as a whole page would."""
    parts: list[str] = []
    length = 0
    for token in tokens[:_LANGUAGE_SAMPLE_LINES]:
        if token.kind in _LANGUAGE_KINDS:
            parts.append(text[token.start:min(token.end, token.start + _LANGUAGE_SAMPLE_CHARS - length)])
            length += len(parts[-1])
            if length >= _LANGUAGE_SAMPLE_CHARS:
                break
    sample = " ".join(parts)
    cyrillic = sum(map(len, _CYRILLIC.findall(sample)))
    return "ru" if cyrillic > sum(map(len, _LATIN_WORD.findall(sample))) else "en"
