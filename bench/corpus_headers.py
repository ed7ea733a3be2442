"""How well the header of each real item of the Russian corpus is read.

The corpus (../shared/corpus/ru-2025-flattened.csv: 200 items of kremlin.ru as a scraper
stored them, each page flattened to one line) holds the title, date, place and lead of each
item as read from the page's markup. This script parses every item and reports, per field
and for all four at once, how many match.

    python bench/corpus_headers.py [path/to/ru-2025-flattened.csv] [--show N]
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import kremlin_parse

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "ru-2025-flattened.csv"
FIELDS = ("title", "date", "place", "summary")


def read_corpus(path: Path) -> list[dict[str, str]]:
    """The rows of the corpus, each with its text joined from the chunk columns."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        row["text"] = "".join(row.get(f"article_full_text_{index}") or "" for index in range(1, 11))
    return rows


def header_of(text: str) -> dict[str, str]:
    """Title, date, place and lead of the first event, as the corpus columns write them."""
    document = kremlin_parse.parse(text)
    event = document.events[0] if document.events else None
    if event is None:
        return dict.fromkeys(FIELDS, "")
    return {
        "title": event.title.text if event.title else "",
        "date": event.date.value.isoformat() if event.date else "",
        "place": event.location.text if event.location else "",
        "summary": event.summary.text if event.summary else "",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--show", type=int, default=5, help="mismatches to show per field")
    arguments = parser.parse_args(argv)
    if not arguments.corpus.is_file():
        parser.exit(2, f"{parser.prog}: no corpus at {arguments.corpus}. The corpus (200 items of "
                       "kremlin.ru as a scraper stored them) is not part of the repository, and is "
                       "looked for beside it by default; if you have it elsewhere, give its path: "
                       "python bench/corpus_headers.py PATH\n")
    rows = read_corpus(arguments.corpus)
    matches = dict.fromkeys((*FIELDS, "all four"), 0)
    misses: dict[str, list[str]] = {field: [] for field in FIELDS}
    for number, row in enumerate(rows):
        got = header_of(row["text"])
        for field in FIELDS:
            if got[field] == row[field].strip():
                matches[field] += 1
            else:
                misses[field].append(f"row {number}: got {got[field][:70]!r}, expected {row[field][:70]!r}")
        matches["all four"] += all(got[field] == row[field].strip() for field in FIELDS)
    for name, count in matches.items():
        print(f"{name:>9}: {count}/{len(rows)} = {100 * count / len(rows):.1f}%")
    for field, lines in misses.items():
        for line in lines[: arguments.show]:
            print(f"  {field}: {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
