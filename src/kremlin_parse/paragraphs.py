"""Paragraphs: re-joining lines that copying broke at hyperlinks, and finding inline marks.

A copied page breaks a line wherever a link began or ended: `... Nikol Pashinyan` /
`, President of Belarus ...`. The next line continues the paragraph when it starts with
punctuation or a lowercase word, or when the line before it has no closing punctuation.
"""

from __future__ import annotations

from typing import Sequence

import regex

from .models import Mark, MarkKind, Paragraph, Span
from .lexicon import ELISION_FRAGMENT, LEXICON

_CLOSING = "\"'”’»)}"
_TERMINAL = ".!?…:;,>›]"  # `<…>` and `[insertion]` close a line as well
_GLUE_WITHOUT_SPACE = ",.;:)]}!?…%»”’"
_BRACKETED = regex.compile(
    rf"(?P<elision>{ELISION_FRAGMENT})"
    r"|(?P<insertion>\[[^\[\]\n]{1,300}\])"
)
_PARENTHESIS = regex.compile(r"\((?P<first>\p{L}+)[^()\n]{0,150}\)")
_MAX_STAGE_DIRECTION = 80
#: Two capitalised words, or one capitalised word that ends the line or a clause.
_NAME_START = regex.compile(r"\p{Lu}[\p{L}\p{M}’'\-]*(?:[ ]\p{Lu}|[.,;:]|$)")


def continues(previous: str, following: str) -> bool:
    """Whether line `following` continues the paragraph that line `previous` ends.

    It does when it starts with punctuation or a lowercase word, or when `previous` lacks
    closing punctuation and `following` opens with a name (`Stanislav Zas.`,
    `Minsk Group, ...`): the text of a link. `In conclusion, ...` after a line without a
    full stop opens a new paragraph.
    """
    if continues_anything(following):
        return True
    core = previous.rstrip(_CLOSING)
    if not core or core[-1] in _TERMINAL:
        return False
    return _NAME_START.match(following) is not None


def continues_anything(following: str) -> bool:
    """Line `following` cannot open a paragraph: it starts with punctuation or lowercase."""
    first = following[0]
    return first in _GLUE_WITHOUT_SPACE or first.islower()


def join(pieces: Sequence[str]) -> str:
    """The paragraph text of re-joined line pieces."""
    if len(pieces) == 1:
        return pieces[0]
    parts = [pieces[0]]
    for piece in pieces[1:]:
        if piece[0] not in _GLUE_WITHOUT_SPACE:
            parts.append(" ")
        parts.append(piece)
    return "".join(parts)


def build_paragraph(text: str, pieces: Sequence[tuple[int, int]]) -> Paragraph | None:
    """A Paragraph of the given stripped line pieces of `text`, with its marks."""
    if not pieces:
        return None
    if len(pieces) == 1:  # most paragraphs: one line, whose span is the paragraph's
        start, end = pieces[0]
        string = text[start:end]
        span = Span(start, end)
        return Paragraph(string, span, (span,), _marks_of(string, start))
    strings = [text[start:end] for start, end in pieces]
    marks: list[Mark] = []
    for (start, _end), string in zip(pieces, strings):
        marks.extend(_marks_of(string, start))
    lines = tuple(Span(start, end) for start, end in pieces)
    return Paragraph(join(strings), Span(pieces[0][0], pieces[-1][1]), lines, tuple(marks))


def _marks_of(string: str, offset: int) -> tuple[Mark, ...]:
    """The marks of one line piece (none without a bracket: the common case, found by four
    quick scans)."""
    if "<" in string or "‹" in string or "[" in string or "(" in string:
        return tuple(_find_marks(string, offset))
    return ()


def _find_marks(string: str, offset: int) -> list[Mark]:
    """Elisions, insertions and stage directions, in order; an insertion may stand inside
    a parenthesis that is no stage direction: `(the [CSTO] members)`."""
    marks = [
        Mark(MarkKind.ELISION if match.group("elision") else MarkKind.INSERTION, match.group(),
             Span(offset + match.start(), offset + match.end()))
        for match in _BRACKETED.finditer(string)
    ]
    if "(" in string:
        marks.extend(
            Mark(MarkKind.STAGE_DIRECTION, match.group(), Span(offset + match.start(), offset + match.end()))
            for match in _PARENTHESIS.finditer(string)
            if _is_stage_direction(match)
        )
        marks.sort(key=lambda mark: mark.span.start)
    return marks


def _is_stage_direction(match: regex.Match[str]) -> bool:
    """`(Applause.)`, `(Laughter.)`, `(Speaks in Russian.)`, not `(I want to stress this)`."""
    content = match.group()
    first = match.group("first")
    if len(content) > _MAX_STAGE_DIRECTION or not first[0].isupper():
        return False
    return content.endswith(".)") or first.casefold() in LEXICON.stage_directions
