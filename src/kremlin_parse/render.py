"""Writing events back as text: the inverse of the parser, one writer per source shape.

`render(events, "text_version")` gives the site's text version, which `parse()` reads back
to the same events (what `compose()` is to `parse()` in a subtitle library). The other
shapes write what copies of the site look like, so that tests and benchmarks can make
documents of every shape from the same events; a shape writes only the fields it can carry
(a fragment has no header, a browser dump no tag blocks).
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Callable, Iterable, Sequence

from .models import Event, Section, Turn
from .shapes import (
    ATOM, BROWSER_DUMP, FLATTENED, FORUM_REPOST, FRAGMENT, HTML, NEWS_REPOST, TEXT_VERSION,
)
from .vocabulary import VOCABULARIES, Vocabulary

_BY_LANGUAGE = {vocabulary.language: vocabulary for vocabulary in VOCABULARIES}


def vocabulary_of(language: str) -> Vocabulary:
    """The vocabulary of a language code (`en`, `ru`); ValueError for an unknown one."""
    try:
        return _BY_LANGUAGE[language]
    except KeyError:
        known = ", ".join(sorted(_BY_LANGUAGE))
        raise ValueError(f"no vocabulary for language {language!r}; known: {known}") from None


def format_date(date: dt.date, vocabulary: Vocabulary) -> str:
    """`September 17, 2021` in English, `17 сентября 2021 года` in Russian."""
    return vocabulary.date_format.format(month=vocabulary.month_names[date.month - 1],
                                         day=date.day, year=date.year)


def format_time(time: dt.time) -> str:
    """`16:30`."""
    return f"{time.hour:02d}:{time.minute:02d}"


# -- pieces shared by the shapes -------------------------------------------------------------

def _turn_lines(turn: Turn, label_alone: bool) -> list[str]:
    paragraphs = [paragraph.text for paragraph in turn.paragraphs]
    if turn.speaker is None:
        return paragraphs
    label = f"{turn.speaker.label}:"
    if label_alone or not paragraphs:
        return [label, *paragraphs]
    return [f"{label} {paragraphs[0]}", *paragraphs[1:]]


def _section_blocks(sections: Iterable[Section], label_alone: bool = False) -> list[list[str]]:
    """The body as blocks of lines: one block per paragraph (a label line opens its block)."""
    blocks: list[list[str]] = []
    for index, section in enumerate(sections):
        if index:
            blocks.append(["* * *"])
        if section.heading is not None:
            blocks.append([section.heading.text])
        for turn in section.turns:
            lines = _turn_lines(turn, label_alone)
            if turn.speaker is not None and (label_alone or not turn.paragraphs):
                blocks.append(lines[:1])
                lines = lines[1:]
            blocks.extend([line] for line in lines)
    return blocks


def _header_lines(event: Event, vocabulary: Vocabulary) -> list[str]:
    lines = [event.title.text] if event.title else []
    if event.summary is not None:
        lines.append(event.summary.text)
    if event.date is not None:
        lines.append(format_date(event.date.value, vocabulary))
        if event.time is not None:
            lines.append(format_time(event.time.value))
        if event.location is not None:
            lines.append(event.location.text)
    return lines


def _caption_lines(event: Event, vocabulary: Vocabulary) -> list[str]:
    lines = []
    for caption in event.captions:
        lines.append(f"{caption.index} {vocabulary.counter_word} {caption.total}")
        if caption.text is not None:
            lines.append(caption.text.text)
    return lines


def _tag_lines(event: Event, vocabulary: Vocabulary) -> list[str]:
    """See also and the tag blocks, in the site's order."""
    spelling = vocabulary.spelling
    lines: list[str] = []
    if event.see_also:
        lines.append(spelling["see_also"])
        for entry in event.see_also:
            lines.append(entry.title.text)
            if entry.date is not None:
                lines.append(format_date(entry.date.value, vocabulary))
    for field in ("geography", "topics", "persons"):
        items = getattr(event, field)
        more = event.persons_more if field == "persons" else None
        if items or more is not None:
            lines.append(spelling[field])
            lines.extend(item.text for item in items)
            if more is not None:
                lines.append(vocabulary.more_counter.format(count=more.value))
    return lines


def _footer_lines(event: Event, vocabulary: Vocabulary) -> list[str]:
    """The publication footer: status heading, sections, date and link."""
    spelling = vocabulary.spelling
    lines = []
    if event.published_in is not None:
        lines.append(f"{spelling['published_in']} {', '.join(event.published_in.value)}")
    if event.published_at is not None:
        stamp = event.published_at.value
        lines.append(f"{spelling['published_at']} {format_date(stamp.date(), vocabulary)}, "
                     f"{format_time(stamp.time())}")
    if event.url is not None:
        lines.append(f"{spelling['url']} {event.url.text}")
    return [spelling["publication_status"], *lines] if lines else []


