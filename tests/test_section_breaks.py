"""A turn continues across `* * *` unless a label or a heading says otherwise, in every shape.

The closing words are from the Kremlin's transcript of the meeting with election campaign
activists of December 10, 2012 (en.kremlin.ru, CC BY 4.0, President of Russia website).
"""

from __future__ import annotations

import pytest

import kremlin_parse
from kremlin_parse import Document
from kremlin_parse.render import render

from conftest import assert_nothing_lost, assert_spans_hold

HEADER = "Events\nMeeting with election campaign activists\nDecember 10, 2012\n17:15\nMoscow\n\n"
SPEECH = "Vladimir Putin: Yes, we do have that problem.\n\nYou are right.\n\n"
CLOSING = "Colleagues, I know that we could talk until next morning.\n\nThank you very much.\n"


def parsed(text: str) -> Document:
    document = kremlin_parse.parse(text)
    assert_nothing_lost(document)
    assert_spans_hold(document)
    return document


def sections(document: Document) -> list[tuple[str | None, list[tuple[str | None, int]]]]:
    """(heading, [(speaker label, paragraphs)]) of each section of the first event."""
    return [(section.heading.text if section.heading else None,
             [(turn.speaker.label if turn.speaker else None, len(turn.paragraphs)) for turn in section.turns])
            for section in document.events[0].sections]


def test_the_closing_words_after_a_break_are_the_speakers() -> None:
    document = parsed(HEADER + SPEECH + "* * *\n\n" + CLOSING)
    assert sections(document) == [(None, [("Vladimir Putin", 2)]), (None, [("Vladimir Putin", 2)])]
    (continued,) = document.events[0].sections[1].turns
    assert continued.speaker is not None
    assert continued.speaker.span.start == continued.speaker.span.end == continued.span.start
    assert continued.span.start == continued.paragraphs[0].span.start


def test_a_label_after_the_break_opens_its_own_turn() -> None:
    document = parsed(HEADER + SPEECH + "* * *\n\nEduard Bagirov: Alright, let’s call it that.\n")
    assert sections(document)[1] == (None, [("Eduard Bagirov", 1)])


def test_a_heading_after_the_break_opens_a_new_part_in_narration() -> None:
    document = parsed(HEADER + SPEECH + "* * *\n\nSpeech at the meeting with activists\n\n" + CLOSING)
    assert sections(document)[1] == ("Speech at the meeting with activists", [(None, 2)])


def test_narration_before_the_break_stays_narration() -> None:
    document = parsed(HEADER + "The meeting took place in the Kremlin.\n\n* * *\n\n" + CLOSING)
    assert sections(document) == [(None, [(None, 1)]), (None, [(None, 2)])]


@pytest.mark.parametrize("shape", ["text_version", "browser_dump", "forum_repost", "html", "flattened"])
def test_the_rule_holds_in_every_shape(shape: str) -> None:
    event = parsed(HEADER + SPEECH + "* * *\n\n" + CLOSING).events[0]
    rendered = render([event], shape)
    # The writers repeat the label after the break; the site does not.
    head, _, tail = rendered.partition("* * *")
    tail = tail.replace("<b>Vladimir Putin:</b> ", "", 1).replace("Vladimir Putin:", "", 1)
    document = parsed(head + "* * *" + tail)
    # (A flattened page keeps no paragraph breaks, so only the speakers are compared.)
    assert [[label for label, _ in turns] for _, turns in sections(document)] == [
        ["Vladimir Putin"], ["Vladimir Putin"]]
    assert document.events[0].turns[-1].paragraphs[-1].text.endswith("Thank you very much.")
