"""The header of an event: section word, title, lead, date, time and place.

The text version gives them one per line in that order; the place and the time are often
missing, the lead sometimes. A date line may also carry the time and the place itself
(`December 18, 2020, Novo-Ogaryovo, Moscow Region`). Without a date near the top there is no
header to read, unless the page opened with its section word.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple, Sequence

import attrs

from .dates import looks_like_place, match_date_line, read_date_line, read_value, to_date, to_time, trailing_date
from .evidence import Verdict, decoration_length, evidence
from .diagnostics import Code, DiagnosticSink
from .kinds import ALWAYS_FURNITURE, Kind
from .lexer import Token, furniture_of, furniture_of_part
from .lexicon import LEXICON
from .models import Furniture, Paragraph, Parsed, Span, Text
from .page import (
    body_anchor, captions_below, chrome_before, date_line_below, find_header, headless_lead, is_intro,
    is_pull_quote, standfirst_below,
)
from .paragraphs import build_paragraph

#: At most this many lines (title and lead) may stand between the top and the date.
MAX_LINES_BEFORE_DATE = 4
_TITLE_KINDS = frozenset({Kind.TEXT, Kind.LABEL})
#: What may stand where the date line is: a date line, or a post's time stamp (its date only).
_DATE_KINDS = frozenset({Kind.DATE, Kind.TIMESTAMP})


@attrs.frozen
class HeaderRules:
    """What a shape tells the header stage about where its parts stand."""

    #: The lead stands below the date line rather than above it (browser dumps).
    lead_after_date: bool = False
    #: The front end puts the place on the date's line, so the line after the date is the
    #: body, never a place (flattened pages).
    place_on_date_line: bool = False
    #: The header stands where the front end put it, as markup says (html, atom): it is read
    #: in the site's layout and never looked for elsewhere (see `page`).
    laid_out: bool = False


class Header(NamedTuple):
    """What the header stage read, and the index of the first token of the body."""

    title: Text | None
    summary: Paragraph | None
    date: Parsed[dt.date] | None
    time: Parsed[dt.time] | None
    location: Text | None
    furniture: tuple[Furniture, ...]
    body_start: int
    #: The whole date line as written, which a browser dump repeats at the end of the page.
    date_line: str | None = None
    #: Lines after `body_start` that the header took (a date line quoted below a report).
    taken: tuple[int, ...] = ()


def read_header(
    text: str, tokens: Sequence[Token], sink: DiagnosticSink, rules: HeaderRules = HeaderRules(), *,
    post: bool = False,
) -> Header:
    """Read the header at the top of one event's tokens, as the shape's `rules` say; `post`
    says they are one post of a listing, whose first paragraph is its lead.

    A first line after the header that repeats the title is the title of the page's video
    player, as a copy of the page shows it: furniture (`video_title`), not narration."""
    header = _site_header(text, tokens, sink, rules)
    if header is None:
        header = _page_header(text, tokens, sink, post=post)
    if header.title is None:
        return header
    index = _skip_blank(tokens, header.body_start)
    if index < len(tokens) and tokens[index].kind is Kind.TEXT and tokens[index].text == header.title.text:
        video = furniture_of(tokens[index], Kind.VIDEO_TITLE)
        return header._replace(furniture=(*header.furniture, video), body_start=index + 1)
    return header


def _site_header(text: str, tokens: Sequence[Token], sink: DiagnosticSink, rules: HeaderRules) -> Header | None:
    """The header as the site's own copies lay it out: its furniture, then title and lead,
    then the date line, its time and its place (or a news agency's date prefix, or an
    announcement). None when the page is not laid out so: no title above the date, or lines
    there that are another site's chrome by their evidence (see `page`)."""
    furniture: list[Furniture] = []
    index = _skip_blank(tokens, 0)
    opened = False
    while index < len(tokens) and tokens[index].kind in ALWAYS_FURNITURE:
        opened = opened or tokens[index].kind is Kind.SECTION_WORD
        furniture.append(furniture_of(tokens[index]))
        index = _skip_blank(tokens, index + 1)
    if index < len(tokens) and tokens[index].kind is Kind.AGENCY_DATE:
        if not rules.laid_out and _headline_below(tokens, index + 1):
            return None  # a scraper's date prefix above another site's chrome and headline
        date = _agency_date(tokens[index], sink, furniture)
        return Header(None, None, date, None, None, tuple(furniture), index + 1)
    top = index
    lines_before_date: list[Token] = []
    while index < len(tokens) and tokens[index].kind in _TITLE_KINDS:
        lines_before_date.append(tokens[index])
        if len(lines_before_date) > MAX_LINES_BEFORE_DATE:
            break
        index = _skip_blank(tokens, index + 1)
    if (
        index < len(tokens)
        and tokens[index].kind is Kind.ANNOUNCEMENT
        and 0 < len(lines_before_date) <= MAX_LINES_BEFORE_DATE
    ):
        # An announcement: title and lead, then the date of the coming event, no date of its own.
        summary = build_paragraph(text, [(t.start, t.end) for t in lines_before_date[1:]])
        return Header(_text(lines_before_date[0]), summary, None, None, None, tuple(furniture), index)
    found_date = (
        index < len(tokens)
        and tokens[index].kind in _DATE_KINDS
        and len(lines_before_date) <= MAX_LINES_BEFORE_DATE
    )
    if not found_date:
        if not opened:  # no header in the site's layout; markup means none, else look further
            return Header(None, None, None, None, None, tuple(furniture), top) if rules.laid_out else None
        if not lines_before_date:
            opening = furniture[-1].span
            sink.report(Code.HEADER_WITHOUT_TITLE, opening.start, opening.end)
            return Header(None, None, None, None, None, tuple(furniture), top)
        title_token = lines_before_date[0]
        sink.report(Code.HEADER_WITHOUT_DATE, title_token.start, title_token.end)
        return Header(_text(title_token), None, None, None, None, tuple(furniture),
                      _skip_blank(tokens, top + 1))

    # Opened by the site's own words (its section word, menus or breadcrumb), or laid out by
    # markup, the page is the site's: its layout is evidence enough.
    trusted = rules.laid_out or any(_is_sites_own(token) for token in tokens[:top])
    if not lines_before_date or (not trusted and (
        tokens[index].kind is Kind.TIMESTAMP  # another site's stamp: the site writes its dates out
        or any(_is_other_site(token) for token in lines_before_date)
    )):
        return None
    title = _text(lines_before_date[0]) if lines_before_date else None
    summary = build_paragraph(text, [(t.start, t.end) for t in lines_before_date[1:]])
    date_token = tokens[index]
    if date_token.kind is Kind.TIMESTAMP:
        date = _stamp_date(date_token, sink, furniture)
        return Header(title, summary, date, None, None, tuple(furniture), index + 1, date_token.text)
    reading = read_date_line(date_token.text, date_token.start, date_token.data, sink)
    date, time, location = reading.date, reading.time, reading.place
    furniture.extend(reading.furniture)
    index = _skip_blank(tokens, index + 1)
    date_line = date_token.data
    if date_line.time is None and date_line.place is None and index < len(tokens) \
            and tokens[index].kind is Kind.TIME:
        time_token = tokens[index]
        time = read_value(time_token.text, time_token.start, (0, len(time_token.text)), to_time,
                          Code.INVALID_TIME, sink, furniture)
        index = _skip_blank(tokens, index + 1)
    if (
        location is None
        and not rules.place_on_date_line
        and index < len(tokens)
        and tokens[index].kind is Kind.TEXT
        and looks_like_place(tokens[index].text)
    ):
        location = _text(tokens[index])
        index += 1
    if rules.lead_after_date and summary is None:
        index = _skip_blank(tokens, index)
        if index < len(tokens) and tokens[index].kind is Kind.TEXT:
            summary = build_paragraph(text, [(tokens[index].start, tokens[index].end)])
            index += 1
    if not trusted and summary is None:  # another site's standfirst below the date line
        standfirst = standfirst_below(tokens, index)
        if standfirst is not None:
            summary = build_paragraph(text, [(tokens[standfirst].start, tokens[standfirst].end)])
            index = standfirst + 1
    if not trusted:  # another site's page in the site's layout: its captions and intro lines
        captions, index = captions_below(tokens, index)
        furniture += [furniture_of(tokens[caption], _caption_kind(tokens[caption])) for caption in captions]
    return Header(title, summary, date, time, location, tuple(furniture), index, date_token.text)


