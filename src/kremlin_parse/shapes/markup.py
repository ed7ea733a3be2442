"""Front ends for markup: the site's HTML pages (here) and its Atom feed (`feed.py`).

A page is read with `markup_tokens.MarkupTokenizer` (which finds tags and text as the
standard library's html.parser does, in less time) into the lines a reader of the site would
see, in the order of the site's text version: title, lead, date, time, place, the paragraphs
of the body, then the tag blocks and the publication footer. Those lines are the document's
text, and the rest of the road reads them as it reads any copy. Markup is trusted
where it says what a line is:

- the site's classes tell the page's text from the furniture inside it: the caption of an
  inline photo (`div.media`), a pull quote (`<blockquote>`), the title of a video
  (`div.video__description`), a related-items box (`div.read__cut`, and any other
  `.masha-ignore` block inside the text). Each such block is one line, however many lines
  it holds, and becomes one furniture record;
- bold at the start of a paragraph followed by a colon is a speaker label, whatever its
  words, and the line carries where the label ends (`readers.LabelHint`). Plain text before
  a colon is no label unless the same text is a bold label elsewhere in the article, and a
  full stop after bold text stands for the colon only on the same evidence. An article that
  marks no label in bold is left to the words, as plain text is;
- the `datetime` attribute stands in for a date the text does not give, and the date of an
  announcement (`Announcement, December 14, 2012`) is its date line.

Site menus outside the article, scripts, styles and the person tooltips that the page hides
until hovered are not text a reader sees, so they are not part of the document.
"""

from __future__ import annotations

import abc
import re
from typing import Iterator, NamedTuple

import attrs
import regex

from ..dates import match_date_line
from ..errors import KremlinParseError
from ..lexer import Token
from ..lines import Hint, LabelHint, Line
from ..segment import Stretch
from ..source import Source, normalise
from .base import FrontEnd, Shape
from .markup_tokens import MarkupTokenizer

