"""Dates, times and the date-time-place line."""

from __future__ import annotations

import datetime as dt
import pickle
import subprocess
import sys
import zoneinfo

import pytest

import kremlin_parse
from kremlin_parse.dates import (
    MOSCOW, looks_like_place, match_date_line, match_dateline, match_timestamp, read_date_line, to_date,
    to_moscow_datetime, to_time,
)
from kremlin_parse.diagnostics import DiagnosticSink
from kremlin_parse.source import Source


@pytest.mark.parametrize(
    ("line", "date", "time", "place"),
    [
        ("September 17, 2021", "September 17, 2021", None, None),
        ("Sept. 7, 2021", "Sept. 7, 2021", None, None),
        ("December 18, 2020, Novo-Ogaryovo, Moscow Region", "December 18, 2020", None,
         "Novo-Ogaryovo, Moscow Region"),
        ("May 8, 2021 - 18:10 - The Kremlin, Moscow", "May 8, 2021", "18:10", "The Kremlin, Moscow"),
        ("October 1, 2021 - 09:00", "October 1, 2021", "09:00", None),
        ("April 1, 2025, 19:00", "April 1, 2025", "19:00", None),
        ("17 сентября 2021 года", "17 сентября 2021 года", None, None),
        ("17 сентября 2021 года, 16:30", "17 сентября 2021 года", "16:30", None),
        ("14 сентября 2021, 15:43", "14 сентября 2021", "15:43", None),
        ("23 декабря 2021 года, Москва", "23 декабря 2021 года", None, "Москва"),
        ("18 декабря 2020 года, Московская область, Ново-Огарёво", "18 декабря 2020 года", None,
         "Московская область, Ново-Огарёво"),
        ("02.12.2020", "02.12.2020", None, None),
        ("2021-09-17T16:30:00+03:00", "2021-09-17", "16:30", None),
    ],
)
def test_match_date_line(line: str, date: str, time: str | None, place: str | None) -> None:
    parts = match_date_line(line)
    assert parts is not None

    def part(span: tuple[int, int] | None) -> str | None:
        return line[span[0]:span[1]] if span else None

    assert (part(parts.date), part(parts.time), part(parts.place)) == (date, time, place)


def _part(line: str, span: tuple[int, int] | None) -> str | None:
    return line[span[0]:span[1]] if span else None


