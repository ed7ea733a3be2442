"""The JSON output against its JSON Schema, checked by `jsonschema` (Draft 2020-12): every
golden file, every JSON Lines line."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import kremlin_parse
from kremlin_parse import SHAPES, MarkKind, Severity, SpeakerKind
from kremlin_parse.kinds import FURNITURE_KINDS
from kremlin_parse.outputs.json import json_schema

from conftest import FIXTURE_FILES, GOLDEN

SCHEMA = json_schema()
#: The schema as a whole (a document), and the same definitions read from a line of JSON Lines.
DOCUMENT = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
EVENT_LINE = DOCUMENT.evolve(schema={**SCHEMA, "$ref": "#/$defs/event_line"})


def errors(data: object, validator: jsonschema.protocols.Validator) -> list[str]:
    """Every way `data` breaks the schema, each with its JSON path."""
    return [f"{error.json_path}: {error.message}" for error in validator.iter_errors(data)]


def test_the_schema_is_a_valid_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("path", sorted(GOLDEN.glob("*.json")), ids=lambda path: path.name[:3])
def test_every_golden_file_fits_the_schema(path: Path) -> None:
    assert errors(json.loads(path.read_text(encoding="utf-8")), DOCUMENT) == []


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.name[:3])
def test_every_jsonl_line_fits_the_schema(path: Path) -> None:
    document = kremlin_parse.parse_file(path)
    lines = kremlin_parse.dumps(document, "jsonl").splitlines()
    assert len(lines) == len(document.events)
    for number, line in enumerate(lines, start=1):
        data = json.loads(line)
        assert "\n" not in line and data["event_id"] == f"{path}#{number}" and data["source"] == str(path)
        assert errors(data, EVENT_LINE) == []


def test_the_schema_catches_what_breaks_it() -> None:
    (golden,) = [path for path in GOLDEN.glob("000*.json")]
    data = json.loads(golden.read_text(encoding="utf-8"))
    data["events"][0]["date"] = "17 September 2021"
    data["events"][0]["sections"][0]["turns"][0]["colour"] = "red"
    del data["furniture"][0]["kind"]
    found = errors(data, DOCUMENT)
    assert len(found) == 3 and any("colour" in item for item in found)


def test_the_schema_enums_are_the_models_enums() -> None:
    defs = SCHEMA["$defs"]
    assert defs["furniture"]["properties"]["kind"]["enum"] == [kind.value for kind in FURNITURE_KINDS]
    assert defs["turn"]["properties"]["marks"]["items"]["properties"]["kind"]["enum"] == [k.value for k in MarkKind]
    assert defs["speaker"]["properties"]["kind"]["enum"] == [kind.value for kind in SpeakerKind]
    assert defs["diagnostic"]["properties"]["severity"]["enum"] == [kind.value for kind in Severity]
    assert defs["document"]["properties"]["shape"]["enum"] == list(SHAPES)


def test_the_docs_hold_the_same_schema_as_the_package() -> None:
    docs = Path(__file__).parent.parent / "docs" / "document.schema.json"
    assert json.loads(docs.read_text(encoding="utf-8")) == SCHEMA
