"""Which script a text's letters are in: Cyrillic or Latin letters counted, no further than
a question needs.

A line's script (`evidence.script`) and an event's language (`language.event_language`)
both ask whether Cyrillic letters outnumber Latin ones. Counting every letter of a line
costs its length twice over; in Russian text the Cyrillic letters outnumber the few Latin
ones after a few words, so they are counted a run at a time and only until they do.
"""

from __future__ import annotations

import regex

_CYRILLIC_LETTER = regex.compile(r"\p{Cyrillic}")
_CYRILLIC_RUN = regex.compile(r"\p{Cyrillic}+")
_LATIN_RUN = regex.compile(r"\p{Latin}+")


def has_cyrillic_letter(text: str) -> bool:
    """Whether `text` holds a Cyrillic letter (one scan, nothing counted)."""
    return _CYRILLIC_LETTER.search(text) is not None


def latin_letters(text: str) -> int:
    """How many Latin letters `text` holds."""
    return sum(map(len, _LATIN_RUN.findall(text)))


def more_cyrillic_than(text: str, count: int) -> bool:
    """Whether `text` holds more than `count` (0 or more) Cyrillic letters."""
    cyrillic = 0
    for run in _CYRILLIC_RUN.finditer(text):
        cyrillic += run.end() - run.start()
        if cyrillic > count:
            return True
    return False
