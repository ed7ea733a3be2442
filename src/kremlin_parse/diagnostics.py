"""Diagnostics: every code a parse can report, with its severity and message, and the sink
that collects them with where they were found."""

from __future__ import annotations

import array
import bisect
import enum

from .errors import ParseError
from .models import Diagnostic, Severity, Span
from .source import Source


class Code(str, enum.Enum):
    """What a diagnostic says: its code (the member's value, as `Diagnostic.code` gives it),
    its severity and its message, whose `{…}` fields the reporter fills in."""

    severity: Severity
    message: str

    def __new__(cls, code: str, severity: Severity, message: str) -> Code:
        member = str.__new__(cls, code)
        member._value_ = code
        member.severity = severity
        member.message = message
        return member

    DECODE_REPLACED = ("decode-replaced", Severity.ERROR, "{note}")
    DECODED_CP1251 = ("decoded-cp1251", Severity.INFO,
                      "the bytes are not UTF-8; they were read as Windows-1251 (Cyrillic)")
    SHAPE_MISMATCH = ("shape-mismatch", Severity.WARNING,
                      "read as {asked} as asked, but the input looks like {detected}")
    NO_EVENT = ("no-event", Severity.WARNING, "no event content was found")
    HEADER_WITHOUT_TITLE = ("header-without-title", Severity.WARNING,
                            "the page opens with its section word but no title follows")
    HEADER_WITHOUT_DATE = ("header-without-date", Severity.WARNING, "no date line follows the title")
    INVALID_DATE = ("invalid-date", Severity.ERROR, "{raw!r} cannot be read as a date")
    INVALID_TIME = ("invalid-time", Severity.ERROR, "{raw!r} cannot be read as a time")
    INVALID_PUBLICATION_DATE = ("invalid-publication-date", Severity.ERROR,
                                "{raw!r} cannot be read as a publication date")
    DUPLICATE_FIELD = ("duplicate-field", Severity.WARNING,
                       "{label!r} appears twice in one event; the second value {value!r} is kept as furniture")
    AMBIGUOUS_SPEAKER = ("ambiguous-speaker", Severity.WARNING,
                         "{label!r} may be any of {candidates}; left without a person id")


class DiagnosticSink:
    """Collects diagnostics for one document and places them by line and column."""

    def __init__(self, source: Source) -> None:
        self.text = source.text
        self._line_starts: array.array[int] | None = None  # built at the first report
        self.items: list[Diagnostic] = []

    def report(self, code: Code, start: int, end: int, **fields: object) -> None:
        """Record diagnostic `code` for the text between `start` and `end`; `fields` fill in
        its message."""
        line, column = self._locate(start)
        self.items.append(Diagnostic(code.value, code.message.format(**fields), code.severity,
                                     Span(start, end), line, column))

    def raise_first_error(self) -> None:
        """In strict mode: raise ParseError for the first error-level diagnostic, if any."""
        for item in self.items:
            if item.severity is Severity.ERROR:
                raise ParseError(item.code, item.message, item.line, item.column, self._line_text(item.line))

    def _locate(self, offset: int) -> tuple[int, int]:
        """1-based line and column of `offset`."""
        starts = self._starts()
        index = bisect.bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1

    def _line_text(self, line: int) -> str:
        """The text of 1-based `line`, without its newline."""
        start = self._starts()[line - 1]
        end = self.text.find("\n", start)
        return self.text[start:] if end == -1 else self.text[start:end]

    def _starts(self) -> array.array[int]:
        """The offset of every line's start, packed (8 bytes a line); most documents report
        nothing, so it is only built when something is reported."""
        if self._line_starts is None:
            starts = array.array("q", [0])
            find = self.text.find
            position = find("\n")
            while position != -1:
                starts.append(position + 1)
                position = find("\n", position + 1)
            self._line_starts = starts
        return self._line_starts
