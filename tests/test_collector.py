"""The garbage collector paused while a parse runs (`collector.py`, issue 18)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

import kremlin_parse
from kremlin_parse.collector import paused_collector

from conftest import FIXTURE_FILES, FIXTURES


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """The generations of the collections the collector runs while the test does: after a
    pause, the first allocation runs one, of the objects made during it."""
    seen: list[int] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    gc.callbacks.append(record)
    try:
        yield seen
    finally:
        gc.callbacks.remove(record)


def _page() -> str:
    return (FIXTURES / "001_08d851294f153d6b.txt").read_text(encoding="utf-8") * 20


def test_a_parse_runs_no_collection_and_leaves_the_collector_on(collections: list[int]) -> None:
    assert gc.isenabled()
    kremlin_parse.parse(_page())
    assert len(collections) <= 1  # (the young generation's, once, as the collector comes back on)
    assert gc.isenabled()


def test_without_the_pause_the_same_work_runs_collections(collections: list[int]) -> None:
    # what the pause saves: the models of a parse, built with the collector on
    document = kremlin_parse.parse(_page())
    collections.clear()
    [kremlin_parse.Document.from_dict(document.to_dict()) for _ in range(3)]
    assert len(collections) > 1


def test_a_caller_who_turned_the_collector_off_keeps_it_off() -> None:
    gc.disable()
    try:
        kremlin_parse.parse(_page())
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_comes_back_on_when_the_block_raises() -> None:
    with pytest.raises(RuntimeError), paused_collector():
        assert not gc.isenabled()
        raise RuntimeError("inside the parse")
    assert gc.isenabled()


@pytest.fixture
def collector_off() -> Iterator[None]:
    """The collector off for the test, and its young objects of before collected first."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@pytest.mark.parametrize("path", FIXTURE_FILES + sorted((FIXTURES / "wild").rglob("*.txt"))[:6],
                         ids=lambda path: path.name)
def test_a_parse_leaves_no_reference_cycle_for_the_collector(path: Path, collector_off: None) -> None:
    """What the pause rests on: every object a parse makes and drops is freed when dropped,
    by reference counting. A cycle (a reader keeping its own bound methods) would keep it
    and every token it read alive for the collector to walk and free at the end."""
    document = kremlin_parse.parse_file(path)
    assert gc.collect() == 0
    assert document.events or document.furniture or not document.text.strip()
