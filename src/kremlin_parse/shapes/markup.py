"""Front ends for markup: the site's HTML pages and its Atom feed.

A page is read with the standard library's html.parser into the lines a reader of the site
would see, in the order of the site's text version: title, lead, date, time, place, the
paragraphs of the body (a label in `<b>` opens its paragraph), then the tag blocks and the
publication footer. Those lines are the document's text, and the rest of the road reads them
as it reads any copy. Markup is trusted where it says what a line is: the `datetime`
attribute stands in for a date the text does not give, and a feed entry's link is its URL.

Site menus outside the article, scripts, styles and the person tooltips that the page hides
until hovered are not text a reader sees, so they are not part of the document. The title of
the video player inside an article is seen, and kept as furniture.
"""

from __future__ import annotations

import abc
import re
from html import escape
from html.parser import HTMLParser
from typing import Iterator, NamedTuple

import attrs

from ..dates import match_date_line
from ..errors import KremlinParseError
from ..lexer import Token
from ..lines import Line
from ..segment import Stretch
from ..source import Source, normalise
from .base import FrontEnd, Shape

#: Elements whose start or end closes the line being collected.
_BLOCKS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "time", "br", "tr",
    "td", "th", "table", "section", "article", "header", "footer", "blockquote", "figure",
    "figcaption", "dd", "dt", "hr", "title", "entry", "summary", "content", "published",
    "updated", "h", "main", "aside", "nav",
})
#: Elements whose content is never text of the document.
_HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe"})
#: Tags that take a role of their own even without attributes.
_TAGS_WITH_ROLES = _HIDDEN | {"h1", "h3", "article"}
_VOID = frozenset({
    "br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source",
    "track", "wbr", "param",
})
#: White space that HTML collapses; a non-breaking space is kept, as a browser keeps it.
_SPACES = re.compile(r"[ \t\n\r\f]+")
#: The class of each part of a page, innermost first, and the role of its lines.
_ROLES = (
    ("read__tooltip", "hidden"),
    ("read__video", "video"),
    ("entry-title", "title"),
    ("read__lead", "lead"),
    ("read__published", "date"),
    ("read__time", "time"),
    ("read__place", "place"),
    ("read__bottommeta", "meta"),
    ("read__internal_content", "body"),
    ("entry-content", "body"),
    ("read__content", "body"),
)
#: Roles whose lines the lexer takes as the markup says, not by their words.
_HINTS = {"url": "url", "video": "video"}
_ROLE_ORDER = {"title": 0, "lead": 1, "date": 2, "time": 3, "place": 4}
_FEED_DECLARATION = re.compile(r"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE | re.ASCII)
#: How much of the text is looked at to tell markup from plain text.
_MARKUP_SAMPLE = 2048
#: The start of an Atom feed's root element, found past a prolog longer than the sample.
_FEED_ROOT = re.compile(r"<feed[\s>/]", re.IGNORECASE | re.ASCII)


class UnsafeMarkupError(KremlinParseError, ValueError):
    """A feed that declares a DTD or entities: refused, since nothing in it may be expanded."""


class MarkupText(NamedTuple):
    """The text read out of markup, its lines, and the line ranges of each event."""

    text: str
    lines: list[Line]
    events: list[tuple[int, int]]


class _Block(NamedTuple):
    role: str
    text: str
    article: int  # which article of the page holds the block (from 1); 0 for none
    attribute: str | None  # the `datetime` of a date, the `href` of a feed link


class _ForgivingParser(HTMLParser):
    """html.parser, keeping the text of marked sections: `<![CDATA[…]]>` gives its text, and
    a `<![` that opens no section html.parser knows (it raises AssertionError on those) is
    text as written."""

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.handle_data(self.rawdata[i : i + 3])
            return i + 3

    def unknown_decl(self, data: str) -> None:
        if data[:6].upper() == "CDATA[":
            self.handle_data(data[6:])


class _PageReader(_ForgivingParser):
    """Collects the blocks of text of a page with the role the markup gives each."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str, str | None, int]] = []  # tag, role, attribute, article
        self.open: dict[str, int] = {}  # how many elements of each tag the stack holds
        self.blocks: list[_Block] = []
        self.buffer: list[str] = []
        self.articles = 0

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.flush()
        if tag in _VOID:
            return
        if not attributes and tag not in _TAGS_WITH_ROLES and self.stack:
            parent = self.stack[-1]  # a plain tag (`<b>`, `<p>`) is whatever holds it
            self.stack.append((tag, parent[1], parent[2], parent[3]))
            self.open[tag] = self.open.get(tag, 0) + 1
            return
        values = dict(attributes)
        classes = (values.get("class") or "").split()
        role = self.stack[-1][1] if self.stack else "page"
        attribute = self.stack[-1][2] if self.stack else None
        article = self.stack[-1][3] if self.stack else 0
        if tag in _HIDDEN:
            role = "hidden"
        elif role != "hidden":
            for name, candidate in _ROLES:
                if name in classes:
                    role = candidate
                    break
            else:
                if tag == "h1" and role in ("page", "article"):
                    role = "title"
                elif role == "meta" and tag == "h3":
                    role = "meta"
        if (tag == "article" or "hentry" in classes) and role in ("page", "article") and not article:
            self.articles += 1
            article = self.articles
            role = "article"
        if role == "date" and values.get("datetime"):
            attribute = values["datetime"]
        self.stack.append((tag, role, attribute, article))
        self.open[tag] = self.open.get(tag, 0) + 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.flush()
        if not self.open.get(tag):
            return  # a stray end tag: no search of a deep stack for it, so no quadratic time
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                for closed in self.stack[index:]:
                    self.open[closed[0]] -= 1
                del self.stack[index:]
                return

    def handle_data(self, data: str) -> None:
        if not self.stack or self.stack[-1][1] != "hidden":
            self.buffer.append(data)

    def flush(self) -> None:
        text = normalise(_SPACES.sub(" ", "".join(self.buffer)).strip(" ")).strip()
        self.buffer = []
        role, attribute, article = self.stack[-1][1:] if self.stack else ("page", None, 0)
        if role == "date" and attribute and not text:
            text = attribute  # a date the markup gives only as an attribute
        if text and role != "hidden":
            if not article and role != "page":
                article = 1  # the parts of an article, marked by their classes alone
            self.blocks.append(_Block(role, text, article, attribute))

    def close(self) -> None:
        super().close()
        self.flush()


def markup_kind(text: str) -> str | None:
    """`html` or `atom` when the text is markup of a page or a feed, else None."""
    head = text[:_MARKUP_SAMPLE].lstrip().lower()
    if not head.startswith("<"):
        return None
    if head.startswith(("<html", "<!doctype html")):
        return "html"
    if "<feed" in head:
        return "atom"
    if any(tag in head for tag in ("<html", "<body", "<article", "<div", "<head")):
        return "html"
    if head.startswith(("<?xml", "<!")) and _FEED_ROOT.search(text):
        # An XML prolog (a long comment, a DTD) may hide the root from the sample; a feed
        # behind it is still a feed, and one with a DTD must be refused, not read as text.
        return "atom"
    return None


class MarkupShape(Shape):
    """A shape read out of markup: its front end builds a new text (one line per block, a
    blank line between blocks) that replaces the input as `Document.text`, and says which
    lines each event holds."""
    windowable = False  # the markup's root and its events need the whole file

    @abc.abstractmethod
    def read_markup(self, markup: str) -> MarkupText:
        """The text, lines and event line ranges read out of the markup."""

    def sniff(self, text: str) -> bool:
        return markup_kind(text) == self.name

    def front_end(self, source: Source) -> FrontEnd:
        markup = self.read_markup(source.text)
        return FrontEnd(attrs.evolve(source, text=markup.text), lambda: markup.lines, markup.events)

    def stretches(self, tokens: Iterator[Token], front: FrontEnd) -> Iterator[Stretch]:
        """The stretches of the events that markup delimits by line ranges (`(first, stop)`,
        0-based, stop excluded), which follow one another."""
        stops = iter(stop for _, stop in front.event_lines or ())
        stop = next(stops, None)
        stretch: list[Token] = []
        for token in tokens:
            while stop is not None and token.line > stop:
                if stretch:
                    yield Stretch(stretch, True)
                    stretch = []
                stop = next(stops, None)
            stretch.append(token)
        if stretch:
            yield Stretch(stretch, True)


def read_html(markup: str) -> MarkupText:
    """The text of a saved page of the site: one event per article (a page without
    articles is read whole as one)."""
    reader = _PageReader()
    reader.feed(markup)
    reader.close()
    builder = _TextBuilder()
    articles = sorted({block.article for block in reader.blocks if block.article})
    if not articles:
        builder.add_event(_in_reading_order(reader.blocks))
    for article in articles:
        builder.add_event(_in_reading_order([b for b in reader.blocks if b.article == article]))
    return builder.finish()


def read_atom(markup: str) -> MarkupText:
    """The text of the site's Atom feed: one event per `<entry>`."""
    if _FEED_DECLARATION.search(markup):
        raise UnsafeMarkupError("the feed declares a DTD or entities; such feeds are refused")
    reader = _FeedReader()
    reader.feed(markup)
    reader.close()
    builder = _TextBuilder()
    for entry in reader.entries:
        blocks: list[_Block] = []
        if entry.get("title"):
            blocks.append(_Block("title", normalise(_SPACES.sub(" ", entry["title"])).strip(), 1, None))
        if entry.get("summary"):
            blocks += [_Block("lead", block.text, 1, None) for block in _html_blocks(entry["summary"])]
        stamp = (entry.get("published") or entry.get("updated") or "").strip()
        if stamp:
            blocks.append(_Block("date", stamp, 1, stamp))
        if entry.get("content"):
            blocks += _html_blocks(entry["content"])
        if entry.get("link"):
            blocks.append(_Block("url", entry["link"], 1, entry["link"]))
        builder.add_event(blocks)
    return builder.finish()


def _html_blocks(fragment: str) -> list[_Block]:
    reader = _PageReader()
    reader.feed(fragment)
    reader.close()
    return [block._replace(role="body") if block.role in ("page", "article") else block
            for block in reader.blocks]


def _in_reading_order(blocks: list[_Block]) -> list[_Block]:
    """Header blocks first, in the text version's order, then the rest as they came."""
    header = sorted((b for b in blocks if b.role in _ROLE_ORDER), key=lambda b: _ROLE_ORDER[b.role])
    return header + [block for block in blocks if block.role not in _ROLE_ORDER]


class _TextBuilder:
    """Joins blocks into the document text: a blank line between blocks, so that no two
    paragraphs of the markup are ever joined as lines broken at a link."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.lines: list[Line] = []
        self.events: list[tuple[int, int]] = []
        self.length = 0

    def add_event(self, blocks: list[_Block]) -> None:
        first = len(self.lines)
        for block in blocks:
            text = block.text
            if block.role == "date" and block.attribute and match_date_line(text) is None:
                text = block.attribute  # markup beats guessing: the attribute is the date
            hint = _HINTS.get(block.role)
            self._add_line(text, hint)
            self._add_line("", None)
        if len(self.lines) > first:
            self.events.append((first, len(self.lines)))

    def _add_line(self, text: str, hint: str | None) -> None:
        number = len(self.lines) + 1
        if self.lines:
            self.parts.append("\n")
            self.length += 1
        self.lines.append(Line(number, self.length, self.length + len(text), hint))
        self.parts.append(text)
        self.length += len(text)

    def finish(self) -> MarkupText:
        return MarkupText("".join(self.parts), self.lines, self.events)


class _FeedReader(_ForgivingParser):
    """Collects the fields of each `<entry>` of an Atom feed."""

    _FIELDS = frozenset({"title", "summary", "content", "published", "updated"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.entries: list[dict[str, str]] = []
        self.field: str | None = None
        self.buffer: list[str] = []
        self.xhtml = False

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        if tag == "entry":
            self.entries.append({})
        elif self.entries and tag == "link":
            values = dict(attributes)
            if values.get("href") and values.get("rel", "alternate") == "alternate":
                self.entries[-1].setdefault("link", values["href"] or "")
        elif self.field is not None:
            self.buffer.append(self.get_starttag_text() or "")  # XHTML content: keep its tags
        elif self.entries and tag in self._FIELDS:
            self.field, self.buffer = tag, []
            self.xhtml = dict(attributes).get("type") == "xhtml"

    def handle_startendtag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attributes)

    def handle_endtag(self, tag: str) -> None:
        if tag == self.field and self.entries:
            self.entries[-1][tag] = "".join(self.buffer)
            self.field = None
        elif self.field is not None:
            self.buffer.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self.field is not None:
            # XHTML content is markup already: its text must stay text when read again.
            self.buffer.append(escape(data, quote=False) if self.xhtml else data)
