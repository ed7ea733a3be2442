"""The docs cannot fall behind the code: the API reference is what docs/generate_api.py
writes from the docstrings, and the quick start of docs/index.md runs as written."""

from __future__ import annotations

import importlib.util
import re
import shlex
import shutil
from pathlib import Path

import pytest

import kremlin_parse
from kremlin_parse.cli import build_parser, main

from conftest import FIXTURES

DOCS = Path(__file__).parent.parent / "docs"
_TESTED = re.compile(r"<!-- tested -->\n```(python|sh)\n(.*?)```", re.DOTALL)


def _generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("generate_api", DOCS / "generate_api.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_api_reference_is_what_the_docstrings_say() -> None:
    committed = (DOCS / "api.md").read_text(encoding="utf-8")
    assert committed == _generator().render_page(), "run .venv/bin/python docs/generate_api.py"


def test_the_api_reference_lists_every_public_name() -> None:
    committed = (DOCS / "api.md").read_text(encoding="utf-8")
    headings = set(re.findall(r"^### `([A-Za-z_]+)", committed, re.MULTILINE))
    assert set(kremlin_parse.__all__) - {"__version__"} <= headings


def test_the_quick_start_runs_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pandas")
    (tmp_path / "pages").mkdir()
    shutil.copy(FIXTURES / "000_213688eab3130147.txt", tmp_path / "page.txt")
    for name in ("000_213688eab3130147.txt", "001_08d851294f153d6b.txt", "021_ru_html_meeting.html"):
        shutil.copy(FIXTURES / name, tmp_path / "pages" / name)
    monkeypatch.chdir(tmp_path)
    blocks = _TESTED.findall((DOCS / "index.md").read_text(encoding="utf-8"))
    assert [kind for kind, _ in blocks] == ["sh", "python", "sh", "python", "python", "python"]
    namespace: dict[str, object] = {"__name__": "quick_start"}
    for kind, block in blocks:
        if kind == "python":
            exec(compile(block, "index.md quick start", "exec"), namespace)  # noqa: S102
            continue
        for line in block.splitlines():
            words = shlex.split(line, comments=True)
            assert words[0] == "kremlin-parse"
            assert main(words[1:]) == 0, line  # the command, run in this process
    assert Path("turns.csv").read_text(encoding="utf-8").startswith("source,event_id,")
    assert Path("page.md").read_text(encoding="utf-8").startswith("# Vladimir Putin voted")


def test_the_docs_know_every_option_of_the_command_line() -> None:
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    options = [option for action in build_parser()._actions for option in action.option_strings
               if option.startswith("--") and option not in ("--help", "--version")]
    assert [option for option in options if option not in readme] == []
    for page in sorted(DOCS.glob("*.md")):
        assert "command line has no" not in page.read_text(encoding="utf-8"), page.name
