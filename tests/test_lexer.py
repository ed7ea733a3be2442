"""The lexer: the kind of every line, judged on its own."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, strategies as st

from kremlin_parse.dates import match_date_line, match_news_line
from kremlin_parse.lexer import Kind, _holds_figure, classify, tokenize
from kremlin_parse.lexicon import LEXICON
from kremlin_parse.shapes.plain import text_lines


@pytest.mark.parametrize(
    ("line", "kind", "why"),
    [
        ("Events", Kind.SECTION_WORD, "the word that opens every event page"),
        ("Text version", Kind.PAGE_END, "the link that closes every page"),
        ("See also", Kind.TAG_HEADING, "See also box"),
        ("Geography", Kind.TAG_HEADING, "tag block"),
        ("Topics", Kind.TAG_HEADING, "tag block"),
        ("Persons", Kind.TAG_HEADING, "tag block"),
        ("5 more", Kind.MORE_COUNTER, "persons counter"),
        ("Publication status", Kind.PUBLICATION_STATUS, "footer heading"),
        ("Published in sections: News, Transcripts", Kind.FIELD, "footer field"),
        ("Published in sections: News , Transcripts", Kind.FIELD, "footer field, odd comma"),
        ("Publication date: September 17, 2021, 16:30", Kind.FIELD, "footer field"),
        ("Direct link: kremlin.ru/d/76867", Kind.FIELD, "footer field"),
        ("View settings", Kind.CHROME, "browser chrome"),
        ("* * *", Kind.SECTION_BREAK, "section break"),
        ("***", Kind.SECTION_BREAK, "section break without spaces"),
        ("<…>", Kind.ELISION, "elision"),
        ("‹…>", Kind.ELISION, "elision with a single guillemet"),
        ("<...>", Kind.ELISION, "elision with three dots"),
        ("3 of 4", Kind.GALLERY_COUNTER, "gallery counter"),
        ("September 17, 2021", Kind.DATE, "date"),
        ("December 18, 2020, Novo-Ogaryovo, Moscow Region", Kind.DATE, "date and place"),
        ("May 8, 2021 - 18:10 - The Kremlin, Moscow", Kind.DATE, "forum date, time and place"),
        ("October 1, 2021 - 09:00", Kind.DATE, "forum date and time"),
        ("16:30", Kind.TIME, "time"),
        ("President of Russia Vladimir Putin: Friends,", Kind.LABEL, "full label"),
        ("Vladimir Putin: Thank you.", Kind.LABEL, "short label"),
        ("Sergei Kulikov: Thank you, Mr President.", Kind.LABEL, "bare name"),
        ("Question: What do you think?", Kind.LABEL, "generic label"),
        ("President of Russia Vladimir Putin:", Kind.LABEL, "label alone on its line"),
        ("Novo-Ogaryovo, Moscow Region", Kind.TEXT, "a place is text to the lexer"),
        ("Therefore, the topic we have brought up for discussion is highly relevant: "
         "Strengthening Multilateral Dialogue.", Kind.TEXT, "a sentence with a colon"),
        ("The message reads, in part:", Kind.TEXT, "an introduction, not a label"),
        ("Taking part in the meeting were:", Kind.TEXT, "an introduction, not a label"),
        ("September 17, 2021, was a day when everything changed.", Kind.TEXT,
         "a sentence that starts with a date"),
        ("12:30 is when it starts", Kind.TEXT, "a sentence that starts with a time"),
        ("3 of them came", Kind.TEXT, "not a counter"),
        ("Eventsy", Kind.TEXT, "no furniture word"),
        ("12 may 2008", Kind.DATE, "English day first, lowercase"),
        ("23 January 2018", Kind.DATE, "English day first"),
        ("Moscow, December, 23, 2016", Kind.DATE, "the place first, commas round the day"),
        ("The Kremlin, Moscow,02 July 2021", Kind.DATE, "the place first, no space after its comma"),
        ("Москва, МИД, 1 июля 2014 г.", Kind.DATE, "a Russian place first"),
        ("Kremlin News - Moscow, 9 May 2010", Kind.DATE, "a bulletin's name, its place, the date"),
        ("Июль, 2014", Kind.TEXT, "a month and year alone is no date"),
        ("13:36 20.06.2025 •", Kind.TIMESTAMP, "the time before the date"),
        ("14 марта 2024, 10:26 • Новости дня", Kind.TIMESTAMP, "a bullet and a section after it"),
        ("Политика19 декабря 2019 9:38", Kind.TIMESTAMP, "a section glued to the day"),
        ("5 марта 2010 - 17:54 AMT", Kind.TIMESTAMP, "a time zone after the time: no place"),
        ("Wednesday, July 27, 2016", Kind.TIMESTAMP, "a day of the week: a post's date"),
        ("14 марта 2024, 10:26", Kind.DATE, "a date and time alone may be the event's"),
        ("«В.ПУТИН: Добрый день!", Kind.LABEL, "a label after a guillemet"),
        ("💬 В.В.Путин: Дорогие женщины!", Kind.LABEL, "a label after an emoji"),
        ("— В.Путин: (06:15) Для того", Kind.LABEL, "a label after a dash, a video time"),
        ("ВОПРОС: Как Вы оцениваете?", Kind.LABEL, "a generic label in capitals"),
        ("Blog Message:", Kind.OTHER_SITE, "chrome shaped like a label"),
        ("Photo: Kremlin.ru", Kind.OTHER_SITE, "a credit shaped like a label"),
        ("— В целом доволен командой, — отметил он.", Kind.TEXT, "reported speech after a dash"),
        ("💬 Президент России поздравил женщин.", Kind.TEXT, "an emoji before a sentence"),
        ("ransomnote: The transcript is an interpretation.", Kind.TEXT, "a poster's handle"),
        ("Moscow: 18:27", Kind.TEXT, "a clock"),
    ],
)
def test_classify(line: str, kind: Kind, why: str) -> None:
    assert classify(line, 0, 1).kind is kind, why


def test_field_value_starts_after_the_label() -> None:
    token = classify("Publication date: September 17, 2021, 16:30", 100, 7)
    assert token.data == "published_at"
    assert token.value_start == 100 + len("Publication date: ")


def test_gallery_counter_data() -> None:
    assert classify("3 of 4", 0, 1).data == (3, 4)


def test_glued_page_end_and_section_word_become_two_tokens() -> None:
    text = "Thank you.\nText versionEvents\nTitle"
    tokens = list(tokenize(text, text_lines(text)))
    assert [(t.kind, t.text) for t in tokens] == [
        (Kind.TEXT, "Thank you."),
        (Kind.PAGE_END, "Text version"),
        (Kind.SECTION_WORD, "Events"),
        (Kind.TEXT, "Title"),
    ]
    assert [text[t.start:t.end] for t in tokens] == [t.text for t in tokens]
    assert [t.line for t in tokens] == [1, 2, 2, 3]


def test_blank_lines_and_stripping() -> None:
    text = "  Events  \n\n\t16:30"
    tokens = list(tokenize(text, text_lines(text)))
    assert [(t.kind, t.start, t.end) for t in tokens] == [
        (Kind.SECTION_WORD, 2, 8), (Kind.BLANK, 11, 11), (Kind.TIME, 13, 18),
    ]


def test_a_remembered_line_gets_the_offsets_of_where_it_stands() -> None:
    """Labels and furniture are judged once and remembered; their offsets must still be
    those of each place they stand."""
    text = "Direct link: kremlin.ru/d/1\nVladimir Putin: Hello.\n  Direct link: kremlin.ru/d/1\nVladimir Putin: Hello.\n"
    tokens = [token for token in tokenize(text, text_lines(text)) if token.kind is not Kind.BLANK]
    assert [token.kind for token in tokens] == [Kind.FIELD, Kind.LABEL, Kind.FIELD, Kind.LABEL]
    first, _, second, _ = tokens
    assert text[first.value_start:first.end] == text[second.value_start:second.end] == "kremlin.ru/d/1"
    assert second.value_start - second.start == first.value_start - first.start
    assert tokens[1].data is tokens[3].data


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("a\n\n\n  b", [(1, 0, 1), (2, 2, 2), (4, 6, 7)]),
        ("a\n\n\n", [(1, 0, 1), (2, 2, 2)]),
        ("a\n\n  ", [(1, 0, 1), (2, 2, 2)]),
        ("\n\n\nx\n \n\t\ny", [(1, 0, 0), (4, 3, 4), (5, 5, 5), (7, 9, 10)]),
        (" \n \n", [(1, 0, 0)]),
    ],
)
def test_a_run_of_blank_lines_is_one_line_and_numbers_go_on(text: str, lines: list[tuple[int, int, int]]) -> None:
    assert [(line.number, line.start, line.end) for line in text_lines(text)] == lines


def test_timestamp_data_gives_the_date_only() -> None:
    token = classify("Политика19 декабря 2019 9:38", 10, 1)
    assert token.kind is Kind.TIMESTAMP
    first, stop = token.data.date
    assert (token.text[first:stop], token.data.cue) == ("19 декабря 2019", "glued_section")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("МОСКВА, 24 декабря. /ТАСС/. Президент поздравил коллег.",
         [(Kind.DATELINE, "МОСКВА, 24 декабря. /ТАСС/."), (Kind.TEXT, "Президент поздравил коллег.")]),
        ("Москва. 29 декабря. SITE.RU -   Президент оценил работу.",
         [(Kind.DATELINE, "Москва. 29 декабря. SITE.RU -"), (Kind.TEXT, "Президент оценил работу.")]),
        ("SOCHI, May 13. /WIRE/. Vladimir Putin: Good afternoon.",
         [(Kind.DATELINE, "SOCHI, May 13. /WIRE/."), (Kind.LABEL, "Vladimir Putin: Good afternoon.")]),
        ("SOCHI, May 13, 2021. /WIRE/.", [(Kind.DATELINE, "SOCHI, May 13, 2021. /WIRE/.")]),
        ("Moscow, 12 May. Nothing more.", [(Kind.TEXT, "Moscow, 12 May. Nothing more.")]),
    ],
)
def test_an_agency_dateline_is_a_token_and_the_rest_of_its_line_another(
        text: str, expected: list[tuple[Kind, str]]) -> None:
    tokens = tokenize(text, text_lines(text))
    found = [(token.kind, token.text) for token in tokens]
    assert found == expected
    for token in tokenize(text, text_lines(text)):
        assert text[token.start:token.end] == token.text


def test_dateline_data_points_into_the_token() -> None:
    text = "  NOVO-OGARYOVO, December 18, 2020. /WIRE/. Vladimir Putin took part."
    dateline, _ = tokenize(text, text_lines(text))
    data = dateline.data
    assert (dateline.text[slice(*data.place)], dateline.text[slice(*data.date)],
            dateline.text[slice(*data.agency)], data.year) == (
        "NOVO-OGARYOVO", "December 18, 2020", "WIRE", True)
    assert dateline.start == 2 and data.end == len(dateline.text)


def test_label_shaped_chrome_keeps_what_follows_its_colon_as_its_value() -> None:
    token = classify("Category Archives: Transcripts", 40, 3)
    assert (token.kind, token.data) == (Kind.OTHER_SITE, "Transcripts")
    assert token.value_start == 40 + len("Category Archives: ")


@given(st.text(alphabet=st.characters(blacklist_categories=("Nd", "Cs")), min_size=1, max_size=60)
       | st.sampled_from(["Moscow, December", "Москва, июль", "Kremlin News - Moscow, May", "More more", "Ещё",
                          "December twenty, two thousand", "МОСКВА, декабря. /ТАСС/."]))
def test_a_line_without_figures_is_no_date_stamp_dateline_or_counter(line: str) -> None:
    """The lexer asks for a date line, a stamp, a dateline or a counter only where a figure
    stands: none of them can be written without one."""
    assert match_date_line(line) is None
    assert match_news_line(line) is None
    assert LEXICON.more_counter.fullmatch(line) is None


_OPENERS = sorted({*LEXICON.fields, *LEXICON.kind_of_prefix})


@given(st.sampled_from(_OPENERS) | st.just(""), st.text(max_size=30))
def test_the_field_and_prefix_prefilter_never_turns_away_a_line_the_patterns_take(opener: str, rest: str) -> None:
    """The lexer looks for a field label or a line prefix only where the one plain pattern
    of them all matches: wherever either exact pattern matches, that one does."""
    line = opener + rest
    if LEXICON.field_label.match(line) is not None or LEXICON.line_prefix.match(line) is not None:
        assert LEXICON.field_or_prefix_opening.match(line) is not None


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)
       | st.text(alphabet="abc ١٢٣ 0123 Жж", max_size=20))
def test_a_figure_is_found_in_ascii_and_other_text_as_the_patterns_find_it(line: str) -> None:
    """`_holds_figure` looks for ASCII digits alone in ASCII text, and for `\\d` elsewhere:
    the same answer as the date patterns' `\\d` on any text."""
    assert _holds_figure(line) == (regex.search(r"\d", line) is not None)


