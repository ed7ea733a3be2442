"""The grammar of speaker labels: `President of Russia Vladimir Putin:`, `Question:`.

The lexer asks `find_label` whether a line opens with a label; the turns stage asks
`split_role` where the role ends and the name begins. Both read the vocabulary; neither
uses a backtracking pattern: a label is found by its first colon and checked word by word.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from .vocabulary import VOCABULARIES

#: How far into a line the colon of a label may stand.
MAX_LABEL_LENGTH = 160
_MAX_QUALIFIER_LENGTH = 60
_MAX_AFFILIATION_WORDS = 8
_MAX_NAME_WORDS_WITHOUT_ROLE = 5
_MAX_LABEL_WORDS = 16

_WORD = regex.compile(r"[\p{L}\p{M}’'.\-]+")
_INITIALS_AND_SURNAME = regex.compile(r"(?:\p{Lu}\.){1,3}\p{Lu}[\p{L}’'\-]*")
_AFFILIATION_FORBIDDEN = regex.compile(r"[!?;:,\"“”]")


class LabelParts(NamedTuple):
    """What a label says, before it is resolved against the other labels of its event."""

    label: str
    end: int
    name: str | None
    role: str | None
    affiliation: str | None
    qualifier: str | None
    generic: bool


def _all_words(attribute: str) -> frozenset[str]:
    return frozenset(word for vocabulary in VOCABULARIES for word in getattr(vocabulary, attribute))


_GENERIC = _all_words("generic_labels")
_ROLE_WORDS = _all_words("role_words")
_CONNECTORS = _all_words("label_connectors")
_CONTINUATIONS = _all_words("place_continuations")
_PREPOSITIONS = frozenset({"of", "to", "for", "at", "on", "in"})
#: Lowercase words that a name may hold (`Lula da Silva`, `Mohammed bin Salman`): the
#: connectors that are neither prepositions nor `the` and `and`.
_NAME_PARTICLES = _CONNECTORS - _PREPOSITIONS - {"the", "and"}
_ROLES_WITHOUT_PREPOSITION = frozenset(
    word for vocabulary in VOCABULARIES if vocabulary.role_object_without_preposition
    for word in vocabulary.role_words
)


def find_label(line: str) -> LabelParts | None:
    """The speaker label that opens `line` (already stripped), or None if it has none."""
    colon = line.find(":", 0, MAX_LABEL_LENGTH)
    if colon <= 0:
        return None
    if colon + 1 < len(line) and not line[colon + 1].isspace():
        return None
    label = line[:colon].rstrip()
    body, qualifier = _split_qualifier(label)
    if body is None:
        return None
    name_part, affiliation = _split_affiliation(body)
    if name_part is None:
        return None
    if name_part in _GENERIC:  # `Вопрос`, `Голос из зала`: lowercase words and all
        return LabelParts(label, colon + 1, None, None, affiliation, qualifier, True)
    words = name_part.split()
    if not words or len(words) > _MAX_LABEL_WORDS:
        return None
    # A Russian role takes its object in the genitive, lowercase: `Министр обороны С.Шойгу`.
    lowercase_allowed = words[0] in _ROLES_WITHOUT_PREPOSITION and len(words) > 1
    if not all(_is_label_word(word) or (lowercase_allowed and _is_lowercase_word(word)) for word in words):
        return None
    if not (_is_capitalised(words[0]) and _is_capitalised(words[-1])):
        return None
    role, name = split_role(words)
    if role is None:
        if len(words) == 1 and not _INITIALS_AND_SURNAME.fullmatch(words[0]):
            return None
        if len(words) > _MAX_NAME_WORDS_WITHOUT_ROLE:
            return None
    role, name, affiliation = _named_after_comma(name_part, role, name, affiliation)
    return LabelParts(label, colon + 1, name, role, affiliation, qualifier, False)


def read_marked_label(label: str, end: int) -> LabelParts:
    """The parts of a label that markup marks as one (bold text, then a colon), whatever its
    words: `Call centre operator`, `Director of the Moscow Variety theatre Gennady Hazanov`.
    `end` is where the label and its colon end in the line. The label is read as `find_label`
    reads it where that accepts it; otherwise qualifier, affiliation and role are split off
    where they can be, and the rest is the name."""
    if ":" not in label:
        found = find_label(label + ":")
        if found is not None:
            return found._replace(end=end)
    body, qualifier = _split_qualifier(label)
    if body is None:
        body, qualifier = label, None
    name_part, affiliation = _split_affiliation(body)
    if name_part is None:
        name_part, affiliation = body, None
    if name_part in _GENERIC:
        return LabelParts(label, end, None, None, affiliation, qualifier, True)
    role, name = split_role(name_part.split())
    role, name, affiliation = _named_after_comma(name_part, role, name, affiliation)
    return LabelParts(label, end, name, role, affiliation, qualifier, False)


def _named_after_comma(
    name_part: str, role: str | None, name: str | None, affiliation: str | None
) -> tuple[str | None, str | None, str | None]:
    """(role, name, affiliation) of a label whose part after the comma goes on with the role
    and names the person at its end: `Research Director of the … Club, moderator Fyodor
    Lukyanov` is the role `… Club, moderator` of `Fyodor Lukyanov`, not an affiliation. Such a
    part opens with a lowercase word and ends in two or more capitalised words that are no
    role or continuation words (`acting head of Rostov Region` names no one)."""
    if role is None or affiliation is None or not affiliation[:1].islower():
        return role, name, affiliation
    words = affiliation.split()
    start = len(words)
    while start > 1 and (words[start - 1] in _NAME_PARTICLES or (
            _is_capitalised(words[start - 1]) and words[start - 1] not in _CONTINUATIONS
            and words[start - 1] not in _ROLE_WORDS)):
        start -= 1
    if sum(map(_is_capitalised, words[start:])) < 2:
        return role, name, affiliation
    return f"{name_part}, {' '.join(words[:start])}", " ".join(words[start:]), None


def _split_qualifier(label: str) -> tuple[str | None, str | None]:
    """`Emmanuel Macron (retranslated)` -> (`Emmanuel Macron`, `retranslated`)."""
    if not label.endswith(")"):
        return (label or None), None
    opening = label.rfind("(")
    if opening <= 0 or len(label) - opening > _MAX_QUALIFIER_LENGTH:
        return None, None
    inner = label[opening + 1 : -1].strip()
    if not inner or "(" in inner:
        return None, None
    return label[:opening].rstrip() or None, inner


def _split_affiliation(body: str) -> tuple[str | None, str | None]:
    """`Valery Sanfirov, Mayak radio` -> (`Valery Sanfirov`, `Mayak radio`)."""
    comma = body.find(",")
    if comma == -1:
        return body, None
    affiliation = body[comma + 1 :].strip()
    if (
        not affiliation
        or len(affiliation.split()) > _MAX_AFFILIATION_WORDS
        or _AFFILIATION_FORBIDDEN.search(affiliation)
        or affiliation.endswith(".")
    ):
        return None, None
    return body[:comma].rstrip(), affiliation


def _is_label_word(word: str) -> bool:
    if word.endswith(".") and len(word) > 3 and "." not in word[:-1]:
        return False  # `China.`: a full stop after a word ends a sentence; initials are short
    return word in _CONNECTORS or (_WORD.fullmatch(word) is not None and _is_capitalised(word))


def _is_lowercase_word(word: str) -> bool:
    """A lowercase word of a Russian role's object; one ending in a full stop ends a sentence."""
    return not word.endswith(".") and _WORD.fullmatch(word) is not None and word[0].islower()


