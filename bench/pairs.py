"""Person ids and alignment measured on ../shared/pairs (docs/persons.md, docs/alignment.md).

Names: of the 96 officials of `names_romanisation.tsv`, how many the romanisation spells as
the site does, how many the Wikipedia scheme alone does, and for how many the Russian name and
the site's spelling give one person id.

Pairs: the ten events held in both editions, all aligned at once. For each: whether it was
paired with its own other edition, how many turns and paragraphs of the Russian side (the
shorter one, so the stretch both sides hold) were paired, how many paragraph pairs the
alignment made, and whether they are those of the reviewed golden file
(tests/golden/alignments). Then the evidence (in nats) of every English event against every
Russian one, to show how far apart the right pairs and the wrong ones lie. Last, how long
the alignment of two long turns takes (paragraphs of random lengths).

    python bench/pairs.py [path/to/pairs]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import time
from pathlib import Path

import kremlin_parse
from kremlin_parse.align import EVENT_THRESHOLD, align, event_evidence
from kremlin_parse.models import Event, Paragraph, Section, Span, Turn
from kremlin_parse.outputs.parallel import jsonl_lines
from kremlin_parse.persons import person_id
from kremlin_parse.romanise import romanise_name

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PAIRS = ROOT.parent / "shared" / "pairs"
GOLDEN = ROOT / "tests" / "golden" / "alignments"


def names(directory: Path) -> None:
    rows = list(csv.DictReader((directory / "names_romanisation.tsv").open(encoding="utf-8"), delimiter="\t"))
    spelt = [row for row in rows if " ".join(romanise_name(row["ru_name"].split(), given=1)) == row["site_en_name"]]
    wikipedia = sum(row["wikipedia"] == row["site_en_name"] for row in rows)
    same_id = sum(person_id(row["ru_name"]) == person_id(row["site_en_name"]) for row in rows)
    print(f"names: {len(rows)}")
    print(f"  spelt as the site does: {len(spelt)} ({len(spelt) / len(rows):.1%}); "
          f"Wikipedia scheme alone: {wikipedia} ({wikipedia / len(rows):.1%})")
    print(f"  one person id for the Russian name and the site's spelling: {same_id} ({same_id / len(rows):.1%})")
    for row in rows:
        if row not in spelt:
            print(f"    {row['ru_name']}: {' '.join(romanise_name(row['ru_name'].split(), given=1))}, "
                  f"site {row['site_en_name']}")


def pairs(directory: Path) -> None:
    numbers = sorted(path.name.split("_")[0] for path in directory.glob("*_ru.txt"))
    english = [kremlin_parse.parse(next(directory.glob(f"{n}_en.*")).read_bytes(), source=f"{n}_en") for n in numbers]
    russian = [kremlin_parse.parse((directory / f"{n}_ru.txt").read_bytes(), source=f"{n}_ru") for n in numbers]
    alignment = align(english, russian)
    print(f"\npairs: {len(numbers)}; paired with their own other edition: "
          f"{sum(p.english.document == p.russian.document for p in alignment.events)}")
    print(f"  {'id':6} {'method':8} {'conf':>5}  {'ru turns':>9}  {'ru paragraphs':>14}  {'pairs':>5}  golden")
    totals = [0, 0, 0, 0, 0]
    for pair in alignment.events:
        number = numbers[pair.english.document]
        event = alignment.event("ru", pair.russian)
        turns = len(event.turns)
        paragraphs = sum(len(turn.paragraphs) for turn in event.turns)
        paired_paragraphs = sum(len(bead.russian) for turn in pair.turns for bead in turn.paragraphs)
        beads = [bead for turn in pair.turns for bead in turn.paragraphs]
        lines = [line for line in jsonl_lines(alignment) if line["russian_event"] == f"{number}_ru#1"]
        golden = [json.loads(line) for line in (GOLDEN / f"{number}.jsonl").read_text(encoding="utf-8").splitlines()]
        same = sum(_key(line) == _key(want) for line, want in zip(lines, golden))
        totals = [a + b for a, b in zip(totals, (len(pair.turns), turns, paired_paragraphs, paragraphs, len(beads)))]
        print(f"  {number:6} {pair.method:8} {pair.confidence:5.3f}  {len(pair.turns):>4} of {turns:<2}  "
              f"{paired_paragraphs:>7} of {paragraphs:<3}  {len(beads):>5}  {same} of {len(golden)}")
    print(f"  all: Russian turns paired {totals[0]} of {totals[1]}, Russian paragraphs paired {totals[2]} of "
          f"{totals[3]}, paragraph pairs {totals[4]}")
    print(f"\nevidence (nats) of each English event (rows) against each Russian one; pairing needs "
          f"{EVENT_THRESHOLD:.1f}")
    print("       " + " ".join(f"{n:>6}" for n in numbers))
    diagonal, elsewhere = [], []
    for i, document in enumerate(english):
        row = []
        for j, other in enumerate(russian):
            value = event_evidence(document.events[0], other.events[0])
            (diagonal if i == j else elsewhere).append(value)
            row.append(f"{value:6.1f}")
        print(f"{numbers[i]:6} " + " ".join(row))
    print(f"  own other edition: least {min(diagonal):.1f}; any other: most {max(elsewhere):.1f}")


def speed() -> None:
    generator = random.Random(0)
    print("\ntime to align one turn of N paragraphs a side (best of 3):")
    for count in (50, 150, 300):
        events = [
            Event(Span(0, 0), language, sections=(Section(None, (Turn(None, tuple(
                Paragraph(word * generator.randint(5, 60), Span(0, 0), (Span(0, 0),)) for _ in range(count)),
                Span(0, 0)),), Span(0, 0)),))
            for language, word in (("en", "word "), ("ru", "слово "))
        ]
        documents = [kremlin_parse.Document(text="", shape="fragment", events=(event,)) for event in events]
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            align(documents[:1], documents[1:])
            best = min(best, time.perf_counter() - started)
        print(f"  {count:4} paragraphs: {best:.2f} s")


def _key(line: dict[str, object]) -> tuple[object, ...]:
    return tuple(json.dumps(line[key], sort_keys=True) for key in ("english", "russian", "method", "person_id"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_PAIRS)
    arguments = parser.parse_args()
    names(arguments.directory)
    pairs(arguments.directory)
    speed()


if __name__ == "__main__":
    main()
