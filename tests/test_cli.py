"""The command line, run as users run it: in a subprocess."""

from __future__ import annotations

import csv
import os
import io
import json
import subprocess
import sys
import time
from pathlib import Path
from xml.etree import ElementTree

import pytest

import kremlin_parse
from kremlin_parse import parser, windows
from kremlin_parse.cli import _Progress, main

from conftest import FIXTURES

SEED_000 = str(FIXTURES / "000_213688eab3130147.txt")
SEED_001 = str(FIXTURES / "001_08d851294f153d6b.txt")


def run(*arguments: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kremlin_parse", *arguments],
        input=stdin.decode("utf-8") if stdin is not None else None,
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )


def test_example_prints_readable_text() -> None:
    result = run("--example")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Vladimir Putin voted in the State Duma elections\n====")
    assert "President of Russia Vladimir Putin: Friends," in result.stdout
    assert "Text version" not in result.stdout
    assert "CC BY 4.0" in result.stdout


def test_json_of_one_file_is_one_document() -> None:
    result = run(SEED_000)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["shape"] == "text_version"
    assert [event["title"] for event in data["events"]] == [
        "Vladimir Putin voted in the State Duma elections",
        "Joint meeting of SCO and CSTO heads of state",
    ]


def test_json_of_several_files_is_a_list() -> None:
    result = run(SEED_000, SEED_001)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [len(document["events"]) for document in data] == [2, 3]


def test_stdin() -> None:
    result = run("-", "--format", "text", stdin=Path(SEED_000).read_bytes())
    assert result.returncode == 0, result.stderr
    assert "Joint meeting of SCO and CSTO heads of state" in result.stdout


