"""iter_events reads large plain-text files a window of pages at a time: the events must be
those of a parse of the whole file, whatever the window's size."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kremlin_parse
from kremlin_parse import NotTextError, iter_events, windows
from kremlin_parse.render import render

from conftest import FIXTURE_FILES as FIXTURES
from strategies import events

#: Shapes whose files are read in windows (the others always take the whole-file road).
WINDOWED_SHAPES = ("text_version", "browser_dump", "fragment", "news_repost")


def windows_read(path: Path) -> int:
    """How many windows iter_events reads `path` in (0: the whole-file road)."""
    count = 0
    original = windows.page_windows

    def counting(*args: object) -> object:
        nonlocal count
        for window in original(*args):  # type: ignore[arg-type]
            count += 1
            yield window

    windows.page_windows = counting  # type: ignore[assignment]
    try:
        list(iter_events(path))
    finally:
        windows.page_windows = original
    return count


@pytest.mark.parametrize("window", [1, 60, 700, 5000])
@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda path: path.name)
def test_every_fixture_gives_the_events_of_the_whole_file(
    fixture: Path, window: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(windows, "WINDOW_CHARS", window)
    assert tuple(iter_events(fixture)) == kremlin_parse.parse_file(fixture).events


def test_glued_pages_are_read_in_several_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    glued = next(path for path in FIXTURES if path.name.startswith("000"))
    monkeypatch.setattr(windows, "WINDOW_CHARS", 60)
    assert windows_read(glued) == len(kremlin_parse.parse_file(glued).events) == 2
    html = next(path for path in FIXTURES if path.suffix == ".html")
    assert windows_read(html) == 0


@given(
    generated=st.lists(events(), min_size=1, max_size=4),
    shape=st.sampled_from(WINDOWED_SHAPES),
    window=st.integers(1, 3000),
    newline=st.sampled_from(["\n", "\r\n", "\r\n\r\n"]),
    bom=st.booleans(),
)
def test_generated_files_give_the_events_of_the_whole_file(
    generated: list, shape: str, window: int, newline: str, bom: bool
) -> None:
    text = render(generated if shape in ("text_version", "browser_dump") else generated[:1], shape)
    data = ("\ufeff" if bom else "").encode() + text.replace("\n", newline).encode()
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "pages.txt"
        path.write_bytes(data)
        original = windows.WINDOW_CHARS
        windows.WINDOW_CHARS = window
        try:
            got = tuple(iter_events(path))
        finally:
            windows.WINDOW_CHARS = original
        assert got == kremlin_parse.parse_file(path).events


def test_a_late_nul_byte_is_refused_before_any_event(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(windows, "WINDOW_CHARS", 10)
    path = tmp_path / "late.txt"
    path.write_bytes(FIXTURES[0].read_bytes() + b"\n\x00\n")
    with pytest.raises(NotTextError):
        iter_events(path)


def test_late_bytes_that_are_not_utf8_take_the_whole_file_road(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(windows, "WINDOW_CHARS", 10)
    path = tmp_path / "late.txt"
    path.write_bytes(FIXTURES[0].read_bytes() + b"\nCaf\xe9 \xff\n")
    assert windows_read(path) == 0
    assert tuple(iter_events(path)) == kremlin_parse.parse_file(path).events


@pytest.mark.parametrize("kind", ["forum", "atom", "html", "flattened"])
def test_reposts_markup_and_flattened_pages_take_the_whole_file_road(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(windows, "WINDOW_CHARS", 10)
    fixture = next(path for path in FIXTURES if kind in path.name)
    assert windows_read(fixture) == 0


def test_a_feed_behind_a_long_prolog_takes_the_whole_file_road(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Markup whose root lies beyond the first window is still markup."""
    monkeypatch.setattr(windows, "WINDOW_CHARS", 10)
    feed = next(path for path in FIXTURES if path.suffix == ".xml").read_text(encoding="utf-8")
    path = tmp_path / "feed.xml"
    path.write_text("<!--" + " comment\n" * 50 + "-->\n" + feed.split("?>", 1)[1], encoding="utf-8")
    assert windows_read(path) == 0
    assert tuple(iter_events(path)) == kremlin_parse.parse_file(path).events
