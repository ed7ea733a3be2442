"""Collecting diagnostics: every stage reports what it found odd, with a code and a span."""

from __future__ import annotations

from .errors import ParseError
from .models import Diagnostic, Severity, Span
from .source import Source


class DiagnosticSink:
    """Collects diagnostics for one document and places them by line and column."""

    def __init__(self, source: Source) -> None:
        self._source = source
        self.items: list[Diagnostic] = []

    def report(self, code: str, severity: Severity, message: str, start: int, end: int) -> None:
        """Record a diagnostic for the text between `start` and `end`."""
        line, column = self._source.locate(start)
        self.items.append(Diagnostic(code, message, severity, Span(start, end), line, column))

    def raise_first_error(self) -> None:
        """In strict mode: raise ParseError for the first error-level diagnostic, if any."""
        for item in self.items:
            if item.severity is Severity.ERROR:
                raise ParseError(item.code, item.message, item.line, item.column,
                                 self._source.line_text(item.line))
