"""The speed benchmark of issue 7: parse throughput per shape against a floor, and more.

    .venv/bin/python bench/run.py [--sizes 1 10 100] [--shapes text_version html ...]
                                  [--json bench/results.json] [--repeats N] [--profile SHAPE]

The corpus is built here, never read from disk: the events of the test fixtures (English and
Russian, every shape) are parsed once, then re-rendered with `kremlin_parse.render` into each
shape, cycling through the events until the target size (MB = 10**6 bytes of UTF-8) is
reached; the `seeds` row cycles the fixture files themselves. Shapes the site serves as
single pages (html, fragment, news repost, flattened rows) and Atom feeds (20 entries each)
become many small documents parsed one by one; the other text shapes become one document.

For each shape and size it times, on the same documents:

* `kremlin_parse.parse` of every document (MB/s and events/s), and
* the floor: one pass of `str.splitlines()` with one compiled `regex` match per line,
  the least a line-oriented pure-Python parser can do; the ratio parse/floor is printed.

Every shape is also timed at the smallest size with a U+00A0 after every short word, as
the site writes its pages (the re-rendered corpus has none).

Each timing is the best of N runs (`time.perf_counter`; N falls with the size). Then:
linearity (MB/s at the largest size over MB/s at the smallest), peak memory (`tracemalloc`)
of `parse` and of `iter_events` on the largest text-version file, beyond the input text,
the speed-up of `parse_many(jobs=2)` over `jobs=1` on a directory of one page per file, and
for site HTML, if trafilatura is installed, our pages/s over `trafilatura.extract`'s.
`--profile SHAPE` instead runs cProfile over the parse of one shape's corpus.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import itertools
import json
import os
import platform
import pstats
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Callable, Iterable, Sequence

import regex

import kremlin_parse
from kremlin_parse import Event
from kremlin_parse.render import RENDERERS, render

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
MB = 1_000_000
SEEDS = "seeds"
SHAPES = [*RENDERERS, SEEDS]

#: Events per document for the shapes read as many small documents; a shape not listed is
#: rendered as one document holding every event.
EVENTS_PER_DOCUMENT: dict[str, int] = {
    "fragment": 1, "news_repost": 1, "html": 1, "flattened": 1, "atom": 20,
}
#: The events a shape can carry so that the parser tells them apart: a forum repost separates
#: its events by their source links, a news repost is known by its date prefix.
ELIGIBLE: dict[str, Callable[[Event], bool]] = {
    "forum_repost": lambda event: event.url is not None,
    "news_repost": lambda event: event.date is not None,
}
#: The floor's one match per line: any single anchored pattern will do.
FLOOR_PATTERN = regex.compile(r"^(?:Events|События|\d{1,2} \w+ \d{4}|[^:]{1,80}:)")
TRAFILATURA_PAGES = 300


# -- the corpus --------------------------------------------------------------------------------

def seed_paths() -> list[Path]:
    """The fixture files, in their numbered order."""
    return sorted(path for path in FIXTURES.iterdir() if path.name[:3].isdigit())


def seed_events() -> list[Event]:
    """Every event of every fixture, as the parser reads it."""
    return [event for path in seed_paths() for event in kremlin_parse.parse_file(path).events]


def utf8_size(text: str) -> int:
    """Bytes of `text` in UTF-8."""
    return len(text.encode("utf-8"))


def build_corpus(shape: str, target: int, events: Sequence[Event]) -> list[str]:
    """Documents of `shape` totalling at least `target` bytes of UTF-8."""
    if shape == SEEDS:
        texts = [path.read_bytes().decode("utf-8-sig") for path in seed_paths()]
        return _take(itertools.cycle(texts), target)
    eligible = [event for event in events if ELIGIBLE.get(shape, lambda _: True)(event)]
    per_document = EVENTS_PER_DOCUMENT.get(shape)
    if per_document is None:
        return [render(_events_for(shape, target, eligible), shape)]
    batches = _batches(itertools.cycle(eligible), per_document)
    return _take((render(batch, shape) for batch in batches), target)


def _events_for(shape: str, target: int, events: Sequence[Event]) -> list[Event]:
    """Cycled events whose renderings add up to about `target` bytes."""
    sizes = [utf8_size(render([event], shape)) for event in events]
    chosen: list[Event] = []
    total = 0
    for event, size in itertools.cycle(zip(events, sizes)):
        if total >= target:
            return chosen
        chosen.append(event)
        total += size
    raise AssertionError("unreachable")


def _batches(events: Iterable[Event], size: int) -> Iterable[list[Event]]:
    iterator = iter(events)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _take(documents: Iterable[str], target: int) -> list[str]:
    taken: list[str] = []
    total = 0
    for document in documents:
        if total >= target:
            break
        taken.append(document)
        total += utf8_size(document)
    return taken


# -- timing ------------------------------------------------------------------------------------

def best_of(function: Callable[[], object], repeats: int) -> float:
    """The shortest of `repeats` timed calls, in seconds."""
    times = []
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def parse_all(documents: Sequence[str]) -> int:
    """Parse every document; the number of events found."""
    parse = kremlin_parse.parse
    return sum(len(parse(document).events) for document in documents)


def floor(documents: Sequence[str]) -> int:
    """The floor: split into lines, one anchored regex match per line."""
    match = FLOOR_PATTERN.match
    hits = 0
    for document in documents:
        for line in document.splitlines():
            if match(line) is not None:
                hits += 1
    return hits


def repeats_for(size_mb: float, asked: int | None) -> int:
    """Best of 5 up to 2 MB, of 3 up to 20 MB, a single run above."""
    if asked is not None:
        return asked
    return 5 if size_mb <= 2 else 3 if size_mb <= 20 else 1


def check(shape: str, documents: Sequence[str]) -> dict[str, object]:
    """One untimed pass: what the documents parse as, exceptions and diagnostics included."""
    detected: Counter[str] = Counter()
    diagnostics: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    events = 0
    for document in documents:
        try:
            parsed = kremlin_parse.parse(document)
        except Exception as error:  # noqa: BLE001 - reported, not hidden
            errors[f"{type(error).__name__}: {error}"[:120]] += 1
            continue
        events += len(parsed.events)
        detected[parsed.shape] += 1
        diagnostics.update(item.code for item in parsed.diagnostics)
    expected = None if shape == SEEDS else shape
    return {
        "events": events, "detected": dict(detected), "diagnostics": dict(diagnostics), "errors": dict(errors),
        "misdetected": 0 if expected is None else sum(n for s, n in detected.items() if s != expected),
    }


def measure(shape: str, size_mb: float, documents: list[str], repeats: int) -> dict[str, object]:
    """Parse and floor throughput of one shape's documents."""
    nbytes = sum(utf8_size(document) for document in documents)
    checked = check(shape, documents)  # also the warm-up run
    parse_seconds = best_of(lambda: parse_all(documents), repeats)
    floor_seconds = best_of(lambda: floor(documents), repeats)
    parse_mb_s = nbytes / MB / parse_seconds
    floor_mb_s = nbytes / MB / floor_seconds
    return {
        "shape": shape, "size_mb": size_mb, "bytes": nbytes, "documents": len(documents),
        "events": checked["events"], "repeats": repeats,
        "parse_seconds": parse_seconds, "parse_mb_s": parse_mb_s,
        "parse_events_s": checked["events"] / parse_seconds,
        "floor_seconds": floor_seconds, "floor_mb_s": floor_mb_s,
        "parse_over_floor": parse_mb_s / floor_mb_s,
        "check": checked,
    }