def _headline_below(tokens: Sequence[Token], start: int) -> bool:
    """A headline stands below `start` with lines between that are not the Kremlin's text:
    the page's header is that headline's, found as any page's is (`page.find_header`)."""
    start = _skip_blank(tokens, start)
    found = find_header(tokens, start)
    return found is not None and found.window.title is not None and found.window.start > start


def _is_sites_own(token: Token) -> bool:
    """A line that only the site's own pages open with: its section word, its breadcrumb, its
    menus (not the chrome prefixes that forums and blogs share)."""
    return token.kind in (Kind.SECTION_WORD, Kind.BREADCRUMB) or (
        token.kind is Kind.CHROME and LEXICON.fixed_line(token.text) is not None
    )


def _is_other_site(token: Token) -> bool:
    """A line above the date that the site's own header never holds: chrome by its words or
    shape (a title in capitals or in figures aside), or a line ending in a colon."""
    found = evidence(token.text, token.kind)
    return (found.verdict is Verdict.CHROME and not found.shouting and found.letters) or found.ends_colon


def _page_header(text: str, tokens: Sequence[Token], sink: DiagnosticSink, *, post: bool = False) -> Header:
    """The header of a page of unknown layout, where `page.find_header` finds it, and the
    other site's chrome above it as furniture; without one, no header, and the chrome above
    the Kremlin's text as furniture."""
    start = _skip_blank(tokens, 0)
    while start < len(tokens) and tokens[start].kind in ALWAYS_FURNITURE:
        start = _skip_blank(tokens, start + 1)
    found = find_header(tokens, start)
    if post and found is not None and found.window.date is None:
        found = None  # a post's first line is its lead, not a headline
    stop = found.window.start if found is not None else body_anchor(tokens, start)
    prefix = start if found is not None and found.window.date is None and start < stop \
        and tokens[start].kind is Kind.AGENCY_DATE else None  # a scraper's date prefix on top: the date
    furniture = [furniture_of(tokens[index], kind) for index, kind in chrome_before(tokens, 0, stop) if index != prefix]
    if found is None:
        lead = headless_lead(tokens, stop, post=post)
        summary = _lead_of(text, tokens, lead, furniture)
        return Header(None, summary, None, None, None, tuple(furniture), lead[-1] + 1 if lead else stop)
    window = found.window
    if prefix is not None:
        window = window._replace(date=prefix)
    if window.date is None and window.title is not None:  # the post's time stamp, skipped below the title
        stamp = next((index for index in found.skipped
                      if index > window.title and tokens[index].kind is Kind.TIMESTAMP), None)
        if stamp is not None:
            window = window._replace(date=stamp)
    furniture += [furniture_of(tokens[index], _caption_kind(tokens[index]))
                  for index in found.skipped if index != window.date]
    title_token = tokens[window.title] if window.title is not None else None
    title = _text(title_token) if title_token is not None else None
    repeated = trailing_date(title_token.text) if title_token is not None and window.date not in (None, window.title) \
        else None
    if title_token is not None and repeated is not None:  # the headline repeats the date of the date line below
        furniture.append(furniture_of_part(title_token, Kind.REPEATED_DATELINE, (repeated, len(title_token.text))))
        title = _title_before(title_token, repeated, furniture)
    summary = _lead_of(text, tokens, window.lead, furniture)
    date = time = location = None
    date_line = None
    if window.date is not None and window.date == window.title:  # a headline closing with its date
        title, date, time = _dated_title(tokens[window.title], sink, furniture)
    elif window.date is not None:
        date_token = tokens[window.date]
        if date_token.kind is Kind.AGENCY_DATE:
            date = _agency_date(date_token, sink, furniture)
        elif date_token.kind is Kind.TIMESTAMP:
            date = _stamp_date(date_token, sink, furniture)
        elif date_token.kind is Kind.DATELINE:
            date, location = _dateline(date_token, sink, furniture)
        else:
            reading = read_date_line(date_token.text, date_token.start, date_token.data, sink)
            date, time, location = reading.date, reading.time, reading.place
            furniture.extend(reading.furniture)
            date_line = date_token.text
    if window.time is not None:
        time_token = tokens[window.time]
        time = read_value(time_token.text, time_token.start, (0, len(time_token.text)), to_time,
                          Code.INVALID_TIME, sink, furniture)
    if window.place is not None:
        location = _text(tokens[window.place])
    taken: tuple[int, ...] = ()
    if window.date is None or tokens[window.date].kind is Kind.TIMESTAMP:
        below = date_line_below(tokens, found.body_start)
        if below is not None:  # the Kremlin's own date line, quoted below the repost's report
            if window.date is not None:  # the time stamp is the post's, then
                stamp = tokens[window.date]
                furniture = [item for item in furniture if not (stamp.start <= item.span.start < stamp.end)]
                furniture.append(furniture_of(stamp, Kind.POST_METADATA))
            reading = read_date_line(tokens[below].text, tokens[below].start, tokens[below].data, sink)
            date, time, location = reading.date, reading.time, reading.place
            furniture.extend(reading.furniture)
            taken = (below,)
    return Header(title, summary, date, time, location, tuple(furniture), found.body_start, date_line, taken)


