"""Hypothesis strategies that build events as the site writes them.

Every generated event is what the parser should give back for its rendering: speakers carry
the name and role that resolution within the event gives them, paragraphs carry the marks
that are in their text. Spans are left at zero, since a generated event has no source yet.

Where a strategy is narrower than arbitrary text, the reason is written next to it: each
is something the real site does not produce and a plain-text copy could not tell apart.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

from hypothesis import strategies as st

from kremlin_parse.dates import MOSCOW
from kremlin_parse.models import (
    Caption, Event, Mark, MarkKind, Paragraph, Parsed, Section, SeeAlso, Span, Speaker,
    SpeakerKind, Text, Turn,
)

NOWHERE = Span(0, 0)

# -- words and sentences -----------------------------------------------------------------------

_WORDS = (
    "we", "the", "our", "countries", "cooperation", "security", "development", "economy",
    "region", "people", "will", "continue", "support", "important", "work", "agreement",
    "government", "priority", "questions", "years", "projects", "in", "of", "and", "with",
    "for", "on", "between", "partners", "Russia", "China", "SCO", "CSTO", "COVID-19",
    "St Petersburg", "Mr Tokayev", "Moscow", "2021", "75th", "3.5", "percent", "–", "Eurasian",
    "Mr President", "colleagues", "anniversary", "trillion", "roubles", "Federal Assembly",
)
_OPENERS = (
    "We", "The President", "I", "This", "Our", "It", "In 2021,", "Today", "Friends,",
    "Colleagues,", "Russia", "Vladimir Putin", "Thank you", "Of course,", "2020", "“We",
    "Taking part in the meeting were", "As you know,",
)
_ENDINGS = (".", ".", ".", "!", "?", "…", ":", ",", ".”", "?”")
#: Sentences that look almost like speaker labels; the parser must read them as text.
NEAR_LABELS = (
    "The message reads, in part: we will win.",
    "Taking part in the meeting were: ministers and governors.",
    "This is what I mean: our goals are clear.",
    "In 2021, we said: the economy will grow.",
    "The telegram reads, in part:",
    "Therefore, the topic is highly relevant: Strengthening Multilateral Dialogue.",
    "I will say this: Russia has never refused to negotiate.",
)
_MARKS = (
    ("<…>", MarkKind.ELISION),
    ("‹…>", MarkKind.ELISION),
    ("<...>", MarkKind.ELISION),
    ("[Nursultan Nazarbayev]", MarkKind.INSERTION),
    ("[to the Federal Assembly]", MarkKind.INSERTION),
    ("(Applause.)", MarkKind.STAGE_DIRECTION),
    ("(Laughter.)", MarkKind.STAGE_DIRECTION),
    ("(Speaks in Russian.)", MarkKind.STAGE_DIRECTION),
    ("(in particular)", None),
)


_OPENER = st.sampled_from(_OPENERS)
_SENTENCE_WORDS = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12)
_ENDING = st.sampled_from(_ENDINGS)
_NEAR_LABEL = st.sampled_from(NEAR_LABELS)
_MARK = st.sampled_from(_MARKS)
_PART_COUNT = st.integers(1, 3)
_ONE_IN_SIX = st.integers(0, 5)
_ONE_IN_TEN = st.integers(0, 9)
_ONE_IN_SIXTEEN = st.integers(0, 15)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """A sentence: a capitalised opener, words, closing punctuation.

    Narrowed: a sentence never opens with a lowercase letter or punctuation, since a line
    that does is, in a copied page, the rest of a line broken at a link.
    """
    opener = draw(_OPENER)
    words = draw(_SENTENCE_WORDS)
    ending = draw(_ENDING)
    if ending == ":":
        # Narrowed: capitalised words and a colon make a speaker label on the site; a sentence
        # that introduces a quotation has lowercase words before its colon.
        words.append("as follows")
    return f"{opener} {' '.join(words)}{ending}"


@st.composite
def paragraphs(draw: st.DrawFn) -> Paragraph:
    """A paragraph of one to three sentences, maybe with marks or a near-label sentence."""
    parts: list[str] = []
    marks: list[tuple[str, MarkKind | None]] = []
    for _ in range(draw(_PART_COUNT)):
        parts.append(draw(_NEAR_LABEL) if draw(_ONE_IN_TEN) == 0 else draw(SENTENCES))
        if draw(_ONE_IN_SIX) == 0:
            mark = draw(_MARK)
            if mark[1] is None:
                # Narrowed: a plain parenthesis never ends a paragraph on the site; a line
                # ending in one could be the first half of a line broken at a link.
                parts.insert(len(parts) - 1, mark[0])
            else:
                parts.append(mark[0])
                marks.append(mark)
    text = " ".join(parts)
    if draw(_ONE_IN_SIXTEEN) == 0:
        text, marks = "<…>", [("<…>", MarkKind.ELISION)]
    return paragraph(text, [kind for _, kind in marks if kind is not None],
                     [mark for mark, kind in marks if kind is not None])


SENTENCES = sentences()
PARAGRAPHS = paragraphs()
_PARAGRAPH_LISTS = st.lists(PARAGRAPHS, min_size=1, max_size=3)


def paragraph(text: str, kinds: list[MarkKind] = (), mark_texts: list[str] = ()) -> Paragraph:
    """A Paragraph model of `text`, whose marks are given in order."""
    return Paragraph(text, NOWHERE, (NOWHERE,),
                     tuple(Mark(kind, mark, NOWHERE) for kind, mark in zip(kinds, mark_texts)))


# -- people -------------------------------------------------------------------------------------

#: (role, name, surname-first Persons entry); each role splits off its name as the site's do.
PEOPLE = (
    ("President of Russia", "Vladimir Putin", "Putin Vladimir"),
    ("Prime Minister of the Republic of Armenia", "Nikol Pashinyan", "Pashinyan Nikol"),
    ("President of the Republic of Kazakhstan", "Kassym-Jomart Tokayev", "Tokayev Kassym-Jomart"),
    ("Governor of the Moscow Region", "Andrei Vorobyov", "Vorobyov Andrei"),
    ("Deputy Prime Minister", "Alexander Novak", "Novak Alexander"),
    ("Minister of Foreign Affairs", "Sergei Lavrov", "Lavrov Sergei"),
    ("Presidential Aide", "Yury Ushakov", "Ushakov Yury"),
    ("Secretary General of the Collective Security Treaty Organisation", "Stanislav Zas",
     "Zas Stanislav"),
    ("Head of the Republic of Tatarstan", "Rustam Minnikhanov", "Minnikhanov Rustam"),
    ("Chairman of the Government", "Mikhail Mishustin", "Mishustin Mikhail"),
    (None, "Sergei Kulikov", "Kulikov Sergei"),
    (None, "Dmitry Peskov", "Peskov Dmitry"),
)
JOURNALISTS = (("Valery Sanfirov", "Mayak radio"), ("Pavel Zarubin", "Rossiya TV channel"))
GENERIC = ("Question", "Remark", "Reply")
QUALIFIERS = ("retranslated", "as translated")


def _initialled(name: str) -> str:
    """`Alexander Kondrashov` -> `A. Kondrashov`."""
    *given, surname = name.split()
    return " ".join(f"{word[0]}." for word in given) + f" {surname}"


@st.composite
def cast(draw: st.DrawFn) -> list[Callable[[bool], Speaker]]:
    """The speakers of one event, each a function of whether it speaks for the first time."""
    people = draw(st.lists(st.sampled_from(PEOPLE), min_size=1, max_size=4, unique=True))
    members: list[Callable[[bool], Speaker]] = []
    for role, name, _persons_entry in people:
        short = _initialled(name) if draw(st.booleans()) and draw(st.booleans()) else name
        qualifier = draw(st.sampled_from(QUALIFIERS)) if draw(st.integers(0, 6)) == 0 else None

        def person(first: bool, role: str | None = role, name: str = name, short: str = short,
                   qualifier: str | None = qualifier) -> Speaker:
            label = f"{role} {name}" if first and role else (name if first else short)
            if qualifier:
                label += f" ({qualifier})"
            return Speaker(label, NOWHERE, SpeakerKind.PERSON, name, role, None, qualifier)

        members.append(person)
    if draw(st.booleans()):
        journalist, outlet = draw(st.sampled_from(JOURNALISTS))
        members.append(lambda first, j=journalist, o=outlet: Speaker(
            f"{j}, {o}", NOWHERE, SpeakerKind.PERSON, j, None, o, None))
    if draw(st.booleans()):
        generic = draw(st.sampled_from(GENERIC))
        members.append(lambda first, g=generic: Speaker(g, NOWHERE, SpeakerKind.GENERIC))
    return members


# -- the parts of an event ------------------------------------------------------------------------

_TITLE_WORDS = (
    "Meeting", "with", "Government", "members", "Telephone", "conversation", "of", "the",
    "SCO", "Heads", "State", "Council", "Greetings", "to", "participants", "Forum", "Russia",
    "Security", "Working", "trip", "St Petersburg", "COVID-19", "Day", "2021", "and",
    "Kazakhstan", "Mr", "Tokayev", "on", "Defence", "Ministry’s",
)
_PLACES = (
    "Novo-Ogaryovo, Moscow Region", "The Kremlin, Moscow", "St Petersburg", "Sochi", "Dushanbe",
    "Kazan", "Bocharov Ruchei, Sochi", "Astana", "Vladivostok",
)
_TOPICS = ("CSTO", "Foreign policy", "National security", "SCO", "Healthcare", "Regions",
           "Science and innovation", "Economy and finance")
_GEOGRAPHY = ("Astrakhan Region", "Murmansk Region", "Kazakhstan", "Armenia", "Sakhalin Region")
_SECTIONS = ("News", "Transcripts", "Speeches", "Interviews", "Telephone conversations")


@st.composite
def titles(draw: st.DrawFn) -> str:
    """A headline: capitalised, no closing full stop, as the site writes them."""
    words = draw(st.lists(st.sampled_from(_TITLE_WORDS), min_size=2, max_size=10))
    title = " ".join(words)
    return title[0].upper() + title[1:]


_MAYBE_SENTENCE = st.none() | SENTENCES
_PAGE_ID = st.integers(1000, 79999)
dates = st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31))
times = st.builds(dt.time, st.integers(0, 23), st.integers(0, 59))


@st.composite
def sections(draw: st.DrawFn, first: bool, people: list[Callable[[bool], Speaker]],
             spoken: set[int]) -> Section:
    """A section: an optional heading (never on the first: the site heads only the parts after
    a `* * *`), an optional narration turn, then speaker turns."""
    heading = None
    if not first and draw(st.booleans()):
        heading = Text(draw(titles()), NOWHERE)
    turns = []
    if draw(st.booleans()) or not people:
        turns.append(Turn(None, tuple(draw(_PARAGRAPH_LISTS)), NOWHERE))
    for _ in range(draw(st.integers(0 if turns else 1, 4))):
        index = draw(st.integers(0, len(people) - 1))
        speaker = people[index](index not in spoken)
        spoken.add(index)
        turns.append(Turn(speaker, tuple(draw(_PARAGRAPH_LISTS)), NOWHERE))
    return Section(heading, tuple(turns), NOWHERE)


@st.composite
def events(draw: st.DrawFn, language: str = "en", with_lead: bool = False,
           with_url: bool = False) -> Event:
    """A whole event page: header, captions, sections, See also, tag blocks, footer.

    `with_lead` is for browser dumps, which show the lead as the first paragraph below the
    date line: a page without a lead cannot be told there from one whose first paragraph is.
    `with_url` is for forum reposts, which close every event with its source link.
    """
    people = draw(cast())
    spoken: set[int] = set()
    body = tuple(draw(sections(index == 0, people, spoken)) for index in range(draw(st.integers(1, 3))))
    date = draw(dates)
    time = draw(st.none() | times)
    summary = draw(SENTENCES if with_lead else _MAYBE_SENTENCE)
    persons = tuple(Text(entry, NOWHERE) for entry in sorted(
        {entry for _, _, entry in draw(st.lists(st.sampled_from(PEOPLE), max_size=4))}))
    more = draw(st.none() | st.integers(1, 40)) if persons else None
    published = draw(st.none() | st.lists(st.sampled_from(_SECTIONS), min_size=1, max_size=2, unique=True))
    stamp = draw(st.none() | times)
    url = draw(_PAGE_ID if with_url else st.none() | _PAGE_ID)
    return Event(
        span=NOWHERE,
        language=language,
        title=Text(draw(titles()), NOWHERE),
        summary=paragraph(summary) if summary else None,
        date=Parsed(date, "", NOWHERE),
        time=Parsed(time, "", NOWHERE) if time else None,
        location=Text(draw(st.sampled_from(_PLACES)), NOWHERE) if draw(st.booleans()) else None,
        sections=body,
        captions=tuple(draw(st.lists(captions(), max_size=2))),
        geography=tuple(Text(item, NOWHERE) for item in draw(st.lists(st.sampled_from(_GEOGRAPHY), max_size=3, unique=True))),
        topics=tuple(Text(item, NOWHERE) for item in draw(st.lists(st.sampled_from(_TOPICS), max_size=3, unique=True))),
        persons=persons,
        persons_more=Parsed(more, "", NOWHERE) if more is not None else None,
        see_also=tuple(draw(st.lists(see_also_entries(), max_size=2))),
        published_in=Parsed(tuple(published), "", NOWHERE) if published else None,
        published_at=Parsed(dt.datetime.combine(date, stamp, tzinfo=MOSCOW), "", NOWHERE) if stamp else None,
        url=Text(f"kremlin.ru/d/{url}", NOWHERE) if url else None,
    )


@st.composite
def captions(draw: st.DrawFn) -> Caption:
    total = draw(st.integers(1, 30))
    index = draw(st.integers(1, total))
    text = draw(SENTENCES)
    return Caption(Text(f"{index} of {total}", NOWHERE), index, total, Text(text, NOWHERE), NOWHERE)


@st.composite
def see_also_entries(draw: st.DrawFn) -> SeeAlso:
    return SeeAlso(Text(draw(titles()), NOWHERE), Parsed(draw(dates), "", NOWHERE), NOWHERE)
