"""The pieces every shape's writer is made of: header lines, the body as blocks of lines,
captions, tag blocks and the footer, in the site's spelling of the event's language.

Each shape's `render` (in its own module) puts these together as copies of the site look in
that shape; `kremlin_parse.render` is the public entry point.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Iterable

from ..lexicon import Vocabulary, vocabulary_of
from ..models import Event, Section, Turn


def format_date(date: dt.date, vocabulary: Vocabulary) -> str:
    """`September 17, 2021` in English, `17 сентября 2021 года` in Russian."""
    return vocabulary.date_format.format(month=vocabulary.month_names[date.month - 1],
                                         day=date.day, year=date.year)


def format_time(time: dt.time) -> str:
    """`16:30`."""
    return f"{time.hour:02d}:{time.minute:02d}"


# -- pieces shared by the shapes -------------------------------------------------------------

def turn_lines(turn: Turn, label_alone: bool) -> list[str]:
    """The lines of a turn: its label opening the first paragraph, or alone on its line."""
    paragraphs = [paragraph.text for paragraph in turn.paragraphs]
    if turn.speaker is None:
        return paragraphs
    label = f"{turn.speaker.label}:"
    if label_alone or not paragraphs:
        return [label, *paragraphs]
    return [f"{label} {paragraphs[0]}", *paragraphs[1:]]


def section_blocks(sections: Iterable[Section], label_alone: bool = False) -> list[list[str]]:
    """The body as blocks of lines: one block per paragraph (a label line opens its block)."""
    blocks: list[list[str]] = []
    for index, section in enumerate(sections):
        if index:
            blocks.append(["* * *"])
        if section.heading is not None:
            blocks.append([section.heading.text])
        for turn in section.turns:
            lines = turn_lines(turn, label_alone)
            if turn.speaker is not None and (label_alone or not turn.paragraphs):
                blocks.append(lines[:1])
                lines = lines[1:]
            blocks.extend([line] for line in lines)
    return blocks


def header_lines(event: Event, vocabulary: Vocabulary) -> list[str]:
    """Title, lead, date, time and place, one a line, in the text version's order."""
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


def caption_lines(event: Event, vocabulary: Vocabulary) -> list[str]:
    """Each caption as its gallery counter (`3 of 4`) and its text."""
    lines = []
    for caption in event.captions:
        lines.append(f"{caption.index} {vocabulary.counter_word} {caption.total}")
        if caption.text is not None:
            lines.append(caption.text.text)
    return lines


def tag_lines(event: Event, vocabulary: Vocabulary) -> list[str]:
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


def footer_lines(event: Event, vocabulary: Vocabulary) -> list[str]:
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


# -- whole pages and lines shared by several shapes ---------------------------------------

def text_version_page(event: Event) -> list[str]:
    """The lines of one page of the site's text version (also the basis of a flattened page)."""
    vocabulary = vocabulary_of(event.language)
    return [
        vocabulary.spelling["section_word"],
        *header_lines(event, vocabulary),
        *caption_lines(event, vocabulary),
        *(line for block in section_blocks(event.sections) for line in block),
        *tag_lines(event, vocabulary),
        *footer_lines(event, vocabulary),
        vocabulary.spelling["page_end"],
    ]


def only_event(events: Iterable[Event], shape: str) -> Event:
    """The one event of a shape that holds exactly one; ValueError otherwise."""
    events = list(events)
    if len(events) != 1:
        raise ValueError(f"a {shape} holds exactly one event, not {len(events)}")
    return events[0]


def spaced(blocks: list[list[str]]) -> list[str]:
    """Blocks as lines with a blank line after each, as pages copied from a browser have."""
    return [line for block in blocks for line in (*block, "")]


def one_line_date(event: Event, vocabulary: Vocabulary, separator: str) -> str:
    """Date, time and place on one line, joined by `separator`; "" without a date."""
    if event.date is None:
        return ""
    parts = [format_date(event.date.value, vocabulary)]
    if event.time is not None:
        parts.append(format_time(event.time.value))
    if event.location is not None:
        parts.append(event.location.text)
    return separator.join(parts)


def html_body(event: Event) -> str:
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


def text_version_page_text(event: Event) -> str:
    """One page of the text version as text."""
    return "\n".join(text_version_page(event))


