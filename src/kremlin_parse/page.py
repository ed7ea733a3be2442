"""Where the event stands in a page of unknown layout: its header, its lead, the start of its
body, and the other site's chrome before them.

The site's own copies put the header first (title, lead, date, time, place); the header
stage reads that layout directly. Pages of other sites put their menus, widgets and post
metadata first, and the Kremlin's header in one of a few orders after them. Here every line
where a header might begin is tried, each window of lines is scored by what its lines show
(`evidence.py`) and by the order they stand in, and the best window wins when it scores
enough. Its orders (T title, L lead, D date line with its time and place lines):

- `T L D` (the text version and reposts of it), `T D L` (a browser dump: the lead below),
- `D T L` (a date above the title), `L D` under a title (a blog that pasted the lead and
  date lines under its own post title),
- `T L` and `T` alone, followed by the body (a news site's headline).

Between two parts, captions, credits and very short lines may be skipped at a small cost;
any other line ends the window. A window must not stand below good prose, which would make
the Kremlin's text chrome. Without a window the Kremlin's text begins at the first line that
is not chrome by its own evidence (see `body_anchor`).

A window with a date line has the lead the site gives it (between title and date, or just
below the date). A headline without a date has a lead only where the Kremlin's structure
shows: the paragraph after it opens as a lead does, or the title as the site's titles do,
and a transcript follows (a label, a section break, speech); a news item's first paragraph
is its body.

Dates: a post's time stamp (`13:36 20.06.2025`) is the event's date only where nothing
better stands; a date line of the Kremlin's own (a date with its place) quoted below the
report, before the transcript, is the event's date and place (`date_line_below`), and the
stamp is then post metadata. A date right above a city's clock (`Moscow: 18:27`) is a
widget's today, never a header's.

After the header: a line standing twice in a row is a photo's caption and its alt text
(`opening_captions`, with the other captions of a body's opening); lines at the end that
are chrome, copyright notices or short names are the other site's trailer (`chrome_after`).
A listing is cut into its posts (`find_listing`: a channel's, or a category page's teasers).
"""

from __future__ import annotations

import collections
import itertools
from typing import NamedTuple, Sequence

import regex

from .dates import looks_like_place, trailing_date
from .evidence import LineEvidence, Verdict, evidence, is_photo_credit, is_world_clock
from .kinds import ALWAYS_FURNITURE, Kind
from .lexer import Token
from .lexicon import LEXICON
from .paragraphs import continues

#: How many lines at the top of a stretch a header may be looked for in.
REACH = 40
#: A window must score at least this much to be taken as the header.
MIN_SCORE = 3.0
#: A title has at most this many words and characters.
_TITLE_WORDS = 30
_TITLE_CHARS = 250
#: A title that ends like a sentence is short, as headlines are.
_SENTENCE_TITLE_WORDS = 14
#: A headline of two sentences (`… Club. Transcript of the Speech`) is this short at most.
_TWO_SENTENCE_WORDS = 20
#: A lead is a paragraph of at least this many words.
_LEAD_WORDS = 8
#: How many lines of a lead may stand between a title and a date line.
_LEAD_LINES = 3
#: A standfirst below the date line has at least this many words, and scores this much
#: (less what skipping the captions below it costs): less than any lead.
_STANDFIRST_WORDS = 4
_STANDFIRST = 2.0
#: What a date closing a headline adds to its window (a date line of its own adds 2 or 3).
_DATE_IN_TITLE = 2.0
#: What skipping one line between two parts of a window costs.
_SKIP_COST = 0.5
#: A line standing twice in a row is a caption and its image's alt text when it has at least
#: this many words (`Thank you.` may well be said twice).
_DOUBLED_WORDS = 4
#: How many lines after a headline's first paragraph a transcript may begin.
_TRANSCRIPT_REACH = 6
_LETTER = regex.compile(r"\p{L}")
#: What a standfirst is written with: words, commas, dashes and quotation marks, no sentence
#: inside it, no brackets, no colon.
_HEADLINE_WORDS = regex.compile(r"[\p{L}\p{N}\s,\-–—«»\"“”'’]+")
#: A colon that opens a quotation in lowercase: in a sentence, running text (`The message
#: reads, in part: we will win.`), never a title; a headline may have one (`… minister: full
#: transcript`).
_QUOTING_COLON = regex.compile(r":\s+\p{Ll}")
_SENTENCE_INSIDE = regex.compile(r"[.!?…][\"'”’»)]?\s+\p{Lu}")
#: The kinds of lines that begin or belong to the body: no header stands after them.
_BODY_KINDS = frozenset({Kind.LABEL, Kind.SECTION_BREAK, Kind.ELISION, Kind.TAG_HEADING, Kind.FIELD,
                         Kind.PUBLICATION_STATUS, Kind.PAGE_END, Kind.GALLERY_COUNTER})


class Window(NamedTuple):
    """Where a header stands (token indices), and the score it earned."""

    start: int
    end: int
    score: float
    title: int | None = None
    lead: tuple[int, ...] = ()
    date: int | None = None
    time: int | None = None
    place: int | None = None


class Found(NamedTuple):
    """The header of a page of unknown layout: its window, the line skipped inside it, and
    where the body begins (captions and intro lines after the window are skipped too)."""

    window: Window
    skipped: tuple[int, ...]
    body_start: int


