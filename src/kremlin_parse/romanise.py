"""Russian names in Latin letters, spelt as the English edition of the site spells them.

The site romanises close to the Wikipedia scheme (`ж` zh, `х` kh, `ц` ts, `ы` y, `я` ya),
with habits of its own that the rules below are: `й` after a vowel is `i` (Sergei, Shoigu,
Nikolai), a final `-ий` is `-y` (Yury, Dmitry, Medinsky), `кс` in a given name is `x`
(Alexei, Maxim, Alexander), `е` at the start of a word or after a vowel is `ye` (Yevgeny,
Matviyenko), `ё` after a consonant is `e` (Belozerov, Likhachev, Fedor), `ь` and `ъ` are
dropped. Measured on the 96 names of `names_romanisation.tsv` (docs/persons.md).

The rules are data: `LETTERS` (one letter, one spelling) and `RULES` (a sequence of letters
in a context, with the spelling the site gives it there). `romanise_name` tries the rules at
each position, longest sequence first, then falls back to the letter.
"""

from __future__ import annotations

import enum
from typing import NamedTuple

__all__ = ["LETTERS", "RULES", "Context", "Rule", "has_cyrillic", "romanise_name", "romanise_word"]

#: Each Cyrillic letter on its own (lower case), as the Wikipedia scheme spells it.
LETTERS: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    # Letters of Ukrainian and Belarusian names that Russian text keeps.
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "w",
}

#: What counts as a vowel for the contexts below; the signs `ь` and `ъ` count too, since
#: the letter after them is pronounced as after a vowel (Vasilyev, Vorobyov).
_VOWELS = frozenset("аеёиоуыэюяіїєьъ")


class Context(enum.Enum):
    """Where in a word a rule applies."""

    ANYWHERE = "anywhere"
    WORD_START_OR_AFTER_VOWEL = "word start or after a vowel"
    AFTER_CONSONANT = "after a consonant"
    WORD_END = "word end"
    GIVEN_NAME = "in a given name"
    GIVEN_NAME_END = "at the end of a given name"


class Rule(NamedTuple):
    """Cyrillic `letters` in a `context` are spelt `spelling`; `example` says where it shows."""

    letters: str
    context: Context
    spelling: str
    example: str


#: The site's habits. A rule is tried before a shorter one at the same position; among rules
#: for the same letters, the first whose context holds wins.
RULES: tuple[Rule, ...] = (
    Rule("ий", Context.WORD_END, "y", "Юрий Yury, Дмитрий Dmitry, Мединский Medinsky"),
    Rule("ый", Context.WORD_END, "y", "Старый Stary"),
    Rule("ой", Context.WORD_END, "oy", "Донской Donskoy"),
    Rule("ей", Context.ANYWHERE, "ei", "Сергей Sergei, Алексей Alexei, Андрей Andrei"),
    Rule("ай", Context.ANYWHERE, "ai", "Николай Nikolai, Чайка Chaika, Вайно Vaino"),
    Rule("ой", Context.ANYWHERE, "oi", "Шойгу Shoigu"),
    Rule("уй", Context.ANYWHERE, "uy", "Куйвашев Kuyvashev"),
    Rule("кс", Context.GIVEN_NAME, "x", "Алексей Alexei, Максим Maxim"),
    Rule("ия", Context.GIVEN_NAME_END, "ia", "Виктория Viktoria, Мария Maria"),
    Rule("др", Context.GIVEN_NAME_END, "der", "Александр Alexander"),
    Rule("е", Context.WORD_START_OR_AFTER_VOWEL, "ye", "Евгений Yevgeny, Матвиенко Matviyenko"),
    Rule("ё", Context.WORD_START_OR_AFTER_VOWEL, "yo", "Воробьёв Vorobyov"),
    Rule("ё", Context.AFTER_CONSONANT, "e", "Белозёров Belozerov, Лихачёв Likhachev, Фёдор Fedor"),
)

_RULES_BY_FIRST: dict[str, tuple[Rule, ...]] = {}
for _rule in sorted(RULES, key=lambda rule: -len(rule.letters)):
    _RULES_BY_FIRST[_rule.letters[0]] = (*_RULES_BY_FIRST.get(_rule.letters[0], ()), _rule)


def has_cyrillic(text: str) -> bool:
    """Whether `text` holds a Cyrillic letter."""
    return any("\u0400" <= character <= "\u04ff" for character in text)


def romanise_word(word: str, *, given_name: bool = False) -> str:
    """One word (or a hyphenated one: `Юнус-Бек`) in the site's Latin spelling, capitalised
    as written; characters that are not Cyrillic letters are kept."""
    return "-".join(_romanise_part(part, given_name) for part in word.split("-"))


def romanise_name(words: list[str], *, given: int) -> list[str]:
    """The words of a name romanised; the first `given` words are given names (where the
    given-name habits apply), the rest surnames."""
    return [romanise_word(word, given_name=index < given) for index, word in enumerate(words)]


def _romanise_part(part: str, given_name: bool) -> str:
    lower = part.lower()
    pieces: list[str] = []
    position = 0
    while position < len(lower):
        letter = lower[position]
        for rule in _RULES_BY_FIRST.get(letter, ()):
            if lower.startswith(rule.letters, position) and _holds(rule.context, lower, position,
                                                                    len(rule.letters), given_name):
                pieces.append(rule.spelling)
                position += len(rule.letters)
                break
        else:
            pieces.append(LETTERS.get(letter, letter))
            position += 1
    spelt = "".join(pieces)
    if part[:1].isupper() and spelt:
        spelt = spelt[0].upper() + spelt[1:]
    return spelt


def _holds(context: Context, word: str, start: int, length: int, given_name: bool) -> bool:
    end = start + length
    if context is Context.ANYWHERE:
        return True
    if context is Context.WORD_START_OR_AFTER_VOWEL:
        return start == 0 or word[start - 1] in _VOWELS
    if context is Context.AFTER_CONSONANT:
        return start > 0 and word[start - 1] not in _VOWELS
    if context is Context.WORD_END:
        return end == len(word)
    if context is Context.GIVEN_NAME:
        return given_name
    return given_name and end == len(word)  # GIVEN_NAME_END
