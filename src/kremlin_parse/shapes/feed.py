"""The front end of the site's Atom feed: one event per `<entry>`.

The feed is XML, so it is read with the standard library's XML parser (`xml.etree`), which
knows namespaces: `<a:feed xmlns:a="http://www.w3.org/2005/Atom">` is a feed like `<feed>`.
Elements are matched by their local name, in the Atom namespace or in none. A feed that
declares a DTD or entities is refused (`UnsafeMarkupError`) before any parser sees it, so
nothing is ever expanded or fetched.

Each entry gives its title, its summary (the lead), its `published` (or `updated`) stamp as
the date line, its content (HTML read by `markup.html_blocks`, with speaker labels in bold
as on the site's pages) and its `alternate` link as the URL. The site's content opens with
the summary again; those opening blocks are furniture (`repeated_lead`), so the lead is
never the first paragraph of the body too.

A feed that is not well-formed XML (cut short, or mangled on the way) is still read, by
`markup_tokens.MarkupTokenizer` (html.parser's rules), which forgives what XML does not: its
text is never dropped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from html import escape
from typing import Iterator

from .markup import Block, MarkupText, TextBuilder, UnsafeMarkupError, html_blocks
from .markup_tokens import MarkupTokenizer

_FEED_DECLARATION = re.compile(r"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE | re.ASCII)
_ATOM = "http://www.w3.org/2005/Atom"
_FIELDS = frozenset({"title", "summary", "content", "published", "updated"})

#: An entry's fields: the text of each (HTML for summary and content), and its link.
Entry = dict[str, str]


def read_atom(markup: str) -> MarkupText:
    """The text of an Atom feed: one event per `<entry>`."""
    if _FEED_DECLARATION.search(markup):
        raise UnsafeMarkupError("the feed declares a DTD or entities; such feeds are refused")
    try:
        entries = list(_xml_entries(markup))
    except ElementTree.ParseError:
        entries = _lenient_entries(markup)
    builder = TextBuilder()
    for entry in entries:
        builder.add_event(_entry_blocks(entry))
    return builder.finish()


def _entry_blocks(entry: Entry) -> list[Block]:
    """The blocks of one entry in the text version's order: title, lead, date, body, link."""
    blocks: list[Block] = []
    title = " ".join(block.text for block in html_blocks(entry.get("title", "")))
    if title:
        blocks.append(Block("title", title, 1, None))
    lead = [block._replace(role="lead") for block in html_blocks(entry.get("summary", ""))]
    blocks += lead
    stamp = (entry.get("published") or entry.get("updated") or "").strip()
    if stamp:
        blocks.append(Block("date", stamp, 1, stamp))
    content = html_blocks(entry.get("content", ""))
    repeated = 0
    while repeated < min(len(lead), len(content)) and content[repeated].text == lead[repeated].text:
        repeated += 1
    if repeated == len(lead):  # the content opens with the whole lead again
        content[:repeated] = [block._replace(role="repeated_lead", group=-1) for block in content[:repeated]]
    blocks += content
    if entry.get("link"):
        blocks.append(Block("url", entry["link"], 1, entry["link"]))
    return blocks


def _local(tag: str) -> str | None:
    """The local name of an Atom element (or of one in no namespace); None for another."""
    if tag[:1] != "{":
        return tag
    namespace, _, name = tag[1:].partition("}")
    return name if namespace == _ATOM else None


def _xml_entries(markup: str) -> Iterator[Entry]:
    """The entries of a well-formed feed; ElementTree.ParseError for one that is not."""
    parser = ElementTree.XMLPullParser(events=("start", "end"))
    parser.feed(markup)
    parser.close()
    depth = 0
    entry_depth = 0
    entry: Entry | None = None
    for event, element in parser.read_events():
        if event == "start":
            depth += 1
            name = _local(element.tag)
            if name == "entry" and entry is None:
                entry, entry_depth = {}, depth
            continue
        if entry is not None and depth == entry_depth + 1:
            name = _local(element.tag)
            if name in _FIELDS:
                entry.setdefault(name, _field_markup(name, element))
            elif name == "link" and element.get("rel", "alternate") == "alternate" and element.get("href"):
                entry.setdefault("link", element.get("href", ""))
        elif entry is not None and depth == entry_depth:
            yield entry
            entry = None
            element.clear()
        depth -= 1


def _field_markup(name: str, element: ElementTree.Element) -> str:
    """A field as HTML: `type="html"` is HTML already; `xhtml` (or any child element) is
    written back as HTML; text is escaped, so that it stays text."""
    kind = element.get("type", "text")
    if len(element) or kind == "xhtml":
        return _inner_markup(element)
    text = element.text or ""
    if name in ("published", "updated"):
        return text
    return text if kind == "html" else escape(text, quote=False)


def _inner_markup(element: ElementTree.Element) -> str:
    """The content of an element written as HTML, with local tag names; iterative, so that
    deep nesting costs no recursion."""
    parts = [escape(element.text or "", quote=False)]
    stack: list[tuple[ElementTree.Element, bool]] = [(child, False) for child in reversed(element)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag.rpartition("}")[2] if isinstance(node.tag, str) else ""
        if closing:
            parts.append(f"</{tag}>" if tag else "")
            parts.append(escape(node.tail or "", quote=False))
            continue
        if tag:
            attributes = "".join(f' {key.rpartition("}")[2]}="{escape(value)}"' for key, value in node.items())
            parts.append(f"<{tag}{attributes}>")
        parts.append(escape(node.text or "", quote=False))
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    return "".join(parts)


def _lenient_entries(markup: str) -> list[Entry]:
    """The entries of a feed that is not well-formed XML, read by html.parser's rules."""
    reader = _LenientFeedReader()
    reader.read(markup)
    return reader.entries


class _LenientFeedReader(MarkupTokenizer):
    """Collects the fields of each `<entry>`, forgiving what XML does not; a namespace
    prefix (`a:entry`) is dropped."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[Entry] = []
        self.field: str | None = None
        self.buffer: list[str] = []
        self.escaped = False  # the field's text is text, not HTML, so it is escaped

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        tag = tag.rpartition(":")[2]
        if tag == "entry":
            self.entries.append({})
        elif self.entries and tag == "link" and self.field is None:
            values = dict(attributes)
            if values.get("href") and values.get("rel", "alternate") == "alternate":
                self.entries[-1].setdefault("link", values["href"] or "")
        elif self.field is not None:
            self.buffer.append(self.get_starttag_text())  # XHTML content: keep its tags
        elif self.entries and tag in _FIELDS:
            self.field, self.buffer = tag, []
            self.escaped = dict(attributes).get("type") != "html" and tag not in ("published", "updated")

    def handle_startendtag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attributes)

    def handle_endtag(self, tag: str) -> None:
        tag = tag.rpartition(":")[2]
        if tag == self.field and self.entries:
            self.entries[-1].setdefault(tag, "".join(self.buffer))
            self.field = None
        elif self.field is not None:
            self.buffer.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self.field is not None:
            # Text (and the text of XHTML) must stay text when read again as HTML.
            self.buffer.append(escape(data, quote=False) if self.escaped else data)

    def read(self, markup: str) -> None:
        """Collect the entries of the whole of `markup`."""
        self.tokenize(markup)
        if self.field is not None and self.entries:  # cut short inside a field: keep its text
            self.entries[-1].setdefault(self.field, "".join(self.buffer))
            self.field = None

