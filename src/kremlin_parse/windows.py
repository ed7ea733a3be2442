"""Large plain-text files read a window of pages at a time, so that `iter_events` holds a few
pages and never the whole file, whatever its size.

A window ends where a page of the file ends, as the segmenter cuts pages: each page is read
whole, by the same stages, and only its spans move by the offset of its window, so the
events are those of a parse of the whole file. Files that are not clean UTF-8 text are left
to the whole-file road, which knows how to decode or refuse them.
"""

from __future__ import annotations

import codecs
import os
from typing import Any, Callable, Iterable, Iterator

import attrs

from .models import Span
from .segment import Stretch
from .source import normalise

#: Characters a window holds before it is cut at its last page end (a hundred pages or so).
WINDOW_CHARS = 1 << 20
_CHUNK_BYTES = 1 << 18


class NotWindowable(Exception):
    """The file needs the whole-file road: not UTF-8, or not text at all."""


def line_windows(path: str | os.PathLike[str], window_chars: int | None = None) -> Iterator[str]:
    """The file's normalised text in pieces of about `window_chars` characters that end at
    line ends (a longer line comes whole). NotWindowable for NUL bytes or bytes that are not
    UTF-8, which only the whole file can tell the meaning of."""
    size = WINDOW_CHARS if window_chars is None else window_chars
    decoder = codecs.getincrementaldecoder("utf-8-sig")("strict")
    pending: list[str] = []
    pending_length = 0
    with open(path, "rb") as file:
        while True:
            chunk = file.read(_CHUNK_BYTES)
            if b"\x00" in chunk:
                raise NotWindowable("NUL byte")
            try:
                text = decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as error:
                raise NotWindowable(str(error)) from None
            pending.append(text)
            pending_length += len(text)
            if not chunk:
                break
            if pending_length >= size:
                joined = "".join(pending)
                cut = joined.rfind("\n") + 1  # after a `\n`, so no `\r\n` is ever split
                if cut > 0:
                    yield normalise(joined[:cut])
                    pending, pending_length = [joined[cut:]], len(joined) - cut
                else:
                    pending = [joined]
    rest = "".join(pending)
    if rest:
        yield normalise(rest)


def page_windows(
    path: str | os.PathLike[str], stretches_of: Callable[[str], Iterable[Stretch]], window_chars: int | None = None
) -> Iterator[tuple[str, int, list[Stretch]]]:
    """(window text, its offset in the whole text, the stretches it holds whole) for each
    window of the file, cut into stretches by `stretches_of` (the road's own lexer and
    segmenter). The last stretch of a window waits for the next one, which may still add
    to it; a window without a page end grows until it finds one."""
    offset = 0
    carried = ""
    for piece in line_windows(path, window_chars):
        window = carried + piece
        stretches = list(stretches_of(window))
        last_start = stretches[-1].tokens[0].start if stretches else len(window)
        if len(stretches) > 1 and last_start > 0:
            yield window, offset, stretches[:-1]
            carried = window[last_start:]
            offset += last_start
        else:
            carried = window
    if carried:
        yield carried, offset, list(stretches_of(carried))


def shifted(node: Any, offset: int) -> Any:
    """`node` (a model, or a tuple of them) with every span moved `offset` characters on."""
    if isinstance(node, Span):
        return Span(node.start + offset, node.end + offset)
    if isinstance(node, tuple):
        return tuple(shifted(item, offset) for item in node)
    if attrs.has(type(node)):
        return type(node)(*(shifted(getattr(node, field.name), offset) for field in attrs.fields(type(node))))
    return node
