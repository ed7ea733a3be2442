"""kremlin_parse: Kremlin transcripts and news items, in whatever shape, as clean typed data.

    >>> import kremlin_parse
    >>> document = kremlin_parse.parse_file("page.txt")
    >>> for event in document.events:
    ...     print(event.title, [turn.speaker.name for turn in event.turns if turn.speaker])
"""

from __future__ import annotations

from importlib import metadata

from .errors import KremlinParseError, NotTextError, ParseError
from .models import (
    Caption, Diagnostic, Document, Event, Furniture, FurnitureKind, Kind, Mark, MarkKind, Paragraph,
    Parsed, Section, SeeAlso, Severity, Span, Speaker, SpeakerKind, Text, Turn,
)
from .parser import iter_events, parse, parse_file
from .pipeline import parse_many
from .shapes import SHAPES, UnsafeMarkupError

#: The version of the installed package, as pyproject.toml gives it.
__version__ = metadata.version("kremlin_parse")

__all__ = [
    "Caption", "Diagnostic", "Document", "Event", "Furniture", "FurnitureKind", "Kind",
    "KremlinParseError", "Mark", "MarkKind", "NotTextError", "Paragraph", "ParseError", "Parsed",
    "SHAPES", "Section", "SeeAlso", "Severity", "Span", "Speaker", "SpeakerKind", "Text", "Turn",
    "UnsafeMarkupError", "__version__", "iter_events", "parse", "parse_file", "parse_many",
]
