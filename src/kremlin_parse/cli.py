"""The command line: `kremlin-parse FILE... --format json`."""

from __future__ import annotations

import argparse
import sys
from importlib import resources
from typing import Sequence

from . import __version__
from .errors import KremlinParseError
from .export import to_json, to_text
from .models import Document
from .parser import parse, parse_file

EXAMPLE = "sco_csto_2021-09-17.txt"
EXAMPLE_CREDIT = "Source: President of Russia website (en.kremlin.ru), CC BY 4.0."

_EPILOG = """examples:
  kremlin-parse --example                    parse a bundled real document, print it as text
  kremlin-parse page.txt                     print the parse of page.txt as JSON
  kremlin-parse a.txt b.txt --format text    readable text of two files
  cat page.txt | kremlin-parse -             read standard input

exit status: 0 all files parsed, 1 some file could not be read, 2 wrong usage
"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of `kremlin-parse`."""
    parser = argparse.ArgumentParser(
        prog="kremlin-parse",
        description="Parse Kremlin transcripts and news items into clean typed data.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="files to parse; - for standard input")
    parser.add_argument("--format", choices=("json", "text"), default="json",
                        help="output format (default: json)")
    parser.add_argument("--strict", action="store_true",
                        help="fail a file on its first error-level diagnostic")
    parser.add_argument("--example", action="store_true",
                        help="parse a small real document bundled with the package, print it as text")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    arguments = parser.parse_args(argv)
    if arguments.example:
        return _run_example()
    if not arguments.files:
        parser.error("give at least one FILE (or - for standard input), or --example")
    documents: list[Document] = []
    failed = False
    for name in arguments.files:
        try:
            documents.append(_parse_one(name, arguments.strict))
        except (OSError, KremlinParseError, UnicodeDecodeError) as error:
            failed = True
            print(f"kremlin-parse: {name}: {_reason(error)}", file=sys.stderr)
    if arguments.format == "text":
        sys.stdout.write("\n\n".join(to_text(document) for document in documents))
    elif documents:
        payload = documents[0] if len(arguments.files) == 1 else documents
        sys.stdout.write(to_json(payload) + "\n")
    return 1 if failed else 0


def _parse_one(name: str, strict: bool) -> Document:
    if name == "-":
        return parse(sys.stdin.buffer.read(), strict=strict, source="<stdin>")
    return parse_file(name, strict=strict)


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)


def _run_example() -> int:
    data = resources.files("kremlin_parse").joinpath("examples", EXAMPLE).read_bytes()
    document = parse(data, source=EXAMPLE)
    sys.stdout.write(to_text(document))
    sys.stdout.write(f"\n{EXAMPLE_CREDIT}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
