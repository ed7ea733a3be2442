"""Split a token stream into events: one file often holds several pages glued together.

A page opens with the section word (`Events`), or with the site's menus in a browser dump,
and closes with `Text version`, or with the source link of a repost; any one is enough to
cut. A stretch that holds only furniture is no event: its tokens stay document
furniture.
"""

from __future__ import annotations

from typing import Sequence

from .lexer import FURNITURE_OF_KIND, Kind, Token
from .vocabulary import VOCABULARIES

_NOT_CONTENT = frozenset({Kind.BLANK, Kind.SECTION_BREAK, *FURNITURE_OF_KIND})
#: Kinds that close the event they end: the page end, a repost's source link.
_CLOSING = frozenset({Kind.PAGE_END, Kind.SOURCE_LINK})
#: The first line of a browser dump, which opens a new page once the current one has content.
_DUMP_OPENERS = frozenset(vocabulary.dump_top[0] for vocabulary in VOCABULARIES)


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
        if (kind is Kind.SECTION_WORD and index > first) or (
            kind is Kind.CHROME and has_content and token.text in _DUMP_OPENERS
        ):
            ranges.append((first, index, has_content))
            first, has_content = index, False
        elif kind in _CLOSING:
            ranges.append((first, index + 1, has_content or kind is Kind.SOURCE_LINK))
            first, has_content = index + 1, False
        elif kind not in _NOT_CONTENT:
            has_content = True
    if first < len(tokens):
        ranges.append((first, len(tokens), has_content))
    return ranges
