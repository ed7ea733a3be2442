"""TEI XML out of the models, in the style of ParlaMint / Parla-CLARIN.

`to_tei(document)` writes one `TEI` element for a document with exactly one event, and a
`teiCorpus` holding one `TEI` per event otherwise. The speakers go into a `listPerson` in the
root's header (the corpus header for a `teiCorpus`), so that each person is listed once and
`u/@who` points at the same `xml:id` in every event. docs/tei.md describes every element.

The text is exact: the `seg`s of a turn hold its paragraphs character for character, with
each inline mark (`<…>`, `[insertion]`, `(Applause.)`) as an element whose text is the
mark's verbatim text, so no character is dropped or written twice.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import xml.etree.ElementTree as ET
from typing import Iterable, TextIO

import regex

from ..models import (
    Document, Event, Mark, MarkKind, Paragraph, Section, Speaker, SpeakerKind, Span, Turn,
)
from ..lexicon import LEXICON
from ..persons import PersonTable

__all__ = ["TEI_NAMESPACE", "to_tei", "write_tei"]

#: The TEI namespace; every element of the output is in it.
TEI_NAMESPACE = "http://www.tei-c.org/ns/1.0"
_XML = "{http://www.w3.org/XML/1998/namespace}"

#: Characters XML 1.0 forbids anywhere; they are written as U+FFFD.
_NOT_XML = regex.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
#: The first word of a stage direction, which the vocabularies classify.
_STAGE_WORD = regex.compile(r"\(\s*([\p{L}\-]+)")
#: NameStartChar of XML 1.0 (fifth edition), without the colon: what an NCName starts with.
_NAME_START = (
    ("A", "Z"), ("_", "_"), ("a", "z"), ("\xc0", "\xd6"), ("\xd8", "\xf6"), ("\xf8", "\u02ff"),
    ("\u0370", "\u037d"), ("\u037f", "\u1fff"), ("\u200c", "\u200d"), ("\u2070", "\u218f"),
    ("\u2c00", "\u2fef"), ("\u3001", "\ud7ff"), ("\uf900", "\ufdcf"), ("\ufdf0", "\ufffd"),
    ("\U00010000", "\U000effff"),
)
#: The further characters an NCName may hold after its first.
_NAME_MORE = (("-", "."), ("0", "9"), ("\xb7", "\xb7"), ("\u0300", "\u036f"), ("\u203f", "\u2040"))

#: Elements that hold only elements: the pretty-printer indents their children. Elements
#: with mixed content (`seg`, `note`, `head`, `p`, `desc`, ...) are never touched.
_CONTAINERS = frozenset({
    "teiCorpus", "TEI", "teiHeader", "fileDesc", "titleStmt", "publicationStmt", "sourceDesc",
    "bibl", "profileDesc", "abstract", "settingDesc", "setting", "particDesc", "listPerson",
    "person", "affiliation", "langUsage", "textClass", "keywords", "text", "body", "div", "u",
})


def to_tei(document: Document, *, persons: PersonTable | None = None) -> str:
    """The document as a TEI XML string (with an XML declaration, ending in a newline).

    One event gives a `TEI` root; no event or several give a `teiCorpus` with a header of its
    own and one `TEI` per event, so every event keeps its own header and language. A person
    is identified by `Speaker.person_id`, the same in both editions; given the table of a
    collection (`kremlin_parse.persons(documents)`), an id from initials (`putin-v`) becomes
    the full one the collection knows (`putin-vladimir`).
    """
    stream = io.StringIO()
    write_tei(document, stream, persons=persons)
    return stream.getvalue()


def write_tei(document: Document, stream: TextIO, *, persons: PersonTable | None = None) -> None:
    """Write `to_tei(document, persons=persons)` to `stream`, the `TEI` of each event of a
    `teiCorpus` built and written one at a time, so the tree of the whole document is never
    held."""
    speakers = _Persons(document.events, persons)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    if len(document.events) == 1:
        root = _tei(document.events[0], document, speakers, list_persons=True)
        root.set("xmlns", TEI_NAMESPACE)
        _indent(root)
        stream.write(ET.tostring(root, encoding="unicode") + "\n")
        return
    root = _corpus(document, speakers)
    root.set("xmlns", TEI_NAMESPACE)
    _indent(root)
    closing = "</teiCorpus>"
    stream.write(ET.tostring(root, encoding="unicode").removesuffix(closing))
    for event in document.events:
        element = _tei(event, document, speakers, list_persons=False)
        _indent(element, level=1)
        stream.write("  " + ET.tostring(element, encoding="unicode") + "\n")
    stream.write(closing + "\n")


# -- persons --------------------------------------------------------------------------------


class _Persons:
    """The distinct speakers of a document, each with a stable NCName id.

    A speaker is identified by its person id (kremlin_parse.persons: `putin-vladimir` for
    `Vladimir Putin` and `Владимир Путин`), else by its resolved name (the label when it has
    none); generic labels such as `Question` or `Вопрос` name no person and get no id. Ids
    are the key with everything an NCName may not hold taken out; a second key giving the
    same id gets `.2`, `.3`, ...
    """

    def __init__(self, events: Iterable[Event], table: PersonTable | None = None) -> None:
        self.table = table
        self.ids: dict[str, str] = {}
        self.names: dict[str, str] = {}
        self.roles: dict[str, list[tuple[str | None, str | None]]] = {}
        taken: set[str] = set()
        for event in events:
            for speaker in event.speakers:
                key = self._key(speaker)
                if key is None:
                    continue
                if key not in self.ids:
                    self.names[key] = speaker.name or speaker.label
                    ident = _ncname(key)
                    if ident in taken:
                        ident = next(f"{ident}.{n}" for n in range(2, len(taken) + 3)
                                     if f"{ident}.{n}" not in taken)
                    taken.add(ident)
                    self.ids[key] = ident
                    self.roles[key] = []
                pair = (speaker.role, speaker.affiliation)
                if pair != (None, None) and pair not in self.roles[key]:
                    self.roles[key].append(pair)

    def _key(self, speaker: Speaker) -> str | None:
        if speaker.kind is SpeakerKind.GENERIC:
            return None
        if speaker.person_id is not None:
            return self.table.canonical(speaker.person_id) if self.table else speaker.person_id
        return speaker.name or speaker.label or None

    def id_of(self, speaker: Speaker) -> str | None:
        """The xml:id of the speaker's person, None for a generic label."""
        key = self._key(speaker)
        return None if key is None else self.ids[key]

    def list_person(self) -> ET.Element | None:
        """`listPerson` with a `person` per distinct speaker, None when there is none."""
        if not self.ids:
            return None
        element = ET.Element("listPerson")
        for key, ident in self.ids.items():
            person = _sub(element, "person", **{f"{_XML}id": ident})
            _sub(person, "persName", self.names[key])
            for role, affiliation in self.roles[key]:
                holder = _sub(person, "affiliation")
                if role:
                    _sub(holder, "roleName", role)
                if affiliation:
                    _sub(holder, "orgName", affiliation)
        return element