#: Elements whose start or end closes the line being collected (`time`: see `_PageReader`).
_BLOCKS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "time", "br", "tr",
    "td", "th", "table", "section", "article", "header", "footer", "blockquote", "figure",
    "figcaption", "dd", "dt", "hr", "title", "entry", "summary", "content", "published",
    "updated", "h", "main", "aside", "nav",
})
#: The elements of bold text, which marks a speaker's label.
_BOLD = frozenset({"b", "strong"})
#: Elements whose content is never text of the document.
_HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe"})
#: Tags that take a role of their own even without attributes.
_TAGS_WITH_ROLES = _HIDDEN | {"h1", "h3", "article", "blockquote"}
_VOID = frozenset({
    "br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source",
    "track", "wbr", "param",
})
_BOLD = ("b", "strong")
#: White space that HTML collapses; a non-breaking space is kept, as a browser keeps it.
#: (Only the runs that a single space does not already stand for, by `regex`, which scans
#: for them faster than `re`: a page's text is read at 3 ns a character either way.)
_SPACES = regex.compile(r"[ \t\n\r\f]{2,}|[\t\n\r\f]")
#: The class of each part of a page, checked in this order, and the role of its lines.
_ROLES = (
    ("read__tooltip", "hidden"),
    ("read__video", "video"),
    ("video__description", "video"),
    ("media", "caption"),
    ("read__cut", "related"),
    ("entry-title", "title"),
    ("read__lead", "lead"),
    ("read__published", "date"),
    ("announce_date", "date"),
    ("read__time", "time"),
    ("read__place", "place"),
    ("read__bottommeta", "meta"),
    ("read__internal_content", "body"),
    ("entry-content", "body"),
    ("read__content", "body"),
)
#: Each class of `_ROLES` with its place in that order and its role.
_ROLE_OF_CLASS = {name: (order, role) for order, (name, role) in enumerate(_ROLES)}
#: The class that marks a block inside the text as no part of it (the site leaves such
#: blocks out of what its reading aids see): furniture, a related-items box unless a class
#: above says more.
_IGNORED = "masha-ignore"
#: Roles of the running text, where a paragraph may open with a speaker label.
_TEXT_ROLES = frozenset({"body", "page", "article"})
#: Roles of furniture inside the text: each element that gives one is a record of its own.
_FURNITURE_ROLES = frozenset({"video", "caption", "quote", "related", "repeated_lead"})
#: Roles whose lines the lexer takes as the markup says, not by their words.
_HINTS = {
    "url": "url", "video": "video", "caption": "caption", "quote": "quote", "related": "related",
    "repeated_lead": "repeated_lead", "date": "date",
}
_ROLE_ORDER = {"title": 0, "lead": 1, "date": 2, "time": 3, "place": 4}
_FEED_DECLARATION = re.compile(r"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE | re.ASCII)
#: How much of the text is looked at to tell markup from plain text.
_MARKUP_SAMPLE = 2048
#: The start of an Atom feed's root element (`<feed`, or `<a:feed` with a namespace prefix),
#: found in the sample or past a prolog longer than it.
_FEED_ROOT = re.compile(r"<(?:[a-z_][\w.-]{0,63}:)?feed[\s>/]", re.IGNORECASE | re.ASCII)
#: How far into a paragraph the colon (or full stop) of a label the markup marks may stand.
_MAX_LABEL_LENGTH = 300
#: How long a parenthetical between a bold label and its colon may be.
_MAX_PARENTHETICAL = 200


class UnsafeMarkupError(KremlinParseError, ValueError):
    """A feed that declares a DTD or entities: refused, since nothing in it may be expanded."""


class MarkupText(NamedTuple):
    """The text read out of markup, its lines, and the line ranges of each event."""

    text: str
    lines: list[Line]
    events: list[tuple[int, int]]


class Block(NamedTuple):
    """A block of text of the markup, with the role the markup gives it."""

    role: str
    text: str
    article: int  # which article of the page holds the block (from 1); 0 for none
    attribute: str | None  # the `datetime` of a date, the `href` of a feed link
    group: int = 0  # the element that gave a furniture role: its blocks make one record
    bold: int = 0  # how many characters of the text the paragraph's opening bold run holds


class _PageReader(MarkupTokenizer):
    """Collects the blocks of text of a page with the role the markup gives each.

    A block also records how much of it the bold run that opens it holds (bold runs with only
    white space between them count as one), from which `TextBuilder` reads speaker labels.
    A `<time>` closes the line, except after a label that ends in a colon
    (`Publication date: <time>…</time>`), whose value it is.
    """

    def __init__(self) -> None:
        super().__init__()
        # tag, role, attribute, article, furniture group
        self.stack: list[tuple[str, str, str | None, int, int]] = []
        self.open: dict[str, int] = {}  # how many elements of each tag the stack holds
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.length = 0  # characters in the buffer
        self.bold_length = 0  # characters of the buffer up to the end of its opening bold run
        self.opening = True  # the buffer holds nothing but its opening bold run so far
        self.bold_closed_at = -1  # where the last bold run closed, in characters of the buffer
        self.space_pending = False  # a word in a bold run of its own follows another: part them
        self.articles = 0
        self.groups = 0

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS and not (tag == "time" and self.after_label()):
            self.flush()
        if tag in _VOID:
            return
        if tag in _BOLD and self.bold_closed_at == self.length > 0 and self.buffer[-1][-1:].isalnum():
            # `<b>Minister</b><b>President</b><b>of</b>`: the site's editor set each word in a
            # bold run of its own and lost the spaces between them; a reader sees words
            self.space_pending = True
        parent = self.stack[-1] if self.stack else ("", "page", None, 0, 0)
        if not attributes and tag not in _TAGS_WITH_ROLES and self.stack:
            self.stack.append((tag, *parent[1:]))  # a plain tag (`<b>`, `<p>`) is whatever holds it
            self.open[tag] = self.open.get(tag, 0) + 1
            return
        values = dict(attributes)
        classes = (values.get("class") or "").split()
        _, role, attribute, article, group = parent
        if tag in _HIDDEN:
            role = "hidden"
        elif role != "hidden":
            role = self.role_of(tag, classes, role)
        if (tag == "article" or "hentry" in classes) and role in ("page", "article") and not article:
            self.articles += 1
            article = self.articles
            role = "article"
        if role == "date" and values.get("datetime"):
            attribute = values["datetime"]
        if role in _FURNITURE_ROLES and role != parent[1]:
            self.groups += 1
            group = self.groups
        if role != parent[1] and role != "hidden":
            self.flush()  # text of one role never runs into text of another
        self.stack.append((tag, role, attribute, article, group))
        self.open[tag] = self.open.get(tag, 0) + 1

    @staticmethod
    def role_of(tag: str, classes: list[str], inherited: str) -> str:
        """The role of an element's lines: from its classes (the first of `_ROLES` among
        them), else from what holds it."""
        found = [_ROLE_OF_CLASS[name] for name in classes if name in _ROLE_OF_CLASS]
        if found:
            return min(found)[1]
        if inherited in _TEXT_ROLES:
            if tag == "h1" and inherited != "body":
                return "title"
            if tag == "blockquote":
                return "quote"
            if _IGNORED in classes and inherited == "body":
                return "related"
        return inherited

    def handle_endtag(self, tag: str) -> None:
        if tag in _BOLD:
            self.bold_closed_at = self.length
        if not self.open.get(tag):
            if tag in _BLOCKS:
                self.flush()
            return  # a stray end tag: no search of a deep stack for it, so no quadratic time
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                outer = self.stack[index - 1][1] if index else "page"
                if tag in _BLOCKS or self.stack[-1][1] not in (outer, "hidden"):
                    self.flush()
                for closed in self.stack[index:]:
                    self.open[closed[0]] -= 1
                del self.stack[index:]
                return

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1][1] == "hidden":
            return
        if self.space_pending and data[:1].isalnum():
            data = " " + data
        self.space_pending = False
        self.buffer.append(data)
        self.length += len(data)
        if self.opening:
            if self.open.get("b") or self.open.get("strong"):
                if not data.isspace():
                    self.bold_length = self.length
            elif not data.isspace():
                self.opening = False

    def after_label(self) -> bool:
        """The line so far ends in a colon: a field label waiting for its value."""
        for part in reversed(self.buffer):
            stripped = part.rstrip()
            if stripped:
                return stripped.endswith(":")
        return False

    def flush(self) -> None:
        if not self.buffer and not (self.stack and self.stack[-1][1] == "date"):
            return  # nothing collected (a date may stand in its attribute alone)
        raw = "".join(self.buffer)
        text = _clean(raw)
        bold = len(_clean(raw[: self.bold_length])) if self.bold_length else 0
        self.buffer = []
        self.length = self.bold_length = 0
        self.opening = True
        _, role, attribute, article, group = self.stack[-1] if self.stack else ("", "page", None, 0, 0)
        if role == "date" and attribute and not text:
            text = attribute  # a date the markup gives only as an attribute
        if text and role != "hidden":
            if not article and role != "page":
                article = 1  # the parts of an article, marked by their classes alone
            self.blocks.append(Block(role, text, article, attribute, group, bold))

    def read(self, markup: str) -> None:
        """Collect the blocks of the whole of `markup`."""
        self.tokenize(markup)
        self.flush()


