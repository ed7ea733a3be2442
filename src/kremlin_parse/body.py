"""The body of an event: sections, turns, paragraphs, captions, tag blocks and the footer.

One pass over the tokens after the header. Each kind of token has a small rule; furniture
inside the body (a `See also` box in the middle of a speech) closes the paragraph it
interrupts but not the turn. A `* * *` closes the section, but not the speech: the text after
it continues the turn before it unless a label or a heading opens something new, since the
site puts the closing words of a speech after a break.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable, NamedTuple, Sequence

import attrs
import regex

from .dates import match_date_line, read_date_line, to_date, to_moscow_datetime, to_time
from .diagnostics import Code, DiagnosticSink
from .evidence import evidence
from .kinds import ALWAYS_FURNITURE, Kind
from .labels import LabelParts, find_short_label
from .lexer import Token, furniture_of, furniture_of_part, tokenize
from .lines import Line
from .models import (
    Caption, Furniture, Paragraph, Parsed, Section, SeeAlso, Span, Speaker, SpeakerKind, Text, Turn,
)
from .page import chrome_after, is_licence, opening_captions
from .paragraphs import build_paragraph, continues, continues_anything

_TERMINAL = ".!?…:;,"
_MAX_HEADING_LENGTH = 250
_ENDS_WITH_MARK = regex.compile(r"(?:…|\.{3})[>›]$|\]$")
_SENTENCE_BOUNDARY = regex.compile(r"[.!?…:][\"'”’»)\]]?\s")
_TAG_ITEM_KINDS = frozenset({Kind.TEXT, Kind.LABEL})
#: A label of one word (`Putin:`) has its colon within this many characters.
_SHORT_LABEL_REACH = 40


class Body(NamedTuple):
    """Everything the body stage read from one event."""

    sections: tuple[Section, ...]
    captions: tuple[Caption, ...]
    tags: dict[str, tuple[Text, ...]]
    persons_more: Parsed[int] | None
    see_also: tuple[SeeAlso, ...]
    published_in: Parsed[tuple[str, ...]] | None
    published_at: Parsed[dt.datetime] | None
    url: Text | None
    furniture: tuple[Furniture, ...]


class _DraftTurn:
    __slots__ = ("speaker", "paragraphs")

    def __init__(self, speaker: Speaker | None) -> None:
        self.speaker = speaker
        self.paragraphs: list[Paragraph] = []


class _DraftSection:
    __slots__ = ("heading", "turns", "open_for_heading")

    def __init__(self, open_for_heading: bool) -> None:
        self.heading: Text | None = None
        self.turns: list[_DraftTurn] = []
        self.open_for_heading = open_for_heading


def read_body(
    text: str, tokens: Sequence[Token], sink: DiagnosticSink, *, repeated_dateline: str | None = None,
    trailer: bool = True, title: str | None = None,
) -> Body:
    """Read the body tokens of one event (everything after its header).

    A date line that repeats `repeated_dateline` (browser dumps repeat the header's date
    line at the foot of the page) is furniture, and so is another site's trailer at the end
    (`page.chrome_after`), unless `trailer` is False (markup has left other sites out); on
    such a page the captions of the body's opening (a line standing twice in a row, a
    credit, a line repeating the event's `title`) are furniture (`page.opening_captions`),
    and a speaker's surname alone before a colon is that speaker's label (`Putin:`), where
    markup does not say which paragraphs open with a label.
    """
    end = chrome_after(tokens) if trailer else len(tokens)
    read = tokens if end == len(tokens) else tokens[:end]
    if trailer:  # a page of unknown layout: the captions of its opening
        captions = opening_captions(read, title)
        if captions:
            read = [token._replace(kind=captions[index]) if index in captions else token
                    for index, token in enumerate(read)]
    body = _BodyReader(text, read, sink, repeated_dateline, short_labels=trailer).read()
    if end == len(tokens):
        return body
    kept = [furniture_of(token, _trailer_kind(token)) for token in tokens[end:] if token.kind is not Kind.BLANK]
    return body._replace(furniture=(*body.furniture, *kept))


def _trailer_kind(token: Token) -> Kind:
    """The furniture kind of a line of another site's trailer."""
    if token.kind in ALWAYS_FURNITURE:
        return token.kind
    return evidence(token.text, Kind.TEXT).chrome or (Kind.LICENCE if is_licence(token.text) else Kind.OTHER_SITE)