def _ncname(name: str) -> str:
    """An XML NCName made of `name`: the characters an NCName allows, in order."""
    kept = "".join(char for char in name if _in(char, _NAME_START) or _in(char, _NAME_MORE))
    if not kept:
        return "speaker"
    return kept if _in(kept[0], _NAME_START) else "_" + kept


def _in(char: str, ranges: tuple[tuple[str, str], ...]) -> bool:
    return any(low <= char <= high for low, high in ranges)


# -- the tree -------------------------------------------------------------------------------


def _corpus(document: Document, persons: _Persons) -> ET.Element:
    """A `teiCorpus` with its corpus header (the persons among them); the `TEI` of each
    event, which follows the header, is added by `write_tei`."""
    root = ET.Element("teiCorpus")
    languages = list(dict.fromkeys(event.language for event in document.events))
    if len(languages) == 1:
        root.set(f"{_XML}lang", languages[0])
    header = _sub(root, "teiHeader")
    file_desc = _sub(header, "fileDesc")
    name = os.path.basename(document.source) if document.source else ""
    _sub(_sub(file_desc, "titleStmt"), "title", name, type="main")
    _publication_stmt(file_desc)
    source_desc = _sub(file_desc, "sourceDesc")
    _sub(source_desc, "p", f"{len(document.events)} events of one {document.shape} document.")
    profile = _sub(header, "profileDesc")
    list_person = persons.list_person()
    if list_person is not None:
        _sub(profile, "particDesc").append(list_person)
    _lang_usage(profile, languages)
    return root