#: A short word and the space after it, which the site's pages write as U+00A0 (`в Москве`,
#: `of the`): real copies carry hundreds of them, the re-rendered corpus none.
_SHORT_WORD_SPACE = regex.compile(r"(?<![\p{L}\p{N}])([\p{L}]{1,3}) (?=\S)")


def site_spaces(document: str) -> str:
    """The document with a U+00A0 after every short word, as the site writes its pages."""
    return _SHORT_WORD_SPACE.sub("\\1\u00a0", document)


def with_site_spaces(shape: str, events: Sequence[Event], size_mb: float, repeats: int | None) -> dict[str, object] | None:
    """`shape` at `size_mb` with a U+00A0 after every short word, as the site writes its
    pages, measured as any row (None when the corpus has no short word)."""
    documents = [site_spaces(document) for document in build_corpus(shape, int(size_mb * MB), events)]
    if not any("\u00a0" in document for document in documents):
        return None
    return measure(shape, size_mb, documents, repeats_for(size_mb, repeats))


# -- memory, parallel, trafilatura -------------------------------------------------------------

def peak_memory(text: str, path: Path) -> dict[str, float]:
    """Peak traced memory of `parse(text)`, in MB beyond the input text, and of iterating
    `iter_events(path)`, in MB in all: it reads the file a window at a time and never holds
    the input whole, so all it holds is beyond the input."""
    text_in_memory = sys.getsizeof(text)
    gc.collect()
    tracemalloc.start()
    document = kremlin_parse.parse(text)
    parse_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    del document
    gc.collect()
    tracemalloc.start()
    events = 0
    for _ in kremlin_parse.iter_events(path):
        events += 1
    stream_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {
        "file_mb": path.stat().st_size / MB, "text_in_memory_mb": text_in_memory / MB,
        "events": events, "parse_peak_beyond_input_mb": parse_peak / MB,
        "iter_events_peak_mb": stream_peak / MB,
    }


