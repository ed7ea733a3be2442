"""Resolving speakers within one event.

The site names a speaker in full the first time (`President of Russia Vladimir Putin`) and
shortly after that (`Vladimir Putin`, sometimes `A. Kondrashov` for `Alexander Kondrashov`).
Here every label of an event is matched against the others, and against the event's Persons
block (surname first: `Putin Vladimir`), so that each turn carries the full name and role.
"""

from __future__ import annotations

from typing import Iterable, Sequence

import attrs

from .models import Section, Speaker, SpeakerKind, Text, with_person_speakers
from .spans import replaced


def resolve_speakers(sections: Sequence[Section], persons: Iterable[Text] = ()) -> tuple[Section, ...]:
    """The sections with every person speaker resolved against the event's other labels."""
    resolved = resolved_speakers(sections, persons)
    if not resolved:
        return tuple(sections)
    return with_person_speakers(sections, lambda speaker: _as_resolved(speaker, resolved))


def resolved_speakers(sections: Sequence[Section], persons: Iterable[Text] = ()) -> dict[str, Speaker]:
    """Each person label of the sections with its speaker resolved (that of the label's last
    turn, its name and role completed): what `resolve_speakers` gives every turn, for a
    caller that changes the turns once for this and more."""
    speakers = list({turn.speaker.label: turn.speaker for section in sections for turn in section.turns
                     if turn.speaker is not None and turn.speaker.kind is SpeakerKind.PERSON}.values())
    if not speakers:
        return {}
    listed = _given_name_first(persons)
    known_names = [speaker.name.split() for speaker in speakers if speaker.role is None and speaker.name]
    known_names += listed
    # Names written out: in labels without a role, and in the Persons block (`Путин Владимир`
    # read given name first). They complete the initials of labels with a role
    # (`Президент России В.Путин`), and those labels then stand first for the shorter ones.
    full_names = [(speaker.name, None) for speaker in speakers
                  if speaker.role is None and speaker.name and "." not in speaker.name]
    full_names += [(" ".join(words), None) for words in listed]
    with_role = [_resolve(_refine(speaker, known_names), _by_surname(full_names))
                 for speaker in speakers if speaker.role is not None]
    resolved = {speaker.label: speaker for speaker in with_role}
    candidates = _by_surname([(speaker.name, speaker.role) for speaker in with_role if speaker.name] + full_names)
    for speaker in speakers:
        if speaker.role is None:
            resolved[speaker.label] = _resolve(speaker, candidates)
    return resolved


def _by_surname(candidates: list[tuple[str, str | None]]) -> dict[str, list[tuple[str, str | None]]]:
    """The (name, role) candidates by surname, in order, each once: the surname is where a
    short label must agree with a full one, so only those are compared."""
    found: dict[str, list[tuple[str, str | None]]] = {}
    for name, role in dict.fromkeys(candidates):
        found.setdefault(name.split()[-1], []).append((name, role))
    return found


def _given_name_first(persons: Iterable[Text]) -> list[list[str]]:
    """The names of the Persons block (`Putin Vladimir`), given name first."""
    names = []
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


def _resolve(speaker: Speaker, by_surname: dict[str, list[tuple[str, str | None]]]) -> Speaker:
    """The speaker with the full name (and, for a label without one, the role) of the first
    candidate it can stand for: `В.Путин` for `Президент России Владимир Путин`. A label's
    own role stands (`Министр обороны С.Шойгу` keeps its role and takes `Сергей Шойгу`)."""
    if not speaker.name or (speaker.role is not None and "." not in speaker.name):
        return speaker
    surname = speaker.name.replace(".", ". ").split()[-1]
    for name, role in by_surname.get(surname, ()):
        if _same_person(speaker.name, name):
            return attrs.evolve(speaker, name=name, role=speaker.role or role)
    return speaker


def _same_person(short: str, full: str) -> bool:
    """`Vladimir Putin` ~ `Vladimir Putin`; `A. Kondrashov` ~ `Alexander Kondrashov`;
    `В.В.Путин` ~ `Владимир Путин` (a patronymic initial the full name lacks is let go)."""
    if short == full:
        return True
    short_words, full_words = short.replace(".", ". ").split(), full.split()
    if not short_words or short_words[-1] != full_words[-1]:
        return False
    given = short_words[:-1]
    if len(given) > len(full_words) - 1:
        given = given[: len(full_words) - 1]
    for initial, word in zip(given, full_words):
        if not (initial.endswith(".") and word.startswith(initial[:-1])) and initial != word:
            return False
    return bool(given) or len(full_words) == 1


def _as_resolved(speaker: Speaker, resolved: dict[str, Speaker]) -> Speaker:
    """The speaker with the name and role its label was resolved to."""
    found = resolved[speaker.label]
    if (found.name, found.role) == (speaker.name, speaker.role):
        return speaker
    return replaced(speaker, name=found.name, role=found.role)