def _lines_by_definition(text: str) -> list[tuple[int, int, int]]:
    """Every line with content, by its stripped content's offsets; a run of blank lines as one
    empty line where it starts (what `text_lines` gives, written out the slow way)."""
    lines: list[tuple[int, int, int]] = []
    position, after_blank = 0, False
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if stripped:
            start = position + line.index(stripped)
            lines.append((number, start, start + len(stripped)))
            after_blank = False
        elif not after_blank:
            lines.append((number, position, position))
            after_blank = True
        position += len(line) + 1
    return lines


@given(st.text(alphabet=" \t\n\u2003ab", max_size=40))
def test_the_lines_of_a_text_are_its_stripped_lines_and_blank_runs(text: str) -> None:
    """`text_lines` takes a line with no white space around it as it stands, and measures
    the others: either way the offsets of its stripped content."""
    assert [(line.number, line.start, line.end) for line in text_lines(text)] == _lines_by_definition(text)


def test_a_label_line_is_judged_the_same_when_its_label_was_read_before() -> None:
    """The reading of a label's words is remembered: a label seen again, after other
    labels and lines, is read as the first time."""
    first = classify("President of Russia Vladimir Putin: Let us begin.", 0, 1)
    classify("Sergei Lavrov: Thank you.", 60, 2)
    again = classify("President of Russia Vladimir Putin: Thank you, colleagues.", 100, 3)
    assert first.kind is again.kind is Kind.LABEL
    assert (first.data.name, first.data.role) == (again.data.name, again.data.role) == (
        "Vladimir Putin", "President of Russia")
