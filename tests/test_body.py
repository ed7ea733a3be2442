"""The body stage on its own: `read_body` on the tokens after a header."""

from __future__ import annotations

from kremlin_parse.body import Body, read_body
from kremlin_parse.kinds import Kind
from kremlin_parse.models import MarkKind

from stage_helpers import sink_of, tokens_of


def body_of(text: str, repeated_dateline: str | None = None) -> Body:
    return read_body(text, tokens_of(text), sink_of(text), repeated_dateline=repeated_dateline)


def paragraphs(body: Body) -> list[tuple[str | None, str]]:
    return [(turn.speaker.label if turn.speaker else None, paragraph.text)
            for section in body.sections for turn in section.turns for paragraph in turn.paragraphs]


def test_a_label_opens_a_turn_and_lines_without_one_continue_it() -> None:
    body = body_of("Narration first.\nVladimir Putin: Good afternoon.\nLet us begin.\nSergei Kulikov: Thank you.")
    assert paragraphs(body) == [
        (None, "Narration first."),
        ("Vladimir Putin", "Good afternoon."),
        ("Vladimir Putin", "Let us begin."),
        ("Sergei Kulikov", "Thank you."),
    ]


def test_a_label_alone_on_its_line_opens_the_turn_below_it() -> None:
    assert paragraphs(body_of("Vladimir Putin:\nGood afternoon.")) == [("Vladimir Putin", "Good afternoon.")]


def test_lines_broken_at_links_are_joined_into_one_paragraph_with_their_pieces() -> None:
    body = body_of("The meeting included Nikol Pashinyan\n, President of Belarus Alexander Lukashenko\nand others.")
    (paragraph,) = body.sections[0].turns[0].paragraphs
    assert paragraph.text == "The meeting included Nikol Pashinyan, President of Belarus Alexander Lukashenko and others."
    assert len(paragraph.pieces) == 3


def test_a_section_break_opens_a_section_whose_heading_is_a_short_line() -> None:
    body = body_of("First part.\n* * *\nSpeech at the joint meeting\nColleagues, thank you.")
    assert [section.heading.text if section.heading else None for section in body.sections] == [
        None, "Speech at the joint meeting"]
    assert [(item.kind, item.text) for item in body.furniture] == [(Kind.SECTION_BREAK, "* * *")]


def test_a_gallery_counter_takes_the_caption_below_it() -> None:
    body = body_of("Text.\n3 of 4\nWith the Governor.\nMore text.")
    (caption,) = body.captions
    assert (caption.index, caption.total) == (3, 4)
    assert caption.text is not None and caption.text.text == "With the Governor."
    assert paragraphs(body) == [(None, "Text."), (None, "More text.")]


def test_tag_blocks_and_the_more_counter_under_persons() -> None:
    body = body_of("Text.\nTopics\nForeign policy\nPersons\nPutin Vladimir\n5 more")
    assert [item.text for item in body.tags["topics"]] == ["Foreign policy"]
    assert [item.text for item in body.tags["persons"]] == ["Putin Vladimir"]
    assert body.persons_more is not None and body.persons_more.value == 5


def test_a_see_also_box_inside_a_speech_does_not_end_the_turn() -> None:
    body = body_of("Vladimir Putin: First.\nSee also\nMeeting with the Governor\nMay 3, 2022\nSecond.")
    assert paragraphs(body) == [("Vladimir Putin", "First."), ("Vladimir Putin", "Second.")]
    (entry,) = body.see_also
    assert entry.title.text == "Meeting with the Governor"


def test_footer_fields_fill_their_event_fields_and_their_labels_are_furniture() -> None:
    body = body_of("Text.\nPublication status\nPublished in sections: News, Transcripts\n"
                   "Publication date: December 2, 2020, 18:20\nDirect link: kremlin.ru/d/64546")
    assert body.published_in is not None and body.published_in.value == ("News", "Transcripts")
    assert body.published_at is not None and body.published_at.value.isoformat() == "2020-12-02T18:20:00+03:00"
    assert body.url is not None and body.url.text == "kremlin.ru/d/64546"
    assert [item.kind for item in body.furniture] == [Kind.PUBLICATION_STATUS] + [Kind.FIELD_LABEL] * 3


def test_the_repeated_date_line_is_furniture_only_when_it_repeats_the_header() -> None:
    text = "Text.\nMay 3, 2022, Moscow"
    assert paragraphs(body_of(text, repeated_dateline="May 3, 2022, Moscow")) == [(None, "Text.")]
    assert paragraphs(body_of(text)) == [(None, "Text."), (None, "May 3, 2022, Moscow")]


def test_an_elision_line_is_a_paragraph_of_its_own_with_its_mark() -> None:
    body = body_of("Before.\n<…>\nAfter.")
    texts = [paragraph for section in body.sections for turn in section.turns for paragraph in turn.paragraphs]
    assert [paragraph.text for paragraph in texts] == ["Before.", "<…>", "After."]
    assert [mark.kind for mark in texts[1].marks] == [MarkKind.ELISION]


def test_a_post_timestamp_and_an_agency_dateline_inside_a_body_are_furniture() -> None:
    text = ("Vladimir Putin: Good afternoon.\n13:36 20.06.2025 •\n"
            "МОСКВА, 24 декабря. /ТАСС/. Президент поздравил коллег.\nMore.")
    body = body_of(text)
    assert [(item.kind, item.text) for item in body.furniture] == [
        (Kind.POST_METADATA, "13:36 20.06.2025 •"), (Kind.DATELINE, "МОСКВА, 24 декабря. /ТАСС/.")]
    assert paragraphs(body) == [
        ("Vladimir Putin", "Good afternoon."),
        ("Vladimir Putin", "Президент поздравил коллег."),
        ("Vladimir Putin", "More."),
    ]


def test_a_labels_decoration_and_video_time_are_furniture_and_the_speech_follows() -> None:
    text = "«В.ПУТИН: Добрый день!\n— Вопрос: (06:03) Как Вы относитесь?\n💬 В.Путин: [00:06:15] Хорошо."
    body = body_of(text)
    assert [(item.kind, item.text) for item in body.furniture] == [
        (Kind.DECORATION, "«"), (Kind.DECORATION, "—"), (Kind.VIDEO_TIMESTAMP, "(06:03)"),
        (Kind.DECORATION, "💬"), (Kind.VIDEO_TIMESTAMP, "[00:06:15]")]
    assert paragraphs(body) == [("В.ПУТИН", "Добрый день!"), ("Вопрос", "Как Вы относитесь?"),
                                ("В.Путин", "Хорошо.")]
    speakers = [turn.speaker for section in body.sections for turn in section.turns]
    assert [text[s.span.start:s.span.end] for s in speakers if s] == ["В.ПУТИН:", "Вопрос:", "В.Путин:"]