def markup_kind(text: str) -> str | None:
    """`html` or `atom` when the text is markup of a page or a feed, else None."""
    head = text[:_MARKUP_SAMPLE].lstrip().lower()
    if not head.startswith("<"):
        return None
    if head.startswith(("<html", "<!doctype html")):
        return "html"
    if _FEED_ROOT.search(head):
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


def _clean(raw: str) -> str:
    """The text of raw character data as a browser shows it: white space collapsed, odd
    spaces and zero-width characters normalised. Most pieces between a page's tags are white
    space alone (its indentation), which comes to nothing at once."""
    if raw.isspace():
        return ""
    if "\n" in raw or "  " in raw or "\t" in raw or "\r" in raw or "\f" in raw:
        # (a run to collapse holds one of them: five scans in C find most pieces without)
        raw = _SPACES.sub(" ", raw)
    return normalise(raw.strip(" ")).strip()


def read_html(markup: str) -> MarkupText:
    """The text of a saved page of the site: one event per article (a page without
    articles is read whole as one)."""
    blocks = html_blocks(markup, body_roles=False)
    builder = TextBuilder()
    articles = sorted({block.article for block in blocks if block.article})
    if not articles:
        builder.add_event(_in_reading_order(blocks))
    for article in articles:
        builder.add_event(_in_reading_order([b for b in blocks if b.article == article]))
    return builder.finish()


def html_blocks(fragment: str, *, body_roles: bool = True) -> list[Block]:
    """The blocks of a page or of a fragment of HTML (a feed entry's summary or content,
    whose text is the body when `body_roles`)."""
    reader = _PageReader()
    reader.read(fragment)
    if not body_roles:
        return reader.blocks
    return [block._replace(role="body") if block.role in ("page", "article") else block
            for block in reader.blocks]


def _in_reading_order(blocks: list[Block]) -> list[Block]:
    """Header blocks first, in the text version's order, then the rest as they came."""
    header = sorted((b for b in blocks if b.role in _ROLE_ORDER), key=lambda b: _ROLE_ORDER[b.role])
    return header + [block for block in blocks if block.role not in _ROLE_ORDER]


class _Label(NamedTuple):
    """A speaker label that markup marks, or may mark, at the start of a paragraph."""

    end: int  # where the label and its colon or full stop end in the paragraph
    key: str  # the label's words, for comparing with the other labels of the article
    certain: bool  # bold and a colon: a label; otherwise one only if `key` is a bold label


def _key(label: str) -> str:
    """A label's words as compared with other labels: case and white space aside."""
    return "".join(label.split()).casefold()


