"""The quick paths of line evidence give what the whole judgement gives.

`is_photo_credit` looks at a line's first word and end before judging it whole, `script`
counts letters by deleting the others, `words_of` lowers a line at once, and the language of
an event is settled by its letter counts before its Latin words are looked at: each is
checked against the slow definition it replaces, on the fixtures' lines and on generated
ones.
"""

from __future__ import annotations

import regex
from hypothesis import given, strategies as st

from kremlin_parse.evidence import evidence, is_photo_credit, script, words_of
from kremlin_parse.kinds import Kind
from kremlin_parse.language import event_language
from kremlin_parse.lexer import Token
from kremlin_parse.scripts import has_cyrillic_letter, latin_letters, more_cyrillic_than

from conftest import FIXTURE_FILES

_LINES = [line.strip() for path in FIXTURE_FILES for line in path.read_text(encoding="utf-8-sig").splitlines()
          if line.strip()]
#: Lines of our own that are credits or captions closing with one, and near misses.
_CREDITS = [
    "Фото: пресс-служба", "Photo: press service", "Фoто: ТАСС", "Photo by the press office", "Photos © agency",
    "Лидеры обсудили сотрудничество. Фото: пресс-служба Кремля", "The leaders met. Photo: press office",
    "Photo: a long sentence of many more words than any credit has. It goes on and on.",
    "(Photo: press service)", "Текст: Дарья Иванова", "Фото", "photo", "Credit where credit is due.",
]
_TEXT = st.text(alphabet=st.sampled_from("Фото Photo: .!?…abcАБВ xyzйцу,«»©-'’1"), max_size=80)


def test_a_photo_credit_quickly_is_the_credit_the_whole_judgement_finds() -> None:
    for line in _LINES + _CREDITS:
        assert is_photo_credit(line) == (evidence(line, Kind.TEXT).chrome is Kind.PHOTO_CAPTION), line
    assert is_photo_credit("Фото: пресс-служба") and is_photo_credit("Фoто: ТАСС")  # (a Latin `o`)
    assert is_photo_credit("The leaders met. Photo: press office")
    assert not is_photo_credit("The leaders met in Moscow and discussed trade.")


@given(_TEXT)
def test_a_photo_credit_quickly_on_generated_lines(line: str) -> None:
    if line.strip():
        assert is_photo_credit(line) == (evidence(line, Kind.TEXT).chrome is Kind.PHOTO_CAPTION)


@given(st.text(max_size=120))
def test_script_and_words_as_their_definitions(line: str) -> None:
    cyrillic, latin = len(regex.findall(r"\p{Cyrillic}", line)), len(regex.findall(r"\p{Latin}", line))
    assert script(line) == ("cyrillic" if cyrillic > latin else "latin")
    if len(line.lower()) == len(line):
        assert words_of(line) == [word.lower() for word in regex.findall(r"[\p{L}\p{N}][\p{L}\p{N}’'\-]*", line)]


_LATIN_WORD = regex.compile(r"\p{Latin}*[\p{Latin}&&\p{Ll}]\p{Latin}*", regex.V1)


@given(st.lists(st.text(alphabet=st.sampled_from("abcXYZ АБВгдеCOVID ёË1."), min_size=1, max_size=40), max_size=6))
def test_the_language_settled_early_is_the_language_of_the_definition(lines: list[str]) -> None:
    text = "\n".join(lines)
    tokens, start = [], 0
    for line in lines:
        tokens.append(Token(Kind.TEXT, start, start + len(line), 1, line))
        start += len(line) + 1
    sample = " ".join(lines)  # (six lines of forty letters at most: all of them are sampled)
    cyrillic = len(regex.findall(r"\p{Cyrillic}", sample))
    latin_words = sum(map(len, _LATIN_WORD.findall(sample)))
    assert event_language(text, tokens) == ("ru" if cyrillic > latin_words else "en")


@given(st.text(alphabet=st.sampled_from("abcXYZ АБВгде ёË1.İ"), max_size=60), st.integers(min_value=0, max_value=40))
def test_cyrillic_letters_counted_only_as_far_as_asked_are_counted_right(text: str, count: int) -> None:
    assert more_cyrillic_than(text, count) == (len(regex.findall(r"\p{Cyrillic}", text)) > count)
    assert latin_letters(text) == len(regex.findall(r"\p{Latin}", text))
    assert has_cyrillic_letter(text) == bool(regex.search(r"\p{Cyrillic}", text))
