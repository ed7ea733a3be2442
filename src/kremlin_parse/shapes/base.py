"""What a shape is: a plug-in that says how a source shape is detected, how its lines are
read, what it tells the header and body stages, and how events are written back in it.

The road (`kremlin_parse.parser`) is the same for every shape: source, front end, lexer,
segment, header, body, turns. A shape differs only where this class lets it: its front end
(`front_end`), its detection (`sniff` on the raw text, `claims` on the tokens of plain text),
the rules it hands the header (`header_rules`) and the body (`repeats_dateline`), how its
tokens become stretches and events (`read`, `stretches`, `read_stretches`), and its writer
(`render`). A new shape is one
module that subclasses `Shape` and one line in the registry (`shapes/__init__.py`).
"""

from __future__ import annotations

import abc
from typing import Callable, ClassVar, Iterable, Iterator, NamedTuple, Protocol, Sequence

from ..header import HeaderRules
from ..kinds import ALWAYS_FURNITURE, Kind
from ..lexer import Token, furniture_of
from ..lines import Line
from ..models import Event, Furniture
from ..page import Listing, find_listing
from ..segment import Stretch, segment
from ..source import Source
from .plain import text_lines

class EventReader(Protocol):
    """Reads one stretch of tokens that holds an event: the event and the furniture around
    it. `post` says the stretch is one post of a channel's listing, whose first paragraph is its
    lead (see `page.find_listing`)."""

    def __call__(self, tokens: Sequence[Token], *, post: bool = False) -> tuple[Event, list[Furniture]]: ...

#: The Event fields that a shape's header, tags and footer carry, to compose `carried`.
HEADER_FIELDS = frozenset({"title", "summary", "date", "time", "location"})
TAG_FIELDS = frozenset({"see_also", "geography", "topics", "persons", "persons_more"})
FOOTER_FIELDS = frozenset({"published_in", "published_at", "url"})


class FrontEnd(NamedTuple):
    """What a shape's front end makes of the source: the text the spans point into (the
    normalised input, or the text read out of markup), a way to read its lines (as often as
    needed), and the line ranges of the events where markup delimits them."""

    source: Source
    read_lines: Callable[[], Iterable[Line]]
    event_lines: list[tuple[int, int]] | None = None


class Shape(abc.ABC):
    """A source shape. Subclasses set `name` and `carried` and override what differs."""

    #: The name `Document.shape` gives and `parse(..., shape=...)` takes.
    name: ClassVar[str]
    #: The Event fields this shape's rendering carries: what parsing it can give back.
    carried: ClassVar[frozenset[str]]
    #: What the header stage is told about where this shape puts the parts of its header.
    header_rules: ClassVar[HeaderRules] = HeaderRules()
    #: Whether the page repeats its header's date line at its foot (furniture there).
    repeats_dateline: ClassVar[bool] = False
    #: Whether a large file of this shape may be read a window of pages at a time: each
    #: page must be read whole by itself (see `kremlin_parse.windows`).
    windowable: ClassVar[bool] = True

    def sniff(self, text: str) -> bool:
        """Whether the raw normalised text is of this shape before any line is read (markup,
        a flattened page). Plain-text shapes are told by `claims` instead."""
        return False

    def claims(self, top: Sequence[Token], kinds: frozenset[Kind]) -> bool:
        """Whether a plain text is of this shape, from its first non-blank tokens (`top`, up
        to `DETECTION_REACH`) and the kinds of all its tokens. Asked in registry order."""
        return False

    def front_end(self, source: Source) -> FrontEnd:
        """The lines of the source as this shape reads them (plain text by default)."""
        return plain_front_end(source)

    def read(self, tokens: Iterator[Token], front: FrontEnd, read_event: EventReader) -> Iterator[Event | Furniture]:
        """The events of the token stream and the furniture between and around them, in order."""
        return self.read_stretches(self.stretches(tokens, front), read_event)

    def stretches(self, tokens: Iterator[Token], front: FrontEnd) -> Iterator[Stretch]:
        """The stretches of the token stream, one per event (and the furniture between)."""
        return segment(tokens)

    def read_stretches(self, stretches: Iterable[Stretch], read_event: EventReader) -> Iterator[Event | Furniture]:
        """The events and furniture of the stretches, in order: an event of every stretch with
        content, the furniture of every other. A stretch of a page that markup has not laid
        out may be a listing of posts (`page.find_listing`): an event of every post."""
        for stretch in stretches:
            listing = find_listing(stretch.tokens) if stretch.has_content and not self.header_rules.laid_out else None
            if listing is not None:
                yield from _read_posts(stretch.tokens, listing, read_event)
            elif stretch.has_content:
                event, furniture = read_event(stretch.tokens)
                yield from furniture
                yield event
            else:
                yield from loose_furniture(stretch.tokens)

    @abc.abstractmethod
    def render(self, events: Iterable[Event]) -> str:
        """The events written as a document of this shape."""

    def __repr__(self) -> str:
        return f"<shape {self.name}>"


def plain_front_end(source: Source) -> FrontEnd:
    """The front end that every plain-text shape shares: the text's own lines."""
    text = source.text
    return FrontEnd(source, lambda: text_lines(text))


#: How many non-blank tokens at the top a plain shape's `claims` looks at.
DETECTION_REACH = 6


def _read_posts(tokens: Sequence[Token], listing: Listing, read_event: EventReader) -> Iterator[Event | Furniture]:
    """The events of a listing's posts; the listing's own lines are `other_site` furniture."""
    marked = [token._replace(kind=Kind.OTHER_SITE) if index in listing.own and token.kind is Kind.TEXT else token
              for index, token in enumerate(tokens)]
    for start, stop in listing.posts:
        post = marked[start:stop]
        if any(token.kind is not Kind.BLANK and token.kind not in ALWAYS_FURNITURE for token in post):
            event, furniture = read_event(post, post=listing.channel)
            yield from furniture
            yield event
        else:
            yield from loose_furniture(post)


def loose_furniture(tokens: Sequence[Token]) -> list[Furniture]:
    """The furniture of a stretch without content (segment keeps only such tokens there)."""
    return [furniture_of(token) for token in tokens if token.kind is not Kind.BLANK]
