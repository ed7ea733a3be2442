"""The facade: `parse`, `parse_file` and `iter_events` drive the one road of every input.

The road: source (decode, normalise) -> the shape's front end (lines) -> lexer (a kind per
line) -> the shape (given, or detected from the raw text or the tokens) -> its stretches,
one per event -> for each: header, body, speakers (`event.read_event`) -> the Document. Each
stage is a module of its own; this module only chooses and connects them. The whole-file
road (`parse`), the streaming road (`iter_events` on a file held as text) and the windowed
road (a large plain-text file read a window of pages at a time) are this one road, fed the
whole text, the tokens twice instead of once, or one window at a time.
"""

from __future__ import annotations

import collections
import functools
import itertools
import os
import warnings
from typing import IO, Iterable, Iterator, NamedTuple

import attrs

from . import windows
from .collector import paused_collector
from .diagnostics import Code, DiagnosticSink
from .event import read_event
from .language import LANGUAGES
from .lexer import Token, tokenize
from .models import Diagnostic, Document, Event, Furniture, Span
from .segment import Stretch, segment
from .shapes import Shape, detect_plain, plain_front_end, shape_named, sniff
from .shapes.base import EventReader
from .shapes.plain import text_lines
from .source import Source, TextInput, load, read_path
from .stream import EventStream

#: Longer than any path a system allows: such a string is no file name.
_LONGEST_PATH = 4096