@pytest.mark.parametrize(
    ("line", "date", "time", "place", "prefix", "why"),
    [
        ("12 may 2008", "12 may 2008", None, None, None, "English day first, in lowercase"),
        ("23 January 2018", "23 January 2018", None, None, None, "English day first"),
        ("02 July 2021", "02 July 2021", None, None, None, "a day with a leading zero"),
        ("17 March 2017, Moscow", "17 March 2017", None, "Moscow", None, "day first, then a place"),
        ("December, 23, 2016", "December, 23, 2016", None, None, None, "commas round the day"),
        ("Moscow, December, 23, 2016", "December, 23, 2016", None, "Moscow", None,
         "the place before the date"),
        ("Vladivostok, September, 11, 2018", "September, 11, 2018", None, "Vladivostok", None,
         "the place before the date"),
        ("The Kremlin, Moscow,02 July 2021", "02 July 2021", None, "The Kremlin, Moscow", None,
         "no space after the place's comma"),
        ("Москва, МИД, 1 июля 2014 г.", "1 июля 2014 г.", None, "Москва, МИД", None,
         "a Russian place of two parts before the date, the year word after it"),
        ("Москва, 26 марта 2025 г.", "26 марта 2025 г.", None, "Москва", None, "a city before the date"),
        ("Moscow, December 23, 2016, 12:00", "December 23, 2016", "12:00", "Moscow", None,
         "a place first, the time after the date"),
        ("Kremlin News - Moscow, 9 May 2010", "9 May 2010", None, "Moscow", "Kremlin News",
         "a bulletin's name, then its place, then the date"),
        ("Kremlin bulletin - Novo-Ogaryovo, 2 December 2020", "2 December 2020", None,
         "Novo-Ogaryovo", "Kremlin bulletin", "a bulletin line"),
        ("Рассылка Кремля — Москва, 1 июля 2014 года", "1 июля 2014 года", None, "Москва",
         "Рассылка Кремля", "a bulletin line with a long dash"),
    ],
)
def test_dates_of_other_sites(line: str, date: str, time: str | None, place: str | None,
                              prefix: str | None, why: str) -> None:
    parts = match_date_line(line)
    assert parts is not None, why
    assert (_part(line, parts.date), _part(line, parts.time), _part(line, parts.place),
            _part(line, parts.prefix)) == (date, time, place, prefix), why


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("September 17, 2021, was a day when everything changed.", "a sentence opening with a date"),
        ("On September 17, 2021", "a word before the date"),
        ("September 2021", "no day"),
        ("Septembre 17, 2021", "no month name"),
        ("Июль, 2014", "a month and a year alone: a running head, no date"),
        ("July, 2014", "a month and a year alone"),
        ("Wednesday, July 27, 2016", "a day of the week first: a post's time stamp"),
        ("Среда, 27 июля 2016", "a day of the week first, in Russian"),
        ("5 марта 2010 - 17:54 AMT", "a time zone after the time: a post's time stamp"),
        ("Meeting of the Security Council, Moscow, 9 March 2017",
         "a title before the date: a part of five words is no place"),
        ("Стенограмма встречи с губернатором, 2 декабря 2020 г.",
         "a headline ending in a date: lowercase words are no place"),
        ("In 2020 we met, 12 May 2020", "a sentence before the date"),
        ("Moscow, 12 May", "no year"),
        ("A talk - in the evening, Moscow, 9 May 2010", "a bulletin name needs a place after its dash"),
        ("12 mayo 2008", "no month name"),
    ],
)
def test_not_date_lines(line: str, why: str) -> None:
    assert match_date_line(line) is None, why


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        ("The Kremlin, Moscow,02 July 2021",
         [("place", "The Kremlin, Moscow"), ("separator", ","), ("date", "02 July 2021")]),
        ("Kremlin News - Moscow, 9 May 2010",
         [("post_metadata", "Kremlin News"), ("separator", "-"), ("place", "Moscow"),
          ("separator", ","), ("date", "9 May 2010")]),
        ("May 8, 2021 - 18:10 - The Kremlin, Moscow",
         [("date", "May 8, 2021"), ("separator", "-"), ("time", "18:10"), ("separator", "-"),
          ("place", "The Kremlin, Moscow")]),
        ("Moscow, February 30, 2016",
         [("place", "Moscow"), ("separator", ","), ("stray", "February 30, 2016")]),
    ],
)
def test_reading_a_date_line_keeps_every_character_in_order(line: str, pieces: list[tuple[str, str]]) -> None:
    """Whatever order the parts stand in, the date, time and place and the furniture between
    them cover the whole line, each piece where it stands (the furniture sorted by position)."""
    start = 100
    parts = match_date_line(line)
    assert parts is not None
    reading = read_date_line(line, start, parts, DiagnosticSink(Source(" " * start + line, "utf-8")))
    found = [(item.kind.value, item.text, item.span.start) for item in reading.furniture]
    assert found == sorted(found, key=lambda item: item[2])
    for name, value in (("date", reading.date), ("time", reading.time)):
        if value is not None:
            found.append((name, value.raw, value.span.start))
    if reading.place is not None:
        found.append(("place", reading.place.text, reading.place.span.start))
    found.sort(key=lambda item: item[2])
    assert [(kind, text) for kind, text, _ in found] == pieces
    for kind, text, offset in found:
        assert line[offset - start : offset - start + len(text)] == text, kind
    assert "".join("".join(text.split()) for _, text, _ in found) == "".join(line.split())


