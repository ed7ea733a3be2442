"""Aligning the two editions: the ten real pairs (golden), properties on generated events,
the rules of each level on texts of our own, the JSON Lines and TMX outputs and the command."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import kremlin_parse
from kremlin_parse.align import Alignment, EventRef, align
from kremlin_parse.cli import main
from kremlin_parse.outputs.parallel import jsonl_lines, to_jsonl, to_tmx
from kremlin_parse.render import render

from alignment_cases import PAIR_IDS, golden_outputs, pair_documents
from strategies import bilingual_events, events

#: The alignment properties render and parse two documents for each example: a third of the
#: profile's examples keeps them as quick as the round trips of one document.
FEWER = settings(max_examples=max(settings.default.max_examples // 3, 10))


# -- the ten real pairs ---------------------------------------------------------------------------


def test_there_are_ten_pairs() -> None:
    assert len(PAIR_IDS) == 10


@pytest.mark.parametrize("number", PAIR_IDS)
def test_golden_alignment(number: str) -> None:
    """Each pair's paragraph pairs and what was left unpaired, as reviewed against both texts."""
    for path, expected in golden_outputs(number).items():
        assert path.read_text(encoding="utf-8") == expected, path.name


def test_all_ten_pairs_pair_each_event_with_its_own_at_once() -> None:
    sides = list(zip(*(pair_documents(number) for number in PAIR_IDS)))
    alignment = kremlin_parse.align(sides[0], sides[1])
    assert [(pair.english.document, pair.russian.document) for pair in alignment.events] == [
        (index, index) for index in range(10)]
    assert all(pair.confidence > 0.9 for pair in alignment.events)
    assert not [item for item in alignment.unpaired if item.turn is None]
    single = [line for number in PAIR_IDS for line in align(*zip(pair_documents(number))).paragraph_pairs()]
    assert len(list(alignment.paragraph_pairs())) == len(single) == 67


def test_a_pair_with_the_sites_number_on_one_side_only_is_paired_by_content() -> None:
    english, russian = pair_documents("51642")
    (pair,) = align([english], [russian]).events
    assert (pair.site_id, pair.method) == ("51642", "content")


def test_turns_are_matched_by_initials_and_by_sound() -> None:
    alignment = align(*zip(pair_documents("51642")))
    (pair,) = alignment.events
    assert [(turn.method, turn.person_id) for turn in pair.turns] == [
        ("initials", "putin-vladimir"), ("sound", "larcher-gerard"),
        ("initials", "putin-vladimir"), ("sound", "larcher-gerard")]
    assert alignment.person_links() == [("putin-vladimir", "putin-v"), ("larcher-gerard", "larshe-z")]


# -- properties -----------------------------------------------------------------------------------


@FEWER
@given(bilingual_events())
def test_an_event_rendered_in_both_languages_aligns_to_itself(pair: tuple[kremlin_parse.Event, ...]) -> None:
    # Narrowed: without the site's number, a pair needs odds of 100 to 1 (docs/alignment.md);
    # the date and a few words of narration alone do not give them, a person's turn does (a
    # generic label, `Question`, weighs 0.3 nats, less than narration).
    assume(pair[0].url is not None or any(
        turn.speaker is not None and turn.speaker.kind is kremlin_parse.SpeakerKind.PERSON for turn in pair[0].turns))
    english, russian = (kremlin_parse.parse(render(event)) for event in pair)
    alignment = align([english], [russian])
    (event_pair,) = alignment.events
    assert alignment.unpaired == ()
    english_turns = english.events[0].turns
    assert [(turn.english, turn.russian) for turn in event_pair.turns] == [
        (index, index) for index in range(len(english_turns))]
    for turn_pair, turn in zip(event_pair.turns, english_turns):
        assert [(bead.english, bead.russian, bead.method) for bead in turn_pair.paragraphs] == [
            ((index,), (index,), "1-1") for index in range(len(turn.paragraphs))]


def _truncated(document: kremlin_parse.Document, cut: float) -> kremlin_parse.Document:
    """The document's text cut off a share of the way through, as a saved excerpt is."""
    return kremlin_parse.parse(document.text[: int(len(document.text) * cut)] or " ")


