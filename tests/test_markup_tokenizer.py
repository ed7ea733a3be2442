"""`markup_tokens.MarkupTokenizer` against the standard library's html.parser, which it replaced.

The reference is html.parser as the page and feed readers used it (`convert_charrefs=True`,
fed the whole markup, then closed; the text of `<![CDATA[…]]>` kept, and a `<![` that opens no
section html.parser knows kept as text instead of its AssertionError). Both record the same
events: start tags with their attributes and their markup as written (the feed reader copies
it), self-closed start tags, end tags, and text. Adjacent pieces of text are merged before
the event sequences are compared; the pieces themselves are compared too where the page
reader's handling of them would show (`test_text_comes_in_html_parsers_pieces`).

The reference's rules are those of html.parser in Python 3.10 to 3.13.0, the rules the
tokenizer follows.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kremlin_parse.shapes.feed import _xml_entries
from kremlin_parse.shapes.markup import html_blocks
from kremlin_parse.shapes import markup_tokens
from kremlin_parse.shapes.markup_tokens import MarkupTokenizer

from conftest import FIXTURE_FILES

Event = tuple[object, ...]


class _Recording:
    """Handlers that record each event (a mixin for both readers)."""

    events: list[Event]

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        self.events.append(("start", tag, attributes, self.get_starttag_text()))  # type: ignore[attr-defined]

    def handle_startendtag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        self.events.append(("startend", tag, attributes, self.get_starttag_text()))  # type: ignore[attr-defined]

    def handle_endtag(self, tag: str) -> None:
        self.events.append(("end", tag))

    def handle_data(self, data: str) -> None:
        self.events.append(("data", data))


class _HtmlParserEvents(_Recording, HTMLParser):
    """html.parser as the readers used it before the tokenizer."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.events = []

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.handle_data(self.rawdata[i : i + 3])
            return i + 3

    def unknown_decl(self, data: str) -> None:
        if data[:6].upper() == "CDATA[":
            self.handle_data(data[6:])


class _TokenizerEvents(_Recording, MarkupTokenizer):
    def __init__(self) -> None:
        super().__init__()
        self.events = []


def html_parser_pieces(markup: str) -> list[Event]:
    reader = _HtmlParserEvents()
    reader.feed(markup)
    reader.close()
    return reader.events


def tokenizer_pieces(markup: str) -> list[Event]:
    reader = _TokenizerEvents()
    reader.tokenize(markup)
    return reader.events


def merged(events: list[Event]) -> list[Event]:
    """The events with adjacent pieces of text joined into one."""
    joined: list[Event] = []
    for event in events:
        if event[0] == "data" and joined and joined[-1][0] == "data":
            joined[-1] = ("data", str(joined[-1][1]) + str(event[1]))
        else:
            joined.append(event)
    return joined


def assert_same_events(markup: str) -> list[Event]:
    expected = merged(html_parser_pieces(markup))
    assert merged(tokenizer_pieces(markup)) == expected
    return expected


HTML_FIXTURES = [path for path in FIXTURE_FILES if path.suffix == ".html"]
FEED_FIXTURES = [path for path in FIXTURE_FILES if path.suffix == ".xml"]


def test_the_fixtures_are_there() -> None:
    assert len(HTML_FIXTURES) >= 8 and len(FEED_FIXTURES) >= 4


@pytest.mark.parametrize("path", HTML_FIXTURES, ids=lambda path: path.stem)
def test_html_fixtures_give_html_parsers_events(path) -> None:
    events = assert_same_events(path.read_text(encoding="utf-8"))
    assert sum(event[0] == "start" for event in events) > 20  # a page, not a stub


@pytest.mark.parametrize("path", FEED_FIXTURES, ids=lambda path: path.stem)
def test_feed_fixtures_give_html_parsers_events(path) -> None:
    # The whole feed, as the lenient feed reader reads one that is not well-formed XML.
    events = assert_same_events(path.read_text(encoding="utf-8"))
    assert any(event[:2] == ("start", "entry") for event in events)


@pytest.mark.parametrize("path", FEED_FIXTURES, ids=lambda path: path.stem)
def test_the_html_of_feed_entries_gives_html_parsers_events(path) -> None:
    fields = [value for entry in _xml_entries(path.read_text(encoding="utf-8"))
              for name, value in entry.items() if name in ("title", "summary", "content")]
    assert fields
    for markup in fields:
        assert_same_events(markup)


