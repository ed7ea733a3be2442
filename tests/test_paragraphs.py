"""Re-joining lines broken at hyperlinks, and inline marks."""

from __future__ import annotations

import pytest

from kremlin_parse.models import MarkKind
from kremlin_parse.paragraphs import build_paragraph, continues, join


@pytest.mark.parametrize(
    ("previous", "following", "expected", "why"),
    [
        ("also included Prime Minister of Armenia Nikol Pashinyan", ", President of Belarus",
         True, "a line that starts with a comma"),
        ("the Great Patriotic War", ". Military units took part.", True, "starts with a full stop"),
        ("President of Tajikistan Emomali Rahmon", "chaired the meeting", True, "lowercase start"),
        ("and Secretary General of the Collective Security Treaty Organisation", "Stanislav Zas.",
         True, "a name after a line without closing punctuation"),
        ("reached within the OSCE", "Minsk Group, including by Russia", True, "a name"),
        ("the Statement of the CSTO", "Collective Security Council on creating", True, "a name"),
        ("the Collective Security Treaty Organisation", "In conclusion, I would like", False,
         "a sentence opener, not a name"),
        ("Friends,", "During its chairmanship", False, "an address ending in a comma"),
        ("Thank you.", "Vladimir Putin said", False, "closing punctuation"),
        ("He said: (Applause.)", "Thank you.", False, "closing bracket after a full stop"),
        ("Mr Putin said “yes.”", "Then he left.", False, "closing quote after a full stop"),
        ("as the first President said [Nursultan Nazarbayev]", "Colleagues, we agree.", False,
         "an insertion closes its line"),
        ("We will continue <…>", "Russia Mr President", False, "an elision closes its line"),
    ],
)
def test_continues(previous: str, following: str, expected: bool, why: str) -> None:
    assert continues(previous, following) is expected, why


def test_join_spaces() -> None:
    assert join(["Nikol Pashinyan", ", President"]) == "Nikol Pashinyan, President"
    assert join(["Emomali Rahmon", "chaired", "this year."]) == "Emomali Rahmon chaired this year."
    assert join(["War", ". Military"]) == "War. Military"


@pytest.mark.parametrize(
    ("line", "kind", "mark"),
    [
        ("He said <…> and left.", MarkKind.ELISION, "<…>"),
        ("Text ‹…> more", MarkKind.ELISION, "‹…>"),
        ("Text <...> more", MarkKind.ELISION, "<...>"),
        ("the first President [Nursultan Nazarbayev] said", MarkKind.INSERTION, "[Nursultan Nazarbayev]"),
        ("Thank you. (Applause.)", MarkKind.STAGE_DIRECTION, "(Applause.)"),
        ("Thank you (Laughter)", MarkKind.STAGE_DIRECTION, "(Laughter)"),
        ("Yes. (Speaks in Russian.)", MarkKind.STAGE_DIRECTION, "(Speaks in Russian.)"),
    ],
)
def test_marks(line: str, kind: MarkKind, mark: str) -> None:
    text = "xx\n" + line
    paragraph = build_paragraph(text, [(3, len(text))])
    assert paragraph is not None
    assert [(m.kind, m.text) for m in paragraph.marks] == [(kind, mark)]
    assert text[paragraph.marks[0].span.start:paragraph.marks[0].span.end] == mark


@pytest.mark.parametrize(
    "line",
    [
        "all (I want to underscore this), precisely all",
        "the SCO Regional Anti-Terrorist Structure (RATS) to exchange",
        "the CSTO troops (Collective Forces) and a protocol",
        "(as well as here)",
    ],
)
def test_parentheses_that_are_not_stage_directions(line: str) -> None:
    paragraph = build_paragraph(line, [(0, len(line))])
    assert paragraph is not None and paragraph.marks == ()


def test_paragraph_keeps_its_pieces() -> None:
    text = "Prime Minister Nikol Pashinyan\n, President of Belarus"
    paragraph = build_paragraph(text, [(0, 30), (31, len(text))])
    assert paragraph is not None
    assert paragraph.text == "Prime Minister Nikol Pashinyan, President of Belarus"
    assert [text[p.start:p.end] for p in paragraph.pieces] == [
        "Prime Minister Nikol Pashinyan", ", President of Belarus"]
    assert (paragraph.span.start, paragraph.span.end) == (0, len(text))


def test_an_insertion_inside_a_plain_parenthesis_is_a_mark() -> None:
    text = "We met (the [CSTO] members). (Applause.)"
    paragraph = build_paragraph(text, [(0, len(text))])
    assert paragraph is not None
    assert [(m.kind, m.text) for m in paragraph.marks] == [
        (MarkKind.INSERTION, "[CSTO]"), (MarkKind.STAGE_DIRECTION, "(Applause.)"),
    ]
