"""Many files at once: spread over processes, handed back in the order given."""

from __future__ import annotations

import collections
import os
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Callable, Iterable, Iterator, NamedTuple

from .errors import KremlinParseError
from .models import Document
from .parser import parse_file

#: Batches handed to each worker at a time: enough to keep the pool busy, few enough that an
#: endless stream of paths keeps memory flat.
_WINDOW_PER_WORKER = 4
#: A batch of small files goes to a worker as one task, since handing over a task costs about
#: as much as parsing a page: up to this many files, or until they hold this many bytes.
_BATCH_FILES = 16
_BATCH_BYTES = 1 << 18
#: What reading one file may raise without stopping a run of many.
FILE_ERRORS = (OSError, KremlinParseError, UnicodeError, ValueError)


class Outcome(NamedTuple):
    """The parse of one file, or the error that stopped it (exactly one is set)."""

    path: str
    document: Document | None
    error: BaseException | None


def parse_many(
    paths: Iterable[str | os.PathLike[str]], *, jobs: int | None = 1, strict: bool = False,
    shape: str | None = None, language: str | None = None,
) -> Iterator[Document]:
    """The parse of each file, in the order given, using `jobs` processes (None: one per CPU).

    A file that cannot be read raises its error when its turn comes, after the files before
    it; `outcomes` is the same without stopping.
    """
    for outcome in outcomes(paths, jobs=jobs, strict=strict, shape=shape, language=language):
        if outcome.error is not None:
            raise outcome.error
        assert outcome.document is not None
        yield outcome.document


def outcomes(
    paths: Iterable[str | os.PathLike[str]], *, jobs: int | None = 1, strict: bool = False,
    shape: str | None = None, language: str | None = None,
) -> Iterator[Outcome]:
    """Each file's parse or error, in the order given: one unreadable file never stops a run."""
    if jobs is not None and jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if jobs == 1:
        for path in paths:
            yield _read_one(os.fspath(path), strict, shape, language)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        window = (jobs or os.cpu_count() or 1) * _WINDOW_PER_WORKER
        pending: collections.deque[Future[list[Outcome]]] = collections.deque()
        for batch in _batches(paths):
            pending.append(pool.submit(_read_batch, batch, strict, shape, language))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _batches(paths: Iterable[str | os.PathLike[str]]) -> Iterator[list[str]]:
    """The paths in order, in batches of a few small files (a large file goes alone)."""
    batch: list[str] = []
    size = 0
    for path in paths:
        batch.append(os.fspath(path))
        try:
            size += os.stat(path).st_size
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


def _read_batch(paths: list[str], strict: bool, shape: str | None, language: str | None) -> list[Outcome]:
    return [_read_one(path, strict, shape, language) for path in paths]


def _read_one(path: str, strict: bool, shape: str | None, language: str | None) -> Outcome:
    return outcome_of(path, lambda: parse_file(path, strict=strict, shape=shape, language=language))
