"""Dates, times and the date-time-place line of an event header.

A regex isolates the date span (`September 17, 2021`); python-dateutil, with the month names
of the vocabulary, turns it into a value. Dates on the site are Moscow time.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Callable, NamedTuple, TypeVar

import regex
from dateutil import parser as dateutil_parser

from .clock import MOSCOW, to_moscow_datetime
from .kinds import Kind
from .lexicon import LEXICON, TIME_FRAGMENT, Vocabulary
from .diagnostics import Code, DiagnosticSink
from .models import Furniture
from .spans import Parsed, Span, Text

__all__ = [
    "MOSCOW", "DateLine", "DateReading", "is_time", "looks_like_place", "match_date_line",
    "read_date_line", "read_value", "to_date", "to_moscow_datetime", "to_time",
]

V = TypeVar("V")
#: A space or two, or punctuation, between the date, the time and the place.
_SEPARATOR = r"(?:\s{0,3}[,\-–—]\s{0,3}|\s{1,3})"
_DATE_LINE = regex.compile(
    rf"""
    (?P<date>{LEXICON.date_fragment})
    (?:{_SEPARATOR}(?P<time>{TIME_FRAGMENT}))?
    (?:{_SEPARATOR}(?P<place>\S.{{0,150}}))?
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
_ISO_DATE_LINE = regex.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})(?:[T ](?P<time>\d{2}:\d{2})(?P<zone>(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?))?"
)
_TIME = regex.compile(TIME_FRAGMENT)
_PLACE_WORD = regex.compile(r"[\p{Lu}][\p{L}\p{M}’'.\-]*|[\p{Ll}][\p{L}\-]*")
_MAX_PLACE_LENGTH = 100
_MAX_PLACE_WORDS = 12


class DateLine(NamedTuple):
    """Offsets (relative to the line) of the parts of a date line; None for absent parts."""

    date: tuple[int, int]
    time: tuple[int, int] | None
    place: tuple[int, int] | None
    #: Seconds and time zone of an ISO date-time, which the site's clock makes redundant.
    zone: tuple[int, int] | None = None


def _parserinfo(vocabulary: Vocabulary, jump: tuple[str, ...] = ()) -> dateutil_parser.parserinfo:
    """dateutil's vocabulary for one language: its month names (and words to skip)."""

    class Dates(dateutil_parser.parserinfo):
        MONTHS = [
            tuple(name for name, number in vocabulary.months.items() if number == month)
            for month in range(1, 13)
        ]
        JUMP = [*dateutil_parser.parserinfo.JUMP, *jump]

    return Dates(dayfirst=True)


#: dateutil's parser for the month names of each vocabulary, by month name; a date without
#: a month name (`17.09.2021`) takes the first vocabulary's.
_PARSER_OF_MONTH = {
    name: parser
    for vocabulary in LEXICON.vocabularies
    for parser in [dateutil_parser.parser(_parserinfo(vocabulary, tuple(w.rstrip(".") for w in vocabulary.year_words)))]
    for name in vocabulary.months
}
_NUMERIC_DATES = dateutil_parser.parser(_parserinfo(LEXICON.vocabularies[0]))
_WORD = regex.compile(r"\p{L}+")
_ISO_DATE = regex.compile(r"\d{4}-\d{2}-\d{2}")
_DEFAULT = dt.datetime(2000, 1, 1)


def match_date_line(line: str) -> DateLine | None:
    """The parts of `line` if the whole line is a date, optionally with a time and a place."""
    match = _DATE_LINE.fullmatch(line)
    if match is None:
        iso = _ISO_DATE_LINE.fullmatch(line) if line[:1].isdigit() else None
        if iso is None:
            return None
        time = iso.span("time") if iso.group("time") else None
        zone = iso.span("zone") if iso.group("zone") else None
        return DateLine(iso.span("date"), time, None, zone)
    place = match.span("place") if match.group("place") is not None else None
    if place is not None and not looks_like_place(match.group("place")):
        return None
    time = match.span("time") if match.group("time") is not None else None
    return DateLine(match.span("date"), time, place)


