"""Streaming events out of a file, and many files over processes in order."""

from __future__ import annotations

import functools
import io
import os
import pickle
import time
from pathlib import Path
from typing import Iterator

import pytest

import kremlin_parse
from kremlin_parse import NotTextError, ParseError, iter_events, parse_many, pipeline, windows
from kremlin_parse.pipeline import find_documents, outcomes

from conftest import FIXTURE_FILES


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.name[:3])
def test_streamed_events_are_the_events_of_the_parse(path: Path) -> None:
    expected = kremlin_parse.parse_file(path).events
    assert tuple(iter_events(path)) == expected
    with path.open("rb") as stream:
        assert tuple(iter_events(stream)) == expected


def test_streaming_reads_a_text_stream_and_a_forced_shape() -> None:
    text = "Events\nTitle\nSeptember 17, 2021\n\nVladimir Putin: Thank you.\n"
    assert tuple(iter_events(io.StringIO(text), shape="fragment")) == kremlin_parse.parse(text, shape="fragment").events


def test_streaming_hands_over_the_first_page_before_reading_the_rest(tmp_path: Path) -> None:
    page = "Events\nMeeting {n}\nSeptember 17, 2021\n\nVladimir Putin: Thank you.\nText version\n"
    path = tmp_path / "many.txt"
    path.write_text("".join(page.format(n=n) for n in range(500)) + "Events\nBroken\nFebruary 30, 2021\n")
    events = iter_events(path, strict=True)
    first = next(events)
    assert first.title is not None and first.title.text == "Meeting 0"
    assert sum(1 for _ in zip(range(498), events)) == 498
    with pytest.raises(ParseError):
        list(events)


def test_streaming_refuses_what_is_neither_path_nor_file() -> None:
    with pytest.raises(TypeError, match="path or an open file"):
        iter_events(42)  # type: ignore[arg-type]


@pytest.mark.parametrize("jobs", [1, 2])
def test_parse_many_keeps_the_order_given(jobs: int) -> None:
    paths = list(reversed(FIXTURE_FILES))
    documents = list(parse_many(paths, jobs=jobs))
    assert [document.source for document in documents] == [str(path) for path in paths]
    assert documents == [kremlin_parse.parse_file(path) for path in paths]


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_unreadable_file_is_an_outcome_and_the_others_are_read(tmp_path: Path, jobs: int) -> None:
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"Events\x00\x01")
    paths = [FIXTURE_FILES[0], tmp_path / "missing.txt", binary, FIXTURE_FILES[1]]
    results = list(outcomes(paths, jobs=jobs))
    assert [result.document is not None for result in results] == [True, False, False, True]
    assert isinstance(results[1].error, FileNotFoundError)
    assert isinstance(results[2].error, NotTextError) and results[2].error.offset == 6
    with pytest.raises(FileNotFoundError):
        list(parse_many(paths, jobs=jobs))


def test_batches_of_files_come_back_in_order_with_their_errors(tmp_path: Path) -> None:
    """Small files travel to the workers in batches; a run of many crosses several."""
    paths = [FIXTURE_FILES[index % 3] if index % 7 else tmp_path / f"missing{index}.txt" for index in range(60)]
    expected = [(result.path, result.document, type(result.error)) for result in outcomes(paths, jobs=1)]
    got = [(result.path, result.document, type(result.error)) for result in outcomes(paths, jobs=2)]
    assert got == expected
    assert [kind for _, _, kind in got].count(FileNotFoundError) == 9


def _where_and_what(batch: list[int], parent: int = 0, slow_worker: float = 0.0) -> list[tuple[int, int]]:
    """Each item with the process that took it; a worker (not `parent`) takes `slow_worker`
    seconds a batch."""
    if os.getpid() != parent:
        time.sleep(slow_worker)
    return [(os.getpid(), item) for item in batch]


