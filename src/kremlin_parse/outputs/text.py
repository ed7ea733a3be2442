"""Clean readable text and Markdown out of the models, for reading rather than analysis.

For each event: its title, a line with date, time and place, the lead, then each section
(its heading, if any) with `Speaker: paragraph` for every turn (the first paragraph after
the label, the rest as paragraphs of their own), and the tag lists at the end. Sections are
separated by `* * *`, as on the site. The speaker is shown by its verbatim label.

`to_text` gives plain text (the title underlined with `=`, then `date time · place`);
`to_markdown` gives CommonMark: `# Title`, `*date · time · place*`, the lead as a
blockquote, `## Section heading`, `**Speaker:** paragraph`, the tags as a list; events are
separated by `---`. The transcript's text is copied as it is: Markdown escapes are added
only where a line would otherwise be read as Markdown structure (a heading, list item,
blockquote, code fence, thematic break, setext underline or HTML block), so
`1991. The year…` is written `1991\\. The year…`. Inline characters such as `*` and `_`
are left alone in the text, and escaped only in headings, the emphasised label and date
line, and the tag lists.

`write_text` and `write_markdown` write the events of several documents (or EventStreams)
to a stream as they are read, separated as the events of one document are.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable, NamedTuple, TextIO

from ..lexicon import vocabulary_of
from ..models import Document, Event, Text, Turn, text_of, texts_of
from ..stream import EventSource

_TAGS = ("geography", "topics", "persons")

# A line that CommonMark would read as block structure, up to three spaces in. A backslash
# goes in front of the first character after the indentation, or for an ordered list item
# in front of the `.` or `)` after its number.
_BLOCK_START = re.compile(
    r"^(?P<indent> {0,3})(?:"
    r"#{1,6}(?=[ \t]|$)"                    # ATX heading
    r"|>"                                   # blockquote
    r"|[-+*](?=[ \t]|$)"                    # bullet list item
    r"|`{3,}|~{3,}"                         # code fence
    r"|(?P<rule>[-*_])(?:[ \t]*(?P=rule)){2,}[ \t]*$"  # thematic break: *** --- ___ * * *
    r"|(?:=+|-+)[ \t]*$"                    # setext underline (inside a paragraph)
    r"|<[A-Za-z/!?]"                        # HTML block
    r"|(?P<number>\d{1,9})[.)](?=[ \t]|$)"  # ordered list item
    r")"
)
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>])")
_CLOSING_HASHES = re.compile(r"(\s)(#+\s*)$")


class _Style(NamedTuple):
    """How each part of an event is written in one of the two forms."""

    title: Callable[[str], str]
    dateline: Callable[[str], str]
    lead: Callable[[str], str]
    heading: Callable[[str], str]
    turn: Callable[[Turn], list[str]]
    tag: Callable[[str, str], str]
    between_events: str


def to_text(document: Document) -> str:
    """Clean readable text: each event's title, date line and lead, then its turns."""
    return _TEXT.between_events.join(event_to_text(event) for event in document.events) + "\n"


def event_to_text(event: Event) -> str:
    """One event as readable text, `Speaker: paragraph` for every turn."""
    return _write_event(event, _TEXT)


def to_markdown(document: Document) -> str:
    """The document as Markdown: each event under its `# Title`, events separated by `---`."""
    return _MARKDOWN.between_events.join(event_to_markdown(event) for event in document.events) + "\n"


def event_to_markdown(event: Event) -> str:
    """One event as Markdown, `**Speaker:** paragraph` for every turn."""
    return _write_event(event, _MARKDOWN)


def write_text(parses: Iterable[EventSource], stream: TextIO) -> None:
    """Readable text of every event of `parses`, an event written as soon as it is read;
    for one document the same as `to_text`."""
    _write_events(parses, stream, _TEXT)


def write_markdown(parses: Iterable[EventSource], stream: TextIO) -> None:
    """Markdown of every event of `parses`, an event written as soon as it is read; for one
    document the same as `to_markdown`."""
    _write_events(parses, stream, _MARKDOWN)


def _write_events(parses: Iterable[EventSource], stream: TextIO, style: _Style) -> None:
    first = True
    for parse in parses:
        for event in parse.events:
            stream.write(("" if first else style.between_events) + _write_event(event, style))
            first = False
    stream.write("\n")


def text_piece(document: Document) -> str | None:
    """The events of one document as `write_text` writes them among others: joined by the
    separator that `TEXT_JOINT` also sets between documents (see `outputs.Pieces`); None
    for a document without events."""
    return _piece(document, _TEXT)


def markdown_piece(document: Document) -> str | None:
    """`text_piece` in Markdown."""
    return _piece(document, _MARKDOWN)


def _piece(document: Document, style: _Style) -> str | None:
    if not document.events:
        return None
    return style.between_events.join(_write_event(event, style) for event in document.events)


