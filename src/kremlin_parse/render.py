"""Writing events back as text: the inverse of the parser, in any source shape.

`render(events, "text_version")` gives the site's text version, which `parse()` reads back
to the same events (what `compose()` is to `parse()` in a subtitle library). The other
shapes write what copies of the site look like, so that tests and benchmarks can make
documents of every shape from the same events; a shape writes only the fields it can carry
(a fragment has no header, a browser dump no tag blocks). Each shape's writer lives in its
module of `kremlin_parse.shapes`.
"""

from __future__ import annotations

from typing import Callable, Iterable

from .models import Event
from .shapes import REGISTRY, shape_named
from .shapes.atom import render_atom
from .shapes.browser_dump import render_browser_dump
from .shapes.flattened import render_flattened
from .shapes.forum_repost import render_forum_repost
from .shapes.fragment import render_fragment
from .shapes.html import render_html
from .shapes.news_repost import render_news_repost
from .shapes.text_version import render_text_version
from .shapes.writing import format_date, format_time

__all__ = [
    "CARRIED_FIELDS", "RENDERERS", "format_date", "format_time", "render", "render_atom",
    "render_browser_dump", "render_flattened", "render_forum_repost", "render_fragment",
    "render_html", "render_news_repost", "render_text_version",
]

#: The writer of each shape, by the name `Document.shape` gives it.
RENDERERS: dict[str, Callable[[Iterable[Event]], str]] = {shape.name: shape.render for shape in REGISTRY}
#: The Event fields each shape carries: what parsing its rendering can give back.
CARRIED_FIELDS: dict[str, frozenset[str]] = {shape.name: shape.carried for shape in REGISTRY}


def render(events: Event | Iterable[Event], shape: str = "text_version") -> str:
    """Write events as a document of the given shape (one of SHAPES)."""
    if isinstance(events, Event):
        events = [events]
    return shape_named(shape).render(events)