def _tei(event: Event, document: Document, persons: _Persons, *, list_persons: bool) -> ET.Element:
    """One event as `TEI`; its header lists the persons when it is the root (`list_persons`)."""
    root = ET.Element("TEI", {f"{_XML}lang": event.language})
    header = _sub(root, "teiHeader")
    file_desc = _sub(header, "fileDesc")
    title = event.title.text if event.title else ""
    _sub(_sub(file_desc, "titleStmt"), "title", title, type="main")
    _publication_stmt(file_desc)
    bibl = _sub(_sub(file_desc, "sourceDesc"), "bibl")
    _sub(bibl, "title", title)
    if event.date is not None:
        _sub(bibl, "date", event.date.raw, when=event.date.value.isoformat())
    if event.location is not None:
        _sub(bibl, "placeName", event.location.text)
    if event.url is not None:
        _sub(bibl, "idno", event.url.text.strip(), type="URI")
    if event.published_at is not None:
        _sub(bibl, "date", event.published_at.raw, type="published",
             when=event.published_at.value.isoformat())
    profile = _sub(header, "profileDesc")
    if event.summary is not None:
        _inline(_sub(_sub(profile, "abstract"), "p"), event.summary, document.text)
    _setting_desc(profile, event)
    if list_persons:
        list_person = persons.list_person()
        if list_person is not None:
            _sub(profile, "particDesc").append(list_person)
    _lang_usage(profile, [event.language])
    _text_class(profile, event)
    body = _sub(_sub(root, "text"), "body")
    sections = event.sections or (Section(None, (), event.span),)
    for section in sections:
        _section(body, section, document.text, persons)
    return root


def _publication_stmt(file_desc: ET.Element) -> None:
    _sub(_sub(file_desc, "publicationStmt"), "p", "Converted to TEI by kremlin_parse.")


def _setting_desc(profile: ET.Element, event: Event) -> None:
    """Where and when the event took place, when the page says so."""
    if event.location is None and event.date is None and event.time is None:
        return
    setting = _sub(_sub(profile, "settingDesc"), "setting")
    if event.location is not None:
        _sub(setting, "placeName", event.location.text)
    if event.date is not None:
        _sub(setting, "date", event.date.raw, when=event.date.value.isoformat())
    if event.time is not None:
        _sub(setting, "time", event.time.raw, when=_iso_time(event.time.value))


def _iso_time(value: dt.time) -> str:
    return value.replace(tzinfo=None).isoformat(timespec="seconds")


def _lang_usage(profile: ET.Element, languages: list[str]) -> None:
    if languages:
        usage = _sub(profile, "langUsage")
        for language in languages:
            _sub(usage, "language", language, ident=language)


def _text_class(profile: ET.Element, event: Event) -> None:
    """The page's Topics, Geography and Persons tags as typed `term`s."""
    terms = [("topic", item.text) for item in event.topics]
    terms += [("geography", item.text) for item in event.geography]
    terms += [("person", item.text) for item in event.persons]
    if terms:
        keywords = _sub(_sub(profile, "textClass"), "keywords")
        for kind, text in terms:
            _sub(keywords, "term", text, type=kind)


def _section(body: ET.Element, section: Section, source: str, persons: _Persons) -> None:
    div = _sub(body, "div", type="debateSection")
    if section.heading is not None:
        _sub(div, "head", section.heading.text)
    for turn in section.turns:
        _turn(div, turn, source, persons)


def _turn(div: ET.Element, turn: Turn, source: str, persons: _Persons) -> None:
    """A speaker's turn as `note type="speaker"` + `u`; narration as `note type="narrative"`."""
    if turn.speaker is None:
        for paragraph in turn.paragraphs:
            _inline(_sub(div, "note", type="narrative"), paragraph, source)
        return
    _sub(div, "note", turn.speaker.label, type="speaker")
    ident = persons.id_of(turn.speaker)
    u = _sub(div, "u", **({"who": f"#{ident}"} if ident else {}))
    for paragraph in turn.paragraphs:
        _inline(_sub(u, "seg"), paragraph, source)


# -- inline marks ---------------------------------------------------------------------------


