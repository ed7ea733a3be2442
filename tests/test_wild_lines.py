"""The lines of pages from other sites (tests/fixtures/wild, fixtures of our own): what the
lexer makes of each date, time stamp, dateline and label-shaped line, judged on its own, and
that a parse of every such page keeps every character."""

from __future__ import annotations

from pathlib import Path

import pytest

import kremlin_parse
from kremlin_parse.kinds import Kind
from kremlin_parse.lexer import tokenize
from kremlin_parse.shapes.plain import text_lines

from conftest import FIXTURES, assert_nothing_lost, assert_spans_hold

WILD = FIXTURES / "wild" / "raw"
WILD_FILES = sorted(WILD.glob("*.txt"))


def _line(fixture: str, opening: str) -> str:
    """The first line of the fixture that opens with `opening`."""
    text = (WILD / f"{fixture}.txt").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.startswith(opening)]
    assert lines, f"no line of {fixture} opens with {opening!r}"
    return lines[0]


def _kinds_of(line: str) -> list[Kind]:
    return [token.kind for token in tokenize(line, text_lines(line)) if token.kind is not Kind.BLANK]


@pytest.mark.parametrize(
    ("fixture", "opening", "kinds", "why"),
    [
        ("01_en_blog_kremlin_header_lines", "Saturday, December 5, 2020", [Kind.TIMESTAMP],
         "a blog's post date: a day of the week before the date"),
        ("01_en_blog_kremlin_header_lines", "ADMIN'S NOTE: ", [Kind.OTHER_SITE], "a note shaped like a label"),
        ("01_en_blog_kremlin_header_lines", "December 2, 2020", [Kind.DATE], "the Kremlin's date line"),
        ("01_en_blog_kremlin_header_lines", "SERGEI KULIKOV: Thank you, Mr President.", [Kind.LABEL],
         "a label in capitals"),
        ("02_en_agency_dateline_related",
         "NOVO-OGARYOVO, December 18. /WORLDWIRE/. Vladimir Putin", [Kind.DATELINE, Kind.TEXT],
         "an agency's dateline, then the story"),
        ("03_en_embassy_clock_chrome", "17 March 2017", [Kind.DATE], "English, day first"),
        ("03_en_embassy_clock_chrome", "Moscow: 10:05", [Kind.TEXT], "a clock, no label"),
        ("04_en_place_first_dateline", "Vladivostok, September, 11, 2018", [Kind.DATE],
         "the place first, commas round the day"),
        ("05_en_date_first_lowercase", "13 april 2017", [Kind.DATE], "day first, lowercase"),
        ("06_en_standfirst_intro_trailer", "Special Envoy of the President of the People’s Republic of China, "
         "Member of the Chinese State Council and Foreign Minister Wang Yi (retranslated): ", [Kind.LABEL],
         "a chain of roles after the first comma"),
        ("06_en_standfirst_intro_trailer", "Source: President of Russia website", [Kind.OTHER_SITE],
         "an attribution shaped like a label"),
        ("08_en_category_continue_reading", "Category Archives: Transcripts", [Kind.OTHER_SITE],
         "a listing's heading shaped like a label"),
        ("10_en_forum_thread_transcript", "eagle_eye_77: labels are mine, the rest is as published.",
         [Kind.TEXT], "a poster's handle"),
        ("13_en_newsletter_date_title_place", "PRESIDENT OF RUSSIA VLADIMIR PUTIN: Mr Rahmon, colleagues.",
         [Kind.LABEL], "a label in capitals"),
        ("14_en_reblog_space_colon_timestamps", "Gerard Larcher : (01:32) ", [Kind.LABEL],
         "a space before the colon, a video time after it"),
        ("15_en_bulletin_title_glued_date", "Kremlin bulletin - Novo-Ogaryovo, 2 December 2020", [Kind.DATE],
         "a bulletin's name, its place and the date"),
        ("16_ru_portal_agency_dateline_caption",
         "МОСКВА, 6 мая. /ЛЕНТА-ПРЕСС/. Состоялся", [Kind.DATELINE, Kind.TEXT], "an agency's dateline"),
        ("17_ru_city_dot_dateline",
         "Москва. 3 мая. VESTNIK24.RU - Состоялся", [Kind.DATELINE, Kind.TEXT],
         "a city, a full stop, a site's name before a dash"),
        ("18_ru_news_section_timestamp_standfirst", "Экономика6 мая 2025 14:37", [Kind.TIMESTAMP],
         "a section glued to the day"),
        ("18_ru_news_section_timestamp_standfirst", "Фото: Иван ПЕТРОВ", [Kind.OTHER_SITE], "a photo credit"),
        ("20_ru_print_login_date_in_headline",
         "Стенограмма встречи Владимира Путина с губернатором Волгоградской области, 29 апреля 2025 г.",
         [Kind.TEXT], "a headline ending in a date is no date line"),
        ("21_ru_intro_colon_guillemet", "«В.ПУТИН: Ольга Борисовна, добрый день!", [Kind.LABEL],
         "a guillemet before the label"),
        ("21_ru_intro_colon_guillemet", "Ниже публикуем начало беседы:", [Kind.TEXT], "an intro line"),
        ("22_ru_channel_forward_emoji", "🗣 В.Путин: Дорогие друзья! Дамы и господа!", [Kind.LABEL],
         "an emoji before the label"),
        ("22_ru_channel_forward_emoji", "Переслано от: Культура сегодня 🎬", [Kind.TEXT],
         "lowercase words before the colon"),
        ("25_ru_flipbook_drop_cap", "Март, 2025", [Kind.TEXT], "a month and year alone: a running head"),
        ("25_ru_flipbook_drop_cap", "Москва, 26 марта 2025 г.", [Kind.DATE], "the place first"),
        ("26_ru_date_prefix_headline_list_byline", "    21 апреля 2025, 19:02 • Лента новостей",
         [Kind.TIMESTAMP], "a bullet and a section after the time"),
        ("26_ru_date_prefix_headline_list_byline", "    РЖД: поезда на юг пойдут чаще", [Kind.TEXT],
         "a headline list"),
        ("27_ru_company_site_dateline",
         "МОСКВА, 7 апреля. /ИНФОРМ-ЛЕНТА/. Состоялся", [Kind.DATELINE, Kind.TEXT], "an agency's dateline"),
        ("28_ru_generic_labels_video_timestamps", "21 апреля 2025 года, Москва", [Kind.DATE], "a date and place"),
        ("28_ru_generic_labels_video_timestamps", "Видео: 12:48", [Kind.TEXT], "a clock-like widget, no label"),
        ("29_ru_old_special_select_font", "20 апреля 2025 года, 09:00", [Kind.DATE], "a date and time"),
        ("20_ru_print_login_date_in_headline", "АНДРЕЙ БОЧАРОВ [губернатор Волгоградской области]: ",
         [Kind.LABEL], "a qualifier in square brackets"),
        ("28_ru_generic_labels_video_timestamps", "Вопрос: (04:12) ", [Kind.LABEL], "a video time"),
        ("28_ru_generic_labels_video_timestamps", "— В.Путин: (06:15) ", [Kind.LABEL],
         "a dialogue dash, a video time"),
        ("14_en_reblog_space_colon_timestamps", "President of Russia Vladimir Putin : (00:04) ", [Kind.LABEL],
         "a space before the colon, a video time"),
        ("12_en_newsletter_commentary_turns", "Prime Minister of Israel Benjamin Netanyahu: (In Russian.) ",
         [Kind.LABEL], "a stage direction after the colon"),
    ],
)
def test_lines_of_other_sites(fixture: str, opening: str, kinds: list[Kind], why: str) -> None:
    assert _kinds_of(_line(fixture, opening)) == kinds, why


@pytest.mark.parametrize("path", WILD_FILES, ids=lambda path: path.stem[:2])
def test_nothing_of_a_page_from_another_site_is_lost(path: Path) -> None:
    document = kremlin_parse.parse_file(path)
    assert_nothing_lost(document)
    assert_spans_hold(document)