# -- the shapes --------------------------------------------------------------------------------

def _text_version_page(event: Event) -> list[str]:
    vocabulary = vocabulary_of(event.language)
    return [
        vocabulary.spelling["section_word"],
        *_header_lines(event, vocabulary),
        *_caption_lines(event, vocabulary),
        *(line for block in _section_blocks(event.sections) for line in block),
        *_tag_lines(event, vocabulary),
        *_footer_lines(event, vocabulary),
        vocabulary.spelling["page_end"],
    ]


def render_text_version(events: Iterable[Event], *, glued: bool = False) -> str:
    """The site's text version, one page per event.

    With `glued=True` each page end runs into the next page's section word
    (`Text versionEvents`), as when several pages are copied in one go.
    """
    pages = ["\n".join(_text_version_page(event)) for event in events]
    if glued:
        return "".join(pages) + "\n" if pages else ""
    return "\n".join(pages) + "\n" if pages else ""


def render_fragment(events: Iterable[Event]) -> str:
    """A stretch copied from the middle of one page: its body and tag blocks, no header or
    footer (so the title, lead, date and publication fields are not carried)."""
    event = _only(events, "fragment")
    vocabulary = vocabulary_of(event.language)
    lines = [line for block in _section_blocks(event.sections) for line in block]
    return "\n".join(lines + _tag_lines(event, vocabulary)) + "\n"


def _only(events: Iterable[Event], shape: str) -> Event:
    events = list(events)
    if len(events) != 1:
        raise ValueError(f"a {shape} holds exactly one event, not {len(events)}")
    return events[0]


def render_browser_dump(events: Iterable[Event]) -> str:
    """A browser's copy of whole pages: site menus on top, blank lines between paragraphs,
    date and place on one line below the title, the lead below that, and the date line
    repeated at the very end. Tag blocks, captions and the footer are not carried."""
    pages = []
    for event in events:
        vocabulary = vocabulary_of(event.language)
        lines = list(vocabulary.dump_top)
        if event.title is not None:
            lines += [event.title.text, ""]
        date_line = _one_line_date(event, vocabulary, ", ")
        if date_line:
            lines += [date_line, ""]
        if event.summary is not None:
            lines += [event.summary.text, ""]
        lines += _spaced(_section_blocks(event.sections))
        if date_line:
            lines.append(date_line)
        pages.append("\n".join(lines))
    return "\n\n".join(pages) + "\n" if pages else ""


def render_news_repost(events: Iterable[Event]) -> str:
    """A news agency's repost: a ` date 2021-09-14 ` prefix running into the first
    paragraph, blank lines between paragraphs; no title, lead or tags."""
    event = _only(events, "news repost")
    vocabulary = vocabulary_of(event.language)
    lines = _spaced(_section_blocks(event.sections))
    if event.date is not None:
        prefix = f" {vocabulary.agency_date_word} {event.date.value.isoformat()} "
        lines = [prefix + lines[0], *lines[1:]] if lines else [prefix]
    return "\n".join(lines) + "\n"


def render_forum_repost(events: Iterable[Event], *, chrome: Sequence[str] = ()) -> str:
    """A forum post holding several events: the forum's `chrome` lines first, then each event
    as title, `Month D, YYYY - HH:MM - Place`, its speech with every label alone on its line,
    and `The source of information - URL`; a licence footer at the end. The lead, captions,
    tags and footer fields other than the link are not carried."""
    lines = [*chrome, "", ""] if chrome else []
    licence = ""
    for event in events:
        vocabulary = vocabulary_of(event.language)
        if event.title is not None:
            lines.append(event.title.text)
        date_line = _one_line_date(event, vocabulary, " - ")
        if date_line:
            lines.append(date_line)
        lines += ["", ""]
        lines += _spaced(_section_blocks(event.sections, label_alone=True))
        if event.url is not None:
            source_line = next(iter(vocabulary.source_lines))
            lines += [f"{source_line} {event.url.text}", "", "", ""]
        licence = vocabulary.spelling["licence"]
    if licence:
        lines.append(licence)
    return "\n".join(lines) + "\n"


def _spaced(blocks: list[list[str]]) -> list[str]:
    """Blocks as lines with a blank line after each, as pages copied from a browser have."""
    return [line for block in blocks for line in (*block, "")]


