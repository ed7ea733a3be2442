"""The TEI export: well-formed on every fixture, exact text, marks, persons and ids."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import FIXTURE_FILES, FIXTURES
from hypothesis import given
from hypothesis import strategies as st
from strategies import events

import kremlin_parse
from kremlin_parse.models import (
    Document, Event, Mark, MarkKind, Paragraph, Section, Span, Speaker, SpeakerKind, Text, Turn,
)
from kremlin_parse.outputs.tei import TEI_NAMESPACE, to_tei

NS = {"tei": TEI_NAMESPACE}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
#: The elements an inline mark becomes.
MARK_TAGS = {f"{{{TEI_NAMESPACE}}}{tag}" for tag in ("gap", "kinesic", "vocal", "incident")}
NOWHERE = Span(0, 0)


def tei_of(document: Document) -> ET.Element:
    return ET.fromstring(to_tei(document))


def parsed(name: str) -> Document:
    return kremlin_parse.parse_file(FIXTURES / name)


def texts_in_order(root: ET.Element) -> list[str]:
    """The text of every seg and narrative note, in document order."""
    return [
        "".join(element.itertext())
        for element in root.iter()
        if element.tag == f"{{{TEI_NAMESPACE}}}seg"
        or (element.tag == f"{{{TEI_NAMESPACE}}}note" and element.get("type") == "narrative")
    ]


def paragraph_texts(document: Document) -> list[str]:
    return [paragraph.text for event in document.events for turn in event.turns
            for paragraph in turn.paragraphs]


def mark_elements(root: ET.Element) -> list[ET.Element]:
    """Every element an inline mark of the body became, in document order."""
    return [element for body in root.iter(f"{{{TEI_NAMESPACE}}}body") for element in body.iter()
            if element.tag in MARK_TAGS
            or (element.tag == f"{{{TEI_NAMESPACE}}}note" and element.get("type") == "comment")]


def outer_marks(paragraph: Paragraph) -> list[Mark]:
    """The paragraph's marks but those inside an earlier one (`[x]` in `(Applause [x].)`)."""
    kept: list[Mark] = []
    for mark in paragraph.marks:
        if not kept or mark.span.start >= kept[-1].span.end:
            kept.append(mark)
    return kept


def list_person_ids(root: ET.Element) -> list[str]:
    return [person.get(XML_ID) for person in root.findall("tei:teiHeader//tei:listPerson/tei:person", NS)]


