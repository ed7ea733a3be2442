"""Size and shape extremes: never an exception (but the refusal of unsafe feeds), nothing lost.

The sizes are those of the hostile-input issue; each test also asserts something specific
that a wrong parse would break (how many furniture items, turns, events; what is absent).
"""

from __future__ import annotations

import pytest

import kremlin_parse
from kremlin_parse import Document, FurnitureKind, NotTextError, UnsafeMarkupError

from conftest import assert_nothing_lost, assert_spans_hold


def parsed(data: str | bytes) -> Document:
    document = kremlin_parse.parse(data)
    assert_nothing_lost(document)
    assert_spans_hold(document)
    return document


def non_blank(text: str) -> str:
    return "".join(text.split())


# -- sizes -------------------------------------------------------------------------------------


@pytest.mark.parametrize("data", ["", b"", b"\xef\xbb\xbf"])
def test_an_empty_file(data: str | bytes) -> None:
    document = parsed(data)
    assert (document.text, document.events, document.furniture, document.diagnostics) == ("", (), (), ())


@pytest.mark.parametrize("line", ["", "   ", "\t \u00a0", "\r"])
def test_a_file_of_only_blank_lines(line: str) -> None:
    document = parsed((line + "\n") * 50_000)
    assert document.events == () and document.furniture == ()
    assert not document.text.strip()
    assert [d.code for d in document.diagnostics] == []  # nothing there, so no `no-event` either


def test_one_20_mb_line_without_a_newline() -> None:
    line = "Friends, colleagues. " * 1_000_000  # 21 MB
    line = line[:20_000_000]
    document = parsed(line.encode("utf-8"))
    assert len(document.text) == 20_000_000 and "\n" not in document.text
    assert len(document.events) == 1
    (paragraph,) = [p for turn in document.events[0].turns for p in turn.paragraphs]
    assert paragraph.text == line.strip()


def test_200_000_section_breaks() -> None:
    document = parsed("* * *\n" * 200_000)
    assert document.events == ()
    assert len(document.furniture) == 200_000
    assert {item.kind for item in document.furniture} == {FurnitureKind.SECTION_BREAK}
    assert [d.code for d in document.diagnostics] == ["no-event"]


def test_100_000_speaker_labels_without_speech() -> None:
    document = parsed("Vladimir Putin:\n" * 100_000)
    (event,) = document.events
    assert len(event.turns) == 100_000
    assert all(turn.speaker is not None and turn.speaker.name == "Vladimir Putin" and not turn.paragraphs
               for turn in event.turns)


def test_20_000_distinct_speakers_are_each_their_own() -> None:
    # Speaker resolution once compared every label with every other: minutes for this file.
    names = [f"Ivan {a}{b}{c}{d}{e}ov" for a in "BCDFGHKLMN" for b in "aeiou" for c in "bcdfghklmnprstvz"
             for d in "aeiou" for e in "bcdfghklmnprstvz"][:20_000]
    lines = [f"{name}: Text." for name in names]
    document = parsed("\n".join(lines))
    (event,) = document.events
    assert len(event.turns) == 20_000
    assert [turn.speaker.name for turn in event.turns if turn.speaker] == [line.split(":")[0] for line in lines]


def test_100_000_section_words() -> None:
    document = parsed("Events\n" * 100_000)
    assert document.events == ()
    assert len(document.furniture) == 100_000
    assert {item.kind for item in document.furniture} == {FurnitureKind.SECTION_WORD}


def test_a_label_of_10_000_capitalised_words() -> None:
    label = " ".join(f"Word{'abcdefghij'[i % 10]}" for i in range(10_000)) + ":"
    document = parsed(f"{label}\nThank you.\n")
    (event,) = document.events
    # No name is ten thousand words long: the line stays text, and so does the speech after it.
    assert all(turn.speaker is None for turn in event.turns)
    held = "".join(non_blank(p.text) for turn in event.turns for p in turn.paragraphs)
    assert held == non_blank(label + "Thank you.")


def test_a_label_of_10_000_capitalised_words_after_a_real_turn() -> None:
    label = " ".join(["Word"] * 10_000) + ":"
    document = parsed(f"Vladimir Putin: Good afternoon.\n{label}\nThank you.\n")
    (event,) = document.events
    assert [turn.speaker.name if turn.speaker else None for turn in event.turns] == ["Vladimir Putin"]


# -- markup ------------------------------------------------------------------------------------


