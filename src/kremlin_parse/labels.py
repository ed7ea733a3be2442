"""The grammar of speaker labels: `President of Russia Vladimir Putin:`, `Question:`.

The lexer asks `find_label` whether a line opens with a label; the turns stage asks
`split_role` where the role ends and the name begins. Both read the vocabulary; neither
uses a backtracking pattern: a label is found by its first colon and checked word by word.
Other sites write labels in capitals (`PRESIDENT OF RUSSIA VLADIMIR PUTIN:`), after a
decoration (`«В.ПУТИН:`, `💬 В.В.Путин:`), with a descriptor in lowercase (`Plenary session
moderator Sergei Brilyov:`), a qualifier in square brackets, or a video's time after the
colon (`Dmitry Peskov: (09:51)`); the label's data says where each of these stands.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

import regex

from .lexicon import INITIALS_AND_SURNAME_FRAGMENT, LEXICON, TIME_FRAGMENT

#: How far into a line the colon of a label may stand.
MAX_LABEL_LENGTH = 160
_MAX_AFFILIATION_WORDS = 8
_MAX_NAME_WORDS_WITHOUT_ROLE = 5
_MAX_LABEL_WORDS = 16
#: A role chain after the label's first comma (`…, Member of the Chinese State Council and
#: Foreign Minister Wang Yi`) may run longer than an affiliation; its name has one to four words.
_MAX_CHAIN_WORDS = 32
_MAX_CHAIN_NAME_WORDS = 4
#: A descriptor before a name (`Plenary session moderator`): at most five words, then a
#: name of two or three.
_MAX_DESCRIPTOR_WORDS = 5
_DESCRIPTOR_NAME_WORDS = (2, 3)
#: The closing bracket of a qualifier, its opening bracket and its longest length:
#: `(retranslated)`, `[главный редактор газеты «Аргументы и факты»]`.
_QUALIFIERS = {")": ("(", 60), "]": ("[", 80)}
#: A numbered generic label: `Speaker 1`, `Участник 2`.
_MAX_GENERIC_NUMBER = 999

_WORD = regex.compile(r"[\p{L}\p{M}’'.\-]+")
_INITIALS_AND_SURNAME = regex.compile(INITIALS_AND_SURNAME_FRAGMENT)
_AFFILIATION_FORBIDDEN = regex.compile(r"[!?;:,\"“”]")
_CLOCK = regex.compile(TIME_FRAGMENT)
#: What follows the colon of a clock line (`Moscow: 18:27`) is short.
_MAX_CLOCK_LINE_TAIL = 12
#: What may stand before a label as decoration: an emoji run, an opening quotation mark, a
#: dash or a bullet, with spaces between.
_DECORATION_CHARACTER = r"[\p{Extended_Pictographic}\p{So}\p{Emoji_Modifier}\uFE0F\u200D«\"„“—–\-•·]"
_DECORATION = regex.compile(rf"(?:{_DECORATION_CHARACTER}\s{{0,3}}){{1,8}}+")
_OPENS_WITH_DECORATION = regex.compile(_DECORATION_CHARACTER)
#: A video's time right after the colon: `(09:51)`, `(1:02:15)`, `[00:09:51]`.
_VIDEO_TIME = regex.compile(r"\s{0,3}(?P<time>\(\d{1,2}(?::\d{2}){1,2}\)|\[\d{1,2}(?::\d{2}){1,2}\])(?=\s|$)")
_NON_SPACE = regex.compile(r"\S+")
#: The first words of the generic labels, casefolded: no other label can be generic.
_GENERIC_OPENERS = frozenset(label.split()[0] for label in LEXICON.folded_generic_labels)


class LabelParts(NamedTuple):
    """What a label says, before it is resolved against the other labels of its event.
    Offsets are relative to the line."""

    #: The label as written, from where it starts to its colon (without the colon).
    label: str
    #: Where the label ends: after its colon.
    end: int
    name: str | None
    role: str | None
    affiliation: str | None
    qualifier: str | None
    generic: bool
    #: Where the label proper starts: after a decoration (`«`, `💬 `, `— `), which is
    #: furniture (`decoration`); 0 when there is none.
    start: int = 0
    #: A video's time right after the colon (`(09:51)`), furniture (`video_timestamp`); the
    #: speech starts after it.
    timestamp: tuple[int, int] | None = None


class ChromeLabel(NamedTuple):
    """A line shaped like a label whose words hold a chrome word of the vocabularies: the
    heading of another site's widget or a note (`Blog Message:`, `NOTE FROM THE POSTER:`,
    `Photo: Kremlin.ru`), never a speaker."""

    #: Where the heading ends: after its colon.
    end: int


#: What a label says: name, role, affiliation, qualifier, generic (the fields of LabelParts).
_Reading = tuple[str | None, str | None, str | None, str | None, bool]


def opens_with_decoration(line: str) -> bool:
    """Whether `line` opens with a character that may decorate a label (an emoji, `«`, `—`)."""
    return _OPENS_WITH_DECORATION.match(line) is not None


def find_label(line: str) -> LabelParts | None:
    """The speaker label that opens `line` (already stripped), or None if it has none."""
    found = read_label(line)
    return found if isinstance(found, LabelParts) else None


def find_short_label(line: str) -> LabelParts | None:
    """The label of one capitalised word that opens `line` (`Putin:`, `Путин:`), which
    `find_label` refuses: one word before a colon is as often a place (`Moscow:`), a
    newspaper (`Axios:`) or a note as a speaker. Only the labels around it can tell: a reader
    that knows its event's earlier labels may accept it when the word is the surname of one
    of them (the lexer, which sees one line at a time, never does). The checks are those of
    `find_label`: decoration, qualifier, video time, clock lines, chrome words."""
    found = read_label(line, single_word=True)
    return found if isinstance(found, LabelParts) else None


def read_label(line: str, *, single_word: bool = False) -> LabelParts | ChromeLabel | None:
    """What opens `line` (already stripped): a speaker label, a heading of chrome shaped like
    one (`Blog Message:`), or neither (None). With `single_word`, only a label of one
    capitalised word (see `find_short_label`)."""
    start = 0
    if line and not line[0].isalpha():
        decoration = _DECORATION.match(line)
        start = decoration.end() if decoration is not None else 0
        if start and (start >= len(line) or not line[start].isalpha()):
            return None
    colon = line.find(":", start, MAX_LABEL_LENGTH)
    if colon <= start:
        return None
    if colon + 1 < len(line) and not line[colon + 1].isspace():
        return None
    if len(line) - colon <= _MAX_CLOCK_LINE_TAIL and _CLOCK.fullmatch(line[colon + 1 :].strip()):
        return None  # `Moscow: 18:27`: a clock
    label = line[start:colon].rstrip()
    reading = _read(label, single_word)
    if reading is None:
        return None
    if reading is _CHROME:
        return ChromeLabel(colon + 1)
    after = line[colon + 1 : colon + 5]
    stamp = _VIDEO_TIME.match(line, colon + 1) if "(" in after or "[" in after else None
    timestamp = stamp.span("time") if stamp is not None else None
    return LabelParts(label, colon + 1, *reading, start, timestamp)


#: What `_read` gives for a label-shaped heading that holds a chrome word.
_CHROME = "chrome"


#: How many readings of label texts are remembered: a page names its few speakers again and
#: again, and a label is read word by word (a few microseconds), so each is read once.
_REMEMBERED_READINGS = 4096


@functools.lru_cache(maxsize=_REMEMBERED_READINGS)
def _read(label: str, single_word: bool) -> _Reading | str | None:
    """Name, role, affiliation, qualifier and genericity of the text before a colon; `_CHROME`
    for label-shaped chrome. The reading depends on the text alone, so it is remembered."""
    body, qualifier = _split_qualifier(label)
    if body is None:
        return None
    name_part, affiliation = _split_affiliation(body)
    if name_part is None:
        chain = None if single_word else _role_chain(body)
        return None if chain is None else (chain[1], chain[0], None, qualifier, False)
    folded = name_part.casefold()
    folded_words = folded.split()
    organisation = None
    if folded_words and folded_words[0] in _GENERIC_OPENERS:
        organisation = _generic(name_part, folded, folded_words)
    if organisation is not None:  # `Вопрос`, `QUESTION`, `Голос из зала`, `Question from BBC News`
        return None if single_word else (None, None, affiliation or organisation or None, qualifier, True)
    words = name_part.split()
    if not words or len(words) > _MAX_LABEL_WORDS:
        return None
    forms = _matching_forms(words) if name_part.isupper() else words
    if not LEXICON.label_chrome_words.isdisjoint(folded_words):
        # `Blog Message`, `NOTE FROM THE POSTER`, `Photo`: a widget's heading, a note, a credit
        label_shaped = all(_is_label_word(word) or _is_label_word(form) for word, form in zip(words, forms))
        return _CHROME if label_shaped and not single_word else None
    if single_word:
        if len(words) != 1 or not _is_label_word(forms[0]) or not _is_capitalised(forms[0]) \
                or _INITIALS_AND_SURNAME.fullmatch(words[0]) or forms[0] in LEXICON.role_words:
            return None
        return (words[0], None, affiliation, qualifier, False)
    # A Russian role takes its object in the genitive, lowercase: `Министр обороны С.Шойгу`.
    lowercase_allowed = forms[0] in LEXICON.roles_without_preposition and len(words) > 1
    if not all(_is_label_word(form) or (lowercase_allowed and _is_lowercase_word(form)) for form in forms):
        name_start = _descriptor_end(forms)
        if name_start is None:
            return None
        return (" ".join(words[name_start:]), " ".join(words[:name_start]), affiliation, qualifier, False)
    if not (_is_capitalised(forms[0]) and _is_capitalised(forms[-1])):
        return None
    name_start = _role_end(forms)
    if name_start == 0:
        if len(words) == 1 and not _INITIALS_AND_SURNAME.fullmatch(words[0]):
            return None
        if len(words) > _MAX_NAME_WORDS_WITHOUT_ROLE:
            return None
    role = " ".join(words[:name_start]) or None
    name = " ".join(words[name_start:]) or None
    role, name, affiliation = _named_after_comma(name_part, role, name, affiliation)
    return name, role, affiliation, qualifier, False


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
    if name_part.casefold() in LEXICON.folded_generic_labels:
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
    while start > 1 and (words[start - 1] in LEXICON.name_particles or (
            _is_capitalised(words[start - 1]) and words[start - 1] not in LEXICON.place_continuations
            and words[start - 1] not in LEXICON.role_words)):
        start -= 1
    if sum(map(_is_capitalised, words[start:])) < 2:
        return role, name, affiliation
    return f"{name_part}, {' '.join(words[:start])}", " ".join(words[start:]), None


def _generic(name_part: str, folded: str, words: list[str]) -> str | None:
    """For a generic label, the organisation its speaker is from (`BBC News` in `Question
    from BBC News`; "" when none); None for a label that is not generic. Compared after
    casefolding (`folded` is the name part casefolded, `words` its words: `ВОПРОС`); a
    number may follow (`Speaker 1`)."""
    if folded in LEXICON.folded_generic_labels:
        return ""
    if len(words) == 2 and words[1].isdigit() and int(words[1]) <= _MAX_GENERIC_NUMBER \
            and words[0] in LEXICON.folded_generic_labels:
        return ""
    for index, word in enumerate(words[1:-1], start=1):
        if word in LEXICON.generic_label_links and " ".join(words[:index]) in LEXICON.folded_generic_labels:
            organisation = name_part.split(maxsplit=index + 1)[-1]
            if len(organisation.split()) <= _MAX_AFFILIATION_WORDS and not _AFFILIATION_FORBIDDEN.search(organisation):
                return organisation
            return None
    return None


def _matching_forms(words: list[str]) -> list[str]:
    """The words of a label written in capitals as the vocabulary spells them, for matching:
    `PRESIDENT OF RUSSIA VLADIMIR PUTIN` is read as `President of Russia Vladimir Putin`.
    Initials and surname (`В.ПУТИН`) stay as they are."""
    forms = []
    for word in words:
        lower = word.lower()
        if lower in LEXICON.label_connectors:
            forms.append(lower)
        elif _INITIALS_AND_SURNAME.fullmatch(word):
            forms.append(word)
        else:
            forms.append("-".join(part[:1].upper() + part[1:].lower() for part in word.split("-")))
    return forms


def _descriptor_end(forms: list[str]) -> int | None:
    """Where the name starts in a label that opens with a descriptor holding a lowercase role
    noun (`Plenary session moderator` + `Sergei Brilyov`, `Модератор сессии` + `Сергей
    Брилёв`): a capitalised first word, lowercase or capitalised words, one of which (after
    casefolding) is a descriptor noun of the vocabularies, then a name of two or three
    capitalised words. None when the label is not so."""
    name_length = 0
    while (name_length < _DESCRIPTOR_NAME_WORDS[-1] and name_length < len(forms) - 1
           and _is_name_word(forms[-1 - name_length])):
        name_length += 1
    if name_length < _DESCRIPTOR_NAME_WORDS[0]:
        return None
    descriptor = forms[:-name_length]
    if (
        len(descriptor) > _MAX_DESCRIPTOR_WORDS
        or not _is_capitalised(descriptor[0])
        or not all(_is_label_word(word) or _is_lowercase_word(word) for word in descriptor)
        or not any(word.casefold() in LEXICON.descriptor_nouns for word in descriptor)
    ):
        return None
    return len(descriptor)


def _role_chain(body: str) -> tuple[str, str] | None:
    """(role, name) of a label whose part after the first comma is a chain of roles too long
    for an affiliation, ending in the name after its last role word: `Special Envoy of the
    President of the People’s Republic of China, Member of the Chinese State Council and
    Foreign Minister` + `Wang Yi`."""
    parts = body.split(",")
    last = parts[-1].split()
    last = _matching_forms(last) if parts[-1].isupper() else last
    if LEXICON.role_words.isdisjoint(last):  # most sentences with a colon end here
        return None
    words = body.replace(",", " ").split()
    if len(words) > _MAX_CHAIN_WORDS or any(not part.strip() for part in parts):
        return None
    forms = _matching_forms(words) if body.isupper() else words
    if not _is_capitalised(forms[0]) or not all(_is_label_word(form) for form in forms):
        return None
    last_role_word = max(index for index, form in enumerate(last) if form in LEXICON.role_words)
    name_length = len(last) - last_role_word - 1
    if not 1 <= name_length <= _MAX_CHAIN_NAME_WORDS or not all(_is_name_word(form) for form in last[-name_length:]):
        return None
    name_start = list(_NON_SPACE.finditer(body))[-name_length].start()
    return body[:name_start].rstrip(), " ".join(words[-name_length:])


def _split_qualifier(label: str) -> tuple[str | None, str | None]:
    """`Emmanuel Macron (retranslated)` -> (`Emmanuel Macron`, `retranslated`); a qualifier in
    square brackets likewise: `АНДРЕЙ БОЧАРОВ [губернатор]` -> (`АНДРЕЙ БОЧАРОВ`, `губернатор`)."""
    bracket = _QUALIFIERS.get(label[-1:])
    if bracket is None:
        return (label or None), None
    opening_bracket, longest = bracket
    opening = label.rfind(opening_bracket)
    if opening <= 0 or len(label) - opening > longest:
        return None, None
    inner = label[opening + 1 : -1].strip()
    if not inner or opening_bracket in inner:
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
    return word in LEXICON.label_connectors or (_WORD.fullmatch(word) is not None and _is_capitalised(word))


def _is_name_word(word: str) -> bool:
    """A capitalised word of a name: no connector, no full stop that ends a sentence."""
    return word not in LEXICON.label_connectors and _is_label_word(word) and _is_capitalised(word)


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
    end = _role_end(words)
    return " ".join(words[:end]) or None, " ".join(words[end:]) or None


def _role_end(words: list[str]) -> int:
    """Where the name starts among the label words: 0 without a role, `len(words)` when
    every word is role."""
    first_role = next((i for i, word in enumerate(words) if word in LEXICON.role_words), None)
    if first_role is None:
        return 0
    if first_role == len(words) - 1:
        return len(words)
    if words[first_role] in LEXICON.roles_without_preposition:
        # `Председатель Правительства Михаил Мишустин`: the object follows in the genitive,
        # so only the last words (given name and surname, or initials and surname) are the name.
        rest = len(words) - first_role - 1
        name_length = 1 if rest == 1 or _INITIALS_AND_SURNAME.fullmatch(words[-1]) else 2
        return len(words) - name_length
    end = first_role + 1
    # Further role words within reach: `Deputy Prime Minister`, `Secretary General`.
    while end < len(words) - 1:
        if words[end] in LEXICON.role_words:
            end += 1
        elif end + 1 < len(words) - 1 and words[end + 1] in LEXICON.role_words:
            end += 2
        else:
            break
    while end < len(words) - 1 and words[end] in LEXICON.role_prepositions:
        end = _consume_object(words, end + 1)
    end = _object_run_on(words, end)
    if (
        end >= len(words)
        or all(word in LEXICON.role_words for word in words[end:])
        # `President of Tajikistan`: one word after a preposition is its object, no name.
        or (end == len(words) - 1 and words[end - 1] in LEXICON.label_connectors)
    ):
        return len(words)
    return end


def _object_run_on(words: list[str], end: int) -> int:
    """Where the role ends when its object ran on past the word rules of `_role_end`.

    A name is capitalised words and name particles (`da`, `von`, `bin`), so a word left among
    the remaining words (other than the last) that only a role or an object holds means the
    object ran on: a continuation word (`Federal Tax Service`), or a lowercase word that is no
    name particle (`Moscow Variety theatre`, `Party of Russia`). After a connector (`of`,
    `the`, `and`), the object goes on with its next word (`of the Valdai Discussion Club`).
    Where a lowercase word showed that the object ran on, its other words are not known, so
    the name is the last two capitalised words with the particles among them (`Gennady
    Hazanov`, `Vladimir Zhirinovsky`).
    """
    ran_on = False
    while end < len(words) - 1:
        rest = words[end:]
        for index in range(len(rest) - 2, -1, -1):
            word = rest[index]
            if word in LEXICON.place_continuations or (word.islower() and word not in LEXICON.name_particles):
                break
        else:
            break
        end += index + 1
        if word.islower():
            ran_on = True
            if word in LEXICON.label_connectors:
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
    while index < last and words[index] in LEXICON.label_connectors:
        index += 1
    if index >= last:
        return index
    index += 1  # the object's first word
    while index < last:
        word = words[index]
        if word in LEXICON.place_continuations:
            index += 1
        elif index + 1 < last and (word in LEXICON.object_links or (
            word in LEXICON.object_conjunctions and words[index + 1] in LEXICON.place_continuations
        )):
            index = _consume_object(words, index + 1)
        else:
            break
    return index

