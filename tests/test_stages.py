"""Segment, header, body and turns, each on small documents."""

from __future__ import annotations

import datetime as dt

import pytest

import kremlin_parse
from kremlin_parse.lexer import Kind, tokenize
from kremlin_parse.shapes.plain import text_lines
from kremlin_parse.segment import segment

from conftest import assert_nothing_lost

PAGE = """Events
Meeting with Sergei Kulikov
Vladimir Putin had a working meeting with Sergei Kulikov.
December 2, 2020
18:20
Novo-Ogaryovo, Moscow Region
President of Russia Vladimir Putin: Mr Kulikov,
What do you think?
Sergei Kulikov: Thank you, Mr President.
Publication status
Published in sections: News, Transcripts
Publication date: December 2, 2020, 18:20
Direct link: kremlin.ru/d/64546
Text version"""


def kinds(text: str) -> list[Kind]:
    return [token.kind for token in tokenize(text, text_lines(text))]


# -- segment -------------------------------------------------------------------------------

def test_segment_cuts_at_section_word_and_page_end() -> None:
    text = "Events\nA\nText versionEvents\nB\nText version\nEvents\nC"
    tokens = list(tokenize(text, text_lines(text)))
    stretches = list(segment(tokens))
    assert [(part[0].text, part[-1].text, content) for part, content in stretches] == [
        ("Events", "Text version", True),
        ("Events", "Text version", True),
        ("Events", "C", True),
    ]


def test_segment_keeps_furniture_only_stretches_apart() -> None:
    text = "\n\nText version\n\nEvents\nTitle"
    tokens = list(tokenize(text, text_lines(text)))
    assert [content for _, content in segment(tokens)] == [False, False, True]


def test_segment_of_a_fragment_is_one_range() -> None:
    text = "Some text.\nVladimir Putin: Yes."
    tokens = list(tokenize(text, text_lines(text)))
    assert list(segment(iter(tokens))) == [(tokens, True)]


# -- header --------------------------------------------------------------------------------

def test_header_fields() -> None:
    event = kremlin_parse.parse(PAGE).events[0]
    assert event.title is not None and event.title.text == "Meeting with Sergei Kulikov"
    assert event.summary is not None
    assert event.summary.text == "Vladimir Putin had a working meeting with Sergei Kulikov."
    assert event.date is not None and event.date.value == dt.date(2020, 12, 2)
    assert event.time is not None and event.time.value == dt.time(18, 20)
    assert event.location is not None and event.location.text == "Novo-Ogaryovo, Moscow Region"


def test_header_without_time_and_place() -> None:
    text = "Events\nTelegram of condolences\nVladimir Putin sent a telegram.\nMay 3, 2022\nThe message reads, in part:\n“It is a loss.”"
    event = kremlin_parse.parse(text).events[0]
    assert event.date is not None and event.date.value == dt.date(2022, 5, 3)
    assert event.time is None and event.location is None
    assert [p.text for p in event.turns[0].paragraphs] == ["The message reads, in part:", "“It is a loss.”"]


def test_header_with_date_and_place_on_one_line() -> None:
    text = "Events\nMeeting of CIS Heads of State Council\nDecember 18, 2020, Novo-Ogaryovo, Moscow Region\nText."
    document = kremlin_parse.parse(text)
    event = document.events[0]
    assert event.date is not None and event.date.raw == "December 18, 2020"
    assert event.location is not None and event.location.text == "Novo-Ogaryovo, Moscow Region"
    assert event.summary is None
    assert [f.text for f in document.furniture if f.kind.value == "separator"] == [","]
    assert_nothing_lost(document)


def test_header_without_date_keeps_the_title_and_warns() -> None:
    document = kremlin_parse.parse("Events\nA title\nFirst paragraph.")
    assert document.events[0].title is not None and document.events[0].title.text == "A title"
    assert [d.code for d in document.diagnostics] == ["header-without-date"]
    assert document.events[0].turns[0].paragraphs[0].text == "First paragraph."


def test_fragment_has_no_header() -> None:
    event = kremlin_parse.parse("Vladimir Putin met the Governor.\nThey discussed the region.").events[0]
    assert (event.title, event.date, event.summary) == (None, None, None)
    assert len(event.turns[0].paragraphs) == 2


def test_invalid_date_is_an_error_diagnostic_and_kept_as_furniture() -> None:
    document = kremlin_parse.parse("Events\nA title\nFebruary 30, 2021\nText.")
    assert document.events[0].date is None
    assert [(d.code, d.severity.value, d.line) for d in document.diagnostics] == [
        ("invalid-date", "error", 3)]
    assert any(f.text == "February 30, 2021" for f in document.furniture)
    assert_nothing_lost(document)


# -- body ----------------------------------------------------------------------------------

