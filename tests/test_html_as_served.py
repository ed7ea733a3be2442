"""The site's HTML as it is really served: markup as evidence of labels and furniture.

The fixtures 023–026 are cut from pages of en.kremlin.ru in the site's 2020 template; the
short pages written here follow the same template. Their Kremlin passages are from events
17108, 47126, 55882, 56957, 60583, 60707, 60795 and 63560 of en.kremlin.ru (CC BY 4.0,
President of Russia website).
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import kremlin_parse
from kremlin_parse import Document, FurnitureKind
from kremlin_parse.labels import find_label
from kremlin_parse.shapes.markup import _SPACES, _clean, read_html
from kremlin_parse.source import normalise
from kremlin_parse.lines import LabelHint

from conftest import FIXTURES, assert_nothing_lost, assert_spans_hold


def fixture(number: str) -> Document:
    (path,) = FIXTURES.glob(f"{number}_*")
    return kremlin_parse.parse_file(path)


def page(body: str, *, header: str = "") -> str:
    """A page of the site's template around `body`, the inside of its article's text."""
    header = header or ('<h1 class="entry-title p-name">Plenary session</h1>'
                        '<time class="read__published" datetime="2019-06-07">June 7, 2019</time>')
    return ('<!DOCTYPE html><html><body><nav><a href="/">Events</a></nav>'
            '<article class="read__in hentry h-entry"><div class="read__content"><div class="read__top">'
            f'{header}</div><div class="entry-content e-content read__internal_content">{body}'
            '</div></div></article></body></html>')


def labelled(document: Document) -> list[tuple[str | None, str]]:
    """(speaker label, paragraph) of every paragraph of the first event."""
    return [(turn.speaker.label if turn.speaker else None, paragraph.text)
            for turn in document.events[0].turns for paragraph in turn.paragraphs]


def furniture(document: Document, kind: FurnitureKind) -> list[str]:
    return [item.text for item in document.furniture if item.kind is kind]


def checked(markup: str) -> Document:
    document = kremlin_parse.parse(markup)
    assert document.shape == "html"
    assert_nothing_lost(document)
    assert_spans_hold(document)
    return document


# -- labels: bold, then a colon -------------------------------------------------------------------

@pytest.mark.parametrize(("paragraph", "label", "speech"), [
    ("<b>Vladimir Putin:</b> Good afternoon.", "Vladimir Putin", "Good afternoon."),
    ("<b>Vladimir Putin: </b>Good afternoon.", "Vladimir Putin", "Good afternoon."),
    ("<b>Vladimir Putin</b>: Good afternoon.", "Vladimir Putin", "Good afternoon."),
    ("<strong>Vladimir Putin</strong>: Good afternoon.", "Vladimir Putin", "Good afternoon."),
    ("<b>Sophie Shevardnadze </b><i>(retranslated)</i>: Hello, everyone,",
     "Sophie Shevardnadze (retranslated)", "Hello, everyone,"),
    ("<b>President of Bulgaria Rumen Radev </b><i>(retranslated)</i><b>:</b> Ms Shevardnadze,",
     "President of Bulgaria Rumen Radev (retranslated)", "Ms Shevardnadze,"),
    ("<b>Call</b> <b>centre</b> <b>operator:</b> The city of Kursk.", "Call centre operator",
     "The city of Kursk."),
    ('<a href="/catalog/persons/1/events"><b>Yelena Vinnik</b><span class="read__tooltip">Vinnik'
     " Yelena</span></a>: Very, very many questions.", "Yelena Vinnik", "Very, very many questions."),
])
def test_bold_then_a_colon_is_a_label_whatever_its_words(paragraph: str, label: str, speech: str) -> None:
    document = checked(page(f"<p>{paragraph}</p>"))
    ((speaker, text),) = labelled(document)
    assert " ".join(speaker.replace("(", " (").split()) == label  # type: ignore[union-attr]
    assert text == speech


def test_the_word_rules_alone_refuse_such_labels() -> None:
    """What the markup marks is a label even where the words alone would not be one."""
    assert find_label("Call centre operator: The city of Kursk.") is None
    assert find_label("Director of the Moscow Variety theatre Gennady Hazanov: We were") is None
    assert find_label("Ebtesam al-Ketbi: Ebtesam Al-Ketbi, Professor") is None
    hazanov = [t.speaker for t in fixture("023").events[0].turns if t.speaker and "Hazanov" in t.speaker.label]
    assert [(s.role, s.name) for s in hazanov] == [("Director of the Moscow Variety theatre", "Gennady Hazanov")]
    assert "Ebtesam al-Ketbi" in [t.speaker.label for t in fixture("024").events[0].turns if t.speaker]


@pytest.mark.parametrize("paragraph", [
    "Perm Territory: “Why are single-industry towns dying?”",
    "Mr Radev, let me ask you too: should Europe be integrated, the EAEU?",
    "Question: at what expense? Where do we get these funds?",
    "<b>The President’s speech at the military parade</b>",
    "<b>10:30</b> The meeting began.",
    "<b>Note.</b> Without the same bold label elsewhere a full stop is no colon.",
])
def test_plain_text_before_a_colon_is_no_label(paragraph: str) -> None:
    document = checked(page(f"<p><b>Yelena Vinnik:</b> Very, very many questions.</p><p>{paragraph}</p>"))
    assert [speaker for speaker, _ in labelled(document)] == ["Yelena Vinnik", "Yelena Vinnik"]


def test_plain_text_is_a_label_when_the_article_marks_the_same_label_in_bold() -> None:
    document = checked(page("<p><b>Boris Titov:</b> A report, yes…</p>"
                            "<p>Vladimir Putin: But control is a must.</p>"
                            "<p><b>Vladimir Putin:</b> Right then.</p>"
                            "<p>Boris Titov: Of course.</p>"))
    assert labelled(document) == [
        ("Boris Titov", "A report, yes…"), ("Vladimir Putin", "But control is a must."),
        ("Vladimir Putin", "Right then."), ("Boris Titov", "Of course."),
    ]


def test_a_full_stop_after_a_bold_label_of_the_article_stands_for_the_colon() -> None:
    assert [(s, t) for s, t in labelled(fixture("025")) if t == "But control is a must."] == [
        ("Vladimir Putin", "But control is a must.")]


def test_a_label_cut_by_a_person_link_and_its_tooltip() -> None:
    speakers = {t.speaker.label: t.speaker for t in fixture("025").events[0].turns if t.speaker}
    titov = speakers["Commissioner for Entrepreneurs’ Rights Boris Titov"]
    assert (titov.role, titov.name) == ("Commissioner for Entrepreneurs’ Rights", "Boris Titov")
    assert "Titov Boris" not in fixture("025").text.split("Topics")[0]  # the tooltip is hidden


def test_an_article_that_marks_no_label_in_bold_is_read_by_its_words() -> None:
    document = checked(page("<p>Vladimir Putin: Good afternoon.</p><p>Thank you.</p>"))
    assert labelled(document) == [("Vladimir Putin", "Good afternoon."), ("Vladimir Putin", "Thank you.")]


def test_the_reader_hands_the_lexer_where_each_label_ends() -> None:
    markup = read_html(page("<p><b>Sophie Shevardnadze </b><i>(retranslated)</i>: Hello.</p>"
                            "<p>Perm Territory: “Why?”</p>"))
    hints = {markup.text[line.start:line.end]: line.hint for line in markup.lines}
    assert hints["Sophie Shevardnadze (retranslated): Hello."] == LabelHint(35)
    assert hints["Perm Territory: “Why?”"] == "unlabelled"


def test_speech_is_what_follows_the_colon() -> None:
    first = [(t.speaker.label, t.paragraphs[0].text[:30]) for t in fixture("023").events[0].turns
             if t.speaker and t.speaker.label.startswith(("Vladimir Putin (", "Writer", "Director"))]
    assert first == [
        ("Vladimir Putin (responding to remarks by test pilot Magomed Tolboyev)", "First of all, concerning the d"),
        ("Writer Eduard Bagirov", "We all know that an anti-corru"),
        ("Director of the Moscow Variety theatre Gennady Hazanov", "We were just speaking about di"),
    ]


# -- the page's text and its furniture --------------------------------------------------------------

def test_pull_quotes_are_furniture_and_the_speech_around_them_one_turn() -> None:
    document = fixture("023")
    quotes = furniture(document, FurnitureKind.PULL_QUOTE)
    assert [quote[:20] for quote in quotes] == ["“The top priority no", "“We must revive loca"]
    assert all(quote not in text for quote in quotes for _, text in labelled(document))
    (turn,) = [t for t in document.events[0].turns if t.speaker and t.speaker.label.startswith("President")]
    assert len(turn.paragraphs) == 5


def test_captions_video_titles_and_related_boxes_are_furniture_of_their_own_kinds() -> None:
    document = fixture("024")
    assert furniture(document, FurnitureKind.PHOTO_CAPTION) == [
        "Meeting of the Valdai International Discussion Club. Photo: RIA Novosti"]
    assert furniture(document, FurnitureKind.VIDEO_TITLE) == ["Meeting of the Valdai International Discussion Club"]
    # One record for the whole box, its lines one per text line.
    assert furniture(document, FurnitureKind.RELATED_BOX) == [
        "See also\nAll news about the trip to Sochi\nOctober 18 − 19, 2017"]
    texts = [text for _, text in labelled(document)]
    assert not any("Photo:" in text or "All news about" in text for text in texts)


def test_a_related_box_that_reads_as_see_also_gives_its_entries() -> None:
    box = ('<div class="read__cut read__cut_full_size masha-ignore"><div class="cut">'
           '<h3 class="cut__title">See also</h3><div class="cut__description">'
           '<a href="/events/president/news/47125" class="cut__item">Meeting of High-Level Russian-Turkish'
           ' Cooperation Council</a> <div class="cut__date">December 1, 2014</div></div></div></div>')
    document = checked(page(f"<p><b>Vladimir Putin:</b> Ladies and gentlemen,</p>{box}<p>Thank you.</p>"))
    (entry,) = document.events[0].see_also
    assert entry.title.text == "Meeting of High-Level Russian-Turkish Cooperation Council"
    assert entry.date is not None and entry.date.value.isoformat() == "2014-12-01"
    assert furniture(document, FurnitureKind.RELATED_BOX) == []
    assert labelled(document) == [("Vladimir Putin", "Ladies and gentlemen,"), ("Vladimir Putin", "Thank you.")]


def test_any_other_block_the_site_leaves_out_of_its_text_is_furniture() -> None:
    document = checked(page('<p>Text.</p><div class="supplement masha-ignore"><p>Related documents</p></div>'))
    assert furniture(document, FurnitureKind.RELATED_BOX) == ["Related documents"]
    assert labelled(document) == [(None, "Text.")]


def test_the_footer_gives_the_publication_date_and_time() -> None:
    event = fixture("023").events[0]
    assert event.published_at is not None
    assert event.published_at.value.isoformat() == "2012-12-10T17:15:00+04:00"
    assert event.published_at.raw == "December 10, 2012, 17:15"
    assert not any("2012, 17:15" in text for _, text in labelled(fixture("023")))


def test_an_announcement_keeps_its_header_and_its_date() -> None:
    document = fixture("026")
    event = document.events[0]
    assert event.title is not None and event.title.text.startswith("Vladimir Putin will meet")
    assert event.summary is not None and event.summary.text.startswith("Vladimir Putin will meet on")
    assert event.date is not None and event.date.value.isoformat() == "2012-12-14"
    assert "Announcement," in furniture(document, FurnitureKind.FIELD_LABEL)
    assert [text[:12] for _, text in labelled(document)] == ["The summit’s", "Brazil is on"]


def test_a_page_opening_with_a_photo_slider_keeps_its_header() -> None:
    slider = ('<div class="slider masha-ignore"><div class="slider__slides">'
              '<div class="slide" data-cycle-desc="At the parade."><img src="/1.jpg" alt="At the parade."></div>'
              '</div><div class="slider__description"><div class="slider_caption"></div></div></div>')
    header = ('<h1 class="entry-title p-name">Military parade</h1>'
              '<div class="read__lead entry-summary p-summary"><div><p>The parade took place.</p></div></div>'
              '<div class="read__meta"><time class="read__published" datetime="2020-06-24">June 24, 2020</time>'
              '<div class="read__time">11:15</div><div class="read__place p-location">Moscow</div></div>')
    document = checked(page(f"{slider}<p>Over 14,000 service personnel took part.</p>", header=header))
    event = document.events[0]
    assert (event.title and event.title.text, event.summary and event.summary.text) == (
        "Military parade", "The parade took place.")
    assert (str(event.date and event.date.value), str(event.time and event.time.value),
            event.location and event.location.text) == ("2020-06-24", "11:15:00", "Moscow")
    assert labelled(document) == [(None, "Over 14,000 service personnel took part.")]


def test_a_turn_continues_after_a_section_break() -> None:
    document = fixture("023")
    last = document.events[0].sections[-1]
    (turn,) = last.turns
    assert turn.speaker is not None and turn.speaker.label == "Vladimir Putin"
    assert turn.speaker.span.start == turn.speaker.span.end == turn.paragraphs[0].span.start
    assert turn.paragraphs[-1].text == "Thank you very much."


@pytest.mark.parametrize("name", ["023", "024", "025", "026"])
def test_the_pages_lose_nothing(name: str) -> None:
    document = fixture(name)
    assert_nothing_lost(document)
    assert_spans_hold(document)
    assert [d.code for d in document.diagnostics] == []



SITE_PIECES = [
    "<p>", "</p>", "<b>", "</b>", "<strong>", "</strong>", "<i>", "</i>", ":", ".", " ", "(", ")",
    "Vladimir Putin", "Call centre operator", "(retranslated)", "* * *", "<blockquote>", "</blockquote>",
    '<div class="media masha-ignore">', '<span class="media__title">', "</span>", "</div>",
    '<div class="video__description masha-ignore">', '<div class="read__cut masha-ignore">',
    '<h3 class="cut__title">', "</h3>", "See also", "Additional", '<div class="cut__date">',
    "December 1, 2014", "June 6 − 7, 2019", '<div class="announce_date">', "Announcement, ",
    '<div class="read__bottommeta">', "Publication date: ", '<time datetime="2012-12-10">',
    "</time>", "December 10, 2012, 17:15", '<span class="read__tooltip">', "<br>", "&nbsp;",
]


@given(st.lists(st.one_of(st.sampled_from(SITE_PIECES), st.text(max_size=12)), max_size=40))
def test_pieces_of_the_site_template_never_raise_and_lose_nothing(pieces: list[str]) -> None:
    checked(page("".join(pieces)))


@given(st.text(alphabet=" \t\n\r\f\u00a0\u2009\u200bab", max_size=30))
@example("a  b")
@example(" a\fb\u00a0 ")
def test_a_piece_of_text_is_cleaned_as_a_browser_shows_it(raw: str) -> None:
    """`_clean` collapses HTML's white space only where a run of it stands (it skips the
    search where none of its characters is), then normalises: the same text as collapsing
    every piece."""
    assert _clean(raw) == normalise(_SPACES.sub(" ", raw).strip(" ")).strip()