def _one_line_date(event: Event, vocabulary: Vocabulary, separator: str) -> str:
    if event.date is None:
        return ""
    parts = [format_date(event.date.value, vocabulary)]
    if event.time is not None:
        parts.append(format_time(event.time.value))
    if event.location is not None:
        parts.append(event.location.text)
    return separator.join(parts)


def render_html(events: Iterable[Event]) -> str:
    """A saved page of the site, with the markup of its article (see docs/shapes.md).

    Captions and the persons counter are not carried: the site shows them as links and
    images, not as text of the article."""
    event = _only(events, "page")
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
    parts.append(_html_body(event))
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
    parts += [f"<p>{escape(line)}</p>" for line in _footer_lines(event, vocabulary)]
    parts.append("</div>\n</div>\n</article>\n</body>\n</html>")
    return "\n".join(parts) + "\n"


def _html_body(event: Event) -> str:
    """The paragraphs of the body as `<p>`, labels in `<b>` with their colon."""
    paragraphs = []
    for index, section in enumerate(event.sections):
        if index:
            paragraphs.append("<p>* * *</p>")
        if section.heading is not None:
            paragraphs.append(f"<p>{escape(section.heading.text)}</p>")
        for turn in section.turns:
            texts = [escape(paragraph.text) for paragraph in turn.paragraphs]
            if turn.speaker is not None:
                label = f"<b>{escape(turn.speaker.label)}:</b>"
                texts = [f"{label} {texts[0]}", *texts[1:]] if texts else [label]
            paragraphs += [f"<p>{text}</p>" for text in texts]
    return "\n".join(paragraphs)


def render_atom(events: Iterable[Event]) -> str:
    """The site's Atom feed: one `<entry>` per event with title, link, publication time,
    lead and the body as escaped HTML. Places, captions and tags are not carried."""
    parts = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
             "<title>President of Russia</title>"]
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
        parts.append(f'<content type="html">{escape(_html_body(event))}</content>')
        parts.append("</entry>")
    parts.append("</feed>")
    return "\n".join(parts) + "\n"


def render_flattened(events: Iterable[Event]) -> str:
    """The text version as scrapers that collapse white space store it: each page on one
    line. Paragraph breaks are lost, and with them what only they showed."""
    return "".join(" ".join(page.split()) + "\n" for page in map(_text_version_page_text, events))


def _text_version_page_text(event: Event) -> str:
    return "\n".join(_text_version_page(event))


#: The writer of each shape, by the name `Document.shape` gives it.
RENDERERS: dict[str, Callable[[Iterable[Event]], str]] = {
    TEXT_VERSION: render_text_version,
    FRAGMENT: render_fragment,
    BROWSER_DUMP: render_browser_dump,
    NEWS_REPOST: render_news_repost,
    FORUM_REPOST: render_forum_repost,
    HTML: render_html,
    ATOM: render_atom,
    FLATTENED: render_flattened,
}

_HEADER = frozenset({"title", "summary", "date", "time", "location"})
_TAGS = frozenset({"see_also", "geography", "topics", "persons", "persons_more"})
_FOOTER = frozenset({"published_in", "published_at", "url"})
#: The Event fields each shape carries: what parsing its rendering can give back.
CARRIED_FIELDS: dict[str, frozenset[str]] = {
    TEXT_VERSION: frozenset({"language", "sections", "captions"}) | _HEADER | _TAGS | _FOOTER,
    FRAGMENT: frozenset({"language", "sections"}) | _TAGS,
    BROWSER_DUMP: frozenset({"language", "sections"}) | _HEADER,
    NEWS_REPOST: frozenset({"language", "sections", "date"}),
    FORUM_REPOST: frozenset({"language", "sections", "url"}) | (_HEADER - {"summary"}),
    HTML: frozenset({"language", "sections"}) | _HEADER | (_TAGS - {"persons_more"}) | _FOOTER,
    ATOM: frozenset({"language", "sections", "url"}) | (_HEADER - {"location"}),
    # Paragraphs, places and where the lead ends are guessed from running text; what the
    # flattened shape reliably carries is the date and the footer.
    FLATTENED: frozenset({"language", "date", "time"}) | _FOOTER,
}


def render(events: Event | Iterable[Event], shape: str = "text_version") -> str:
    """Write events as a document of the given shape (see RENDERERS)."""
    if isinstance(events, Event):
        events = [events]
    try:
        renderer = RENDERERS[shape]
    except KeyError:
        raise ValueError(f"unknown shape {shape!r}; known: {', '.join(RENDERERS)}") from None
    return renderer(events)
