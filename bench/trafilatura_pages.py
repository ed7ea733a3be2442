"""Our parse against `trafilatura.extract` on saved HTML pages given on the command line.

    .venv/bin/python bench/trafilatura_pages.py PAGE.html [PAGE.html ...] [--repeats 5]

`run.py` compares the two on pages it renders from the fixtures; this compares them on real
pages of the site (say the evaluation set of the HTML reader), read once from disk, and
prints the pages/s of both, each the best of `--repeats` runs over all the pages. trafilatura
is an optional extra of the bench (`.venv/bin/pip install -e '.[bench]'`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import against_trafilatura, utf8_size  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("pages", nargs="+", type=Path, help="saved HTML pages")
    arguments.add_argument("--repeats", type=int, default=5, help="best of N runs (default: 5)")
    options = arguments.parse_args(argv)
    pages = [path.read_text(encoding="utf-8") for path in options.pages]
    versus = against_trafilatura(pages, options.repeats)
    if not versus["installed"]:
        print("trafilatura is not installed: .venv/bin/pip install -e '.[bench]'")
        return 1
    size = sum(map(utf8_size, pages)) / 1_000_000
    print(f"{len(pages)} pages, {size:.2f} MB: ours {versus['ours_pages_s']:.1f} pages/s, "
          f"trafilatura {versus['version']} {versus['trafilatura_pages_s']:.1f} pages/s, "
          f"ours/theirs {versus['ratio']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
