"""Shared test helpers: fixture paths, hypothesis profiles, the nothing-lost check."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, Phase, settings

from kremlin_parse import Document
from kremlin_parse.paragraphs import join

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent / "golden"
FIXTURE_FILES = sorted(path for path in FIXTURES.iterdir() if path.suffix in (".txt", ".html", ".xml"))
#: The real pages beside the repository (../shared), which CI always has: for measuring only.
SHARED = Path(__file__).resolve().parent.parent.parent / "shared"

settings.register_profile("ci", max_examples=150, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=20_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
#: Finds and reports failures without shrinking them: for a first look at a slow failure.
settings.register_profile("debug", max_examples=300, deadline=None,
                          phases=[Phase.explicit, Phase.reuse, Phase.generate],
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def assert_nothing_lost(document: Document) -> None:
    """Every non-blank character of the text is held by exactly one leaf span."""
    text = document.text
    spans = sorted(document.leaf_spans(), key=lambda item: (item[1].start, item[1].end))
    position = 0
    previous = ("start", None)
    for name, span in spans:
        assert 0 <= span.start <= span.end <= len(text), f"{name} span {span} outside the text"
        assert span.start >= position, (
            f"{name} {span} {text[span.start:span.end]!r} overlaps {previous[0]} {previous[1]}"
        )
        gap = text[position:span.start]
        assert not gap.strip(), f"unaccounted text before {name} at {position}: {gap.strip()[:80]!r}"
        position = span.end
        previous = (name, span)
    tail = text[position:]
    assert not tail.strip(), f"unaccounted text at the end from {position}: {tail.strip()[:80]!r}"


def assert_spans_hold(document: Document) -> None:
    """Every node's span slices the normalised text to exactly what the node holds."""
    text = document.text

    def holds(node: object, expected: str, where: str) -> None:
        span = node.span  # type: ignore[attr-defined]
        assert text[span.start:span.end] == expected, f"{where}: {text[span.start:span.end]!r} != {expected!r}"

    for item in document.furniture:
        holds(item, item.text, "furniture")
    for event in document.events:
        for name in ("title", "location", "url"):
            node = getattr(event, name)
            if node is not None:
                holds(node, node.text, name)
        for name in ("date", "time", "persons_more", "published_in", "published_at"):
            node = getattr(event, name)
            if node is not None:
                holds(node, node.raw, name)
        for name in ("geography", "topics", "persons"):
            for node in getattr(event, name):
                holds(node, node.text, name)
        for caption in event.captions:
            holds(caption.counter, caption.counter.text, "caption counter")
            if caption.text is not None:
                holds(caption.text, caption.text.text, "caption text")
        for entry in event.see_also:
            holds(entry.title, entry.title.text, "see also title")
            if entry.date is not None:
                holds(entry.date, entry.date.raw, "see also date")
        paragraphs = [event.summary] if event.summary else []
        before_break: str | None = None  # the label of the last turn of the section before
        for section in event.sections:
            if section.heading is not None:
                holds(section.heading, section.heading.text, "heading")
            for turn in section.turns:
                if turn.speaker is not None and turn.speaker.span.start == turn.speaker.span.end:
                    # A turn continued across `* * *`: its label stands before the break.
                    assert turn is section.turns[0] and turn.speaker.label == before_break, turn.speaker
                elif turn.speaker is not None:
                    label = text[turn.speaker.span.start:turn.speaker.span.end]
                    # The colon (a full stop where markup marks a label so), unless a flattened
                    # tooltip stood between the name and it.
                    assert label.startswith(turn.speaker.label) and (
                        label.endswith((":", ".")) or label == turn.speaker.label), label
                paragraphs += turn.paragraphs
            if section.turns:
                last = section.turns[-1].speaker
                before_break = last.label if last is not None else None
        for paragraph in paragraphs:
            assert paragraph.span.start == paragraph.pieces[0].start
            assert paragraph.span.end == paragraph.pieces[-1].end
            assert join([text[piece.start:piece.end] for piece in paragraph.pieces]) == paragraph.text
            for mark in paragraph.marks:
                holds(mark, mark.text, "mark")
