"""Write docs/api.md, the API reference, from the signatures and docstrings of the code.

    .venv/bin/python docs/generate_api.py

Every public name of `kremlin_parse` (its `__all__`) and of the modules a user reaches into
(`kremlin_parse.outputs.*`, `kremlin_parse.pipeline`, `kremlin_parse.render`) is listed with
its signature and its docstring. `tests/test_docs.py` checks that the committed page is what
this script writes, so the reference cannot fall behind the code.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import sys
from pathlib import Path
from typing import Any, ForwardRef

import attrs

import kremlin_parse

PAGE = Path(__file__).parent / "api.md"

#: The sections of the page: a title, what it holds, and the names, as `module:name`.
SECTIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Reading", "Parse text, a file, many files or a large file an event at a time.", (
        "kremlin_parse:parse", "kremlin_parse:parse_file", "kremlin_parse:parse_many",
        "kremlin_parse:iter_events", "kremlin_parse:EventStream", "kremlin_parse:SHAPES",
    )),
    ("Writing", "Any output format in one call, and the tables as pandas DataFrames.", (
        "kremlin_parse:dumps", "kremlin_parse:dump", "kremlin_parse:to_dataframe", "kremlin_parse:FORMATS",
    )),
    ("Across documents", "One id for every form of a person's name, and the two editions of the "
     "same events paired ([persons.md](persons.md), [alignment.md](alignment.md)).", (
        "kremlin_parse:persons", "kremlin_parse:align",
    )),
    ("The models", "What a parse holds: frozen attrs classes, each node with its span into "
     "`Document.text` ([models.md](models.md) describes every field).", (
        "kremlin_parse:Document", "kremlin_parse:Event", "kremlin_parse:Section", "kremlin_parse:Turn",
        "kremlin_parse:Speaker", "kremlin_parse:SpeakerKind", "kremlin_parse:Paragraph", "kremlin_parse:Mark",
        "kremlin_parse:MarkKind", "kremlin_parse:Text", "kremlin_parse:Parsed", "kremlin_parse:Span",
        "kremlin_parse:Caption", "kremlin_parse:SeeAlso", "kremlin_parse:Furniture",
        "kremlin_parse:Kind", "kremlin_parse:FurnitureKind", "kremlin_parse:Diagnostic", "kremlin_parse:Severity",
    )),
    ("Errors and warnings", "Everything the library raises on purpose derives from `KremlinParseError`.", (
        "kremlin_parse:KremlinParseError", "kremlin_parse:ParseError", "kremlin_parse:NotTextError",
        "kremlin_parse:UnsafeMarkupError", "kremlin_parse:PathAsTextWarning",
    )),
    ("kremlin_parse.outputs.json", "The JSON output as Python data, and its schema ([json.md](json.md)).", (
        "kremlin_parse.outputs.json:export_document", "kremlin_parse.outputs.json:export_event",
        "kremlin_parse.outputs.json:event_line", "kremlin_parse.outputs.json:event_id",
        "kremlin_parse.outputs.json:json_schema", "kremlin_parse.outputs.json:write_json",
        "kremlin_parse.outputs.json:write_jsonl",
    )),
    ("kremlin_parse.outputs.csv", "The CSV tables and their rows ([outputs.md](outputs.md)).", (
        "kremlin_parse.outputs.csv:write_csv", "kremlin_parse.outputs.csv:turn_rows",
        "kremlin_parse.outputs.csv:event_rows", "kremlin_parse.outputs.csv:to_records",
        "kremlin_parse.outputs.csv:kremlin_id", "kremlin_parse.outputs.csv:TURN_COLUMNS",
        "kremlin_parse.outputs.csv:EVENT_COLUMNS",
    )),
    ("kremlin_parse.outputs.text and kremlin_parse.outputs.tei", "Readable text, Markdown and TEI XML "
     "([outputs.md](outputs.md), [tei.md](tei.md)).", (
        "kremlin_parse.outputs.text:to_text", "kremlin_parse.outputs.text:to_markdown",
        "kremlin_parse.outputs.text:event_to_text", "kremlin_parse.outputs.text:event_to_markdown",
        "kremlin_parse.outputs.text:write_text", "kremlin_parse.outputs.text:write_markdown",
        "kremlin_parse.outputs.tei:to_tei", "kremlin_parse.outputs.tei:write_tei",
    )),
    ("kremlin_parse.outputs", "The registry of formats.", (
        "kremlin_parse.outputs:Format", "kremlin_parse.outputs:Options",
    )),
    ("kremlin_parse.pipeline", "Many files: directories walked, outcomes that never stop a run "
     "([pipelines.md](pipelines.md)).", (
        "kremlin_parse.pipeline:outcomes", "kremlin_parse.pipeline:Outcome",
        "kremlin_parse.pipeline:find_documents", "kremlin_parse.pipeline:DOCUMENT_SUFFIXES",
    )),
    ("kremlin_parse.render", "Events written back as a document of a shape ([rendering.md](rendering.md)).", (
        "kremlin_parse.render:render", "kremlin_parse.render:CARRIED_FIELDS",
    )),
)


def render_page() -> str:
    """The text of docs/api.md."""
    lines = [
        "# API reference",
        "",
        "<!-- Written by docs/generate_api.py from the code's signatures and docstrings; do not edit. -->",
        "",
        f"kremlin_parse {kremlin_parse.__version__}. `import kremlin_parse` gives every name of the first four",
        "sections; the others live in the modules named. Start with the [index](index.md).",
        "",
    ]
    for title, summary, names in SECTIONS:
        lines.append(f"- [{title}](#{_anchor(title)})")
    lines.append("")
    for title, summary, names in SECTIONS:
        lines += [f"## {title}", "", summary, ""]
        for qualified in names:
            module_name, name = qualified.split(":")
            lines += _entry(name, getattr(importlib.import_module(module_name), name))
    return "\n".join(lines).rstrip("\n") + "\n"


def _entry(name: str, value: Any) -> list[str]:
    if inspect.isclass(value):
        return _class(name, value)
    if callable(value):
        return [f"### `{name}{_signature(value)}`", "", *_doc(value), ""]
    return [f"### `{name}`", "", f"`{_value(value)}`", ""]


def _class(name: str, cls: type) -> list[str]:
    if issubclass(cls, enum.Enum):
        members = ", ".join(f"`{member.value}`" for member in cls)  # type: ignore[var-annotated]
        return [f"### `{name}`", "", *_doc(cls), "", f"Values: {members}.", ""]
    if issubclass(cls, BaseException):
        bases = ", ".join(base.__name__ for base in cls.__bases__)
        return [f"### `{name}({bases})`", "", *_doc(cls), ""]
    lines = [f"### `{name}{_signature(cls)}`", "", *_doc(cls), ""]
    for member_name, member in sorted(vars(cls).items()):
        if member_name.startswith("_") or member_name in _FIELDS_OF(cls):
            continue
        if isinstance(member, property):
            lines += [f"- `{member_name}` (property): {_first_paragraph(member)}"]
        elif isinstance(member, (classmethod, staticmethod)) or inspect.isfunction(member):
            function = member.__func__ if isinstance(member, (classmethod, staticmethod)) else member
            lines += [f"- `{member_name}{_signature(function, drop_first=not isinstance(member, staticmethod))}`: "
                      f"{_first_paragraph(function)}"]
    return lines + [""] if lines[-1] else lines


def _FIELDS_OF(cls: type) -> set[str]:
    return {field.name for field in attrs.fields(cls)} if attrs.has(cls) else set()


def _signature(function: Any, *, drop_first: bool = False) -> str:
    """`(name: type = default, *, ...) -> type` with the annotations as written."""
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError):
        return "(...)"
    parameters = list(signature.parameters.values())
    if drop_first and parameters and parameters[0].name in ("self", "cls"):
        parameters = parameters[1:]
    parts: list[str] = []
    keyword_only_started = False
    for parameter in parameters:
        if parameter.kind is parameter.KEYWORD_ONLY and not keyword_only_started:
            parts.append("*")
            keyword_only_started = True
        if parameter.kind is parameter.VAR_POSITIONAL:
            keyword_only_started = True
        text = {parameter.VAR_POSITIONAL: "*", parameter.VAR_KEYWORD: "**"}.get(parameter.kind, "") + parameter.name
        if parameter.annotation is not parameter.empty:
            text += f": {_annotation(parameter.annotation)}"
        if parameter.default is not parameter.empty:
            text += f" = {_value(parameter.default)}"
        parts.append(text)
    result = f"({', '.join(parts)})"
    if signature.return_annotation is not signature.empty and not inspect.isclass(function):
        result += f" -> {_annotation(signature.return_annotation)}"
    return result


def _annotation(annotation: Any) -> str:
    if isinstance(annotation, str):
        return annotation
    if isinstance(annotation, ForwardRef):  # a NamedTuple's annotations under `from __future__ import annotations`
        return annotation.__forward_arg__
    return inspect.formatannotation(annotation)


def _value(value: Any) -> str:
    """A short, stable rendering: dictionaries by their keys, sets sorted."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key!r}: …" for key in value) + "}"
    if isinstance(value, (set, frozenset)):
        return f"{type(value).__name__}({{{', '.join(repr(item) for item in sorted(value))}}})"
    return repr(value)


def _doc(value: Any) -> list[str]:
    return (inspect.getdoc(value) or "(no docstring)").splitlines()


def _first_paragraph(value: Any) -> str:
    return " ".join((inspect.getdoc(value) or "").split("\n\n")[0].split())


def _anchor(title: str) -> str:
    return "".join(char for char in title.lower().replace(" ", "-") if char.isalnum() or char in "-_")


def main() -> int:
    PAGE.write_text(render_page(), encoding="utf-8")
    print(f"wrote {PAGE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