def _marked_label(text: str, bold: int) -> _Label | None:
    """The label of a paragraph that opens with `bold` characters of bold text.

    Bold text followed by a colon (inside the bold, right after it, or after a parenthetical
    that follows it: `<b>Sophie Shevardnadze </b><i>(retranslated)</i>:`) is a label; bold
    text followed by a full stop may be one.
    """
    colon = text.find(":", 0, bold)
    if colon == 0:
        return None
    if colon > 0:
        if colon + 1 >= bold or text[colon + 1].isspace():
            return _Label(colon + 1, _key(text[:colon]), True) if colon < _MAX_LABEL_LENGTH else None
        return None  # `10:30`, a link: no label's colon
    after = _skip_spaces(text, bold)
    following = text[after : after + 1]
    if bold > _MAX_LABEL_LENGTH:
        return None
    if following == ":":
        return _Label(after + 1, _key(text[:bold]), True)
    opening = text.rfind("(", 0, bold)
    inside = opening > text.rfind(")", 0, bold)
    if inside or following == "(":
        start = opening if inside else after
        closing = text.find(")", start, start + _MAX_PARENTHETICAL)
        if closing != -1:
            mark = _skip_spaces(text, closing + 1)
            if text[mark : mark + 1] == ":":
                return _Label(mark + 1, _key(text[: closing + 1]), True)
            if text[mark : mark + 1] == ".":  # the parenthetical is then the speech
                end = opening if inside else bold
                return _Label(end, _key(text[:end]), False)
        return None
    if text[bold - 1] == ".":
        return _Label(bold, _key(text[: bold - 1]), False)
    if following == ".":
        return _Label(after + 1, _key(text[:bold]), False)
    return None


def _plain_label(text: str) -> _Label | None:
    """Plain text before a colon: a label only if the article marks the same one in bold."""
    colon = text.find(":", 1, _MAX_LABEL_LENGTH)
    if colon == -1 or (colon + 1 < len(text) and not text[colon + 1].isspace()):
        return None
    return _Label(colon + 1, _key(text[:colon]), False)


def _skip_spaces(text: str, position: int) -> int:
    while position < len(text) and text[position] == " ":
        position += 1
    return position


def _label_hints(blocks: list[Block]) -> dict[int, Hint]:
    """The hint of each block of running text (by index), when the article marks labels in
    bold: where its label ends, or that it opens with none."""
    found: dict[int, _Label] = {}
    keys: set[str] = set()
    for index, block in enumerate(blocks):
        if block.role not in _TEXT_ROLES:
            continue
        label = _marked_label(block.text, block.bold) if block.bold else _plain_label(block.text)
        if label is None:
            continue
        found[index] = label
        if label.certain:
            keys.add(label.key)
            keys.add(_key(block.text[: label.end].split("(", 1)[0].rstrip(" :")))
    if not keys:
        return {}
    hints: dict[int, Hint] = {}
    for index, block in enumerate(blocks):
        if block.role in _TEXT_ROLES:
            label = found.get(index)
            if label is not None and (label.certain or label.key in keys):
                hints[index] = LabelHint(label.end)
            else:
                hints[index] = "unlabelled"
    return hints


class TextBuilder:
    """Joins blocks into the document text: a blank line between blocks, so that no two
    paragraphs of the markup are ever joined as lines broken at a link. The blocks of one
    piece of furniture (a related-items box) make one line, their texts one per text line;
    the paragraphs of the lead make one line, joined by a space."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.lines: list[Line] = []
        self.events: list[tuple[int, int]] = []
        self.length = 0

    def add_event(self, blocks: list[Block]) -> None:
        first = len(self.lines)
        label_hints = _label_hints(blocks)
        index = 0
        while index < len(blocks):
            block = blocks[index]
            text = block.text
            hint: Hint | None = label_hints.get(index, _HINTS.get(block.role))
            index += 1
            if block.role in _FURNITURE_ROLES or block.role == "lead":
                texts = [text]
                while index < len(blocks) and (blocks[index].role, blocks[index].group) == (block.role, block.group):
                    texts.append(blocks[index].text)
                    index += 1
                # A piece of furniture keeps its lines; the lead is one paragraph, so that a
                # lead of many paragraphs still leaves the header its date line in reach.
                text = (" " if block.role == "lead" else "\n").join(texts)
            elif block.role == "date" and block.attribute and match_date_line(text) is None:
                text = block.attribute  # markup beats guessing: the attribute is the date
            self._add_line(text, hint)
            self._add_line("", None)
        if len(self.lines) > first:
            self.events.append((first, len(self.lines)))

    def _add_line(self, text: str, hint: Hint | None) -> None:
        number = len(self.lines) + 1
        if self.lines:
            self.parts.append("\n")
            self.length += 1
        self.lines.append(Line(number, self.length, self.length + len(text), hint))
        self.parts.append(text)
        self.length += len(text)

    def finish(self) -> MarkupText:
        return MarkupText("".join(self.parts), self.lines, self.events)
