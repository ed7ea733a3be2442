"""Split a token stream into events: one file often holds several pages glued together.

A page opens with the section word (`Events`) and closes with `Text version`; either one is
enough to cut. A stretch that holds only furniture is no event: its tokens stay document
furniture.
"""

from __future__ import annotations

from typing import Sequence

from .lexer import Kind, Token

_NOT_CONTENT = frozenset({
    Kind.BLANK, Kind.SECTION_WORD, Kind.PAGE_END, Kind.CHROME, Kind.PUBLICATION_STATUS,
    Kind.SECTION_BREAK,
})


def segment(tokens: Sequence[Token]) -> list[tuple[int, int, bool]]:
    """(first, stop, has_content) index ranges covering all of `tokens`, in order.

    Ranges without content hold only furniture and blank lines; the caller keeps their
    furniture and makes events of the others.
    """
    ranges: list[tuple[int, int, bool]] = []
    first = 0
    has_content = False
    for index, token in enumerate(tokens):
        kind = token.kind
        if kind is Kind.SECTION_WORD and index > first:
            ranges.append((first, index, has_content))
            first, has_content = index, False
        elif kind is Kind.PAGE_END:
            ranges.append((first, index + 1, has_content))
            first, has_content = index + 1, False
        elif kind not in _NOT_CONTENT:
            has_content = True
    if first < len(tokens):
        ranges.append((first, len(tokens), has_content))
    return ranges