def _inline(parent: ET.Element, paragraph: Paragraph, source: str) -> None:
    """Fill `parent` with the paragraph's text, each mark as an element holding its text."""
    text = paragraph.text
    last: ET.Element | None = None
    position = 0

    def add(string: str) -> None:
        if not string:
            return
        string = _clean(string)
        if last is None:
            parent.text = (parent.text or "") + string
        else:
            last.tail = (last.tail or "") + string

    for start, mark in _mark_positions(paragraph, source):
        add(text[position:start])
        last = _mark_element(parent, mark)
        position = start + len(mark.text)
    add(text[position:])


def _mark_positions(paragraph: Paragraph, source: str) -> list[tuple[int, Mark]]:
    """Where each mark starts in `paragraph.text`, in order and without overlaps.

    A mark's span points into the document text, inside one of the paragraph's pieces; the
    pieces are joined with a space or nothing (paragraphs.join), so the offset of each piece
    in the paragraph is found by walking the pieces. Where that does not give the mark's
    text (a paragraph built by hand, without real spans), the next occurrence of the mark's
    text is taken. A mark inside an earlier one (`[CSTO]` in `(Applause [CSTO].)`) stays
    text of the outer mark.
    """
    offsets = _piece_offsets(paragraph, source)
    found: list[tuple[int, Mark]] = []
    cursor = 0
    for mark in sorted(paragraph.marks, key=lambda item: (item.span.start, -item.span.end)):
        if not mark.text:
            continue
        start = _offset_in_pieces(mark, offsets, paragraph.text)
        if start is None:
            start = paragraph.text.find(mark.text, cursor)
            if start < 0:
                continue
        if start < cursor:
            continue
        found.append((start, mark))
        cursor = start + len(mark.text)
    return found


def _piece_offsets(paragraph: Paragraph, source: str) -> list[tuple[Span, int]] | None:
    """Each piece with its offset in `paragraph.text`, or None if the pieces do not join to it."""
    text = paragraph.text
    result: list[tuple[Span, int]] = []
    position = 0
    for index, piece in enumerate(paragraph.pieces):
        string = piece.slice(source)
        if not string:
            return None
        if index and text.startswith(" ", position) and not text.startswith(string, position):
            position += 1
        if not text.startswith(string, position):
            return None
        result.append((piece, position))
        position += len(string)
    return result if position == len(text) else None


def _offset_in_pieces(mark: Mark, offsets: list[tuple[Span, int]] | None, text: str) -> int | None:
    if offsets is None:
        return None
    for piece, offset in offsets:
        if piece.start <= mark.span.start and mark.span.end <= piece.end:
            start = offset + mark.span.start - piece.start
            return start if text.startswith(mark.text, start) else None
    return None


def _mark_element(parent: ET.Element, mark: Mark) -> ET.Element:
    """The element of one mark; its verbatim text goes into `desc` or the note itself."""
    if mark.kind is MarkKind.ELISION:
        element = _sub(parent, "gap", reason="editorial")
        _sub(element, "desc", mark.text)
    elif mark.kind is MarkKind.INSERTION:
        element = _sub(parent, "note", mark.text, type="comment")
    else:
        kind = _stage_kind(mark.text)
        if kind == "applause":
            element = _sub(parent, "kinesic", type="applause")
        elif kind == "laughter":
            element = _sub(parent, "vocal", type="laughter")
        else:
            element = _sub(parent, "incident", **({"type": kind} if kind else {}))
        _sub(element, "desc", mark.text)
    return element


def _stage_kind(text: str) -> str | None:
    """What a stage direction records, by its first word: `(Applause.)` -> `applause`."""
    match = _STAGE_WORD.match(text)
    if match is None:
        return None
    word = match.group(1).casefold()
    return LEXICON.stage_directions.get(word) or LEXICON.stage_directions.get(word.split("-")[0])


# -- building and writing -------------------------------------------------------------------


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    """A child element with cleaned text and attributes."""
    element = ET.SubElement(parent, tag, {key: _clean(value) for key, value in attributes.items()})
    if text:
        element.text = _clean(text)
    return element


def _clean(text: str) -> str:
    """`text` with the characters XML 1.0 forbids (control characters) as U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def _indent(element: ET.Element, level: int = 0) -> None:
    """Indent the children of element-only containers by two spaces; leave mixed content."""
    if element.tag not in _CONTAINERS or not len(element):
        return
    inner = "\n" + "  " * (level + 1)
    element.text = inner
    for child in element:
        _indent(child, level + 1)
        child.tail = inner
    element[-1].tail = "\n" + "  " * level
