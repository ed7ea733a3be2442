"""`kremlin-parse align EN_PATHS --with RU_PATHS -f jsonl|tmx`: the two editions of the same
events as a parallel corpus (kremlin_parse.align, kremlin_parse.outputs.parallel).

The main command hands its arguments here when the first is `align`.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Sequence, TextIO

from .align import Alignment, align
from .models import Document
from .outputs.parallel import to_jsonl, to_tmx
from .pipeline import outcomes

FORMATS = ("jsonl", "tmx")

_EPILOG = """examples:
  kremlin-parse align en/ --with ru/                  paragraph pairs as JSON Lines
  kremlin-parse align en.html --with ru.txt -f tmx -o pairs.tmx

Events are paired by the site's number in their URL, else by date, time, speakers and text;
what cannot be paired is counted on standard error (and left out of the output).

exit status: 0 all files read, 1 some file could not be read or the output not written
(each is named on standard error), 2 wrong usage
"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of `kremlin-parse align`."""
    parser = argparse.ArgumentParser(
        prog="kremlin-parse align",
        description="Pair the English and Russian editions of the same events, paragraph by paragraph.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("english", nargs="+", metavar="EN_PATH",
                        help="files or directories of the English edition")
    parser.add_argument("--with", dest="russian", nargs="+", required=True, metavar="RU_PATH",
                        help="files or directories of the Russian edition")
    parser.add_argument("-f", "--format", choices=FORMATS, default="jsonl",
                        help="jsonl: one paragraph pair per line (default); tmx: TMX 1.4")
    parser.add_argument("-o", "--output", metavar="PATH", help="write here instead of standard output")
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary on standard error")
    return parser


def main(argv: Sequence[str]) -> int:
    """Run `kremlin-parse align` with the arguments after `align`; returns the exit status."""
    arguments = build_parser().parse_args(argv)
    failed = False

    def documents(paths: list[str]) -> list[Document]:
        nonlocal failed
        found = []
        for outcome in outcomes(paths):  # a directory is walked as the main command walks it
            if outcome.document is None:
                failed = True
                print(f"kremlin-parse: {outcome.path}: {_reason(outcome.error)}", file=sys.stderr)
            else:
                found.append(outcome.document)
        return found

    alignment = align(documents(arguments.english), documents(arguments.russian))
    try:
        if arguments.output is None:
            _write(alignment, arguments.format, sys.stdout)
            sys.stdout.flush()
        else:
            with open(arguments.output, "w", encoding="utf-8", newline="\n") as stream:
                _write(alignment, arguments.format, stream)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as error:
        print(f"kremlin-parse: {arguments.output}: cannot write: {error.strerror or error}", file=sys.stderr)
        return 1
    if not arguments.quiet:
        print(_summary(alignment), file=sys.stderr)
    return 1 if failed else 0


def _write(alignment: Alignment, format_: str, stream: TextIO) -> None:
    if format_ == "tmx":
        stream.write(to_tmx(alignment))
        return
    for line in to_jsonl(alignment):
        stream.write(line + "\n")


def _summary(alignment: Alignment) -> str:
    """`kremlin-parse align: 10 event pairs, 61 paragraph pairs; unpaired: …`."""
    pairs = sum(1 for _ in alignment.paragraph_pairs())
    counts = {"event": 0, "turn": 0, "paragraph": 0}
    for item in alignment.unpaired:
        level = "event" if item.turn is None else "turn" if item.paragraph is None else "paragraph"
        counts[level] += 1
    unpaired = ", ".join(f"{count} {level}s" for level, count in counts.items())
    return f"kremlin-parse align: {len(alignment.events)} event pairs, {pairs} paragraph pairs; unpaired: {unpaired}"


def _reason(error: BaseException | None) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return f"{type(error).__name__}: {error}"
