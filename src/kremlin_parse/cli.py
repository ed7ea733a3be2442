"""The command line: `kremlin-parse FILE_OR_DIRECTORY... --format json`."""

from __future__ import annotations

import argparse
import enum
import functools
import io
import os
import stat
import sys
import tempfile
import threading
import time
from collections import Counter
from importlib import metadata, resources
from pathlib import Path
from typing import Iterable, Iterator, Sequence, TextIO

from .errors import KremlinParseError
from .models import Diagnostic, Document, Event, Severity
from .outputs import FORMATS, Format, Options, write_piece, write_pieces
from .outputs.csv import SourceLabels
from .parser import iter_events, parse
from .pipeline import (
    FILE_ERRORS, Outcome, Written, find_documents, outcome_of, outcomes, written_of, written_outcomes,
)
from .shapes import SHAPES
from .stream import EventSource, EventStream

EXAMPLE = "sco_csto_2021-09-17.txt"
EXAMPLE_CREDIT = "Source: President of Russia website (en.kremlin.ru), CC BY 4.0."
STDIN = "-"
#: Formats people read: the example's credit line goes after them rather than to standard error.
READABLE = frozenset({"text", "markdown"})

_EPILOG = """examples:
  kremlin-parse --example                         parse a bundled real document, print it as text
  kremlin-parse page.txt                          the parse of page.txt as JSON
  kremlin-parse pages/ --format jsonl -o out.jsonl  every document under pages/, one event per line
  kremlin-parse pages/ --format csv --jobs 4 > turns.csv    one row per speaker turn, on 4 processes
  kremlin-parse pages/ --format csv --table events > events.csv
  kremlin-parse a.html --format tei               TEI XML (ParlaMint style)
  kremlin-parse pages/ --format tei -o tei/       one TEI file per document, in tei/
  cat page.txt | kremlin-parse - --format text    read standard input

A directory stands for the files under it named .txt .text .md .markdown .html .htm .xhtml
.xml .atom or without a suffix (hidden ones left out); a file named on its own is read
whatever its name. Output is UTF-8 whatever the locale. With -o, the output is written to a
temporary file and renamed when the run ends, so a run that fails leaves no partial file.

exit status: 0 all files parsed, 1 some file could not be read or written, or a directory
held no document (each is named on standard error; the others are still processed), 2 wrong
usage
"""


class _Special(enum.Enum):
    """Inputs that are not files on disk."""

    STDIN = "<stdin>"
    EXAMPLE = EXAMPLE


Input = str | _Special


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
    parser.add_argument("-f", "--format", choices=FORMATS, metavar="FORMAT",
                        help="output format: " + "; ".join(f"{name}: {item.description}"
                                                           for name, item in FORMATS.items())
                        + " (default: json; text with --example)")
    parser.add_argument("--table", choices=FORMATS["csv"].tables,
                        help="with --format csv: one row per turn (default) or per event")
    parser.add_argument("-o", "--output", metavar="PATH",
                        help="write here instead of standard output (with --format tei of several "
                             "files, or a PATH ending in /, a directory: one .xml per file)")
    parser.add_argument("-j", "--jobs", type=_positive, default=1, metavar="N",
                        help="parse on N processes (default: 1, which reads large files an event at a "
                             "time for jsonl, csv, text and markdown)")
    parser.add_argument("--shape", choices=SHAPES, help="read every file as this shape instead of detecting it")
    parser.add_argument("--language", choices=("en", "ru"),
                        help="the language of every event instead of reading it from the text")
    parser.add_argument("--strict", action="store_true", help="fail a file on its first error-level diagnostic")
    chatter = parser.add_mutually_exclusive_group()
    chatter.add_argument("-q", "--quiet", action="store_true",
                         help="no progress bar and no summary of diagnostics (failures are still named)")
    chatter.add_argument("-v", "--verbose", action="store_true",
                         help="show every diagnostic with its file, line and column")
    parser.add_argument("--example", action="store_true",
                        help="parse a small real document bundled with the package (as text unless --format is given)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {metadata.version('kremlin_parse')}")
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
    if arguments.example and arguments.inputs:
        parser.error("--example reads the bundled document: give no FILE with it")
    if not arguments.example and not arguments.inputs:
        parser.error("give at least one FILE or DIRECTORY (or - for standard input), or --example")
    arguments.format = arguments.format or ("text" if arguments.example else "json")
    if arguments.table is not None and arguments.table not in FORMATS[arguments.format].tables:
        parser.error("--table goes with --format csv")
    try:
        run = _Run(arguments)
        run.write()
    except UsageError as error:
        parser.error(str(error))
    except BrokenPipeError:  # the reader went away (`| head`): nothing more to say
        _silence_stdout()
        return 1
    except KeyboardInterrupt:  # Ctrl-C: the output file, if any, was left as it was
        print("\nkremlin-parse: interrupted", file=sys.stderr)
        return 130
    return 1 if run.failed else 0