def _write_event(event: Event, style: _Style) -> str:
    blocks: list[str] = []
    if event.title:
        blocks.append(style.title(event.title.text))
    dateline = _dateline(event)
    if dateline:
        blocks.append(style.dateline(dateline))
    if event.summary:
        blocks.append(style.lead(event.summary.text))
    for index, section in enumerate(event.sections):
        if index:
            blocks.append("* * *")
        if section.heading:
            blocks.append(style.heading(section.heading.text))
        for turn in section.turns:
            blocks.extend(style.turn(turn))
    spelling = vocabulary_of(event.language).spelling
    tag_lines = [style.tag(spelling[field], _tag_list(event, field, items)) for field, items in _tags(event)]
    if tag_lines:
        blocks.append("\n".join(tag_lines))
    return "\n\n".join(blocks)


def escape_block(text: str) -> str:
    """`text` with a backslash before whatever would make a line start Markdown structure.

    Only line starts are touched, and only where CommonMark would otherwise read a heading,
    list item, blockquote, code fence, thematic break, setext underline or HTML block;
    everything else is left verbatim, so the rendered text equals the original.
    """
    return "\n".join(_escape_line(line) for line in text.split("\n"))


def escape_inline(text: str) -> str:
    """`text` with a backslash before the characters that are markup inside a line."""
    return _INLINE_SPECIAL.sub(r"\\\1", text)


def _escape_line(line: str) -> str:
    match = _BLOCK_START.match(line)
    if match is None:
        return line
    if match.group("number") is not None:
        cut = match.end("number")
    else:
        cut = match.end("indent")
    return f"{line[:cut]}\\{line[cut:]}"


def _heading(text: str) -> str:
    """Heading text safe after `# `: inline markup escaped, a closing `#` run kept as text."""
    return _CLOSING_HASHES.sub(r"\1\\\2", escape_inline(text))


def _turn_to_text(turn: Turn) -> list[str]:
    paragraphs = [paragraph.text for paragraph in turn.paragraphs]
    if turn.speaker is None:
        return paragraphs
    label = f"{turn.speaker.label}:"
    if not paragraphs:
        return [label]
    return [f"{label} {paragraphs[0]}", *paragraphs[1:]]


def _turn_to_markdown(turn: Turn) -> list[str]:
    paragraphs = [escape_block(paragraph.text) for paragraph in turn.paragraphs]
    if turn.speaker is None:
        return paragraphs
    label = f"**{escape_inline(turn.speaker.label)}:**"
    if not paragraphs:
        return [label]
    # After the label the first line of the first paragraph no longer starts a line.
    first, _, rest = turn.paragraphs[0].text.partition("\n")
    first_block = f"{label} {first}" + (f"\n{escape_block(rest)}" if rest else "")
    return [first_block, *paragraphs[1:]]


def _dateline(event: Event) -> str:
    """`2021-09-17 · 16:30 · Dushanbe`, with what the event has of the three."""
    return " · ".join(part for part in (
        event.date.value.isoformat() if event.date else "",
        event.time.value.strftime("%H:%M") if event.time else "",
        text_of(event.location) or "",
    ) if part)


def _tag_list(event: Event, field: str, items: tuple[Text, ...]) -> str:
    """The items of a tag block; a Persons list the page cut short says how many it left out,
    in the event's language."""
    listed = ", ".join(texts_of(items))
    if field == "persons" and event.persons_more is not None:
        more = vocabulary_of(event.language).spelling["persons_more"].format(count=event.persons_more.value)
        return f"{listed} {more}"
    return listed


def _tags(event: Event) -> list[tuple[str, tuple[Text, ...]]]:
    return [(field, getattr(event, field)) for field in _TAGS if getattr(event, field)]


def _underlined(text: str, rule: str) -> str:
    return f"{text}\n{rule * len(text)}"


_TEXT = _Style(
    title=lambda text: _underlined(text, "="),
    dateline=lambda text: text,
    lead=lambda text: text,
    heading=lambda text: _underlined(text, "-"),
    turn=_turn_to_text,
    tag=lambda name, items: f"{name}: {items}",
    between_events="\n\n\n",
)
_MARKDOWN = _Style(
    title=lambda text: f"# {_heading(text)}",
    dateline=lambda text: f"*{escape_inline(text)}*",
    lead=lambda text: "\n".join(f"> {line}" for line in escape_block(text).split("\n")),
    heading=lambda text: f"## {_heading(text)}",
    turn=_turn_to_markdown,
    tag=lambda name, items: f"- **{name}:** {escape_inline(items)}",
    between_events="\n\n---\n\n",
)
#: What `write_text` and `write_markdown` set between two documents' events.
TEXT_JOINT = _TEXT.between_events
MARKDOWN_JOINT = _MARKDOWN.between_events
