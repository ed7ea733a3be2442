"""The tags and text of HTML markup, found the way `html.parser` finds them, in less time.

Speed (issue 18): on the site's real pages the standard library's `html.parser` spent about
half of the reading of a page on finding tags, most of it in Python code run for every tag
(a loop of `startswith` tests, a regular expression to find where a start tag ends, another
for its name, one more for each attribute, a method call to count lines). `MarkupTokenizer`
finds the next `<` and, for the plain tags that nearly all markup is made of, the whole tag
with one compiled pattern, parses attributes only when a tag has some (one `findall`), and
unescapes text and attribute values only when they hold a `&`.

It calls the handlers `html.parser.HTMLParser` calls, with the same arguments, for the
markup read whole as `feed(markup)` then `close()` with `convert_charrefs=True` reads it:

- `handle_starttag(tag, attributes)`, `handle_startendtag(tag, attributes)` (`<br/>`; by
  default the start and end tag), `handle_endtag(tag)`, with tag and attribute names in
  lowercase, attribute values unescaped, a value of None for an attribute without one;
- `handle_data(text)` with character references converted, in the same pieces (text between
  two tags is one piece; a stray `<` and the text of something left unclosed are pieces of
  their own), so that a handler that looks at the pieces sees what it saw with html.parser;
- the content of `<script>` and `<style>` as raw text up to their end tag, and everything
  after one that is never closed dropped, as html.parser drops it;
- comments, `<!DOCTYPE …>`, processing instructions and `<![if …]>` sections skipped;
  `<![CDATA[…]]>` gives its text (unconverted); a `<![` that opens no section html.parser
  knows (html.parser raises AssertionError on those) is text as written;
- markup it cannot make sense of handled as html.parser handles it: a start tag with junk
  before its `>` is text, something never closed is text up to the next `>` (or the next
  `<`). Tags of unusual form (no space between attributes, a slash or odd white space among
  them, a quote in a name) take a slower path that is html.parser's own rules.

What it does not do: it reads one whole document (no feeding in pieces), keeps no line and
column (`getpos`), and reports no comments, declarations or processing instructions.

Where html.parser searches again from every unclosed construct to the end of the input (a
page of unclosed `<!--` takes quadratic time there), each search here remembers its answer.
html.parser also reads each start tag left open (`<a/<a/<a/…`) to the end of the input; here
that stops once such tags have made it read twice the input, after which a start tag of
unusual form is read only up to the next `<` (`MarkupTokenizer._scan_limit`). That is the one
place where the events may differ from html.parser's, on input made to be slow; the time
stays linear. The behaviour followed is that of html.parser in Python 3.10 to 3.13.0;
`tests/test_markup_tokenizer.py` compares the two.
"""

from __future__ import annotations

import re
from html import unescape

#: White space between the parts of a tag of plain form.
_SPACE = r"[\t\n\r\f ]"
#: The next `<`; if it opens a start tag of plain form, its name (1), its attributes (2) and
#: its closing slash (3); if it opens an end tag, the end tag's name (4). A plain start tag has
#: a space before each attribute, names without quotes or `=`, values quoted or bare; nothing
#: in it has two readings, so a match never depends on how far the pattern backtracks. Outside
#: quotes it holds no `<`, so that a tag left open never makes the pattern read on through
#: the tags after it.
_NEXT = re.compile(
    r"<(?:"
    r"([a-zA-Z][^\t\n\r\f />\x00<]*)"
    rf"((?:{_SPACE}+[^\s/>\"'=<]+(?:{_SPACE}*=+{_SPACE}*(?:\"[^\"]*\"|'[^']*'|[^\s>\"'=<][^\s><]*))?)*)"
    rf"{_SPACE}*(/?)>"
    r"|/\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>"
    r")?"
)
#: One attribute of a start tag of plain form: name, `=` when it has a value, and the value
#: in double quotes, in single quotes, or bare.
_ATTRIBUTE = re.compile(
    rf"([^\s/>\"'=<]+)(?:{_SPACE}*(=)+{_SPACE}*(?:\"([^\"]*)\"|'([^']*)'|([^\s>\"'=<][^\s><]*)))?"
)
#: Elements whose content is raw text up to their end tag (html.parser's CDATA_CONTENT_ELEMENTS).
_RAW_TEXT_ENDS = {
    "script": re.compile(r"</\s*script\s*>", re.IGNORECASE),
    "style": re.compile(r"</\s*style\s*>", re.IGNORECASE),
}