def is_time(line: str) -> bool:
    """The whole line is a clock time such as `16:30`."""
    return _TIME.fullmatch(line) is not None


def looks_like_place(text: str) -> bool:
    """A short run of capitalised words and commas, as `Novo-Ogaryovo, Moscow Region`."""
    if not text or len(text) > _MAX_PLACE_LENGTH or not text[0].isupper():
        return False
    words = text.replace(",", " ").split()
    if len(words) > _MAX_PLACE_WORDS:
        return False
    for word in words:
        if _PLACE_WORD.fullmatch(word) is None:
            return False
        if word[0].islower() and word not in LEXICON.place_connectors:
            return False
    return not text.endswith((".", "!", "?", "…", ":", ";", ",")) or text.endswith(LEXICON.place_abbreviations)


@functools.lru_cache(maxsize=4096)
def to_date(raw: str) -> dt.date:
    """`September 17, 2021`, `17 сентября 2021 года`, `17.09.2021` -> date(2021, 9, 17);
    ValueError if it is no real date."""
    if _ISO_DATE.fullmatch(raw):
        return dt.date.fromisoformat(raw)
    word = _WORD.search(raw)
    parser = _PARSER_OF_MONTH.get(word.group().lower(), _NUMERIC_DATES) if word else _NUMERIC_DATES
    return parser.parse(raw, default=_DEFAULT).date()


@functools.lru_cache(maxsize=1024)
def to_time(raw: str) -> dt.time:
    """`16:30` -> time(16, 30); ValueError if it is no real time."""
    hours, minutes = raw.split(":")
    return dt.time(int(hours), int(minutes))




class DateReading(NamedTuple):
    """What a date line says: its date, time and place, and the furniture between and around
    them (separators, an ISO line's seconds and zone, a part that is no real date or time)."""

    date: Parsed[dt.date] | None
    time: Parsed[dt.time] | None
    place: Text | None
    furniture: list[Furniture]


def read_date_line(line: str, start: int, parts: DateLine, sink: DiagnosticSink) -> DateReading:
    """Date, time and place of the date line `line`, which starts at offset `start` and whose
    parts `match_date_line` found. Nothing of the line is lost: what is neither date, time nor
    place comes back as furniture, and a part that is no real date or time is reported."""
    furniture: list[Furniture] = []
    date = read_value(line, start, parts.date, to_date, Code.INVALID_DATE, sink, furniture)
    time = read_value(line, start, parts.time, to_time, Code.INVALID_TIME, sink, furniture) if parts.time else None
    place = None
    if parts.place:
        place = Text(line[parts.place[0] : parts.place[1]], Span(start + parts.place[0], start + parts.place[1]))
    if parts.zone:
        furniture.append(Furniture(Kind.SEPARATOR, line[parts.zone[0] : parts.zone[1]],
                                   Span(start + parts.zone[0], start + parts.zone[1])))
    present = [part for part in (parts.date, parts.time, parts.place) if part]
    for (_, gap_start), (gap_end, _) in zip(present, present[1:]):
        gap = line[gap_start:gap_end].strip()
        if gap:
            offset = start + gap_start + line[gap_start:gap_end].find(gap)
            furniture.append(Furniture(Kind.SEPARATOR, gap, Span(offset, offset + len(gap))))
    return DateReading(date, time, place, furniture)


def read_value(
    line: str, start: int, part: tuple[int, int], convert: Callable[[str], V], code: Code,
    sink: DiagnosticSink, furniture: list[Furniture],
) -> Parsed[V] | None:
    """The value of part `(first, stop)` of `line` read by `convert`; a part that is no real
    value (a date of February 30) is reported as `code` and kept as stray furniture."""
    raw = line[part[0] : part[1]]
    span = Span(start + part[0], start + part[1])
    try:
        return Parsed(convert(raw), raw, span)
    except (ValueError, OverflowError):
        sink.report(code, span.start, span.end, raw=raw)
        furniture.append(Furniture(Kind.STRAY, raw, span))
        return None