class _Lines:
    """The non-blank tokens of a stretch and their evidence, computed as asked."""

    def __init__(self, tokens: Sequence[Token], start: int, reach: int | None = None) -> None:
        """The lines from `start` on; with `reach`, only the first `reach` non-blank ones (what
        a rule about a page's top or a body's opening looks at, however long the text)."""
        self.tokens = tokens
        self.order = list(itertools.islice(
            (index for index in range(start, len(tokens)) if tokens[index].kind is not Kind.BLANK), reach))
        self._evidence: dict[int, LineEvidence] = {}
        self._counts: collections.Counter[str] | None = None

    @property
    def counts(self) -> collections.Counter[str]:
        """How often each line's text stands among the lines."""
        if self._counts is None:
            self._counts = collections.Counter(self.tokens[index].text for index in self.order)
        return self._counts

    def repeated(self, index: int) -> bool:
        """The line's text stands more than once in the stretch: a post's headline repeating
        the lead, a caption, a category shown twice."""
        return self.counts[self.tokens[index].text] > 1

    def doubled(self, order_position: int, order: list[int]) -> bool:
        """The line at `order[order_position]` stands twice in a row."""
        index = order[order_position]
        return any(0 <= other < len(order) and self.tokens[order[other]].text == self.tokens[index].text
                   for other in (order_position - 1, order_position + 1))

    def evidence(self, index: int) -> LineEvidence:
        found = self._evidence.get(index)
        if found is None:
            token = self.tokens[index]
            found = self._evidence[index] = evidence(token.text, token.kind)
        return found

    def kind(self, index: int) -> Kind:
        return self.tokens[index].kind

    def text(self, index: int) -> str:
        return self.tokens[index].text


def find_header(tokens: Sequence[Token], start: int) -> Found | None:
    """The header among the lines from `start` on, or None when no window scores enough."""
    lines = _Lines(tokens, start)
    order = lines.order[:REACH]
    stop = next((position for position, index in enumerate(order) if lines.kind(index) in _BODY_KINDS), len(order))
    best: Window | None = None
    for position in range(stop):
        below_prose = position and _is_prose(lines, order[position - 1])
        if below_prose and _date_score(lines, order[position]) is None:
            break  # a header never stands below the Kremlin's prose (but for `L D`, the lead)
        for window in _windows_at(lines, order, position, stop):
            if below_prose and window.start == order[position]:
                continue  # only `L D`, whose window starts at the title above the lead
            if best is None or window.score > best.score:
                best = window
    if best is None or best.score < MIN_SCORE:
        return None
    if best.date is not None and lines.kind(best.date) in (Kind.TIMESTAMP, Kind.DATELINE) and best.lead:
        # a post's stamp or an agency's dateline makes a news item: its first paragraph is a
        # lead only as a headline's is
        unled = best._replace(lead=(), end=max(part for part in _parts(best) if part not in best.lead) + 1)
        best = unled._replace(lead=_headline_lead(lines, unled))
    elif best.date is None and not best.lead:
        best = best._replace(lead=_headline_lead(lines, best))
    if best.lead and best.lead[-1] >= best.end:
        best = best._replace(end=best.lead[-1] + 1)
    skipped = tuple(index for index in range(best.start, best.end)
                    if lines.kind(index) is not Kind.BLANK and index not in _parts(best))
    return Found(best, skipped + _intro_lines(lines, best, best.end), _body_start(lines, best, best.end))


def _parts(window: Window) -> set[int]:
    return {index for index in (window.title, window.date, window.time, window.place, *window.lead) if index is not None}


def _is_prose(lines: _Lines, index: int) -> bool:
    """Good prose in nobody's voice: the Kremlin's text, never chrome above its header."""
    found = lines.evidence(index)
    return lines.kind(index) is Kind.TEXT and found.verdict is Verdict.GOOD and not found.voice \
        and not lines.repeated(index)


# -- the windows ----------------------------------------------------------------------------

def _windows_at(lines: _Lines, order: list[int], position: int, stop: int) -> list[Window]:
    """The windows that begin at `order[position]`, one for each order they may take."""
    found: list[Window] = []
    title_score = _title_score(lines, order, position)
    if title_score is not None:
        found += _after_title(lines, order, position, stop, title_score)
    if _date_score(lines, order[position]) is not None and (
        position == 0 or _title_score(lines, order, position - 1) is None
        or lines.kind(order[position]) is Kind.TIMESTAMP or _kremlin_title_below(lines, order, position)
    ):  # a date below a line that may be a title is that title's date (`T D`), not a header's top;
        # but a post's stamp is skipped between parts, and a line below the date that opens as
        # the Kremlin's titles do is the title (`D T`), whatever stands above
        found += _date_first(lines, order, position, stop)
    return found


def _kremlin_title_below(lines: _Lines, order: list[int], position: int) -> bool:
    """The line right below the date at `order[position]` opens as the Kremlin's titles do
    (`Address at …`) and is no sentence."""
    if position + 1 >= len(order) or lines.kind(order[position + 1]) is not Kind.TEXT:
        return False
    found = lines.evidence(order[position + 1])
    return found.title_opener and not found.ends_sentence


def _after_title(lines: _Lines, order: list[int], position: int, stop: int, title_score: float) -> list[Window]:
    """`T L D`, `T D L`, `T L` and `T` followed by the body."""
    title = order[position]
    cursor, cost = _next_part(lines, order, position + 1, stop)
    end = title + 1
    if _is_tag_line(lines, order, cursor, stop):
        end = order[cursor] + 1  # the tag stands inside the window, skipped as furniture
        cursor, more = _next_part(lines, order, cursor + 1, stop)
        cost += _SKIP_COST + more
    leads: list[int] = []
    while cursor < stop and len(leads) < _LEAD_LINES and _lead_score(lines, order[cursor]) is not None:
        leads.append(order[cursor])
        cursor, more = _next_part(lines, order, cursor + 1, stop)
        cost += more
        if _credit_among(lines, order[_position_of(order, leads[-1] + 1) : cursor]):
            leads = []  # a photo's credit below them: those lines were the photo's caption
    found = []
    if cursor < stop and _date_score(lines, order[cursor]) is not None:
        lead_score = max(_lead_score(lines, index) or 0.0 for index in leads) + 1 if leads else 0.0
        window = _with_date(lines, order, cursor, stop, Window(title, title + 1, title_score + lead_score - cost,
                                                                  title=title, lead=tuple(leads)))
        found.append(window)
        if not leads:
            found += _lead_below(lines, order, window, stop)
        return found
    found_title = lines.evidence(title)
    if found_title.ends_sentence and not found_title.title_opener:
        return []  # a sentence is a title only above a date line, or when it names an event
    headline = Window(title, end, title_score - cost, title=title)
    if trailing_date(lines.text(title)) is not None:  # the headline closes with its date
        headline = headline._replace(date=title, score=headline.score + _DATE_IN_TITLE)
    if leads:  # `T L`: scored by its lead, which is decided later
        return [headline._replace(score=headline.score + (_lead_score(lines, leads[0]) or 0.0))]
    if cursor < len(order) and (cursor >= stop or _is_body_start(lines, order[cursor])):
        return [headline._replace(score=headline.score + 1)]
    return []


