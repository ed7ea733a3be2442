"""Person ids: one id for every form of a person's name, in both editions and across documents.

`В.Путин`, `Владимир Путин`, `Путин Владимир Владимирович` (a Persons entry, surname
first), `ПУТИН`, `V.Putin`, `Vladimir Putin` and `PRESIDENT OF RUSSIA VLADIMIR PUTIN` are
one person, `putin-vladimir`: the surname, then the given name, romanised as the English
edition spells them (kremlin_parse.romanise), lower case, and with the spellings the site
uses side by side made one (`Yury`/`Yuri`, `Fyodor`/`Fedor`, `Dmitriyev`/`Dmitriev`): see
`word_key`. docs/persons.md gives the rules and what they were measured on.

A name written with initials only (`В.Путин`) or as a surname alone gives a *short* id,
`putin-v` or `putin`. Within an event it takes the full id of the one person of the event it
can stand for (another label, a Persons entry); when two could (`С.Иванов` beside Sergei and
Stanislav Ivanov) it stays unresolved, with an `ambiguous-speaker` diagnostic, rather than
guessed. `persons(documents)` completes short ids the same way across a whole collection.

The parser calls `assign_person_ids` on every event; `persons(documents)` gives the table of
persons (id, forms, roles, counts).
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Iterable, Mapping, NamedTuple, Sequence

import attrs
import regex

from .labels import find_label, split_role
from .diagnostics import Code, DiagnosticSink
from .models import Document, Section, Speaker, SpeakerKind, Text, with_person_speakers
from .spans import replaced
from .romanise import has_cyrillic, romanise_word
from .lexicon import LEXICON

__all__ = [
    "Ambiguity", "NameParts", "Person", "PersonTable", "assign_person_ids", "compatible",
    "entry_person_id", "is_short", "name_parts", "person_id", "persons", "word_key",
]

#: Endings of patronymics, in Cyrillic (from the vocabularies) and romanised (`Vladimirovich`).
_PATRONYMIC_ENDINGS = tuple(
    set(LEXICON.words("patronymic_endings")) | {romanise_word(ending) for ending in LEXICON.words("patronymic_endings")}
)
_ROLE_WORDS = LEXICON.role_words
_CONNECTORS = LEXICON.label_connectors
#: Words that join a role to its object (`Minister-President of Bavaria`): no name holds them.
_ROLE_JOINERS = LEXICON.label_connectors - LEXICON.name_particles
_LOWERCASE_IN_ROLES = _ROLE_JOINERS | _CONNECTORS

#: An initial: one or two letters and a full stop (`В.`, `V.`, `Yu.`).
_INITIAL = regex.compile(r"\p{L}{1,2}\.")
#: A full stop glued to the next word (`В.Путин`): a space is put after it before splitting.
_GLUED_STOP = regex.compile(r"\.(?=\p{L})")
_NOT_KEY = regex.compile(r"[^a-z0-9\-]+")
#: The site's double spellings, made one in a key (see `word_key`).
_YO_AFTER_CONSONANT = regex.compile(r"(?<=[bcdfghjklmnpqrstvwxz])yo")
_YE_AFTER_VOWEL = regex.compile(r"(?<=[aeiou])ye")
_FINAL_Y = regex.compile(r"i?y$")


# -- names ------------------------------------------------------------------------------------


class NameParts(NamedTuple):
    """A name taken apart: the surname, the given names (without a patronymic), and whether
    the given names are initials only (`В.Путин`)."""

    surname: str
    given: tuple[str, ...]
    initials_only: bool

    @property
    def short(self) -> bool:
        """Initials only, or a surname alone: a name that may stand for a longer one."""
        return self.initials_only or not self.given


@functools.lru_cache(maxsize=4096)
def name_parts(name: str, *, surname_first: bool = False) -> NameParts | None:
    """The parts of a name as written in a label (given name first: `Vladimir Putin`,
    `В.В.Путин`, `ВЛАДИМИР ПУТИН`) or, with `surname_first`, in a Persons entry or tooltip
    (`Путин Владимир Владимирович`); None when it holds no word. Remembered: the same few
    names recur in every event of a corpus."""
    words = _GLUED_STOP.sub(". ", name).split()
    if words and all(word.isupper() or not any(c.isalpha() for c in word) for word in words) \
            and any(sum(c.isalpha() for c in word) > 1 for word in words):
        words = [_title(word) for word in words]
        if not surname_first:
            words = (split_role(words)[1] or "").split()
    words = _before_role(words) if surname_first else _after_role(words)
    words = [word for word in words if any(character.isalpha() for character in word)]
    if not words:
        return None
    if len(words) > 2 and _is_patronymic(words[-1 if surname_first else -2]):
        words = words[:-1] if surname_first else words[:-2] + words[-1:]
    if len(words) == 1:
        return NameParts(words[0], (), False)
    if surname_first:
        return NameParts(words[0], tuple(words[1:]), False)
    given = tuple(words[:-1])
    initials = all(_INITIAL.fullmatch(word) for word in given)
    if initials:
        given = given[:1]  # a second initial is the patronymic's: `В.В.Путин`
    return NameParts(words[-1], given, initials)


def person_id(name: str | None, *, surname_first: bool = False) -> str | None:
    """The id of a name as written (see `name_parts`): `putin-vladimir`; a short id for
    initials (`putin-v`) or a surname alone (`putin`); None for no name."""
    if not name:
        return None
    parts = name_parts(name, surname_first=surname_first)
    return None if parts is None else _id_of(parts)


def entry_person_id(entry: str) -> str | None:
    """The id of a Persons-block entry, written surname first: `Putin Vladimir` and
    `Путин Владимир Владимирович` are `putin-vladimir`; `Кирилл Патриарх Московский и всея
    Руси` (name, then title) is `kirill`."""
    return person_id(entry, surname_first=True)


def word_key(word: str) -> str:
    """One word of a name as it stands in an id: romanised if Cyrillic, accents taken off,
    lower case, letters, digits and hyphens only, and the site's double spellings made one:
    `yo` after a consonant is `e` (Fyodor/Fedor), `ye` after a vowel is `e`
    (Dmitriyev/Dmitriev, Matviyenko), a final `y` or `iy` is `i` (Yury/Yuri, Sergey/Sergei)."""
    parts = []
    for part in word.split("-"):
        ascii_ = unicodedata.normalize("NFKD", part.lower())
        key = _NOT_KEY.sub("", "".join(c for c in ascii_ if not unicodedata.combining(c)))
        key = _YE_AFTER_VOWEL.sub("e", _YO_AFTER_CONSONANT.sub("e", key))
        parts.append(_FINAL_Y.sub("i", key) if len(key) > 1 else key)
    return "-".join(part for part in parts if part)


@functools.lru_cache(maxsize=4096)
def _id_of(parts: NameParts) -> str | None:
    surname = word_key(_romanised(parts.surname, given=False))
    if not surname:
        return None
    if not parts.given:
        return surname
    given = [word_key(_romanised(word.rstrip("."), given=True)) for word in parts.given]
    if parts.initials_only:
        given = [given[0][:1]]
    given = [word for word in given if word]
    return "-".join([surname, *given]) if given else surname


def _romanised(word: str, *, given: bool) -> str:
    return romanise_word(word, given_name=given) if has_cyrillic(word) else word


def _title(word: str) -> str:
    """An upper-case word as a name or role is written: `PUTIN` Putin, `OF` of, `В.ПУТИН`."""
    lower = word.lower()
    if lower in _LOWERCASE_IN_ROLES:
        return lower
    return "".join(piece[:1].upper() + piece[1:] for piece in regex.split(r"(?<=[.\-])", lower))


def _before_role(words: list[str]) -> list[str]:
    """The name at the start of a Persons entry: the words before a role word or a lowercase
    word (`Кирилл Патриарх Московский и всея Руси` -> `Кирилл`)."""
    for index, word in enumerate(words[1:], start=1):
        if word in _ROLE_WORDS or not word[:1].isupper():
            return words[:index]
    return words


def _after_role(words: list[str]) -> list[str]:
    """The name at the end of a label whose role the vocabularies do not know
    (`Minister-President of Bavaria Horst Seehofer` -> `Horst Seehofer`): after the last word
    that joins a role to its object, the last two words (the object's go before them)."""
    joiners = [index for index, word in enumerate(words) if word in _ROLE_JOINERS]
    if not joiners:
        return words
    rest = words[joiners[-1] + 1:]
    return rest[-2:] if len(rest) > 2 else rest


def _is_patronymic(word: str) -> bool:
    return word.lower().endswith(_PATRONYMIC_ENDINGS)


def is_short(ident: str) -> bool:
    """Whether an id is short: made from initials (`putin-v`: it ends in a one-letter given
    name) or from one word (`putin`; also a name of one word, such as `kirill`)."""
    head, _, last = ident.rpartition("-")
    return not head or len(last) == 1


def compatible(short: str, full: str) -> bool:
    """Whether the short id `putin-v` (or `putin`) can stand for the full id `putin-vladimir`:
    the same surname, and the full given name starting with the initial."""
    if not is_short(short) or is_short(full):
        return False
    head, _, last = short.rpartition("-")
    surname, initial = (head, last) if head else (short, "")
    return full.startswith(surname + "-") and full[len(surname) + 1:].startswith(initial)


# -- within an event --------------------------------------------------------------------------


def assign_person_ids(sections: Sequence[Section], entries: Iterable[Text], sink: DiagnosticSink | None = None
                      ) -> tuple[Section, ...]:
    """The sections with `person_id` set on every person speaker.

    `entries` are the event's Persons block (`Text` nodes). A label written with initials
    or a surname alone takes the full id of the one person of the event it can stand for: a
    label written out, else a Persons entry (which a flattened page may have cut apart);
    when there are several, it gets no id and `sink` hears `ambiguous-speaker`. A label written like a Persons entry (`Zhang Gaoli` beside the entry
    `Zhang Gaoli`) is read surname first, as the entry is.
    """
    speakers = {turn.speaker.label: turn.speaker for section in sections for turn in section.turns
                if turn.speaker is not None and turn.speaker.kind is SpeakerKind.PERSON}
    if not speakers:
        return tuple(sections)
    ids = person_ids(speakers, entries, sink)
    return with_person_speakers(sections, lambda speaker: _with_id(speaker, ids))


def person_ids(speakers: Mapping[str, Speaker], entries: Iterable[Text], sink: DiagnosticSink | None = None
               ) -> dict[str, str | None]:
    """The person id of each label of `speakers` (label: the speaker of its last turn), as
    `assign_person_ids` sets them, for a caller that changes the turns once for this and
    more; `sink` hears `ambiguous-speaker` at the speaker's span."""
    entries = list(entries)
    entry_words = [tuple(entry.text.lower().split()) for entry in entries]
    entry_ids = [entry_person_id(entry.text) for entry in entries]
    own_ids: dict[str, str | None] = {}
    written_short: dict[str, str] = {}
    for label, speaker in speakers.items():
        written = _written_name(speaker)
        parts = name_parts(written) if written else None
        if parts is not None and parts.short:
            written_short[label] = _id_of(parts) or ""
        elif speaker.name:
            surname_first = tuple(speaker.name.lower().split()) in entry_words
            own_ids[label] = person_id(speaker.name, surname_first=surname_first)
        else:
            own_ids[label] = None
    label_ids = {ident for ident in own_ids.values() if ident and not is_short(ident)}
    full_ids = label_ids | {ident for ident in entry_ids if ident and not is_short(ident)}
    ids = dict(own_ids)
    for label, short in written_short.items():
        # a name written out in a label is the best evidence; the Persons block comes next
        candidates = sorted(ident for ident in label_ids if compatible(short, ident)) \
            or sorted(ident for ident in full_ids if compatible(short, ident))
        if len(candidates) == 1:
            ids[label] = candidates[0]
        elif not candidates:
            ids[label] = short or None
        else:
            ids[label] = None
            if sink is not None:
                span = speakers[label].span
                sink.report(Code.AMBIGUOUS_SPEAKER, span.start, span.end, label=label,
                            candidates=", ".join(candidates))
    return ids


def _written_name(speaker: Speaker) -> str | None:
    """The name as the label writes it, before resolution within the event gave it another."""
    return _label_name(speaker.label) or speaker.name


@functools.lru_cache(maxsize=4096)
def _label_name(label: str) -> str | None:
    parts = find_label(label + ":")
    return parts.name if parts is not None else None


def _with_id(speaker: Speaker, ids: dict[str, str | None]) -> Speaker:
    """The speaker with the person id of its label."""
    person_id = ids.get(speaker.label)
    return speaker if person_id == speaker.person_id else replaced(speaker, person_id=person_id)


# -- across documents -------------------------------------------------------------------------


@attrs.frozen
class Person:
    """One person of a collection, with every way the documents write them.

    `forms` are the names as written (labels' names, Persons entries); `other_ids` the other
    ids that stand for the person in the collection (short ids it completed, ids an alignment
    linked to it); `turns` how many turns the person speaks; `events` in how many events the
    person speaks or is listed.
    """

    id: str
    forms: tuple[str, ...]
    roles: tuple[str, ...]
    languages: tuple[str, ...]
    turns: int
    events: int
    other_ids: tuple[str, ...] = ()


@attrs.frozen
class Ambiguity:
    """A short id that more than one person of the collection could stand for."""

    short_id: str
    candidates: tuple[str, ...]


@attrs.frozen
class PersonTable:
    """The persons of a collection (`persons(documents)`), in order of first appearance."""

    persons: tuple[Person, ...]
    ambiguities: tuple[Ambiguity, ...] = ()
    #: Every other id to the id of its person (read with `canonical`).
    aliases: dict[str, str] = attrs.field(factory=dict)

    def canonical(self, ident: str | None) -> str | None:
        """The id a person of the table has for `ident` (a short id, or an id linked to
        another by an alignment); `ident` itself when it is no alias."""
        if ident is None:
            return None
        return self.aliases.get(ident, ident)

    def __getitem__(self, ident: str) -> Person:
        canonical = self.canonical(ident)
        for person in self.persons:
            if person.id == canonical:
                return person
        raise KeyError(ident)

    def __len__(self) -> int:
        return len(self.persons)


@attrs.define
class _Tally:
    forms: dict[str, None] = attrs.field(factory=dict)
    roles: dict[str, None] = attrs.field(factory=dict)
    languages: dict[str, None] = attrs.field(factory=dict)
    turns: int = 0
    events: set[tuple[int, int]] = attrs.field(factory=set)


def persons(documents: Iterable[Document], links: Iterable[tuple[str, str]] = ()) -> PersonTable:
    """The table of the persons who speak in `documents` or stand in their Persons blocks.

    A short id (`putin-v`, `putin`) joins the one full id of the collection it can stand for;
    when it could stand for several it stays a person of its own and is listed in
    `ambiguities`.
    `links` are pairs of ids known to be one person, such as an alignment's
    (`align(...).person_links()`: `Ж.Ларше` paired with `Gerard Larcher`); the person keeps
    the first, English, id of a pair, or its full one when the other is short.
    """
    tallies: dict[str, _Tally] = {}
    for document_number, document in enumerate(documents):
        for event_number, event in enumerate(document.events):
            where = (document_number, event_number)
            for speaker in event.speakers:
                if speaker.person_id is None:
                    continue
                tally = tallies.setdefault(speaker.person_id, _Tally())
                tally.forms.setdefault(_written_name(speaker) or speaker.label, None)
                if speaker.role:
                    tally.roles.setdefault(speaker.role, None)
                tally.languages.setdefault(event.language, None)
                tally.turns += 1
                tally.events.add(where)
            for entry in event.persons:
                ident = entry_person_id(entry.text)
                if ident is None:
                    continue
                tally = tallies.setdefault(ident, _Tally())
                tally.forms.setdefault(entry.text, None)
                tally.languages.setdefault(event.language, None)
                tally.events.add(where)
    aliases, ambiguities = _aliases(list(tallies), list(links))
    merged: dict[str, _Tally] = {}
    others: dict[str, list[str]] = {}
    for ident, tally in tallies.items():
        target = aliases.get(ident, ident)
        into = merged.setdefault(target, _Tally())
        into.forms.update(tally.forms)
        into.roles.update(tally.roles)
        into.languages.update(tally.languages)
        into.turns += tally.turns
        into.events |= tally.events
        if target != ident:
            others.setdefault(target, []).append(ident)
    table = tuple(
        Person(ident, tuple(tally.forms), tuple(tally.roles), tuple(tally.languages), tally.turns,
               len(tally.events), tuple(others.get(ident, ())))
        for ident, tally in merged.items()
    )
    return PersonTable(table, tuple(ambiguities), aliases)


def _aliases(ids: list[str], links: list[tuple[str, str]]) -> tuple[dict[str, str], list[Ambiguity]]:
    """Which id stands for which: linked ids are one person, known by the first id of their
    pair or by a full one over a short one; a short id joins the one full id it can stand for."""
    parent: dict[str, str] = {}

    def root(ident: str) -> str:
        while ident in parent:
            ident = parent[ident]
        return ident

    for english, russian in links:
        first, second = root(english), root(russian)
        if first == second:
            continue
        if is_short(first) and not is_short(second):
            first, second = second, first
        parent[second] = first
    aliases = {ident: root(ident) for ident in parent}
    full = sorted({root(ident) for ident in ids if not is_short(root(ident))})
    ambiguities = []
    for ident in ids:
        if not is_short(ident) or ident in aliases:
            continue
        candidates = [candidate for candidate in full if compatible(ident, candidate)]
        if len(candidates) == 1:
            aliases[ident] = candidates[0]
        elif candidates:
            ambiguities.append(Ambiguity(ident, tuple(candidates)))
    return aliases, ambiguities
