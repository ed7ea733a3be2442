"""kremlin_parse: Kremlin transcripts and news items, in whatever shape, as clean typed data.

    >>> import kremlin_parse
    >>> document = kremlin_parse.parse_file("page.txt")
    >>> for event in document.events:
    ...     print(event.title, [turn.speaker.name for turn in event.turns if turn.speaker])
    >>> kremlin_parse.dumps(document, format="csv", table="turns")

Reading: parse (text or bytes), parse_file (a path or an open file), parse_many (many files
or a directory, on several processes), iter_events (a large file, an event at a time).
Writing: dumps and dump (json, jsonl, csv, tei, text, markdown; FORMATS lists them),
to_dataframe (pandas). Across documents: persons (the table of the persons of a collection,
one id for every form of a name in both editions) and align (the English and Russian
editions of the same events, paired paragraph by paragraph; the classes of both are in
their modules: `from kremlin_parse.align import …`). The models: Document, Event, Section,
Turn, Speaker, Paragraph, ... The reference of every public name: docs/api.md.
"""

from __future__ import annotations

from .align import align
from .errors import KremlinParseError, NotTextError, ParseError
from .models import (
    Caption, Diagnostic, Document, Event, Furniture, FurnitureKind, Kind, Mark, MarkKind, Paragraph,
    Parsed, Section, SeeAlso, Severity, Span, Speaker, SpeakerKind, Text, Turn,
)
from .outputs import FORMATS, dump, dumps
from .outputs.dataframe import to_dataframe
from .parser import PathAsTextWarning, iter_events, parse, parse_file
from .persons import persons
from .pipeline import parse_many
from .shapes import SHAPES, UnsafeMarkupError
from .stream import EventStream

#: The version, written here once (pyproject.toml reads it from here).
__version__ = "0.1.0"

__all__ = [
    # reading
    "parse", "parse_file", "parse_many", "iter_events", "EventStream", "SHAPES",
    # writing
    "dumps", "dump", "to_dataframe", "FORMATS",
    # across documents
    "persons", "align",
    # the models
    "Document", "Event", "Section", "Turn", "Speaker", "SpeakerKind", "Paragraph", "Mark",
    "MarkKind", "Text", "Parsed", "Span", "Caption", "SeeAlso", "Furniture", "Kind", "FurnitureKind",
    "Diagnostic", "Severity",
    # errors and warnings
    "KremlinParseError", "ParseError", "NotTextError", "UnsafeMarkupError", "PathAsTextWarning",
    "__version__",
]


def __dir__() -> list[str]:
    """The public names only: the modules inside the package are not advertised."""
    return sorted(__all__)
