"""The header stage on its own: `read_header` on the tokens of a page's top."""

from __future__ import annotations

import datetime as dt

import pytest

from kremlin_parse.header import HeaderRules, read_header
from kremlin_parse.kinds import Kind

from stage_helpers import sink_of, tokens_of


def header_of(text: str, rules: HeaderRules = HeaderRules()):  # type: ignore[no-untyped-def]
    tokens = tokens_of(text)
    sink = sink_of(text)
    return read_header(text, tokens, sink, rules), tokens, sink


def test_title_lead_date_time_place_in_the_text_versions_order() -> None:
    header, tokens, sink = header_of(
        "Events\nMeeting with Sergei Kulikov\nVladimir Putin had a working meeting.\n"
        "December 2, 2020\n18:20\nNovo-Ogaryovo, Moscow Region\nMr Kulikov, how are you?")
    assert header.title is not None and header.title.text == "Meeting with Sergei Kulikov"
    assert header.summary is not None and header.summary.text == "Vladimir Putin had a working meeting."
    assert header.date is not None and header.date.value == dt.date(2020, 12, 2)
    assert header.time is not None and header.time.value == dt.time(18, 20)
    assert header.location is not None and header.location.text == "Novo-Ogaryovo, Moscow Region"
    assert tokens[header.body_start].text == "Mr Kulikov, how are you?"
    assert [item.kind for item in header.furniture] == [Kind.SECTION_WORD]
    assert sink.items == []


def test_a_lead_of_several_lines_is_one_paragraph() -> None:
    header, _, _ = header_of("Title\nFirst line of the lead\nand its second line.\nMay 3, 2022\nText.")
    assert header.summary is not None
    assert header.summary.text == "First line of the lead and its second line."
    assert len(header.summary.pieces) == 2


def test_the_place_on_the_date_line_and_its_separator() -> None:
    header, _, _ = header_of("Title\nDecember 18, 2020, Novo-Ogaryovo, Moscow Region\nText.")
    assert header.location is not None and header.location.text == "Novo-Ogaryovo, Moscow Region"
    assert [(item.kind, item.text) for item in header.furniture] == [(Kind.SEPARATOR, ",")]


@pytest.mark.parametrize(("rules", "lead"), [
    (HeaderRules(), None),
    (HeaderRules(lead_after_date=True), "Vladimir Putin met the Governor."),
])
def test_a_lead_below_the_date_only_where_the_shape_puts_it(rules: HeaderRules, lead: str | None) -> None:
    header, tokens, _ = header_of("Title\nMay 3, 2022\nVladimir Putin met the Governor.\nMore text.", rules)
    assert (header.summary.text if header.summary else None) == lead


def test_a_line_after_the_date_is_no_place_where_the_shape_puts_the_place_on_the_date_line() -> None:
    text = "Title\nMay 3, 2022\nNovo-Ogaryovo\nText."
    assert header_of(text)[0].location is not None
    assert header_of(text, HeaderRules(place_on_date_line=True))[0].location is None


def test_no_date_near_the_top_means_no_header() -> None:
    header, _, sink = header_of("Vladimir Putin met the Governor.\nThey discussed the region.")
    assert (header.title, header.date, header.body_start) == (None, None, 0)
    assert sink.items == []


def test_a_section_word_and_title_without_a_date_keep_the_title_and_warn() -> None:
    header, tokens, sink = header_of("Events\nA title\nFirst paragraph.")
    assert header.title is not None and header.title.text == "A title"
    assert tokens[header.body_start].text == "First paragraph."
    assert [item.code for item in sink.items] == ["header-without-date"]


def test_an_impossible_date_is_reported_and_kept_as_stray_furniture() -> None:
    header, _, sink = header_of("A title\nFebruary 30, 2021\nText.")
    assert header.date is None
    assert [(item.code, item.severity.value) for item in sink.items] == [("invalid-date", "error")]
    assert [(item.kind, item.text) for item in header.furniture] == [(Kind.STRAY, "February 30, 2021")]


def test_a_first_body_line_that_repeats_the_title_is_the_video_title() -> None:
    header, tokens, _ = header_of("Telephone conversation\nMay 3, 2022\nTelephone conversation\nText.")
    assert [(item.kind, item.text) for item in header.furniture] == [(Kind.VIDEO_TITLE, "Telephone conversation")]
    assert tokens[header.body_start].text == "Text."


def test_an_agency_date_prefix_is_the_whole_header() -> None:
    text = " date 2021-09-14 Vladimir Putin met the Governor."
    header, tokens, _ = header_of(text)
    assert header.date is not None and header.date.value == dt.date(2021, 9, 14)
    assert [(item.kind, item.text) for item in header.furniture] == [(Kind.FIELD_LABEL, "date")]
    assert tokens[header.body_start].text == "Vladimir Putin met the Governor."


def test_a_post_timestamp_where_the_date_line_stands_gives_its_date_only() -> None:
    """A news site's stamp carries the post's date at best: never a time or a place; the rest
    of its line is post metadata."""
    header, tokens, _ = header_of("5 марта 2010 - 17:54 AMT\nПрезидент обеспокоен.\nТекст.")
    assert header.date is not None and header.date.value == dt.date(2010, 3, 5)
    assert (header.time, header.location) == (None, None)
    assert [(item.kind, item.text) for item in header.furniture] == [(Kind.POST_METADATA, "- 17:54 AMT")]
    assert tokens[header.body_start].text == "Президент обеспокоен."


def test_a_place_first_date_line_gives_its_place_and_keeps_its_comma() -> None:
    header, _, _ = header_of("Russian-Chinese talks\nVladivostok, September, 11, 2018\nMr President,")
    assert header.title is not None and header.title.text == "Russian-Chinese talks"
    assert header.date is not None and header.date.value == dt.date(2018, 9, 11)
    assert header.location is not None and header.location.text == "Vladivostok"
    assert [(item.kind, item.text) for item in header.furniture] == [(Kind.SEPARATOR, ",")]
