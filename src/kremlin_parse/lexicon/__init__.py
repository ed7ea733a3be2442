"""The words of the documents, as data, and the lexicon the stages query.

One module per language holds its `Vocabulary` (english.py, russian.py); `LEXICON` compiles
all of them once, since the lexer reads every language at once (a page of either edition, or
a repost mixing both, goes through the same stages). A new language is one module here and
one entry in `VOCABULARIES`; a newly seen furniture word is one line in its language's module.
"""

from __future__ import annotations

from .compiled import (
    ELISION_FRAGMENT, INITIALS_AND_SURNAME_FRAGMENT, SECTION_BREAK_FRAGMENT, TIME_FRAGMENT, Lexicon,
)
from .english import ENGLISH
from .russian import RUSSIAN
from .vocabulary import Vocabulary

#: Every vocabulary the parser knows; the lexer matches all of them at once.
VOCABULARIES: tuple[Vocabulary, ...] = (ENGLISH, RUSSIAN)

#: The vocabularies of every language, compiled once.
LEXICON = Lexicon(VOCABULARIES)

__all__ = [
    "ELISION_FRAGMENT", "ENGLISH", "INITIALS_AND_SURNAME_FRAGMENT", "LEXICON", "Lexicon", "RUSSIAN",
    "SECTION_BREAK_FRAGMENT", "TIME_FRAGMENT", "VOCABULARIES", "Vocabulary", "vocabulary_of",
]


def vocabulary_of(language: str) -> Vocabulary:
    """The vocabulary of a language code (`en`, `ru`); ValueError for an unknown one."""
    return LEXICON.vocabulary_of(language)