@pytest.mark.parametrize(
    ("line", "date", "cue", "why"),
    [
        ("13:36 20.06.2025 •", "20.06.2025", "time_first", "the time before the date, then a bullet"),
        ("10:26 14 марта 2024", "14 марта 2024", "time_first", "the time before the date"),
        ("14 марта 2024, 10:26 • Новости дня", "14 марта 2024", "bullet", "a bullet and a section"),
        ("June 20, 2025 | World", "June 20, 2025", "bullet", "a bar and a section after the date"),
        ("Политика19 декабря 2019 9:38", "19 декабря 2019", "glued_section",
         "a section name glued to the day"),
        ("Экономика6 мая 2025 14:37", "6 мая 2025", "glued_section", "a section name glued to the day"),
        ("Politics20 June 2025", "20 June 2025", "glued_section", "an English section glued to the day"),
        ("5 марта 2010 - 17:54 AMT", "5 марта 2010", "zone", "a time zone after the time"),
        ("17 сентября 2021, 16:30 МСК", "17 сентября 2021", "zone", "Moscow time written out"),
        ("September 17, 2021 09:00 GMT+3", "September 17, 2021", "zone", "a zone with an offset"),
        ("Wednesday, July 27, 2016", "July 27, 2016", "weekday", "a day of the week before the date"),
        ("Wed, Jul 27, 2016", "Jul 27, 2016", "weekday", "abbreviated"),
        ("Среда, 27 июля 2016", "27 июля 2016", "weekday", "in Russian"),
    ],
)
def test_post_timestamps(line: str, date: str, cue: str, why: str) -> None:
    stamp = match_timestamp(line)
    assert stamp is not None, why
    assert (_part(line, stamp.date), stamp.cue) == (date, cue), why


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("September 17, 2021, 16:30", "an event's date line"),
        ("17 сентября 2021 года, 16:30", "an event's date line"),
        ("May 8, 2021 - 18:10 - The Kremlin, Moscow", "an event's date line with its place"),
        ("December 18, 2020, 12:00, UAE", "a place after a comma is no zone"),
        ("Today, July 27, 2016", "no day of the week"),
        ("В Москве 19 декабря 2019 года", "a sentence: the day is not glued"),
        ("13:36 and then 20.06.2025", "words between the time and the date"),
        ("16:30", "a time alone"),
        ("Июль, 2014", "no day"),
    ],
)
def test_not_timestamps(line: str, why: str) -> None:
    assert match_timestamp(line) is None, why


@pytest.mark.parametrize(
    ("line", "place", "date", "agency", "year", "dateline", "why"),
    [
        ("МОСКВА, 24 декабря. /ТАСС/. Президент поздравил", "МОСКВА", "24 декабря", "ТАСС", False,
         "МОСКВА, 24 декабря. /ТАСС/.", "a city in capitals, day and month, the agency in slashes"),
        ("SOCHI, May 13. /TASS/. Vladimir Putin met", "SOCHI", "May 13", "TASS", False,
         "SOCHI, May 13. /TASS/.", "English, month first"),
        ("NOVO-OGARYOVO, December 18. /WORLDWIRE/. Vladimir Putin", "NOVO-OGARYOVO", "December 18",
         "WORLDWIRE", False, "NOVO-OGARYOVO, December 18. /WORLDWIRE/.", "a hyphenated city"),
        ("SOCHI, May 13, 2021. /TASS/. Vladimir Putin", "SOCHI", "May 13, 2021", "TASS", True,
         "SOCHI, May 13, 2021. /TASS/.", "with a year"),
        ("МОСКВА, 7 апреля 2025. /ИНФОРМ-ЛЕНТА/. Состоялся", "МОСКВА", "7 апреля 2025",
         "ИНФОРМ-ЛЕНТА", True, "МОСКВА, 7 апреля 2025. /ИНФОРМ-ЛЕНТА/.", "a hyphenated agency, a year"),
        ("Москва. 29 декабря. VESTNIK24.RU - Президент", "Москва", "29 декабря", "VESTNIK24.RU", False,
         "Москва. 29 декабря. VESTNIK24.RU -", "a city and a full stop, a domain before a dash"),
        ("Нижний Новгород. 3 мая. Вестник - Состоялся", "Нижний Новгород", "3 мая", "Вестник", False,
         "Нижний Новгород. 3 мая. Вестник -", "two words of a city, a capitalised word before a dash"),
        ("St. Petersburg, June 19. /AGENCY/.", "St. Petersburg", "June 19", "AGENCY", False,
         "St. Petersburg, June 19. /AGENCY/.", "alone on its line"),
    ],
)
def test_agency_datelines(line: str, place: str, date: str, agency: str, year: bool, dateline: str,
                          why: str) -> None:
    found = match_dateline(line)
    assert found is not None, why
    assert (_part(line, found.place), _part(line, found.date), _part(line, found.agency), found.year,
            line[:found.end]) == (place, date, agency, year, dateline), why


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Vladimir Putin held talks in Moscow, 12 May. The talks", "a sentence"),
        ("Moscow, 12 May. Nothing more", "no agency"),
        ("Moscow, 12 May /", "no agency between the slashes"),
        ("The President of Russia, December 18. /TASS/.", "four words before the date"),
        ("москва, 24 декабря. /ТАСС/.", "the city must be capitalised"),
        ("МОСКВА, 24 декабря. /ТАСС/Президент", "the agency runs into the story"),
        ("24 декабря. /ТАСС/.", "no city"),
    ],
)
def test_not_datelines(line: str, why: str) -> None:
    assert match_dateline(line) is None, why


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("September 17, 2021", dt.date(2021, 9, 17)),
        ("December 2, 2020", dt.date(2020, 12, 2)),
        ("Sept. 7, 2021", dt.date(2021, 9, 7)),
        ("may 8, 2021", dt.date(2021, 5, 8)),
        ("12 may 2008", dt.date(2008, 5, 12)),
        ("02 July 2021", dt.date(2021, 7, 2)),
        ("December, 23, 2016", dt.date(2016, 12, 23)),
        ("2 Dec. 2020", dt.date(2020, 12, 2)),
    ],
)
def test_to_date(raw: str, expected: dt.date) -> None:
    assert to_date(raw) == expected


