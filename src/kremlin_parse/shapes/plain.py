"""The front end of every plain-text shape: normalised text as the lines the lexer classifies.

Each line is given by the offsets of its content with the surrounding white space cut off,
so every later span points straight at text. The markup shapes (markup.py) and the
flattened page (flattened.py) have readers of their own that give the same `Line`s.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..lines import Line

#: Where the next line with content begins its content.
_NON_SPACE = re.compile(r"\S")


def text_lines(text: str) -> Iterator[Line]:
    """Every line of `text`; a run of blank lines comes as one blank line (its start equals
    its end), since no stage counts them, and a file of a million newlines stays cheap."""
    position = 0
    number = 1
    length = len(text)
    find = text.find
    new_tuple = tuple.__new__  # `Line(…)` built straight from its tuple: half the cost
    while position <= length:
        newline = find("\n", position)
        end = length if newline == -1 else newline
        content = text[position:end]
        stripped = content.strip()
        if stripped is content and content:  # (no white space around it: nothing to measure)
            yield new_tuple(Line, (number, position, end, None))
        elif stripped:
            start = position + len(content) - len(content.lstrip())
            yield new_tuple(Line, (number, start, start + len(stripped), None))
        else:
            yield new_tuple(Line, (number, position, position, None))
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
