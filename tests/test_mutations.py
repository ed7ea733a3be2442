"""Mutations of the real documents of tests/fixtures: never an exception, nothing lost.

Each test takes a fixture and breaks it the way copies get broken on the way to us (lines
dropped, doubled, swapped or cut short; the file cut anywhere; furniture, labels or tags
where they do not belong; another encoding; Windows line ends) and parses the result in
lenient mode. None of these mutations gives a feed a DTD, so nothing may be refused.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kremlin_parse

from conftest import FIXTURE_FILES, assert_nothing_lost, assert_spans_hold

FURNITURE = [
    "Events", "Text version", "Text versionEvents", "See also", "Topics", "Geography", "Persons",
    "5 more", "* * *", "<…>", "3 of 4", "Publication status", "Published in sections: News",
    "Publication date: September 17, 2021, 16:30", "Direct link: kremlin.ru/d/76867",
    "View settings", "September 17, 2021", "16:30", "Novo-Ogaryovo, Moscow Region",
    "События", "Текстовая версия", "Текстовая версияСобытия", "Смотрите также", "Темы", "Лица",
    "Ещё 1", "География", "Статус материала", "Опубликован в разделах: Новости",
    "Дата публикации: 17 сентября 2021 года, 16:30", "Прямая ссылка: kremlin.ru/d/76867",
    "17 сентября 2021 года", "Дополнительно", "Анонс на 10 мая 2025 года",
    "The source of information - http://kremlin.ru/events/president/news/66700",
]
LABELS = [
    "Vladimir Putin:", "President of Russia Vladimir Putin:", "V.Putin:", "Question:",
    "Dmitry Peskov: Yes.", "The message reads, in part:", "В.Путин:", "Вопрос:",
    "С.Собянин: Спасибо.", "Патриарх Кирилл:", "Putin:", ":",
]
TAGS = [
    "<p>", "</p>", "<div>", "</div>", "<b>", "</b>", "<i>", "<br>", "<br/>", "<span>", "</span>",
    '<div class="read__lead">', '<span class="read__tooltip">', '<h1 class="entry-title p-name">',
    "</h1>", '<time class="read__published" datetime="2021-09-17">', "</time>",
    '<article class="read__in hentry h-entry">', "</article>", '<div class="read__bottommeta">',
    "<script>", "</script>", "<style>", "</style>", "<entry>", "</entry>", "<content>",
    "</content>", '<content type="xhtml">', "<title>", "</title>", "<html>", "<body>",
    "<!-- a comment -->", "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&nbsp;", "&lt;p&gt;",
    "&#x41;", "&bogus;", "<", ">", "</", '<a href="http://kremlin.ru/">', "</a>",
]
INJECTABLE = {"furniture": FURNITURE, "label": LABELS, "tag": TAGS}

#: A fixture's text, read once.
TEXTS = {path: path.read_text(encoding="utf-8") for path in FIXTURE_FILES}


def check(data: str | bytes) -> None:
    document = kremlin_parse.parse(data)
    assert_nothing_lost(document)
    assert_spans_hold(document)
    if "\ufffd" in document.text:  # no fixture holds one: bytes were replaced, so say so
        assert "decode-replaced" in [d.code for d in document.diagnostics]


def fixture_lines(data: st.DataObject) -> list[str]:
    path: Path = data.draw(st.sampled_from(FIXTURE_FILES), label="fixture")
    return TEXTS[path].split("\n")


def index(data: st.DataObject, items: list[str], label: str, end: bool = False) -> int:
    return data.draw(st.integers(0, len(items) - (0 if end else 1)), label=label)


# -- line mutations ------------------------------------------------------------------------------


def drop(data: st.DataObject, lines: list[str]) -> list[str]:
    start = index(data, lines, "drop from")
    stop = data.draw(st.integers(start, min(len(lines), start + 8)), label="drop to")
    return lines[:start] + lines[stop:] or [""]


def duplicate(data: st.DataObject, lines: list[str]) -> list[str]:
    at = index(data, lines, "duplicate line")
    times = data.draw(st.integers(1, 3), label="times")
    return lines[:at] + [lines[at]] * (times + 1) + lines[at + 1:]


def swap(data: st.DataObject, lines: list[str]) -> list[str]:
    first, second = index(data, lines, "swap line"), index(data, lines, "with line")
    lines = list(lines)
    lines[first], lines[second] = lines[second], lines[first]
    return lines


def truncate(data: st.DataObject, lines: list[str]) -> list[str]:
    at = index(data, lines, "truncate line")
    keep = data.draw(st.integers(0, len(lines[at])), label="keep characters")
    return lines[:at] + [lines[at][:keep]] + lines[at + 1:]


def inject(data: st.DataObject, lines: list[str]) -> list[str]:
    """A line of furniture, a label or a tag: as a line of its own, or inside a line (the
    only way into the one-line flattened fixtures)."""
    kind = data.draw(st.sampled_from(sorted(INJECTABLE)), label="inject kind")
    piece = data.draw(st.sampled_from(INJECTABLE[kind]), label="inject")
    at = index(data, lines, "at line", end=True)
    if at == len(lines) or data.draw(st.booleans(), label="own line"):
        return lines[:at] + [piece] + lines[at:]
    line = lines[at]
    column = data.draw(st.integers(0, len(line)), label="at column")
    glue = data.draw(st.sampled_from(["", " ", "\n"]), label="glue")
    return lines[:at] + [line[:column] + glue + piece + glue + line[column:]] + lines[at + 1:]


MUTATIONS: dict[str, Callable[[st.DataObject, list[str]], list[str]]] = {
    "drop": drop, "duplicate": duplicate, "swap": swap, "truncate": truncate, "inject": inject,
}


def mutate(data: st.DataObject, name: str) -> str:
    lines = MUTATIONS[name](data, fixture_lines(data))
    return "\n".join(lines)


@pytest.mark.parametrize("name", ["drop", "duplicate", "swap", "truncate"])
@given(data=st.data())
def test_lines_dropped_duplicated_swapped_or_truncated(name: str, data: st.DataObject) -> None:
    check(mutate(data, name))


@given(st.data())
def test_injected_furniture_labels_and_tags(data: st.DataObject) -> None:
    lines = fixture_lines(data)
    for _ in range(data.draw(st.integers(1, 5), label="injections")):
        lines = inject(data, lines)
    check("\n".join(lines))


# -- the file as a whole -------------------------------------------------------------------------


@given(st.data())
def test_cut_at_any_offset(data: st.DataObject) -> None:
    text = "\n".join(fixture_lines(data))
    cut = data.draw(st.integers(0, len(text)), label="cut at")
    check(text[:cut] if data.draw(st.booleans(), label="keep the head") else text[cut:])


def encode(data: st.DataObject, text: str) -> str | bytes:
    """The text as str, or as bytes in one of the encodings the site's copies come in."""
    encoding = data.draw(st.sampled_from(["str", "utf-8", "utf-8-sig", "utf-16", "utf-16-be", "cp1251"]),
                         label="encoding")
    if encoding == "str":
        return text
    if encoding == "utf-16-be":
        return b"\xfe\xff" + text.encode("utf-16-be")
    if encoding == "cp1251":
        try:
            return text.encode("cp1251")
        except UnicodeEncodeError:
            return text.encode("utf-8")  # a dash or quote cp1251 lacks: the text as it came
    return text.encode(encoding)