def _date_first(lines: _Lines, order: list[int], position: int, stop: int) -> list[Window]:
    """`D T L` (a date above the title), `D` alone above the body, and `L D` under a title.
    A date above a city's clock (`Moscow: 18:27`) is a widget's today, no header's date."""
    date = order[position]
    if position + 1 < len(order) and is_world_clock(lines.text(order[position + 1])):
        return []
    found = []
    top = 1.0 if position == 0 else 0.0  # a date that opens the page is the page's
    window = _with_date(lines, order, position, stop, Window(date, date + 1, top))
    cursor, cost = _next_part(lines, order, _position_of(order, window.end), stop)
    if cursor < len(order) and (cursor >= stop or _is_body_start(lines, order[cursor])):
        found.append(window._replace(score=window.score + 1 - cost))  # `D` and the body below
    if cursor < stop:
        title_score = _title_score(lines, order, cursor)
        if title_score is not None:
            title = order[cursor]
            titled = window._replace(title=title, end=title + 1, score=window.score + title_score + 1 - cost)
            below, more = _next_part(lines, order, cursor + 1, stop)
            if titled.place is None and not _places_itself(lines, date) and below < stop \
                    and lines.kind(order[below]) is Kind.TEXT and looks_like_place(lines.text(order[below])):
                titled = titled._replace(place=order[below], end=order[below] + 1, score=titled.score + 1 - more)
            found.append(titled)
            found += _lead_below(lines, order, titled, stop)
    if position > 0 and _lead_score(lines, order[position - 1]) is not None:
        lead = order[position - 1]
        for title_position in range(position - 2, max(-1, position - 7), -1):
            title_score = _title_score(lines, order, title_position)
            if title_score is not None:
                skipped = position - 2 - title_position
                found.append(window._replace(
                    start=order[title_position], title=order[title_position], lead=(lead,),
                    score=window.score + (_lead_score(lines, lead) or 0.0) + title_score - _SKIP_COST * skipped,
                ))
                break
    return found


def _places_itself(lines: _Lines, date: int) -> bool:
    """The date line at `date` holds its place (`December 18, 2020, Novo-Ogaryovo`)."""
    return getattr(lines.tokens[date].data, "place", None) is not None


def _lead_below(lines: _Lines, order: list[int], window: Window, stop: int) -> list[Window]:
    """The window with the lead that stands just below its date line (and place), if any."""
    below, cost = _next_part(lines, order, _position_of(order, window.end), stop)
    if below < stop:
        score = _lead_score(lines, order[below]) or _standfirst_score(lines, order, below, stop)
        if score is not None:
            return [window._replace(lead=(order[below],), end=order[below] + 1, score=window.score + score - cost)]
    return []


def standfirst_below(tokens: Sequence[Token], start: int) -> int | None:
    """The index of a news site's standfirst that opens the lines from `start` (just below a
    date line), or None: see `_standfirst_score`."""
    lines = _Lines(tokens, start, REACH)
    if not lines.order or _standfirst_score(lines, lines.order, 0, len(lines.order)) is None:
        return None
    return lines.order[0]


#: A line ending in one of these runs on (`We shall,`): no standfirst, which stands alone.
_CONTINUING = ",;"


def _standfirst_score(lines: _Lines, order: list[int], position: int, stop: int) -> float | None:
    """The score of a news site's standfirst below the date line: a short line of a few
    words, commas and dashes that is no sentence, no place and no chrome and does not run on
    after a comma (`Центры построены в нескольких регионах страны`), with the captions between
    it and the prose of the body skipped; or None."""
    index = order[position]
    found = lines.evidence(index)
    text = lines.text(index)
    if lines.kind(index) is not Kind.TEXT or found.verdict is not Verdict.SHORT or found.words < _STANDFIRST_WORDS \
            or found.voice or found.ends_colon or found.shouting or looks_like_place(text) or not text[:1].isupper() \
            or text.split()[-1].lower() in LEXICON.stop_words or not _HEADLINE_WORDS.fullmatch(text) \
            or text[-1] in _CONTINUING:
        return None
    below, cost = _next_part(lines, order, position + 1, stop)
    if below >= len(order) or lines.kind(order[below]) is not Kind.TEXT \
            or lines.evidence(order[below]).verdict is not Verdict.GOOD:
        return None
    return _STANDFIRST - cost


def _with_date(lines: _Lines, order: list[int], position: int, stop: int, window: Window) -> Window:
    """The window with the date line at `order[position]`, and its time and place lines."""
    date = order[position]
    score = window.score + (_date_score(lines, date) or 0.0)
    end = date + 1
    time = place = None
    written = lines.tokens[date].data
    following = position + 1
    if lines.kind(date) is not Kind.DATE:  # a time stamp, a dateline: no time or place lines follow
        return window._replace(end=end, score=score, date=date)
    if following < stop and lines.kind(order[following]) is Kind.TIME and getattr(written, "time", None) is None:
        time = order[following]
        end, score, following = time + 1, score + 1, following + 1
    if following < stop and getattr(written, "place", None) is None and lines.kind(order[following]) is Kind.TEXT \
            and looks_like_place(lines.text(order[following])):
        place = order[following]
        end, score = place + 1, score + 1
    return window._replace(end=end, score=score, date=date, time=time, place=place)


def _position_of(order: list[int], index: int) -> int:
    """The position in `order` of the first line at or after token index `index`."""
    for position, found in enumerate(order):
        if found >= index:
            return position
    return len(order)


