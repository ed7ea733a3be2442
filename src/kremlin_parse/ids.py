"""The ids of an event: its place in a document's outputs, and the site's own number.

The JSON Lines, the CSV tables and the aligned pairs name an event the same way
(`event_id`), so their rows join; the site's number (`kremlin_id`) pairs the two editions of
one event.
"""

from __future__ import annotations

import re

#: The site's number in an event's URL: an all-digit path segment.
_KREMLIN_NUMBER = re.compile(r"/(\d+)(?=[/?#]|$)")


def event_id(source: str | None, number: int) -> str:
    """The id of the `number`th event (from 1) of a document: `page.txt#2` (`-#2` without a
    source). JSON Lines and the CSV tables (`outputs.csv`) share it, so they join."""
    return f"{source or '-'}#{number}"


def kremlin_id(url: str | None) -> str | None:
    """The site's number of an event from its URL: the last all-digit path segment.

    `http://en.kremlin.ru/events/president/news/65178` → `65178`, `kremlin.ru/d/65178` →
    `65178`; None when there is no URL or no such segment. A string, as ids are not amounts.
    """
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    numbers = _KREMLIN_NUMBER.findall(path)
    return numbers[-1] if numbers else None
