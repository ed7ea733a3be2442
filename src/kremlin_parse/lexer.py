"""The tokeniser for page furniture: every line gets a kind.

Kinds are decided from the line alone; what a line means in its place (a title, a lead, a
caption, a tag) is for the header and body stages to say. Each line is looked at once: an
exact lookup for fixed furniture words, then at most a few anchored patterns chosen by the
line's first character.
"""

from __future__ import annotations

from typing import Iterable, Iterator, NamedTuple

import regex

from .dates import MAX_DATE_LINE_LENGTH, DateLine, Timestamp, is_time, match_date_line, match_news_line, match_timestamp
from .kinds import Kind
from .labels import MAX_LABEL_LENGTH, ChromeLabel, find_label, opens_with_decoration, read_label, read_marked_label
from .lexicon import LEXICON
from .models import Furniture, Span
from .lines import LabelHint, Line


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


#: The kinds of lines that markup marks as furniture, by their hint.
_FURNITURE_HINTS: dict[str, Kind] = {
    "tooltip": Kind.TOOLTIP,
    "video": Kind.VIDEO_TITLE,
    "caption": Kind.PHOTO_CAPTION,
    "quote": Kind.PULL_QUOTE,
    "related": Kind.RELATED_BOX,
    "repeated_lead": Kind.REPEATED_LEAD,
}
#: A figure (of any script's digits, as the date patterns' `\d`): what every counter, date
#: line, stamp and dateline holds.
_DIGIT = regex.compile(r"\d")
#: A figure of ASCII text: the only digits it can hold, and looked for three times faster.
_ASCII_DIGIT = regex.compile(r"[0-9]")
#: How many words may stand before the date on a line that markup marks as the date.
_MAX_WORDS_BEFORE_DATE = 4
_MAX_LICENCE_LINE = 200


def tokenize(text: str, lines: Iterable[Line]) -> Iterator[Token]:
    """Classify every line of `text` given by `lines`.

    Most lines are prose: for them this loop asks `classify` and yields its token, with no
    generator of its own; the other kinds go through `_classified_rest`."""
    blank, text_kind = Kind.BLANK, Kind.TEXT
    glued_page_end, agency_date = LEXICON.glued_page_end, LEXICON.agency_date
    for number, start, end, hint in lines:
        if start == end:
            yield _new_token(Token, (blank, start, end, number, "", None, 0))
            continue
        content = text[start:end]
        if hint is not None:
            hinted = _hinted(Line(number, start, end, hint), content)
            if hinted is not None:
                yield hinted
            else:
                yield from _classified(content, start, number)
            continue
        glued = glued_page_end(content)
        if glued is not None:
            split = start + glued
            yield Token(Kind.PAGE_END, start, split, number, content[:glued])
            yield Token(Kind.SECTION_WORD, split, end, number, content[glued:])
            continue
        agency = agency_date.match(content) if content[0] == "d" else None
        if agency is not None:
            yield Token(Kind.AGENCY_DATE, start, start + agency.end(), number,
                        agency.group(), agency.group(1), start + agency.start(1))
            rest = content[agency.end():]
            if rest.strip():
                offset = agency.end() + len(rest) - len(rest.lstrip())
                yield from _classified(content[offset:], start + offset, number)
            continue
        token = classify(content, start, number)
        if token.kind is not text_kind:
            yield from _classified_rest(token, content, start, number)
            continue
        tail = _teaser_tail(content)
        if tail is None:
            yield token  # prose: the common case
        else:
            yield from _cut_teaser(token, tail)


def _classified(content: str, start: int, number: int) -> Iterator[Token]:
    """The token of a stripped, non-blank line; or, for a line that opens with an agency's
    dateline, the dateline's token and the tokens of the rest of the line."""
    return _classified_rest(classify(content, start, number), content, start, number)


