"""Every fixture parses, and nothing of it is lost."""

from __future__ import annotations

from pathlib import Path

import pytest

import kremlin_parse
from conftest import FIXTURE_FILES, assert_nothing_lost


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.name)
def test_nothing_lost(path: Path) -> None:
    assert_nothing_lost(kremlin_parse.parse_file(path))


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.name)
def test_spans_slice_to_their_text(path: Path) -> None:
    document = kremlin_parse.parse_file(path)
    text = document.text
    for event in document.events:
        for node in (event.title, event.location, event.url):
            if node is not None:
                assert node.span.slice(text) == node.text
        for node in (event.date, event.time, event.published_at, event.published_in):
            if node is not None:
                assert node.span.slice(text) == node.raw
        for turn in event.turns:
            if turn.speaker is not None:
                assert turn.speaker.span.slice(text) == turn.speaker.label + ":"
            for paragraph in turn.paragraphs:
                pieces = [piece.slice(text) for piece in paragraph.pieces]
                assert all(piece == piece.strip() and piece for piece in pieces)
                assert paragraph.text.startswith(pieces[0]) and paragraph.text.endswith(pieces[-1])
                for mark in paragraph.marks:
                    assert mark.span.slice(text) == mark.text
                    assert mark.text in paragraph.text
    for item in document.furniture:
        assert item.span.slice(text) == item.text


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.name)
def test_no_furniture_in_paragraphs(path: Path) -> None:
    document = kremlin_parse.parse_file(path)
    furniture_lines = {"Publication status", "Topics", "Persons", "Geography", "See also",
                       "Text version", "Events", "3 of 3", "3 of 4", "1 of 3"}
    for event in document.events:
        for turn in event.turns:
            for paragraph in turn.paragraphs:
                assert paragraph.text not in furniture_lines
                assert not paragraph.text.startswith(("Published in sections:", "Publication date:"))
        for entry in event.see_also:
            assert all(entry.title.text not in paragraph.text
                       for turn in event.turns for paragraph in turn.paragraphs)
