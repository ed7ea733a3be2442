"""Every fixture parses, nothing of it is lost, and every span holds what its node holds."""

from __future__ import annotations

from pathlib import Path

import pytest

import kremlin_parse
from conftest import FIXTURE_FILES, assert_nothing_lost, assert_spans_hold


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.name)
def test_nothing_lost_and_spans_hold(path: Path) -> None:
    document = kremlin_parse.parse_file(path)
    assert_nothing_lost(document)
    assert_spans_hold(document)


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
