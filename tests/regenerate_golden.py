"""Rewrite the golden files from the current parser. Review every changed line before committing."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from conftest import FIXTURE_FILES  # noqa: E402
from golden_cases import GOLDEN_FIXTURES, current_parse, golden_path  # noqa: E402

if __name__ == "__main__":
    for stem in GOLDEN_FIXTURES:
        path = golden_path(stem)
        new = current_parse(stem)
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if new != old:
            path.write_text(new, encoding="utf-8")
            (fixture,) = [fixture for fixture in FIXTURE_FILES if fixture.stem == stem]
            print(f"rewrote {path.name}: review it against tests/fixtures/{fixture.name}")
        else:
            print(f"unchanged {path.name}")