# -- every fixture ----------------------------------------------------------------------------


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.name)
def test_every_fixture_gives_well_formed_tei(path: Path) -> None:
    document = kremlin_parse.parse_file(path)
    text = to_tei(document)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ET.fromstring(text)  # raises on anything that is not well-formed
    expected = "TEI" if len(document.events) == 1 else "teiCorpus"
    assert root.tag == f"{{{TEI_NAMESPACE}}}{expected}"
    tei = [root] if expected == "TEI" else root.findall("tei:TEI", NS)
    assert len(tei) == len(document.events)
    for element, event in zip(tei, document.events):
        assert element.get("{http://www.w3.org/XML/1998/namespace}lang") == event.language
        title = element.find("tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title", NS)
        assert (title.text or "") == (event.title.text if event.title else "")
        date = element.find("tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:bibl/tei:date", NS)
        if event.date is not None:
            assert date.get("when") == event.date.value.isoformat()
        heads = [head.text for head in element.findall("tei:text/tei:body/tei:div/tei:head", NS)]
        assert heads == [section.heading.text for section in event.sections if section.heading]


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.name)
def test_one_u_per_speaker_turn_and_each_preceded_by_its_label(path: Path) -> None:
    document = kremlin_parse.parse_file(path)
    root = tei_of(document)
    speaker_turns = [turn for event in document.events for turn in event.turns if turn.speaker]
    assert len(root.findall(".//tei:u", NS)) == len(speaker_turns)
    labels = [note.text for note in root.iter(f"{{{TEI_NAMESPACE}}}note") if note.get("type") == "speaker"]
    assert labels == [turn.speaker.label for turn in speaker_turns]
    for div in root.iter(f"{{{TEI_NAMESPACE}}}div"):
        children = list(div)
        for index, child in enumerate(children):
            if child.tag == f"{{{TEI_NAMESPACE}}}u":
                assert children[index - 1].get("type") == "speaker"


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.name)
def test_segs_and_narrative_notes_hold_the_paragraphs_exactly(path: Path) -> None:
    """Text and marks together give back every paragraph: nothing lost, nothing doubled."""
    document = kremlin_parse.parse_file(path)
    root = tei_of(document)
    assert texts_in_order(root) == paragraph_texts(document)
    marks = [mark.text for event in document.events for turn in event.turns
             for paragraph in turn.paragraphs for mark in outer_marks(paragraph)]
    assert ["".join(element.itertext()) for element in mark_elements(root)] == marks


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.name)
def test_list_person_holds_each_distinct_speaker_once_and_who_points_into_it(path: Path) -> None:
    document = kremlin_parse.parse_file(path)
    root = tei_of(document)
    names = [name.text for name in root.findall("tei:teiHeader//tei:listPerson/tei:person/tei:persName", NS)]
    first_names: dict[str, str] = {}
    for event in document.events:
        for speaker in event.speakers:
            if speaker.kind is SpeakerKind.PERSON:
                first_names.setdefault(speaker.person_id or speaker.name or speaker.label,
                                       speaker.name or speaker.label)
    assert names == list(first_names.values())
    ids = list_person_ids(root)
    assert len(set(ids)) == len(ids)
    for ident in ids:
        assert ":" not in ident
        ET.fromstring(f"<{ident}/>")  # an XML name; with no colon, an NCName
    whos = [u.get("who") for u in root.iter(f"{{{TEI_NAMESPACE}}}u") if u.get("who")]
    assert all(who.startswith("#") and who[1:] in ids for who in whos)
    persons = sum(1 for event in document.events for speaker in event.speakers
                  if speaker.kind is SpeakerKind.PERSON)
    assert len(whos) == persons


# -- particular fixtures ----------------------------------------------------------------------


def test_elision_gives_a_gap_and_insertion_a_comment_note() -> None:
    root = tei_of(parsed("001_08d851294f153d6b.txt"))
    gaps = root.findall(".//tei:seg/tei:gap", NS)
    assert len(gaps) == 3
    assert all(gap.get("reason") == "editorial" and gap.find("tei:desc", NS).text == "<…>" for gap in gaps)
    comments = [note.text for note in root.findall(".//tei:seg/tei:note", NS)]
    assert comments == ["[of the CSTO Collective Security Council]", "[Nursultan Nazarbayev]"]
    assert all(note.get("type") == "comment" for note in root.findall(".//tei:seg/tei:note", NS))


def test_laughter_gives_a_vocal_and_applause_a_kinesic() -> None:
    root = tei_of(parsed("017_ru_text_version_press_answers.txt"))
    vocal = root.find(".//tei:seg/tei:vocal", NS)
    assert vocal.get("type") == "laughter" and vocal.find("tei:desc", NS).text == "(Смех.)"
    # No fixture claps; the same page with `(Аплодисменты.)` in place of `(Смех.)` does.
    source = (FIXTURES / "017_ru_text_version_press_answers.txt").read_text(encoding="utf-8")
    assert source.count("(Смех.)") == 1
    root = tei_of(kremlin_parse.parse(source.replace("(Смех.)", "(Аплодисменты.)")))
    kinesic = root.find(".//tei:seg/tei:kinesic", NS)
    assert kinesic.get("type") == "applause" and kinesic.find("tei:desc", NS).text == "(Аплодисменты.)"
    assert root.find(".//tei:vocal", NS) is None


