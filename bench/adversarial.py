"""The adversarial suite: hostile inputs at the sizes of issue 8, timed against normal input.

For each extreme it prints the parse MB/s and the ratio to the MB/s of a normal document of
the same shape (a text version or a saved HTML page, rendered from the fixtures, of about
the same size), and flags a ratio under one third. It also parses each extreme at a quarter
of its size: `growth` is the MB/s at full size over the MB/s at a quarter, near 1 when the
time is linear, near 0.25 when it is quadratic. Every figure is the best of `--repeats` runs.

    .venv/bin/python bench/adversarial.py [--scale 1.0] [--repeats 3] [--json bench/adversarial.json]

`--scale 0.1` runs every extreme at a tenth of its size, for a quick look.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import kremlin_parse  # noqa: E402
from run import MB, build_corpus, machine, seed_events, utf8_size  # noqa: E402

#: The least acceptable share of the normal MB/s of the shape.
FLOOR_RATIO = 1 / 3


def extremes(scale: float) -> dict[str, tuple[str, str]]:
    """Each extreme by name: (its text, the shape whose normal speed it is held against)."""
    def n(count: int) -> int:
        return max(1, int(count * scale))

    page = '<html><body><article class="read__in hentry"><div class="entry-content">{}</div></article></body></html>'
    return {
        "blank lines (1,000,000)": ("\n" * n(1_000_000), "text_version"),
        "one 20 MB line": ("word " * n(4_000_000), "text_version"),
        "200,000 lines of * * *": ("* * *\n" * n(200_000), "text_version"),
        "100,000 labels, no speech": ("Vladimir Putin:\n" * n(100_000), "text_version"),
        "100,000 Events headers": ("Events\n" * n(100_000), "text_version"),
        "label of 10,000 words": (" ".join(["Word"] * n(10_000)) + ": text\n", "text_version"),
        "20,000 distinct speakers": ("".join(f"{name}: Text.\n" for name in _names(n(20_000))), "text_version"),
        "50,000 nested elements": (page.format("<div>" * n(50_000) + "text" + "</div>" * n(50_000)), "html"),
        "50,000 unclosed tags": (page.format("<p><b><i>text " * n(50_000)), "html"),
        "50,000 stray end tags": (page.format("<div>" * n(50_000) + "</span>" * n(50_000)), "html"),
        "script and style": (page.format("<script>var x = 1;</script><style>p {}</style><p>Hello.</p>" * n(20_000)),
                             "html"),
    }


def _names(count: int) -> list[str]:
    """`count` distinct names of letters only, as labels need."""
    names = (f"Ivan {a}{b}{c}{d}{e}ov" for a in "BCDFGHKLMN" for b in "aeiou" for c in "bcdfghklmnprstvz"
             for d in "aeiou" for e in "bcdfghklmnprstvz")
    return list(itertools.islice(names, count))


def mb_per_second(text: str, repeats: int = 1) -> float:
    """Parse MB/s of `text`, best of `repeats`."""
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        kremlin_parse.parse(text)
        best = min(best, time.perf_counter() - started)
    return utf8_size(text) / MB / best


def normal_speed(shape: str, size: int, repeats: int = 1) -> float:
    """MB/s of normal documents of `shape` (rendered from the fixtures), about `size` bytes,
    best of `repeats`."""
    documents = build_corpus(shape, max(size, MB // 2), seed_events())
    total = sum(utf8_size(document) for document in documents)
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        for document in documents:
            kremlin_parse.parse(document)
        best = min(best, time.perf_counter() - started)
    return total / MB / best


def main(argv: list[str] | None = None) -> int:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--scale", type=float, default=1.0, help="size of the extremes (1.0: the issue's)")
    arguments.add_argument("--repeats", type=int, default=3, help="best of N runs (default: 3)")
    arguments.add_argument("--json", type=Path, help="also write the results here")
    options = arguments.parse_args(argv)
    rows = []
    normal: dict[str, float] = {}
    quarters = extremes(options.scale / 4)
    print(f"{'extreme':30} {'MB':>7} {'MB/s':>8} {'normal':>8} {'ratio':>7} {'growth':>7}")
    for name, (text, shape) in extremes(options.scale).items():
        size = utf8_size(text)
        if shape not in normal:
            normal[shape] = normal_speed(shape, MB, options.repeats)
        speed = mb_per_second(text, options.repeats)
        growth = speed / mb_per_second(quarters[name][0], options.repeats)
        ratio = speed / normal[shape]
        flag = "" if ratio >= FLOOR_RATIO else "  < 1/3"
        print(f"{name:30} {size / MB:7.2f} {speed:8.2f} {normal[shape]:8.2f} {ratio:7.2f} {growth:7.2f}{flag}",
              flush=True)
        rows.append({"extreme": name, "shape": shape, "mb": size / MB, "mb_per_s": speed,
                     "normal_mb_per_s": normal[shape], "ratio": ratio, "growth": growth})
    if options.json:
        options.json.write_text(json.dumps({"machine": machine(), "rows": rows}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
