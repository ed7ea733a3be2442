"""Properties on arbitrary input: never an exception, and nothing lost."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import kremlin_parse
from kremlin_parse.shapes.markup import UnsafeMarkupError

from conftest import assert_nothing_lost, assert_spans_hold

FURNITURE_AND_LINES = [
    "Events", "Text version", "Text versionEvents", "See also", "Geography", "Topics", "Persons",
    "5 more", "Publication status", "Published in sections: News, Transcripts",
    "Publication date: September 17, 2021, 16:30", "Publication date: nonsense",
    "Direct link: kremlin.ru/d/76867", "* * *", "<…>", "3 of 4", "September 17, 2021",
    "February 30, 2021", "16:30", "99:99", "December 18, 2020, Novo-Ogaryovo, Moscow Region",
    "Novo-Ogaryovo, Moscow Region", "President of Russia Vladimir Putin: Friends,",
    "Vladimir Putin:", "Question: Why?", "The message reads, in part:", ", President of Belarus",
    "and the CSTO", ". Military units", "Stanislav Zas.", "Thank you. (Applause.)",
    "the first President [Nursultan Nazarbayev]", "", "   ", "View settings",
]


@given(st.text())
def test_arbitrary_text_never_raises_and_loses_nothing(text: str) -> None:
    document = kremlin_parse.parse(text)
    assert_nothing_lost(document)
    assert_spans_hold(document)


@given(st.lists(st.one_of(st.sampled_from(FURNITURE_AND_LINES), st.text(max_size=40)), max_size=40))
def test_mixed_furniture_labels_and_prose_lose_nothing(lines: list[str]) -> None:
    document = kremlin_parse.parse("\n".join(lines))
    assert_nothing_lost(document)
    assert_spans_hold(document)


@given(st.binary(max_size=200))
def test_arbitrary_bytes_parse_or_are_refused_as_not_text(data: bytes) -> None:
    try:
        document = kremlin_parse.parse(data)
    except kremlin_parse.NotTextError:
        assert b"\x00" in data
    else:
        assert_nothing_lost(document)
        assert_spans_hold(document)


MARKUP_PIECES = [
    "<p>", "</p>", "<b>", "</b>", "<br>", "<div>", "</div>", '<div class="read__lead">',
    '<h1 class="entry-title p-name">', "</h1>", '<time class="read__published" datetime="2021-09-17">',
    '<time class="read__published" datetime="nonsense">', "</time>", '<div class="read__time">',
    '<div class="read__place p-location">', '<span class="read__tooltip">', "</span>",
    "<script>", "</script>", "<style>", '<article class="read__in hentry h-entry">', "</article>",
    '<div class="read__bottommeta">', "<h3>", "</h3>", "<li>", "&nbsp;", "&amp;", "&#x41;", "<!-- x -->",
    "Vladimir Putin:", "September 17, 2021", "16:30", "Topics", "<", ">", "\n", "<!DOCTYPE x>",
]


@given(st.lists(st.one_of(st.sampled_from(MARKUP_PIECES), st.text(max_size=20)), max_size=40))
def test_arbitrary_markup_never_raises_and_loses_nothing(pieces: list[str]) -> None:
    document = kremlin_parse.parse("<html>" + "".join(pieces))
    assert document.shape == "html"
    assert_nothing_lost(document)
    assert_spans_hold(document)


@given(st.lists(st.one_of(st.sampled_from(MARKUP_PIECES), st.text(max_size=20)), max_size=40))
def test_arbitrary_feeds_never_raise_and_lose_nothing(pieces: list[str]) -> None:
    body = "".join(pieces)
    feed = f"<feed><entry><title>T</title><content>{body}</content></entry></feed>"
    if regex.search(r"(?ai)<!(?:doctype|entity)", feed):
        with pytest.raises(UnsafeMarkupError):
            kremlin_parse.parse(feed)
        return
    document = kremlin_parse.parse(feed)
    assert document.shape == "atom"
    assert_nothing_lost(document)
    assert_spans_hold(document)