# html.parser's own rules, for the tags of unusual form and for what is not a tag.
_START_TAG_END = re.compile(r"""
  <[a-zA-Z][^\t\n\r\f />\x00]*       # tag name
  (?:[\s/]*                          # optional whitespace before attribute name
    (?:(?<=['"\s/])[^\s/>][^\s/=>]*  # attribute name
      (?:\s*=+\s*                    # value indicator
        (?:'[^']*'                   # LITA-enclosed value
          |"[^"]*"                   # LIT-enclosed value
          |(?!['"])[^>\s]*           # bare value
         )
        \s*                          # possibly followed by a space
       )?(?:\s|/(?!>))*
     )*
   )?
  \s*                                # trailing whitespace
""", re.VERBOSE)
_TAG_NAME = re.compile(r"([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*")
_TOLERANT_ATTRIBUTE = re.compile(
    r"((?<=['\"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*"
    r"('[^']*'|\"[^\"]*\"|(?!['\"])[^>\s]*))?(?:\s|/(?!>))*"
)
_LETTER = re.compile(r"[a-zA-Z]")
_DECLARATION_NAME = re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*\s*")
_GREATER = re.compile(">")
_COMMENT_END = re.compile(r"--\s*>")
_SECTION_END = re.compile(r"]\s*]\s*>")
_CONDITIONAL_END = re.compile(r"]\s*>")
#: The marked sections html.parser knows, and the end each looks for.
_SECTION_ENDS = {
    "temp": _SECTION_END, "cdata": _SECTION_END, "ignore": _SECTION_END, "include": _SECTION_END,
    "rcdata": _SECTION_END, "if": _CONDITIONAL_END, "else": _CONDITIONAL_END, "endif": _CONDITIONAL_END,
}
#: What the rules of start tags of unusual form may read beyond twice the input (`_scan_limit`).
_SCAN_ALLOWANCE = 4096
#: Where a construct the end of the input leaves unclosed ends, for the readers of what is not
#: a plain tag (`MarkupTokenizer._other` and the methods it calls).
_UNCLOSED = -1
#: Where reading stops for good: after a `<script>` or `<style>` never closed.
_STOP = -2