class _Run:
    """One run over the inputs: reads them in order, writes the output, names each failure,
    and sums up the diagnostics at the end."""

    def __init__(self, arguments: argparse.Namespace) -> None:
        self.arguments = arguments
        self.format: Format = FORMATS[arguments.format]
        self.failed = False
        self.read = 0
        self.severities: Counter[Severity] = Counter()
        self.skipped: list[str] = []
        self.progress = _Progress({})  # silent: walking directories may already fail
        self.inputs: list[Input] = [_Special.EXAMPLE] if arguments.example else list(self._expand(arguments.inputs))
        self.progress = _Progress.for_run(self.inputs, quiet=arguments.quiet, output=arguments.output)

    # -- writing ------------------------------------------------------------------------------

    def write(self) -> None:
        """Write every input to the output, then the summary."""
        output = self.arguments.output
        names_directory = output is not None and (os.path.isdir(output) or output.endswith(("/", os.sep)))
        if self.format.name == "tei" and len(self.inputs) > 1 and output is None:
            raise UsageError("--format tei of several files needs --output DIRECTORY (one .xml per file)")
        into_directory = self.format.name == "tei" and output is not None and (len(self.inputs) > 1 or names_directory)
        if names_directory and not into_directory:
            raise UsageError(f"--output {output} names a directory; give a file name")
        try:
            if into_directory:
                self._write_tei_files(Path(output))  # type: ignore[arg-type]
            else:
                self._write_one_output(output)
        finally:
            self.progress.finish()
        self._sum_up()

    def _write_one_output(self, output: str | None) -> None:
        target = _Target(output)
        try:
            stream = target.open()
            options = Options(table=self.arguments.table or "turns", one=self.single_input)
            if self.arguments.jobs > 1 and self.format.pieces is not None:
                write_pieces(self.format.name, self._parts(options), stream, options)
            else:
                self.format.write(self._parses(), stream, options)
            if self.arguments.example and self.format.name in READABLE:
                stream.write(f"\n{EXAMPLE_CREDIT}\n")
            target.close(keep=self.read > 0)
        except BaseException as error:
            target.close(keep=False)
            if not isinstance(error, OSError) or isinstance(error, BrokenPipeError):
                raise
            # a full disk, a vanished directory: the output is lost, so stop
            self.fail(output or "<stdout>", f"cannot write: {_reason(error)}")
        if self.arguments.example and self.format.name not in READABLE and not self.arguments.quiet:
            print(EXAMPLE_CREDIT, file=sys.stderr)

    def _write_tei_files(self, directory: Path) -> None:
        """One `NAME.xml` per input (`NAME-2.xml` for a second input of the same name), in
        `directory`, which is made if need be."""
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.fail(str(directory), f"cannot make the directory: {_reason(error)}")
            return
        used: set[str] = set()
        for document in self._parses():
            assert isinstance(document, Document)
            stem = Path(document.source or "stdin").stem
            name, number = f"{stem}.xml", 1
            while name in used:
                number += 1
                name = f"{stem}-{number}.xml"
            used.add(name)
            target = _Target(str(directory / name))
            try:
                self.format.write([document], target.open(), Options())
                target.close(keep=True)
            except BaseException as error:
                target.close(keep=False)
                if not isinstance(error, OSError):
                    raise
                self.fail(str(directory / name), f"cannot write: {_reason(error)}")

    @property
    def single_input(self) -> bool:
        """One file named on the command line: JSON gives an object rather than a list."""
        if self.arguments.example:
            return True
        inputs = self.arguments.inputs
        return len(inputs) == 1 and (inputs[0] == STDIN or not os.path.isdir(inputs[0]))

    # -- reading ------------------------------------------------------------------------------

    def _parses(self) -> Iterator[EventSource]:
        """The documents of the inputs in order, or for a format written event by event on one
        process, their EventStreams; a failure is named and skipped."""
        arguments = self.arguments
        options = {"strict": arguments.strict, "shape": arguments.shape, "language": arguments.language}
        streaming = self.format.by_event and arguments.jobs == 1 and not arguments.strict
        for group in _runs_of_paths(self.inputs):
            if isinstance(group, _Special):
                outcome = outcome_of(group.value, lambda: _read_special(group, **options))
                results: Iterable[Outcome | EventSource] = [outcome]
            elif streaming:
                results = (self._stream(path) for path in group)
            else:
                results = outcomes(group, jobs=arguments.jobs, **options)
            for result in results:
                if not isinstance(result, Outcome):
                    yield result
                elif self._settle(result.path, result.error, result.document):
                    assert result.document is not None
                    yield result.document

    def _parts(self, options: Options) -> Iterator[str | None]:
        """Every input's part of the output (`outputs.Pieces`), in order, for a format written
        a document at a time on several processes: the workers parse and write the files,
        so this process only writes what they give back. Each file gets its CSV label
        before it is read (the workers need it), so of a file named twice whose first
        reading failed, the second is still `(2)`."""
        arguments = self.arguments
        reading = {"strict": arguments.strict, "shape": arguments.shape, "language": arguments.language}
        write = functools.partial(write_piece, self.format.name, options)
        labels = SourceLabels()
        for group in _runs_of_paths(self.inputs):
            if isinstance(group, _Special):
                outcome = outcome_of(group.value, lambda: _read_special(group, **reading))
                results: Iterable[Written] = [
                    written_of(outcome, lambda document: write(document, labels.next(document.source)))]
            else:
                results = written_outcomes([(path, labels.next(path)) for path in group], write,
                                           jobs=arguments.jobs, **reading)  # type: ignore[arg-type]
            for result in results:
                if self._settle(result.path, result.error, result):
                    yield result.part

    def _settle(self, path: str, error: BaseException | None, read: Document | Written | None) -> bool:
        """One input done: name its failure, or count its diagnostics; whether it was read."""
        self.progress.start(path)
        if error is not None:
            self.fail(path, _reason(error))
            self.progress.end(path)
            return False
        assert read is not None
        self.count_diagnostics(path, read.diagnostics)
        self.progress.end(path)
        return True

    def _stream(self, path: str) -> EventSource | Outcome:
        """The events of one file as they are read, or the error that stopped it at once."""
        self.progress.start(path)
        try:
            stream = iter_events(path, shape=self.arguments.shape, language=self.arguments.language)
        except FILE_ERRORS as error:
            return Outcome(path, None, error)
        self.progress.reading(stream)
        return _Guarded(stream, self)

    def count_diagnostics(self, source: str | None, diagnostics: Sequence[Diagnostic]) -> None:
        """One input read: count its diagnostics, and show them with --verbose."""
        self.read += 1
        self.severities.update(item.severity for item in diagnostics)
        if self.arguments.verbose:
            for item in diagnostics:
                self.say(f"{source}:{item.line}:{item.column}: {item.severity.value}: {item.message} [{item.code}]")

    def fail(self, name: str, reason: str) -> None:
        """Name an input or output that failed; the run goes on, and exits with status 1."""
        self.failed = True
        self.say(f"kremlin-parse: {name}: {reason}")

    def say(self, line: str) -> None:
        self.progress.clear()
        print(line, file=sys.stderr)

    def _expand(self, inputs: Sequence[str]) -> Iterator[Input]:
        """The inputs to read: named files as given, directories walked (`find_documents`)."""
        for name in inputs:
            if name == STDIN:
                yield _Special.STDIN
            elif os.path.isdir(name):
                found = 0
                for item in find_documents(name, skipped=self.skipped):
                    if isinstance(item, Outcome):
                        self.fail(item.path, _reason(item.error))  # type: ignore[arg-type]
                    else:
                        found += 1
                        yield item
                if not found:
                    self.fail(name, "no documents in this directory")
            else:
                yield name

    def _sum_up(self) -> None:
        """A line on standard error when something was found odd: `2 files: 3 errors, 1 warning`."""
        if self.arguments.quiet:
            return
        if self.skipped:
            kinds = sorted({os.path.splitext(path)[1].lower() for path in self.skipped})
            self.say(f"kremlin-parse: skipped {_count(len(self.skipped), 'file')} of other types "
                     f"({', '.join(kinds)}); name a file to read it whatever its name")
        counts = [_count(self.severities[severity], severity.value)
                  for severity in (Severity.ERROR, Severity.WARNING) if self.severities[severity]]
        if counts:
            hint = "" if self.arguments.verbose else "; -v for details"
            self.say(f"kremlin-parse: {_count(self.read, 'file')}: {', '.join(counts)}{hint}")


