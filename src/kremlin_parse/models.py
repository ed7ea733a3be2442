"""The typed result of a parse: frozen attrs classes, each node with its source span.

Every span is a pair of offsets into `Document.text`, the normalised input, so any node can
be traced back to the characters it came from.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any, Callable, Iterable, Iterator, Sequence

import attrs

from .kinds import FURNITURE_KINDS, Kind
from .serial import structure, unstructure
from .spans import Parsed, Span, Text, pickled_by_fields, replaced

#: The kinds of furniture: the one enumeration of kinds (`Kind`), under the name the models
#: have always used; a `Furniture` record takes one of `FURNITURE_KINDS`.
FurnitureKind = Kind

__all__ = [
    "FURNITURE_KINDS", "Caption", "Diagnostic", "Document", "Event", "Furniture", "FurnitureKind",
    "Kind", "Mark", "MarkKind", "Paragraph", "Parsed", "SeeAlso", "Section", "Severity", "Span",
    "Speaker", "SpeakerKind", "Text", "Turn", "text_of", "texts_of",
]

class MarkKind(str, enum.Enum):
    """What an inline mark inside a paragraph is."""

    ELISION = "elision"
    INSERTION = "insertion"
    STAGE_DIRECTION = "stage_direction"


@pickled_by_fields
@attrs.frozen(slots=True)
class Mark:
    """An editorial mark inside a paragraph: `<…>`, `[insertion]` or `(Applause.)`."""

    kind: MarkKind
    text: str
    span: Span


@pickled_by_fields
@attrs.frozen(slots=True)
class Paragraph:
    """One paragraph of the body.

    Copying a page breaks lines at hyperlinks; such lines are re-joined here. `pieces` are the
    spans of the joined source lines, so the paragraph stays traceable to its source.
    """

    text: str
    span: Span
    pieces: tuple[Span, ...]
    marks: tuple[Mark, ...] = ()


class SpeakerKind(str, enum.Enum):
    """A named person, or a generic label such as `Question` or `Remark`."""

    PERSON = "person"
    GENERIC = "generic"


@pickled_by_fields
@attrs.frozen(slots=True)
class Speaker:
    """Who speaks a turn.

    `label` is verbatim (without its colon); `name`, `role`, `affiliation` and `qualifier` are
    parsed from it, and short labels are resolved within the event, so `Vladimir Putin` gets
    the role `President of Russia` from an earlier `President of Russia Vladimir Putin`.
    `person_id` is the same for every form of the person's name in both editions
    (`putin-vladimir`; `putin-v` when the event gives initials only): kremlin_parse.persons.
    """

    label: str
    span: Span
    kind: SpeakerKind
    name: str | None = None
    role: str | None = None
    affiliation: str | None = None
    qualifier: str | None = None
    person_id: str | None = None


@pickled_by_fields
@attrs.frozen(slots=True)
class Turn:
    """A stretch of speech by one speaker; `speaker` is None for narration."""

    speaker: Speaker | None
    paragraphs: tuple[Paragraph, ...]
    span: Span

    @property
    def text(self) -> str:
        """The paragraphs joined by a blank line."""
        return "\n\n".join(paragraph.text for paragraph in self.paragraphs)


@pickled_by_fields
@attrs.frozen(slots=True)
class Section:
    """A part of the body; the site separates parts with `* * *` and often heads them."""

    heading: Text | None
    turns: tuple[Turn, ...]
    span: Span


def with_turns(sections: Sequence[Section], change: Callable[[Turn], Turn]) -> tuple[Section, ...]:
    """The sections with `change` applied to every turn; a section whose turns all come back
    as they were is kept as it is (the stages after the body change a few speakers each)."""
    changed = []
    for section in sections:
        turns = tuple(change(turn) for turn in section.turns)
        unchanged = all(new is old for new, old in zip(turns, section.turns))
        changed.append(section if unchanged else replaced(section, turns=turns))
    return tuple(changed)


def with_person_speakers(sections: Sequence[Section], change: Callable[[Speaker], Speaker]) -> tuple[Section, ...]:
    """The sections with `change` applied to the speaker of every turn a person speaks; a
    turn whose speaker comes back as it was (the same object) is kept as it is."""
    def changed(turn: Turn) -> Turn:
        speaker = turn.speaker
        if speaker is None or speaker.kind is not SpeakerKind.PERSON:
            return turn
        new = change(speaker)
        return turn if new is speaker else replaced(turn, speaker=new)

    return with_turns(sections, changed)


@pickled_by_fields
@attrs.frozen(slots=True)
class Caption:
    """A photo caption announced by a gallery counter such as `3 of 4`."""

    counter: Text
    index: int
    total: int
    text: Text | None
    span: Span


@pickled_by_fields
@attrs.frozen(slots=True)
class SeeAlso:
    """One entry of a `See also` box: a linked event's title and date."""

    title: Text
    date: Parsed[dt.date] | None
    span: Span


