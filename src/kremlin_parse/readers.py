"""Front ends: turn normalised text into the stream of lines the lexer classifies.

Each line is given by the offsets of its content with the surrounding white space cut off,
so every later span points straight at text. Plain-text shapes share this reader; markup
shapes (HTML, feeds) will bring readers of their own that yield the same lines.
"""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple

#: Where the next line with content begins its content.
_NON_SPACE = re.compile(r"\S")


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


def text_lines(text: str) -> Iterator[Line]:
    """Every line of `text`; a run of blank lines comes as one blank line (its start equals
    its end), since no stage counts them, and a file of a million newlines stays cheap."""
    position = 0
    number = 1
    length = len(text)
    find = text.find
    while position <= length:
        newline = find("\n", position)
        end = length if newline == -1 else newline
        content = text[position:end]
        stripped = content.strip()
        if stripped:
            start = position + len(content) - len(content.lstrip())
            yield Line(number, start, start + len(stripped))
        else:
            yield Line(number, position, position)
            if newline != -1:  # skip the blank lines after this one, up to the newline before content
                content = _NON_SPACE.search(text, newline)
                last = length if content is None else text.rfind("\n", newline, content.start())
                number += text.count("\n", newline, last)
                newline = last
                if newline == length:
                    return
        if newline == -1:
            return
        position = newline + 1
        number += 1
