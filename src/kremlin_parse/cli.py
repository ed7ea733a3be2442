"""The command line: `kremlin-parse FILE_OR_DIRECTORY... --format json`."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence, TextIO

from . import __version__
from .errors import KremlinParseError
from .export import document_to_dict, to_jsonl
from .models import Document
from .parser import parse
from .pipeline import Outcome, outcome_of, outcomes
from .readable import to_markdown, to_text
from .shapes import SHAPES
from .tables import write_csv
from .tei import to_tei

EXAMPLE = "sco_csto_2021-09-17.txt"
EXAMPLE_CREDIT = "Source: President of Russia website (en.kremlin.ru), CC BY 4.0."
FORMATS = ("json", "jsonl", "csv", "tei", "text", "markdown")
#: The files taken from a directory; a file named on the command line is read whatever its name.
INPUT_SUFFIXES = frozenset({".txt", ".html", ".htm", ".xml"})
STDIN = "-"

_EPILOG = """examples:
  kremlin-parse --example                         parse a bundled real document, print it as text
  kremlin-parse page.txt                          the parse of page.txt as JSON
  kremlin-parse pages/ --format jsonl -o out.jsonl  every .txt, .html, .htm, .xml under pages/, one event per line
  kremlin-parse pages/ --format csv --jobs 4 > turns.csv    one row per speaker turn, on 4 processes
  kremlin-parse pages/ --format csv --table events > events.csv
  kremlin-parse a.html --format tei               TEI XML (ParlaMint style)
  cat page.txt | kremlin-parse - --format text    read standard input

exit status: 0 all files parsed, 1 some file could not be read or written (each is named on
standard error; the others are still processed), 2 wrong usage
"""


class UsageError(Exception):
    """Arguments that cannot work together; exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of `kremlin-parse`."""
    parser = argparse.ArgumentParser(
        prog="kremlin-parse",
        description="Parse Kremlin transcripts and news items into clean typed data.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="*", metavar="FILE",
                        help="files or directories to parse; - for standard input")
    parser.add_argument("-f", "--format", choices=FORMATS, default="json", help="output format (default: json)")
    parser.add_argument("--table", choices=("turns", "events"), default="turns",
                        help="with --format csv: one row per turn (default) or per event")
    parser.add_argument("-o", "--output", metavar="PATH",
                        help="write here instead of standard output (a directory for tei of several files)")
    parser.add_argument("-j", "--jobs", type=_positive, default=1, metavar="N",
                        help="parse on N processes (default: 1)")
    parser.add_argument("--shape", choices=SHAPES, help="read every file as this shape instead of detecting it")
    parser.add_argument("--language", choices=("en", "ru"),
                        help="the language of every event instead of reading it from the text")
    parser.add_argument("--strict", action="store_true", help="fail a file on its first error-level diagnostic")
    chatter = parser.add_mutually_exclusive_group()
    chatter.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    chatter.add_argument("-v", "--verbose", action="store_true",
                         help="show every diagnostic with its file, line and column")
    parser.add_argument("--example", action="store_true",
                        help="parse a small real document bundled with the package, print it as text")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status. `kremlin-parse align …` is the
    alignment's command (align_cli)."""
    given = list(sys.argv[1:] if argv is None else argv)
    if given[:1] == ["align"]:
        from .align_cli import main as align_main
        return align_main(given[1:])
    parser = build_parser()
    arguments = parser.parse_args(argv)
    try:
        return _run_example() if arguments.example else _run(parser, arguments)
    except BrokenPipeError:  # the reader went away (`| head`): nothing more to say
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so that the interpreter's last flush is quiet
        return 1


def _run(parser: argparse.ArgumentParser, arguments: argparse.Namespace) -> int:
    if not arguments.inputs:
        parser.error("give at least one FILE or DIRECTORY (or - for standard input), or --example")
    if arguments.table != "turns" and arguments.format != "csv":
        parser.error("--table goes with --format csv")
    run = _Run(arguments)
    try:
        run.write()
    except UsageError as error:
        parser.error(str(error))
    return 1 if run.failed else 0


