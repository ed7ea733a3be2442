"""One event from its stretch of tokens: header, body and speakers, assembled into an Event.

The per-event part of the road, the same for every shape; what differs between shapes comes
in as the rules the shape gives (`HeaderRules`, whether the page repeats its date line).
"""

from __future__ import annotations

from typing import Sequence

from .body import read_body
from .diagnostics import DiagnosticSink
from .header import HeaderRules, read_header
from .kinds import Kind
from .language import event_language
from .lexer import Token
from .models import Event, Furniture, Span
from .persons import assign_person_ids
from .turns import resolve_speakers


def read_event(
    text: str, tokens: Sequence[Token], sink: DiagnosticSink, *, header_rules: HeaderRules,
    repeats_dateline: bool, language: str | None, post: bool = False,
) -> tuple[Event, list[Furniture]]:
    """The event of a stretch that holds one, and the furniture of its header and body.

    `language` is the one asked for, or None to tell it from the text (`event_language`);
    `post` says the stretch is one post of a listing, whose first paragraph is its lead."""
    header = read_header(text, tokens, sink, header_rules, post=post)
    body_tokens = tokens[header.body_start :]
    if header.taken:  # lines the header took from among the body's: blank there
        body_tokens = [token._replace(kind=Kind.BLANK) if index + header.body_start in header.taken else token
                       for index, token in enumerate(body_tokens)]
    body = read_body(text, body_tokens, sink,
                     repeated_dateline=header.date_line if repeats_dateline else None,
                     trailer=not header_rules.laid_out,
                     title=header.title.text if header.title is not None else None)
    sections = resolve_speakers(body.sections, body.tags["persons"])
    sections = assign_person_ids(sections, body.tags["persons"], sink)
    content = [token for token in tokens if token.kind is not Kind.BLANK]
    event = Event(
        span=Span(content[0].start, content[-1].end),
        language=language or event_language(text, tokens),
        title=header.title,
        summary=header.summary,
        date=header.date,
        time=header.time,
        location=header.location,
        sections=sections,
        captions=body.captions,
        geography=body.tags["geography"],
        topics=body.tags["topics"],
        persons=body.tags["persons"],
        persons_more=body.persons_more,
        see_also=body.see_also,
        published_in=body.published_in,
        published_at=body.published_at,
        url=body.url,
    )
    return event, [*header.furniture, *body.furniture]