def test_footer_fields() -> None:
    event = kremlin_parse.parse(PAGE).events[0]
    assert event.published_in is not None and event.published_in.value == ("News", "Transcripts")
    assert event.published_at is not None
    assert event.published_at.value.isoformat() == "2020-12-02T18:20:00+03:00"
    assert event.url is not None and event.url.text == "kremlin.ru/d/64546"


def test_published_in_with_a_spaced_comma() -> None:
    event = kremlin_parse.parse("Events\nT\nMay 3, 2022\nText.\nPublished in sections: News , Transcripts").events[0]
    assert event.published_in is not None and event.published_in.value == ("News", "Transcripts")


def test_a_field_given_twice_keeps_the_first_and_warns() -> None:
    text = PAGE.replace("Direct link: kremlin.ru/d/64546", "Direct link: kremlin.ru/d/64546\nDirect link: kremlin.ru/d/1")
    document = kremlin_parse.parse(text)
    event = document.events[0]
    assert event.url is not None and event.url.text == "kremlin.ru/d/64546"
    assert [d.code for d in document.diagnostics] == ["duplicate-field"]
    assert "kremlin.ru/d/1" in [item.text for item in document.furniture]
    assert_nothing_lost(document)


def test_sections_and_headings() -> None:
    text = ("Events\nT\nMay 3, 2022\nNarration.\n* * *\nSpeech at the meeting\n"
            "Vladimir Putin: Colleagues,\n* * *\nVladimir Putin: No heading here.")
    event = kremlin_parse.parse(text).events[0]
    assert [s.heading.text if s.heading else None for s in event.sections] == [
        None, "Speech at the meeting", None]
    assert [len(s.turns) for s in event.sections] == [1, 1, 1]


def test_prose_after_a_section_break_is_no_heading() -> None:
    text = "Events\nT\nMay 3, 2022\nNarration.\n* * *\nThe talks went on.\nMore prose."
    event = kremlin_parse.parse(text).events[0]
    assert event.sections[1].heading is None
    assert [p.text for p in event.sections[1].turns[0].paragraphs] == ["The talks went on.", "More prose."]


def test_gallery_counter_and_caption() -> None:
    text = "Events\nT\nMay 3, 2022\n2 of 5\nDuring the meeting.\nVladimir Putin: Hello."
    event = kremlin_parse.parse(text).events[0]
    assert [(c.index, c.total, c.text.text if c.text else None) for c in event.captions] == [
        (2, 5, "During the meeting.")]
    assert [t.speaker.name if t.speaker else None for t in event.turns] == ["Vladimir Putin"]


def test_see_also_inside_a_speech_does_not_end_the_turn() -> None:
    text = "Vladimir Putin: First.\nSee also\nSecond.\nThird."
    event = kremlin_parse.parse(text).events[0]
    assert len(event.turns) == 1
    assert [p.text for p in event.turns[0].paragraphs] == ["First.", "Second.", "Third."]
    assert event.see_also == ()


def test_see_also_pairs() -> None:
    text = ("Events\nT\nMay 3, 2022\nText.\nSee also\nFirst event\nMay 1, 2022\nSecond event\n"
            "May 2, 2022\nTopics\nSCO")
    event = kremlin_parse.parse(text).events[0]
    assert [(e.title.text, e.date.value.day if e.date else None) for e in event.see_also] == [
        ("First event", 1), ("Second event", 2)]
    assert [t.text for t in event.topics] == ["SCO"]


def test_tag_blocks_and_more_counter() -> None:
    text = ("Events\nT\nMay 3, 2022\nText.\nGeography\nSakhalin Region\nTopics\nCSTO\nSCO\n"
            "Persons\nJaparov Sadyr\nModi Narendra\n5 more\nPublication status")
    event = kremlin_parse.parse(text).events[0]
    assert [t.text for t in event.geography] == ["Sakhalin Region"]
    assert [t.text for t in event.topics] == ["CSTO", "SCO"]
    assert [t.text for t in event.persons] == ["Japarov Sadyr", "Modi Narendra"]
    assert event.persons_more is not None and event.persons_more.value == 5


def test_elision_line_is_a_paragraph_with_a_mark() -> None:
    event = kremlin_parse.parse("Vladimir Putin: Thank you.\n<…>").events[0]
    last = event.turns[-1].paragraphs[-1]
    assert last.text == "<…>" and [m.kind.value for m in last.marks] == ["elision"]


def test_label_alone_on_its_line_starts_a_turn_below() -> None:
    event = kremlin_parse.parse("President of Russia Vladimir Putin:\nFriends,\nThank you.").events[0]
    assert len(event.turns) == 1
    assert [p.text for p in event.turns[0].paragraphs] == ["Friends,", "Thank you."]


def test_blank_lines_separate_paragraphs() -> None:
    event = kremlin_parse.parse("The meeting of the\n\nCouncil took place.").events[0]
    assert [p.text for p in event.turns[0].paragraphs] == ["The meeting of the", "Council took place."]