class _Run:
    """One run over the inputs: reads them in order, writes the output, names each failure."""

    def __init__(self, arguments: argparse.Namespace) -> None:
        self.arguments = arguments
        self.failed = False
        self.progress: _Progress = _SilentProgress({})  # walking directories may already fail
        self.paths = list(self._expand(arguments.inputs))
        self.progress = _Progress.for_run(self.paths, quiet=arguments.quiet)

    def write(self) -> None:
        writer = _WRITERS[self.arguments.format]
        output = self.arguments.output
        if self.arguments.format == "tei" and len(self.paths) > 1:
            if output is None or not os.path.isdir(output):
                raise UsageError("--format tei of several files needs --output DIRECTORY (one .xml per file)")
            self._write_tei_files(Path(output))
            return
        try:
            if output is None:
                writer(self._documents(), sys.stdout, self)
                sys.stdout.flush()
            else:
                with open(output, "w", encoding="utf-8", newline="") as stream:
                    writer(self._documents(), stream, self)
        except BrokenPipeError:
            raise
        except OSError as error:  # a full disk, a vanished directory: the output is lost, so stop
            self.fail(output or "<stdout>", f"cannot write: {_reason(error)}")

    def _write_tei_files(self, directory: Path) -> None:
        """One `NAME.xml` per input (`NAME-2.xml` for a second input of the same name)."""
        used: set[str] = set()
        for document in self._documents():
            stem = Path(document.source or "stdin").stem
            name, number = f"{stem}.xml", 1
            while name in used:
                number += 1
                name = f"{stem}-{number}.xml"
            used.add(name)
            try:
                (directory / name).write_text(to_tei(document), encoding="utf-8")
            except OSError as error:
                self.fail(str(directory / name), f"cannot write: {_reason(error)}")

    def _documents(self) -> Iterator[Document]:
        """The documents of the inputs in order; a failure is named and skipped."""
        arguments = self.arguments
        options = {"strict": arguments.strict, "shape": arguments.shape, "language": arguments.language}
        for group in _runs_of_paths(self.paths):
            if group == [STDIN]:
                results: Iterable[Outcome] = [_read_stdin(**options)]
            else:
                results = outcomes(group, jobs=arguments.jobs, **options)
            for result in results:
                self.progress.advance(result.path)
                if result.error is not None:
                    self.fail(result.path, _reason(result.error))
                    continue
                assert result.document is not None
                if arguments.verbose:
                    _show_diagnostics(result.document)
                yield result.document
        self.progress.finish()

    def fail(self, name: str, reason: str) -> None:
        self.failed = True
        self.progress.clear()
        print(f"kremlin-parse: {name}: {reason}", file=sys.stderr)

    def _expand(self, inputs: Sequence[str]) -> Iterator[str]:
        """The files to read: named files as given, directories walked (symbolic links to
        directories are not followed, so a link loop cannot trap the walk)."""
        for name in inputs:
            if name != STDIN and os.path.isdir(name):
                found = []
                for root, directories, files in os.walk(name, onerror=self._walk_error):
                    directories.sort()
                    found += [os.path.join(root, file) for file in sorted(files)
                              if os.path.splitext(file)[1].lower() in INPUT_SUFFIXES]
                yield from found
            else:
                yield name

    def _walk_error(self, error: OSError) -> None:
        self.fail(error.filename or "?", _reason(error))

    @property
    def single_input(self) -> bool:
        """One file named on the command line: JSON gives an object rather than a list."""
        inputs = self.arguments.inputs
        return len(inputs) == 1 and (inputs[0] == STDIN or not os.path.isdir(inputs[0]))


