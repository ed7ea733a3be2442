"""The layout of the package: every module has its place on the road, imports only what
stands before it, and no two modules import each other, even lazily inside a function.

The places are those of docs/architecture.md. A module or package not listed here fails
the test: a new module must be given its place (and the architecture page its paragraph).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "src" / "kremlin_parse"

#: The place of each top-level module or package on the road. A module may import only
#: modules of a lower place; modules of one place know nothing of each other (the header and
#: the body are read side by side, and the body never reaches into the header).
PLACES: dict[str, int] = {
    # what every stage shares: the kinds, the leaves of the models, the site's clock, the
    # garbage collector paused while a parse runs
    "errors": 0, "kinds": 0, "spans": 0, "lines": 0, "clock": 0, "collector": 0,
    "lexicon": 1, "serial": 1, "source": 1,
    "models": 2, "ids": 2,
    # what iter_events hands back: events with what is known of their input
    "stream": 3,
    "diagnostics": 3,
    # the grammars of one line, of a person's name in either script, and of the scripts
    "dates": 4, "labels": 4, "paragraphs": 4, "romanise": 4, "scripts": 4,
    "lexer": 5,
    "language": 6, "evidence": 6,
    "segment": 7, "page": 7,
    "header": 8, "body": 8, "turns": 8, "persons": 8,
    "event": 9,
    # the shapes plug into the road: they name its front ends, rules and writers
    "shapes": 10,
    "render": 11, "windows": 11,
    "parser": 12,
    # on top of the road: many files, the outputs, the command line
    "pipeline": 13, "align": 13, "outputs": 14, "align_cli": 15,
    "cli": 16,
    "__init__": 17, "__main__": 18,
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts)


MODULES = {_module_name(path): path for path in PACKAGE.rglob("*.py")}


def _imports(path: Path) -> set[str]:
    """The kremlin_parse modules that the module at `path` imports, anywhere in it."""
    package = _module_name(path).split(".")[:-1]  # `shapes.__init__` and `shapes.html` sit in `shapes`
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - (node.level - 1)] if node.level > 1 else package
            module = [*base, *(node.module.split(".") if node.module else [])]
            if node.module is None:  # `from . import windows`; a name that is no module is the package's
                for alias in node.names:
                    name = ".".join([*module, alias.name])
                    found.add(name if name in MODULES or name + ".__init__" in MODULES else ".".join([*module, "__init__"]))
            else:
                found.add(".".join(module))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kremlin_parse"):
            found.add(node.module.removeprefix("kremlin_parse").lstrip("."))
    return {module for module in found if module}


def _top(module: str) -> str:
    return module.split(".")[0]


@pytest.mark.parametrize("module", sorted(MODULES))
def test_every_module_has_a_place_on_the_road(module: str) -> None:
    assert _top(module) in PLACES, f"{module} has no place in PLACES (and docs/architecture.md)"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_a_module_imports_only_what_stands_before_it(module: str) -> None:
    place = PLACES[_top(module)]
    for imported in _imports(MODULES[module]):
        if _top(imported) == _top(module):
            continue  # within one package (shapes, lexicon): checked for cycles below
        assert PLACES[_top(imported)] < place, (
            f"{module} (place {place}) imports {imported} (place {PLACES[_top(imported)]})"
        )


def test_no_import_cycle() -> None:
    graph = {module: {imported for imported in _imports(path) if imported in MODULES or imported + ".__init__" in MODULES}
             for module, path in MODULES.items()}
    graph = {module: {imported if imported in MODULES else imported + ".__init__" for imported in imports}
             for module, imports in graph.items()}
    visiting: list[str] = []
    done: set[str] = set()

    def visit(module: str) -> None:
        if module in done:
            return
        assert module not in visiting, " -> ".join([*visiting[visiting.index(module):], module])
        visiting.append(module)
        for imported in sorted(graph[module]):
            if imported != module:
                visit(imported)
        visiting.pop()
        done.add(module)

    for module in sorted(graph):
        visit(module)