@pytest.mark.parametrize("tag", ["div", "span", "b"])
def test_50_000_nested_html_elements(tag: str) -> None:
    page = f"<html><body><p>Before.</p>{f'<{tag}>' * 50_000}Deep text.{f'</{tag}>' * 50_000}<p>After.</p>"
    document = parsed(page)
    assert document.shape == "html"
    assert [p.text for turn in document.events[0].turns for p in turn.paragraphs] == ["Before.", "Deep text.", "After."]


def test_50_000_unclosed_html_elements() -> None:
    document = parsed("<html><body>" + "<div><span>" * 25_000 + "Never closed.")
    assert non_blank(document.text) == "Neverclosed."


def test_50_000_stray_end_tags_under_50_000_open_elements() -> None:
    # Each stray end tag once searched the whole stack of open elements: quadratic time.
    document = parsed("<html><body>" + "<div>" * 50_000 + "Deep." + "</span>" * 50_000 + "</div>" * 50_000 + "After.")
    assert [line for line in document.text.split("\n") if line] == ["Deep.", "After."]


@pytest.mark.parametrize("left_open", ["<a/", "<!--", "<![CDATA[", "<a b='>' "])
def test_50_000_constructs_left_open(left_open: str) -> None:
    # html.parser read from each to the end of the input again: quadratic time (minutes).
    document = parsed("<html><body><p>Before.</p><p>" + left_open * 50_000)
    assert document.shape == "html"
    assert [line for line in document.text.split("\n") if line] == ["Before.", (left_open * 50_000).strip()]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("<html><body><p><b>one<i>two</b>three</i><p>four", ["onetwothree", "four"]),
        ("<html><body><div><p>one</div>two</p>three", ["one", "two", "three"]),
        ("<html><body><p>one</span></b></div></p>two", ["one", "two"]),
        ("<html><body><p>one<p>two<li>three<td>four", ["one", "two", "three", "four"]),
        ("<html><body><p>one</p></html><p>after the end", ["one", "after the end"]),
    ],
)
def test_unclosed_and_misnested_tags(page: str, expected: list[str]) -> None:
    document = parsed(page)
    assert document.shape == "html"
    assert [line for line in document.text.split("\n") if line] == expected


@pytest.mark.parametrize(
    "page",
    [
        '<html><body><p class="read__lead>one</p><p>two',
        "<html><body><p>one<",
        "<html><body><p>one</p><!-- never closed <p>two",
        "<html><body><p>one</p><![CDATA[ never closed <p>two",
        "<html><body><p>one</p><p title='never closed>two",
    ],
)
def test_markup_cut_short_keeps_its_text(page: str) -> None:
    # What html.parser cannot close it hands over as text: kept, never dropped.
    document = parsed(page)
    assert "one" in document.text and ("two" in document.text or page.endswith("<"))


HIDDEN = "SECRETWORD"


@pytest.mark.parametrize(
    "hidden",
    [
        f"<script>var x = '{HIDDEN}'; if (a < b) {{ document.write('<p>{HIDDEN}</p>'); }}</script>",
        f"<style>p::after {{ content: '{HIDDEN}'; }}</style>",
        f"<script type='text/template'><div class='read__lead'>{HIDDEN}</div></script>",
        f"<noscript><p>{HIDDEN}</p></noscript>",
        f"<SCRIPT>{HIDDEN}</SCRIPT>",
        f"<script>{HIDDEN}",  # never closed: hides the rest of the page
    ],
)
def test_script_and_style_content_is_never_text(hidden: str) -> None:
    page = f'<html><head><style>{HIDDEN}</style></head><body><article class="read__in hentry h-entry">' \
           f"<p>Seen before.</p>{hidden}<p>{HIDDEN[:3]}</p></article></body></html>"
    document = parsed(page)
    assert HIDDEN not in document.text
    assert "Seen before." in document.text


def test_script_content_in_a_feed_is_never_text() -> None:
    feed = ("<feed><entry><title>T</title><content type='html'>&lt;p&gt;Seen.&lt;/p&gt;"
            f"&lt;script&gt;{HIDDEN}&lt;/script&gt;&lt;style&gt;{HIDDEN}&lt;/style&gt;</content></entry></feed>")
    document = parsed(feed)
    assert document.shape == "atom" and HIDDEN not in document.text and "Seen." in document.text


def test_20_000_script_elements() -> None:
    document = parsed("<html><body>" + f"<script>{HIDDEN}</script><p>x</p>" * 20_000)
    assert HIDDEN not in document.text
    assert document.text.count("x") == 20_000


# -- feeds that declare a DTD or entities ----------------------------------------------------

_ENTRY = ("<feed xmlns='http://www.w3.org/2005/Atom'><entry><title>{title}</title>"
          "<published>2021-09-17T16:30:00+03:00</published><content>x</content></entry></feed>")
