"""Exceptions raised by kremlin_parse."""

from __future__ import annotations


class KremlinParseError(Exception):
    """Base class of every exception this library raises on purpose."""


class ParseError(KremlinParseError, ValueError):
    """Raised in strict mode for the first error-level diagnostic.

    The message names the line and column and shows the offending line.
    """

    def __init__(self, code: str, message: str, line: int, column: int, line_text: str) -> None:
        self.code = code
        self.message = message
        self.line = line
        self.column = column
        self.line_text = line_text
        pointer = " " * max(column - 1, 0) + "^"
        super().__init__(f"line {line}, column {column}: {message} [{code}]\n  {line_text}\n  {pointer}")

    def __reduce__(self) -> tuple[type, tuple[str, str, int, int, str]]:
        return type(self), (self.code, self.message, self.line, self.column, self.line_text)


class NotTextError(KremlinParseError, ValueError):
    """The input is not a text document (for example it holds NUL bytes)."""

    def __init__(self, reason: str, offset: int) -> None:
        self.reason = reason
        self.offset = offset
        super().__init__(f"not a text document: {reason} at byte offset {offset}")

    def __reduce__(self) -> tuple[type, tuple[str, int]]:
        return type(self), (self.reason, self.offset)
