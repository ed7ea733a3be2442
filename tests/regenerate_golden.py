"""Rewrite the golden files from the current parser. Review every changed line before committing."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from golden_cases import GOLDEN_FIXTURES, current_parse, golden_path  # noqa: E402

if __name__ == "__main__":
    for stem in GOLDEN_FIXTURES:
        path = golden_path(stem)
        new = current_parse(stem)
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if new != old:
            path.write_text(new, encoding="utf-8")
            print(f"rewrote {path.name}: review it against tests/fixtures/{stem}.txt")
        else:
            print(f"unchanged {path.name}")