def _next_part(lines: _Lines, order: list[int], position: int, stop: int) -> tuple[int, float]:
    """The position of the next line that may be a part of a window, after the captions,
    credits and very short lines between parts, and what skipping them cost."""
    cost = 0.0
    while position < stop and (_is_skippable(lines, order[position]) or lines.doubled(position, order)):
        cost += _SKIP_COST
        position += 1
    return position, cost


def _is_skippable(lines: _Lines, index: int) -> bool:
    """A caption or credit, a post's time stamp, or a line of three words or fewer that is
    nothing else."""
    kind = lines.kind(index)
    if kind is Kind.TIMESTAMP:
        return True
    if kind is Kind.OTHER_SITE:  # label-shaped chrome: a credit (`Photo: …`) may be skipped
        return is_photo_credit(lines.text(index))
    found = lines.evidence(index)
    if kind is not Kind.TEXT:
        return False
    return found.chrome is Kind.PHOTO_CAPTION or _LETTER.search(lines.text(index)) is None or _is_captioned(lines, index) or (
        found.verdict is not Verdict.GOOD and found.words <= 3
        and not found.ends_sentence and not looks_like_place(lines.text(index))
    )


def _is_tag_line(lines: _Lines, order: list[int], position: int, stop: int) -> bool:
    """Right below a title, a line of three words or fewer that is no date's place (no date
    line follows it): a tag or a rubric (`Путин`), which `_is_skippable` keeps for a place."""
    if position >= stop or lines.kind(order[position]) is not Kind.TEXT:
        return False
    found = lines.evidence(order[position])
    return found.verdict is Verdict.SHORT and found.words <= 3 and not found.ends_sentence \
        and not (position + 1 < stop and lines.kind(order[position + 1]) in (Kind.DATE, Kind.TIME))


def _credit_among(lines: _Lines, indices: Sequence[int]) -> bool:
    """One of the lines is a photo's credit (`Photo: …`)."""
    return any(lines.kind(index) in (Kind.TEXT, Kind.OTHER_SITE)
               and is_photo_credit(lines.text(index)) for index in indices)


def _is_captioned(lines: _Lines, index: int) -> bool:
    """The line is a photo's caption: a credit (`Photo: …`) follows it in its block."""
    following = index + 1
    return (following < len(lines.tokens) and lines.kind(following) in (Kind.TEXT, Kind.OTHER_SITE)
            and is_photo_credit(lines.text(following)))


# -- what a line may be in a header ---------------------------------------------------------

def _title_score(lines: _Lines, order: list[int], position: int) -> float | None:
    """The score of the line at `order[position]` as a title (more when it opens as the
    site's titles do), or None when it cannot be one."""
    index = order[position]
    if lines.kind(index) is not Kind.TEXT:
        return None
    found = lines.evidence(index)
    text = lines.text(index)
    if (
        found.verdict is Verdict.CHROME or found.salutation or found.voice
        or not 2 <= found.words <= _TITLE_WORDS or len(text) > _TITLE_CHARS
        or not (text[0].isupper() or text[0].isdigit() or text[0] in "«“\"'[(")
        or text.endswith((":", ",", ";", "!", "]"))
        or (found.ends_sentence and (found.words > _SENTENCE_TITLE_WORDS or _SENTENCE_INSIDE.search(text)))
        or (len(_SENTENCE_INSIDE.findall(text)) > 1 or _SENTENCE_INSIDE.search(text) and found.words > _TWO_SENTENCE_WORDS)
        or (found.lead_opener and found.ends_sentence)
        or _continued(lines, order, position) or lines.doubled(position, order) or _is_captioned(lines, index)
        or LEXICON.elision.search(text) or found.ends_sentence and _QUOTING_COLON.search(text)
        or text.split()[-1].lower() in LEXICON.stop_words  # `The meeting of the`: a line cut short
    ):
        return None
    top = 1.0 if position == 0 else 0.0  # most pages open with their headline
    return 2.0 + top + (2.0 if found.title_opener and not found.ends_sentence else 0.0)


def _continued(lines: _Lines, order: list[int], position: int) -> bool:
    """The line is the first of a paragraph wrapped over several lines: the next one goes on
    in lowercase, right below it."""
    if position + 1 >= len(order):
        return False
    index, following = order[position], order[position + 1]
    return following == index + 1 and lines.kind(following) is Kind.TEXT and lines.text(following)[:1].islower()


def _date_score(lines: _Lines, index: int) -> float | None:
    """The score of the line at `index` as a header's date (more with a place), or None."""
    kind = lines.kind(index)
    if kind is Kind.DATE:
        return 3.0 if getattr(lines.tokens[index].data, "place", None) else 2.0
    if kind in (Kind.AGENCY_DATE, Kind.DATELINE):
        return 2.0
    if kind is Kind.TIMESTAMP:
        return 1.0  # a post's date: weak evidence, and the date of the post, not always the event's
    return None


def _lead_score(lines: _Lines, index: int) -> float | None:
    """The score of the line at `index` as a lead (3 when it opens as the site's leads do), or
    None when it cannot be one."""
    if lines.kind(index) is not Kind.TEXT:
        return None
    found = lines.evidence(index)
    if found.verdict is Verdict.CHROME or found.salutation or found.voice or found.ends_colon \
            or found.words < _LEAD_WORDS or not (found.ends_sentence or found.words >= 12) \
            or lines.text(index)[:1] in "«“\"„" or found.title_opener and not found.ends_sentence:
        return None  # (a line opening as the Kremlin's titles do and no sentence is a title)
    return 3.0 if found.lead_opener else 1.0


def _is_body_start(lines: _Lines, index: int) -> bool:
    """A line that begins a body: speech, a label, a section break, prose (a sentence, or a
    long paragraph that a teaser or a copy cut short), a drop cap."""
    if lines.kind(index) in _BODY_KINDS or lines.kind(index) is Kind.DATELINE or _is_drop_cap(lines, index):
        return True
    found = lines.evidence(index)
    return found.verdict in (Verdict.GOOD, Verdict.STRONG) \
        or found.ends_sentence and found.verdict is not Verdict.CHROME \
        or found.verdict is Verdict.NEAR and found.words >= _TEASER_WORDS  # long prose, whatever ends it


