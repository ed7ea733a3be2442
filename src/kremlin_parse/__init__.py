"""kremlin_parse: Kremlin transcripts and news items, in whatever shape, as clean typed data.

    >>> import kremlin_parse
    >>> document = kremlin_parse.parse_file("page.txt")
    >>> for event in document.events:
    ...     print(event.title, [turn.speaker.name for turn in event.turns if turn.speaker])

`persons(documents)` gives the table of the persons of a collection, `align(english,
russian)` the two editions of the same events paired paragraph by paragraph. Both share
their names with their modules: import the classes with `from kremlin_parse.align import …`.
"""

from __future__ import annotations

from .align import align
from .errors import KremlinParseError, NotTextError, ParseError
from .models import (
    Caption, Diagnostic, Document, Event, Furniture, FurnitureKind, Mark, MarkKind, Paragraph,
    Parsed, Section, SeeAlso, Severity, Span, Speaker, SpeakerKind, Text, Turn,
)
from .markup import UnsafeMarkupError
from .parser import iter_events, parse, parse_file
from .persons import persons
from .pipeline import parse_many
from .shapes import SHAPES

__version__ = "0.1.0"

__all__ = [
    "Caption", "Diagnostic", "Document", "Event", "Furniture", "FurnitureKind",
    "KremlinParseError", "Mark", "MarkKind", "NotTextError", "Paragraph", "ParseError", "Parsed",
    "SHAPES", "Section", "SeeAlso", "Severity", "Span", "Speaker", "SpeakerKind", "Text", "Turn",
    "UnsafeMarkupError", "__version__", "align", "iter_events", "parse", "parse_file", "parse_many",
    "persons",
]