def _spin(count: int) -> int:
    total = 0
    for number in range(count):
        total += number * number
    return total


def parallel_ceiling(repeats: int = 3) -> float:
    """What two processes give on this machine at best: the same pure-Python loop run twice in
    one process over twice at once in two (virtual CPUs may share a core)."""
    count = 3_000_000
    with ProcessPoolExecutor(max_workers=2) as pool:
        list(pool.map(_spin, [1, 1]))  # start both workers
        serial = best_of(lambda: (_spin(count), _spin(count)), repeats)
        parallel = best_of(lambda: list(pool.map(_spin, [count, count])), repeats)
    return serial / parallel


def parallel_speedup(pages: Sequence[str], directory: Path, repeats: int) -> dict[str, float]:
    """`parse_many(jobs=2)` over `jobs=1` on one file per page."""
    paths = []
    for index, page in enumerate(pages):
        path = directory / f"page_{index:06d}.txt"
        path.write_text(page, encoding="utf-8")
        paths.append(path)
    nbytes = sum(utf8_size(page) for page in pages)
    ceiling_before = parallel_ceiling()  # (the host's share of its CPUs moves: measured on both sides)
    seconds = {jobs: best_of(lambda jobs=jobs: sum(1 for _ in kremlin_parse.parse_many(paths, jobs=jobs)), repeats)
               for jobs in (1, 2)}
    ceilings = (ceiling_before, parallel_ceiling())
    return {
        "files": len(paths), "mb": nbytes / MB, "jobs1_seconds": seconds[1], "jobs2_seconds": seconds[2],
        "jobs1_mb_s": nbytes / MB / seconds[1], "jobs2_mb_s": nbytes / MB / seconds[2],
        "speedup": seconds[1] / seconds[2], "machine_ceiling": max(ceilings), "machine_ceilings": ceilings,
    }


def command_line_speedup(directory: Path, repeats: int, format: str = "jsonl") -> dict[str, float]:
    """`kremlin-parse DIRECTORY --format FORMAT --jobs 2` over `--jobs 1`, the whole command
    timed (interpreter start and output included), output to the null device."""
    command = [sys.executable, "-m", "kremlin_parse", str(directory), "--format", format, "--quiet",
               "--output", os.devnull]
    seconds = {jobs: best_of(lambda jobs=jobs: subprocess.run([*command, "--jobs", str(jobs)], check=True), repeats)
               for jobs in (1, 2)}
    return {"format": format, "jobs1_seconds": seconds[1], "jobs2_seconds": seconds[2],
            "speedup": seconds[1] / seconds[2]}


def against_trafilatura(pages: Sequence[str], repeats: int) -> dict[str, object]:
    """Our pages/s over `trafilatura.extract`'s on the same HTML pages."""
    try:
        import trafilatura  # type: ignore[import-not-found]
    except ImportError:
        return {"installed": False}
    ours = best_of(lambda: parse_all(pages), repeats)
    theirs = best_of(lambda: [trafilatura.extract(page) for page in pages], repeats)
    return {
        "installed": True, "version": getattr(trafilatura, "__version__", "?"), "pages": len(pages),
        "ours_pages_s": len(pages) / ours, "trafilatura_pages_s": len(pages) / theirs,
        "ratio": theirs / ours,
    }


def profile(shape: str, size_mb: float, events: Sequence[Event]) -> None:
    """cProfile of parsing one shape's corpus: the top 25 by cumulative and by total time."""
    documents = build_corpus(shape, int(size_mb * MB), events)
    print(f"profiling parse of {shape}: {len(documents)} document(s), "
          f"{sum(map(utf8_size, documents)) / MB:.2f} MB")
    profiler = cProfile.Profile()
    profiler.runcall(parse_all, documents)
    stats = _short_names(pstats.Stats(profiler, stream=sys.stdout))
    for order in ("cumulative", "tottime"):
        print(f"\n== top 25 by {order} ==")
        stats.sort_stats(order).print_stats(25)