def _is_capitalised(word: str) -> bool:
    for character in word:
        if character.isalpha():
            return character.isupper()
    return False


def split_role(words: list[str]) -> tuple[str | None, str | None]:
    """Split label words into (role, name): `President of Russia` + `Vladimir Putin`.

    A role is any modifiers, one or more role words (`Deputy Prime Minister`) and the
    prepositional objects that follow them (`of the Republic of Kazakhstan`). What is left is
    the name. Without a role word the whole label is the name.
    """
    first_role = next((i for i, word in enumerate(words) if word in _ROLE_WORDS), None)
    if first_role is None:
        return None, " ".join(words)
    if first_role == len(words) - 1:
        return " ".join(words), None
    if words[first_role] in _ROLES_WITHOUT_PREPOSITION:
        # `Председатель Правительства Михаил Мишустин`: the object follows in the genitive,
        # so only the last words (given name and surname, or initials and surname) are the name.
        rest = len(words) - first_role - 1
        name_length = 1 if rest == 1 or _INITIALS_AND_SURNAME.fullmatch(words[-1]) else 2
        return " ".join(words[:-name_length]), " ".join(words[-name_length:])
    end = first_role + 1
    # Further role words within reach: `Deputy Prime Minister`, `Secretary General`.
    while end < len(words) - 1:
        if words[end] in _ROLE_WORDS:
            end += 1
        elif end + 1 < len(words) - 1 and words[end + 1] in _ROLE_WORDS:
            end += 2
        else:
            break
    while end < len(words) - 1 and words[end] in _PREPOSITIONS:
        end = _consume_object(words, end + 1)
    end = _object_run_on(words, end)
    if (
        end >= len(words)
        or all(word in _ROLE_WORDS for word in words[end:])
        # `President of Tajikistan`: one word after a preposition is its object, no name.
        or (end == len(words) - 1 and words[end - 1] in _CONNECTORS)
    ):
        return " ".join(words), None
    return " ".join(words[:end]), " ".join(words[end:])