@pytest.mark.parametrize("raw", ["February 30, 2021", "September 31, 2021"])
def test_impossible_dates_raise_value_error(raw: str) -> None:
    with pytest.raises(ValueError):
        to_date(raw)


def test_times() -> None:
    assert to_time("16:30") == dt.time(16, 30)
    assert to_time("9:05") == dt.time(9, 5)
    with pytest.raises(ValueError):
        to_time("25:10")


def test_moscow_datetime_has_the_moscow_offset() -> None:
    value = to_moscow_datetime(dt.date(2021, 9, 17), dt.time(16, 30))
    assert value.utcoffset() == dt.timedelta(hours=3)
    assert value.isoformat() == "2021-09-17T16:30:00+03:00"
    # Moscow kept UTC+4 from 2011 to 2014: the zone database, not a fixed offset, decides.
    assert to_moscow_datetime(dt.date(2012, 6, 1), None).utcoffset() == dt.timedelta(hours=4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Novo-Ogaryovo, Moscow Region", True),
        ("The Kremlin, Moscow", True),
        ("Dushanbe", True),
        ("Rostov-on-Don", True),
        ("Bocharov Ruchei, Sochi", True),
        ("Vladimir Putin voted online in the State Duma elections.", False),
        ("Speech at joint meeting of SCO and CSTO Heads of State", False),
        ("In 2020 we met", False),
        ("", False),
    ],
)
def test_looks_like_place(text: str, expected: bool) -> None:
    assert looks_like_place(text) is expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("17 сентября 2021 года", dt.date(2021, 9, 17)),
        ("1 января 2000 года", dt.date(2000, 1, 1)),
        ("8 мая 2025 г.", dt.date(2025, 5, 8)),
        ("3 март 2022", dt.date(2022, 3, 3)),
        ("02.12.2020", dt.date(2020, 12, 2)),
        ("2023-06-03", dt.date(2023, 6, 3)),
    ],
)
def test_russian_numeric_and_iso_dates(raw: str, expected: dt.date) -> None:
    assert to_date(raw) == expected


@pytest.mark.parametrize(
    "month", ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"],
)
def test_every_russian_month_in_the_genitive(month: str) -> None:
    assert match_date_line(f"5 {month} 2024 года") is not None
    assert to_date(f"5 {month} 2024 года").day == 5


def test_moscow_is_the_standard_librarys_zone_and_pickles_by_its_key() -> None:
    assert isinstance(MOSCOW, zoneinfo.ZoneInfo) and MOSCOW.key == "Europe/Moscow"
    data = pickle.dumps(MOSCOW)
    assert b"Europe/Moscow" in data and len(data) < 100  # the key, not the zone's tables
    assert pickle.loads(data) is MOSCOW


def test_parses_with_moscow_times_are_equal_across_pickling_and_processes() -> None:
    text = "Events\nTitle\nSeptember 17, 2021\n\nText.\n\nPublished in: News\nPublication date: September 17, 2021, 16:30\n"
    first, second = kremlin_parse.parse(text), kremlin_parse.parse(text)
    assert first == second and first.events[0].published_at is not None
    stamp = first.events[0].published_at.value
    assert stamp.tzinfo is MOSCOW and stamp == dt.datetime.fromisoformat("2021-09-17T16:30:00+03:00")
    assert pickle.loads(pickle.dumps(first)) == first
    in_another_process = subprocess.run(
        [sys.executable, "-c", "import pickle, sys; sys.stdout.buffer.write(pickle.dumps(pickle.loads(sys.stdin.buffer.read())))"],
        input=pickle.dumps(first), capture_output=True, check=True, timeout=60,
    ).stdout
    assert pickle.loads(in_another_process) == first
