"""The header of an event: section word, title, lead, date, time and place.

The text version gives them one per line in that order; the place and the time are often
missing, the lead sometimes. A date line may also carry the time and the place itself
(`December 18, 2020, Novo-Ogaryovo, Moscow Region`). Without a date near the top there is no
header to read, unless the page opened with its section word.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable, NamedTuple, Sequence, TypeVar

from .dates import looks_like_place, to_date, to_time
from .diagnostics import DiagnosticSink
from .lexer import FURNITURE_OF_KIND, Kind, Token, furniture_of
from .models import Furniture, FurnitureKind, Paragraph, Parsed, Severity, Span, Text
from .paragraphs import build_paragraph

#: At most this many lines (title and lead) may stand between the top and the date.
MAX_LINES_BEFORE_DATE = 4
_TITLE_KINDS = frozenset({Kind.TEXT, Kind.LABEL})
V = TypeVar("V")


class Header(NamedTuple):
    """What the header stage read, and the index of the first token of the body."""

    title: Text | None
    summary: Paragraph | None
    date: Parsed[dt.date] | None
    time: Parsed[dt.time] | None
    location: Text | None
    furniture: tuple[Furniture, ...]
    body_start: int
    #: The whole date line as written, which a browser dump repeats at the end of the page.
    date_line: str | None = None


def read_header(
    text: str, tokens: Sequence[Token], sink: DiagnosticSink, *, lead_after_date: bool = False,
    place_on_date_line: bool = False,
) -> Header:
    """Read the header at the top of one event's tokens.

    `lead_after_date` is for browser dumps, where the page shows the lead below the date
    line rather than above it; `place_on_date_line` for flattened pages, whose reader puts
    the place on the date's line, so that the line after it is the body.
    """
    furniture: list[Furniture] = []
    index = _skip_blank(tokens, 0)
    opened = False
    while index < len(tokens) and tokens[index].kind in FURNITURE_OF_KIND:
        opened = opened or tokens[index].kind is Kind.SECTION_WORD
        furniture.append(furniture_of(tokens[index]))
        index = _skip_blank(tokens, index + 1)
    if index < len(tokens) and tokens[index].kind is Kind.AGENCY_DATE:
        date = _agency_date(tokens[index], sink, furniture)
        return Header(None, None, date, None, None, tuple(furniture), index + 1)
    top = index
    lines_before_date: list[Token] = []
    while index < len(tokens) and tokens[index].kind in _TITLE_KINDS:
        lines_before_date.append(tokens[index])
        if len(lines_before_date) > MAX_LINES_BEFORE_DATE:
            break
        index = _skip_blank(tokens, index + 1)
    if (
        index < len(tokens)
        and tokens[index].kind is Kind.ANNOUNCEMENT
        and 0 < len(lines_before_date) <= MAX_LINES_BEFORE_DATE
    ):
        # An announcement: title and lead, then the date of the coming event, no date of its own.
        summary = build_paragraph(text, [(t.start, t.end) for t in lines_before_date[1:]])
        return Header(_text(lines_before_date[0]), summary, None, None, None, tuple(furniture), index)
    found_date = (
        index < len(tokens)
        and tokens[index].kind is Kind.DATE
        and len(lines_before_date) <= MAX_LINES_BEFORE_DATE
    )
    if not found_date:
        if not opened or not lines_before_date:
            if opened:
                opening = furniture[-1].span
                sink.report("header-without-title", Severity.WARNING,
                            "the page opens with its section word but no title follows",
                            opening.start, opening.end)
            return Header(None, None, None, None, None, tuple(furniture), top)
        title_token = lines_before_date[0]
        sink.report("header-without-date", Severity.WARNING,
                    "no date line follows the title", title_token.start, title_token.end)
        return Header(_text(title_token), None, None, None, None, tuple(furniture),
                      _skip_blank(tokens, top + 1))

    title = _text(lines_before_date[0]) if lines_before_date else None
    summary = build_paragraph(text, [(t.start, t.end) for t in lines_before_date[1:]])
    date_token = tokens[index]
    date, time, location = read_date_line(date_token, sink, furniture)
    index = _skip_blank(tokens, index + 1)
    date_line = date_token.data
    if date_line.time is None and date_line.place is None and index < len(tokens) \
            and tokens[index].kind is Kind.TIME:
        time_token = tokens[index]
        time = _convert(time_token, (0, len(time_token.text)), to_time, "invalid-time", sink, furniture)
        index = _skip_blank(tokens, index + 1)
    if (
        location is None
        and not place_on_date_line
        and index < len(tokens)
        and tokens[index].kind is Kind.TEXT
        and looks_like_place(tokens[index].text)
    ):
        location = _text(tokens[index])
        index += 1
    if lead_after_date and summary is None:
        index = _skip_blank(tokens, index)
        if index < len(tokens) and tokens[index].kind is Kind.TEXT:
            summary = build_paragraph(text, [(tokens[index].start, tokens[index].end)])
            index += 1
    return Header(title, summary, date, time, location, tuple(furniture), index, date_token.text)


def _agency_date(token: Token, sink: DiagnosticSink, furniture: list[Furniture]) -> Parsed[dt.date] | None:
    """The date of a news agency's ` date 2021-09-14 ` prefix; the word is furniture."""
    iso_offset = token.value_start - token.start
    word = token.text[:iso_offset].rstrip()
    furniture.append(Furniture(FurnitureKind.FIELD_LABEL, word, Span(token.start, token.start + len(word))))
    return _convert(token, (iso_offset, len(token.text)), dt.date.fromisoformat, "invalid-date",
                    sink, furniture)