# -- turns ---------------------------------------------------------------------------------

def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    event = kremlin_parse.parse(text).events[0]
    return [(t.speaker.label, t.speaker.name, t.speaker.role) for t in event.turns if t.speaker]


def test_short_labels_take_the_role_of_the_full_label() -> None:
    assert speakers("President of Russia Vladimir Putin: A.\nNikol Pashinyan: B.\nVladimir Putin: C.\n"
                    "Prime Minister of the Republic of Armenia Nikol Pashinyan: D.") == [
        ("President of Russia Vladimir Putin", "Vladimir Putin", "President of Russia"),
        ("Nikol Pashinyan", "Nikol Pashinyan", "Prime Minister of the Republic of Armenia"),
        ("Vladimir Putin", "Vladimir Putin", "President of Russia"),
        ("Prime Minister of the Republic of Armenia Nikol Pashinyan", "Nikol Pashinyan",
         "Prime Minister of the Republic of Armenia"),
    ]


def test_initials_resolve_to_the_full_name() -> None:
    assert speakers("Governor of Tver Region Alexander Kondrashov: A.\nA. Kondrashov: B.")[1] == (
        "A. Kondrashov", "Alexander Kondrashov", "Governor of Tver Region")


def test_a_shorter_label_moves_the_role_name_boundary() -> None:
    assert speakers("President of the United Arab Emirates Mohamed bin Zayed Al Nahyan: A.\n"
                    "Mohamed bin Zayed Al Nahyan: B.")[0] == (
        "President of the United Arab Emirates Mohamed bin Zayed Al Nahyan",
        "Mohamed bin Zayed Al Nahyan", "President of the United Arab Emirates")


def test_persons_block_moves_the_role_name_boundary() -> None:
    text = ("Events\nT\nMay 3, 2022\nPresident of Iran Seyyed Ebrahim Raisi Junior: A.\n"
            "Persons\nRaisi Junior Seyyed Ebrahim")
    assert speakers(text)[0][1:] == ("Seyyed Ebrahim Raisi Junior", "President of Iran")


def test_labels_are_resolved_within_their_event_only() -> None:
    text = ("Events\nOne\nMay 3, 2022\nPresident of Russia Vladimir Putin: A.\nText version"
            "Events\nTwo\nMay 4, 2022\nVladimir Putin: B.")
    events = kremlin_parse.parse(text).events
    assert events[1].turns[0].speaker is not None and events[1].turns[0].speaker.role is None


def test_generic_labels_have_no_name() -> None:
    event = kremlin_parse.parse("Question: Why?\nVladimir Putin: Because.").events[0]
    first = event.turns[0].speaker
    assert first is not None and (first.kind.value, first.name, first.label) == ("generic", None, "Question")


RUSSIAN_PAGE = """События
Встреча с мэром Москвы Сергеем Собяниным
5 мая 2025 года
13:40
Москва, Кремль
{first}: Добрый день!
С.Собянин: Спасибо.
В.Путин: Хорошо. (Смех.) Это [рублей] важно.
Лица
Путин Владимир
Собянин Сергей Семёнович
Текстовая версия"""


@pytest.mark.parametrize(
    ("first", "name", "role"),
    [
        ("В.Путин", "Владимир Путин", None),
        ("Президент России Владимир Путин", "Владимир Путин", "Президент России"),
        ("Президент России В.Путин", "Владимир Путин", "Президент России"),
    ],
)
def test_russian_labels_resolve_against_full_labels_and_the_persons_block(
    first: str, name: str, role: str | None
) -> None:
    event = kremlin_parse.parse(RUSSIAN_PAGE.format(first=first)).events[0]
    assert event.language == "ru"
    speakers = [(turn.speaker.name, turn.speaker.role) for turn in event.turns if turn.speaker]
    assert speakers == [(name, role), ("Сергей Семёнович Собянин", None), (name, role)]
    marks = event.turns[-1].paragraphs[0].marks
    assert [(mark.kind.value, mark.text) for mark in marks] == [
        ("stage_direction", "(Смех.)"), ("insertion", "[рублей]"),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # The thorough round trip's minimal fragment: two Cyrillic letters against the five of
        # an acronym, which Russian text writes in Latin letters as it is.
        ("<…>\nМы COVID-19.\n", "ru"),
        ("<…>\nМы ШОС и SCO, а также BRICS, G20 и NATO Summit.\n", "ru"),
        ("<…>\nWe COVID-19.\n", "en"),
        ("<…>\nUSA NATO.\n", "en"),
    ],
)
def test_latin_acronyms_do_not_make_a_russian_text_english(text: str, language: str) -> None:
    assert kremlin_parse.parse(text).events[0].language == language
