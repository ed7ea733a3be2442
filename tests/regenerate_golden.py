"""Rewrite the golden files from the current parser. Review every changed line before committing."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from conftest import FIXTURE_FILES  # noqa: E402
from golden_cases import GOLDEN_CASES, current_output, golden_path  # noqa: E402

if __name__ == "__main__":
    for stem, suffix in GOLDEN_CASES:
        path = golden_path(stem, suffix)
        new = current_output(stem, suffix)
        old = path.read_bytes().decode("utf-8") if path.exists() else None
        if new != old:
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(new.encode("utf-8"))
            (fixture,) = [fixture for fixture in FIXTURE_FILES if fixture.stem == stem]
            print(f"rewrote {path.name}: review it against tests/fixtures/{fixture.name}")
        else:
            print(f"unchanged {path.name}")
