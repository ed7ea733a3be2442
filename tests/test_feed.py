"""The site's Atom feed read as XML: namespaces, the repeated lead, broken feeds, deep nesting.

Fixture 027 is cut from page 1 of the feed of en.kremlin.ru of 7 January 2018; the passages
are the Kremlin's (CC BY 4.0, President of Russia website).
"""

from __future__ import annotations

import regex

import kremlin_parse
from kremlin_parse import Document, FurnitureKind
from kremlin_parse.outputs.json import export_event

from conftest import FIXTURES, assert_nothing_lost, assert_spans_hold

FEED = (FIXTURES / "027_atom_feed_as_served.xml").read_text(encoding="utf-8")
PUBLISHED = "<published>2018-01-07T09:00:00+04:00</published>"


def checked(feed: str) -> Document:
    document = kremlin_parse.parse(feed)
    assert document.shape == "atom"
    assert_nothing_lost(document)
    assert_spans_hold(document)
    return document


def without_spans(document: Document) -> list[dict[str, object]]:
    return [{key: value for key, value in export_event(event).items() if key != "span"}
            for event in document.events]


def paragraphs(document: Document) -> list[list[str]]:
    return [[p.text for turn in event.turns for p in turn.paragraphs] for event in document.events]


def test_namespace_prefixes_are_read_not_turned_into_text() -> None:
    prefixed = regex.sub(r"<(/?)(?!\?)(\w+)", r"<\1a:\2", FEED).replace(
        'xmlns="http://www.w3.org/2005/Atom"', 'xmlns:a="http://www.w3.org/2005/Atom"')
    assert "<a:feed" in prefixed and "<a:entry>" in prefixed
    document = checked(prefixed)
    assert without_spans(document) == without_spans(checked(FEED))
    assert "a:" not in document.text


def test_elements_of_another_namespace_are_no_fields_of_the_entry() -> None:
    feed = ('<feed xmlns="http://www.w3.org/2005/Atom" xmlns:m="urn:x"><entry><title>Real</title>'
            "<m:title>Not the title</m:title><published>2018-01-07T09:00:00+04:00</published>"
            "<content type='html'>&lt;p&gt;Text.&lt;/p&gt;</content></entry></feed>")
    (event,) = checked(feed).events
    assert event.title is not None and event.title.text == "Real"


def test_the_lead_is_not_repeated_as_the_first_paragraph() -> None:
    document = checked(FEED)
    for event, texts in zip(document.events, paragraphs(document)):
        assert event.summary is not None and texts[0] != event.summary.text
    assert [item.text[:28] for item in document.furniture if item.kind is FurnitureKind.REPEATED_LEAD] == [
        "Vladimir Putin congratulated", "Vladimir Putin had a telepho"]


def test_the_entries_of_the_feed_as_served() -> None:
    document = checked(FEED)
    assert [(e.title.text if e.title else None, str(e.date.value) if e.date else None,
             str(e.time.value) if e.time else None, e.url.text if e.url else None) for e in document.events] == [
        ("Christmas greetings", "2018-01-07", "09:00:00", "http://en.kremlin.ru/events/president/news/56626"),
        ("Telephone conversation with Indian Prime Minister Narendra Modi", "2018-01-03", "16:50:00",
         "http://en.kremlin.ru/events/president/news/56624"),
    ]
    assert "xml-stylesheet" not in document.text and "Website of the President" not in document.text


def test_text_content_stays_text() -> None:
    feed = ("<feed xmlns='http://www.w3.org/2005/Atom'><entry><title>A &amp; B</title>"
            f"{PUBLISHED}<content type='text'>x &lt;b&gt; y</content></entry></feed>")
    document = checked(feed)
    assert document.events[0].title is not None and document.events[0].title.text == "A & B"
    assert paragraphs(document) == [["x <b> y"]]


def test_xhtml_content_is_read_as_html_with_its_labels() -> None:
    feed = ("<feed xmlns='http://www.w3.org/2005/Atom'><entry><title>T</title>"
            f"{PUBLISHED}<content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'>"
            "<p><b>Vladimir Putin:</b> Good afternoon &amp; welcome.</p><p>Perm Territory: “Why?”</p>"
            "</div></content></entry></feed>")
    (event,) = checked(feed).events
    assert [(t.speaker.label if t.speaker else None, [p.text for p in t.paragraphs]) for t in event.turns] == [
        ("Vladimir Putin", ["Good afternoon & welcome.", "Perm Territory: “Why?”"])]


def test_deeply_nested_xhtml_content_needs_no_recursion() -> None:
    depth = 20_000
    feed = (f"<feed xmlns='http://www.w3.org/2005/Atom'><entry><title>T</title>{PUBLISHED}<content type='xhtml'>"
            + "<div>" * depth + "Deep." + "</div>" * depth + "</content></entry></feed>")
    assert paragraphs(checked(feed)) == [["Deep."]]


def test_a_feed_that_is_not_well_formed_is_read_leniently() -> None:
    cut = FEED[: FEED.index("Mr Putin and Mr Modi")]
    document = checked(cut)
    assert [e.title.text if e.title else None for e in document.events] == [
        "Christmas greetings", "Telephone conversation with Indian Prime Minister Narendra Modi"]
    assert "Mr Putin and Mr" not in document.text
    assert paragraphs(document)[0][0] == "The message reads, in part:"


def test_a_prefixed_feed_that_is_not_well_formed_is_read_leniently_too() -> None:
    feed = ("<a:feed xmlns:a='http://www.w3.org/2005/Atom'><a:entry><a:title>T</a:title>"
            "<a:published>2018-01-07T09:00:00+04:00</a:published><a:content type='html'>&lt;p&gt;Kept.&lt;/p&gt;</a:content><br></a:entry>")
    document = checked(feed)
    assert paragraphs(document) == [["Kept."]]
    assert "a:" not in document.text


def test_a_summary_of_many_paragraphs_is_one_lead_and_leaves_the_date_in_reach() -> None:
    summary = "".join(f"&lt;p&gt;Paragraph {n}.&lt;/p&gt;" for n in range(1, 7))
    feed = (f"<feed xmlns='http://www.w3.org/2005/Atom'><entry><title>T</title>{PUBLISHED}"
            f"<summary type='html'>{summary}</summary><content type='html'>&lt;p&gt;Body.&lt;/p&gt;</content>"
            "</entry></feed>")
    (event,) = checked(feed).events
    assert event.title is not None and event.title.text == "T"
    assert event.summary is not None and event.summary.text == " ".join(f"Paragraph {n}." for n in range(1, 7))
    assert event.date is not None and str(event.date.value) == "2018-01-07"
