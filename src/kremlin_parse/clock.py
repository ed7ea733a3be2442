"""The site's clock: every date and time on kremlin.ru is Moscow time."""

from __future__ import annotations

import datetime as dt
import zoneinfo

#: The site's clock: every date and time on it is Moscow time, by the rules of the tz database
#: (UTC+4 from 2011 to 2014, UTC+3 since). A ZoneInfo pickles by its key and comes back as
#: the same cached object, so a parse that travels between processes carries no copy of the
#: zone's tables; where the system has no tz database (Windows), the `tzdata` package, a
#: dependency, provides it.
MOSCOW = zoneinfo.ZoneInfo("Europe/Moscow")


def to_moscow_datetime(date: dt.date, time: dt.time | None) -> dt.datetime:
    """A timezone-aware datetime in Moscow time (midnight when the time is unknown)."""
    return dt.datetime.combine(date, time or dt.time(0, 0), tzinfo=MOSCOW)