def _classified_rest(token: Token, content: str, start: int, number: int) -> Iterator[Token]:
    """`_classified` once the line's `token` is known: a teaser's cut split off a text, the
    rest of a line after an agency's dateline classified in turn."""
    while True:
        if token.kind is Kind.TEXT:
            tail = _teaser_tail(content)
            if tail is None:
                yield token
            else:
                yield from _cut_teaser(token, tail)
            return
        if token.kind is not Kind.DATELINE:
            yield token
            return
        end = token.data.end  # type: ignore[attr-defined]
        yield token._replace(end=start + end, text=content[:end])
        rest = content[end:]
        if not rest.strip():
            return
        offset = end + len(rest) - len(rest.lstrip())
        content, start = content[offset:], start + offset
        token = classify(content, start, number)


#: A teaser's cut is looked for in a line's last this many characters.
_TEASER_CUT_CHARS = 220


def _teaser_tail(content: str) -> int | None:
    """Where the tail of a line of text begins when an ellipsis stands in it (a teaser may
    be cut there), else None."""
    tail_start = max(0, len(content) - _TEASER_CUT_CHARS)
    if content.find("…", tail_start) < 0 and content.find("...", tail_start) < 0:
        return None
    return tail_start


def _cut_teaser(token: Token, tail_start: int) -> Iterator[Token]:
    """The token of a line of text with an ellipsis after `tail_start`; for a teaser that a
    site cut short with its marker (`… Continue reading Opening of the centres`), the text's token and
    the cut's, `other_site`."""
    content = token.text
    cut = LEXICON.teaser_cut.search(content, tail_start)
    head = content[: cut.start()].rstrip() if cut is not None else ""
    if not head:
        yield token
        return
    cut_start = cut.start()  # type: ignore[union-attr]
    yield token._replace(end=token.start + len(head), text=head)
    yield Token(Kind.OTHER_SITE, token.start + cut_start, token.end, token.line, content[cut_start:])


def _hinted(line: Line, content: str) -> Token | None:
    """The token of a line whose kind a front end knows: a feed entry's link, a speaker label
    (cut from its tooltip, or marked in bold), a paragraph that markup shows opens with no
    label, the date line, a tooltip, the title of a page's video player, a photo caption, a
    pull quote, a related-items box, a lead repeated in a feed entry's content; None when
    the line is to be classified as any other."""
    hint = line.hint
    if isinstance(hint, LabelHint):
        label = content[: hint.end].rstrip()
        if label[-1:] in (":", "."):  # the colon, or the full stop that stands for it
            label = label[:-1].rstrip()
        return Token(Kind.LABEL, line.start, line.end, line.number, content, read_marked_label(label, hint.end))
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
    if hint == "unlabelled":
        token = classify(content, line.start, line.number)
        if token.kind is Kind.LABEL:
            return token._replace(kind=Kind.TEXT, data=None)
    return None


def _date_after_words(content: str) -> DateLine | None:
    """The date of a line that markup marks as the date: the whole line, or its end after a
    few words (`Announcement, December 14, 2012`), which the header keeps as furniture."""
    start = 0
    for _ in range(_MAX_WORDS_BEFORE_DATE + 1):
        found = match_date_line(content[start:])
        if found is not None:
            if found.place and found.place[0] < found.date[0]:
                # A date element holds no place before its date: those are words
                # (`Announcement, December 14, 2012`), kept as furniture by the header.
                found = found._replace(place=None, prefix=None)
            return DateLine(*((part[0] + start, part[1] + start) if part else None for part in found))
        space = content.find(" ", start)
        if space == -1:
            return None
        start = space + 1
    return None


def classify(content: str, start: int, number: int) -> Token:
    """The token of one stripped, non-blank line that starts at offset `start`, judged whole:
    a line that opens with an agency's dateline is a `DATELINE` token whose `data.end` says
    where the dateline ends (`tokenize` cuts the line there and classifies the rest)."""
    judgement = _REMEMBERED.get(content)
    if judgement is None:
        judgement = _judged(content)
        if judgement[0] is not Kind.TEXT and len(content) <= _MAX_REMEMBERED_LINE:
            if len(_REMEMBERED) >= _MAX_REMEMBERED:
                _REMEMBERED.clear()
            _REMEMBERED[content] = judgement
    kind, data, value_offset = judgement
    value_start = 0 if value_offset is None else start + value_offset
    return _new_token(Token, (kind, start, start + len(content), number, content, data, value_start))


