"""Dates, times and the lines that carry them: the date-time-place line of an event header,
a news site's time stamp on a post, and a news agency's dateline.

A regex isolates the date span (`September 17, 2021`); python-dateutil, with the month names
of the vocabulary, turns it into a value. Dates on the site are Moscow time. Every pattern is
anchored and its repeats bounded; a line is looked at a bounded number of times.
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
    "MAX_DATE_LINE_LENGTH", "MOSCOW", "DateLine", "DateReading", "Dateline", "Timestamp", "is_time",
    "looks_like_place", "match_date_line", "match_dateline", "match_news_line", "match_timestamp",
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
#: A date and, after it, the time: the end of a line whose place comes first.
_DATE_AND_TIME = regex.compile(
    rf"(?P<date>{LEXICON.date_fragment})(?:{_SEPARATOR}(?P<time>{TIME_FRAGMENT}))?", regex.IGNORECASE
)
_TIME = regex.compile(TIME_FRAGMENT)
#: The longest a date line can be: a bulletin's name, a place, the date and a time, or the
#: date, a time and a place; longer lines are not looked at.
MAX_DATE_LINE_LENGTH = 240
_PLACE_WORD = regex.compile(r"[\p{Lu}][\p{L}\p{M}’'.\-]*|[\p{Ll}][\p{L}\-]*")
_MAX_PLACE_LENGTH = 100
#: The longest a date and a time after a place's comma can be (`September, 17, 2021 - 16:30`
#: with spaces to spare).
_MAX_DATE_TAIL = 50
_MAX_PLACE_WORDS = 12
#: A place before the date (`The Kremlin, Moscow, 02 July 2021`) is held to the shape of a
#: place name: at most three parts between commas, of at most four words each, so that a
#: title ending in a date is not taken for one.
_MAX_PLACE_FIRST_PARTS = 3
_MAX_PLACE_FIRST_PART_WORDS = 4
#: A bulletin's name before its place: `Kremlin News - Moscow, 9 May 2010`.
_BULLETIN_DASH = regex.compile(r"\s[-–—]\s")
_MAX_BULLETIN_NAME_LENGTH = 60
_MAX_BULLETIN_NAME_WORDS = 8
#: A time zone written right after a clock time (`17:54 AMT`, `10:26 МСК`, `09:00 GMT+3`):
#: a post's time stamp, never a place.
_ZONE = r"\(?(?-i:\p{Lu}{2,5})(?:[+−-]\d{1,2}(?::?\d{2})?)?\)?"
_IS_ZONE = regex.compile(_ZONE)


class DateLine(NamedTuple):
    """Offsets (relative to the line) of the parts of a date line; None for absent parts.
    The parts stand in any order: the place comes first in `Moscow, December, 23, 2016`."""

    date: tuple[int, int]
    time: tuple[int, int] | None
    place: tuple[int, int] | None
    #: Seconds and time zone of an ISO date-time, which the site's clock makes redundant.
    zone: tuple[int, int] | None = None
    #: The name of a bulletin before its place (`Kremlin News` in `Kremlin News - Moscow,
    #: 9 May 2010`): furniture, `post_metadata`.
    prefix: tuple[int, int] | None = None


class Timestamp(NamedTuple):
    """A news site's or a blog's time stamp on a post (`13:36 20.06.2025 •`,
    `Политика19 декабря 2019 9:38`, `Wednesday, July 27, 2016`): the offsets (relative to the
    line) of its date, which a reader may take for the post's date (never its time or what
    else the line holds), and the cue that tells it from an event's date line."""

    date: tuple[int, int]
    #: `time_first` (the time before the date), `bullet` (a bullet and maybe a section name
    #: after the date), `glued_section` (a section name glued to the day), `zone` (a time
    #: zone after the time), `weekday` (a day of the week before the date).
    cue: str


class Dateline(NamedTuple):
    """A news agency's dateline opening a paragraph (`МОСКВА, 24 декабря. /ТАСС/.`,
    `Москва. 29 декабря. VESTNIK24.RU -`): offsets relative to the line."""

    place: tuple[int, int]
    date: tuple[int, int]
    #: The agency (`ТАСС`, `VESTNIK24.RU`), without its slashes.
    agency: tuple[int, int]
    #: Whether the date has a year: a day and a month alone are no date.
    year: bool
    #: Where the dateline ends (its closing `/.` or dash); the story runs on after it.
    end: int