#: Markup html.parser reads in a way of its own, each by name; each is also an example of the
#: property below.
ODD_MARKUP = {
    "stray <": "a < b <",
    "space after <": "< p>text",
    "space after </": "<p>text</ p>",
    "end tag with junk": "<p>a</p class='x'>b</>c</ 3>d",
    "self-closed": "<br/><br /><p/>x<img src=x/>",
    "slash among attributes": "<a/b>x<a b='1'/c>y",
    "no space between attributes": '<a b="1"c="2">x',
    "equals signs": "<a b==c d= e f=>x",
    "quote in a name": '<a b"c="d" \'e=f>x',
    "unicode space in a tag": '<p\xa0class="x">a<a b="1"\xa0c="2">b',
    "nul in a tag": "<a\x00b>x",
    "junk before >": '<a b="1"">x<a "">y',
    "unclosed quote": "<p title='never closed>two<p>three",
    "cut in a tag": '<p>one<a href="x',
    "cut in a name": "<p>one<ab",
    "cut after <": "<p>one<",
    "unclosed comment": "<p>one</p><!-- never closed <p>two>three",
    "comment closings": "<!-- a -- > b --><!---->c<!-->d-->e",
    "doctype": "<!DOCTYPE html><!doctype x>a<!DOCTYPE",
    "bogus comment": "<!x>a<!>b<!",
    "processing instruction": "<?xml version='1.0'?>a<?pi b",
    "CDATA": "a<![CDATA[x < y &amp; z]]>b<![cdata[c]]>d<![CDATA[]]>e",
    "unclosed CDATA": "<p>one</p><![CDATA[ never closed <p>two",
    "conditional sections": "<![if !IE]>a<![endif]>b<!--[if IE]><p>c<![endif]-->d",
    "other marked sections": "<![INCLUDE[a]>b]]>c<![temp [d]]>e<![ignore[f] ]>g<![rcdata[h]>i]]>j<![else]>k",
    "unknown marked sections": "A <![OCTYPE x]> b <![ c <![",
    "marked section cut short": "a<![CDATA",
    "character references": "&amp; &#1234; &#x41; &nbsp; & &amp &#; &unknown; &lt;p&gt; R&D",
    "references in attributes": "<a title='&amp;&lt;' href=\"?a=1&b=2\" x=&#65;>t</a>",
    "uppercase": '<DIV CLASS="X" Id=Y>a</DIV><Br/>',
    "script": "<script>if (a < b && c) { document.write('</p>'); }</script>after",
    "script end forms": "<SCRIPT>a</script ><style>b</STYLE>c<script>d</script x>e</script>f",
    "unclosed script": "<p>a</p><script>var x = '<p>hidden</p>';",
    "self-closed script": "<script/>visible<style />too",
    "script tag of unusual form": "<script b='1'c>x < y</script>z",
    "empty": "",
    # Enough tags left open that the rules of unusual tags stop reading past the next `<`
    # (`MarkupTokenizer._scan_limit`): html.parser reads to the end of the input from each.
    "tags left open, repeated": "<a/" * 2000 + "<p>end</p>",
    "quoted > in tags left open, repeated": "<a b='>&amp;' " * 1000 + "c",
}


@pytest.mark.parametrize("markup", ODD_MARKUP.values(), ids=ODD_MARKUP.keys())
def test_odd_markup_gives_html_parsers_events(markup: str) -> None:
    assert_same_events(markup)


def test_text_comes_in_html_parsers_pieces() -> None:
    # The page reader looks at each piece (a bold run's spacing), so the pieces match too.
    for markup in [*ODD_MARKUP.values(), *(path.read_text(encoding="utf-8") for path in HTML_FIXTURES)]:
        assert tokenizer_pieces(markup) == html_parser_pieces(markup)


# -- messy markup ----------------------------------------------------------------------------------

_NAMES = st.sampled_from(["p", "b", "div", "a", "br", "time", "DIV", "Span", "x-y", "a:b", "h1", "li"])
_RAW_NAMES = st.sampled_from(["script", "style", "SCRIPT", "Style"])
_ATTRIBUTE_NAMES = st.sampled_from(["class", "href", "CLASS", "data-x", "title", "datetime", "b", "itemscope"])
_SPACE = st.sampled_from([" ", "  ", "\n", "\t", " \n "])
_REFERENCES = st.sampled_from(["&amp;", "&#1234;", "&#x41;", "&nbsp;", "&", "&amp", "&#", "&lt;b&gt;", "&zz;"])
_TEXT = st.text(st.sampled_from("ab <>&\"'=/-!?[]\n\xa0"), max_size=12)
_VALUES = st.one_of(
    st.builds(lambda text: f'"{text}"', st.text(st.sampled_from("a b>&'=/<"), max_size=8)),
    st.builds(lambda text: f"'{text}'", st.text(st.sampled_from('a b>&"=/<'), max_size=8)),
    st.text(st.sampled_from("ab&#;/x1"), min_size=1, max_size=6),
    _REFERENCES.map(lambda reference: f'"x{reference}y"'),
)
_ATTRIBUTES = st.builds(
    lambda space, name, value, equals: f"{space}{name}" + (f"{equals}{value}" if value is not None else ""),
    _SPACE, _ATTRIBUTE_NAMES, st.none() | _VALUES, st.sampled_from(["=", " = ", "=="]),
)
_START_TAGS = st.builds(
    lambda name, attributes, space, slash: f"<{name}{''.join(attributes)}{space}{slash}>",
    _NAMES, st.lists(_ATTRIBUTES, max_size=3), st.sampled_from(["", " ", "\n"]), st.sampled_from(["", "", "/"]),
)
_END_TAGS = st.builds(lambda space, name, after: f"</{space}{name}{after}>",
                      st.sampled_from(["", " "]), _NAMES, st.sampled_from(["", " ", " x", "\n"]))