class _Guarded:
    """An EventStream as the writers read it, whose reading errors are named and end the
    file's events rather than the run; its diagnostics are counted once it is read."""

    def __init__(self, stream: EventStream, run: _Run) -> None:
        self.stream = stream
        self.run = run

    @property
    def source(self) -> str | None:
        return self.stream.source

    @property
    def shape(self) -> str:
        return self.stream.shape

    @property
    def events(self) -> Iterator[Event]:
        name = self.stream.source or "?"
        try:
            yield from self.stream
        except FILE_ERRORS as error:
            self.run.fail(name, _reason(error))
        else:
            self.run.count_diagnostics(self.stream.source, self.stream.diagnostics)
        finally:
            self.run.progress.end(name)


class _Target:
    """Where the output goes: standard output in UTF-8, or a file written through a
    temporary file beside it and renamed into place when the run went well (a device or
    pipe such as /dev/null is written directly)."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.temporary: str | None = None
        self.stream: io.TextIOWrapper | None = None

    def open(self) -> TextIO:
        if self.path is None:
            buffer = getattr(sys.stdout, "buffer", None)
            if buffer is None:  # standard output replaced by a text-only stream: as it is
                return sys.stdout
            sys.stdout.flush()
            self.stream = io.TextIOWrapper(buffer, encoding="utf-8", newline="")
        elif _is_special_file(self.path):
            self.stream = open(self.path, "w", encoding="utf-8", newline="")
        else:
            folder, name = os.path.split(os.path.abspath(self.path))
            descriptor, self.temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=folder)
            os.chmod(self.temporary, _mode_for(self.path))
            self.stream = open(descriptor, "w", encoding="utf-8", newline="")
        return self.stream

    def close(self, *, keep: bool) -> None:
        """Finish the output: flushed, and renamed into place if `keep`; else the temporary
        file is removed and whatever stood at the path is left as it was."""
        stream, self.stream = self.stream, None
        if stream is not None:
            try:
                if self.path is None:
                    _detach(stream)
                else:
                    stream.close()
            except OSError:
                if keep:
                    self._remove()
                    raise
        if self.temporary is not None:
            if keep:
                os.replace(self.temporary, self.path)  # type: ignore[arg-type]
                self.temporary = None
            else:
                self._remove()

    def _remove(self) -> None:
        if self.temporary is not None:
            try:
                os.unlink(self.temporary)
            except OSError:
                pass
            self.temporary = None


def _detach(stream: io.TextIOWrapper) -> None:
    """Flush the UTF-8 wrapper of standard output and let go of it, leaving the real one
    open. If the output cannot be written (the reader went away, the disk is full), what is
    left goes to the null device instead, so that nothing is retried at exit."""
    try:
        stream.detach()
    except OSError:
        _silence_stdout()
        stream.detach()
        raise


def _is_special_file(path: str) -> bool:
    """An existing path that is no regular file (a device, a pipe): written directly, as no
    temporary file can be renamed onto it."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def _mode_for(path: str) -> int:
    """The permissions of the file at `path` if there is one, else those a new file gets."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _silence_stdout() -> None:
    """Point standard output at the null device, so that the interpreter's last flush into a
    closed pipe is quiet."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


