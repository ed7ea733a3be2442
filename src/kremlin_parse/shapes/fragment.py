"""A stretch copied from the middle of a page: no header, just paragraphs (and tag blocks).
See docs/shapes/fragment.md."""

from __future__ import annotations

from typing import Iterable, Sequence

from ..kinds import Kind
from ..lexer import Token
from ..lexicon import vocabulary_of
from ..models import Event
from .base import TAG_FIELDS, Shape
from .writing import only_event, section_blocks, tag_lines


class Fragment(Shape):
    """What plain text is when no other shape claims it."""

    name = "fragment"
    carried = frozenset({"language", "sections"}) | TAG_FIELDS

    def claims(self, top: Sequence[Token], kinds: frozenset[Kind]) -> bool:
        return True

    def render(self, events: Iterable[Event]) -> str:
        return render_fragment(events)


def render_fragment(events: Iterable[Event]) -> str:
    """A stretch copied from the middle of one page: its body and tag blocks, no header or
    footer (so the title, lead, date and publication fields are not carried)."""
    event = only_event(events, "fragment")
    vocabulary = vocabulary_of(event.language)
    lines = [line for block in section_blocks(event.sections) for line in block]
    return "\n".join(lines + tag_lines(event, vocabulary)) + "\n"


FRAGMENT = Fragment()