def _object_run_on(words: list[str], end: int) -> int:
    """Where the role ends when its object ran on past the word rules of `split_role`.

    A name is capitalised words and name particles (`da`, `von`, `bin`), so a word left among
    the remaining words (other than the last) that only a role or an object holds means the
    object ran on: a continuation word (`Federal Tax Service`), or a lowercase word that is no
    name particle (`Moscow Variety theatre`, `Party of Russia`). After a preposition, `the` or
    `and`, the object goes on with its next word (`of the Valdai Discussion Club`). Where a
    lowercase word showed that the object ran on, its other words are not known, so the name
    is the last two capitalised words with the particles among them (`Gennady Hazanov`,
    `Andrei Bystritsky`, `Vladimir Zhirinovsky`).
    """
    ran_on = False
    while end < len(words) - 1:
        rest = words[end:]
        for index in range(len(rest) - 2, -1, -1):
            word = rest[index]
            if word in _CONTINUATIONS or (word.islower() and word not in _NAME_PARTICLES):
                break
        else:
            break
        end += index + 1
        if word.islower():
            ran_on = True
            if word in _CONNECTORS:
                end = _consume_object(words, end)
    if ran_on:
        start = len(words)
        capitalised = 0
        while start > end and capitalised < 2:
            start -= 1
            capitalised += _is_capitalised(words[start])
        end = start
    return end


def _consume_object(words: list[str], start: int) -> int:
    """The index after a prepositional object: `the Republic of Kazakhstan`."""
    index = start
    last = len(words) - 1
    while index < last and words[index] in _CONNECTORS:
        index += 1
    if index >= last:
        return index
    index += 1  # the object's first word
    while index < last:
        word = words[index]
        if word in _CONTINUATIONS:
            index += 1
        elif word in ("of", "and") and index + 1 < last and (
            word == "of" or words[index + 1] in _CONTINUATIONS
        ):
            index = _consume_object(words, index + 1)
        else:
            break
    return index