def _is_drop_cap(lines: _Lines, index: int) -> bool:
    """A magazine's drop cap: one capital letter alone on its line, and the rest of its word
    in lowercase right below (`У` / `важаемые коллеги, …` in a copy of a printed page)."""
    text = lines.text(index)
    following = index + 1
    return len(text) == 1 and text.isupper() and following < len(lines.tokens) \
        and lines.kind(following) is Kind.TEXT and lines.text(following)[:1].islower()


# -- after the window -----------------------------------------------------------------------

def _headline_lead(lines: _Lines, window: Window) -> tuple[int, ...]:
    """The lead of a headline without a date: the first paragraph below it, when the title
    opens as the site's titles do or a transcript follows; else a news item's first
    paragraph, which is body."""
    order = lines.order
    position = _position_of(order, window.end)
    while position < len(order) and _is_caption(lines, order[position], window):
        position += 1
    if position >= len(order) or _lead_score(lines, order[position]) is None:
        return ()
    paragraph = order[position]
    title = lines.evidence(window.title) if window.title is not None else None
    if title is not None and title.title_opener or _transcript_follows(lines, position + 1):
        return (paragraph,)
    return ()


def _transcript_follows(lines: _Lines, position: int, *, section_break: bool = True) -> bool:
    """A label or speech (or, with `section_break`, a section break) begins within a few
    lines of `position`."""
    for index in lines.order[position : position + _TRANSCRIPT_REACH]:
        if lines.kind(index) is Kind.LABEL or (section_break and lines.kind(index) is Kind.SECTION_BREAK):
            return True
        found = lines.evidence(index)
        if found.salutation or (found.ends_colon and _is_intro(lines, index)):
            return True
    return False


def _is_intro(lines: _Lines, index: int) -> bool:
    return is_intro(lines.text(index))


def is_intro(text: str) -> bool:
    """A reposter's line that introduces the Kremlin's text: `Below is the transcript:`."""
    lowered = text.lower()
    return text.endswith(":") and any(word in lowered for word in LEXICON.repost_intros)


def _is_caption(lines: _Lines, index: int, window: Window, *, quotes: bool = True) -> bool:
    """A line after a header that is a photo's caption or credit, a post's time stamp, a line
    standing twice in a row (a caption and the image's alt text), or repeats the title."""
    if lines.kind(index) is Kind.TIMESTAMP:
        return True
    if lines.kind(index) is Kind.OTHER_SITE:  # label-shaped: a credit (`Photo: …`)
        return is_photo_credit(lines.text(index))
    if lines.kind(index) is not Kind.TEXT:
        return False
    found = lines.evidence(index)
    if found.chrome is not None or (_is_intro(lines, index) and not found.lead_opener):
        return True  # (`Vladimir Putin made the following statement:` is the Kremlin's own)
    if _is_captioned(lines, index) or (quotes and is_pull_quote(lines.text(index))):
        return True
    if lines.doubled(_position_of(lines.order, index), lines.order) and found.words >= _DOUBLED_WORDS:
        return True
    if window.title is None:
        return False
    title, text = lines.text(window.title).rstrip("."), lines.text(index)
    return title in text and len(text.split()) - len(title.split()) <= 3 and not found.lead_opener


def is_pull_quote(text: str) -> bool:
    """A paragraph wholly in quotation marks: a pull quote of the speech, set before it."""
    return text[:1] in "\"“«„" and text.rstrip(".").endswith(("\"", "”", "»", "“"))


def _intro_lines(lines: _Lines, window: Window, after: int) -> tuple[int, ...]:
    """The captions, credits and intro lines between the header and the body."""
    order = lines.order
    found = []
    for index in order[_position_of(order, after):]:
        if not _is_caption(lines, index, window):
            break
        found.append(index)
    return tuple(found)


def _body_start(lines: _Lines, window: Window, after: int) -> int:
    order = lines.order
    position = _position_of(order, after)
    while position < len(order) and _is_caption(lines, order[position], window):
        position += 1
    return order[position] if position < len(order) else len(lines.tokens)


def captions_below(tokens: Sequence[Token], start: int) -> tuple[tuple[int, ...], int]:
    """The captions, credits, time stamps and intro lines from `start` on (below a header
    read in the site's own layout on another site's page), and where the body begins. A
    paragraph wholly in quotation marks stays text there: below the site's own header it is
    a message the President sent (`«Уважаемые друзья! …»`), not a pull quote."""
    lines = _Lines(tokens, start, REACH)
    found = []
    for index in lines.order:
        if not _is_caption(lines, index, Window(start, start, 0.0), quotes=False):
            return tuple(found), index
        found.append(index)
    return tuple(found), found[-1] + 1 if found else len(tokens)


# -- pages without a header -----------------------------------------------------------------

def chrome_before(tokens: Sequence[Token], start: int, stop: int) -> list[tuple[int, Kind]]:
    """The lines from `start` up to `stop` (where the header or the body begins), each with the
    furniture kind it becomes: its own where the lexer knows it, the kind its evidence gives,
    else another site's chrome (a date there is a post's date)."""
    kept = []
    for index in range(start, stop):
        token = tokens[index]
        if token.kind is Kind.BLANK:
            continue
        if token.kind in ALWAYS_FURNITURE:
            kept.append((index, token.kind))
        elif token.kind in (Kind.DATE, Kind.TIME, Kind.TIMESTAMP):
            kept.append((index, Kind.POST_METADATA))
        else:
            found = evidence(token.text, Kind.TEXT)
            kept.append((index, found.chrome or (Kind.COMMENTARY if found.voice and found.words >= _LEAD_WORDS
                                                 else Kind.OTHER_SITE)))
    return kept


