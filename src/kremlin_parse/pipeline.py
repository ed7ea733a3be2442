"""Many files at once: directories walked, files spread over processes, handed back in the
order given."""

from __future__ import annotations

import collections
import functools
import os
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, NamedTuple, TypeVar

from .collector import paused_collector
from .errors import KremlinParseError
from .models import Diagnostic, Document
from .parser import parse_file

if TYPE_CHECKING:
    from concurrent.futures import Future

#: Batches each worker has unfinished at most: the one it parses and the one it takes next,
#: so it never waits for the parent, who parses the batches beyond them itself.
_UNFINISHED_PER_WORKER = 2
#: Batches parsed and waiting for an unfinished one before them, at most: then the parent
#: waits for it, so an endless stream of paths keeps memory flat whatever a worker's pace.
_MOST_WAITING = 12
#: A batch of small files goes to a worker as one task, since handing over a task costs about
#: as much as parsing a page: up to this many files, or until they hold this many bytes.
_BATCH_FILES = 16
_BATCH_BYTES = 1 << 18
#: What reading one file may raise without stopping a run of many.
FILE_ERRORS = (OSError, KremlinParseError, UnicodeError, ValueError)
#: The files taken from a directory, by their suffix (`""`: a file without one, such as
#: `page1`); a file named on its own is read whatever its name. Hidden files and
#: directories (`.git`, `.DS_Store`) are left out.
DOCUMENT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".xml", ".atom", ""})

PathLike = str | os.PathLike[str]


class Outcome(NamedTuple):
    """The parse of one file, or the error that stopped it (exactly one is set)."""

    path: str
    document: Document | None
    error: BaseException | None


def parse_many(
    paths: PathLike | Iterable[PathLike], *, jobs: int | None = 1, strict: bool = False,
    shape: str | None = None, language: str | None = None,
) -> Iterator[Document]:
    """The parse of each file, in the order given, using `jobs` processes (None: one per CPU).

    `paths` is one path or an iterable of them; a directory stands for the documents under
    it (see `find_documents`). A file that cannot be read raises its error when its turn
    comes, after the files before it; `outcomes` is the same without stopping.
    """
    for outcome in outcomes(paths, jobs=jobs, strict=strict, shape=shape, language=language):
        if outcome.error is not None:
            raise outcome.error
        assert outcome.document is not None
        yield outcome.document


def outcomes(
    paths: PathLike | Iterable[PathLike], *, jobs: int | None = 1, strict: bool = False,
    shape: str | None = None, language: str | None = None,
) -> Iterator[Outcome]:
    """Each file's parse or error, in the order given: one unreadable file never stops a run.
    A directory that cannot be walked is an outcome with its error too."""
    if jobs is not None and jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    files = _files(paths)
    if jobs == 1:
        for path in files:
            yield path if isinstance(path, Outcome) else _read_one(path, strict, shape, language)
        return
    task = functools.partial(_read_batch, strict=strict, shape=shape, language=language)
    for batch in _pooled(_batches(files, lambda path: path), task, jobs):
        yield from batch


class Written(NamedTuple):
    """One file read and written in an output format by `written_outcomes`: its part of the
    output (None for a document that adds none) and its diagnostics, or the error that
    stopped it."""

    path: str
    part: str | None
    diagnostics: tuple[Diagnostic, ...]
    error: BaseException | None


def written_outcomes(
    files: Iterable[tuple[str, str | None]], write: Callable[[Document, str | None], str | None], *,
    jobs: int | None, strict: bool = False, shape: str | None = None, language: str | None = None,
) -> Iterator[Written]:
    """Each file parsed and written by `write(document, label)` in a worker process, in the
    order given: `files` are (path, label) pairs, `write` a function that pickles (the
    command line's `outputs.write_piece` for its format). The parent gets strings back, not
    documents to rebuild, so two processes parse nearly twice as fast as one."""
    if jobs is not None and jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    task = functools.partial(_write_batch, write=write, strict=strict, shape=shape, language=language)
    if jobs == 1:
        for item in files:
            yield from task([item])
        return
    for batch in _pooled(_batches(files, lambda item: item[0]), task, jobs):
        yield from batch


_Item = TypeVar("_Item")
_Result = TypeVar("_Result")


def _pooled(batches: Iterable[list[_Item] | Outcome], task: Callable[[list[_Item]], list[_Result]],
            jobs: int | None) -> Iterator[list[_Result] | list[Outcome]]:
    """`task` of every batch on `jobs` processes, in order; an outcome already known stands
    in its place.

    This process is one of the `jobs`. Each of the `jobs - 1` workers is handed batches
    until it has two unfinished (the one it parses and the next), and the parent parses
    the rest itself, and the last batch: what it parses is never pickled, sent and
    rebuilt, and it has only the workers' results to unpickle (a parent that only waited
    and unpickled competed with both workers for two CPUs). Two large files on `jobs=2`
    are parsed at once, one by the worker and one here. Results wait for the batches before
    them; when `_MOST_WAITING` do, the parent waits for the oldest."""
    workers = (jobs or os.cpu_count() or 1) - 1
    if workers == 0:
        for batch in batches:
            yield [batch] if isinstance(batch, Outcome) else task(batch)
        return
    from concurrent.futures import ProcessPoolExecutor  # (here: importing it costs a one-file run 16 ms)

    most_unfinished = workers * _UNFINISHED_PER_WORKER
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: collections.deque[Future[list[_Result]] | list[_Result] | list[Outcome]] = collections.deque()
        for batch, last in _with_last(batches):
            if isinstance(batch, Outcome):
                pending.append([batch])
            elif not last and _unfinished(pending) < most_unfinished:
                pending.append(pool.submit(task, batch))
            else:
                pending.append(task(batch))  # the parent's share, while the workers are busy
            while pending and (isinstance(pending[0], list) or pending[0].done() or len(pending) > _MOST_WAITING):
                yield _settled(pending.popleft())
        while pending:
            yield _settled(pending.popleft())


