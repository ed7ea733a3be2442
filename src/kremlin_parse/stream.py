"""What `iter_events` hands back: the events of one input, one at a time, with what is known
about the input as they are read (where it came from, its shape, its diagnostics so far, how
far through it the reading has got).

The writers of `kremlin_parse.outputs` that go event by event (JSON Lines, CSV, text and
Markdown) read a `Document` and an `EventStream` alike, through the `EventSource` protocol:
`source`, `shape` and `events`. So the command line writes a large file without ever holding
its parse, and a program can do the same with `dump(iter_events(path), stream, "csv")`.
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator, Protocol

from .models import Diagnostic, Event


class EventSource(Protocol):
    """Anything the event-by-event writers read: a `Document` or an `EventStream`."""

    @property
    def source(self) -> str | None:
        """Where the events come from (a file name), None when unknown."""

    @property
    def shape(self) -> str:
        """The shape the input was read as (one of `kremlin_parse.SHAPES`)."""

    @property
    def events(self) -> Iterable[Event]:
        """The events, in order."""


class EventStream(Iterator[Event]):
    """The events of one input, handed over one at a time (what `iter_events` returns).

    Iterate it as any iterator. Beside the events it says:

    - `source`: the file name given (None for an open file without a name);
    - `shape`: the shape the input is read as, known before the first event;
    - `diagnostics`: what was found odd so far, with lines and columns in the whole input;
      complete once the stream is exhausted, and then those `parse_file` reports, but for
      the `shape-mismatch` warning when a shape is forced on plain text;
    - `fraction_read`: how far through the input the events handed over reach, from 0 to 1,
      for a progress bar.
    """

    def __init__(
        self, feed: Callable[[EventStream], Iterator[Event]], *, source: str | None, shape: str,
        diagnostics: list[Diagnostic] | None = None,
    ) -> None:
        """`feed(stream)` gives the events; it may update the stream's `diagnostics` and
        `fraction_read` as it goes."""
        self.source = source
        self.shape = shape
        self.diagnostics: list[Diagnostic] = [] if diagnostics is None else diagnostics
        self.fraction_read = 0.0
        self._events = feed(self)

    def __iter__(self) -> EventStream:
        return self

    def __next__(self) -> Event:
        try:
            return next(self._events)
        except StopIteration:
            self.fraction_read = 1.0
            raise

    @property
    def events(self) -> EventStream:
        """The stream itself, so that it reads as a `Document` does (see `EventSource`)."""
        return self

    def __repr__(self) -> str:
        return f"<EventStream of {self.source or 'an open file'}, {self.shape}, {self.fraction_read:.0%} read>"
