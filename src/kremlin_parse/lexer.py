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
from .labels import LabelParts, find_label, read_marked_label
from .models import Furniture, FurnitureKind, Span
from .readers import LabelHint, Line
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
    SOURCE_LINK = "source_link"
    CHROME = "chrome"
    BREADCRUMB = "breadcrumb"
    LICENCE = "licence"
    RELATED_NEWS = "related_news"
    ANNOUNCEMENT = "announcement"
    TOOLTIP = "tooltip"
    VIDEO_TITLE = "video_title"
    PHOTO_CAPTION = "photo_caption"
    PULL_QUOTE = "pull_quote"
    RELATED_BOX = "related_box"
    REPEATED_LEAD = "repeated_lead"
    AGENCY_DATE = "agency_date"
    SECTION_BREAK = "section_break"
    ELISION = "elision"
    GALLERY_COUNTER = "gallery_counter"
    DATE = "date"
    TIME = "time"
    LABEL = "label"
    TEXT = "text"


class Token(NamedTuple):
    """A classified line (or part of a glued line) with its absolute span.

    `data` depends on the kind: the field name for TAG_HEADING, FIELD and SOURCE_LINK (with
    `value_start` where the value begins; also for RELATED_NEWS, whose headline it is, and
    AGENCY_DATE, whose ISO date it is), (index, total) for GALLERY_COUNTER, the count for
    MORE_COUNTER, DateLine for DATE, LabelParts for LABEL.
    """

    kind: Kind
    start: int
    end: int
    line: int
    text: str
    data: object = None
    value_start: int = 0


#: Token kinds that are furniture wherever they stand, and the furniture kind they become.
FURNITURE_OF_KIND: dict[Kind, FurnitureKind] = {
    Kind.SECTION_WORD: FurnitureKind.SECTION_WORD,
    Kind.PAGE_END: FurnitureKind.PAGE_END,
    Kind.PUBLICATION_STATUS: FurnitureKind.PUBLICATION_STATUS,
    Kind.CHROME: FurnitureKind.CHROME,
    Kind.BREADCRUMB: FurnitureKind.BREADCRUMB,
    Kind.LICENCE: FurnitureKind.LICENCE,
    Kind.RELATED_NEWS: FurnitureKind.RELATED_NEWS,
    Kind.ANNOUNCEMENT: FurnitureKind.ANNOUNCEMENT,
    Kind.TOOLTIP: FurnitureKind.TOOLTIP,
    Kind.VIDEO_TITLE: FurnitureKind.VIDEO_TITLE,
    Kind.PHOTO_CAPTION: FurnitureKind.PHOTO_CAPTION,
    Kind.PULL_QUOTE: FurnitureKind.PULL_QUOTE,
    Kind.RELATED_BOX: FurnitureKind.RELATED_BOX,
    Kind.REPEATED_LEAD: FurnitureKind.REPEATED_LEAD,
}
#: The kinds of lines that markup marks as furniture, by their hint.
_FURNITURE_HINTS: dict[str, Kind] = {
    "tooltip": Kind.TOOLTIP,
    "video": Kind.VIDEO_TITLE,
    "caption": Kind.PHOTO_CAPTION,
    "quote": Kind.PULL_QUOTE,
    "related": Kind.RELATED_BOX,
    "repeated_lead": Kind.REPEATED_LEAD,
}
#: How many words may stand before the date on a line that markup marks as the date.
_MAX_WORDS_BEFORE_DATE = 4

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
    for end in (end for vocabulary in VOCABULARIES for end in vocabulary.page_ends)
    for word in (word for vocabulary in VOCABULARIES for word in vocabulary.section_words)
}
_FIELDS: dict[str, tuple[Kind, str]] = {}
for _vocabulary in VOCABULARIES:
    _FIELDS.update({label: (Kind.FIELD, field) for label, field in _vocabulary.field_labels.items()})
    _FIELDS.update({label: (Kind.SOURCE_LINK, field) for label, field in _vocabulary.source_lines.items()})