def _with_last(items: Iterable[_Item]) -> Iterator[tuple[_Item, bool]]:
    """Each item, and whether it is the last (known once the next is asked for)."""
    iterator = iter(items)
    try:
        previous = next(iterator)
    except StopIteration:
        return
    for item in iterator:
        yield previous, False
        previous = item
    yield previous, True


def _unfinished(pending: Iterable[Future[list[_Result]] | list[_Result] | list[Outcome]]) -> int:
    """How many of the workers' batches among `pending` are not finished yet."""
    return sum(1 for item in pending if not isinstance(item, list) and not item.done())


def _settled(item: Future[list[_Result]] | list[_Result] | list[Outcome]) -> list[_Result] | list[Outcome]:
    """The results of a batch: the parent's own as they are, a worker's waited for with the
    garbage collector paused (the pool's thread unpickles them meanwhile, rebuilding
    documents that make no cycles; while the parent parses, the collector is paused too)."""
    if isinstance(item, list):
        return item
    with paused_collector():
        return item.result()


def find_documents(directory: PathLike, *, skipped: list[str] | None = None) -> Iterator[str | Outcome]:
    """The documents under `directory`, walked in sorted order: files whose suffix is one of
    `DOCUMENT_SUFFIXES` (or who have none), hidden files and directories left out. Symbolic
    links to directories are not followed, so a link loop cannot trap the walk. A
    subdirectory that cannot be listed comes as an `Outcome` holding its error. The other
    files are added to `skipped`, when a list is given."""
    failures: list[OSError] = []
    for root, directories, files in os.walk(directory, onerror=failures.append):
        yield from (Outcome(error.filename or os.fspath(directory), None, error) for error in failures)
        failures.clear()
        directories[:] = sorted(name for name in directories if not name.startswith("."))
        for name in sorted(files):
            path = os.path.join(root, name)
            if name.startswith("."):
                continue
            if os.path.splitext(name)[1].lower() in DOCUMENT_SUFFIXES:
                yield path
            elif skipped is not None:
                skipped.append(path)
    yield from (Outcome(error.filename or os.fspath(directory), None, error) for error in failures)


def _files(paths: PathLike | Iterable[PathLike]) -> Iterator[str | Outcome]:
    """The files to read, in order: a directory's documents in its place."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    elif isinstance(paths, (bytes, bytearray)):
        raise TypeError("parse_many() takes paths as str or os.PathLike, not bytes")
    for path in paths:
        if os.path.isdir(path):
            yield from find_documents(path)
        else:
            yield os.fspath(path)


def _batches(items: Iterable[_Item | Outcome], path_of: Callable[[_Item], str]) -> Iterator[list[_Item] | Outcome]:
    """The items (files, by `path_of`) in order, in batches of a few small files (a large
    file goes alone); an outcome already known stands between the batches, in its place."""
    batch: list[_Item] = []
    size = 0
    for item in items:
        if isinstance(item, Outcome):
            if batch:
                yield batch
                batch, size = [], 0
            yield item
            continue
        batch.append(item)
        try:
            size += os.stat(path_of(item)).st_size
        except OSError:
            pass  # the worker reports it
        if len(batch) >= _BATCH_FILES or size >= _BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def outcome_of(name: str, read: Callable[[], Document]) -> Outcome:
    """What `read` gives for the input `name`: its document, or the error that stopped it."""
    try:
        return Outcome(name, read(), None)
    except FILE_ERRORS as error:
        return Outcome(name, None, error)


def _read_batch(paths: list[str], *, strict: bool, shape: str | None, language: str | None) -> list[Outcome]:
    return [_read_one(path, strict, shape, language) for path in paths]


def _write_batch(files: list[tuple[str, str | None]], *, write: Callable[[Document, str | None], str | None],
                 strict: bool, shape: str | None, language: str | None) -> list[Written]:
    return [written_of(_read_one(path, strict, shape, language), lambda document: write(document, label))
            for path, label in files]


def written_of(outcome: Outcome, write: Callable[[Document], str | None]) -> Written:
    """What `write` makes of an outcome's document, with its diagnostics; or the error that
    stopped the reading or the writing."""
    if outcome.document is None:
        return Written(outcome.path, None, (), outcome.error)
    try:
        part = write(outcome.document)
    except FILE_ERRORS as error:
        return Written(outcome.path, None, (), error)
    return Written(outcome.path, part, outcome.document.diagnostics, None)


def _read_one(path: str, strict: bool, shape: str | None, language: str | None) -> Outcome:
    return outcome_of(path, lambda: parse_file(path, strict=strict, shape=shape, language=language))