@given(st.data())
def test_other_encodings(data: st.DataObject) -> None:
    check(encode(data, "\n".join(fixture_lines(data))))


@given(st.data())
def test_crlf_line_ends(data: st.DataObject) -> None:
    text = "\n".join(fixture_lines(data))
    ends = data.draw(st.sampled_from(["\r\n", "\r", "\n\r"]), label="line end")
    check(encode(data, text.replace("\n", ends)))


@given(st.data())
def test_bytes_cut_at_any_offset(data: st.DataObject) -> None:
    """The bytes cut short: in the middle of a UTF-8 or UTF-16 character, or of the BOM."""
    encoded = encode(data, "\n".join(fixture_lines(data)))
    raw = encoded.encode("utf-8") if isinstance(encoded, str) else encoded
    check(raw[:data.draw(st.integers(0, len(raw)), label="cut at byte")])


@given(st.data())
def test_several_mutations_at_once(data: st.DataObject) -> None:
    lines = fixture_lines(data)
    for _ in range(data.draw(st.integers(1, 6), label="mutations")):
        lines = MUTATIONS[data.draw(st.sampled_from(sorted(MUTATIONS)), label="mutation")](data, lines)
    text = "\n".join(lines)
    if data.draw(st.booleans(), label="crlf"):
        text = text.replace("\n", "\r\n")
    encoded = encode(data, text)
    if isinstance(encoded, bytes) and data.draw(st.booleans(), label="cut the bytes"):
        encoded = encoded[:data.draw(st.integers(0, len(encoded)), label="cut at byte")]
    check(encoded)


# -- what the mutations found, as regular tests ---------------------------------------------------


@pytest.mark.parametrize(
    ("data", "offset"),
    [
        (b"\xff\xfe" + "Путин сказал".encode("utf-16-le")[:-1], 24),  # cut inside the last character
        (b"\xfe\xff" + "ab".encode("utf-16-be") + b"\xdc\x00", 6),  # a lone low surrogate
    ],
)
def test_utf16_cut_short_is_replaced_with_a_diagnostic(data: bytes, offset: int) -> None:
    document = kremlin_parse.parse(data)
    assert document.encoding == "utf-16" and document.text.endswith("\ufffd")
    (diagnostic,) = document.diagnostics
    assert diagnostic.code == "decode-replaced" and f"offset {offset}" in diagnostic.message


def test_the_offset_of_bad_utf8_after_a_bom_counts_the_bom() -> None:
    # The offset is of the file's bytes, as a NUL byte's is.
    (diagnostic,) = kremlin_parse.parse(b"\xef\xbb\xbfab\x81").diagnostics
    assert diagnostic.code == "decode-replaced" and "offset 5" in diagnostic.message
