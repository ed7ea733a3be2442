"""Dates, times and the date-time-place line."""

from __future__ import annotations

import datetime as dt
import pickle
import subprocess
import sys
import zoneinfo

import pytest

import kremlin_parse
from kremlin_parse.dates import MOSCOW, looks_like_place, match_date_line, to_date, to_moscow_datetime, to_time


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


@pytest.mark.parametrize(
    "line",
    [
        "September 17, 2021, was a day when everything changed.",
        "On September 17, 2021",
        "September 2021",
        "Septembre 17, 2021",
    ],
)
def test_not_date_lines(line: str) -> None:
    assert match_date_line(line) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("September 17, 2021", dt.date(2021, 9, 17)),
        ("December 2, 2020", dt.date(2020, 12, 2)),
        ("Sept. 7, 2021", dt.date(2021, 9, 7)),
        ("may 8, 2021", dt.date(2021, 5, 8)),
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
