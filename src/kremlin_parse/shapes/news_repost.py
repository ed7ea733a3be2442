"""A news agency's repost: a ` date 2021-09-14 ` prefix running into the story, `Related
news` links. See docs/shapes/news_repost.md."""

from __future__ import annotations

from typing import Iterable, Sequence

from ..kinds import Kind
from ..lexer import Token
from ..lexicon import vocabulary_of
from ..models import Event
from .base import Shape
from .writing import only_event, section_blocks, spaced


class NewsRepost(Shape):
    """Detected by the agency's date prefix on the first line."""

    name = "news_repost"
    carried = frozenset({"language", "sections", "date"})

    def claims(self, top: Sequence[Token], kinds: frozenset[Kind]) -> bool:
        return top[0].kind is Kind.AGENCY_DATE

    def render(self, events: Iterable[Event]) -> str:
        return render_news_repost(events)


def render_news_repost(events: Iterable[Event]) -> str:
    """A news agency's repost: a ` date 2021-09-14 ` prefix running into the first
    paragraph, blank lines between paragraphs; no title, lead or tags."""
    event = only_event(events, "news repost")
    vocabulary = vocabulary_of(event.language)
    lines = spaced(section_blocks(event.sections))
    if event.date is not None:
        prefix = f" {vocabulary.agency_date_word} {event.date.value.isoformat()} "
        lines = [prefix + lines[0], *lines[1:]] if lines else [prefix]
    return "\n".join(lines) + "\n"


NEWS_REPOST = NewsRepost()
