"""`markup_tokens.MarkupTokenizer` against the standard library's html.parser, which it replaced.

The reference is html.parser as the page and feed readers used it (`convert_charrefs=True`,
fed the whole markup, then closed; the text of `<![CDATA[…]]>` kept, and a `<![` that opens no
section html.parser knows kept as text instead of its AssertionError). Both record the same
events: start tags with their attributes and their markup as written (the feed reader copies
it), self-closed start tags, end tags, and text. Adjacent pieces of text are merged before
the event sequences are compared; the pieces themselves are compared too where the page
reader's handling of them would show (`test_text_comes_in_html_parsers_pieces`).

The tokenizer follows html.parser as it is in Python 3.10 to 3.13.0; later releases read some
broken markup otherwise. So the running Python's html.parser is asked only where every
release agrees (the fixtures, plain markup); for markup html.parser reads in a way of its own
the events it gave are recorded here (`ODD_MARKUP`), and messy markup is held to what holds
whatever the release: nothing read out of order, no text invented.
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


#: Markup html.parser reads in a way of its own, each by name, with the events html.parser
#: gave for it in Python 3.10 to 3.13.0 (recorded, not asked of the running Python: html.parser's
#: rules for broken markup changed in later releases, and the tokenizer follows these). Each is
#: also an example of the property below.
ODD_MARKUP: dict[str, tuple[str, list[Event]]] = {
    "stray <": (
        "a < b <",
        [('data', 'a < b <')],
    ),
    "space after <": (
        "< p>text",
        [('data', '< p>text')],
    ),
    "space after </": (
        "<p>text</ p>",
        [('start', 'p', [], '<p>'), ('data', 'text'), ('end', 'p')],
    ),
    "end tag with junk": (
        "<p>a</p class='x'>b</>c</ 3>d",
        [('start', 'p', [], '<p>'), ('data', 'a'), ('end', 'p'), ('data', 'bcd')],
    ),
    "self-closed": (
        "<br/><br /><p/>x<img src=x/>",
        [
            ('startend', 'br', [], '<br/>'),
            ('startend', 'br', [], '<br />'),
            ('startend', 'p', [], '<p/>'),
            ('data', 'x'),
            ('start', 'img', [('src', 'x/')], '<img src=x/>'),
        ],
    ),
    "slash among attributes": (
        "<a/b>x<a b='1'/c>y",
        [
            ('start', 'a', [('b', None)], '<a/b>'),
            ('data', 'x'),
            ('start', 'a', [('b', '1'), ('c', None)], "<a b='1'/c>"),
            ('data', 'y'),
        ],
    ),
    "no space between attributes": (
        '<a b="1"c="2">x',
        [('start', 'a', [('b', '1'), ('c', '2')], '<a b="1"c="2">'), ('data', 'x')],
    ),
    "equals signs": (
        "<a b==c d= e f=>x",
        [('start', 'a', [('b', 'c'), ('d', 'e'), ('f', '')], '<a b==c d= e f=>'), ('data', 'x')],
    ),
    "quote in a name": (
        '<a b"c="d" \'e=f>x',
        [('start', 'a', [('b"c', 'd'), ("'e", 'f')], '<a b"c="d" \'e=f>'), ('data', 'x')],
    ),
    "unicode space in a tag": (
        '<p\xa0class="x">a<a b="1"\xa0c="2">b',
        [
            ('start', 'p\xa0class="x"', [], '<p\xa0class="x">'),
            ('data', 'a'),
            ('start', 'a', [('b', '1'), ('c', '2')], '<a b="1"\xa0c="2">'),
            ('data', 'b'),
        ],
    ),
    "nul in a tag": (
        "<a\x00b>x",
        [('data', '<a\x00b>x')],
    ),
    "junk before >": (
        '<a b="1"">x<a "">y',
        [
            ('start', 'a', [('b', '1'), ('"', None)], '<a b="1"">'),
            ('data', 'x'),
            ('start', 'a', [('""', None)], '<a "">'),
            ('data', 'y'),
        ],
    ),
    "unclosed quote": (
        "<p title='never closed>two<p>three",
        [('data', "<p title='never closed>two"), ('start', 'p', [], '<p>'), ('data', 'three')],
    ),
    "cut in a tag": (
        '<p>one<a href="x',
        [('start', 'p', [], '<p>'), ('data', 'one<a href="x')],
    ),
    "cut in a name": (
        "<p>one<ab",
        [('start', 'p', [], '<p>'), ('data', 'one<ab')],
    ),
    "cut after <": (
        "<p>one<",
        [('start', 'p', [], '<p>'), ('data', 'one<')],
    ),
    "unclosed comment": (
        "<p>one</p><!-- never closed <p>two>three",
        [
            ('start', 'p', [], '<p>'),
            ('data', 'one'),
            ('end', 'p'),
            ('data', '<!-- never closed <p>two>three'),
        ],
    ),
    "comment closings": (
        "<!-- a -- > b --><!---->c<!-->d-->e",
        [('data', ' b -->ce')],
    ),
    "doctype": (
        "<!DOCTYPE html><!doctype x>a<!DOCTYPE",
        [('data', 'a<!DOCTYPE')],
    ),
    "bogus comment": (
        "<!x>a<!>b<!",
        [('data', 'ab<!')],
    ),
    "processing instruction": (
        "<?xml version='1.0'?>a<?pi b",
        [('data', 'a<?pi b')],
    ),
    "CDATA": (
        "a<![CDATA[x < y &amp; z]]>b<![cdata[c]]>d<![CDATA[]]>e",
        [('data', 'ax < y &amp; zbcde')],
    ),
    "unclosed CDATA": (
        "<p>one</p><![CDATA[ never closed <p>two",
        [('start', 'p', [], '<p>'), ('data', 'one'), ('end', 'p'), ('data', '<![CDATA[ never closed <p>two')],
    ),
    "conditional sections": (
        "<![if !IE]>a<![endif]>b<!--[if IE]><p>c<![endif]-->d",
        [('data', 'abd')],
    ),
    "other marked sections": (
        "<![INCLUDE[a]>b]]>c<![temp [d]]>e<![ignore[f] ]>g<![rcdata[h]>i]]>j<![else]>k",
        [('data', 'cegjk')],
    ),
    "unknown marked sections": (
        "A <![OCTYPE x]> b <![ c <![",
        [('data', 'A <![OCTYPE x]> b <![ c <![')],
    ),
    "marked section cut short": (
        "a<![CDATA",
        [('data', 'a<![CDATA')],
    ),
    "character references": (
        "&amp; &#1234; &#x41; &nbsp; & &amp &#; &unknown; &lt;p&gt; R&D",
        [('data', '& Ӓ A \xa0 & & &#; &unknown; <p> R&D')],
    ),
    "references in attributes": (
        "<a title='&amp;&lt;' href=\"?a=1&b=2\" x=&#65;>t</a>",
        [
            ('start', 'a', [('title', '&<'), ('href', '?a=1&b=2'), ('x', 'A')], '<a title=\'&amp;&lt;\' href="?a=1&b=2" x=&#65;>'),
            ('data', 't'),
            ('end', 'a'),
        ],
    ),
    "uppercase": (
        '<DIV CLASS="X" Id=Y>a</DIV><Br/>',
        [
            ('start', 'div', [('class', 'X'), ('id', 'Y')], '<DIV CLASS="X" Id=Y>'),
            ('data', 'a'),
            ('end', 'div'),
            ('startend', 'br', [], '<Br/>'),
        ],
    ),
    "script": (
        "<script>if (a < b && c) { document.write('</p>'); }</script>after",
        [
            ('start', 'script', [], '<script>'),
            ('data', "if (a < b && c) { document.write('</p>'); }"),
            ('end', 'script'),
            ('data', 'after'),
        ],
    ),
    "script end forms": (
        "<SCRIPT>a</script ><style>b</STYLE>c<script>d</script x>e</script>f",
        [
            ('start', 'script', [], '<SCRIPT>'),
            ('data', 'a'),
            ('end', 'script'),
            ('start', 'style', [], '<style>'),
            ('data', 'b'),
            ('end', 'style'),
            ('data', 'c'),
            ('start', 'script', [], '<script>'),
            ('data', 'd</script x>e'),
            ('end', 'script'),
            ('data', 'f'),
        ],
    ),
    "unclosed script": (
        "<p>a</p><script>var x = '<p>hidden</p>';",
        [('start', 'p', [], '<p>'), ('data', 'a'), ('end', 'p'), ('start', 'script', [], '<script>')],
    ),
    "self-closed script": (
        "<script/>visible<style />too",
        [
            ('startend', 'script', [], '<script/>'),
            ('data', 'visible'),
            ('startend', 'style', [], '<style />'),
            ('data', 'too'),
        ],
    ),
    "script tag of unusual form": (
        "<script b='1'c>x < y</script>z",
        [
            ('start', 'script', [('b', '1'), ('c', None)], "<script b='1'c>"),
            ('data', 'x < y'),
            ('end', 'script'),
            ('data', 'z'),
        ],
    ),
    "empty": (
        "",
        [],
    ),
    # Enough tags left open that the rules of unusual tags stop reading past the next `<`
    # (`MarkupTokenizer._scan_limit`): html.parser reads to the end of the input from each.
    "tags left open, repeated": (
        "<a/" * 2000 + "<p>end</p>",
        [("start", "a", [("<a", None)] * 1999 + [("<p", None)], "<a/" * 2000 + "<p>"), ("data", "end"), ("end", "p")],
    ),
    "quoted > in tags left open, repeated": (
        "<a b='>&' " * 1000 + "c",
        [("data", "<a b='>&' " * 1000 + "c")],
    ),
}


@pytest.mark.parametrize(("markup", "expected"), ODD_MARKUP.values(), ids=ODD_MARKUP.keys())
def test_odd_markup_gives_the_events_html_parser_gave(markup: str, expected: list[Event]) -> None:
    assert merged(tokenizer_pieces(markup)) == expected


def test_text_comes_in_html_parsers_pieces() -> None:
    # The page reader looks at each piece (a bold run's spacing), so the pieces match too.
    for path in HTML_FIXTURES:
        markup = path.read_text(encoding="utf-8")
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
_ODD_PIECES = st.sampled_from([
    "<!-- c -->", "<!--", "-->", "<!DOCTYPE html>", "<!doctype", "<![CDATA[x<y]]>", "<![CDATA[",
    "]]>", "<![if !IE]>", "<![endif]>", "<![x]>", "<![INCLUDE[", "<![ignore ", "]>", "<?pi x?>", "<?", "<",
    "< p>", "</ p>", "</>", "<br/>", "<p/>", "<a/b>", '<a b="x"c>', "<a b=x/>", "<!x>", ">", "&", "<a href='x",
    "<ab",
])
_PIECES = st.one_of(_START_TAGS, _END_TAGS, _RAW_TEXT, _REFERENCES, _TEXT, _ODD_PIECES)

# Markup whose reading every release of html.parser agrees on: plain tags with quoted values,
# end tags, text and references without `<`, closed comments and raw text closed as written.
_PLAIN_TEXT = st.text(st.sampled_from("ab &;#>=\"'/-!?[]\n\xa0"), max_size=12)
_PLAIN_VALUES = st.builds(lambda text: f'"{text}"', st.text(st.sampled_from("a b>&'=/"), max_size=8))
_PLAIN_START_TAGS = st.builds(
    lambda name, attributes: f"<{name}{''.join(attributes)}>",
    _NAMES, st.lists(st.builds(lambda name, value: f" {name}={value}", _ATTRIBUTE_NAMES, _PLAIN_VALUES), max_size=3),
)
_PLAIN_PIECES = st.one_of(
    _PLAIN_START_TAGS, _NAMES.map(lambda name: f"</{name}>"), _REFERENCES, _PLAIN_TEXT,
    st.sampled_from(["<!-- c -->", "<!DOCTYPE html>", "<script>if (a < b) {}</script>", "<style>p > a {}</style>"]),
)


@given(st.lists(_PLAIN_PIECES, max_size=30).map("".join))
def test_plain_markup_gives_html_parsers_events(markup: str) -> None:
    """Against the running Python's html.parser, on markup every release reads alike."""
    assert_same_events(markup)


@given(st.lists(_PIECES, max_size=30).map("".join))
@example("".join(markup for markup, _ in ODD_MARKUP.values()))
def test_messy_markup_is_read_in_order_and_invents_no_text(markup: str) -> None:
    """On any markup (where html.parser's releases differ, see `ODD_MARKUP`): every piece of
    text and every start tag as written stands in the markup, in the order read."""
    position = 0
    for event in tokenizer_pieces(markup):
        if event[0] in ("start", "startend"):
            written = str(event[3])
        elif event[0] == "data" and "&" not in markup:
            written = str(event[1])
        else:
            continue
        assert written
        found = markup.find(written, position)
        assert found >= position, (written, position)
        position = found + len(written)


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
