"""Generated events, rendered into every shape, parse back to themselves."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kremlin_parse
from kremlin_parse.export import event_to_dict
from kremlin_parse.models import Event
from kremlin_parse.render import CARRIED_FIELDS, RENDERERS, render

from conftest import assert_nothing_lost
from strategies import events

#: Shapes that hold one event per document; the others hold several.
SINGLE_EVENT_SHAPES = ("fragment", "news_repost")


def carried(event: Event, shape: str) -> dict[str, Any]:
    """The event as JSON data, with only the fields the shape carries (spans left out)."""
    data = event_to_dict(event)
    return {key: value for key, value in data.items() if key in CARRIED_FIELDS[shape]}


def for_shape(event: Event, shape: str) -> Event:
    """What a shape can give back of an event: a news repost holds only narration."""
    if shape == "news_repost":
        return attrs.evolve(event, sections=event.sections[:1])
    return event


@pytest.mark.parametrize("shape", sorted(RENDERERS))
@given(data=st.data())
def test_round_trip(shape: str, data: st.DataObject) -> None:
    count = 1 if shape in SINGLE_EVENT_SHAPES else data.draw(st.integers(1, 3))
    strategy = events(with_lead=shape == "browser_dump", with_url=shape == "forum_repost")
    generated = [for_shape(data.draw(strategy), shape) for _ in range(count)]
    text = render(generated, shape)
    document = kremlin_parse.parse(text)
    assert document.shape == shape
    assert [carried(event, shape) for event in document.events] == [
        carried(event, shape) for event in generated
    ]
    assert_nothing_lost(document)
    assert not [d for d in document.diagnostics if d.severity.value != "info"], document.diagnostics


@given(st.lists(events(), min_size=1, max_size=4), st.booleans())
def test_glued_pages_give_one_event_each_in_order(generated: list[Event], glued: bool) -> None:
    document = kremlin_parse.parse(kremlin_parse.render.render_text_version(generated, glued=glued))
    assert [event.title.text for event in document.events if event.title] == [
        event.title.text for event in generated if event.title
    ]
    assert len(document.events) == len(generated)


@given(events())
def test_parsing_is_idempotent_through_the_text_version(event: Event) -> None:
    first = kremlin_parse.parse(render(event))
    second = kremlin_parse.parse(render(first.events))
    assert [event_to_dict(e) | {"span": None} for e in second.events] == [
        event_to_dict(e) | {"span": None} for e in first.events
    ]
