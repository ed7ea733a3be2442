"""Python's cyclic garbage collector, paused while a parse runs.

A parse creates tens of thousands of small objects per megabyte (tokens, spans, paragraphs)
and keeps most of them: the collector, triggered by allocations, walks them again and again
although the parser makes no reference cycles, which cost a quarter to a third of a large
parse and made MB/s fall as inputs grew (issue 18). `paused_collector` turns it off for the
block and back on after it, whatever happens inside; a caller who had turned it off keeps it
off. Reference counting still frees everything that is not kept, since a parse makes no
reference cycles (tests/test_collector.py holds every fixture to that: with the collector
paused, a cycle would keep what it holds, say a stage and every token it read, until the
collector came back on).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused_collector() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block; restore it after (only if it was on)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
