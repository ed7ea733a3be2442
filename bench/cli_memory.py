"""Peak memory of the command line on one large file, format by format.

    .venv/bin/python bench/cli_memory.py [--mb 50] [--formats jsonl csv text json tei]

Builds a text-version file of about `--mb` MB (10**6 bytes of UTF-8) out of the events of
the test fixtures re-rendered (as bench/run.py does), then runs
`/usr/bin/time -v python -m kremlin_parse FILE --format F` for each format, output to
/dev/null, and prints the maximum resident set size of each run, and of a plain Python
loop over `iter_events(FILE)` for comparison. Linux only (GNU time).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import MB, build_corpus, seed_events  # noqa: E402

GNU_TIME = "/usr/bin/time"
FORMATS = ("jsonl", "csv", "text", "json", "tei")
_PEAK = re.compile(r"Maximum resident set size \(kbytes\): (\d+)")
_ITER_EVENTS = "import sys, kremlin_parse\nfor _ in kremlin_parse.iter_events(sys.argv[1]): pass\n"


def peak_of(command: list[str]) -> tuple[float, float]:
    """The peak RSS in MB (10**6 bytes) and the wall time in seconds of `command`."""
    started = time.perf_counter()
    result = subprocess.run([GNU_TIME, "-v", *command], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, check=False)
    elapsed = time.perf_counter() - started
    match = _PEAK.search(result.stderr)
    if result.returncode != 0 or match is None:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr[-2000:]}")
    return int(match.group(1)) * 1024 / MB, elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=50.0, help="size of the file (default: 50)")
    parser.add_argument("--formats", nargs="+", choices=FORMATS, default=list(FORMATS))
    arguments = parser.parse_args(argv)
    if not Path(GNU_TIME).exists():
        print(f"{GNU_TIME} (GNU time) is needed to measure the peak memory of a process", file=sys.stderr)
        return 1
    (text,) = build_corpus("text_version", int(arguments.mb * MB), seed_events())
    with tempfile.TemporaryDirectory(prefix="kremlin-cli-memory-") as directory:
        path = Path(directory) / "large.txt"
        path.write_text(text, encoding="utf-8")
        del text
        size = path.stat().st_size / MB
        print(f"{path.name}: {size:.1f} MB, text version; peak RSS (MB) and wall time")
        peak, elapsed = peak_of([sys.executable, "-c", _ITER_EVENTS, str(path)])
        print(f"  {'iter_events loop':<18} {peak:7.1f} MB {elapsed:6.1f} s")
        for name in arguments.formats:
            peak, elapsed = peak_of([sys.executable, "-m", "kremlin_parse", str(path), "--format", name])
            print(f"  {'--format ' + name:<18} {peak:7.1f} MB {elapsed:6.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
