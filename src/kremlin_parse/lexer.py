"""The tokeniser for page furniture: every line gets a kind.

Kinds are decided from the line alone; what a line means in its place (a title, a lead, a
caption, a tag) is for the header and body stages to say. Each line is looked at once: an
exact lookup for fixed furniture words, then at most a few anchored patterns chosen by the
line's first character.
"""

from __future__ import annotations

import enum
from typing import Iterable, Iterator, NamedTuple

import regex

from .dates import DateLine, is_time, match_date_line
from .labels import LabelParts, find_label
from .readers import Line
from .vocabulary import VOCABULARIES


class Kind(str, enum.Enum):
    """What a line is, judged on its own."""

    BLANK = "blank"
    SECTION_WORD = "section_word"
    PAGE_END = "page_end"
    TAG_HEADING = "tag_heading"
    MORE_COUNTER = "more_counter"
    PUBLICATION_STATUS = "publication_status"
    FIELD = "field"
    CHROME = "chrome"
    SECTION_BREAK = "section_break"
    ELISION = "elision"
    GALLERY_COUNTER = "gallery_counter"
    DATE = "date"
    TIME = "time"
    LABEL = "label"
    TEXT = "text"


class Token(NamedTuple):
    """A classified line (or part of a glued line) with its absolute span.

    `data` depends on the kind: the field name for TAG_HEADING and FIELD (with `value_start`
    where the value begins), (index, total) for GALLERY_COUNTER, the count for MORE_COUNTER,
    DateLine for DATE, LabelParts for LABEL.
    """

    kind: Kind
    start: int
    end: int
    line: int
    text: str
    data: object = None
    value_start: int = 0


_FIXED: dict[str, tuple[Kind, object]] = {}
for _vocabulary in VOCABULARIES:
    _FIXED.update({word: (Kind.SECTION_WORD, None) for word in _vocabulary.section_words})
    _FIXED.update({word: (Kind.PAGE_END, None) for word in _vocabulary.page_ends})
    _FIXED.update({word: (Kind.TAG_HEADING, field) for word, field in _vocabulary.tag_headings.items()})
    _FIXED.update({word: (Kind.PUBLICATION_STATUS, None) for word in _vocabulary.publication_status})
    _FIXED.update({word: (Kind.CHROME, None) for word in _vocabulary.chrome})

#: `Text versionEvents`: the end of one page glued to the section word of the next.
_GLUED_PAGES: dict[str, int] = {
    end + word: len(end)
    for vocabulary in VOCABULARIES
    for end in vocabulary.page_ends
    for word in vocabulary.section_words
}
_FIELD_LABELS: dict[str, str] = {
    label: field for vocabulary in VOCABULARIES for label, field in vocabulary.field_labels.items()
}
_MAX_FIELD_LABEL = max(len(label) for label in _FIELD_LABELS)

_SECTION_BREAK = regex.compile(r"\*(?:[ \t]{0,3}\*){2,9}")
_ELISION = regex.compile(r"[<‹](?:…|\.{3})[>›]")
_GALLERY_COUNTER = regex.compile(
    rf"(\d{{1,3}}) (?:{'|'.join(sorted({v.counter_word for v in VOCABULARIES}))}) (\d{{1,3}})"
)
_MORE_COUNTER = regex.compile(
    rf"(\d{{1,4}}) (?:{'|'.join(sorted({v.more_word for v in VOCABULARIES}))})"
)


def tokenize(text: str, lines: Iterable[Line]) -> Iterator[Token]:
    """Classify every line of `text` given by `lines`."""
    for line in lines:
        if line.start == line.end:
            yield Token(Kind.BLANK, line.start, line.end, line.number, "")
            continue
        content = text[line.start : line.end]
        glued = _GLUED_PAGES.get(content)
        if glued is not None:
            split = line.start + glued
            yield Token(Kind.PAGE_END, line.start, split, line.number, content[:glued])
            yield Token(Kind.SECTION_WORD, split, line.end, line.number, content[glued:])
            continue
        yield classify(content, line.start, line.number)


def classify(content: str, start: int, number: int) -> Token:
    """The token of one stripped, non-blank line that starts at offset `start`."""
    end = start + len(content)
    fixed = _FIXED.get(content)
    if fixed is not None:
        return Token(fixed[0], start, end, number, content, fixed[1])
    first = content[0]
    if first.isdigit():
        if is_time(content):
            return Token(Kind.TIME, start, end, number, content)
        counter = _GALLERY_COUNTER.fullmatch(content)
        if counter is not None:
            data = (int(counter.group(1)), int(counter.group(2)))
            return Token(Kind.GALLERY_COUNTER, start, end, number, content, data)
        more = _MORE_COUNTER.fullmatch(content)
        if more is not None:
            return Token(Kind.MORE_COUNTER, start, end, number, content, int(more.group(1)))
    elif first == "*":
        if _SECTION_BREAK.fullmatch(content) is not None:
            return Token(Kind.SECTION_BREAK, start, end, number, content)
    elif first in "<‹":
        if _ELISION.fullmatch(content) is not None:
            return Token(Kind.ELISION, start, end, number, content)
    elif first.isalpha():
        field = _match_field(content)
        if field is not None:
            name, value_offset = field
            return Token(Kind.FIELD, start, end, number, content, name, start + value_offset)
        date_line: DateLine | None = match_date_line(content)
        if date_line is not None:
            return Token(Kind.DATE, start, end, number, content, date_line)
        label: LabelParts | None = find_label(content)
        if label is not None:
            return Token(Kind.LABEL, start, end, number, content, label)
    return Token(Kind.TEXT, start, end, number, content)


def _match_field(content: str) -> tuple[str, int] | None:
    """(field name, offset of the value) for `Publication date: ...` and its kin."""
    colon = content.find(":", 0, _MAX_FIELD_LABEL)
    if colon == -1:
        return None
    field = _FIELD_LABELS.get(content[: colon + 1])
    if field is None:
        return None
    value_offset = colon + 1
    while value_offset < len(content) and content[value_offset].isspace():
        value_offset += 1
    return field, value_offset