def test_english_stage_directions() -> None:
    text = ("President of Russia Vladimir Putin: Thank you. (Applause.) Then (Laughter.) and "
            "(Speaks in Russian.) and (Pause.)\n")
    seg = tei_of(kremlin_parse.parse(text)).find(".//tei:seg", NS)
    kinds = [(child.tag.split("}")[1], child.get("type")) for child in seg]
    assert kinds == [("kinesic", "applause"), ("vocal", "laughter"), ("incident", "speaking"),
                     ("incident", "pause")]
    assert "".join(seg.itertext()) == text.split(": ", 1)[1].strip()


def test_a_mark_inside_a_mark_stays_inside_it() -> None:
    document = kremlin_parse.parse("Vladimir Putin: Thank you. (Applause [loud].) Fine.\n")
    assert len(document.events[0].turns[0].paragraphs[0].marks) == 2
    seg = tei_of(document).find(".//tei:seg", NS)
    assert [child.tag.split("}")[1] for child in seg] == ["kinesic"]
    assert "".join(seg.itertext()) == "Thank you. (Applause [loud].) Fine."


def test_generic_labels_give_a_u_without_who_and_no_person() -> None:
    document = parsed("015_ru_flattened_press_answers.txt")
    root = tei_of(document)
    us = root.findall(".//tei:u", NS)
    generic = [turn for turn in document.events[0].turns
               if turn.speaker and turn.speaker.kind is SpeakerKind.GENERIC]
    assert len(generic) == 3
    assert sum(1 for u in us if u.get("who") is None) == 3
    assert list_person_ids(root) == ["putin-v"]


def test_person_ids_are_the_xml_ids_shared_by_the_whole_corpus() -> None:
    root = tei_of(parsed("021_ru_html_meeting.html"))
    assert list_person_ids(root) == ["putin-v", "porfiri", "kirill", "irinei"]
    corpus = tei_of(parsed("001_08d851294f153d6b.txt"))
    assert corpus.tag == f"{{{TEI_NAMESPACE}}}teiCorpus"
    # One listPerson, in the corpus header; the TEI headers hold none.
    assert len(corpus.findall(".//tei:listPerson", NS)) == 1
    assert corpus.find("tei:TEI/tei:teiHeader//tei:listPerson", NS) is None
    assert list_person_ids(corpus).count("putin-vladimir") == 1
    person = corpus.find("tei:teiHeader//tei:person", NS)
    assert person.find("tei:persName", NS).text == "Vladimir Putin"
    assert person.find("tei:affiliation/tei:roleName", NS).text == "President of Russia"


def test_who_is_shared_across_editions_and_a_collection_completes_initials() -> None:
    """`Vladimir Putin` and `Владимир Путин` are one `who`; `В.Путин` is `putin-v` alone and
    `putin-vladimir` given the table of a collection that knows the full name."""
    english = parsed("001_08d851294f153d6b.txt")
    russian = kremlin_parse.parse("Президент России Владимир Путин: Добрый день.\n", language="ru")
    initials = parsed("015_ru_flattened_press_answers.txt")
    assert "putin-vladimir" in list_person_ids(tei_of(english))
    assert list_person_ids(tei_of(russian)) == ["putin-vladimir"]
    table = kremlin_parse.persons([english, initials])
    completed = ET.fromstring(to_tei(initials, persons=table).encode())
    assert list_person_ids(completed) == ["putin-vladimir"]
    assert {u.get("who") for u in completed.iter(f"{{{TEI_NAMESPACE}}}u") if u.get("who")} == {"#putin-vladimir"}


def test_header_holds_place_url_and_lead() -> None:
    document = parsed("006_html_meeting_with_speakers.html")
    event = document.events[0]
    root = tei_of(document)
    bibl = root.find("tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:bibl", NS)
    assert bibl.find("tei:placeName", NS).text == event.location.text
    assert bibl.find("tei:idno[@type='URI']", NS).text == event.url.text
    setting = root.find("tei:teiHeader/tei:profileDesc/tei:settingDesc/tei:setting", NS)
    assert setting.find("tei:date", NS).get("when") == "2020-12-02"
    abstract = root.find("tei:teiHeader/tei:profileDesc/tei:abstract/tei:p", NS)
    assert "".join(abstract.itertext()) == event.summary.text