@FEWER
@given(st.data())
def test_no_paragraph_is_paired_twice_and_none_is_lost(data: st.DataObject) -> None:
    """Every paragraph of either side is in exactly one bead, or reported unpaired (alone or
    with its turn or event): for unrelated events, and for one event and an excerpt of it."""
    pair = data.draw(bilingual_events())
    english = kremlin_parse.parse(render(pair[0]))
    if data.draw(st.booleans()):
        russian = _truncated(kremlin_parse.parse(render(pair[1])), data.draw(st.floats(0.2, 1.0)))
    else:
        russian = kremlin_parse.parse(render([data.draw(events(language="ru")), data.draw(bilingual_events())[1]]))
    alignment = align([english], [russian])
    for language in ("en", "ru"):
        held: list[tuple[EventRef, int, int]] = []
        for event_pair in alignment.events:
            ref = event_pair.english if language == "en" else event_pair.russian
            for turn in event_pair.turns:
                for bead in turn.paragraphs:
                    indices = bead.english if language == "en" else bead.russian
                    assert list(indices) == list(range(indices[0], indices[0] + len(indices)))
                    held += [(ref, turn.english if language == "en" else turn.russian, index) for index in indices]
        for item in alignment.unpaired:
            if item.language != language:
                continue
            event = alignment.event(language, item.event)
            for turn_index, turn in enumerate(event.turns):
                for index in range(len(turn.paragraphs)):
                    if item.turn in (None, turn_index) and item.paragraph in (None, index):
                        held.append((item.event, turn_index, index))
        documents = alignment.english if language == "en" else alignment.russian
        every = [(EventRef(0, number), turn_index, index)
                 for number, event in enumerate(documents[0].events)
                 for turn_index, turn in enumerate(event.turns) for index in range(len(turn.paragraphs))]
        assert sorted(held, key=repr) == sorted(every, key=repr)


# -- the rules, on texts of our own ---------------------------------------------------------------

ENGLISH = """President of Russia Vladimir Putin: Good afternoon, colleagues.

Today we will discuss the results of 2024 and our plans for the next three years.

Let us begin.

Governor of the Moscow Region Andrei Vorobyov: Thank you, Mr President.

The region built 112 schools last year. We will build 40 more this year.
"""
RUSSIAN = """В.Путин: Добрый день, уважаемые коллеги!

Сегодня обсудим итоги 2024 года.

И наши планы на ближайшие три года.

Давайте начнём.

А.Воробьёв: Спасибо, Владимир Владимирович.

В прошлом году в области построено 112 школ. В этом году построим ещё 40."""


def test_two_russian_paragraphs_pair_with_one_english_and_initials_with_full_names() -> None:
    alignment = align([kremlin_parse.parse(ENGLISH)], [kremlin_parse.parse(RUSSIAN)])
    (pair,) = alignment.events
    assert pair.method == "content"
    assert [(turn.method, turn.person_id) for turn in pair.turns] == [
        ("initials", "putin-vladimir"), ("initials", "vorobev-andrei")]
    assert [(bead.english, bead.russian, bead.method) for bead in pair.turns[0].paragraphs] == [
        ((0,), (0,), "1-1"), ((1,), (1, 2), "1-2"), ((2,), (3,), "1-1")]
    assert [(bead.english, bead.russian) for bead in pair.turns[1].paragraphs] == [((0,), (0,)), ((1,), (1,))]
    assert alignment.unpaired == ()


def test_a_russian_excerpt_pairs_its_cut_paragraph_and_leaves_the_rest() -> None:
    cut = RUSSIAN[: RUSSIAN.index("Владимир Владимирович")]
    alignment = align([kremlin_parse.parse(ENGLISH)], [kremlin_parse.parse(cut)])
    (pair,) = alignment.events
    assert [[(bead.english, bead.russian, bead.method) for bead in turn.paragraphs] for turn in pair.turns] == [
        [((0,), (0,), "1-1"), ((1,), (1, 2), "1-2"), ((2,), (3,), "1-1")], [((0,), (0,), "cut")]]
    assert pair.turns[1].paragraphs[0].russian_text == "Спасибо,"
    assert [(item.language, item.turn, item.paragraph, item.reason) for item in alignment.unpaired] == [
        ("en", 1, 1, "after the last pair")]


