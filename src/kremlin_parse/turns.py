"""Resolving speakers within one event.

The site names a speaker in full the first time (`President of Russia Vladimir Putin`) and
shortly after that (`Vladimir Putin`, sometimes `A. Kondrashov` for `Alexander Kondrashov`).
Here every label of an event is matched against the others, and against the event's Persons
block (surname first: `Putin Vladimir`), so that each turn carries the full name and role.
"""

from __future__ import annotations

from typing import Iterable, Sequence

import attrs

from .models import Section, Speaker, SpeakerKind, Text, Turn


def resolve_speakers(sections: Sequence[Section], persons: Iterable[Text] = ()) -> tuple[Section, ...]:
    """The sections with every person speaker resolved against the event's other labels."""
    speakers = [turn.speaker for section in sections for turn in section.turns
                if turn.speaker is not None and turn.speaker.kind is SpeakerKind.PERSON]
    if not speakers:
        return tuple(sections)
    known_names = _known_names(speakers, persons)
    resolved: dict[str, Speaker] = {}
    # Labels that can stand for a shorter one: with a role first, then names written out.
    full = [_refine(speaker, known_names) for speaker in speakers if speaker.role is not None]
    full += [speaker for speaker in speakers
             if speaker.role is None and speaker.name and "." not in speaker.name]
    for speaker in speakers:
        resolved[speaker.label] = _resolve(speaker, full, known_names)
    return tuple(
        attrs.evolve(section, turns=tuple(_with_speaker(turn, resolved) for turn in section.turns))
        for section in sections
    )


def _known_names(speakers: list[Speaker], persons: Iterable[Text]) -> list[list[str]]:
    """Names that stand alone somewhere: role-less labels and the Persons block, given name first."""
    names = [speaker.name.split() for speaker in speakers if speaker.role is None and speaker.name]
    for person in persons:
        words = person.text.split()
        if len(words) >= 2:
            names.append(words[1:] + words[:1])
    return names


def _refine(speaker: Speaker, known_names: list[list[str]]) -> Speaker:
    """Move the role/name boundary of a full label to match a name known from elsewhere."""
    words = (speaker.role or "").split() + (speaker.name or "").split()
    for name in sorted(known_names, key=len, reverse=True):
        if 0 < len(name) < len(words) and words[-len(name):] == name:
            return attrs.evolve(speaker, role=" ".join(words[: -len(name)]), name=" ".join(name))
    return speaker


def _resolve(speaker: Speaker, full: list[Speaker], known_names: list[list[str]]) -> Speaker:
    if speaker.role is not None:
        return _refine(speaker, known_names)
    if not speaker.name:
        return speaker
    for candidate in full:
        if candidate.name is not None and _same_person(speaker.name, candidate.name):
            return attrs.evolve(speaker, name=candidate.name, role=candidate.role)
    return speaker


def _same_person(short: str, full: str) -> bool:
    """`Vladimir Putin` ~ `Vladimir Putin`; `A. Kondrashov` ~ `Alexander Kondrashov`."""
    if short == full:
        return True
    short_words, full_words = short.replace(".", ". ").split(), full.split()
    if not short_words or short_words[-1] != full_words[-1] or len(short_words) > len(full_words):
        return False
    for initial, word in zip(short_words[:-1], full_words[: len(short_words) - 1]):
        if not (initial.endswith(".") and word.startswith(initial[:-1])) and initial != word:
            return False
    return True


def _with_speaker(turn: Turn, resolved: dict[str, Speaker]) -> Turn:
    if turn.speaker is None or turn.speaker.kind is not SpeakerKind.PERSON:
        return turn
    found = resolved[turn.speaker.label]
    return attrs.evolve(turn, speaker=attrs.evolve(found, span=turn.speaker.span))