#: `Token(…)` built straight from its tuple, every field given: a named tuple's own
#: constructor costs three times as much, and every line of the input makes a token.
_new_token = tuple.__new__


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
        return Kind.TEXT, None, None
    if first == "*":
        if LEXICON.section_break.fullmatch(content) is not None:
            return Kind.SECTION_BREAK, None, None
        return Kind.TEXT, None, None
    if first in "<‹":
        if LEXICON.elision.fullmatch(content) is not None:
            return Kind.ELISION, None, None
        return Kind.TEXT, None, None
    if first.isalpha():
        if LEXICON.field_or_prefix_opening.match(content) is not None:
            field = LEXICON.field_label.match(content)
            if field is not None:
                kind, name = LEXICON.fields[field.group()]
                value = content[field.end():]
                return kind, name, len(content) - len(value.lstrip())
            prefix = LEXICON.line_prefix.match(content)
            if prefix is not None:
                rest = content[prefix.end():]
                return LEXICON.kind_of_prefix[prefix.group()], rest.strip() or None, len(content) - len(rest.lstrip())
        # A counter, a date line, a stamp and a dateline hold a figure: a line of up to 240
        # characters (a date line's most) without one (most prose) is none of them. A longer
        # line is not looked through: only a stamp or dateline may open it, and
        # `match_news_line` looks for their figure near its start itself.
        short = len(content) <= MAX_DATE_LINE_LENGTH
        figures = short and _holds_figure(content)
        more = LEXICON.more_counter.fullmatch(content) if figures else None
        if more is not None:  # `Ещё 5`
            return Kind.MORE_COUNTER, int(more.group("count")), None
        if len(content) <= _MAX_LICENCE_LINE:
            for mark in LEXICON.licence_marks:
                if mark in content:
                    return Kind.LICENCE, None, None
        if content[-1] == "/" and LEXICON.breadcrumb.fullmatch(content) is not None:
            return Kind.BREADCRUMB, None, None
        if figures:
            date_line = match_date_line(content)
            if date_line is not None:
                return Kind.DATE, date_line, None
        news = match_news_line(content) if figures or not short else None
        if news is not None:
            return (Kind.TIMESTAMP if isinstance(news, Timestamp) else Kind.DATELINE), news, None
        if content.find(":", 0, MAX_LABEL_LENGTH) < 0:
            return Kind.TEXT, None, None  # no colon where a label's would stand: prose
    elif not opens_with_decoration(content):
        return Kind.TEXT, None, None
    # A speaker label, after a decoration (`«В.ПУТИН:`, `💬 В.В.Путин:`) or none, or chrome
    # shaped like one (`Blog Message:`, with the rest of the line as its data).
    label = read_label(content)
    if label is None:
        return Kind.TEXT, None, None
    if isinstance(label, ChromeLabel):
        rest = content[label.end :]
        return Kind.OTHER_SITE, rest.strip() or None, len(content) - len(rest.lstrip())
    return Kind.LABEL, label, None


def _holds_figure(content: str) -> bool:
    """Whether a digit (`\\d`, of any script) stands in `content`."""
    digit = _ASCII_DIGIT if content.isascii() else _DIGIT
    return digit.search(content) is not None


def furniture_of_part(token: Token, kind: Kind, part: tuple[int, int]) -> Furniture:
    """The furniture record of `kind` for the part `(first, stop)` of a token's text (offsets
    relative to it), without the white space around it: a label's decoration, a time stamp's
    time."""
    raw = token.text[part[0] : part[1]]
    text = raw.strip()
    start = token.start + part[0] + len(raw) - len(raw.lstrip())
    return Furniture(kind, text, Span(start, start + len(text)))


def furniture_of(token: Token, kind: Kind | None = None) -> Furniture:
    """The furniture record of a whole token: of its own kind (one of `ALWAYS_FURNITURE`)
    unless another is given. A `Related news` line keeps its headline and an announcement
    its date as the record's value."""
    value = token.data if token.kind in (Kind.RELATED_NEWS, Kind.ANNOUNCEMENT) else None
    return Furniture(kind or token.kind, token.text, Span(token.start, token.end), value)  # type: ignore[arg-type]
