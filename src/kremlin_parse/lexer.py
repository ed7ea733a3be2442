"""The tokeniser for page furniture: every line gets a kind.

Kinds are decided from the line alone; what a line means in its place (a title, a lead, a
caption, a tag) is for the header and body stages to say. Each line is looked at once: an
exact lookup for fixed furniture words, then at most a few anchored patterns chosen by the
line's first character.
"""

from __future__ import annotations

from typing import Iterable, Iterator, NamedTuple

from .dates import is_time, match_date_line, match_dateline, match_timestamp
from .kinds import Kind
from .labels import ChromeLabel, LabelParts, find_label, opens_with_decoration, read_label
from .lexicon import LEXICON
from .models import Furniture, Span
from .lines import Line


class Token(NamedTuple):
    """A classified line (or part of a glued line) with its absolute span.

    `data` depends on the kind: the field name for TAG_HEADING, FIELD and SOURCE_LINK (with
    `value_start` where the value begins; also for RELATED_NEWS, whose headline it is, and
    AGENCY_DATE, whose ISO date it is), (index, total) for GALLERY_COUNTER, the count for
    MORE_COUNTER, DateLine for DATE, Timestamp for TIMESTAMP, Dateline for DATELINE,
    LabelParts for LABEL. Offsets in `data` are relative to the token's text.
    """

    kind: Kind
    start: int
    end: int
    line: int
    text: str
    data: object = None
    value_start: int = 0


_MAX_LICENCE_LINE = 200


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
        glued = LEXICON.glued_page_end(content)
        if glued is not None:
            split = line.start + glued
            yield Token(Kind.PAGE_END, line.start, split, line.number, content[:glued])
            yield Token(Kind.SECTION_WORD, split, line.end, line.number, content[glued:])
            continue
        agency = LEXICON.agency_date.match(content) if content[0] == "d" else None
        if agency is not None:
            yield Token(Kind.AGENCY_DATE, line.start, line.start + agency.end(), line.number,
                        agency.group(), agency.group(1), line.start + agency.start(1))
            yield from _rest(content, agency.end(), line)
            continue
        dateline = match_dateline(content) if content[0].isupper() else None
        if dateline is not None:
            yield Token(Kind.DATELINE, line.start, line.start + dateline.end, line.number,
                        content[: dateline.end], dateline)
            yield from _rest(content, dateline.end, line)
            continue
        yield classify(content, line.start, line.number)


def _rest(content: str, end: int, line: Line) -> Iterator[Token]:
    """The token of what follows a prefix token (an agency's date, a dateline) on its line."""
    rest = content[end:]
    if rest.strip():
        offset = end + len(rest) - len(rest.lstrip())
        yield classify(content[offset:], line.start + offset, line.number)


def _hinted(line: Line, content: str) -> Token:
    """The token of a line whose kind a front end knows: a feed entry's link, a speaker label
    cut from its tooltip, the tooltip itself, the title of a page's video player."""
    if line.hint == "url":
        return Token(Kind.FIELD, line.start, line.end, line.number, content, "url", line.start)
    if line.hint == "label":
        parts = find_label(content + ":")
        if parts is not None:
            return Token(Kind.LABEL, line.start, line.end, line.number, content,
                         parts._replace(end=len(content)))
    if line.hint == "tooltip":
        return Token(Kind.TOOLTIP, line.start, line.end, line.number, content)
    if line.hint == "video":
        return Token(Kind.VIDEO_TITLE, line.start, line.end, line.number, content)
    return classify(content, line.start, line.number)


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
    fixed = LEXICON.fixed_line(content)
    if fixed is not None:
        return fixed[0], fixed[1], None
    first = content[0]
    if first.isdigit():
        if is_time(content):
            return Kind.TIME, None, None
        counter = LEXICON.gallery_counter.fullmatch(content)
        if counter is not None:
            data = (int(counter.group(1)), int(counter.group(2)))
            return Kind.GALLERY_COUNTER, data, None
        more = LEXICON.more_counter.fullmatch(content)
        if more is not None:
            return Kind.MORE_COUNTER, int(more.group("count")), None
        date_line = match_date_line(content)
        if date_line is not None:
            return Kind.DATE, date_line, None
        stamp = match_timestamp(content)
        if stamp is not None:
            return Kind.TIMESTAMP, stamp, None
    elif first == "*":
        if LEXICON.section_break.fullmatch(content) is not None:
            return Kind.SECTION_BREAK, None, None
    elif first in "<‹":
        if LEXICON.elision.fullmatch(content) is not None:
            return Kind.ELISION, None, None
    elif first.isalpha():
        field = LEXICON.field_label.match(content)
        if field is not None:
            kind, name = LEXICON.fields[field.group()]
            value = content[field.end():]
            return kind, name, len(content) - len(value.lstrip())
        prefix = LEXICON.line_prefix.match(content)
        if prefix is not None:
            rest = content[prefix.end():]
            return LEXICON.kind_of_prefix[prefix.group()], rest.strip() or None, len(content) - len(rest.lstrip())
        more = LEXICON.more_counter.fullmatch(content)
        if more is not None:  # `Ещё 5`
            return Kind.MORE_COUNTER, int(more.group("count")), None
        if len(content) <= _MAX_LICENCE_LINE and LEXICON.licence_mark.search(content) is not None:
            return Kind.LICENCE, None, None
        if content[-1] == "/" and LEXICON.breadcrumb.fullmatch(content) is not None:
            return Kind.BREADCRUMB, None, None
        date_line = match_date_line(content)
        if date_line is not None:
            return Kind.DATE, date_line, None
        stamp = match_timestamp(content)
        if stamp is not None:
            return Kind.TIMESTAMP, stamp, None
        return _label_judgement(content)
    elif opens_with_decoration(content):  # `«В.ПУТИН:`, `💬 В.В.Путин:`, `— В.Путин:`
        return _label_judgement(content)
    return Kind.TEXT, None, None


def _label_judgement(content: str) -> _Judgement:
    """A speaker label, chrome shaped like one (`Saker Message:`, with the rest of the line as
    its data), or text."""
    label = read_label(content)
    if isinstance(label, LabelParts):
        return Kind.LABEL, label, None
    if isinstance(label, ChromeLabel):
        rest = content[label.end :]
        return Kind.OTHER_SITE, rest.strip() or None, len(content) - len(rest.lstrip())
    return Kind.TEXT, None, None


def furniture_of(token: Token, kind: Kind | None = None) -> Furniture:
    """The furniture record of a whole token: of its own kind (one of `ALWAYS_FURNITURE`)
    unless another is given. A `Related news` line keeps its headline and an announcement
    its date as the record's value."""
    value = token.data if token.kind in (Kind.RELATED_NEWS, Kind.ANNOUNCEMENT) else None
    return Furniture(kind or token.kind, token.text, Span(token.start, token.end), value)  # type: ignore[arg-type]
