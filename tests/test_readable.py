"""Readable text and Markdown: all the text there, in order, and Markdown that is not mangled."""

from __future__ import annotations

from pathlib import Path

import pytest

import kremlin_parse
from kremlin_parse import Document, Event, Paragraph, Section, Span, Speaker, SpeakerKind, Text, Turn
from kremlin_parse.outputs.text import escape_block, escape_inline, to_markdown, to_text

from conftest import FIXTURE_FILES

NOWHERE = Span(0, 0)


def _paragraphs(document: Document) -> list[str]:
    return [paragraph.text for event in document.events for turn in event.turns
            for paragraph in turn.paragraphs]


def _assert_in_order(output: str, pieces: list[str]) -> None:
    position = 0
    for piece in pieces:
        found = output.find(piece, position)
        assert found >= 0, f"{piece[:60]!r} missing after offset {position}"
        position = found + len(piece)


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.name)
def test_text_has_every_paragraph_in_order(path: Path) -> None:
    document = kremlin_parse.parse_file(path)
    text = to_text(document)
    _assert_in_order(text, _paragraphs(document))
    for event in document.events:
        if event.title:
            assert f"{event.title.text}\n{'=' * len(event.title.text)}" in text
        for turn in event.turns:
            if turn.speaker and turn.paragraphs:
                assert f"{turn.speaker.label}: {turn.paragraphs[0].text}" in text


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.name)
def test_markdown_has_every_paragraph_labels_and_headings(path: Path) -> None:
    document = kremlin_parse.parse_file(path)
    markdown = to_markdown(document)
    _assert_in_order(markdown, [escape_block(text) for text in _paragraphs(document)])
    for event in document.events:
        if event.title:
            assert f"# {escape_inline(event.title.text)}\n\n" in markdown
        if event.date:
            assert f"*{event.date.value.isoformat()}" in markdown
        if event.summary:
            assert f"> {escape_block(event.summary.text)}" in markdown
        for section in event.sections:
            if section.heading:
                assert f"\n\n## {section.heading.text}" in markdown
            for turn in section.turns:
                if turn.speaker is not None and turn.paragraphs:
                    assert f"**{turn.speaker.label}:** {turn.paragraphs[0].text}" in markdown
    labelled = sum(1 for event in document.events for turn in event.turns if turn.speaker)
    assert markdown.count(":** ") + markdown.count(":**\n") >= labelled


def _event(*paragraphs: str, speaker: Speaker | None = None, title: str = "Title") -> Document:
    turn = Turn(speaker=speaker,
                paragraphs=tuple(Paragraph(text, NOWHERE, (NOWHERE,)) for text in paragraphs),
                span=NOWHERE)
    event = Event(span=NOWHERE, language="en", title=Text(title, NOWHERE),
                  sections=(Section(heading=None, turns=(turn,), span=NOWHERE),))
    return Document(text="", shape="fragment", events=(event,))


@pytest.mark.parametrize("paragraph, escaped", [
    ("# Not a heading", "\\# Not a heading"),
    ("* not a bullet", "\\* not a bullet"),
    ("- not a bullet", "\\- not a bullet"),
    ("+ not a bullet", "\\+ not a bullet"),
    ("> not a quote", "\\> not a quote"),
    ("1991. A year, not a list", "1991\\. A year, not a list"),
    ("1) not a list", "1\\) not a list"),
    ("* * *", "\\* * *"),
    ("---", "\\---"),
    ("```", "\\```"),
    ("<div>not html</div>", "\\<div>not html</div>"),
    # Left alone: nothing here would be read as structure.
    ("#hashtag", "#hashtag"),
    ("-5 degrees", "-5 degrees"),
    ("1991.5 million", "1991.5 million"),
    ("<…>", "<…>"),
    ("An *emphatic* word and 2*3", "An *emphatic* word and 2*3"),
    ("Line one\n# line two", "Line one\n\\# line two"),
    ("Line one\n--", "Line one\n\\--"),
])
def test_markdown_escapes_line_starts_only_where_needed(paragraph: str, escaped: str) -> None:
    assert escape_block(paragraph) == escaped
    markdown = to_markdown(_event("Narration first.", paragraph))
    assert f"\n\n{escaped}\n" in markdown


def test_markdown_label_keeps_first_paragraph_verbatim() -> None:
    speaker = Speaker(label="Dmitry_Peskov *", span=NOWHERE, kind=SpeakerKind.PERSON)
    markdown = to_markdown(_event("# one", "- two", speaker=speaker, title="A #1 title ##"))
    assert markdown.startswith("# A #1 title \\##\n\n")
    assert "\n\n**Dmitry\\_Peskov \\*:** # one\n\n\\- two\n" in markdown


def test_markdown_form_of_a_fixture() -> None:
    document = kremlin_parse.parse_file(FIXTURE_FILES[6])  # HTML meeting: lead, tags, sections
    event = document.events[0]
    markdown = to_markdown(document)
    assert markdown.startswith(f"# {event.title.text}\n\n*2020-12-02 · 13:15 · Novo-Ogaryovo, Moscow Region*\n\n> ")
    assert "\n\n* * *\n\n" in markdown
    assert "\n- **Topics:** CSTO, Foreign policy, National security" in markdown
    assert markdown.endswith("\n") and not markdown.endswith("\n\n")


def test_several_events_are_separated() -> None:
    document = kremlin_parse.parse_file(FIXTURE_FILES[1])
    assert len(document.events) == 3
    assert to_markdown(document).count("\n\n---\n\n") == 2
    assert to_text(document).count("\n\n\n") == 2
