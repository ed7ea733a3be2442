"""Shared test helpers: fixture paths, hypothesis profiles, the nothing-lost check."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, settings

from kremlin_parse import Document

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent / "golden"
FIXTURE_FILES = sorted(FIXTURES.glob("*.txt"))

settings.register_profile("ci", max_examples=300, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=20_000, deadline=None,
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