@pickled_by_fields
@attrs.frozen(slots=True)
class Furniture:
    """A piece of page furniture, kept with its kind so that nothing is lost.

    `value` holds what the furniture says where that is worth having on its own: the
    headline of a `Related news` link, the date an announcement announces, the count of a
    cut tag list other than Persons (`Темы … Ещё 1`).
    """

    kind: Kind
    text: str
    span: Span
    value: str | None = None


class Severity(str, enum.Enum):
    """How serious a diagnostic is; `strict=True` raises on the first error."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@pickled_by_fields
@attrs.frozen(slots=True)
class Diagnostic:
    """Something odd found while parsing, with where it was found (1-based line and column)."""

    code: str
    message: str
    severity: Severity
    span: Span
    line: int
    column: int


@pickled_by_fields
@attrs.frozen(slots=True)
class Event:
    """One event page: header, body sections, captions, tag blocks and publication footer."""

    span: Span
    language: str
    title: Text | None = None
    summary: Paragraph | None = None
    date: Parsed[dt.date] | None = None
    time: Parsed[dt.time] | None = None
    location: Text | None = None
    sections: tuple[Section, ...] = ()
    captions: tuple[Caption, ...] = ()
    geography: tuple[Text, ...] = ()
    topics: tuple[Text, ...] = ()
    persons: tuple[Text, ...] = ()
    persons_more: Parsed[int] | None = None
    see_also: tuple[SeeAlso, ...] = ()
    published_in: Parsed[tuple[str, ...]] | None = None
    published_at: Parsed[dt.datetime] | None = None
    url: Text | None = None

    @property
    def turns(self) -> tuple[Turn, ...]:
        """All turns of all sections, in order."""
        return tuple(turn for section in self.sections for turn in section.turns)

    @property
    def speakers(self) -> tuple[Speaker, ...]:
        """The speaker of every turn that has one, in order of appearance."""
        return tuple(turn.speaker for turn in self.turns if turn.speaker is not None)

    def to_dict(self) -> dict[str, Any]:
        """Every field as JSON-ready data; `Event.from_dict` rebuilds the event exactly."""
        return unstructure(self)  # type: ignore[no-any-return]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        """The event that `to_dict` gave `data`; ValueError when the data does not fit."""
        return structure(data, cls)  # type: ignore[no-any-return]


@pickled_by_fields
@attrs.frozen(slots=True)
class Document:
    """The parse of one input: its normalised text, events, furniture and diagnostics."""

    text: str
    shape: str
    events: tuple[Event, ...] = ()
    furniture: tuple[Furniture, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    source: str | None = None
    encoding: str = "utf-8"

    def leaf_spans(self) -> Iterator[tuple[str, Span]]:
        """Every span that holds source text, named by what holds it.

        Together they account for every non-blank character of `text` exactly once; the
        test suite checks that on every fixture and on generated input.
        """
        for item in self.furniture:
            yield f"furniture:{item.kind.value}", item.span
        for event in self.events:
            yield from _event_leaf_spans(event)

    def to_dict(self) -> dict[str, Any]:
        """Every field, text and spans included, as JSON-ready data; `Document.from_dict`
        rebuilds the document exactly. (The JSON export of docs/json.md is a smaller view.)"""
        return unstructure(self)  # type: ignore[no-any-return]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """The document that `to_dict` gave `data`; ValueError when the data does not fit."""
        return structure(data, cls)  # type: ignore[no-any-return]


def _event_leaf_spans(event: Event) -> Iterator[tuple[str, Span]]:
    for name in ("title", "date", "time", "location", "persons_more", "published_in",
                 "published_at", "url"):
        node = getattr(event, name)
        if node is not None:
            yield name, node.span
    if event.summary is not None:
        for piece in event.summary.pieces:
            yield "summary", piece
    for caption in event.captions:
        yield "caption.counter", caption.counter.span
        if caption.text is not None:
            yield "caption.text", caption.text.span
    for name in ("geography", "topics", "persons"):
        for item in getattr(event, name):
            yield name, item.span
    for entry in event.see_also:
        yield "see_also.title", entry.title.span
        if entry.date is not None:
            yield "see_also.date", entry.date.span
    for section in event.sections:
        if section.heading is not None:
            yield "section.heading", section.heading.span
        for turn in section.turns:
            if turn.speaker is not None:
                yield "speaker", turn.speaker.span
            for paragraph in turn.paragraphs:
                for piece in paragraph.pieces:
                    yield "paragraph", piece


def text_of(node: Text | Paragraph | Parsed[Any] | None) -> str | None:
    """The text a node holds (for a parsed value, the raw text it was read from); None for
    no node. What every writer of the outputs puts in a cell or a key."""
    if node is None:
        return None
    return node.raw if isinstance(node, Parsed) else node.text


def texts_of(nodes: Iterable[Text]) -> list[str]:
    """The texts of a tuple of text nodes (a tag block), in order."""
    return [node.text for node in nodes]
