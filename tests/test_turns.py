"""Resolving speakers on their own: `resolve_speakers` on the sections of one event."""

from __future__ import annotations

import pytest

from kremlin_parse.models import Paragraph, Section, Span, Speaker, SpeakerKind, Text, Turn
from kremlin_parse.labels import find_label
from kremlin_parse.turns import resolve_speakers


def section_of(*labels: str) -> Section:
    """A section with one turn of one paragraph for each label, as the body stage makes them."""
    turns = []
    for label in labels:
        parts = find_label(label + ":")
        assert parts is not None, label
        speaker = Speaker(parts.label, Span(0, 0), SpeakerKind.GENERIC if parts.generic else SpeakerKind.PERSON,
                          parts.name, parts.role, parts.affiliation, parts.qualifier)
        turns.append(Turn(speaker, (Paragraph("Text.", Span(0, 5), (Span(0, 5),)),), Span(0, 5)))
    return Section(None, tuple(turns), Span(0, 5))


def resolved(*labels: str, persons: tuple[str, ...] = ()) -> list[tuple[str | None, str | None]]:
    persons_block = tuple(Text(name, Span(0, len(name))) for name in persons)
    (section,) = resolve_speakers([section_of(*labels)], persons_block)
    return [(turn.speaker.name, turn.speaker.role) for turn in section.turns if turn.speaker]


def test_a_short_label_takes_the_role_of_the_full_one_before_or_after_it() -> None:
    full = ("Vladimir Putin", "President of Russia")
    assert resolved("President of Russia Vladimir Putin", "Vladimir Putin") == [full, full]
    assert resolved("Vladimir Putin", "President of Russia Vladimir Putin") == [full, full]


@pytest.mark.parametrize(("short", "full"), [
    ("A. Kondrashov", "Alexander Kondrashov"),
    ("В.Путин", "Владимир Путин"),
    ("В.В.Путин", "Владимир Путин"),
])
def test_initials_take_the_full_name(short: str, full: str) -> None:
    assert resolved(full, short) == [(full, None), (full, None)]


def test_initials_that_do_not_fit_stay_as_they_are() -> None:
    assert resolved("Alexander Kondrashov", "B. Kondrashov") == [("Alexander Kondrashov", None), ("B. Kondrashov", None)]


def test_a_known_name_moves_the_boundary_of_a_full_label() -> None:
    full = "Chairman of the Liberal Democratic Party of Russia Vladimir Zhirinovsky"
    expected = ("Vladimir Zhirinovsky", "Chairman of the Liberal Democratic Party of Russia")
    assert resolved(full, "Vladimir Zhirinovsky") == [expected, expected]


def test_the_persons_block_completes_initials_and_moves_the_boundary() -> None:
    assert resolved("Президент России В.Путин", persons=("Путин Владимир",)) == [("Владимир Путин", "Президент России")]


def test_generic_labels_are_not_resolved() -> None:
    (section,) = resolve_speakers([section_of("Question", "Vladimir Putin")])
    question = section.turns[0].speaker
    assert question is not None and question.kind is SpeakerKind.GENERIC and question.name is None