_DATE = rf"(?:{LEXICON.date_fragment})"
#: A bullet after a time stamp's date, and the section name that may follow it.
_STAMP_TRAILER = r"\s{0,3}[•·|]\s{0,3}(?:[\p{L}\p{N}][^•·|]{0,60})?"
_STAMP_TIME = rf"(?:{_SEPARATOR}(?P<time>{TIME_FRAGMENT}))?"


def _stamps(*shapes: tuple[str, str]) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    """Each (cue, pattern) of a time stamp's shape, the pattern compiled (month names in any case)."""
    return tuple((cue, regex.compile(pattern, regex.IGNORECASE)) for cue, pattern in shapes)


#: The shapes of a post's time stamp that open with a date: (cue, pattern).
_DATE_FIRST_STAMPS = _stamps(
    ("zone", rf"(?P<date>{_DATE}){_SEPARATOR}(?P<time>{TIME_FRAGMENT})\ {{1,3}}{_ZONE}(?:{_STAMP_TRAILER})?"),
    ("bullet", rf"(?P<date>{_DATE}){_STAMP_TIME}{_STAMP_TRAILER}"),
)
#: The shapes of a post's time stamp, by the first character of the line.
_STAMPS_OPENING_WITH_A_DIGIT = _stamps(
    ("time_first", rf"(?P<time>{TIME_FRAGMENT}){_SEPARATOR}(?P<date>{_DATE})(?:{_STAMP_TRAILER})?"),
) + _DATE_FIRST_STAMPS
_STAMPS_OPENING_WITH_A_LETTER = _stamps(
    # `Политика19 декабря 2019 9:38`: a letter directly before the day.
    ("glued_section",
     rf"\p{{L}}[\p{{L}}\ ]{{0,30}}?(?<=\p{{L}})(?=\d)(?P<date>{_DATE}){_STAMP_TIME}(?:{_STAMP_TRAILER})?"),
    ("weekday", rf"(?P<weekday>\p{{L}}{{2,12}})\.?,?\ {{1,3}}(?P<date>{_DATE}){_STAMP_TIME}(?:{_STAMP_TRAILER})?"),
) + _DATE_FIRST_STAMPS
_MAX_STAMP_LENGTH = 120
#: The first digit of a time stamp stands within this many characters of its start (a
#: section name or a day of the week, then the day or a month name and the day), and the
#: first digit of a dateline within this many (a city of up to three words, the month).
_STAMP_DIGIT_REACH = 45
_DATELINE_DIGIT_REACH = 120
#: Finding an ASCII digit is many times faster than any `\d`: a time stamp or a dateline
#: without one in its reach is none (their digits are ASCII, as dates are written).
_DIGIT = regex.compile(r"[0-9]")
#: A dateline's city: one to three words of at most 32 characters; a month name and what
#: may follow it (`Sept.,`).
_MAX_CITY_LENGTH = 100
_MAX_MONTH_LENGTH = 12
_MONTH_INITIALS = frozenset(name[0] for name in LEXICON.months)
_YEAR_WORDS = LEXICON.year_words

