"""The models as plain data and back: every field, spans included, so that
`Document.from_dict(json.loads(json.dumps(document.to_dict()))) == document`.

This is the model itself in JSON-ready form, for caching a parse or sending it between
processes and languages. The JSON *export* (docs/json.md) is a smaller, reader-friendly
selection of it and cannot be read back.

The layout follows the attrs classes field by field: a class becomes an object of its
fields, a span `[start, end]`, a tuple a list, an enum its value, a date, time or datetime
its ISO form.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import types
import typing
from typing import Any, Union

import attrs

from .clock import MOSCOW
from .spans import Parsed, Span

JSONValue = Any


def _moscow_datetime(text: str) -> dt.datetime:
    """A datetime from its ISO form, in the Moscow zone the parser gave it when it fits."""
    value = dt.datetime.fromisoformat(text)
    if value.tzinfo is not None and value.utcoffset() == value.astimezone(MOSCOW).utcoffset():
        return value.astimezone(MOSCOW)
    return value


_ISO_TYPES: dict[type, Any] = {
    dt.datetime: _moscow_datetime,
    dt.date: dt.date.fromisoformat,
    dt.time: dt.time.fromisoformat,
}


def unstructure(value: object) -> JSONValue:
    """Any model, or a value inside one, as JSON-ready data."""
    if isinstance(value, Span):
        return [value.start, value.end]
    if attrs.has(type(value)):
        return {field.name: unstructure(getattr(value, field.name)) for field in attrs.fields(type(value))}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.time)):  # datetime is a date
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [unstructure(item) for item in value]
    return value


def structure(data: JSONValue, kind: Any) -> Any:
    """The value of type `kind` that `unstructure` turned into `data`.

    Raises ValueError naming the type when the data does not fit it.
    """
    try:
        return _structure(data, kind)
    except (TypeError, KeyError, IndexError, AttributeError, ValueError) as error:
        raise ValueError(f"data does not fit {getattr(kind, '__name__', kind)}: {error}") from error


def _structure(data: JSONValue, kind: Any) -> Any:
    origin = typing.get_origin(kind)
    if origin in (Union, types.UnionType):
        options = typing.get_args(kind)
        if data is None and type(None) in options:
            return None
        (inner,) = [option for option in options if option is not type(None)]
        return _structure(data, inner)
    if origin is tuple:
        (item_kind, _ellipsis) = typing.get_args(kind)
        return tuple(_structure(item, item_kind) for item in data)
    if kind is Span:
        start, end = data
        return Span(int(start), int(end))
    if origin is Parsed:
        (value_kind,) = typing.get_args(kind)
        return Parsed(_structure(data["value"], value_kind), data["raw"], _structure(data["span"], Span))
    if isinstance(kind, type) and attrs.has(kind):
        hints = _field_types(kind)
        names = {field.name for field in attrs.fields(kind)}
        unknown = set(data) - names
        if unknown:
            raise KeyError(f"unknown field(s) {', '.join(sorted(unknown))}")
        return kind(**{name: _structure(value, hints[name]) for name, value in data.items()})
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(data)
    if kind in _ISO_TYPES:
        return _ISO_TYPES[kind](data)
    if kind in (str, int, bool) and not isinstance(data, kind):
        raise TypeError(f"{data!r} is no {kind.__name__}")
    return data


@functools.cache
def _field_types(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)