_FIELD_LABEL = regex.compile(
    "|".join(regex.escape(label) for label in sorted(_FIELDS, key=len, reverse=True))
)
_PREFIXED: tuple[tuple[str, Kind], ...] = tuple(
    (prefix, kind)
    for vocabulary in VOCABULARIES
    for kind, prefixes in ((Kind.RELATED_NEWS, vocabulary.related_news),
                           (Kind.ANNOUNCEMENT, vocabulary.announcement_words),
                           (Kind.CHROME, vocabulary.chrome_prefixes))
    for prefix in prefixes
)
#: The prefixes in one pattern, longest first; a prefix that ends in a letter must end a word
#: there (`Related newsletter` is no `Related news` link).
_PREFIX = regex.compile("|".join(
    regex.escape(prefix) + (r"(?![\p{L}\p{N}])" if prefix[-1].isalnum() else "")
    for prefix in sorted({prefix for prefix, _ in _PREFIXED}, key=len, reverse=True)
))
_KIND_OF_PREFIX = {prefix: kind for prefix, kind in reversed(_PREFIXED)}
_LICENCE_MARKS = regex.compile("|".join(
    regex.escape(mark) for vocabulary in VOCABULARIES for mark in vocabulary.licence_marks
))
_MAX_LICENCE_LINE = 200
#: `News   /`: a breadcrumb of the site's menus, a few words and a slash.
_BREADCRUMB = regex.compile(r"\p{Lu}[\p{L} ]{0,40}?[ ]*/")
#: ` date 2021-09-14 ` opening a news agency's repost, the story running on after it.
_AGENCY_DATE = regex.compile(
    rf"(?:{'|'.join(sorted({v.agency_date_word for v in VOCABULARIES}))})"
    r"[ ]{1,3}(\d{4}-\d{2}-\d{2})(?=[ ]|$)"
)
_SECTION_BREAK = regex.compile(r"\*(?:[ \t]{0,3}\*){2,9}")
_ELISION = regex.compile(r"[<‹](?:…|\.{3})[>›]")
_GALLERY_COUNTER = regex.compile(
    rf"(\d{{1,3}}) (?:{'|'.join(sorted({v.counter_word for v in VOCABULARIES}))}) (\d{{1,3}})"
)
_MORE_COUNTER = regex.compile("|".join(
    regex.escape(v.more_counter).replace(regex.escape("{count}"), r"(?P<count>\d{1,4})")
    for v in VOCABULARIES
))


def tokenize(text: str, lines: Iterable[Line]) -> Iterator[Token]:
    """Classify every line of `text` given by `lines`."""
    for line in lines:
        if line.start == line.end:
            yield Token(Kind.BLANK, line.start, line.end, line.number, "")
            continue
        content = text[line.start : line.end]
        if line.hint is not None:
            yield _hinted(line, content)
            continue
        glued = _GLUED_PAGES.get(content)
        if glued is not None:
            split = line.start + glued
            yield Token(Kind.PAGE_END, line.start, split, line.number, content[:glued])
            yield Token(Kind.SECTION_WORD, split, line.end, line.number, content[glued:])
            continue
        agency = _AGENCY_DATE.match(content) if content[0] == "d" else None
        if agency is not None:
            yield Token(Kind.AGENCY_DATE, line.start, line.start + agency.end(), line.number,
                        agency.group(), agency.group(1), line.start + agency.start(1))
            rest = content[agency.end():]
            if rest.strip():
                offset = agency.end() + len(rest) - len(rest.lstrip())
                yield classify(content[offset:], line.start + offset, line.number)
            continue
        yield classify(content, line.start, line.number)


def _hinted(line: Line, content: str) -> Token:
    """The token of a line whose kind a front end knows: a feed entry's link, a speaker label
    (cut from its tooltip, or marked in bold), a paragraph that markup shows opens with no
    label, the date line, a tooltip, the title of a page's video player, a photo caption, a
    pull quote, a related-items box, a lead repeated in a feed entry's content."""
    hint = line.hint
    if isinstance(hint, LabelHint):
        label = content[: hint.end].rstrip()
        if label[-1:] in (":", "."):  # the colon, or the full stop that stands for it
            label = label[:-1].rstrip()
        return Token(Kind.LABEL, line.start, line.end, line.number, content,
                     read_marked_label(label, hint.end))
    if hint == "url":
        return Token(Kind.FIELD, line.start, line.end, line.number, content, "url", line.start)
    if hint == "label":
        parts = find_label(content + ":")
        if parts is not None:
            return Token(Kind.LABEL, line.start, line.end, line.number, content,
                         parts._replace(end=len(content)))
    furniture = _FURNITURE_HINTS.get(hint)  # type: ignore[arg-type]
    if furniture is not None:
        return Token(furniture, line.start, line.end, line.number, content)
    if hint == "date":
        date_line = _date_after_words(content)
        if date_line is not None:
            return Token(Kind.DATE, line.start, line.end, line.number, content, date_line)
    token = classify(content, line.start, line.number)
    if hint == "unlabelled" and token.kind is Kind.LABEL:
        return token._replace(kind=Kind.TEXT, data=None)
    return token


