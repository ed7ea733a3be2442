"""Shape detection, forced shapes, and the markup front ends."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

import kremlin_parse
from kremlin_parse import FurnitureKind
from kremlin_parse.shapes.markup import UnsafeMarkupError, read_html
from kremlin_parse.render import render

from conftest import FIXTURE_FILES

#: The shape of each fixture, by its number.
FIXTURE_SHAPES = {
    "000": "text_version", "001": "text_version", "002": "browser_dump", "003": "fragment",
    "004": "news_repost", "005": "forum_repost", "006": "html", "007": "html", "008": "html",
    "009": "atom", "010": "atom", "011": "atom", "012": "forum_repost", "013": "forum_repost",
    "014": "flattened", "015": "flattened", "016": "flattened", "017": "text_version",
    "018": "text_version", "019": "browser_dump", "020": "browser_dump", "021": "html", "022": "html",
    "023": "html", "024": "html", "025": "html", "026": "html", "027": "atom",
}


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.name)
def test_detection_picks_the_shape_of_each_fixture(path: Path) -> None:
    assert kremlin_parse.parse_file(path).shape == FIXTURE_SHAPES[path.name[:3]]


def test_every_shape_has_a_fixture() -> None:
    shapes = {FIXTURE_SHAPES[path.name[:3]] for path in FIXTURE_FILES}
    assert shapes == set(kremlin_parse.SHAPES)


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("Events\nTitle\nSeptember 17, 2021\nText.", "text_version"),
        ("Title\nSeptember 17, 2021\nText.", "text_version"),
        ("View settings\nTitle\nSeptember 17, 2021, Moscow\nLead.", "browser_dump"),
        ("Some speech.\nVladimir Putin: More.", "fragment"),
        (" date 2021-09-14 Story.", "news_repost"),
        ("Title\nMay 8, 2021 - 18:10\nText.\nThe source of information - http://en.kremlin.ru/d/1", "forum_repost"),
        ("<!DOCTYPE html><html><body><p>Text.</p></body></html>", "html"),
        ('<?xml version="1.0"?><feed><entry><title>T</title></entry></feed>', "atom"),
        ("События Встреча с губернатором 5 мая 2025 года 13:40 Москва, Кремль В.Путин: Добрый день!", "flattened"),
        ("", "fragment"),
    ],
)
def test_detection(text: str, shape: str) -> None:
    assert kremlin_parse.parse(text).shape == shape


def test_a_forced_shape_is_used_and_a_mismatch_is_reported() -> None:
    document = kremlin_parse.parse("Events\nTitle\nSeptember 17, 2021\nText.", shape="fragment")
    assert document.shape == "fragment"
    assert [d.code for d in document.diagnostics] == ["shape-mismatch"]


def test_an_unknown_shape_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="unknown shape"):
        kremlin_parse.parse("text", shape="pdf")


PAGE = """<!DOCTYPE html><html><head><title>T • President of Russia</title>
<script>var menu = "Events";</script><style>p { color: red }</style></head><body>
<nav><a href="/">Events</a> <a href="/news">News</a></nav>
<article class="read__in hentry h-entry">
<h1 class="entry-title p-name">Telephone conversation with&nbsp;Nikol Pashinyan</h1>
<time class="read__published" datetime="2021-09-17"></time>
<div class="read__lead entry-summary p-summary"><div><p>The leaders talked.</p></div></div>
<div class="entry-content e-content read__internal_content">
<p>Vladimir Putin and <a href="/catalog/persons/1">Nikol Pashinyan</a><span class="read__tooltip">Pashinyan
Nikol Prime Minister of Armenia</span> discussed R&amp;D.</p>
<p><b>Vladimir Putin:</b> Thank you.</p>
</div></article><footer>All content on this site is licensed.</footer></body></html>"""


def test_html_takes_the_article_and_only_what_a_reader_sees() -> None:
    document = kremlin_parse.parse(PAGE)
    event = document.events[0]
    assert event.title is not None and event.title.text == "Telephone conversation with Nikol Pashinyan"
    assert event.summary is not None and event.summary.text == "The leaders talked."
    assert event.date is not None and event.date.value.isoformat() == "2021-09-17"
    assert [p.text for t in event.turns for p in t.paragraphs] == [
        "Vladimir Putin and Nikol Pashinyan discussed R&D.", "Thank you.",
    ]
    assert event.turns[1].speaker is not None and event.turns[1].speaker.name == "Vladimir Putin"
    for hidden in ("menu", "color", "Prime Minister of Armenia", "News", "licensed"):
        assert hidden not in document.text


def test_html_video_title_is_furniture_not_body_text() -> None:
    page = PAGE.replace('<div class="entry-content', '<div class="read__video video masha-ignore">'
                        '<div class="video__title">Telephone conversation</div></div>\n<div class="entry-content')
    document = kremlin_parse.parse(page)
    event = document.events[0]
    assert event.turns[0].paragraphs[0].text == "Vladimir Putin and Nikol Pashinyan discussed R&D."
    assert [(item.kind, item.text) for item in document.furniture] == [
        (FurnitureKind.VIDEO_TITLE, "Telephone conversation"),
    ]


def test_html_reader_lines_point_into_its_text() -> None:
    markup = read_html(PAGE)
    assert all(markup.text[line.start:line.end].strip() == markup.text[line.start:line.end]
               for line in markup.lines)
    assert markup.events == [(0, len(markup.lines))]


@pytest.mark.parametrize("declaration", ["<!DOCTYPE feed [<!ENTITY x 'y'>]>", "<!ENTITY lol 'lol'>"])
def test_feeds_with_declarations_are_refused(declaration: str) -> None:
    with pytest.raises(UnsafeMarkupError):
        kremlin_parse.parse(f'<?xml version="1.0"?>{declaration}<feed><entry><title>&x;</title></entry></feed>')


def test_a_page_with_two_articles_gives_two_events() -> None:
    article = ('<article class="read__in hentry h-entry"><h1 class="entry-title p-name">{title}</h1>'
               '<time class="read__published" datetime="{date}"></time>'
               '<div class="entry-content"><p>{text}</p></div></article>')
    page = ("<!DOCTYPE html><html><body><nav>Events</nav>"
            + article.format(title="One", date="2021-09-17", text="First.")
            + article.format(title="Two", date="2021-09-18", text="Second.") + "</body></html>")
    document = kremlin_parse.parse(page)
    assert [(e.title.text if e.title else None, str(e.date.value) if e.date else None) for e in document.events] == [
        ("One", "2021-09-17"), ("Two", "2021-09-18"),
    ]


def test_the_same_russian_page_in_cp1251_parses_the_same() -> None:
    path = next(path for path in FIXTURE_FILES if path.name.startswith("014"))
    utf8 = kremlin_parse.parse(path.read_bytes())
    cp1251 = kremlin_parse.parse(path.read_text(encoding="utf-8").encode("cp1251"))
    assert cp1251.encoding == "cp1251" and [d.code for d in cp1251.diagnostics] == ["decoded-cp1251"]
    assert cp1251.events == utf8.events
    assert cp1251.furniture == utf8.furniture


@pytest.mark.parametrize(("inner", "text"), [
    ("A <![OCTYPE x]> b", "A <![OCTYPE x]> b"),  # found by the fuzzer: html.parser raised AssertionError
    ("A <![ b", "A <![ b"),
    ("A <![CDATA[x < y]]> b", "A x < y b"),
])
def test_marked_sections_keep_their_text(inner: str, text: str) -> None:
    document = kremlin_parse.parse(f"<html><body><p>{inner}</p></body></html>")
    assert [p.text for turn in document.events[0].turns for p in turn.paragraphs] == [text]


def test_a_feed_entry_in_cdata_is_read_as_html() -> None:
    feed = ('<?xml version="1.0"?><feed><entry><title>T</title>'
            '<published>2021-09-17T16:30:00+03:00</published><content type="html">'
            '<![CDATA[<p>Hello <b>there</b></p><p>Again.</p>]]></content></entry></feed>')
    (event,) = kremlin_parse.parse(feed).events
    assert [p.text for turn in event.turns for p in turn.paragraphs] == ["Hello there", "Again."]


def test_a_forum_repost_keeps_an_undated_event_between_dated_ones() -> None:
    dated = [event for path in FIXTURE_FILES[:2] for event in kremlin_parse.parse_file(path).events][:2]
    (announcement,) = [event for path in FIXTURE_FILES if path.name.startswith("016")
                       for event in kremlin_parse.parse_file(path).events]
    assert announcement.date is None and announcement.url is not None
    dated = [attrs.evolve(event, url=attrs.evolve(announcement.url, text=f"http://kremlin.ru/d/{n}"))
             for n, event in enumerate(dated)]
    document = kremlin_parse.parse(render([dated[0], announcement, dated[1]], "forum_repost"))
    assert document.shape == "forum_repost"
    assert [event.url.text if event.url else None for event in document.events] == [
        "http://kremlin.ru/d/0", announcement.url.text, "http://kremlin.ru/d/1"]
