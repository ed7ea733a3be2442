"""What a front end hands the lexer: the lines of the text, as spans of their content."""

from __future__ import annotations

from typing import NamedTuple


class Line(NamedTuple):
    """One source line: 1-based number and the span of its stripped content.

    `hint` is what markup says the line is, where it says so (`url` for a feed entry's
    link); plain text gives no hints.
    """

    number: int
    start: int
    end: int
    hint: str | None = None
