"""This library's parse against an earlier commit's, on the same documents, in one run.

    .venv/bin/python bench/versus.py --baseline 24cb7cf [--mb 2] [--rounds 3] [--shapes ...]

Speed targets are stated against the code of their day ("twice today's MB/s"), and the
machine's speed drifts by a factor of two between runs, so a figure from another day says
little. This script exports the baseline's `src/` (`git archive`), builds the corpus once with
the current library (as `bench/run.py` does: the fixtures' events re-rendered, and the text
version again with the site's U+00A0 after every short word), writes it to a temporary
directory, then times both libraries on it in fresh interpreters, alternating, `--rounds`
times each; each timing is the best of `--repeats` parses of every document. It prints both
MB/s and their ratio per corpus.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import run  # noqa: E402  (the corpus of the main benchmark)

#: What each fresh interpreter runs: import the library from the given `src`, parse every
#: document `repeats` times, print the best time in seconds.
_TIMER = """
import gc, json, sys, time
sys.path.insert(0, sys.argv[1])
import kremlin_parse
documents = json.load(open(sys.argv[2], encoding="utf-8"))
repeats = int(sys.argv[3])
parse = kremlin_parse.parse
for document in documents:
    parse(document)  # warm-up: compiled patterns, caches
best = float("inf")
for _ in range(repeats):
    gc.collect()
    start = time.perf_counter()
    for document in documents:
        parse(document)
    best = min(best, time.perf_counter() - start)
print(best)
"""


def export_source(revision: str, directory: Path) -> Path:
    """The `src/` of `revision`, written under `directory`."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "src"],
                             check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(directory, filter="data")
    return directory / "src"


def seconds(source: Path, documents: Path, repeats: int) -> float:
    """The best time of a fresh interpreter parsing the documents with the library at `source`."""
    result = subprocess.run([sys.executable, "-c", _TIMER, str(source), str(documents), str(repeats)],
                            check=True, capture_output=True, text=True)
    return float(result.stdout.strip())


def main(argv: list[str] | None = None) -> int:
    """Time both libraries; print MB/s and the ratio per corpus."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", required=True, help="a git revision (commit, tag, branch)")
    parser.add_argument("--mb", type=float, default=2.0, help="MB per corpus (default 2)")
    parser.add_argument("--shapes", nargs="+", default=["text_version"], choices=run.SHAPES)
    parser.add_argument("--rounds", type=int, default=3, help="alternating runs of each library")
    parser.add_argument("--repeats", type=int, default=3, help="parses per run, the best kept")
    args = parser.parse_args(argv)
    events = run.seed_events()
    corpora: dict[str, list[str]] = {}
    for shape in args.shapes:
        corpora[shape] = run.build_corpus(shape, int(args.mb * run.MB), events)
    if "text_version" in args.shapes:
        corpora["text_version + U+00A0"] = [run.site_spaces(document) for document in corpora["text_version"]]
    with tempfile.TemporaryDirectory(prefix="kremlin-versus-") as directory:
        baseline = export_source(args.baseline, Path(directory) / "baseline")
        current = ROOT / "src"
        print(f"baseline {args.baseline} against the working tree; best of {args.repeats}, "
              f"{args.rounds} alternating rounds each")
        print(f"{'corpus':<24}{'MB':>7}{'baseline MB/s':>15}{'now MB/s':>11}{'ratio':>8}")
        for name, documents in corpora.items():
            path = Path(directory) / "documents.json"
            path.write_text(json.dumps(documents, ensure_ascii=False), encoding="utf-8")
            size = sum(map(run.utf8_size, documents)) / run.MB
            before, after = [], []
            for _ in range(args.rounds):
                before.append(seconds(baseline, path, args.repeats))
                after.append(seconds(current, path, args.repeats))
            print(f"{name:<24}{size:>7.2f}{size / min(before):>15.2f}{size / min(after):>11.2f}"
                  f"{min(before) / min(after):>7.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
