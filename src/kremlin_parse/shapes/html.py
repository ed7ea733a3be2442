"""A saved page of the site (kremlin.ru / en.kremlin.ru), one event per article: read out of
its markup by the site's classes (see markup.py). See docs/shapes/html.md."""

from __future__ import annotations

from html import escape
from typing import Iterable

from ..header import HeaderRules
from ..lexicon import vocabulary_of
from ..models import Event
from .base import FOOTER_FIELDS, HEADER_FIELDS, TAG_FIELDS
from .markup import MarkupShape, MarkupText, read_html
from .writing import footer_lines, format_date, format_time, html_body, only_event


class Html(MarkupShape):
    """Markup of a page: detected by its doctype or its root and block elements."""

    name = "html"
    carried = frozenset({"language", "sections"}) | HEADER_FIELDS | (TAG_FIELDS - {"persons_more"}) | FOOTER_FIELDS

    header_rules = HeaderRules(laid_out=True)

    def read_markup(self, markup: str) -> MarkupText:
        return read_html(markup)

    def render(self, events: Iterable[Event]) -> str:
        return render_html(events)


def render_html(events: Iterable[Event]) -> str:
    """A saved page of the site, with the markup of its article (see docs/shapes.md).

    Captions and the persons counter are not carried: the site shows them as links and
    images, not as text of the article."""
    event = only_event(events, "page")
    vocabulary = vocabulary_of(event.language)
    spelling = vocabulary.spelling
    title = escape(event.title.text) if event.title else ""
    parts = [
        f'<!DOCTYPE html>\n<html lang="{event.language}">\n<head>\n<meta charset="utf-8">',
        f"<title>{title}</title>\n<script>var site = {{}};</script>\n</head>\n<body>",
        f"<nav><a href=\"/events\">{escape(spelling['section_word'])}</a></nav>",
        '<article class="read__in hentry h-entry">\n<div class="read__top">',
    ]
    if event.title is not None:
        parts.append(f'<h1 class="entry-title p-name">{title}</h1>')
    if event.date is not None:
        parts.append(f'<time class="read__published" datetime="{event.date.value.isoformat()}">'
                     f"{escape(format_date(event.date.value, vocabulary))}</time>")
    if event.time is not None:
        parts.append(f'<div class="read__time">{format_time(event.time.value)}</div>')
    if event.location is not None:
        parts.append(f'<div class="read__place p-location">{escape(event.location.text)}</div>')
    if event.summary is not None:
        parts.append(f'<div class="read__lead entry-summary p-summary"><div><p>'
                     f"{escape(event.summary.text)}</p></div></div>")
    parts.append('</div>\n<div class="entry-content e-content read__internal_content">')
    parts.append(html_body(event))
    if event.see_also:
        parts.append(f'<div class="read__see-also"><h3>{escape(spelling["see_also"])}</h3><ul>')
        for entry in event.see_also:
            date = (f'<time datetime="{entry.date.value.isoformat()}">'
                    f"{escape(format_date(entry.date.value, vocabulary))}</time>") if entry.date else ""
            parts.append(f'<li><a href="/events">{escape(entry.title.text)}</a>{date}</li>')
        parts.append("</ul></div>")
    parts.append('<div class="read__bottommeta hidden-copy"><div><div class="read__tags">')
    for field in ("geography", "topics", "persons"):
        items = getattr(event, field)
        if items:
            parts.append(f'<div class="read__tagscol"><h3>{escape(spelling[field])}</h3><ul>')
            parts += [f'<li class="p-category"><a href="/catalog/{field}">{escape(item.text)}</a></li>'
                      for item in items]
            parts.append("</ul></div>")
    parts.append("</div></div>")
    parts += [f"<p>{escape(line)}</p>" for line in footer_lines(event, vocabulary)]
    parts.append("</div>\n</div>\n</article>\n</body>\n</html>")
    return "\n".join(parts) + "\n"


HTML = Html()