def _short_names(stats: pstats.Stats) -> pstats.Stats:
    """Files named by their last two parts (`kremlin_parse/parser.py`, `html/parser.py`):
    `strip_dirs` would leave both as `parser.py`."""
    def short(key: tuple[str, int, str]) -> tuple[str, int, str]:
        file, line, name = key
        return ("/".join(Path(file).parts[-2:]) if os.sep in file else file, line, name)

    stats.stats = {  # type: ignore[attr-defined]
        short(key): (cc, nc, tt, ct, {short(caller): value for caller, value in callers.items()})
        for key, (cc, nc, tt, ct, callers) in stats.stats.items()  # type: ignore[attr-defined]
    }
    stats.fcn_list = None  # type: ignore[attr-defined]
    return stats


# -- report ------------------------------------------------------------------------------------

def machine() -> dict[str, object]:
    """Where the run happened."""
    return {
        "platform": platform.platform(), "machine": platform.machine(), "processor": platform.processor(),
        "python": sys.version.split()[0], "implementation": platform.python_implementation(),
        "cpu_count": os.cpu_count(), "kremlin_parse": kremlin_parse.__version__,
        "regex": getattr(regex, "__version__", "?"),
    }


def print_table(rows: Sequence[dict[str, object]]) -> None:
    """One line per shape and size."""
    header = (f"{'shape':<13}{'MB':>8}{'docs':>7}{'events':>8}{'parse MB/s':>12}{'events/s':>10}"
              f"{'floor MB/s':>12}{'parse/floor':>12}  notes")
    print(header)
    print("-" * len(header))
    for row in rows:
        checked = row["check"]
        notes = []
        if checked["errors"]:
            notes.append(f"{sum(checked['errors'].values())} errors")
        if checked["misdetected"]:
            notes.append(f"{checked['misdetected']} misdetected {checked['detected']}")
        print(f"{row['shape']:<13}{row['bytes'] / MB:>8.2f}{row['documents']:>7}{row['events']:>8}"
              f"{row['parse_mb_s']:>12.2f}{row['parse_events_s']:>10.0f}{row['floor_mb_s']:>12.1f}"
              f"{row['parse_over_floor']:>11.1%}  {'; '.join(notes)}")