def _lead_of(text: str, tokens: Sequence[Token], lead: Sequence[int], furniture: list[Furniture]) -> Paragraph | None:
    """The lead paragraph of the lines at `lead` on a page of unknown layout; a decoration a
    channel sets before it (`🎙 `) is `decoration` furniture."""
    if not lead:
        return None
    pieces = [(tokens[index].start, tokens[index].end) for index in lead]
    skip = decoration_length(tokens[lead[0]].text)
    if skip:
        furniture.append(furniture_of_part(tokens[lead[0]], Kind.DECORATION, (0, skip)))
        pieces[0] = (pieces[0][0] + skip, pieces[0][1])
    return build_paragraph(text, pieces)


def _caption_kind(token: Token) -> Kind:
    """The furniture kind of a line skipped between the parts of a header or before its body:
    its own where the lexer or its evidence gives one; a post's stamp is post metadata, a
    pull quote a pull quote, a reposter's intro line or a line in the first or second person
    commentary; a line of three words or fewer (a tag, a rubric, a button) another site's;
    else a caption."""
    if token.kind is Kind.OTHER_SITE:  # label-shaped: a credit (`Photo: …`) or another site's line
        return evidence(token.text, Kind.TEXT).chrome or Kind.OTHER_SITE
    if token.kind in ALWAYS_FURNITURE:
        return token.kind
    if token.kind in (Kind.TIMESTAMP, Kind.DATE, Kind.TIME):  # a post's own time stamp
        return Kind.POST_METADATA
    if is_pull_quote(token.text):
        return Kind.PULL_QUOTE
    found = evidence(token.text, Kind.TEXT)
    if found.chrome is not None:
        return found.chrome
    if found.verdict is Verdict.SHORT and found.words <= 3:
        return Kind.OTHER_SITE  # a tag or a rubric (`Путин`), a button
    return Kind.COMMENTARY if is_intro(token.text) or found.voice else Kind.PHOTO_CAPTION