def body_anchor(tokens: Sequence[Token], start: int) -> int:
    """Where the Kremlin's text begins in a stretch without a header: the first line from
    `start` that is not chrome by its own evidence, nor a short line among chrome (jusText's
    smoothing). A line of prose or speech stays text whatever stands around it."""
    lines = _Lines(tokens, start, REACH)
    order = lines.order
    chrome_seen = True  # the top of the page counts as chrome, as jusText counts a document's edges
    chrome_lines = 0
    for position, index in enumerate(order):
        if lines.kind(index) in ALWAYS_FURNITURE:
            continue
        if lines.kind(index) is not Kind.TEXT:
            return index
        found = lines.evidence(index)
        if found.verdict is Verdict.CHROME or _is_intro(lines, index) \
                or chrome_lines and _is_commentary(lines, order, position):
            chrome_seen = True
            chrome_lines += 1
            continue
        if chrome_seen and found.verdict is Verdict.SHORT and _chrome_follows(lines, order, position):
            continue
        return index
    return order[0] if order else start


def _is_commentary(lines: _Lines, order: list[int], position: int) -> bool:
    """A poster's words above the transcript he reposts: in the first or second person (the
    Kremlin's narration never is), no salutation, and a speaker label or a section break
    within a few lines below with nothing but chrome and short lines between. Asked only
    below another site's chrome, so that a fragment of speech keeps its first paragraph."""
    found = lines.evidence(order[position])
    if not found.voice or found.salutation:
        return False
    for index in order[position + 1 : position + 1 + _TRANSCRIPT_REACH]:
        if lines.kind(index) in (Kind.LABEL, Kind.SECTION_BREAK):
            return True
        if lines.kind(index) is not Kind.TEXT or lines.evidence(index).verdict not in (Verdict.CHROME, Verdict.SHORT):
            return False
    return False


def _chrome_follows(lines: _Lines, order: list[int], position: int) -> bool:
    """The next line after `order[position]` that is not short is chrome (or furniture)."""
    for index in order[position + 1 :]:
        if lines.kind(index) in ALWAYS_FURNITURE:
            return True
        if lines.kind(index) is not Kind.TEXT:
            return False
        verdict = lines.evidence(index).verdict
        if verdict is Verdict.CHROME:
            return True
        if verdict is not Verdict.SHORT:
            return False
    return False


# -- after the body -------------------------------------------------------------------------

#: Kinds of the site's own tail (tag blocks, the publication footer): a trailer of another
#: site's chrome never reaches above them.
_SITE_TAIL = frozenset({Kind.TAG_HEADING, Kind.FIELD, Kind.PUBLICATION_STATUS, Kind.PAGE_END, Kind.SOURCE_LINK,
                        Kind.MORE_COUNTER, Kind.GALLERY_COUNTER})
#: A short last line of this many words or fewer may be a section's or site's name.
_TRAILER_NAME_WORDS = 4


def chrome_after(tokens: Sequence[Token]) -> int:
    """Where the other site's trailer begins (related links, share buttons, its name, comment
    forms), or `len(tokens)` when there is none: the run of lines at the end that are chrome
    by their own evidence, copyright notices, short names, and short lines below chrome or a
    copyright notice (a short line is the trailer's only when such a line stands above it,
    even one cut short like a related headline; one that holds the site's elision mark is
    the text). A short last line cut in the middle of a sentence (ending in a function word,
    or holding a comma) is no short name but the Kremlin's text cut short, and lines alone
    are the text, never a trailer."""
    start = len(tokens)
    short_below = False  # short lines below, the trailer's only if chrome stands above them
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        if token.kind is Kind.BLANK or token.kind in ALWAYS_FURNITURE:
            continue
        if token.kind is not Kind.TEXT or token.kind in _SITE_TAIL:
            break
        found = evidence(token.text, Kind.TEXT)
        if found.verdict is Verdict.CHROME or is_licence(token.text):
            start, short_below = index, False
        elif not short_below and _is_trailing_name(token.text, found):
            start = index
        elif found.verdict is Verdict.SHORT and not LEXICON.elision.search(token.text):
            short_below = True  # jusText's smoothing: a short line takes the kind of its neighbours
        else:
            break
    if not any(token.kind is not Kind.BLANK and token.kind not in ALWAYS_FURNITURE for token in tokens[:start]):
        return len(tokens)  # a trailer follows the Kremlin's text: lines alone are that text
    last_tail = next((index for index in range(start - 1, -1, -1) if tokens[index].kind in _SITE_TAIL), None)
    if last_tail is not None and tokens[last_tail].kind in (Kind.TAG_HEADING, Kind.MORE_COUNTER):
        return len(tokens)  # the lines after a tag heading are its items, not another site's trailer
    return start


def is_licence(text: str) -> bool:
    """The line holds a copyright notice (`All rights reserved`): at the end of a page, the
    site's licence, however long."""
    lowered = text.lower()
    return any(phrase in lowered for phrase in LEXICON.licence_phrases)


def _is_trailing_name(text: str, found: LineEvidence) -> bool:
    """A short last line without punctuation or function words: the name of a section or a
    site (`Новости партнёров`, `Related stories`), not a sentence cut short (`Вчера мы
    встречались`)."""
    words = text.split()
    return (
        found.verdict is Verdict.SHORT and len(words) <= _TRAILER_NAME_WORDS and words[-1].isalpha()
        and not any(mark in text for mark in ",;:.!?…<‹[(«\"“")
        and not any(word.lower() in LEXICON.stop_words for word in words)
    )