def linearity(rows: Sequence[dict[str, object]]) -> dict[str, float]:
    """Per shape, MB/s at the largest size over MB/s at the smallest."""
    ratios = {}
    for shape, group in itertools.groupby(sorted(rows, key=lambda r: (r["shape"], r["size_mb"])),
                                          key=lambda r: r["shape"]):
        group = list(group)
        if len(group) > 1:
            ratios[shape] = group[-1]["parse_mb_s"] / group[0]["parse_mb_s"]
    return ratios


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print the tables, write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 10, 100], help="MB per shape")
    parser.add_argument("--shapes", nargs="+", choices=SHAPES, default=SHAPES)
    parser.add_argument("--repeats", type=int, help="best of N (default: 5, 3 or 1 by size)")
    parser.add_argument("--many-mb", type=float, help="MB of files for parse_many (default: min(10, largest))")
    parser.add_argument("--json", type=Path, help="write the results here (e.g. bench/results.json)")
    parser.add_argument("--real-html", type=Path, default=ROOT.parent / "shared" / "html" / "raw",
                        help="saved pages of the site for the trafilatura comparison (default: ../shared/html/raw)")
    parser.add_argument("--profile", choices=SHAPES, metavar="SHAPE",
                        help="only profile parse of SHAPE at the first size, then stop")
    args = parser.parse_args(argv)
    sizes = sorted(args.sizes)
    events = seed_events()
    languages = Counter(event.language for event in events)
    if args.profile:
        profile(args.profile, args.sizes[0], events)
        return 0

    print(f"{len(events)} seed events ({dict(languages)}); sizes {sizes} MB; {machine()['platform']}, "
          f"Python {machine()['python']}, {os.cpu_count()} CPUs\n")
    rows = []
    for shape in args.shapes:
        for size in sizes:
            documents = build_corpus(shape, int(size * MB), events)
            rows.append(measure(shape, size, documents, repeats_for(size, args.repeats)))
            del documents
    print_table(rows)
    odd = {f"{r['shape']} {r['size_mb']}": r["check"] for r in rows
           if r["check"]["errors"] or r["check"]["misdetected"]}
    for key, checked in odd.items():
        print(f"  {key}: detected {checked['detected']} errors {checked['errors']}")

    spaced_rows = [row for row in (with_site_spaces(shape, events, sizes[0], args.repeats) for shape in args.shapes)
                   if row is not None]
    if spaced_rows:
        print(f"\nwith the site's U+00A0 after every short word, at {sizes[0]} MB:")
        print_table(spaced_rows)

    ratios = linearity(rows)
    if ratios:
        print(f"\nlinearity (MB/s at {sizes[-1]} MB / at {sizes[0]} MB):")
        print("  " + ", ".join(f"{shape} {ratio:.2f}" for shape, ratio in ratios.items()))

    largest = build_corpus("text_version", int(sizes[-1] * MB), events)[0]
    many_mb = args.many_mb or min(10.0, sizes[-1])
    with tempfile.TemporaryDirectory(prefix="kremlin-bench-") as directory:
        path = Path(directory) / "text_version.txt"
        path.write_text(largest, encoding="utf-8")
        memory = peak_memory(largest, path)
        del largest
        pages = [render([event], "text_version") for event in
                 _events_for("text_version", int(many_mb * MB), events)]
        many_dir = Path(directory) / "many"
        many_dir.mkdir()
        parallel = parallel_speedup(pages, many_dir, repeats_for(many_mb, args.repeats))
        parallel["command_line"] = command_line_speedup(many_dir, repeats_for(many_mb, args.repeats))
    print(f"\nmemory on the {memory['file_mb']:.1f} MB text version ({memory['events']} events, "
          f"{memory['text_in_memory_mb']:.1f} MB as str): parse peaks {memory['parse_peak_beyond_input_mb']:.1f} MB "
          f"beyond the input; iter_events {memory['iter_events_peak_mb']:.1f} MB in all")
    print(f"parse_many over {parallel['files']} files ({parallel['mb']:.1f} MB): jobs=1 "
          f"{parallel['jobs1_mb_s']:.2f} MB/s, jobs=2 {parallel['jobs2_mb_s']:.2f} MB/s, "
          f"speed-up {parallel['speedup']:.2f}x (two processes of a pure-Python loop: "
          f"{' and '.join(f'{value:.2f}x' for value in parallel['machine_ceilings'])} on this machine, "
          f"before and after)")
    command_line = parallel["command_line"]
    print(f"kremlin-parse DIR --format {command_line['format']} on the same files: --jobs 1 "
          f"{command_line['jobs1_seconds']:.2f} s, --jobs 2 {command_line['jobs2_seconds']:.2f} s, "
          f"speed-up {command_line['speedup']:.2f}x ({command_line['speedup'] / parallel['machine_ceiling']:.0%} "
          f"of the machine's)")

    html_pages = build_corpus("html", int(sizes[-1] * MB), events)[:TRAFILATURA_PAGES]
    versus = against_trafilatura(html_pages, repeats_for(sum(map(utf8_size, html_pages)) / MB, args.repeats))
    real_pages = [path.read_bytes().decode("utf-8") for path in sorted(args.real_html.glob("*.html"))] \
        if args.real_html.is_dir() else []
    versus_real = against_trafilatura(real_pages, 3) if real_pages else {"installed": versus["installed"], "pages": 0}
    if versus["installed"]:
        for name, row in (("rendered", versus), (f"real ({args.real_html})", versus_real)):
            if row.get("pages"):
                print(f"site HTML, {row['pages']} {name} pages: ours {row['ours_pages_s']:.0f} pages/s, "
                      f"trafilatura {row['version']} {row['trafilatura_pages_s']:.0f} pages/s, "
                      f"ours/theirs {row['ratio']:.2f}x")
    else:
        print("trafilatura not installed")

    if args.json:
        result = {
            "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "machine": machine(), "sizes_mb": sizes, "seed_events": dict(languages),
            "floor_pattern": FLOOR_PATTERN.pattern, "mb": "10**6 bytes of UTF-8",
            "results": rows, "site_spaces": spaced_rows, "linearity": ratios, "memory": memory, "parse_many": parallel,
            "trafilatura": versus, "trafilatura_real_pages": versus_real,
        }
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
