"""The recipes of docs/pipelines.md marked `tested`, run as written."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES

DOC = Path(__file__).parent.parent / "docs" / "pipelines.md"
_TESTED_BLOCK = re.compile(r"<!-- tested -->\n```python\n(.*?)```", re.DOTALL)
RECIPES = _TESTED_BLOCK.findall(DOC.read_text(encoding="utf-8"))


def test_the_doc_has_tested_recipes() -> None:
    assert len(RECIPES) == 4


@pytest.mark.parametrize("recipe", RECIPES, ids=lambda recipe: recipe.splitlines()[-1][:40])
def test_recipe(recipe: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(FIXTURES / "000_213688eab3130147.txt", pages / "000.txt")
    shutil.copy(FIXTURES / "001_08d851294f153d6b.txt", pages / "001.txt")
    shutil.copy(FIXTURES / "021_ru_html_meeting.html", pages / "021.html")
    monkeypatch.chdir(tmp_path)
    exec(compile(recipe, f"{DOC.name} recipe", "exec"), {"__name__": "recipe"})  # noqa: S102