def _date_after_words(content: str) -> DateLine | None:
    """The date of a line that markup marks as the date: the whole line, or its end after a
    few words (`Announcement, December 14, 2012`), which the header keeps as furniture."""
    start = 0
    for _ in range(_MAX_WORDS_BEFORE_DATE + 1):
        found = match_date_line(content[start:])
        if found is not None:
            return DateLine(*((part[0] + start, part[1] + start) if part else None for part in found))
        space = content.find(" ", start)
        if space == -1:
            return None
        start = space + 1
    return None


def classify(content: str, start: int, number: int) -> Token:
    """The token of one stripped, non-blank line that starts at offset `start`."""
    judgement = _REMEMBERED.get(content)
    if judgement is None:
        judgement = _judged(content)
        if judgement[0] is not Kind.TEXT and len(content) <= _MAX_REMEMBERED_LINE:
            if len(_REMEMBERED) >= _MAX_REMEMBERED:
                _REMEMBERED.clear()
            _REMEMBERED[content] = judgement
    kind, data, value_offset = judgement
    value_start = 0 if value_offset is None else start + value_offset
    return Token(kind, start, start + len(content), number, content, data, value_start)


_Judgement = tuple[Kind, object, "int | None"]
#: Speaker labels and furniture recur on every page: what such a line (of up to 120
#: characters) was judged to be is remembered, so a repeated one is judged once. Prose is
#: not remembered; it seldom recurs.
_REMEMBERED: dict[str, _Judgement] = {}
_MAX_REMEMBERED = 4096
_MAX_REMEMBERED_LINE = 120


def _judged(content: str) -> _Judgement:
    """The kind of a stripped, non-blank line, its token data and where its value starts
    (relative to the line; None where the kind has no value)."""
    fixed = _FIXED.get(content)
    if fixed is not None:
        return fixed[0], fixed[1], None
    first = content[0]
    if first.isdigit():
        if is_time(content):
            return Kind.TIME, None, None
        counter = _GALLERY_COUNTER.fullmatch(content)
        if counter is not None:
            data = (int(counter.group(1)), int(counter.group(2)))
            return Kind.GALLERY_COUNTER, data, None
        more = _MORE_COUNTER.fullmatch(content)
        if more is not None:
            return Kind.MORE_COUNTER, int(more.group("count")), None
        iso_date = match_date_line(content)
        if iso_date is not None:
            return Kind.DATE, iso_date, None
    elif first == "*":
        if _SECTION_BREAK.fullmatch(content) is not None:
            return Kind.SECTION_BREAK, None, None
    elif first in "<‹":
        if _ELISION.fullmatch(content) is not None:
            return Kind.ELISION, None, None
    elif first.isalpha():
        field = _FIELD_LABEL.match(content)
        if field is not None:
            kind, name = _FIELDS[field.group()]
            value = content[field.end():]
            return kind, name, len(content) - len(value.lstrip())
        prefix = _PREFIX.match(content)
        if prefix is not None:
            rest = content[prefix.end():]
            return _KIND_OF_PREFIX[prefix.group()], rest.strip() or None, len(content) - len(rest.lstrip())
        more = _MORE_COUNTER.fullmatch(content)
        if more is not None:  # `Ещё 5`
            return Kind.MORE_COUNTER, int(more.group("count")), None
        if len(content) <= _MAX_LICENCE_LINE and _LICENCE_MARKS.search(content) is not None:
            return Kind.LICENCE, None, None
        if content[-1] == "/" and _BREADCRUMB.fullmatch(content) is not None:
            return Kind.BREADCRUMB, None, None
        date_line: DateLine | None = match_date_line(content)
        if date_line is not None:
            return Kind.DATE, date_line, None
        label: LabelParts | None = find_label(content)
        if label is not None:
            return Kind.LABEL, label, None
    return Kind.TEXT, None, None


def furniture_of(token: Token) -> Furniture:
    """The furniture record of a token whose kind is furniture wherever it stands."""
    value = token.data if token.kind in (Kind.RELATED_NEWS, Kind.ANNOUNCEMENT) else None
    return Furniture(FURNITURE_OF_KIND[token.kind], token.text, Span(token.start, token.end),
                     value)  # type: ignore[arg-type]
