"""Which shape a document comes in: the site's text version, a browser dump, a fragment,
a news-agency or a forum repost, the site's HTML or its Atom feed.

Every shape goes through the same lexer; the shape is read off the tokens (what the top of
the document looks like, which furniture it holds) and tells the later stages the few
things that differ between shapes, such as where a browser dump puts the lead.
"""

from __future__ import annotations

import itertools
import re
from typing import Iterable, Iterator, Sequence

from .lexer import Kind, Token

TEXT_VERSION = "text_version"
BROWSER_DUMP = "browser_dump"
FRAGMENT = "fragment"
NEWS_REPOST = "news_repost"
FORUM_REPOST = "forum_repost"
HTML = "html"
ATOM = "atom"
FLATTENED = "flattened"

#: Every shape that `parse(..., shape=...)` accepts.
SHAPES: tuple[str, ...] = (
    TEXT_VERSION, BROWSER_DUMP, FRAGMENT, NEWS_REPOST, FORUM_REPOST, HTML, ATOM, FLATTENED,
)
_MARKUP_SAMPLE = 2048
#: The start of an Atom feed's root element (`<feed`, or `<a:feed` with a namespace prefix),
#: found in the sample or past a prolog longer than it.
_FEED_ROOT = re.compile(r"<(?:[a-z_][\w.-]{0,63}:)?feed[\s>/]", re.IGNORECASE | re.ASCII)

#: How many lines at the top may stand before a date for a page copied without its
#: furniture to count as a text version (title, lead, date) rather than a fragment.
_HEADER_REACH = 6


def detect_markup(text: str) -> str | None:
    """`html` or `atom` when the text is markup of a page or a feed, else None."""
    head = text[:_MARKUP_SAMPLE].lstrip().lower()
    if not head.startswith("<"):
        return None
    if head.startswith(("<html", "<!doctype html")):
        return HTML
    if _FEED_ROOT.search(head):
        return ATOM
    if any(tag in head for tag in ("<html", "<body", "<article", "<div", "<head")):
        return HTML
    if head.startswith(("<?xml", "<!")) and _FEED_ROOT.search(text):
        # An XML prolog (a long comment, a DTD) may hide the root from the sample; a feed
        # behind it is still a feed, and one with a DTD must be refused, not read as text.
        return ATOM
    return None


def detect_shape(tokens: Iterable[Token]) -> str:
    """The shape of a tokenised document (read in one pass, so a stream will do)."""
    top: list[Token] = []
    kinds: set[Kind] = set()
    for token in tokens:
        if token.kind is not Kind.BLANK:
            kinds.add(token.kind)
            if len(top) < _HEADER_REACH:
                top.append(token)
    if not top:
        return FRAGMENT
    first = top[0].kind
    if first is Kind.AGENCY_DATE:
        return NEWS_REPOST
    if Kind.SOURCE_LINK in kinds:
        return FORUM_REPOST
    if first in (Kind.CHROME, Kind.BREADCRUMB):
        return BROWSER_DUMP
    if Kind.SECTION_WORD in kinds or Kind.PAGE_END in kinds:
        return TEXT_VERSION
    for token in top:
        if token.kind is Kind.DATE:
            return TEXT_VERSION
        if token.kind not in (Kind.TEXT, Kind.LABEL):
            break
    return FRAGMENT


def split_repost_chrome(tokens: Iterator[Token]) -> tuple[list[Token], Iterator[Token]]:
    """The repost's own chrome (post header, user name, join date) and the tokens from
    where its first event begins: its section word when a page of the text version was
    pasted whole, else its title, the line above its first date. Without either, no chrome.

    Reads only as far as that beginning, so the rest still streams.
    """
    seen: list[Token] = []
    previous: int | None = None
    for token in tokens:
        seen.append(token)
        if token.kind is Kind.BLANK:
            continue
        index = len(seen) - 1
        if token.kind is Kind.SECTION_WORD:
            return seen[:index], itertools.chain(seen[index:], tokens)
        if token.kind is Kind.DATE and previous is not None \
                and seen[previous].kind in (Kind.TEXT, Kind.LABEL):
            return seen[:previous], itertools.chain(seen[previous:], tokens)
        previous = index
    return [], iter(seen)


def opens_with_header(tokens: Sequence[Token]) -> bool:
    """Whether a stretch of a repost opens with an event's header (a date near the top); a
    stretch that does not is the repost's chrome: a signature, a blog's footer."""
    content = [token for token in tokens if token.kind is not Kind.BLANK]
    return any(token.kind is Kind.DATE for token in content[:_HEADER_REACH])


def is_text_closed_by_link(tokens: Sequence[Token]) -> bool:
    """Whether a stretch of a repost is lines of text closed by a source link: an event whose
    page gives no date (an announcement) when the event before has its link already; a
    signature above the link of the event before, when that has none."""
    content = [token for token in tokens if token.kind is not Kind.BLANK]
    return (len(content) > 1 and content[-1].kind is Kind.SOURCE_LINK
            and all(token.kind in (Kind.TEXT, Kind.LABEL) for token in content[:-1]))