_LAUGHS = "<!ENTITY lol0 'lol'>" + "".join(
    f"<!ENTITY lol{i} '{f'&lol{i - 1};' * 10}'>" for i in range(1, 10)
)


@pytest.mark.parametrize(
    "feed",
    [
        f"<?xml version='1.0'?><!DOCTYPE feed [{_LAUGHS}]>" + _ENTRY.format(title="&lol9;"),
        "<?xml version='1.0'?><!DOCTYPE feed [<!ENTITY xxe SYSTEM 'file:///etc/passwd'>]>" + _ENTRY.format(title="&xxe;"),
        "<?xml version='1.0'?><!DOCTYPE feed [<!ENTITY % p SYSTEM 'http://example.com/p'> %p;]>" + _ENTRY.format(title="T"),
        "<?xml version='1.0'?><!DOCTYPE feed PUBLIC '-//X//Y' 'http://example.com/x.dtd'>" + _ENTRY.format(title="T"),
        "\ufeff\n  <!doctype\nfeed>" + _ENTRY.format(title="T"),
        _ENTRY.format(title="T").replace("<content>", "<content><!ENTITY z 'z'>"),
        # A DTD longer than the sample the shape is detected from.
        "<?xml version='1.0'?><!DOCTYPE feed [" + "<!ENTITY a 'b'>" * 300 + "]>" + _ENTRY.format(title="&a;"),
        "<?xml version='1.0'?><!--" + "x" * 5_000 + "--><!DOCTYPE feed>" + _ENTRY.format(title="T"),
    ],
    ids=["billion-laughs", "external", "parameter", "public", "bom-lowercase", "in-content", "long-dtd", "long-comment"],
)
@pytest.mark.parametrize("encoding", [None, "utf-8", "utf-16"])
def test_feeds_with_a_dtd_or_entities_are_refused(feed: str, encoding: str | None) -> None:
    with pytest.raises(UnsafeMarkupError, match="DTD or entities"):
        kremlin_parse.parse(feed if encoding is None else feed.encode(encoding))


def test_a_long_dtd_before_a_feed_is_refused_even_as_another_shape_asked_for() -> None:
    feed = "<?xml version='1.0'?><!DOCTYPE feed [" + "<!ENTITY a 'b'>" * 300 + "]>" + _ENTRY.format(title="&a;")
    with pytest.raises(UnsafeMarkupError):
        kremlin_parse.parse(feed, shape="atom")


def test_a_feed_after_a_long_prolog_without_declarations_is_read_as_a_feed() -> None:
    feed = "<?xml version='1.0'?><!--" + "x" * 5_000 + "-->" + _ENTRY.format(title="The title")
    document = parsed(feed)
    assert document.shape == "atom"
    assert [event.title.text if event.title else None for event in document.events] == ["The title"]


# -- bytes that are not text, or not UTF-8 -----------------------------------------------------
# tests/test_source.py has the decoder on small inputs, test_api.py the diagnostic; here the
# offsets far into large inputs, counted in bytes.


@pytest.mark.parametrize("prefix", [b"", b"\xef\xbb\xbf", "Владимир Путин: ".encode("utf-8") * 10_000,
                                    "Владимир Путин: ".encode("cp1251") * 10_000])
def test_a_nul_byte_is_refused_at_its_byte_offset(prefix: bytes) -> None:
    with pytest.raises(NotTextError) as raised:
        kremlin_parse.parse(prefix + b"Events\n\x00\x00tail\x00")
    assert raised.value.offset == len(prefix) + 7
    assert str(len(prefix) + 7) in str(raised.value)


def test_invalid_utf8_far_into_a_large_file_is_replaced_and_located() -> None:
    lines = b"Vladimir Putin: Good afternoon.\n" * 20_000
    document = parsed(lines + b"Caf\xe9 \x81\x98 society.\n")
    assert document.encoding == "utf-8"
    assert [(d.code, d.line, d.column) for d in document.diagnostics] == [("decode-replaced", 20_001, 4)]
    assert document.text.count("\ufffd") == 3
    assert len(document.events[0].turns) == 20_000


def test_cp1251_with_its_undefined_byte_is_replaced_with_a_diagnostic() -> None:
    data = "Владимир Путин: Добрый день, коллеги".encode("cp1251") + b"\x98!"
    document = parsed(data)
    assert document.encoding == "cp1251" and document.text.endswith("\ufffd!")
    (diagnostic,) = document.diagnostics
    assert diagnostic.code == "decode-replaced" and f"offset {len(data) - 2}" in diagnostic.message