# -- hand-built documents -----------------------------------------------------------------------


def hand_built(paragraphs: tuple[Paragraph, ...], *, name: str = "A & B <C>") -> Document:
    speaker = Speaker(label=f"Minister {name}", span=NOWHERE, kind=SpeakerKind.PERSON, name=name)
    turn = Turn(speaker, paragraphs, NOWHERE)
    event = Event(span=NOWHERE, language="en", title=Text('Title "quoted" & <b>', NOWHERE),
                  sections=(Section(Text("Head & <tail>", NOWHERE), (turn,), NOWHERE),))
    return Document(text="", shape="fragment", events=(event,))


def test_escaping_control_characters_and_marks_without_spans() -> None:
    """Marks without real spans are found by their text, in order; repeated texts work."""
    paragraph = Paragraph(
        "a [x] & <…> b [x]\x0b<c>", NOWHERE, (NOWHERE,),
        (Mark(MarkKind.INSERTION, "[x]", NOWHERE), Mark(MarkKind.ELISION, "<…>", NOWHERE),
         Mark(MarkKind.INSERTION, "[x]", NOWHERE)),
    )
    root = tei_of(hand_built((paragraph,)))
    seg = root.find(".//tei:seg", NS)
    assert "".join(seg.itertext()) == "a [x] & <…> b [x]\ufffd<c>"
    assert [child.tag.split("}")[1] for child in seg] == ["note", "gap", "note"]
    assert root.find(".//tei:head", NS).text == "Head & <tail>"
    assert list_person_ids(root) == ["ABC"]


def test_names_that_make_no_ncname() -> None:
    paragraph = Paragraph("Hello.", NOWHERE, (NOWHERE,))
    for name, expected in (("2nd Speaker", "_2ndSpeaker"), ("?!", "speaker"), ("Jean-Luc d'Arc", "Jean-LucdArc")):
        root = tei_of(hand_built((paragraph,), name=name))
        assert list_person_ids(root) == [expected]
        assert root.find(".//tei:u", NS).get("who") == f"#{expected}"


def test_no_events_gives_an_empty_corpus() -> None:
    root = tei_of(Document(text="", shape="fragment"))
    assert root.tag == f"{{{TEI_NAMESPACE}}}teiCorpus"
    assert root.findall("tei:TEI", NS) == []


@given(st.lists(events(), min_size=1, max_size=2))
def test_generated_events_give_well_formed_exact_tei(generated: list[Event]) -> None:
    document = Document(text="", shape="text_version", events=tuple(generated))
    root = tei_of(document)
    assert texts_in_order(root) == paragraph_texts(document)
    assert len(root.findall(".//tei:u", NS)) == sum(
        1 for event in generated for turn in event.turns if turn.speaker)
    ids = list_person_ids(root)
    assert len(set(ids)) == len(ids)
    assert all(u.get("who")[1:] in ids for u in root.iter(f"{{{TEI_NAMESPACE}}}u") if u.get("who"))


def test_marks_are_placed_by_their_spans_across_joined_pieces() -> None:
    """A mark is placed where its span says, not at an earlier occurrence of its text: here
    only the second `[x]` of each paragraph is a mark, in the second of its pieces."""
    source = "[x] one\n, two [x]\n[x] three\nfour [x]\n"
    first = Paragraph("[x] one, two [x]", Span(0, 17), (Span(0, 7), Span(8, 17)),
                      (Mark(MarkKind.INSERTION, "[x]", Span(14, 17)),))
    second = Paragraph("[x] three four [x]", Span(18, 36), (Span(18, 27), Span(28, 36)),
                       (Mark(MarkKind.INSERTION, "[x]", Span(33, 36)),))
    document = hand_built((first, second))
    document = Document(text=source, shape="fragment", events=document.events)
    segs = tei_of(document).findall(".//tei:seg", NS)
    assert [(seg.text, [child.text for child in seg]) for seg in segs] == [
        ("[x] one, two ", ["[x]"]), ("[x] three four ", ["[x]"])]
