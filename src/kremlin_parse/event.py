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
from .models import Event, Furniture, Section, Span, Speaker, Text, with_person_speakers
from .spans import replaced
from .persons import person_ids
from .turns import resolved_speakers


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
    sections = _with_speakers_resolved(body.sections, body.tags["persons"], sink)
    event = Event(
        span=_content_span(tokens),
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


def _content_span(tokens: Sequence[Token]) -> Span:
    """From the first non-blank token's start to the last one's end."""
    blank = Kind.BLANK
    first = next(token for token in tokens if token.kind is not blank)
    last = next(token for token in reversed(tokens) if token.kind is not blank)
    return Span(first.start, last.end)


def _with_speakers_resolved(sections: Sequence[Section], persons: Sequence[Text], sink: DiagnosticSink
                            ) -> tuple[Section, ...]:
    """The sections with each person speaker's name and role resolved against the event's
    other labels (`turns.resolve_speakers`) and its person id set (`persons.assign_person_ids`),
    every turn changed once for both."""
    resolved = resolved_speakers(sections, persons)
    if not resolved:
        return tuple(sections)
    ids = person_ids(resolved, persons, sink)

    def speaking(speaker: Speaker) -> Speaker:
        found = resolved[speaker.label]
        person_id = ids.get(speaker.label)
        if (found.name, found.role, person_id) == (speaker.name, speaker.role, speaker.person_id):
            return speaker
        return replaced(speaker, name=found.name, role=found.role, person_id=person_id)

    return with_person_speakers(sections, speaking)