def test_the_parent_takes_its_share_while_the_workers_are_busy() -> None:
    """With jobs=2 this process is one of the two: the worker gets batches until it has two
    unfinished, the parent runs the others itself meanwhile, the results in order whoever ran
    them. A worker slower than the parent by far keeps the parent only so many batches
    ahead."""
    taken = 0

    def batches() -> Iterator[list[int]]:
        nonlocal taken
        for index in range(40):
            taken += 1
            yield [index]

    task = functools.partial(_where_and_what, parent=os.getpid(), slow_worker=0.05)
    results = []
    for handed_back, batch in enumerate(pipeline._pooled(batches(), task, jobs=2)):
        assert taken - handed_back <= pipeline._MOST_WAITING + 2  # (and one read ahead)
        results.extend(batch)
    assert [item for _, item in results] == list(range(40))
    by_parent = [item for process, item in results if process == os.getpid()]
    by_worker = [item for process, item in results if process != os.getpid()]
    assert len({process for process, _ in results}) == 2  # one worker: the parent is the other job
    assert by_worker[:2] == [0, 1] and by_parent[0] == 2
    assert len(by_parent) > len(by_worker)  # (the worker takes 50 ms a batch, the parent none)
    assert by_parent[-1] == 39  # the last batch is the parent's: nothing after it to wait for


def test_two_large_files_are_read_at_once_with_two_jobs() -> None:
    """One batch goes to the worker and the last one is the parent's: two files are parsed
    side by side, as by two workers; one file alone is parsed here."""
    task = functools.partial(_where_and_what, parent=os.getpid())
    got = [result for batch in pipeline._pooled(iter([[0], [1]]), task, jobs=2) for result in batch]
    assert [item for _, item in got] == [0, 1]
    assert got[0][0] != os.getpid() and got[1][0] == os.getpid()
    assert list(pipeline._pooled(iter([[7]]), task, jobs=2)) == [[(os.getpid(), 7)]]
    assert list(pipeline._pooled(iter([]), task, jobs=2)) == []


def test_a_known_outcome_keeps_its_place_among_the_parents_and_workers_batches() -> None:
    missing = pipeline.Outcome("missing", None, FileNotFoundError("missing"))
    batches: list[list[int] | pipeline.Outcome] = [[0], [1], [2], [3], [4], missing, [5], [6]]
    got = list(pipeline._pooled(iter(batches), functools.partial(_where_and_what, parent=os.getpid()), jobs=2))
    assert got[5] == [missing]
    assert [item for batch in got[:5] + got[6:] for _, item in batch] == list(range(7))


def test_one_job_on_one_cpu_runs_every_batch_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    got = list(pipeline._pooled(iter([[0], [1]]), _where_and_what, jobs=None))
    assert got == [[(os.getpid(), 0)], [(os.getpid(), 1)]]


def test_parse_many_refuses_fewer_than_one_job() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        list(parse_many(FIXTURE_FILES, jobs=0))


def test_errors_survive_pickling() -> None:
    error = NotTextError("NUL byte", 3)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.reason, copy.offset, str(copy)) == ("NUL byte", 3, str(error))
    strict = ParseError("invalid-date", "no such day", 2, 5, "February 30, 2021")
    assert str(pickle.loads(pickle.dumps(strict))) == str(strict)


# -- the edges of the first hour (issue 17) ------------------------------------------------

def test_parse_many_takes_one_path_or_a_directory(tmp_path: Path) -> None:
    seed = FIXTURE_FILES[0]
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_bytes(seed.read_bytes())
    (tmp_path / "a").write_bytes(seed.read_bytes())
    (tmp_path / "sub" / "c.md").write_bytes(seed.read_bytes())
    (tmp_path / "scan.png").write_bytes(b"\x89PNG")
    assert [document.source for document in parse_many(str(seed))] == [str(seed)]
    assert [document.source for document in parse_many(seed)] == [str(seed)]
    expected = [str(tmp_path / "a"), str(tmp_path / "b.txt"), str(tmp_path / "sub" / "c.md")]
    assert [document.source for document in parse_many(tmp_path)] == expected
    assert [document.source for document in parse_many([str(tmp_path), seed], jobs=2)] == [*expected, str(seed)]
    with pytest.raises(TypeError, match="not bytes"):
        list(parse_many(b"pages"))  # type: ignore[arg-type]