def test_an_excerpt_too_short_to_tell_is_not_paired() -> None:
    """`В.Путин: Добрый день,` could open any meeting: too little evidence, so it is reported."""
    cut = RUSSIAN[: RUSSIAN.index("уважаемые")]
    alignment = align([kremlin_parse.parse(ENGLISH)], [kremlin_parse.parse(cut)])
    assert alignment.events == ()
    assert [(item.language, item.reason) for item in alignment.unpaired] == [("en", "no counterpart"),
                                                                             ("ru", "no counterpart")]


def test_spans_point_into_each_documents_text() -> None:
    english, russian = kremlin_parse.parse(ENGLISH), kremlin_parse.parse(RUSSIAN)
    for _, _, bead in align([english], [russian]).paragraph_pairs():
        for document, span, text in ((english, bead.english_span, bead.english_text),
                                     (russian, bead.russian_span, bead.russian_text)):
            sliced = document.text[span.start:span.end]
            assert sliced.split() == text.split()


def _with_header(text: str, *, date: str, link: str | None) -> str:
    footer = f"\nPublication status\nDirect link: {link}\nText version\n" if link else ""
    return f"Events\nMeeting with the Governor\n{date}\nThe Kremlin, Moscow\n{text}{footer}"


def _with_russian_header(text: str, *, date: str, link: str | None) -> str:
    footer = f"\nСтатус материала\nСсылка на материал: {link}\nТекстовая версия\n" if link else ""
    return f"События\nВстреча с губернатором\n{date}\nМосква, Кремль\n{text}\n{footer}"


def test_the_sites_number_pairs_events_and_different_numbers_keep_them_apart() -> None:
    english = kremlin_parse.parse(_with_header(ENGLISH, date="May 7, 2025", link="kremlin.ru/d/70001"))
    russian = kremlin_parse.parse(_with_russian_header(RUSSIAN, date="7 мая 2025 года", link="kremlin.ru/d/70001"))
    (pair,) = align([english], [russian]).events
    assert (pair.site_id, pair.method, pair.confidence) == ("70001", "site_id", 1.0)
    other = kremlin_parse.parse(_with_russian_header(RUSSIAN, date="7 мая 2025 года", link="kremlin.ru/d/70002"))
    alignment = align([english], [other])
    assert alignment.events == ()
    assert {(item.language, item.reason) for item in alignment.unpaired} == {("en", "no counterpart"),
                                                                             ("ru", "no counterpart")}


def test_events_of_different_dates_are_never_paired_and_the_same_date_is_evidence() -> None:
    english = kremlin_parse.parse(_with_header(ENGLISH, date="May 7, 2025", link=None))
    same_day = kremlin_parse.parse(_with_russian_header(RUSSIAN, date="7 мая 2025 года", link=None))
    next_day = kremlin_parse.parse(_with_russian_header(RUSSIAN, date="8 мая 2025 года", link=None))
    (pair,) = align([english], [next_day, same_day]).events
    assert (pair.russian, pair.method) == (EventRef(1, 0), "header")
    assert align([english], [next_day]).events == ()


def test_unrelated_events_stay_unpaired() -> None:
    english = kremlin_parse.parse(ENGLISH)
    russian = kremlin_parse.parse("Вопрос: Как Вы оцениваете итоги года?\n\nВ.Путин: Положительно.\n")
    alignment = align([english], [russian])
    assert alignment.events == ()
    assert len(alignment.unpaired) == 2


def test_align_takes_parsed_documents() -> None:
    with pytest.raises(TypeError, match="parsed Documents"):
        align(["page.txt"], [])  # type: ignore[list-item]


# -- outputs --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def alignment() -> Alignment:
    return align([kremlin_parse.parse(ENGLISH, source="en.txt")], [kremlin_parse.parse(RUSSIAN, source="ru.txt")])


def test_json_lines_hold_one_paragraph_pair_a_line(alignment: Alignment) -> None:
    lines = [json.loads(line) for line in to_jsonl(alignment)]
    assert lines == list(jsonl_lines(alignment))
    assert len(lines) == 5
    second = lines[1]
    assert (second["english_event"], second["russian_event"], second["person_id"]) == ("en.txt#1", "ru.txt#1",
                                                                                      "putin-vladimir")
    assert second["russian"]["paragraphs"] == [1, 2]
    assert second["russian"]["text"] == "Сегодня обсудим итоги 2024 года.\n\nИ наши планы на ближайшие три года."
    start, end = second["english"]["span"]
    assert ENGLISH[start:end] == second["english"]["text"]


