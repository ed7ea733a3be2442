"""The reviewed golden files: the parse of each fixture, and the outputs of the seeds in
every format, compared as a diff."""

from __future__ import annotations

import difflib

import pytest

from golden_cases import GOLDEN_CASES, current_output, golden_path


@pytest.mark.parametrize("stem, suffix", GOLDEN_CASES)
def test_golden(stem: str, suffix: str) -> None:
    path = golden_path(stem, suffix)
    expected = path.read_bytes().decode("utf-8")
    actual = current_output(stem, suffix)
    if actual != expected:
        diff = "".join(difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True),
            fromfile=f"golden/{path.name}", tofile="current output", n=2,
        ))
        pytest.fail(f"the output {suffix} of {stem} differs from its golden file:\n{diff[:6000]}")