class MarkupTokenizer:
    """Calls its handlers for each tag and piece of text of a whole HTML document, as
    `html.parser.HTMLParser(convert_charrefs=True)` does (see the module's docstring);
    subclasses override the handlers they need."""

    def __init__(self) -> None:
        self._text = ""
        self._tag_span = (0, 0)
        #: How much more the rules of start tags of unusual form may read (`_scan_limit`).
        self._scan_budget = 0
        #: For each pattern searched, where the last search started and what it found: a
        #: search from a position in between finds the same, and one after a failed search
        #: fails too, so no stretch of the text is searched twice.
        self._searched: dict[re.Pattern[str], tuple[int, re.Match[str] | None]] = {}

    # -- handlers ---------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        """A start tag: its name in lowercase, its attributes in order."""

    def handle_startendtag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        """A start tag closed by its own slash (`<br/>`): a start and an end tag."""
        self.handle_starttag(tag, attributes)
        self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        """An end tag: its name in lowercase."""

    def handle_data(self, data: str) -> None:
        """A piece of text, with character references converted (raw in `<script>`, `<style>`)."""

    def get_starttag_text(self) -> str:
        """The markup of the last start tag, as written (for a handler to copy it)."""
        start, end = self._tag_span
        return self._text[start:end]

    # -- reading ----------------------------------------------------------------------------

    def tokenize(self, markup: str) -> None:
        """Call the handlers for the tags and text of `markup`, which ends where it ends: what
        is unclosed at its end is treated as html.parser's `close()` treats it."""
        self._text = markup
        self._searched = {}
        self._scan_budget = 2 * len(markup) + _SCAN_ALLOWANCE
        handle_data = self.handle_data
        handle_starttag = self.handle_starttag
        handle_endtag = self.handle_endtag
        search = _NEXT.search
        position = 0
        while True:
            found = search(markup, position)
            if found is None:
                break
            start = found.start()
            if start > position:
                data = markup[position:start]
                handle_data(unescape(data) if "&" in data else data)
            kind = found.lastindex
            if kind == 3:  # a start tag of plain form
                tag = found[1].lower()
                attributes = _attributes(found[2]) if found[2] else []
                position = found.end()
                self._tag_span = (start, position)
                if found[3]:
                    self.handle_startendtag(tag, attributes)
                else:
                    handle_starttag(tag, attributes)
                    if tag in _RAW_TEXT_ENDS:
                        position = self._raw_text(tag, position)
            elif kind == 4:  # an end tag of plain form
                handle_endtag(found[4].lower())
                position = found.end()
            else:
                position = self._other(start)
            if position < 0:
                return
        if position < len(markup):
            data = markup[position:]
            handle_data(unescape(data) if "&" in data else data)

    def _raw_text(self, tag: str, position: int) -> int:
        """After the start tag of a `<script>` or `<style>`: its content as raw text, then its
        end tag. One never closed hides the rest of the input."""
        end = _RAW_TEXT_ENDS[tag].search(self._text, position)
        if end is None:
            return _STOP
        if end.start() > position:
            self.handle_data(self._text[position : end.start()])
        self.handle_endtag(tag)
        return end.end()

    def _search(self, pattern: re.Pattern[str], position: int) -> re.Match[str] | None:
        """The first match of `pattern` from `position` on, remembered (see `_searched`)."""
        known = self._searched.get(pattern)
        if known is not None:
            since, found = known
            if since <= position and (found is None or position <= found.start()):
                return found
        found = pattern.search(self._text, position)
        self._searched[pattern] = (position, found)
        return found

    def _other(self, start: int) -> int:
        """At a `<` that opens no tag of plain form: whatever html.parser makes of it; where it
        goes on reading."""
        text = self._text
        following = text[start + 1 : start + 2]
        if _LETTER.match(following):
            end = self._start_tag(start)
        elif following == "/":
            end = self._end_tag(start)
        elif text.startswith("<!--", start):
            close = self._search(_COMMENT_END, start + 4)
            end = close.end() if close else _UNCLOSED
        elif following == "?":
            close = self._search(_GREATER, start + 2)
            end = close.end() if close else _UNCLOSED
        elif following == "!":
            end = self._declaration(start)
        else:
            self.handle_data("<")
            return start + 1
        if end == _UNCLOSED:
            return self._unclosed(start)
        return end

    def _unclosed(self, start: int) -> int:
        """Something the input's end leaves unclosed: text up to the next `>`, else the next
        `<`, else the `<` alone."""
        close = self._search(_GREATER, start + 1)
        if close is not None:
            end = close.end()
        else:
            end = self._text.find("<", start + 1)
            if end < 0:
                end = start + 1
        data = self._text[start:end]
        self.handle_data(unescape(data) if "&" in data else data)
        return end

    def _start_tag(self, start: int) -> int:
        """A start tag of unusual form, by html.parser's rules."""
        text = self._text
        limit = self._scan_limit(start)
        end = self._start_tag_end(start, limit)
        if end < 0:
            return end
        self._tag_span = (start, end)
        if limit < len(text):
            limit = end
        name = _TAG_NAME.match(text, start + 1, limit)
        assert name is not None  # `_other` saw a letter after the `<`
        tag = name.group(1).lower()
        position = name.end()
        attributes: list[tuple[str, str | None]] = []
        while position < end:
            found = _TOLERANT_ATTRIBUTE.match(text, position, limit)
            if not found:
                break
            attribute, rest, value = found.group(1, 2, 3)
            if not rest:
                value = None
            elif value[:1] == "'" == value[-1:] or value[:1] == '"' == value[-1:]:
                value = value[1:-1]
            if value and "&" in value:
                value = unescape(value)
            attributes.append((attribute.lower(), value))
            position = found.end()
        closing = text[position:end].strip()
        if closing not in (">", "/>"):
            self.handle_data(text[start:end])
            return end
        if closing.endswith("/>"):
            self.handle_startendtag(tag, attributes)
            return end
        self.handle_starttag(tag, attributes)
        return self._raw_text(tag, end) if tag in _RAW_TEXT_ENDS else end

    def _scan_limit(self, start: int) -> int:
        """How far the rules of a start tag of unusual form may read from `start`: to the end
        of the input, until tags left open have made them read twice the input (html.parser
        reads from each `<` of `<a/<a/<a/…` to the end: quadratic time); from then on only to
        the next `<`, and a tag that runs into it is taken as left open, as html.parser takes
        one that runs into the end of the input."""
        if self._scan_budget > 0:
            return len(self._text)
        following = self._text.find("<", start + 1)
        return following if following >= 0 else len(self._text)

    def _start_tag_end(self, start: int, limit: int) -> int:
        """Where a start tag ends, by html.parser's rules, reading no further than `limit`;
        `_UNCLOSED` if the input ends in it."""
        text = self._text
        found = _START_TAG_END.match(text, start, limit)
        assert found is not None  # it matches at any `<` and a letter
        end = found.end()
        self._scan_budget -= end - start
        if end == limit < len(text):
            return _UNCLOSED
        following = text[end : end + 1]
        if following == ">":
            return end + 1
        if following == "/":
            return end + 2 if text.startswith("/>", end) else _UNCLOSED
        if following == "" or following in "abcdefghijklmnopqrstuvwxyz=/ABCDEFGHIJKLMNOPQRSTUVWXYZ":
            return _UNCLOSED
        return end if end > start else start + 1

    def _end_tag(self, start: int) -> int:
        """An end tag of unusual form (`</p class>`), or `</` and no name: html.parser's rules."""
        text = self._text
        close = self._search(_GREATER, start + 1)
        if close is None:
            return _UNCLOSED
        name = _TAG_NAME.match(text, start + 2)
        if not name:
            if text.startswith("</>", start):
                return start + 3
            return self._bogus_comment(start)
        self.handle_endtag(name.group(1).lower())
        return text.find(">", name.end()) + 1

    def _bogus_comment(self, start: int) -> int:
        """`<!…>` or `</…>` that is no declaration or tag: skipped to its `>`."""
        close = self._search(_GREATER, start + 2)
        return close.end() if close else _UNCLOSED

    def _declaration(self, start: int) -> int:
        """`<!` and no comment: a marked section, a document type, or a bogus comment."""
        text = self._text
        if text.startswith("<![", start):
            return self._marked_section(start)
        if text[start : start + 9].lower() == "<!doctype":
            close = self._search(_GREATER, start + 9)
            return close.end() if close else _UNCLOSED
        return self._bogus_comment(start)

    def _marked_section(self, start: int) -> int:
        """`<![CDATA[…]]>` gives its text; `<![if …]>` and the other sections html.parser knows
        are skipped; a `<![` that opens none is text."""
        text = self._text
        name = _DECLARATION_NAME.match(text, start + 3)
        if start + 3 == len(text) or (name is not None and name.end() == len(text)):
            return _UNCLOSED
        ends = _SECTION_ENDS.get(name.group().strip().lower()) if name is not None else None
        if ends is None:
            self.handle_data(text[start : start + 3])
            return start + 3
        close = self._search(ends, start + 3)
        if close is None:
            return _UNCLOSED
        section = text[start + 3 : close.start()]
        if section[:6].upper() == "CDATA[":
            self.handle_data(section[6:])
        return close.end()


def _attributes(markup: str) -> list[tuple[str, str | None]]:
    """The attributes of a start tag of plain form, from the markup after its name."""
    attributes: list[tuple[str, str | None]] = []
    for name, equals, double, single, bare in _ATTRIBUTE.findall(markup):
        if equals:
            value = double or single or bare
            attributes.append((name.lower(), unescape(value) if "&" in value else value))
        else:
            attributes.append((name.lower(), None))
    return attributes