@paused_collector()  # a parse makes no reference cycles: the collector would only walk its objects
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

    A string that is nothing but the name of an existing file or directory
    (`parse("pages/x.txt")`) is still parsed as text, as asked, but warns with
    `PathAsTextWarning`: `parse_file` reads a file, `parse_many` a directory.
    """
    if isinstance(data, str) and _names_an_existing_path(data):
        reader = "parse_many" if os.path.isdir(data) else "parse_file"
        warnings.warn(
            f"parse() was given {data!r}, the name of an existing path, and parses the name itself "
            f"as text; use kremlin_parse.{reader}({data!r}) to read it",
            PathAsTextWarning, stacklevel=2,
        )
    return _parse_source(load(data), strict=strict, name=source, shape=shape, language=language)


class PathAsTextWarning(UserWarning):
    """`parse()` was handed the name of an existing file or directory instead of its text."""


def _names_an_existing_path(text: str) -> bool:
    """One short line with a letter or digit that names something on disk: surely a path,
    not a transcript (`/` or `.` alone are left alone)."""
    if len(text) > _LONGEST_PATH or "\n" in text or text != text.strip() or not any(map(str.isalnum, text)):
        return False
    try:
        return os.path.exists(text)
    except (OSError, ValueError):  # a name the system cannot even look up
        return False


@paused_collector()
def parse_file(
    path: str | os.PathLike[str] | IO[bytes] | IO[str], *, strict: bool = False, shape: str | None = None,
    language: str | None = None,
) -> Document:
    """Read and parse a file given by its path or as an open file, in binary or text mode
    (bytes are decoded as UTF-8, UTF-8 with BOM, UTF-16 with BOM or CP1251); see `parse`.
    The Document's `source` is the path, or the open file's `name`."""
    if isinstance(path, (str, os.PathLike)):
        return _parse_source(read_path(path), strict=strict, name=os.fspath(path), shape=shape, language=language)
    if hasattr(path, "read"):
        return _parse_source(load(path.read()), strict=strict, name=_name_of(path), shape=shape, language=language)
    raise TypeError(f"parse_file() takes a path or an open file, not {type(path).__name__}; "
                    "use parse() for text or bytes")


def iter_events(
    source: str | os.PathLike[str] | IO[bytes] | IO[str], *, strict: bool = False, shape: str | None = None,
    language: str | None = None,
) -> EventStream:
    """The events of a file (a path, or an open file in binary or text mode), one at a time.

    For large files of many pages: each event is read and handed over before the next page
    is looked at, so the whole parse is never held. A large plain-text file given by its
    path is even read a window of pages at a time (see `windows`), so memory stays flat
    whatever the file's size; other inputs are held as text. The events and their spans are
    those `parse_file` gives; furniture is not kept. The EventStream returned also carries
    the `source`, the `shape` and the `diagnostics` found so far (with `strict=True` the
    first error-level diagnostic raises ParseError instead, and the file is read whole).
    """
    if isinstance(source, (str, os.PathLike)):
        name: str | None = os.fspath(source)
        windowed = None if strict else _windowed_events(source, name, shape, language)
        if windowed is not None:
            return windowed
        loaded = read_path(source)
    elif hasattr(source, "read"):
        name = _name_of(source)
        loaded = load(source.read())
    else:
        raise TypeError(f"iter_events() takes a path or an open file, not {type(source).__name__}")
    return _stream_events(loaded, name=name, strict=strict, shape=shape, language=language)


def _name_of(file: IO[bytes] | IO[str]) -> str | None:
    """The name of an open file, if it has one (an in-memory stream has none)."""
    name = getattr(file, "name", None)
    return name if isinstance(name, str) else None


class _Road(NamedTuple):
    """The road chosen for one source: the text every span points into, the shape it is read
    as, its events and furniture as they come, and the diagnostics reported on the way."""

    text: str
    shape: Shape
    items: Iterator[Event | Furniture]
    sink: DiagnosticSink


def _road(source: Source, asked: str | None, language: str | None, *, stream: bool) -> _Road:
    """Choose and connect the stages for `source`. Streaming tokenizes twice (once to detect
    the shape, once to read) rather than holding the tokens of the whole file."""
    _check_choices(asked, language)
    sniffed = sniff(source.text)
    chosen = shape_named(asked) if asked is not None else sniffed
    front = chosen.front_end(source) if chosen is not None else plain_front_end(source)
    text = front.source.text
    sink = DiagnosticSink(front.source)
    _report_decoding(front.source, sink)
    tokens: Iterable[Token] = tokenize(text, front.read_lines())
    if not stream:
        tokens = list(tokens)
    detected = sniffed
    if detected is None and (asked is None or not stream):
        detected = detect_plain(tokens)
        if stream:
            tokens = tokenize(text, front.read_lines())
    if asked is not None and detected is not None and asked != detected.name:
        sink.report(Code.SHAPE_MISMATCH, 0, 0, asked=asked, detected=detected.name)
    shape = chosen or detected
    assert shape is not None  # detected whenever none was asked for
    return _Road(text, shape, shape.read(iter(tokens), front, _event_reader(text, shape, language, sink)), sink)


def _event_reader(text: str, shape: Shape, language: str | None, sink: DiagnosticSink) -> EventReader:
    """How the events of `shape` are read out of their stretches of `text`."""
    return functools.partial(read_event, text, sink=sink, header_rules=shape.header_rules,
                             repeats_dateline=shape.repeats_dateline, language=language)


def _parse_source(
    source: Source, *, strict: bool, name: str | None, shape: str | None, language: str | None
) -> Document:
    road = _road(source, shape, language, stream=False)
    sink = road.sink
    events: list[Event] = []
    furniture: list[Furniture] = []
    for item in road.items:
        if isinstance(item, Event):
            events.append(item)
        else:
            furniture.append(item)
    if not events and road.text.strip():
        sink.report(Code.NO_EVENT, 0, 0)
    if strict:
        sink.raise_first_error()
    return Document(
        text=road.text,
        shape=road.shape.name,
        events=tuple(events),
        furniture=tuple(sorted(furniture, key=lambda item: item.span.start)),
        diagnostics=tuple(sink.items),
        source=name,
        encoding=source.encoding,
    )


def _stream_events(
    source: Source, *, name: str | None, strict: bool, shape: str | None, language: str | None
) -> EventStream:
    """The events of `source`, read one page at a time: the tokens and models of the whole
    file are never held at once (the text is)."""
    road = _road(source, shape, language, stream=True)
    sink = road.sink

    def events(stream: EventStream) -> Iterator[Event]:
        found = 0
        for item in road.items:
            if strict:
                sink.raise_first_error()
            if isinstance(item, Event):
                found += 1
                stream.fraction_read = item.span.end / len(road.text)
                yield item
        if not found and road.text.strip():
            sink.report(Code.NO_EVENT, 0, 0)
        if strict:
            sink.raise_first_error()

    return EventStream(events, source=name, shape=road.shape.name, diagnostics=sink.items)


def _windowed_events(
    path: str | os.PathLike[str], name: str | None, shape: str | None, language: str | None
) -> EventStream | None:
    """The events of a large plain-text file read a window of pages at a time (see
    `windows`), or None when the file is small, or needs the whole-file road: markup, a
    flattened page, a forum repost (whose events wait for their tails), bytes that are not
    clean UTF-8. Deciding reads the file once, so nothing is yielded before every byte is
    known to be text, as on the whole-file road."""
    _check_choices(shape, language)
    if os.stat(path).st_size <= windows.WINDOW_CHARS:
        return None
    detected: list[Shape] = []
    try:
        pieces = windows.line_windows(path)
        first = next(pieces, "")
        if sniff(first) is not None or first.lstrip()[:1] == "<":
            return None  # markup (whose root may lie beyond the first window) or a flattened page
        all_tokens = (token for piece in itertools.chain([first], pieces)
                      for token in tokenize(piece, text_lines(piece)))
        if shape is None:
            detected.append(detect_plain(all_tokens))
        else:
            collections.deque(pieces, maxlen=0)  # every byte must decode
    except windows.NotWindowable:
        return None
    chosen = shape_named(shape) if shape is not None else detected[0]
    if not chosen.windowable:
        return None
    return EventStream(lambda stream: _events_of_windows(path, chosen, language, stream), source=name,
                       shape=chosen.name)


def _plain_stretches(text: str) -> Iterator[Stretch]:
    """The stretches of a plain text: its lines, tokenized and segmented."""
    return segment(tokenize(text, text_lines(text)))


def _events_of_windows(
    path: str | os.PathLike[str], shape: Shape, language: str | None, stream: EventStream
) -> Iterator[Event]:
    """The events of each window, their spans, and the lines of the diagnostics found in
    the window, moved to where they stand in the whole file."""
    size = max(os.path.getsize(path), 1)
    previous, previous_offset, lines_before, bytes_before = "", 0, 0, 0
    content = False
    found = 0
    for window, offset, stretches in windows.page_windows(path, _plain_stretches):
        done = previous[: offset - previous_offset]  # the part of the last window read whole
        lines_before += done.count("\n")
        bytes_before += len(done.encode("utf-8"))
        stream.fraction_read = min(bytes_before / size, 1.0)
        previous, previous_offset = window, offset
        content = content or (window != "" and not window.isspace())
        sink = DiagnosticSink(Source(window, "utf-8"))
        for item in shape.read_stretches(stretches, _event_reader(window, shape, language, sink)):
            if isinstance(item, Event):
                found += 1
                yield windows.shifted(item, offset) if offset else item
        stream.diagnostics.extend(
            attrs.evolve(item, span=windows.shifted(item.span, offset), line=item.line + lines_before)
            for item in sink.items
        )
    if not found and content:
        code = Code.NO_EVENT
        stream.diagnostics.append(Diagnostic(code.value, code.message, code.severity, Span(0, 0), 1, 1))


def _check_choices(shape: str | None, language: str | None) -> None:
    """A shape or language asked for must be one there is: ValueError otherwise."""
    if shape is not None:
        shape_named(shape)
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; known: {', '.join(LANGUAGES)}")


def _report_decoding(source: Source, sink: DiagnosticSink) -> None:
    """How the bytes were decoded, when it was not plain UTF-8."""
    if source.decode_note is not None:
        first_replaced = max(source.text.find("\ufffd"), 0)
        sink.report(Code.DECODE_REPLACED, first_replaced, first_replaced + 1, note=source.decode_note)
    elif source.encoding == "cp1251":
        sink.report(Code.DECODED_CP1251, 0, 0)