def read_date_line(
    token: Token, sink: DiagnosticSink, furniture: list[Furniture]
) -> tuple[Parsed[dt.date] | None, Parsed[dt.time] | None, Text | None]:
    """Date, time and place of a DATE token.

    The punctuation between the parts, any part that is no real date or time, and the words
    before the date on a line that markup marks as the date line are kept as furniture so
    that nothing is lost.
    """
    line = token.data
    if line.date[0]:  # words before the date (`Announcement, December 14, 2012`)
        words = token.text[: line.date[0]].rstrip()
        furniture.append(Furniture(FurnitureKind.FIELD_LABEL, words, Span(token.start, token.start + len(words))))
    date = _convert(token, line.date, to_date, "invalid-date", sink, furniture)
    time = _convert(token, line.time, to_time, "invalid-time", sink, furniture) if line.time else None
    place = None
    if line.place:
        raw = token.text[line.place[0] : line.place[1]]
        place = Text(raw, Span(token.start + line.place[0], token.start + line.place[1]))
    if line.zone:
        start, end = token.start + line.zone[0], token.start + line.zone[1]
        furniture.append(Furniture(FurnitureKind.SEPARATOR, token.text[line.zone[0] : line.zone[1]],
                                   Span(start, end)))
    parts = [part for part in (line.date, line.time, line.place) if part]
    for (_, gap_start), (gap_end, _) in zip(parts, parts[1:]):
        gap = token.text[gap_start:gap_end].strip()
        if gap:
            offset = token.start + gap_start + token.text[gap_start:gap_end].find(gap)
            furniture.append(Furniture(FurnitureKind.SEPARATOR, gap, Span(offset, offset + len(gap))))
    return date, time, place


def _skip_blank(tokens: Sequence[Token], index: int) -> int:
    while index < len(tokens) and tokens[index].kind is Kind.BLANK:
        index += 1
    return index


def _text(token: Token) -> Text:
    return Text(token.text, Span(token.start, token.end))


def _convert(
    token: Token,
    part: tuple[int, int],
    convert: Callable[[str], V],
    code: str,
    sink: DiagnosticSink,
    furniture: list[Furniture],
) -> Parsed[V] | None:
    """Parsed value of part of a token; an unreadable part is reported and kept as furniture."""
    raw = token.text[part[0] : part[1]]
    span = Span(token.start + part[0], token.start + part[1])
    try:
        return Parsed(convert(raw), raw, span)
    except (ValueError, OverflowError):
        sink.report(code, Severity.ERROR, f"{raw!r} cannot be read as a {code.split('-')[1]}",
                    span.start, span.end)
        furniture.append(Furniture(FurnitureKind.STRAY, raw, span))
        return None
