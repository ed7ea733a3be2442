"""The source shapes, one module each, and the registry that detects and names them.

A shape (`base.Shape`) says how it is detected, how its lines are read, what it tells the
header and body stages and how events are written back in it. Adding a shape is one module
and one line in `REGISTRY`.
"""

from __future__ import annotations

import operator
from typing import Iterable

from ..kinds import Kind
from ..lexer import Token
from .atom import ATOM
from .base import DETECTION_REACH, FrontEnd, Shape, plain_front_end
from .browser_dump import BROWSER_DUMP
from .flattened import FLATTENED
from .forum_repost import FORUM_REPOST
from .fragment import FRAGMENT
from .html import HTML
from .markup import UnsafeMarkupError
from .news_repost import NEWS_REPOST
from .text_version import TEXT_VERSION

#: Every shape, in the order they are detected: the shapes told by the raw text (`sniff`:
#: markup, a flattened page) first, then the plain-text shapes by their tokens (`claims`),
#: the fragment last, which claims whatever is left.
REGISTRY: tuple[Shape, ...] = (
    HTML, ATOM, FLATTENED, NEWS_REPOST, FORUM_REPOST, BROWSER_DUMP, TEXT_VERSION, FRAGMENT,
)
_BY_NAME = {shape.name: shape for shape in REGISTRY}

#: The name of every shape that `parse(..., shape=...)` accepts.
SHAPES: tuple[str, ...] = (
    TEXT_VERSION.name, BROWSER_DUMP.name, FRAGMENT.name, NEWS_REPOST.name, FORUM_REPOST.name,
    HTML.name, ATOM.name, FLATTENED.name,
)

__all__ = [
    "DETECTION_REACH", "FrontEnd", "REGISTRY", "SHAPES", "Shape", "UnsafeMarkupError",
    "detect_plain", "plain_front_end", "shape_named", "sniff",
]


def shape_named(name: str) -> Shape:
    """The shape of a name in SHAPES; ValueError for an unknown one."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise ValueError(f"unknown shape {name!r}; known: {', '.join(SHAPES)}") from None


def sniff(text: str) -> Shape | None:
    """The shape the raw text shows itself to be before its lines are read (markup, a
    flattened page), or None for plain text."""
    return next((shape for shape in REGISTRY if shape.sniff(text)), None)


_KIND_OF = operator.attrgetter("kind")


def detect_plain(tokens: Iterable[Token]) -> Shape:
    """The shape of plain text, from its tokens (read in one pass, so a stream will do)."""
    top: list[Token] = []
    remaining = iter(tokens)
    blank = Kind.BLANK
    for token in remaining:
        if token.kind is not blank:
            top.append(token)
            if len(top) == DETECTION_REACH:
                break
    if not top:
        return FRAGMENT
    kinds = {token.kind for token in top}
    kinds.update(map(_KIND_OF, remaining))  # the rest, their kinds alone
    kinds.discard(blank)
    seen = frozenset(kinds)
    return next(shape for shape in REGISTRY if shape.claims(top, seen))
