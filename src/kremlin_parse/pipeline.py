"""Many files at once: spread over processes, handed back in the order given."""

from __future__ import annotations

import collections
import os
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Callable, Iterable, Iterator, NamedTuple

from .errors import KremlinParseError
from .models import Document
from .parser import parse_file

#: Files handed to each worker at a time: enough to keep the pool busy, few enough that an
#: endless stream of paths keeps memory flat.
_WINDOW_PER_WORKER = 4
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
        pending: collections.deque[Future[Outcome]] = collections.deque()
        for path in paths:
            pending.append(pool.submit(_read_one, os.fspath(path), strict, shape, language))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def outcome_of(name: str, read: Callable[[], Document]) -> Outcome:
    """What `read` gives for the input `name`: its document, or the error that stopped it."""
    try:
        return Outcome(name, read(), None)
    except FILE_ERRORS as error:
        return Outcome(name, None, error)


def _read_one(path: str, strict: bool, shape: str | None, language: str | None) -> Outcome:
    return outcome_of(path, lambda: parse_file(path, strict=strict, shape=shape, language=language))