def _agency_date(token: Token, sink: DiagnosticSink, furniture: list[Furniture]) -> Parsed[dt.date] | None:
    """The date of a news agency's ` date 2021-09-14 ` prefix; the word is furniture."""
    iso_offset = token.value_start - token.start
    word = token.text[:iso_offset].rstrip()
    furniture.append(Furniture(Kind.FIELD_LABEL, word, Span(token.start, token.start + len(word))))
    return read_value(token.text, token.start, (iso_offset, len(token.text)), dt.date.fromisoformat,
                      Code.INVALID_DATE, sink, furniture)


def _stamp_date(token: Token, sink: DiagnosticSink, furniture: list[Furniture]) -> Parsed[dt.date] | None:
    """The date of a post's time stamp standing where the date line would; the rest of the
    line (its time, zone, bullet, section) is post metadata."""
    first, stop = token.data.date  # type: ignore[attr-defined]
    for piece in ((0, first), (stop, len(token.text))):
        if token.text[piece[0] : piece[1]].strip():
            furniture.append(furniture_of_part(token, Kind.POST_METADATA, piece))
    date = read_value(token.text, token.start, (first, stop), to_date, Code.INVALID_DATE, sink, furniture)
    furniture.sort(key=lambda item: item.span.start)
    return date


def _dateline(token: Token, sink: DiagnosticSink, furniture: list[Furniture]) -> tuple[Parsed[dt.date] | None, Text | None]:
    """The place of a news agency's dateline (`МОСКВА, 24 декабря. /ТАСС/.`), and its date when
    it gives a year; the rest of the dateline is furniture."""
    line = token.data
    place = Text(token.text[line.place[0] : line.place[1]], Span(token.start + line.place[0], token.start + line.place[1]))
    date = None
    taken = [line.place]
    if line.year:
        date = read_value(token.text, token.start, line.date, to_date, Code.INVALID_DATE, sink, furniture)
        taken.append(line.date)
    position = 0
    for first, stop in sorted(taken):
        if token.text[position:first].strip():
            furniture.append(furniture_of_part(token, Kind.DATELINE, (position, first)))
        position = stop
    if token.text[position:].strip():
        furniture.append(furniture_of_part(token, Kind.DATELINE, (position, len(token.text))))
    return date, place


