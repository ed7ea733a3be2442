"""Collecting diagnostics: every stage reports what it found odd, with a code and a span."""

from __future__ import annotations

import array
import bisect

from .errors import ParseError
from .models import Diagnostic, Severity, Span
from .source import Source


class DiagnosticSink:
    """Collects diagnostics for one document and places them by line and column."""

    def __init__(self, source: Source) -> None:
        self._text = source.text
        self._line_starts: array.array[int] | None = None  # built at the first report
        self.items: list[Diagnostic] = []

    def report(self, code: str, severity: Severity, message: str, start: int, end: int) -> None:
        """Record a diagnostic for the text between `start` and `end`."""
        line, column = self._locate(start)
        self.items.append(Diagnostic(code, message, severity, Span(start, end), line, column))

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
        end = self._text.find("\n", start)
        return self._text[start:] if end == -1 else self._text[start:end]

    def _starts(self) -> array.array[int]:
        """The offset of every line's start, packed (8 bytes a line); most documents report
        nothing, so it is only built when something is reported."""
        if self._line_starts is None:
            starts = array.array("q", [0])
            find = self._text.find
            position = find("\n")
            while position != -1:
                starts.append(position + 1)
                position = find("\n", position + 1)
            self._line_starts = starts
        return self._line_starts