class _BodyReader:
    def __init__(
        self, text: str, tokens: Sequence[Token], sink: DiagnosticSink, repeated_dateline: str | None, *,
        short_labels: bool,
    ) -> None:
        self.text = text
        self.repeated_dateline = repeated_dateline
        self.tokens = tokens
        self.sink = sink
        self.index = 0
        self.sections: list[Section] = []
        self.section = _DraftSection(open_for_heading=False)
        self.turn: _DraftTurn | None = None
        #: The speaker of the turn before a `* * *`, whom the text after it continues.
        self.carried: Speaker | None = None
        self.pieces: list[tuple[int, int]] = []
        self.last_piece = ""
        self.captions: list[Caption] = []
        self.tags: dict[str, list[Text]] = {"geography": [], "topics": [], "persons": []}
        self.persons_more: Parsed[int] | None = None
        self.see_also: list[SeeAlso] = []
        self.published_in: Parsed[tuple[str, ...]] | None = None
        self.published_at: Parsed[dt.datetime] | None = None
        self.url: Text | None = None
        self.furniture: list[Furniture] = []
        #: The surnames of the event's speakers so far (`Putin` of `President Vladimir Putin`):
        #: a line opening with one of them and a colon is that speaker's label (`Putin:`).
        self.surnames: set[str] = set()
        self.short_labels = short_labels

    # -- the pass ---------------------------------------------------------------------------

    def read(self) -> Body:
        while self.index < len(self.tokens):
            token = self.tokens[self.index]
            self.index += 1
            _RULES[token.kind](self, token)
        self.close_section()
        return Body(
            tuple(self.sections),
            tuple(self.captions),
            {name: tuple(items) for name, items in self.tags.items()},
            self.persons_more,
            tuple(self.see_also),
            self.published_in,
            self.published_at,
            self.url,
            tuple(self.furniture),
        )

    def peek(self) -> Token | None:
        """The next non-blank token, without consuming it."""
        index = self.index
        while index < len(self.tokens) and self.tokens[index].kind is Kind.BLANK:
            index += 1
        return self.tokens[index] if index < len(self.tokens) else None

    def take(self) -> Token:
        """Consume and return the next non-blank token (peek() must have found one)."""
        while self.tokens[self.index].kind is Kind.BLANK:
            self.index += 1
        self.index += 1
        return self.tokens[self.index - 1]

    # -- rules ------------------------------------------------------------------------------

    def on_blank(self, token: Token) -> None:
        self.close_paragraph()

    def on_text(self, token: Token) -> None:
        if self.surnames:
            parts = self.short_label(token.text)
            if parts is not None:
                self.on_label(token._replace(kind=Kind.LABEL, data=parts))
                return
        if self.section.open_for_heading and self.is_heading(token):
            self.section.heading = Text(token.text, Span(token.start, token.end))
            self.section.open_for_heading = False
            self.carried = None  # a heading opens a new part: its text is not the speech before
            return
        self.section.open_for_heading = False
        if self.pieces and continues(self.last_piece, token.text):
            self.pieces.append((token.start, token.end))
        else:
            self.close_paragraph()
            self.pieces = [(token.start, token.end)]
        self.last_piece = token.text

    def on_date(self, token: Token) -> None:
        if token.text == self.repeated_dateline:
            self.close_paragraph()
            self.add_furniture(Kind.REPEATED_DATELINE, token)
        else:
            self.on_text(token)

    def on_timestamp(self, token: Token) -> None:
        """A post's time stamp inside the body: the whole line is post metadata."""
        self.close_paragraph()
        self.add_furniture(Kind.POST_METADATA, token)

    def on_dateline(self, token: Token) -> None:
        """An agency's dateline opening a paragraph: furniture; the story after it on the
        same line starts the paragraph."""
        self.close_paragraph()
        self.add_furniture(Kind.DATELINE, token)

    def on_label(self, token: Token) -> None:
        self.close_turn()
        self.section.open_for_heading = False
        self.carried = None
        parts: LabelParts = token.data  # type: ignore[assignment]
        if parts.start:  # `«`, `💬 `, `— ` before the label
            self.furniture.append(furniture_of_part(token, Kind.DECORATION, (0, parts.start)))
        self.turn = _DraftTurn(_speaker(parts, token.start))
        name = parts.name.split() if parts.name and self.short_labels else []
        if len(name) >= 2 and not parts.generic:
            self.surnames.add(name[-1])
        speech_start = parts.end
        if parts.timestamp is not None:  # `(09:51)` after the colon
            self.furniture.append(furniture_of_part(token, Kind.VIDEO_TIMESTAMP, parts.timestamp))
            speech_start = parts.timestamp[1]
        stripped = token.text[speech_start:].lstrip()
        if stripped:
            start = token.end - len(stripped)
            self.pieces = [(start, token.end)]
            self.last_piece = stripped

    def short_label(self, line: str) -> LabelParts | None:
        """The label of one word that opens `line` when the word is the surname of a speaker
        named before in the event (`Putin:` after `President Vladimir Putin:`), as forum
        posters shorten labels; None for any other line (`Moscow:`, `Axios:`)."""
        colon = line.find(":", 1, _SHORT_LABEL_REACH)
        if colon < 0:
            return None
        words = line[:colon].partition("(")[0].split()
        if not words or words[-1] not in self.surnames:
            return None
        parts = find_short_label(line)
        return parts if parts is not None and parts.name in self.surnames else None

    def on_elision(self, token: Token) -> None:
        self.close_paragraph()
        self.section.open_for_heading = False
        self.pieces = [(token.start, token.end)]
        self.close_paragraph()

    def on_section_break(self, token: Token) -> None:
        last = self.turn or (self.section.turns[-1] if self.section.turns else None)
        if last is not None:
            self.carried = last.speaker
        self.close_section()
        self.add_furniture(Kind.SECTION_BREAK, token)
        self.section = _DraftSection(open_for_heading=True)

    def on_gallery_counter(self, token: Token) -> None:
        self.close_paragraph()
        index, total = token.data  # type: ignore[misc]
        caption_text = None
        following = self.peek()
        if following is not None and following.kind is Kind.TEXT:
            self.take()
            caption_text = Text(following.text, Span(following.start, following.end))
        end = caption_text.span.end if caption_text else token.end
        self.captions.append(Caption(Text(token.text, Span(token.start, token.end)), index, total,
                                     caption_text, Span(token.start, end)))

    def on_tag_heading(self, token: Token) -> None:
        self.close_paragraph()
        self.add_furniture(Kind.TAG_HEADING, token)
        if token.data == "see_also":
            self.read_see_also()
        else:
            self.read_tag_items(str(token.data))

    def read_see_also(self) -> None:
        """Pairs of a title line and a date line; a box copied without them is just its heading."""
        while True:
            title = self.peek()
            if title is None or title.kind not in _TAG_ITEM_KINDS:
                return
            after = self.index
            self.take()
            date_token = self.peek()
            if date_token is None or date_token.kind is not Kind.DATE or date_token.data.place:
                self.index = after
                return
            self.take()
            self.add_see_also(title, date_token)

    def add_see_also(self, title: Token, date_token: Token) -> None:
        """A See also entry: a title and its date line (a time on it is kept as furniture)."""
        reading = read_date_line(date_token.text, date_token.start, date_token.data, self.sink)
        self.furniture.extend(reading.furniture)
        if reading.time is not None:
            self.furniture.append(Furniture(Kind.STRAY, reading.time.raw, reading.time.span))
        self.see_also.append(SeeAlso(Text(title.text, Span(title.start, title.end)), reading.date,
                                     Span(title.start, date_token.end)))

    def read_tag_items(self, field: str) -> None:
        items = self.tags[field]
        while True:
            following = self.peek()
            if following is None:
                return
            if following.kind in _TAG_ITEM_KINDS:
                self.take()
                items.append(Text(following.text, Span(following.start, following.end)))
            elif following.kind is Kind.MORE_COUNTER and field != "persons":
                # `Темы … Ещё 1`: the count of a cut list other than Persons, kept as furniture.
                self.take()
                self.furniture.append(Furniture(Kind.MORE_COUNTER, following.text,
                                                Span(following.start, following.end), str(following.data)))
            elif following.kind is Kind.MORE_COUNTER:
                self.take()
                span = Span(following.start, following.end)
                if self.persons_more is not None:
                    self.keep_duplicate("N more", following.text, span)
                    continue
                self.persons_more = Parsed(int(following.data), following.text, span)  # type: ignore[call-overload]
            else:
                return

    def on_field(self, token: Token) -> None:
        self.close_paragraph()
        label_end = token.value_start
        label = self.text[token.start : label_end].rstrip()
        if label:  # a link that markup marks as one comes without a label
            self.furniture.append(Furniture(Kind.FIELD_LABEL, label,
                                            Span(token.start, token.start + len(label))))
        if label_end >= token.end:
            return
        raw = self.text[label_end : token.end]
        span = Span(label_end, token.end)
        if getattr(self, token.data) is not None:  # field names are the reader's attribute names
            self.keep_duplicate(label, raw, span)
            return
        if token.data == "published_in":
            sections = tuple(part.strip() for part in raw.split(",") if part.strip())
            self.published_in = Parsed(sections, raw, span)
        elif token.data == "url":
            self.url = Text(raw, span)
        elif token.data == "published_at":
            value = _publication_datetime(raw)
            if value is None:
                self.sink.report(Code.INVALID_PUBLICATION_DATE, span.start, span.end, raw=raw)
                self.furniture.append(Furniture(Kind.STRAY, raw, span))
            else:
                self.published_at = Parsed(value, raw, span)

    def keep_duplicate(self, label: str, raw: str, span: Span) -> None:
        """A field given twice in one event: the first value stands, the second is kept as furniture."""
        self.sink.report(Code.DUPLICATE_FIELD, span.start, span.end, label=label, value=raw.strip())
        self.furniture.append(Furniture(Kind.STRAY, raw, span))

    def on_related_box(self, token: Token) -> None:
        """A box of related items that markup delimits: See also entries when it reads as a
        See also box (its heading, then pairs of a title and a date line), else one piece of
        furniture."""
        self.close_paragraph()
        lines = []
        start = token.start
        for part in token.text.split("\n"):
            content = part.strip()
            if content:
                offset = start + part.index(content)
                lines.append(Line(token.line, offset, offset + len(content)))
            start += len(part) + 1
        box = list(tokenize(self.text, lines))
        if (
            len(box) >= 3 and len(box) % 2 == 1
            and box[0].kind is Kind.TAG_HEADING and box[0].data == "see_also"
            and all(title.kind in _TAG_ITEM_KINDS and date.kind is Kind.DATE and not date.data.place
                    for title, date in zip(box[1::2], box[2::2]))
        ):
            self.add_furniture(Kind.TAG_HEADING, box[0])
            for title, date_token in zip(box[1::2], box[2::2]):
                self.add_see_also(title, date_token)
        else:
            self.furniture.append(furniture_of(token))

    def on_tooltip(self, token: Token) -> None:
        """A flattened person tooltip: furniture that leaves the sentence around it whole."""
        self.furniture.append(furniture_of(token))

    def on_furniture(self, token: Token) -> None:
        self.close_paragraph()
        self.furniture.append(furniture_of(token))

    # -- building ---------------------------------------------------------------------------

    def is_heading(self, token: Token) -> bool:
        """The line after `* * *` heads the new section when it reads as a heading, not prose:
        short, one sentence at most, and not closed by punctuation or a mark."""
        content = token.text
        if (
            len(content) > _MAX_HEADING_LENGTH
            or content.rstrip("\"'”’»)")[-1:] in _TERMINAL
            or _ENDS_WITH_MARK.search(content)
            or _SENTENCE_BOUNDARY.search(content)
        ):
            return False
        # A heading is followed by a new paragraph; only a line that cannot open one (a
        # lowercase word, a comma) shows that this line was a paragraph broken at a link.
        following = self.peek()
        return following is None or following.kind is not Kind.TEXT or not continues_anything(following.text)

    def add_furniture(self, kind: Kind, token: Token) -> None:
        self.furniture.append(Furniture(kind, token.text, Span(token.start, token.end)))

    def close_paragraph(self) -> None:
        if not self.pieces:
            return
        paragraph = build_paragraph(self.text, self.pieces)
        self.pieces = []
        if self.turn is None:
            self.turn = _DraftTurn(self.continued(paragraph.span.start))
        self.turn.paragraphs.append(paragraph)  # type: ignore[arg-type]

    def continued(self, start: int) -> Speaker | None:
        """The speaker of a turn that opens at `start` without a label: the speaker before a
        `* * *` when this is the first text after it (no heading between), else narration.
        The label stands before the break, so the continued turn's label span is empty."""
        speaker, self.carried = self.carried, None
        if speaker is None or self.section.turns or self.section.heading is not None:
            return None
        return attrs.evolve(speaker, span=Span(start, start))

    def close_turn(self) -> None:
        self.close_paragraph()
        if self.turn is not None:
            self.section.turns.append(self.turn)
            self.turn = None

    def close_section(self) -> None:
        self.close_turn()
        section = self.section
        if not section.turns and section.heading is None:
            return
        turns = tuple(_finish_turn(turn) for turn in section.turns)
        start = section.heading.span.start if section.heading else turns[0].span.start
        end = turns[-1].span.end if turns else section.heading.span.end  # type: ignore[union-attr]
        self.sections.append(Section(section.heading, turns, Span(start, end)))