class _Progress:
    """A one-line progress bar on standard error, redrawn on a timer: files done, MB read of
    the whole, MB/s and time left. It shows up only once a run has taken `DELAY` seconds,
    so quick runs print nothing."""

    #: Seconds before the bar is first drawn, and between redraws.
    DELAY = 1.0
    REFRESH = 0.25

    def __init__(self, sizes: dict[str, int], *, enabled: bool = False) -> None:
        self.sizes = sizes
        self.total = sum(sizes.values())
        self.enabled = enabled
        self.done_files = 0
        self.done_bytes = 0
        self.current: EventStream | None = None
        self.current_path: str | None = None
        self.started = time.monotonic()
        self.shown = False
        self._lock = threading.Lock()
        self._stop = threading.Event()
        if enabled:
            threading.Thread(target=self._tick, name="kremlin-parse progress", daemon=True).start()

    @classmethod
    def for_run(cls, inputs: list[Input], *, quiet: bool, output: str | None) -> _Progress:
        """A bar when standard error is a terminal and the output does not go to that terminal
        too; else one that says nothing."""
        wanted = not quiet and sys.stderr.isatty() and (output is not None or not sys.stdout.isatty())
        files = [item for item in inputs if isinstance(item, str)]
        return cls({path: _size(path) for path in files}, enabled=wanted and bool(files))

    def start(self, path: str) -> None:
        self.current_path = path

    def reading(self, stream: EventStream) -> None:
        """`stream` is the file being read: the bar follows how far it has got."""
        self.current = stream

    def end(self, path: str) -> None:
        with self._lock:
            self.done_files += 1
            self.done_bytes += self.sizes.get(path, 0)
            self.current = None
            self.current_path = None

    def _tick(self) -> None:
        while not self._stop.wait(self.REFRESH):
            if time.monotonic() - self.started >= self.DELAY:
                self._draw()

    def _draw(self) -> None:
        with self._lock:
            if not self.enabled:
                return
            done = self.done_bytes
            if self.current is not None and self.current_path is not None:
                done += int(self.sizes.get(self.current_path, 0) * self.current.fraction_read)
            elapsed = max(time.monotonic() - self.started, 1e-6)
            speed = done / elapsed
            left = (self.total - done) / speed if speed else 0.0
            sys.stderr.write(f"\r{self.done_files}/{len(self.sizes)} files  {done / 1e6:.1f}/{self.total / 1e6:.1f} MB"
                             f"  {speed / 1e6:6.2f} MB/s  {int(left) // 60}:{int(left) % 60:02d} left ")
            sys.stderr.flush()
            self.shown = True

    def clear(self) -> None:
        with self._lock:
            if self.shown:
                sys.stderr.write("\r\x1b[K")
                self.shown = False

    def finish(self) -> None:
        """Stop the timer; a bar that was due is drawn a last time and ended with a newline."""
        self._stop.set()
        if self.enabled and time.monotonic() - self.started >= self.DELAY:
            self._draw()
        with self._lock:
            self.enabled = False
            if self.shown:
                sys.stderr.write("\n")
                self.shown = False


def _runs_of_paths(inputs: list[Input]) -> Iterator[list[str] | _Special]:
    """The paths in order, in groups that the process pool reads, standard input and the
    example alone."""
    group: list[str] = []
    for item in inputs:
        if isinstance(item, _Special):
            if group:
                yield group
                group = []
            yield item
        else:
            group.append(item)
    if group:
        yield group


def _read_special(item: _Special, *, strict: bool, shape: str | None, language: str | None) -> Document:
    if item is _Special.STDIN:
        data = sys.stdin.buffer.read()
    else:
        data = resources.files("kremlin_parse").joinpath("examples", EXAMPLE).read_bytes()
    return parse(data, strict=strict, source=item.value, shape=shape, language=language)


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _positive(text: str) -> int:
    """A number of processes: a whole number, at least 1."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes, not {text!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    if isinstance(error, KremlinParseError):
        return str(error)
    return f"{type(error).__name__}: {error}"


if __name__ == "__main__":
    sys.exit(main())
