"""Forum and blog reposts: several events in one post, each closed by its source link
(`The source of information - http://…`), the forum's chrome around them. See
docs/shapes/forum_repost.md.

What the repost puts before its first event (post headers, user names) is chrome; a later
stretch that does not open with an event's header is the repost's chrome too (a signature,
a blog's footer), except for a source link there, which belongs to the event before it when
that has none. So an event is held back until the next stretch shows whether it is its tail.
"""

from __future__ import annotations

import itertools
from typing import Iterable, Iterator, Sequence

import attrs

from ..kinds import ALWAYS_FURNITURE, Kind
from ..lexer import Token, furniture_of
from ..lexicon import vocabulary_of
from ..models import Event, Furniture, Span, Text
from ..segment import Stretch
from .base import DETECTION_REACH, HEADER_FIELDS, EventReader, FrontEnd, Shape, loose_furniture
from .writing import one_line_date, section_blocks, spaced


class ForumRepost(Shape):
    """Detected by a source link anywhere in the text."""

    name = "forum_repost"
    carried = frozenset({"language", "sections", "url"}) | (HEADER_FIELDS - {"summary"})
    # An event waits for the next stretch, which may be its tail.
    windowable = False

    def claims(self, top: Sequence[Token], kinds: frozenset[Kind]) -> bool:
        return Kind.SOURCE_LINK in kinds

    def read(self, tokens: Iterator[Token], front: FrontEnd, read_event: EventReader) -> Iterator[Event | Furniture]:
        chrome, tokens = split_repost_chrome(tokens)
        yield from _as_chrome(chrome)
        yield from self.read_stretches(self.stretches(tokens, front), read_event)

    def read_stretches(self, stretches: Iterable[Stretch], read_event: EventReader) -> Iterator[Event | Furniture]:
        held: Event | None = None
        for stretch in stretches:
            if not stretch.has_content:
                yield from loose_furniture(stretch.tokens)
            elif held is not None and not opens_with_header(stretch.tokens) and not (
                held.url is not None and is_text_closed_by_link(stretch.tokens)
            ):
                held, tail = _repost_tail(stretch.tokens, held)
                yield from tail
            else:
                event, furniture = read_event(stretch.tokens)
                yield from furniture
                if held is not None:
                    yield held
                held = event
        if held is not None:
            yield held

    def render(self, events: Iterable[Event], *, chrome: Sequence[str] = ()) -> str:
        return render_forum_repost(events, chrome=chrome)


def split_repost_chrome(tokens: Iterator[Token]) -> tuple[list[Token], Iterator[Token]]:
    """The repost's own chrome (post header, user name, join date) and the tokens from
    where its first event begins: its section word when a page of the text version was
    pasted whole, else its title, the line above its first date. Without either, no chrome.

    Reads only as far as that beginning, so the rest still streams.
    """
    seen: list[Token] = []
    previous: int | None = None
    for token in tokens:
        seen.append(token)
        if token.kind is Kind.BLANK:
            continue
        index = len(seen) - 1
        if token.kind is Kind.SECTION_WORD:
            return seen[:index], itertools.chain(seen[index:], tokens)
        if token.kind is Kind.DATE and previous is not None \
                and seen[previous].kind in (Kind.TEXT, Kind.LABEL):
            return seen[:previous], itertools.chain(seen[previous:], tokens)
        previous = index
    return [], iter(seen)


def opens_with_header(tokens: Sequence[Token]) -> bool:
    """Whether a stretch of a repost opens with an event's header (a date near the top); a
    stretch that does not is the repost's chrome: a signature, a blog's footer."""
    content = [token for token in tokens if token.kind is not Kind.BLANK]
    return any(token.kind is Kind.DATE for token in content[:DETECTION_REACH])


def is_text_closed_by_link(tokens: Sequence[Token]) -> bool:
    """Whether a stretch of a repost is lines of text closed by a source link: an event whose
    page gives no date (an announcement) when the event before has its link already; a
    signature above the link of the event before, when that has none."""
    content = [token for token in tokens if token.kind is not Kind.BLANK]
    return (len(content) > 1 and content[-1].kind is Kind.SOURCE_LINK
            and all(token.kind in (Kind.TEXT, Kind.LABEL) for token in content[:-1]))


def _as_chrome(tokens: Sequence[Token]) -> list[Furniture]:
    """Lines of a repost's own chrome: furniture of their own kind where they have one, else chrome."""
    return [
        furniture_of(token, None if token.kind in ALWAYS_FURNITURE else Kind.CHROME)
        for token in tokens
        if token.kind is not Kind.BLANK
    ]


def _repost_tail(tokens: Sequence[Token], event: Event) -> tuple[Event, list[Furniture]]:
    """A stretch of a repost after an event that is no event: its chrome, except a source
    link, which belongs to the event before it when that has none."""
    kept = []
    for token in tokens:
        if token.kind is Kind.SOURCE_LINK and event.url is None:
            label = token.text[: token.value_start - token.start].rstrip()
            kept.append(Furniture(Kind.FIELD_LABEL, label, Span(token.start, token.start + len(label))))
            url = token.text[token.value_start - token.start :]
            event = attrs.evolve(event, url=Text(url, Span(token.value_start, token.end)))
        else:
            kept.extend(_as_chrome([token]))
    return event, kept


def render_forum_repost(events: Iterable[Event], *, chrome: Sequence[str] = ()) -> str:
    """A forum post holding several events: the forum's `chrome` lines first, then each event
    as title, `Month D, YYYY - HH:MM - Place`, its speech with every label alone on its line,
    and `The source of information - URL`; a licence footer at the end. The lead, captions,
    tags and footer fields other than the link are not carried."""
    lines = [*chrome, "", ""] if chrome else []
    licence = ""
    for event in events:
        vocabulary = vocabulary_of(event.language)
        if event.title is not None:
            lines.append(event.title.text)
        date_line = one_line_date(event, vocabulary, " - ")
        if date_line:
            lines.append(date_line)
        lines += ["", ""]
        lines += spaced(section_blocks(event.sections, label_alone=True))
        if event.url is not None:
            source_line = next(iter(vocabulary.source_lines))
            lines += [f"{source_line} {event.url.text}", "", "", ""]
        licence = vocabulary.spelling["licence"]
    if licence:
        lines.append(licence)
    return "\n".join(lines) + "\n"


FORUM_REPOST = ForumRepost()