#: The rule for each kind of token: the class's functions, called with the reader. (A table of
#: the reader's bound methods, kept on the reader, tied each reader and every token it read
#: in a reference cycle that only the garbage collector could free: 30,000 objects on 2 MB.)
_RULES: dict[Kind, Callable[[_BodyReader, Token], None]] = {
    Kind.BLANK: _BodyReader.on_blank,
    Kind.TEXT: _BodyReader.on_text,
    Kind.DATE: _BodyReader.on_date,
    Kind.TIME: _BodyReader.on_text,
    Kind.MORE_COUNTER: _BodyReader.on_text,
    Kind.LABEL: _BodyReader.on_label,
    Kind.ELISION: _BodyReader.on_elision,
    Kind.SECTION_BREAK: _BodyReader.on_section_break,
    Kind.GALLERY_COUNTER: _BodyReader.on_gallery_counter,
    Kind.TAG_HEADING: _BodyReader.on_tag_heading,
    Kind.FIELD: _BodyReader.on_field,
    Kind.SOURCE_LINK: _BodyReader.on_field,
    Kind.AGENCY_DATE: _BodyReader.on_text,
    Kind.TIMESTAMP: _BodyReader.on_timestamp,
    Kind.DATELINE: _BodyReader.on_dateline,
    **{kind: _BodyReader.on_furniture for kind in ALWAYS_FURNITURE},
    Kind.TOOLTIP: _BodyReader.on_tooltip,
    Kind.RELATED_BOX: _BodyReader.on_related_box,
}


def _speaker(parts: LabelParts, start: int) -> Speaker:
    return Speaker(
        label=parts.label,
        span=Span(start + parts.start, start + parts.end),
        kind=SpeakerKind.GENERIC if parts.generic else SpeakerKind.PERSON,
        name=parts.name,
        role=parts.role,
        affiliation=parts.affiliation,
        qualifier=parts.qualifier,
    )


def _finish_turn(turn: _DraftTurn) -> Turn:
    paragraphs = tuple(turn.paragraphs)
    start = turn.speaker.span.start if turn.speaker else paragraphs[0].span.start
    end = paragraphs[-1].span.end if paragraphs else turn.speaker.span.end  # type: ignore[union-attr]
    return Turn(turn.speaker, paragraphs, Span(start, end))


def _publication_datetime(raw: str) -> dt.datetime | None:
    """`September 17, 2021, 16:30` -> an aware datetime in Moscow time."""
    line = match_date_line(raw)
    if line is None or line.place is not None:
        return None
    try:
        date = to_date(raw[line.date[0] : line.date[1]])
        time = to_time(raw[line.time[0] : line.time[1]]) if line.time else None
    except (ValueError, OverflowError):
        return None
    return to_moscow_datetime(date, time)
