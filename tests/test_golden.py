"""The reviewed golden files: the parse of each fixture, compared as a diff."""

from __future__ import annotations

import difflib

import pytest

from golden_cases import GOLDEN_FIXTURES, current_parse, golden_path


@pytest.mark.parametrize("stem", GOLDEN_FIXTURES)
def test_golden(stem: str) -> None:
    expected = golden_path(stem).read_text(encoding="utf-8")
    actual = current_parse(stem)
    if actual != expected:
        diff = "".join(difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True),
            fromfile=f"golden/{stem}.json", tofile="current parse", n=2,
        ))
        pytest.fail(f"the parse of {stem} differs from its golden file:\n{diff[:6000]}")