def test_tmx_is_well_formed_with_a_unit_per_pair(alignment: Alignment) -> None:
    text = to_tmx(alignment)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">')
    root = ET.fromstring(text.encode("utf-8"))
    header = root.find("header")
    assert header is not None and header.get("srclang") == "ru" and header.get("segtype") == "paragraph"
    units = root.findall("body/tu")
    assert len(units) == 5
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    for unit, (_, _, bead) in zip(units, alignment.paragraph_pairs()):
        variants = unit.findall("tuv")
        assert [variant.get(lang) for variant in variants] == ["en", "ru"]
        assert [variant.findtext("seg") for variant in variants] == [
            bead.english_text.replace("\n\n", " "), bead.russian_text.replace("\n\n", " ")]
    assert units[1].find("prop[@type='x-person-id']").text == "putin-vladimir"


def test_tmx_replaces_characters_xml_forbids(alignment: Alignment) -> None:
    event_pair = alignment.events[0]
    bead = attrs.evolve(event_pair.turns[0].paragraphs[0], english_text="a\x0bb")
    turn = attrs.evolve(event_pair.turns[0], paragraphs=(bead,))
    odd = attrs.evolve(alignment, events=(attrs.evolve(event_pair, turns=(turn,)),))
    root = ET.fromstring(to_tmx(odd).encode("utf-8"))
    assert root.findtext("body/tu/tuv/seg") == "a\ufffdb"


# -- the command ----------------------------------------------------------------------------------


def _run(arguments: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = main(arguments)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture()
def pair_files(tmp_path: Path) -> tuple[Path, Path]:
    english, russian = tmp_path / "en.txt", tmp_path / "ru.txt"
    english.write_text(ENGLISH, encoding="utf-8")
    russian.write_text(RUSSIAN, encoding="utf-8")
    return english, russian


def test_the_align_command_writes_json_lines(pair_files: tuple[Path, Path]) -> None:
    english, russian = pair_files
    status, out, err = _run(["align", str(english), "--with", str(russian)])
    assert status == 0
    assert [json.loads(line)["method"] for line in out.splitlines()] == ["1-1", "1-2", "1-1", "1-1", "1-1"]
    assert "1 event pairs, 5 paragraph pairs; unpaired: 0 events, 0 turns, 0 paragraphs" in err


def test_the_align_command_writes_tmx_to_a_file_and_reads_directories(pair_files: tuple[Path, Path],
                                                                      tmp_path: Path) -> None:
    english, russian = pair_files
    output = tmp_path / "pairs.tmx"
    status, out, err = _run(["align", str(english.parent / "en.txt"), "--with", str(tmp_path),
                             "-f", "tmx", "-o", str(output), "-q"])
    assert (status, out, err) == (0, "", "")
    root = ET.fromstring(output.read_bytes())
    assert len(root.findall("body/tu")) == 5


def test_the_align_command_names_a_file_it_cannot_read(pair_files: tuple[Path, Path], tmp_path: Path) -> None:
    english, _ = pair_files
    status, out, err = _run(["align", str(english), "--with", str(tmp_path / "missing.txt")])
    assert status == 1
    assert "missing.txt" in err and out == ""


def test_the_align_command_needs_the_russian_side(pair_files: tuple[Path, Path]) -> None:
    with pytest.raises(SystemExit) as raised:
        _run(["align", str(pair_files[0])])
    assert raised.value.code == 2


def test_the_main_command_still_parses_files(pair_files: tuple[Path, Path]) -> None:
    status, out, _ = _run([str(pair_files[0])])
    assert status == 0
    assert json.loads(out)["events"][0]["sections"][0]["turns"][0]["speaker"]["person_id"] == "putin-vladimir"


def test_an_event_that_two_copies_fit_equally_is_reported_ambiguous() -> None:
    english = kremlin_parse.parse(ENGLISH)
    copies = [kremlin_parse.parse(RUSSIAN), kremlin_parse.parse(RUSSIAN)]
    alignment = align([english], copies)
    assert alignment.events == ()
    assert sorted((item.language, item.event.document, item.reason) for item in alignment.unpaired) == [
        ("en", 0, "ambiguous"), ("ru", 0, "ambiguous"), ("ru", 1, "ambiguous")]
