"""The leaves of a parse: spans of the normalised text and the text or value they hold.

Every node of a parse points into `Document.text` by a `Span`; `Text` keeps a piece of that
text verbatim and `Parsed` a value read from it beside its raw text. The grammar modules
(dates, labels) build these; the models build on them.
"""

from __future__ import annotations

import operator
from typing import Generic, TypeVar

import attrs

T = TypeVar("T")
_Model = TypeVar("_Model", bound=type)
_Instance = TypeVar("_Instance")


def pickled_by_fields(cls: _Model) -> _Model:
    """Pickle a model as its class and field values: several times faster than attrs's
    state dictionary, and parses travel between processes a lot (`parse_many`, Spark)."""
    values = operator.attrgetter(*(field.name for field in attrs.fields(cls)))

    def __reduce__(self: object) -> tuple[type, tuple[object, ...]]:
        return type(self), values(self)

    cls.__reduce__ = __reduce__  # type: ignore[assignment,method-assign]
    return cls


class _FieldsOf:
    """The fields of a model class in the order its constructor takes them, read at once."""

    __slots__ = ("values", "index")

    def __init__(self, cls: type) -> None:
        fields = attrs.fields(cls)
        if any(not field.init or field.alias != field.name for field in fields):
            raise TypeError(f"{cls.__name__} has fields its constructor does not take by name")
        self.values = operator.attrgetter(*(field.name for field in fields))
        self.index = {field.name: position for position, field in enumerate(fields)}


_FIELDS_OF: dict[type, _FieldsOf] = {}


def replaced(instance: _Instance, **changes: object) -> _Instance:
    """`attrs.evolve` for the models, at two thirds of its cost: the stages after the body
    give thousands of turns a resolved speaker, and `evolve` looks the fields up each time.
    Every field is passed to the constructor by position, so its validators run as they do
    for `evolve`."""
    cls = type(instance)
    fields = _FIELDS_OF.get(cls)
    if fields is None:
        fields = _FIELDS_OF[cls] = _FieldsOf(cls)
    values = list(fields.values(instance))
    for name, value in changes.items():
        position = fields.index.get(name)
        if position is None:
            raise TypeError(f"{cls.__name__} has no field {name!r}")
        values[position] = value
    return cls(*values)


@pickled_by_fields
@attrs.frozen(slots=True)
class Span:
    """Half-open range `[start, end)` of offsets into the normalised text."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        """The characters of `text` this span covers."""
        return text[self.start : self.end]


@pickled_by_fields
@attrs.frozen(slots=True)
class Text:
    """A piece of source text kept verbatim: `text == document.text[span.start:span.end]`."""

    text: str
    span: Span

    def __str__(self) -> str:
        return self.text


@pickled_by_fields
@attrs.frozen(slots=True)
class Parsed(Generic[T]):
    """A value read from the source, kept beside the raw text it came from."""

    value: T
    raw: str
    span: Span
