"""The golden alignments of the ten pairs of ../shared/pairs, and how each is produced.

`.venv/bin/python tests/alignment_cases.py` rewrites them; every changed pair is then read
against both texts before it is committed. `NNNNN.jsonl` is what `kremlin-parse align`
writes for the pair (one paragraph pair per line); `NNNNN.unpaired.jsonl` lists what was
left unpaired, with the start of its text.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import kremlin_parse  # noqa: E402
from kremlin_parse.align import Alignment, align  # noqa: E402
from kremlin_parse.outputs.parallel import to_jsonl  # noqa: E402

from conftest import GOLDEN, SHARED  # noqa: E402

PAIRS_DIRECTORY = SHARED / "pairs"
ALIGNMENTS = GOLDEN / "alignments"
#: The site's numbers of the ten pairs.
PAIR_IDS = tuple(sorted(path.name.split("_")[0] for path in PAIRS_DIRECTORY.glob("*_ru.txt")))


def pair_documents(number: str) -> tuple[kremlin_parse.Document, kremlin_parse.Document]:
    """The English and the Russian side of a pair, each parsed with its file name as source."""
    (english,) = PAIRS_DIRECTORY.glob(f"{number}_en.*")
    russian = PAIRS_DIRECTORY / f"{number}_ru.txt"
    return tuple(kremlin_parse.parse(path.read_bytes(), source=path.name)  # type: ignore[return-value]
                 for path in (english, russian))


def unpaired_lines(alignment: Alignment) -> list[str]:
    """What was left unpaired, one JSON object a line, with the first 60 characters of it."""
    lines = []
    for item in alignment.unpaired:
        documents = alignment.english if item.language == "en" else alignment.russian
        text = documents[item.event.document].text[item.span.start:item.span.end]
        lines.append(json.dumps({"language": item.language, "turn": item.turn, "paragraph": item.paragraph,
                                 "reason": item.reason, "text": text[:60]}, ensure_ascii=False))
    return lines


def golden_outputs(number: str) -> dict[Path, str]:
    """The two golden files of a pair and what they should hold."""
    alignment = align(*zip(pair_documents(number)))
    return {
        ALIGNMENTS / f"{number}.jsonl": "".join(line + "\n" for line in to_jsonl(alignment)),
        ALIGNMENTS / f"{number}.unpaired.jsonl": "".join(line + "\n" for line in unpaired_lines(alignment)),
    }


if __name__ == "__main__":
    ALIGNMENTS.mkdir(parents=True, exist_ok=True)
    for number in PAIR_IDS:
        for path, new in golden_outputs(number).items():
            old = path.read_text(encoding="utf-8") if path.exists() else None
            if new != old:
                path.write_text(new, encoding="utf-8")
                print(f"rewrote {path.name}: review it against {number}_en and {number}_ru")
            else:
                print(f"unchanged {path.name}")