def test_find_documents_names_what_it_skips(tmp_path: Path) -> None:
    (tmp_path / "page.TXT").write_text("Text.")
    (tmp_path / "scan.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text("Text.")
    skipped: list[str] = []
    assert list(find_documents(tmp_path, skipped=skipped)) == [str(tmp_path / "page.TXT")]
    assert skipped == [str(tmp_path / "scan.png")]


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.name[:3])
def test_the_event_stream_says_its_source_shape_and_diagnostics(path: Path) -> None:
    document = kremlin_parse.parse_file(path)
    stream = iter_events(path)
    assert (stream.source, stream.shape) == (str(path), document.shape)
    assert tuple(stream) == document.events and stream.fraction_read == 1.0
    assert {item.code for item in stream.diagnostics} <= {item.code for item in document.diagnostics}
    assert [item for item in stream.diagnostics if item.code != "shape-mismatch"] == [
        item for item in document.diagnostics if item.code != "shape-mismatch"]


def test_a_windowed_stream_places_its_diagnostics_in_the_whole_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = "Events\nMeeting {n}\nSeptember 17, 2021\n\nVladimir Putin: Thank you.\nText version\n"
    broken = "Events\nBroken\nFebruary 30, 2021\n\nVladimir Putin: No.\nText version\n"
    path = tmp_path / "large.txt"
    path.write_text(page.format(n=0) * 100 + broken + page.format(n=1) * 100 + broken, encoding="utf-8")
    expected = kremlin_parse.parse_file(path).diagnostics
    assert len(expected) == 2
    monkeypatch.setattr(windows, "WINDOW_CHARS", 1000)
    monkeypatch.setattr(windows, "_CHUNK_BYTES", 500)  # so that the file spans many windows
    stream = iter_events(path)
    fractions = []
    for _ in stream:
        fractions.append(stream.fraction_read)
    assert tuple(stream.diagnostics) == expected
    assert fractions == sorted(fractions) and 0 < fractions[len(fractions) // 2] < 1 and stream.fraction_read == 1.0


def test_an_empty_stream_warns_as_the_parse_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "menus.txt"
    path.write_text("Text version\n" * 300, encoding="utf-8")
    expected = kremlin_parse.parse_file(path).diagnostics
    assert [item.code for item in expected] == ["no-event"]
    stream = iter_events(path)
    assert list(stream) == [] and stream.diagnostics == list(expected)
    monkeypatch.setattr(windows, "WINDOW_CHARS", 1000)
    windowed = iter_events(path)
    assert list(windowed) == [] and windowed.diagnostics == list(expected)


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("format, table", [("jsonl", None), ("csv", "turns"), ("csv", "events"),
                                           ("text", None), ("markdown", None)])
def test_written_outcomes_framed_are_what_the_format_writes(tmp_path: Path, jobs: int, format: str,
                                                            table: str | None) -> None:
    """Files written a document at a time (by workers with jobs=2) and framed by the format's
    `Pieces` give the bytes `dumps` gives for their documents; a file without events adds
    nothing, a file read twice is labelled apart, an unreadable one is an outcome with its
    error."""
    import functools
    from kremlin_parse.outputs import Options, write_piece, write_pieces
    from kremlin_parse.outputs.csv import SourceLabels
    from kremlin_parse.pipeline import written_outcomes

    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    paths = [str(FIXTURE_FILES[0]), str(empty), *map(str, FIXTURE_FILES[1:6]), str(FIXTURE_FILES[0]),
             str(tmp_path / "missing.txt")]
    options = Options(table=table or "turns")
    labels = SourceLabels()
    written = list(written_outcomes([(path, labels.next(path)) for path in paths],
                                    functools.partial(write_piece, format, options), jobs=jobs))
    assert [item.path for item in written] == paths
    assert isinstance(written[-1].error, FileNotFoundError) and written[-1].part is None
    assert [item.diagnostics for item in written[:-1]] == [
        kremlin_parse.parse_file(path).diagnostics for path in paths[:-1]]
    stream = io.StringIO(newline="")
    write_pieces(format, (item.part for item in written if item.error is None), stream, options)
    expected = kremlin_parse.dumps(list(parse_many(paths[:-1])), format, table=table)
    assert stream.getvalue() == expected


def test_written_outcomes_refuse_fewer_than_one_job() -> None:
    from kremlin_parse.pipeline import written_outcomes

    with pytest.raises(ValueError, match="at least 1"):
        list(written_outcomes([], lambda document, label: "", jobs=0))
