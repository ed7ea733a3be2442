"""The language of an event: `ru` or `en`, from the letters of its first lines.

An event's language is `ru` when Cyrillic letters outnumber the letters of Latin words other
than all-capital acronyms in its first lines of text (furniture left out, since a repost's
chrome may be in another language), else `en`. A thousand letters decide it as well as a
whole page would.
"""

from __future__ import annotations

from typing import Sequence

import regex

from .kinds import Kind
from .lexer import Token
from .scripts import has_cyrillic_letter, latin_letters, more_cyrillic_than

#: The languages of the site's two editions, as `Event.language` gives them.
LANGUAGES = ("en", "ru")
# Latin words with a lowercase letter: all-capital acronyms (COVID, SCO, NATO) appear in Russian
# text as they are and say nothing about the language.
_LATIN_WORD = regex.compile(r"\p{Latin}*[\p{Latin}&&\p{Ll}]\p{Latin}*", regex.V1)
_SAMPLE_LINES = 40
_SAMPLE_CHARS = 1000
_SAMPLED_KINDS = frozenset({Kind.TEXT, Kind.LABEL, Kind.DATE})


def event_language(text: str, tokens: Sequence[Token]) -> str:
    """`ru` or `en` for the event whose tokens these are (see the module's docstring)."""
    parts: list[str] = []
    length = 0
    for token in tokens[:_SAMPLE_LINES]:
        if token.kind in _SAMPLED_KINDS:
            parts.append(text[token.start:min(token.end, token.start + _SAMPLE_CHARS - length)])
            length += len(parts[-1])
            if length >= _SAMPLE_CHARS:
                break
    sample = " ".join(parts)
    if not has_cyrillic_letter(sample):
        return "en"  # no Cyrillic letter: whatever the Latin words hold
    if more_cyrillic_than(sample, latin_letters(sample)):
        return "ru"  # more than Latin letters of any word: the Latin words cannot tip it
    return "ru" if more_cyrillic_than(sample, sum(map(len, _LATIN_WORD.findall(sample)))) else "en"