def headless_lead(tokens: Sequence[Token], anchor: int, *, post: bool = False) -> tuple[int, ...]:
    """The lead of a stretch without a header: the paragraph at `anchor` (with the lines that
    continue it, for a hard-wrapped page), when it opens as the site's leads do and a
    transcript follows it (a label or speech: narration closed by a section break is how the
    site's own body opens); else none, and the paragraph is body. In a `post` of a listing
    the first paragraph is the lead whatever follows: a channel posts the Kremlin's lead."""
    lines = _Lines(tokens, anchor)
    order = lines.order
    if not order or lines.kind(order[0]) is not Kind.TEXT or not (post or lines.evidence(order[0]).lead_opener):
        return ()
    paragraph = [order[0]]
    for index in order[1:]:
        if index != paragraph[-1] + 1 or lines.kind(index) is not Kind.TEXT \
                or not continues(lines.text(paragraph[-1]), lines.text(index)):
            break
        paragraph.append(index)
    found = evidence(" ".join(lines.text(index) for index in paragraph), Kind.TEXT)
    if found.words < _LEAD_WORDS or not (found.ends_sentence or post) or found.voice:
        return ()
    if post:  # a channel's post may drop the lead's full stop, and holds no transcript
        return tuple(paragraph)
    # The site's body may open with narration closed by a section break before its
    # transcript; a lead stands above the transcript, or above the paragraphs that open it.
    closing = next((index for index in order[len(paragraph):] if lines.kind(index) is not Kind.TEXT), None)
    if closing is not None and lines.kind(closing) is Kind.SECTION_BREAK:
        return ()
    return tuple(paragraph) if _transcript_follows(lines, len(paragraph), section_break=False) else ()


def date_line_below(tokens: Sequence[Token], start: int) -> int | None:
    """A date line of the Kremlin's own (a date with its place) standing alone among the first
    lines of the body from `start`, before any speech: where a repost quotes the Kremlin's
    header below its own report (`June 19, 2025, St Petersburg` above the transcript). It is
    the event's date and place, truer than a site's time stamp."""
    lines = _Lines(tokens, start, REACH)
    for index in lines.order:
        kind = lines.kind(index)
        if kind in _BODY_KINDS:
            return None
        if kind is Kind.DATE and getattr(tokens[index].data, "place", None) is not None:
            return index
    return None


def opening_captions(tokens: Sequence[Token], title: str | None) -> dict[int, Kind]:
    """The captions among the text lines of a body's opening (its first lines, before its
    first label or section break), with their furniture kind: a line standing twice in a
    row (a photo's caption and the alt text a copy of the page keeps beside it), a photo's
    credit (`Фото: …`), a copyright line (`© ТАСС`), a line a credit follows that is no good
    prose, a line repeating the title (a caption under the headline's photo), a list of the
    names of who is in the photo, a short line right below a caption in its block, and a lone
    lowercase word between blank lines (an image's `alt` left by the copy). None of them is
    the Kremlin's text."""
    lines = _Lines(tokens, 0, REACH)
    order = lines.order
    found: dict[int, Kind] = {}
    for position, index in enumerate(order):
        if lines.kind(index) in _BODY_KINDS:
            break  # a label, a section break: the opening is over (a heading may repeat the title)
        if lines.kind(index) is not Kind.TEXT:
            continue
        text = lines.text(index)
        if lines.doubled(position, order) and len(text.split()) >= _DOUBLED_WORDS:
            found[index] = Kind.PHOTO_CAPTION
        elif text.startswith("©"):
            found[index] = Kind.OTHER_SITE
        elif is_photo_credit(text) or (
                _is_captioned(lines, index) and lines.evidence(index).verdict is not Verdict.GOOD):
            found[index] = Kind.PHOTO_CAPTION  # (good prose above a credit is the text: the photo follows it)
        elif title is not None and _repeats(text, title):
            found[index] = Kind.PHOTO_CAPTION
        elif len(text) <= _NAMES_CHARS and _NAMES_LIST.fullmatch(text) \
                and not lines.evidence(index).salutation:
            found[index] = Kind.PHOTO_CAPTION  # `Vladimir Putin, Sergei Shoigu.`: who is in the photo
        elif found.get(index - 1) is Kind.PHOTO_CAPTION and lines.evidence(index).words <= _CAPTION_WORDS:
            found[index] = Kind.PHOTO_CAPTION  # a short line right below a caption, in its block
        elif text.isalpha() and text.islower() and _stands_alone(tokens, index):
            found[index] = Kind.OTHER_SITE  # a lone lowercase word: markup's leftover (an image's `alt`)
    return found


#: Who is in a photo: two or more full names (two capitalised words or more each), separated
#: by commas (`Vladimir Putin, Sergei Shoigu.`); a sentence opening with one capitalised word
#: and a comma (`Конечно, …`) is none.
_NAME = r"\p{Lu}[\p{L}.\-’']*"
_NAMES_LIST = regex.compile(rf"{_NAME}(?:\s+{_NAME})+(?:,\s+{_NAME}(?:\s+{_NAME})+)+\.?")
#: A list of names is at most this long.
_NAMES_CHARS = 200
#: A line right below a caption, in its block, of at most this many words is the caption's.
_CAPTION_WORDS = 12


def _stands_alone(tokens: Sequence[Token], index: int) -> bool:
    """Blank lines (or the stretch's edges) stand right above and below the line."""
    return all(neighbour < 0 or neighbour >= len(tokens) or tokens[neighbour].kind is Kind.BLANK
               for neighbour in (index - 1, index + 1))


#: A title this many words long or longer is a headline a caption may repeat.
_REPEATED_TITLE_WORDS = 3


def _repeats(text: str, title: str) -> bool:
    """The line repeats a headline of a few words, maybe with a few words more (`Путин
    обсудил …. Фото`)."""
    title = title.rstrip(".")
    return (len(title.split()) >= _REPEATED_TITLE_WORDS and text.startswith(title)
            and len(text.split()) - len(title.split()) <= 3)


# -- listings -------------------------------------------------------------------------------

#: A line that stands this many times between the posts of a page is the listing's own
#: (`See more on the website`, `OPEN IN APP`), and a listing has this many posts at least.
_LISTING_REPEATS = 3
#: A post of a listing holds at most this many paragraphs: longer stretches are articles,
#: whatever repeats between them.
_POST_PARAGRAPHS = 4
#: A last line this long that begins one of the listing's lines is that line, cut short.
_CUT_PREFIX = 8


class Listing(NamedTuple):
    """The posts of a listing as token ranges, the lines that are the listing's own, and
    whether each post is a channel's (its first paragraph is its lead) or a headline and its
    teaser (read as any page is)."""

    posts: list[tuple[int, int]]
    own: frozenset[int]
    channel: bool


