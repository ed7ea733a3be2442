"""Split a token stream into events: one file often holds several pages glued together.

A page opens with the section word (`Events`), or with the site's menus in a browser dump,
and closes with `Text version`, or with the source link of a repost; any one is enough to
cut. A stretch that holds only furniture is no event: its tokens stay document
furniture.
"""

from __future__ import annotations

from typing import Iterable, Iterator, NamedTuple

from .kinds import ALWAYS_FURNITURE, Kind
from .lexer import Token
from .lexicon import LEXICON

_NOT_CONTENT = frozenset({Kind.BLANK, Kind.SECTION_BREAK, *ALWAYS_FURNITURE})
#: Kinds that close the event they end: the page end, a repost's source link.
_CLOSING = frozenset({Kind.PAGE_END, Kind.SOURCE_LINK})


class Stretch(NamedTuple):
    """The tokens of one page (or of the furniture between pages), and whether they hold
    anything that makes an event."""

    tokens: list[Token]
    has_content: bool


def segment(tokens: Iterable[Token]) -> Iterator[Stretch]:
    """The stretches of `tokens`, in order, as they come: nothing is held beyond the
    stretch being read, so a file of many pages streams.

    Stretches without content hold only furniture and blank lines; the caller keeps their
    furniture and makes events of the others.
    """
    stretch: list[Token] = []
    has_content = False
    for token in tokens:
        kind = token.kind
        if stretch and (kind is Kind.SECTION_WORD or (
            kind is Kind.CHROME and has_content and token.text in LEXICON.dump_openers
        )):
            yield Stretch(stretch, has_content)
            stretch, has_content = [], False
        stretch.append(token)
        if kind in _CLOSING:
            yield Stretch(stretch, has_content or kind is Kind.SOURCE_LINK)
            stretch, has_content = [], False
        elif kind not in _NOT_CONTENT:
            has_content = True
    if stretch:
        yield Stretch(stretch, has_content)
