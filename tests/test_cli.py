"""The command line, run as users run it: in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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
