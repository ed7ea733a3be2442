"""A validator for the part of JSON Schema that the export's schema uses: `type`,
`properties`, `required`, `additionalProperties: false`, `items`, `minItems`, `maxItems`,
`enum`, `pattern`, `minimum`, `anyOf` and local `$ref`s. Anything else in a schema is an
error, so the schema cannot grow past what is checked."""

from __future__ import annotations

import re
from typing import Any

_TYPES = {"string": str, "integer": int, "array": list, "object": dict, "null": type(None), "boolean": bool}
_KNOWN = {"type", "properties", "required", "additionalProperties", "items", "minItems", "maxItems",
          "enum", "pattern", "minimum", "anyOf", "$ref", "description", "$schema", "$id", "title", "$defs"}


def errors(value: Any, schema: dict[str, Any], root: dict[str, Any], where: str = "$") -> list[str]:
    """Every way `value` breaks `schema`, each with its JSON path."""
    unknown = set(schema) - _KNOWN
    if unknown:
        raise ValueError(f"schema keyword(s) not supported: {sorted(unknown)} at {where}")
    if "$ref" in schema:
        name = schema["$ref"].removeprefix("#/$defs/")
        return errors(value, root["$defs"][name], root, where)
    if "anyOf" in schema:
        found = [errors(value, option, root, where) for option in schema["anyOf"]]
        return [] if any(not item for item in found) else [f"{where}: fits no option"] + found[0]
    problems: list[str] = []
    if "type" in schema:
        names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_is(value, name) for name in names):
            return [f"{where}: {value!r} is not {names}"]
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{where}: {value!r} not one of {schema['enum']}")
    if isinstance(value, str) and "pattern" in schema and not re.search(schema["pattern"], value):
        problems.append(f"{where}: {value!r} does not match {schema['pattern']}")
    if isinstance(value, int) and "minimum" in schema and value < schema["minimum"]:
        problems.append(f"{where}: {value} below {schema['minimum']}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0) or len(value) > schema.get("maxItems", len(value)):
            problems.append(f"{where}: {len(value)} items")
        if "items" in schema:
            for index, item in enumerate(value):
                problems += errors(item, schema["items"], root, f"{where}[{index}]")
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        problems += [f"{where}: missing {key!r}" for key in schema.get("required", []) if key not in value]
        if schema.get("additionalProperties") is False:
            problems += [f"{where}: unexpected {key!r}" for key in value if key not in properties]
        for key, item in value.items():
            if key in properties:
                problems += errors(item, properties[key], root, f"{where}.{key}")
    return problems


def _is(value: Any, name: str) -> bool:
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, _TYPES[name])