def _write_json(documents: Iterator[Document], stream: TextIO, run: _Run) -> None:
    if run.single_input:
        for document in documents:
            stream.write(json.dumps(document_to_dict(document), ensure_ascii=False, indent=2) + "\n")
        return
    stream.write("[")
    for index, document in enumerate(documents):
        stream.write(",\n" if index else "\n")
        stream.write(json.dumps(document_to_dict(document), ensure_ascii=False, indent=2))
    stream.write("\n]\n")


def _write_jsonl(documents: Iterator[Document], stream: TextIO, run: _Run) -> None:
    for document in documents:
        for line in to_jsonl(document):
            stream.write(line + "\n")


def _write_csv(documents: Iterator[Document], stream: TextIO, run: _Run) -> None:
    write_csv(documents, stream, table=run.arguments.table)


def _write_each(render: Callable[[Document], str]) -> Callable[[Iterator[Document], TextIO, _Run], None]:
    def write(documents: Iterator[Document], stream: TextIO, run: _Run) -> None:
        for index, document in enumerate(documents):
            stream.write(("\n\n" if index else "") + render(document))
    return write


_WRITERS: dict[str, Callable[[Iterator[Document], TextIO, _Run], None]] = {
    "json": _write_json,
    "jsonl": _write_jsonl,
    "csv": _write_csv,
    "tei": _write_each(to_tei),
    "text": _write_each(to_text),
    "markdown": _write_each(to_markdown),
}


class _Progress:
    """A one-line progress bar on standard error: files done, MB/s, time left."""

    def __init__(self, sizes: dict[str, int]) -> None:
        self.sizes = sizes
        self.total = sum(sizes.values())
        self.done_files = 0
        self.done_bytes = 0
        self.started = time.monotonic()
        self.shown = False

    @classmethod
    def for_run(cls, paths: list[str], *, quiet: bool) -> _Progress:
        """A bar when more than one file is read and standard error is a terminal; else one
        that says nothing."""
        if quiet or len(paths) < 2 or not sys.stderr.isatty():
            return _SilentProgress({})
        return cls({path: _size(path) for path in paths})

    def advance(self, path: str) -> None:
        self.done_files += 1
        self.done_bytes += self.sizes.get(path, 0)
        elapsed = max(time.monotonic() - self.started, 1e-6)
        speed = self.done_bytes / elapsed
        left = (self.total - self.done_bytes) / speed if speed else 0.0
        sys.stderr.write(f"\r{self.done_files}/{len(self.sizes)} files  {speed / 1e6:6.2f} MB/s  "
                         f"{int(left) // 60}:{int(left) % 60:02d} left ")
        sys.stderr.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            sys.stderr.write("\r\x1b[K")
            self.shown = False

    def finish(self) -> None:
        if self.shown:
            sys.stderr.write("\n")
            self.shown = False


class _SilentProgress(_Progress):
    def advance(self, path: str) -> None:
        pass


def _runs_of_paths(paths: list[str]) -> Iterator[list[str]]:
    """The paths in order, in groups that the process pool reads, standard input alone."""
    group: list[str] = []
    for path in paths:
        if path == STDIN:
            if group:
                yield group
                group = []
            yield [STDIN]
        else:
            group.append(path)
    if group:
        yield group


def _read_stdin(*, strict: bool, shape: str | None, language: str | None) -> Outcome:
    return outcome_of(STDIN, lambda: parse(sys.stdin.buffer.read(), strict=strict, source="<stdin>",
                                           shape=shape, language=language))


def _show_diagnostics(document: Document) -> None:
    for item in document.diagnostics:
        print(f"{document.source}:{item.line}:{item.column}: {item.severity.value}: {item.message} [{item.code}]",
              file=sys.stderr)


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _positive(text: str) -> int:
    number = int(text)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    if isinstance(error, KremlinParseError):
        return str(error)
    return f"{type(error).__name__}: {error}"


def _run_example() -> int:
    data = resources.files("kremlin_parse").joinpath("examples", EXAMPLE).read_bytes()
    document = parse(data, source=EXAMPLE)
    sys.stdout.write(to_text(document))
    sys.stdout.write(f"\n{EXAMPLE_CREDIT}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
