"""Split a token stream into events: one file often holds several pages glued together.

A page opens with the section word (`Events`), or with the site's menus in a browser dump,
and closes with `Text version`, or with the source link of a repost; any one is enough to
cut. A stretch that holds only furniture is no event: its tokens stay document
furniture; nor is a stretch after a page's end that holds only short lines (another site's
chrome below the page it saved).
"""

from __future__ import annotations

from typing import Iterable, Iterator, NamedTuple

from .evidence import Verdict, evidence
from .kinds import ALWAYS_FURNITURE, Kind
from .lexer import Token
from .lexicon import LEXICON

_NOT_CONTENT = frozenset({Kind.BLANK, Kind.SECTION_BREAK, *ALWAYS_FURNITURE})
#: Kinds that close the event they end: the page end, a repost's source link.
_CLOSING = frozenset({Kind.PAGE_END, Kind.SOURCE_LINK})
#: A time or a post's stamp: below a page's end, another site's post metadata.
_STAMPS = frozenset({Kind.TIME, Kind.TIMESTAMP})


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
    closed = False  # the stretch follows a page's end
    section_word, chrome, dump_openers = Kind.SECTION_WORD, Kind.CHROME, LEXICON.dump_openers
    for token in tokens:
        kind = token.kind
        if kind is section_word or (kind is chrome and token.text in dump_openers):
            if stretch and (kind is section_word or has_content):
                yield _trailing(stretch, has_content) if closed else Stretch(stretch, has_content)
                stretch, has_content = [], False
            closed = False  # a page of the site's own opens
        stretch.append(token)
        if kind in _CLOSING:
            yield Stretch(stretch, has_content or kind is Kind.SOURCE_LINK)
            stretch, has_content, closed = [], False, kind is Kind.PAGE_END
        elif not has_content and kind not in _NOT_CONTENT:
            has_content = True
    if stretch:
        yield _trailing(stretch, has_content) if closed else Stretch(stretch, has_content)


def _trailing(stretch: list[Token], has_content: bool) -> Stretch:
    """A stretch after a page's end: no event when its lines are all short text by their
    evidence, or times (another site's `Last updated at` and its stamp below the page it
    saved); those lines are that site's chrome and post metadata."""
    content = [token for token in stretch if token.kind not in _NOT_CONTENT]
    if not has_content or any(
        token.kind not in _STAMPS and (token.kind is not Kind.TEXT or evidence(token.text, Kind.TEXT).verdict
                                       not in (Verdict.SHORT, Verdict.CHROME))
        for token in content
    ):
        return Stretch(stretch, has_content)
    return Stretch([token._replace(kind=Kind.OTHER_SITE) if token.kind is Kind.TEXT
                    else token._replace(kind=Kind.POST_METADATA) if token.kind in _STAMPS else token
                    for token in stretch], False)