_RAW_TEXT = st.builds(
    lambda name, content, end: f"<{name}>{content}{end}",
    _RAW_NAMES, st.sampled_from(["if (a < b) {}", "document.write('<p>x</p>')", "p > a {}", ""]),
    st.sampled_from(["</script>", "</style>", "</SCRIPT >", "</script x>", ""]),
)
_PIECES = st.one_of(
    _START_TAGS, _END_TAGS, _RAW_TEXT, _REFERENCES, _TEXT,
    st.sampled_from([
        "<!-- c -->", "<!--", "-->", "<!DOCTYPE html>", "<!doctype", "<![CDATA[x<y]]>", "<![CDATA[",
        "]]>", "<![if !IE]>", "<![endif]>", "<![x]>", "<![INCLUDE[", "<![ignore ", "]>", "<?pi x?>", "<?", "<", "< p>", "</ p>", "</>",
        "<br/>", "<p/>", "<a/b>", '<a b="x"c>', "<a b=x/>", "<!x>", ">", "&", "<a href='x", "<ab",
    ]),
)


@given(st.lists(_PIECES, max_size=30).map("".join))
@example("".join(ODD_MARKUP.values()))
def test_messy_markup_gives_html_parsers_events(markup: str) -> None:
    assert_same_events(markup)


# -- linear work ------------------------------------------------------------------------------------

class _CountingPattern:
    """A compiled pattern that counts how many characters its searches and matches may read."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.read = 0

    def _count(self, found: re.Match[str] | None, text: str, position: int, limit: int | None) -> re.Match[str] | None:
        self.read += (found.end() if found else len(text) if limit is None else limit) - position
        return found

    def search(self, text: str, position: int = 0, limit: int | None = None) -> re.Match[str] | None:
        found = self.pattern.search(text, position) if limit is None else self.pattern.search(text, position, limit)
        return self._count(found, text, position, limit)

    def match(self, text: str, position: int = 0, limit: int | None = None) -> re.Match[str] | None:
        found = self.pattern.match(text, position) if limit is None else self.pattern.match(text, position, limit)
        return self._count(found, text, position, limit)


@pytest.mark.parametrize(("pattern", "markup", "text"), [
    ("_COMMENT_END", "<!--" * 20_000, "<!--" * 20_000),
    ("_COMMENT_END", "<!--" + "<p>x</p>" * 20_000, "<!--<p>" + "x" * 20_000),
    ("_GREATER", "<?" * 20_000, "<?" * 20_000),
    ("_GREATER", "<!doctype" * 20_000, "<!doctype" * 20_000),
    ("_GREATER", "</a" * 20_000, "</a" * 20_000),
    ("_SECTION_END", "<![CDATA[" * 20_000, "<![CDATA[" * 20_000),
    ("_START_TAG_END", "<a/" * 20_000, "<a/" * 20_000),
    ("_START_TAG_END", "<a b='>' " * 20_000 + "c", "<a b='>' " * 20_000 + "c"),
], ids=["comments", "a comment", "instructions", "doctypes", "end tags", "CDATA", "tags", "quoted >"])
def test_what_is_left_open_is_read_through_once(pattern: str, markup: str, text: str,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    # html.parser reads from each of these to the end of the input again: quadratic time.
    counting = _CountingPattern(getattr(markup_tokens, pattern))
    monkeypatch.setattr(markup_tokens, pattern, counting)
    if pattern == "_SECTION_END":
        monkeypatch.setitem(markup_tokens._SECTION_ENDS, "cdata", counting)
    events = tokenizer_pieces(markup)
    assert counting.read > 0 and counting.read <= 4 * len(markup) + markup_tokens._SCAN_ALLOWANCE
    assert "".join(str(event[1]) for event in events if event[0] == "data") == text


# -- what the page reader makes of it --------------------------------------------------------------

def test_the_page_reader_keeps_what_html_parser_gave_it() -> None:
    # Comments, a self-closed <br/>, a script, a stray `<` and a CDATA section inside a page:
    # what html_blocks returned when the page reader was built on html.parser.
    page = ('<html><body><article class="read__in hentry"><div class="entry-content">'
            '<p><b>Vladimir Putin:</b> One &amp; two.</p><!-- a comment --><p>Three<br/>four</p>'
            "<script>document.write('<p>hidden</p>')</script><p title='x'>Five < six</p>"
            "<![CDATA[Seven]]></div></article></body></html>")
    assert [(block.role, block.text, block.bold) for block in html_blocks(page, body_roles=False)] == [
        ("body", "Vladimir Putin: One & two.", 15),
        ("body", "Three", 0), ("body", "four", 0),
        ("body", "Five < six", 0),
        ("body", "Seven", 0),
    ]
