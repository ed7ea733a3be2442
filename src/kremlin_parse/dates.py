"""Dates, times and the date-time-place line of an event header.

A regex isolates the date span (`September 17, 2021`); python-dateutil, with the month names
of the vocabulary, turns it into a value. Dates on the site are Moscow time.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from typing import NamedTuple

import regex
from dateutil import parser as dateutil_parser

from .vocabulary import ENGLISH, RUSSIAN, VOCABULARIES, Vocabulary

#: The site's clock: every date and time on it is Moscow time, by the rules of the tz database
#: (UTC+4 from 2011 to 2014, UTC+3 since). A ZoneInfo pickles by its key and comes back as
#: the same cached object, so a parse that travels between processes carries no copy of the
#: zone's tables; where the system has no tz database (Windows), the `tzdata` package,
#: a dependency, provides it.
MOSCOW = zoneinfo.ZoneInfo("Europe/Moscow")


def _month_names(vocabulary: Vocabulary) -> str:
    return "|".join(sorted(vocabulary.months, key=len, reverse=True))


_YEAR_WORDS = "|".join(regex.escape(word) for v in VOCABULARIES for word in v.year_words)
#: A space or two, or punctuation, between the date, the time and the place.
_SEPARATOR = r"(?:\s{0,3}[,\-–—]\s{0,3}|\s{1,3})"
_DATE_LINE = regex.compile(
    rf"""
    (?P<date>
        (?:{_month_names(ENGLISH)})\.?\ {{1,3}}\d{{1,2}},?\ {{1,3}}\d{{4}}
      | \d{{1,2}}\ {{1,3}}(?:{_month_names(RUSSIAN)})\ {{1,3}}\d{{4}}(?:\ {{1,3}}(?:{_YEAR_WORDS}))?
      | \d{{1,2}}\.\d{{1,2}}\.\d{{4}}
    )
    (?:{_SEPARATOR}(?P<time>\d{{1,2}}:\d{{2}}))?
    (?:{_SEPARATOR}(?P<place>\S.{{0,150}}))?
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
_ISO_DATE_LINE = regex.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})(?:[T ](?P<time>\d{2}:\d{2})(?P<zone>(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?))?"
)
_TIME = regex.compile(r"(?P<time>\d{1,2}:\d{2})")
_PLACE_WORD = regex.compile(r"[\p{Lu}][\p{L}\p{M}’'.\-]*|[\p{Ll}][\p{L}\-]*")
_PLACE_CONNECTORS = frozenset(
    word for vocabulary in VOCABULARIES
    for word in (*vocabulary.label_connectors, *vocabulary.place_words)
)
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


_PARSERS = {
    "en": dateutil_parser.parser(_parserinfo(ENGLISH)),
    "ru": dateutil_parser.parser(_parserinfo(RUSSIAN, tuple(w.rstrip(".") for w in RUSSIAN.year_words))),
}
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
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
        if word[0].islower() and word not in _PLACE_CONNECTORS:
            return False
    return not text.endswith((".", "!", "?", "…", ":", ";", ",")) or text.endswith(("St.", "Mt."))


@functools.lru_cache(maxsize=4096)
def to_date(raw: str) -> dt.date:
    """`September 17, 2021`, `17 сентября 2021 года`, `17.09.2021` -> date(2021, 9, 17);
    ValueError if it is no real date."""
    if _ISO_DATE.fullmatch(raw):
        return dt.date.fromisoformat(raw)
    parser = _PARSERS["ru" if _CYRILLIC.search(raw) else "en"]
    return parser.parse(raw, default=_DEFAULT).date()


@functools.lru_cache(maxsize=1024)
def to_time(raw: str) -> dt.time:
    """`16:30` -> time(16, 30); ValueError if it is no real time."""
    hours, minutes = raw.split(":")
    return dt.time(int(hours), int(minutes))


def to_moscow_datetime(date: dt.date, time: dt.time | None) -> dt.datetime:
    """A timezone-aware datetime in Moscow time (midnight when the time is unknown)."""
    return dt.datetime.combine(date, time or dt.time(0, 0), tzinfo=MOSCOW)