def test_missing_file_is_named_and_the_others_still_parse(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    result = run(missing, SEED_000)
    assert result.returncode == 1
    assert missing in result.stderr and "Traceback" not in result.stderr
    assert len(json.loads(result.stdout)) == 1


def test_strict_failure_names_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("Events\nA title\nFebruary 30, 2021\nText.", encoding="utf-8")
    result = run(str(bad), "--strict")
    assert result.returncode == 1
    assert "bad.txt" in result.stderr and "line 3" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_errors_exit_2() -> None:
    assert run().returncode == 2
    assert run("--format", "yaml", SEED_000).returncode == 2


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("kremlin-parse ")


def test_jsonl_gives_one_line_per_event_with_its_source() -> None:
    result = run(SEED_000, SEED_001, "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["event_id"] for line in lines] == [
        f"{SEED_000}#1", f"{SEED_000}#2", f"{SEED_001}#1", f"{SEED_001}#2", f"{SEED_001}#3",
    ]
    assert {line["source"] for line in lines} == {SEED_000, SEED_001}


def test_csv_tables_of_turns_and_of_events() -> None:
    turns = run(SEED_000, "--format", "csv")
    assert turns.returncode == 0, turns.stderr
    rows = list(csv.DictReader(io.StringIO(turns.stdout)))
    document = kremlin_parse.parse_file(SEED_000)
    assert len(rows) == sum(len(event.turns) for event in document.events)
    events = run(SEED_000, "--format", "csv", "--table", "events")
    assert len(list(csv.DictReader(io.StringIO(events.stdout)))) == 2
    assert run(SEED_000, "--table", "events").returncode == 2


def test_tei_markdown_and_text_formats() -> None:
    tei = run(SEED_001, "--format", "tei")
    assert tei.returncode == 0, tei.stderr
    root = ElementTree.fromstring(tei.stdout.encode("utf-8"))
    assert root.tag.endswith("teiCorpus")
    markdown = run(SEED_000, "--format", "markdown")
    assert "# Joint meeting of SCO and CSTO heads of state" in markdown.stdout
    text = run(SEED_000, "--format", "text")
    assert "Joint meeting of SCO and CSTO heads of state\n====" in text.stdout


def test_tei_of_several_files_goes_into_a_directory(tmp_path: Path) -> None:
    assert run(SEED_000, SEED_001, "--format", "tei").returncode == 2
    result = run(SEED_000, SEED_001, "--format", "tei", "--output", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        Path(seed).with_suffix(".xml").name for seed in (SEED_000, SEED_001))


def test_directories_are_walked_for_documents_and_link_loops_do_not_trap(tmp_path: Path) -> None:
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "a.txt").write_bytes(Path(SEED_000).read_bytes())
    (tmp_path / "b" / "c" / "page.HTML").write_bytes((FIXTURES / "008_html_news_item.html").read_bytes())
    (tmp_path / "b" / "loop").symlink_to(tmp_path, target_is_directory=True)
    result = run(str(tmp_path), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources == [str(tmp_path / "a.txt")] * 2 + [str(tmp_path / "b" / "c" / "page.HTML")]


def test_a_directory_walk_takes_files_without_suffix_and_markdown_and_names_what_it_skips(tmp_path: Path) -> None:
    seed = Path(SEED_000).read_bytes()
    for name in ("page1", "page2.txt", "page3.md"):
        (tmp_path / name).write_bytes(seed)
    (tmp_path / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    (tmp_path / ".notes.txt").write_bytes(seed)  # hidden: left out
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD.txt").write_bytes(seed)
    result = run(str(tmp_path), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources == [str(tmp_path / name) for name in ("page1", "page2.txt", "page3.md") for _ in range(2)]
    assert "skipped 1 file of other types (.png)" in result.stderr


def test_an_empty_directory_is_named_and_fails(tmp_path: Path) -> None:
    result = run(str(tmp_path))
    assert result.returncode == 1
    assert f"{tmp_path}: no documents in this directory" in result.stderr
    assert json.loads(result.stdout) == []


def test_jobs_give_the_same_output_in_the_same_order() -> None:
    files = [str(path) for path in sorted(FIXTURES.iterdir()) if path.suffix in (".txt", ".html", ".xml")]
    one = run(*files, "--format", "jsonl")
    two = run(*files, "--format", "jsonl", "--jobs", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout and one.stdout.count("\n") > len(files)
    assert run(SEED_000, "--jobs", "0").returncode == 2


@pytest.mark.parametrize("arguments", [("--format", "jsonl"), ("--format", "csv"), ("--format", "csv", "--table", "events"),
                                       ("--format", "text"), ("--format", "markdown")])
def test_workers_that_write_give_what_one_process_writes(tmp_path: Path, arguments: tuple[str, ...]) -> None:
    """With --jobs 2 the workers write each file's part of the output: the same bytes as one
    process writing them all, with a file given twice (CSV labels it `(2)`), a file without
    events between two with, an unreadable one named and skipped, and standard input."""
    (tmp_path / "empty.txt").write_text("\n\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    files = [SEED_000, str(tmp_path / "empty.txt"), str(FIXTURES / "023_html_meeting_as_served.html"),
             str(tmp_path / "binary.txt"), "-", SEED_000, str(FIXTURES / "017_ru_text_version_press_answers.txt")]
    stdin = (FIXTURES / "001_08d851294f153d6b.txt").read_bytes()
    one = run(*files, *arguments, stdin=stdin)
    two = run(*files, *arguments, "--jobs", "2", stdin=stdin)
    assert one.returncode == two.returncode == 1  # the binary file
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr and "binary.txt" in two.stderr
    if "csv" in arguments:
        assert f"{SEED_000} (2)" in two.stdout and two.stdout.count("source,") == 1
    assert "Vladimir Putin voted in the State Duma elections" in two.stdout  # the first file
    assert "Ответы на вопросы журналистов" in two.stdout  # the last one


def test_output_file_and_a_place_that_cannot_be_written(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    assert run(SEED_000, "--output", str(target)).returncode == 0
    assert json.loads(target.read_text(encoding="utf-8"))["shape"] == "text_version"
    nowhere = tmp_path / "no" / "such" / "dir" / "out.json"
    result = run(SEED_000, "--output", str(nowhere))
    assert result.returncode == 1 and str(nowhere) in result.stderr and "Traceback" not in result.stderr


def test_verbose_shows_diagnostics_with_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("Events\nA title\nFebruary 30, 2021\nText.", encoding="utf-8")
    result = run(str(bad), "--verbose")
    assert result.returncode == 0
    assert f"{bad}:3:1: error:" in result.stderr


def test_a_summary_of_diagnostics_without_verbose(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("Events\nA title\nFebruary 30, 2021\nText.", encoding="utf-8")
    latin1 = tmp_path / "latin1.txt"  # read with a replacement character: an error
    latin1.write_bytes("Vladimir Putin: Café society.".encode("latin-1"))
    undated = tmp_path / "undated.txt"  # a warning
    undated.write_text("Events\nA title\nText.", encoding="utf-8")
    for format in ("json", "jsonl", "csv", "text"):
        assert main([str(bad), str(latin1), str(undated), SEED_000, "--format", format]) == 0
        assert capsys.readouterr().err == "kremlin-parse: 4 files: 2 errors, 1 warning; -v for details\n", format
    assert main([str(bad), "--quiet"]) == 0 and capsys.readouterr().err == ""
    assert main([str(bad), "--verbose"]) == 0 and capsys.readouterr().err.endswith("kremlin-parse: 1 file: 1 error\n")
    assert run(str(bad)).stderr == "kremlin-parse: 1 file: 1 error; -v for details\n"  # as users run it


def test_shape_and_language_can_be_forced() -> None:
    result = run(SEED_000, "--shape", "fragment", "--language", "ru")
    data = json.loads(result.stdout)
    assert data["shape"] == "fragment" and {event["language"] for event in data["events"]} == {"ru"}
    assert run(SEED_000, "--language", "de").returncode == 2


def test_no_progress_bar_when_standard_error_is_no_terminal() -> None:
    result = run(SEED_000, SEED_001, "--format", "jsonl")
    assert result.returncode == 0 and result.stderr == ""


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_progress_bar_on_a_terminal_with_several_files(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main([SEED_000, SEED_001, "--format", "jsonl"]) == 0
    assert terminal.getvalue() == ""  # a quick run: no bar
    monkeypatch.setattr(_Progress, "DELAY", 0.0)
    assert main([SEED_000, SEED_001, "--format", "jsonl"]) == 0
    assert "2/2 files" in terminal.getvalue() and "MB/s" in terminal.getvalue()
    assert "left" in terminal.getvalue() and terminal.getvalue().endswith("\n")
    quiet = _Terminal()
    monkeypatch.setattr(sys, "stderr", quiet)
    assert main([SEED_000, SEED_001, "--format", "jsonl", "--quiet"]) == 0
    assert quiet.getvalue() == ""
    capsys.readouterr()


def test_the_progress_bar_counts_the_bytes_read_of_the_file_in_hand(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)

    class Halfway:
        fraction_read = 0.5

    progress = _Progress({"a.txt": 2_000_000, "b.txt": 6_000_000}, enabled=True)
    progress.start("a.txt")
    progress.end("a.txt")
    progress.start("b.txt")
    progress.reading(Halfway())  # type: ignore[arg-type]
    progress._draw()
    assert "1/2 files  5.0/8.0 MB" in terminal.getvalue()
    progress.finish()


def test_the_progress_bar_redraws_on_a_timer(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(_Progress, "DELAY", 0.0)
    monkeypatch.setattr(_Progress, "REFRESH", 0.01)
    progress = _Progress({"a.txt": 1_000_000}, enabled=True)
    progress.start("a.txt")  # and nothing more happens: the timer alone draws
    deadline = time.monotonic() + 10
    while "0/1 files" not in terminal.getvalue() and time.monotonic() < deadline:
        time.sleep(0.01)
    progress.finish()
    assert "0/1 files  0.0/1.0 MB" in terminal.getvalue()


def test_a_large_file_is_streamed_into_the_progress_bar(monkeypatch, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    followed = []
    monkeypatch.setattr(_Progress, "reading", lambda self, stream: followed.append(stream))
    assert main([SEED_000, "--format", "csv"]) == 0
    assert [stream.source for stream in followed] == [SEED_000]
    capsys.readouterr()


# -- faults ----------------------------------------------------------------------------------

def test_a_full_disk_is_reported_once_without_a_traceback() -> None:
    result = run(SEED_000, SEED_001, "--output", "/dev/full")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.count("/dev/full") == 1 and "No space left" in result.stderr
    with open("/dev/full", "w") as full:
        piped = subprocess.run([sys.executable, "-m", "kremlin_parse", SEED_000], stdout=full,
                               stderr=subprocess.PIPE, text=True, timeout=120)
    assert piped.returncode == 1 and "<stdout>: cannot write" in piped.stderr
    assert "Traceback" not in piped.stderr and "Exception ignored" not in piped.stderr


def test_a_reader_that_goes_away_stops_the_run_quietly() -> None:
    files = [str(path) for path in sorted(FIXTURES.iterdir()) if path.suffix == ".txt"] * 20
    process = subprocess.Popen([sys.executable, "-m", "kremlin_parse", *files, "--format", "jsonl"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(100)
    process.stdout.close()
    assert process.wait(timeout=120) == 1
    assert process.stderr.read() == b""


def test_unreadable_and_vanishing_files_are_named_and_the_rest_processed(
    tmp_path: Path, monkeypatch, capsys  # type: ignore[no-untyped-def]
) -> None:
    names = ["a.txt", "locked.txt", "b.txt", "vanishing.txt", "c.txt"]
    for name in names:
        (tmp_path / name).write_bytes(Path(SEED_000).read_bytes())
    real_read_bytes = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        if path.name == "b.txt":
            (tmp_path / "vanishing.txt").unlink()  # gone after the directory was walked
        return real_read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    status = main([str(tmp_path), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert status == 1
    assert err.count("locked.txt: Permission denied") == 1
    assert err.count("vanishing.txt: No such file or directory") == 1
    assert {json.loads(line)["source"] for line in out.splitlines()} == {
        str(tmp_path / name) for name in ("a.txt", "b.txt", "c.txt")
    }


def test_a_directory_that_cannot_be_walked_is_named(tmp_path: Path) -> None:
    result = run(str(tmp_path / "no-such-directory" / "x.txt"), SEED_000, "--format", "jsonl")
    assert result.returncode == 1 and "no-such-directory" in result.stderr
    assert len(result.stdout.splitlines()) == 2


def test_the_example_into_a_closed_pipe_ends_quietly() -> None:
    process = subprocess.Popen([sys.executable, "-m", "kremlin_parse", "--example"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(10)
    process.stdout.close()
    process.wait(timeout=120)
    assert b"Traceback" not in process.stderr.read()


def test_tei_files_of_the_same_name_do_not_overwrite_each_other(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "page.txt").write_bytes(Path(SEED_000).read_bytes())
    out = tmp_path / "out"
    out.mkdir()
    result = run(str(tmp_path / "a"), str(tmp_path / "b"), "--format", "tei", "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(path.name for path in out.iterdir()) == ["page-2.xml", "page.xml"]


def test_a_subdirectory_that_cannot_be_listed_is_named(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "good.txt").write_bytes(Path(SEED_000).read_bytes())
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    status = main([str(tmp_path), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert status == 1 and "locked: Permission denied" in err
    assert len(out.splitlines()) == 2


# -- the edges of the first hour (issue 17) ------------------------------------------------

RUSSIAN = str(FIXTURES / "018_ru_text_version_news.txt")


@pytest.mark.parametrize("format", ["csv", "jsonl", "json", "tei", "text", "markdown"])
def test_output_is_utf8_whatever_the_locale(format: str) -> None:
    environment = {**os.environ, "PYTHONIOENCODING": "cp1252", "PYTHONUTF8": "0", "LC_ALL": "C"}
    result = subprocess.run([sys.executable, "-m", "kremlin_parse", RUSSIAN, "--format", format],
                            capture_output=True, env=environment, timeout=120)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    document = kremlin_parse.parse_file(RUSSIAN)
    assert result.stdout.decode("utf-8") == kremlin_parse.dumps(document, format)


def test_the_example_in_any_format_and_never_with_a_file() -> None:
    result = run("--example", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["source"] == "sco_csto_2021-09-17.txt"
    assert "CC BY 4.0" in result.stderr
    assert "Joint meeting" in run("--example", "--format", "markdown").stdout
    refused = run("--example", SEED_000)
    assert refused.returncode == 2 and "give no FILE" in refused.stderr


def test_a_failed_run_leaves_no_output_file_and_keeps_the_old_one(tmp_path: Path) -> None:
    target = tmp_path / "turns.csv"
    result = run(str(tmp_path / "missing.txt"), "--format", "csv", "-o", str(target))
    assert result.returncode == 1 and not target.exists()
    target.write_text("the previous run\n", encoding="utf-8")
    run(str(tmp_path / "missing.txt"), "--format", "csv", "-o", str(target))
    assert target.read_text(encoding="utf-8") == "the previous run\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["turns.csv"]  # no temporary file left


def test_an_interrupted_run_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kremlin_parse.outputs import json as json_output

    target = tmp_path / "events.jsonl"
    real_line = json_output.event_line
    lines = []

    def interrupted(*args, **kwargs):  # type: ignore[no-untyped-def]
        lines.append(1)
        if len(lines) == 3:
            raise KeyboardInterrupt
        return real_line(*args, **kwargs)

    monkeypatch.setattr(json_output, "event_line", interrupted)
    assert main([SEED_000, SEED_001, "--format", "jsonl", "-o", str(target), "--quiet"]) == 130
    assert list(tmp_path.iterdir()) == []


def test_the_output_keeps_the_permissions_a_new_file_gets(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    assert run(SEED_000, "-o", str(target)).returncode == 0
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_jobs_that_are_no_number_are_named_plainly() -> None:
    result = run(SEED_000, "--jobs", "x")
    assert result.returncode == 2
    assert "expected a whole number of processes, not 'x'" in result.stderr and "_positive" not in result.stderr


def test_tei_makes_the_output_directory(tmp_path: Path) -> None:
    out = tmp_path / "new" / "tei"
    result = run(SEED_000, SEED_001, "--format", "tei", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(path.name for path in out.iterdir()) == ["000_213688eab3130147.xml", "001_08d851294f153d6b.xml"]
    one = run(SEED_000, "--format", "tei", "-o", str(tmp_path / "single") + os.sep)
    assert one.returncode == 0 and (tmp_path / "single" / "000_213688eab3130147.xml").exists()


def test_a_large_file_is_written_event_by_event_without_its_whole_parse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    page = "Events\nMeeting {n}\nSeptember 17, 2021\n\nVladimir Putin: Thank you.\nText version\n"
    broken = "Events\nBroken\nFebruary 30, 2021\n\nVladimir Putin: No.\nText version\n"
    path = tmp_path / "large.txt"
    path.write_text("".join(page.format(n=n) for n in range(300)) + broken + page.format(n=300), encoding="utf-8")
    document = kremlin_parse.parse_file(path)
    expected = {format: kremlin_parse.dumps(document, format) for format in ("jsonl", "csv", "text", "markdown")}
    (diagnostic,) = document.diagnostics
    monkeypatch.setattr(windows, "WINDOW_CHARS", 2000)  # the file spans many windows
    monkeypatch.setattr(windows, "_CHUNK_BYTES", 1000)

    def no_whole_parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the whole file was parsed at once")

    monkeypatch.setattr(parser, "_parse_source", no_whole_parse)
    for format, output in expected.items():
        assert main([str(path), "--format", format, "--verbose"]) == 0
        out, err = capsys.readouterr()
        assert out == output
        assert f"{path}:{diagnostic.line}:{diagnostic.column}: error:" in err


def test_tei_of_a_file_that_cannot_be_read_names_it(tmp_path: Path) -> None:
    result = run(str(tmp_path / "missing.txt"), "--format", "tei")
    assert result.returncode == 1 and "missing.txt" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_an_output_that_names_a_directory_is_refused(tmp_path: Path) -> None:
    for output in (str(tmp_path), str(tmp_path / "new") + os.sep):
        result = run(SEED_000, "--format", "csv", "-o", output)
        assert result.returncode == 2 and "names a directory" in result.stderr
    assert not (tmp_path / "new").exists()