def find_listing(tokens: Sequence[Token]) -> Listing | None:
    """The listing the stretch is, or None: a channel's posts between a repeated line
    (`listing_posts`), or a category page's headlines each above its teaser (`teaser_posts`)."""
    if any(token.kind is not Kind.TEXT and token.kind is not Kind.BLANK and token.kind not in ALWAYS_FURNITURE
           for token in tokens):
        return None  # a label, a date line, a section break: an event's own structure
    lines = _Lines(tokens, 0)  # one reading of the stretch's lines for both kinds of listing
    found = listing_posts(lines)
    if found is not None:
        return Listing(*found, channel=True)
    teasers = teaser_posts(lines)
    return Listing(*teasers, channel=False) if teasers is not None else None


#: A teaser holds at least this many words; a listing at least this many of them.
_TEASER_WORDS = 25
_TEASERS = 2


def teaser_posts(lines: _Lines) -> tuple[list[tuple[int, int]], frozenset[int]] | None:
    """The posts of a category or tag page: below the page's chrome, two or more headlines,
    each right above one long paragraph that the page cut short (its teaser: ending in the
    middle of a sentence or in an ellipsis, or followed by the site's cut marker, `Read more
    →`), and nothing else but chrome and short lines at the end. An article's subheadings stand above
    paragraphs that end their sentences, and more than one. The lines above the first
    headline, the cut markers and the chrome and short lines at the end are the listing's own."""
    tokens = lines.tokens
    order = [index for index in lines.order  # a teaser's cut (`… Continue reading`) goes with its teaser
             if not (index and lines.kind(index) is Kind.OTHER_SITE and tokens[index - 1].line == tokens[index].line)]
    first = next((position for position, index in enumerate(order[:REACH])
                  if lines.evidence(index).verdict not in (Verdict.CHROME, Verdict.SHORT)), REACH) - 1
    if not 0 <= first < REACH - 1:
        return None  # no teaser below the first headline, among the page's first lines
    own = set(order[:first])
    headlines = []
    position = first
    while position + 1 < len(order):
        headline, teaser = order[position], order[position + 1]
        found = lines.evidence(teaser)
        if lines.kind(teaser) is not Kind.TEXT or found.words < _TEASER_WORDS \
                or lines.evidence(headline).ends_sentence or _title_score(lines, order, position) is None:
            break
        position += 2
        markers = list(itertools.takewhile(lambda index: is_cut_marker(lines.text(index)),
                                           itertools.islice(order, position, None)))
        own.update(markers)
        position += len(markers)
        cut_inline = teaser + 1 < len(tokens) and tokens[teaser + 1].kind is Kind.OTHER_SITE \
            and tokens[teaser + 1].line == tokens[teaser].line
        if not (markers or cut_inline or not found.ends_sentence or lines.text(teaser).endswith(("…", "..."))):
            return None  # a paragraph that ends its sentence: an article's, below a subheading
        headlines.append(headline)
    trailer = order[position:]
    if len(headlines) < _TEASERS or any(lines.evidence(index).verdict not in (Verdict.CHROME, Verdict.SHORT)
                                        for index in trailer):
        return None
    cuts = [0, *headlines[1:]]
    return list(zip(cuts, [*cuts[1:], len(tokens)])), frozenset(own | set(trailer))


def is_cut_marker(text: str) -> bool:
    """A site's marker that cuts a post short, alone on its line with its arrows (`Read more
    »`, `Читать далее →`)."""
    return text.strip(_MARKER_SIGNS).lower() in LEXICON.cut_markers_lowercase


#: The signs a cut marker stands between.
_MARKER_SIGNS = " \t→←»«›‹>….[]()"


def listing_posts(lines: _Lines) -> tuple[list[tuple[int, int]], frozenset[int]] | None:
    """The posts of a channel's or a site's listing, as token ranges, and the lines that are
    the listing's own: the lines it repeats between its posts (`See more on the Kremlin's
    official website.`, `VIEW IN APP`: a short line of chrome or a short name, standing
    three times or more) and everything above the first of them (the channel's name, its
    counters, its description), and the last line when it begins one of them (the copy cut
    it short). Each post runs from a run of such lines to the next one.
    None when the page is no listing: fewer than three posts, or a post that holds more than
    four paragraphs. (`find_listing` has refused a stretch with a label or a date line.)"""
    tokens = lines.tokens
    repeated = {text for text, count in lines.counts.items() if count >= _LISTING_REPEATS}
    if not repeated:
        return None
    separators = {
        index for index in lines.order
        if lines.text(index) in repeated and lines.kind(index) in (Kind.TEXT, Kind.OTHER_SITE)
        and (lines.kind(index) is Kind.OTHER_SITE or lines.evidence(index).verdict in (Verdict.CHROME, Verdict.SHORT))
    }
    if len(separators) < _LISTING_REPEATS:
        return None
    last = lines.order[-1]
    if last not in separators and len(lines.text(last)) >= _CUT_PREFIX and any(
            text.startswith(lines.text(last)) for text in repeated):
        separators.add(last)  # the listing's line, cut short where the copy ends
    first = min(separators)
    listing = frozenset(separators | {index for index in lines.order if index < first})
    cuts = [0]
    paragraphs = 0
    for position, index in enumerate(lines.order):
        if index in listing:
            opens_run = position > 0 and lines.order[position - 1] not in listing
            if opens_run and paragraphs:  # the run after a post's text: the next post begins
                cuts.append(index)
                paragraphs = 0
            continue
        if lines.kind(index) is Kind.TEXT and lines.evidence(index).verdict not in (Verdict.CHROME, Verdict.SHORT):
            paragraphs += 1  # a post's text, not a player's `Media is too big`
            if paragraphs > _POST_PARAGRAPHS:
                return None
    posts = list(zip(cuts, [*cuts[1:], len(tokens)]))
    if len(posts) < _LISTING_REPEATS:
        return None
    return posts, listing
