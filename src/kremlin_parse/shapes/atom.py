"""The site's Atom feed, one event per entry: title, summary as the lead, the publication
time stamp as the date line, the content's paragraphs and the entry's link. See
docs/shapes/atom.md."""

from __future__ import annotations

from html import escape
from typing import Iterable

from ..header import HeaderRules
from ..lexicon import vocabulary_of
from ..models import Event
from .base import HEADER_FIELDS
from .feed import read_atom
from .markup import MarkupShape, MarkupText
from .writing import format_time, html_body


class Atom(MarkupShape):
    """Markup of a feed: detected by its `<feed` root."""

    name = "atom"
    carried = frozenset({"language", "sections", "url"}) | (HEADER_FIELDS - {"location"})

    header_rules = HeaderRules(laid_out=True)

    def read_markup(self, markup: str) -> MarkupText:
        return read_atom(markup)

    def render(self, events: Iterable[Event]) -> str:
        return render_atom(events)


def render_atom(events: Iterable[Event]) -> str:
    """The site's Atom feed: one `<entry>` per event with title, link, publication time,
    lead and the body as escaped HTML. Places, captions and tags are not carried."""
    events = list(events)
    title = vocabulary_of(events[0].language if events else "en").spelling["feed_title"]
    parts = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
             f"<title>{escape(title)}</title>"]
    for event in events:
        parts.append("<entry>")
        if event.title is not None:
            parts.append(f"<title>{escape(event.title.text)}</title>")
        if event.url is not None:
            parts.append(f'<link rel="alternate" href="{escape(event.url.text)}"/>')
        if event.date is not None:
            stamp = event.date.value.isoformat()
            if event.time is not None:
                stamp += f"T{format_time(event.time.value)}:00+03:00"
            parts.append(f"<published>{stamp}</published>")
        if event.summary is not None:
            parts.append(f'<summary type="html">{escape(f"<p>{escape(event.summary.text)}</p>")}</summary>')
        parts.append(f'<content type="html">{escape(html_body(event))}</content>')
        parts.append("</entry>")
    parts.append("</feed>")
    return "\n".join(parts) + "\n"


ATOM = Atom()
