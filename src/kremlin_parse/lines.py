"""What a front end hands the lexer: the lines of the text, as spans of their content."""

from __future__ import annotations

from typing import NamedTuple


class LabelHint(NamedTuple):
    """Markup marks a speaker label at the start of the line (bold, then a colon): the label
    and its colon (or full stop) end `end` characters into the line, and the speech follows."""

    end: int


#: What a front end knows of a line: a kind by name (`url`, `video`, `caption`, `quote`,
#: `related`, `date`, `unlabelled`, `label`, `tooltip`, …) or where a marked label ends.
Hint = str | LabelHint


class Line(NamedTuple):
    """One source line: 1-based number and the span of its stripped content.

    `hint` is what markup says the line is, where it says so (`url` for a feed entry's
    link, a `LabelHint` for a paragraph that opens with a bold label); plain text gives no
    hints. A line of furniture that markup delimits as one block (a related-items box) may
    run over several lines of the text.
    """

    number: int
    start: int
    end: int
    hint: Hint | None = None
