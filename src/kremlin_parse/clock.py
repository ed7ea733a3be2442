"""The site's clock: every date and time on kremlin.ru is Moscow time."""

from __future__ import annotations

import datetime as dt

from dateutil import tz


class _MoscowTime(dt.tzinfo):
    """Europe/Moscow by the rules of the tz database (through python-dateutil), pickled by
    name: a parse that travels between processes carries no copy of the zone's tables, whose
    rebuilding took half the time of unpickling a page."""

    _zone = tz.gettz("Europe/Moscow")

    def utcoffset(self, when: dt.datetime | None) -> dt.timedelta | None:
        return self._zone.utcoffset(when)

    def dst(self, when: dt.datetime | None) -> dt.timedelta | None:
        return self._zone.dst(when)

    def tzname(self, when: dt.datetime | None) -> str | None:
        return self._zone.tzname(when)

    def fromutc(self, when: dt.datetime) -> dt.datetime:
        return self._zone.fromutc(when.replace(tzinfo=self._zone)).replace(tzinfo=self)

    def __reduce__(self) -> str:
        return "MOSCOW"

    def __repr__(self) -> str:
        return "kremlin_parse.clock.MOSCOW"


#: The site's clock: every date and time on it is Moscow time.
MOSCOW = _MoscowTime()


def to_moscow_datetime(date: dt.date, time: dt.time | None) -> dt.datetime:
    """A timezone-aware datetime in Moscow time (midnight when the time is unknown)."""
    return dt.datetime.combine(date, time or dt.time(0, 0), tzinfo=MOSCOW)