#: A city of one to three capitalised or ALL-CAPS words (`МОСКВА`, `NOVO-OGARYOVO`,
#: `Нижний Новгород`, `St. Petersburg`), then a comma or full stop, then a day and month.
_DATELINE = regex.compile(
    rf"""
    (?P<place>\p{{Lu}}[\p{{L}}’'\-]{{0,30}}+\.?(?:\ \p{{Lu}}[\p{{L}}’'\-]{{0,30}}+\.?){{0,2}})
    [,.]\ {{1,3}}(?=\d|\p{{L}}{{3,9}}\.?,?\ {{1,3}}\d)(?P<date>(?i:{LEXICON.day_month_fragment}))
    (?:
        \.?\ {{0,3}}/(?P<agency>[\p{{L}}\p{{N}}.\-]{{2,20}})/\.?               # `. /ТАСС/.`
      | \.\ {{1,3}}(?P<agency>[\p{{L}}\p{{N}}\-]{{1,30}}(?:\.[\p{{L}}\p{{N}}\-]{{1,30}}){{1,3}}
                         |\p{{Lu}}[\p{{L}}\p{{N}}\-]{{1,20}})\ {{1,3}}[-–—]      # `. VESTNIK24.RU -`
    )
    (?=\s|$)
    """,
    regex.VERBOSE,
)
_YEAR = regex.compile(r"\d{4}")


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
    """The parts of `line` if the whole line is a date, optionally with a time and a place
    after it (`December 18, 2020, Novo-Ogaryovo, Moscow Region`), or a place before it
    (`Moscow, December, 23, 2016`, `Москва, МИД, 1 июля 2014 г.`), or a bulletin's name and
    a place before it (`Kremlin News - Moscow, 9 May 2010`)."""
    if len(line) > MAX_DATE_LINE_LENGTH:
        return None
    match = _DATE_LINE.fullmatch(line)
    if match is None:
        if line[:1].isdigit():
            iso = _ISO_DATE_LINE.fullmatch(line)
            if iso is None:
                return None
            time = iso.span("time") if iso.group("time") else None
            zone = iso.span("zone") if iso.group("zone") else None
            return DateLine(iso.span("date"), time, None, zone)
        if line[-1].isdigit() or line.endswith(_YEAR_WORDS):
            return _place_first(line)
        return None
    place = match.span("place") if match.group("place") is not None else None
    if place is not None and not looks_like_place(match.group("place")):
        return None
    time = match.span("time") if match.group("time") is not None else None
    if time is not None and place is not None and _is_zone_after(line, time, place):
        return None  # `5 марта 2010 - 17:54 AMT`: a post's time stamp (`match_timestamp`)
    return DateLine(match.span("date"), time, place)


def trailing_date(line: str) -> int | None:
    """Where a date closing a headline begins (`Стенограмма встречи …, 2 декабря 2020 г.`):
    the offset after the headline's last comma when the rest is a date line without a place,
    or after a space when the rest is a whole date with its month's name and year (`… medical
    centres December 2, 2020`) and the word before it no function word (`Meeting on 9 May 2010`
    keeps its date); else None. The headline keeps its words, the date is the event's."""
    comma = line.rfind(", ")
    if comma > 0 and _date_alone(line[comma + 2 :]):
        return comma + 2
    for space in (match.start() for match in _SPACE.finditer(line, max(0, len(line) - _TRAILING_DATE_CHARS))):
        tail = line[space + 1 :]
        if _WRITTEN_YEAR.search(tail) and _MONTH_WORD.search(tail) and _date_alone(tail):
            before = line[:space].split()
            return space + 1 if before and before[-1].lower() not in LEXICON.stop_words else None
    return None


#: A date closing a headline after a space is read in the line's last this many characters.
_TRAILING_DATE_CHARS = 32
_SPACE = regex.compile(r"(?<=\S) (?=\S)")
_WRITTEN_YEAR = regex.compile(r"\b(?:1[89]|20)\d\d\b")
_MONTH_WORD = regex.compile(r"\p{L}{3,}")


def _date_alone(text: str) -> bool:
    """`text` is a date line without a place or a bulletin's name."""
    parts = match_date_line(text)
    return parts is not None and parts.place is None and parts.prefix is None


def _is_zone_after(line: str, time: tuple[int, int], place: tuple[int, int]) -> bool:
    """The `place` after a clock time is a time zone: only spaces between, 2–5 capitals."""
    return not line[time[1] : place[0]].strip() and _IS_ZONE.fullmatch(line, place[0], place[1]) is not None