def _skip_blank(tokens: Sequence[Token], index: int) -> int:
    while index < len(tokens) and tokens[index].kind is Kind.BLANK:
        index += 1
    return index


def _dated_title(token: Token, sink: DiagnosticSink, furniture: list[Furniture]
                 ) -> tuple[Text, Parsed[dt.date] | None, Parsed[dt.time] | None]:
    """The title, date and time of a headline that closes with its date (`Стенограмма встречи
    …, 2 декабря 2020 г.`): the title is the words before the comma, the comma a separator."""
    offset = trailing_date(token.text)
    parts = match_date_line(token.text[offset:]) if offset is not None else None
    if offset is None or parts is None:  # not so after all: the whole line is the title
        return _text(token), None, None
    tail = token.text[offset:]
    reading = read_date_line(tail, token.start + offset, parts, sink)
    furniture.extend(reading.furniture)
    title = _title_before(token, offset, furniture)
    return title, reading.date, reading.time


def _title_before(token: Token, offset: int, furniture: list[Furniture]) -> Text:
    """The words of a headline before the date that closes it at `offset`; the comma
    between them is `separator` furniture."""
    head = token.text[:offset].rstrip()
    if head.endswith(","):
        furniture.append(Furniture(Kind.SEPARATOR, ",", Span(token.start + len(head) - 1, token.start + len(head))))
        head = head[:-1].rstrip()
    return Text(head, Span(token.start, token.start + len(head)))


def _text(token: Token) -> Text:
    return Text(token.text, Span(token.start, token.end))