def _place_first(line: str) -> DateLine | None:
    """`PLACE, DATE[, TIME]` or `NAME - PLACE, DATE[, TIME]`: the place comes before the date,
    at most three spaces after its comma (`The Kremlin, Moscow,02 July 2021`). The line ends
    with the date's year (or a year word) or the time."""
    if not line[:1].isupper():
        return None
    # The date and time after the place's comma are short: only a comma near the end of the
    # line can be that comma, and the place and a bulletin's name before it are bounded too.
    limit = min(_MAX_BULLETIN_NAME_LENGTH + _MAX_PLACE_LENGTH, len(line))
    comma = line.find(",", max(1, len(line) - _MAX_DATE_TAIL), limit)
    while comma != -1:
        start = comma + 1
        while start < len(line) and start - comma <= 3 and line[start] == " ":
            start += 1
        tail = _DATE_AND_TIME.fullmatch(line, start) if _opens_with_day_or_month(line, start) else None
        if tail is not None:
            head = line[:comma].rstrip()
            time = tail.span("time") if tail.group("time") is not None else None
            place, prefix = _head_place(head)
            if place is None:
                return None
            return DateLine(tail.span("date"), time, place, None, prefix)
        comma = line.find(",", comma + 1, limit)
    return None


def _head_place(head: str) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The place (and a bulletin's name before it) of the text before a date: (place, prefix)."""
    if _is_place_first(head):
        return (0, len(head)), None
    dashes = list(_BULLETIN_DASH.finditer(head))
    if not dashes:
        return None, None
    dash = dashes[-1]
    name = head[: dash.start()].rstrip()
    place_start = dash.end() + len(head[dash.end() :]) - len(head[dash.end() :].lstrip())
    if not _is_place_first(head[place_start:]) or not _is_bulletin_name(name):
        return None, None
    return (place_start, len(head)), (0, len(name))


def _is_place_first(text: str) -> bool:
    """A place written before its date: a place name of at most three short parts, and no
    day of the week (`Wednesday, July 27, 2016` is a post's time stamp)."""
    parts = text.split(",")
    return (
        looks_like_place(text)
        and len(parts) <= _MAX_PLACE_FIRST_PARTS
        and all(len(part.split()) <= _MAX_PLACE_FIRST_PART_WORDS for part in parts)
        and text.rstrip(".").casefold() not in LEXICON.weekdays
    )


def _is_bulletin_name(text: str) -> bool:
    """The name of a bulletin before its place: a few words that open with a capital letter
    and close with no sentence punctuation."""
    return (
        0 < len(text) <= _MAX_BULLETIN_NAME_LENGTH
        and text[0].isupper()
        and len(text.split()) <= _MAX_BULLETIN_NAME_WORDS
        and not text.endswith((".", "!", "?", "…", ":", ";", ","))
    )


def match_news_line(line: str) -> Timestamp | Dateline | None:
    """The dated line of a news site that `line` is or opens with: a post's time stamp (the
    whole line, `match_timestamp`) or an agency's dateline (at its start, `match_dateline`).
    One search for a digit near the start tells most lines that they are neither."""
    digit = _DIGIT.search(line, 0, _DATELINE_DIGIT_REACH)
    if digit is None:
        return None
    if digit.start() < _STAMP_DIGIT_REACH:
        stamp = _timestamp(line)
        if stamp is not None:
            return stamp
    return _dateline(line)


def match_timestamp(line: str) -> Timestamp | None:
    """The date of `line` if the whole line is a post's time stamp rather than an event's
    date line: the time before the date (`13:36 20.06.2025 •`), a bullet after the date or
    time (`14 марта 2024, 10:26 • Новости дня`), a section name glued to the day
    (`Политика19 декабря 2019 9:38`), a time zone after the time (`5 марта 2010 - 17:54
    AMT`), or a day of the week before the date (`Wednesday, July 27, 2016`)."""
    if not line or _DIGIT.search(line, 0, _STAMP_DIGIT_REACH) is None:
        return None
    return _timestamp(line)


def _timestamp(line: str) -> Timestamp | None:
    """`match_timestamp` once a digit is known to stand near the start of `line`."""
    if len(line) > _MAX_STAMP_LENGTH:
        return None
    first = line[0]
    if first.isdigit():
        shapes = _STAMPS_OPENING_WITH_A_DIGIT
    elif first.isalpha():
        shapes = _STAMPS_OPENING_WITH_A_LETTER
    else:
        return None
    for cue, pattern in shapes:
        match = pattern.fullmatch(line)
        if match is None:
            continue
        if cue == "weekday" and match.group("weekday").casefold() not in LEXICON.weekdays:
            continue
        return Timestamp(match.span("date"), cue)
    return None


def match_dateline(line: str) -> Dateline | None:
    """The news agency's dateline that opens `line`, if it opens with one: `CITY, D месяца[
    YYYY]. /AGENCY/.`, `CITY, Month D[, YYYY]. /AGENCY/.` or `Город. D месяца. SITE.RU -`."""
    if _DIGIT.search(line, 0, _DATELINE_DIGIT_REACH) is None:
        return None
    return _dateline(line)


def _dateline(line: str) -> Dateline | None:
    """`match_dateline` once a digit is known to stand near the start of `line`."""
    if not line[:1].isupper():
        return None
    # Most lines fail before any pattern is tried: the city's comma or full stop comes after
    # at most two spaces, and a day or a month name follows it.
    after_city = -1
    while True:
        comma = line.find(",", after_city + 1, _MAX_CITY_LENGTH)
        stop = line.find(".", after_city + 1, _MAX_CITY_LENGTH)
        after_city = stop if comma < 0 else comma if stop < 0 or comma < stop else stop
        if after_city < 0 or line.count(" ", 0, after_city) > 2:
            return None
        if _opens_with_day_or_month(line, after_city + 1):
            break
    match = _DATELINE.match(line)
    if match is None:
        return None
    first, stop = match.span("date")
    if line[stop - 1] == ".":  # `24 декабря.`: the full stop closes the date, it is no abbreviation's
        stop -= 1
    return Dateline(match.span("place"), (first, stop), match.span("agency"),
                    _YEAR.search(line, first, stop) is not None, match.end())


def _opens_with_day_or_month(line: str, start: int) -> bool:
    """Whether, after up to three spaces from `start`, `line` goes on with a digit or a month name."""
    skipped = 0
    while skipped < 3 and line[start : start + 1] == " ":
        start += 1
        skipped += 1
    first = line[start : start + 1]
    if first.isdigit():
        return True
    if first.casefold() not in _MONTH_INITIALS:
        return False
    word_end = line.find(" ", start, start + _MAX_MONTH_LENGTH)
    return word_end > 0 and line[start:word_end].rstrip(".,").casefold() in LEXICON.months


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
    parts `match_date_line` found, in whatever order they stand. Nothing of the line is lost:
    what is neither date, time nor place comes back as furniture, sorted by position (the
    punctuation between the parts and an ISO time's seconds and zone as separators, a
    bulletin's name as post metadata, words before the date on a line that markup marks as the
    date line as a field label), and a part that is no real date or time is reported."""
    furniture: list[Furniture] = []
    date = read_value(line, start, parts.date, to_date, Code.INVALID_DATE, sink, furniture)
    time = read_value(line, start, parts.time, to_time, Code.INVALID_TIME, sink, furniture) if parts.time else None
    place = None
    if parts.place:
        place = Text(line[parts.place[0] : parts.place[1]], Span(start + parts.place[0], start + parts.place[1]))
    if parts.zone:
        furniture.append(_furniture(Kind.SEPARATOR, line, start, parts.zone))
    if parts.prefix:
        furniture.append(_furniture(Kind.POST_METADATA, line, start, parts.prefix))
    present = sorted(part for part in (parts.prefix, parts.date, parts.time, parts.place) if part)
    before = line[: present[0][0]].rstrip()
    if before:  # words before the date on a line markup marks as the date (`Announcement, December 14, 2012`)
        furniture.append(_furniture(Kind.FIELD_LABEL, line, start, (0, len(before))))
    for (_, gap_start), (gap_end, _) in zip(present, present[1:]):
        gap = line[gap_start:gap_end].strip()
        if gap:
            offset = gap_start + line[gap_start:gap_end].find(gap)
            furniture.append(_furniture(Kind.SEPARATOR, line, start, (offset, offset + len(gap))))
    furniture.sort(key=lambda item: item.span.start)
    return DateReading(date, time, place, furniture)


def _furniture(kind: Kind, line: str, start: int, part: tuple[int, int]) -> Furniture:
    """Furniture of `kind` for the part `(first, stop)` of `line`, which starts at `start`."""
    return Furniture(kind, line[part[0] : part[1]], Span(start + part[0], start + part[1]))


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
