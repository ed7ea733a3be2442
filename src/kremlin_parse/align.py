"""The English and Russian editions of the same events, paired event by event, turn by turn
and paragraph by paragraph.

`align(english_documents, russian_documents)` works in three steps, each of which says how
it paired what it paired and how sure it is, and reports what it could not pair:

1. **Events.** The site's numeric id, read from the event's direct link or URL, pairs the two
   editions outright (`site_id`). Events without it are paired by what they hold: the date
   and time (which must agree when both sides give them), the speakers (by person id) and
   the text itself (the paragraph alignment below); the best-scoring candidates are paired
   first, one to one, and an event whose best candidate scores too low, or that two
   candidates fit about as well, stays unpaired.
2. **Turns.** The turns of a pair of events are matched in order (a weighted longest common
   subsequence) by person id: the same id, an id from initials that the other side's full
   id completes (`putin-v` ~ `putin-vladimir`), or a foreign name whose two spellings sound
   alike (`Ж.Ларше` ~ `Gerard Larcher`); narration matches narration, a generic label (`Question`)
   a generic label.
3. **Paragraphs.** Within a pair of turns, paragraphs are aligned in the manner of Gale and
   Church (1993): dynamic programming over beads of one to one, one to none, two to one and
   one to two paragraphs, each costed by the prior of its kind and by how far the lengths
   (characters other than spaces) stray from the expected ratio, with anchors (numbers, and
   names that sound alike) lowering the cost of a bead in which both sides hold them. The
   last pair of turns of an event may leave the longer side's tail unpaired (most saved
   copies of one edition are excerpts), and a paragraph cut off mid-sentence at the end of
   a document is paired by its length so far (`cut`).

docs/alignment.md states the parameters and what they were measured on.
"""

from __future__ import annotations

import difflib
import functools
import math
from typing import Iterable, Iterator, Sequence

import attrs
import regex

from .models import Document, Event, Paragraph, Span, SpeakerKind, Turn
from .persons import compatible, is_short, word_key
from .romanise import has_cyrillic, romanise_word
from .ids import kremlin_id

__all__ = [
    "Alignment", "EventPair", "EventRef", "ParagraphPair", "TurnPair", "Unpaired", "align", "event_evidence",
]

# -- the parameters -----------------------------------------------------------------------------

#: Expected Russian length per English character (characters other than spaces), measured on
#: the 54 one-to-one beads of the reviewed alignments of ../shared/pairs (docs/alignment.md).
LENGTH_RATIO = 1.10
#: Variance of the Russian length per English character: Gale and Church's 6.8 (those beads
#: give 5.6).
LENGTH_VARIANCE = 6.8
#: Prior probabilities of the kinds of bead, as Gale and Church give them (their 2-2 share
#: is folded into 1-1).
BEAD_PRIORS: dict[tuple[int, int], float] = {
    (1, 1): 0.90, (1, 0): 0.005, (0, 1): 0.005, (2, 1): 0.045, (1, 2): 0.045,
}
#: What an anchor found on both sides of a bead takes off its cost (in nats), and what a
#: number found on one side only adds.
SHARED_NUMBER_BONUS = 1.5
LONE_NUMBER_PENALTY = 0.5
SHARED_NAME_BONUS = 0.7
#: How alike two names must sound (difflib ratio of their keys, 0 to 1) to be one person.
SOUND_THRESHOLD = 0.6
#: The spread of the length deviation of two paragraphs that are not translations of each
#: other, in the units of a translation's (the evidence of a bead compares the two).
UNRELATED_SPREAD = 4.0
#: The least (most negative) evidence one bead can give: a paragraph the translators added
#: to must not outweigh the rest of the event.
BEAD_EVIDENCE_FLOOR = -3.0
#: Evidence (in nats) that two events are one: per pair of turns by kind of match, per turn or
#: paragraph left without counterpart inside the stretch both sides hold, per header field
#: that agrees.
TURN_EVIDENCE = {"person_id": 1.0, "initials": 0.5, "sound": 1.5, "narration": 0.5, "generic": 0.3}
UNPAIRED_EVIDENCE = -1.0
SAME_DATE_EVIDENCE = 3.0
SAME_TIME_EVIDENCE = 2.0
#: The least evidence with which two events without a shared site id are paired: odds of
#: 100 to 1 (ln 100) that they are one event rather than two.
EVENT_THRESHOLD = math.log(100)
#: The least confidence with which they are paired: likelier than all other candidates of
#: either event together; below it, both are reported `ambiguous`.
EVENT_MIN_CONFIDENCE = 0.5

_NUMBER = regex.compile(r"\d+(?:[ ,.\u00a0\u202f]\d{3})*(?:[.,]\d+)?")
_CAPITALISED = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\-’']{2,}")
_SENTENCE_END = frozenset(".!?…»\"”)>]:;")


# -- the result ---------------------------------------------------------------------------------


@attrs.frozen
class EventRef:
    """An event of one side of the alignment: the `event`th event (from 0) of the
    `document`th document (from 0) of that side's input."""

    document: int
    event: int


@attrs.frozen
class ParagraphPair:
    """One bead: consecutive paragraphs of an English turn and of a Russian turn that say the
    same. `english`/`russian` are the paragraphs' indices in their turn; each span runs from
    the first paragraph's start to the last one's end in its document's text; each text is
    the paragraphs joined by a blank line. `method` is the bead (`1-1`, `2-1`, `1-2`, or
    `cut` for a paragraph cut off at the end of a document); `confidence` is from 0 to 1."""

    english: tuple[int, ...]
    russian: tuple[int, ...]
    english_span: Span
    russian_span: Span
    english_text: str
    russian_text: str
    method: str
    confidence: float


@attrs.frozen
class TurnPair:
    """Two turns of the same speaker (or two narrations), with their paragraphs paired.

    `english`/`russian` are the turns' indices in `Event.turns`; `method` says how they were
    matched (`person_id`, `initials`, `sound`, `narration`, `generic`)."""

    english: int
    russian: int
    english_person_id: str | None
    russian_person_id: str | None
    method: str
    confidence: float
    paragraphs: tuple[ParagraphPair, ...]

    @property
    def person_id(self) -> str | None:
        """The id of the person on both sides: the full one where one side has initials only,
        else the English one (a foreign name is romanised back from Russian only roughly)."""
        if self.english_person_id and not is_short(self.english_person_id):
            return self.english_person_id
        return self.russian_person_id or self.english_person_id


@attrs.frozen
class Unpaired:
    """Something that was not paired: an event (`turn` and `paragraph` None), a turn
    (`paragraph` None) or a paragraph, of the English (`en`) or Russian (`ru`) side, with its
    span and why: `no counterpart`; `ambiguous` (an event that more than one event of the
    other side fits about as well); or `after the last pair` (of its event, or of its pair of
    turns), as the rest of a text whose other edition is an excerpt is."""

    language: str
    event: EventRef
    turn: int | None
    paragraph: int | None
    span: Span
    reason: str


@attrs.frozen
class EventPair:
    """The same event in both editions. `site_id` is the site's number when a side has it;
    `method` says what paired them (`site_id`, `header`: date and time, or `content`: the
    speakers and the text); `confidence` is from 0 to 1."""

    english: EventRef
    russian: EventRef
    site_id: str | None
    method: str
    confidence: float
    turns: tuple[TurnPair, ...]


@attrs.frozen(eq=False)
class Alignment:
    """What `align` gives: the inputs, the pairs of events, and everything left unpaired."""

    english: tuple[Document, ...]
    russian: tuple[Document, ...]
    events: tuple[EventPair, ...]
    unpaired: tuple[Unpaired, ...]

    def event(self, language: str, ref: EventRef) -> Event:
        """The event a reference of side `language` (`en` or `ru`) points at."""
        documents = self.english if language == "en" else self.russian
        return documents[ref.document].events[ref.event]

    def paragraph_pairs(self) -> Iterator[tuple[EventPair, TurnPair, ParagraphPair]]:
        """Every paragraph pair, with its turn pair and event pair, in order."""
        for event_pair in self.events:
            for turn_pair in event_pair.turns:
                for paragraph_pair in turn_pair.paragraphs:
                    yield event_pair, turn_pair, paragraph_pair

    def person_links(self) -> list[tuple[str, str]]:
        """(English id, Russian id) of every pair of turns whose ids differ, for
        `kremlin_parse.persons(documents, links)`: `Ж.Ларше` is `Gerard Larcher`."""
        links = []
        for event_pair in self.events:
            for turn_pair in event_pair.turns:
                english, russian = turn_pair.english_person_id, turn_pair.russian_person_id
                if english and russian and english != russian and (english, russian) not in links:
                    links.append((english, russian))
        return links


# -- events -------------------------------------------------------------------------------------


@attrs.frozen
class _Candidate:
    """Two events that may be one, aligned, with the evidence that they are (in nats)."""

    english: EventRef
    russian: EventRef
    evidence: float
    method: str
    turns: tuple[TurnPair, ...]
    unpaired: tuple[Unpaired, ...]


def align(english_documents: Iterable[Document], russian_documents: Iterable[Document]) -> Alignment:
    """The events of `english_documents` paired with those of `russian_documents`, each pair
    aligned turn by turn and paragraph by paragraph (see the module's docstring).

    Events that share a site number are paired at once. Each other English event is then
    weighed against the Russian events its header allows (the same date, or a side without
    one); of a candidate with too little evidence to be paired only the evidence is kept, so
    memory stays with the events. Without numbers and dates, every English event is weighed
    against every Russian one.
    """
    english = tuple(english_documents)
    russian = tuple(russian_documents)
    for document in (*english, *russian):
        if not isinstance(document, Document):
            raise TypeError(f"align takes parsed Documents, not {type(document).__name__}")
    english_events = _events(english)
    russian_events = _events(russian)
    pairs: list[EventPair] = []
    unpaired: list[Unpaired] = []
    taken: set[tuple[str, EventRef]] = set()

    def pair(candidate: _Candidate, site_id: str | None, method: str, confidence: float) -> None:
        pairs.append(EventPair(candidate.english, candidate.russian, site_id, method, confidence, candidate.turns))
        unpaired.extend(candidate.unpaired)
        taken.update({("en", candidate.english), ("ru", candidate.russian)})

    by_site_id: dict[str, list[EventRef]] = {}
    for ref, event in russian_events.items():
        if (number := _site_id(event)) is not None:
            by_site_id.setdefault(number, []).append(ref)
    for ref, event in english_events.items():
        number = _site_id(event)
        free = [other for other in by_site_id.get(number or "", []) if ("ru", other) not in taken]
        if number is not None and free:
            pair(_candidate(event, russian_events[free[0]], ref, free[0]), number, "site_id", 1.0)
    candidates = _weighed_candidates(english_events, russian_events, taken)
    rivals: dict[tuple[str, EventRef], list[tuple[float, EventRef]]] = {}
    for evidence, english_ref, russian_ref, _ in candidates:
        rivals.setdefault(("en", english_ref), []).append((evidence, russian_ref))
        rivals.setdefault(("ru", russian_ref), []).append((evidence, english_ref))
    ambiguous: set[tuple[str, EventRef]] = set()
    for evidence, english_ref, russian_ref, candidate in candidates:
        if candidate is None or ("en", english_ref) in taken or ("ru", russian_ref) in taken:
            continue
        others = [value for value, other in rivals[("en", english_ref)]
                  if other != russian_ref and ("ru", other) not in taken]
        others += [value for value, other in rivals[("ru", russian_ref)]
                   if other != english_ref and ("en", other) not in taken]
        confidence = _confidence(evidence, others)
        if confidence <= EVENT_MIN_CONFIDENCE:
            ambiguous.update({("en", english_ref), ("ru", russian_ref)})
            continue
        site_id = _site_id(english_events[english_ref]) or _site_id(russian_events[russian_ref])
        pair(candidate, site_id, candidate.method, confidence)
    for language, events in (("en", english_events), ("ru", russian_events)):
        for ref, event in events.items():
            if (language, ref) not in taken:
                reason = "ambiguous" if (language, ref) in ambiguous else "no counterpart"
                unpaired.append(Unpaired(language, ref, None, None, event.span, reason))
    order = {ref: index for index, ref in enumerate(english_events)}
    pairs.sort(key=lambda item: order[item.english])
    return Alignment(english, russian, tuple(pairs), tuple(unpaired))


def _weighed_candidates(english_events: dict[EventRef, Event], russian_events: dict[EventRef, Event],
                        taken: set[tuple[str, EventRef]]
                        ) -> list[tuple[float, EventRef, EventRef, _Candidate | None]]:
    """(evidence, English event, Russian event, the aligned candidate when its evidence
    reaches `EVENT_THRESHOLD`) of every pair the headers allow among the events not yet
    taken, best first."""
    dated: dict[object, list[EventRef]] = {}
    undated: list[EventRef] = []
    for ref, event in russian_events.items():
        if ("ru", ref) not in taken:
            (dated.setdefault(event.date.value, []) if event.date else undated).append(ref)
    every = [ref for refs in dated.values() for ref in refs] + undated
    candidates = []
    for english_ref, english_event in english_events.items():
        if ("en", english_ref) in taken:
            continue
        pool = dated.get(english_event.date.value, []) + undated if english_event.date else every
        for russian_ref in pool:
            russian_event = russian_events[russian_ref]
            if _may_be_one(english_event, russian_event):
                candidate = _candidate(english_event, russian_event, english_ref, russian_ref)
                kept = candidate if candidate.evidence >= EVENT_THRESHOLD else None
                candidates.append((candidate.evidence, english_ref, russian_ref, kept))
    candidates.sort(key=lambda item: -item[0])
    return candidates


def _events(documents: tuple[Document, ...]) -> dict[EventRef, Event]:
    return {EventRef(number, index): event for number, document in enumerate(documents)
            for index, event in enumerate(document.events)}


def _site_id(event: Event) -> str | None:
    """The site's number of the event, from its direct link or URL."""
    return kremlin_id(event.url.text if event.url else None)


def _may_be_one(english: Event, russian: Event) -> bool:
    """False when the headers rule it out: different site ids, dates or times."""
    numbers = (_site_id(english), _site_id(russian))
    if numbers[0] and numbers[1] and numbers[0] != numbers[1]:
        return False
    if english.date and russian.date and english.date.value != russian.date.value:
        return False
    return not (english.time and russian.time and english.time.value != russian.time.value)


def _candidate(english: Event, russian: Event, english_ref: EventRef, russian_ref: EventRef) -> _Candidate:
    """Two events aligned, with the evidence that they are one: the turns' and paragraphs'
    (see `_align_turns`) and the header's (the same date, the same time)."""
    turns, unpaired, evidence = _align_turns(english, russian, english_ref, russian_ref)
    method = "content"
    if english.date and russian.date:  # `_may_be_one` saw to it that they agree
        evidence += SAME_DATE_EVIDENCE
        method = "header"
        if english.time and russian.time:
            evidence += SAME_TIME_EVIDENCE
    return _Candidate(english_ref, russian_ref, evidence, method, turns, tuple(unpaired))


def event_evidence(english: Event, russian: Event) -> float:
    """The evidence (in nats) that two events are one, as `align` weighs it for events without
    a shared site number (`EVENT_THRESHOLD` or more pairs them); -inf when their headers rule
    it out."""
    if not _may_be_one(english, russian):
        return -math.inf
    return _candidate(english, russian, EventRef(0, 0), EventRef(0, 0)).evidence


def _confidence(evidence: float, rivals: list[float]) -> float:
    """How sure a pairing is: its odds against its rivals (the other candidates of either
    event whose other event is still free: one paired already went to a better candidate)
    and against there being no counterpart at all (evidence 0), as a probability."""
    top = max([evidence, 0.0, *rivals])
    total = math.exp(-top) + sum(math.exp(value - top) for value in [evidence, *rivals])
    return round(math.exp(evidence - top) / total, 3)


# -- turns --------------------------------------------------------------------------------------


def _align_turns(english: Event, russian: Event, english_ref: EventRef, russian_ref: EventRef
                 ) -> tuple[tuple[TurnPair, ...], list[Unpaired], float]:
    """The turns of two events matched in order, each pair's paragraphs aligned; what is left
    unpaired; and the evidence (in nats) that the two are one event: `TURN_EVIDENCE` for each
    pair of turns, each bead's evidence (see `_bead_cost`), and `UNPAIRED_EVIDENCE` for each
    turn or paragraph left without counterpart before the other side ends."""
    english_turns, russian_turns = english.turns, russian.turns
    n, m = len(english_turns), len(russian_turns)
    matches = [[_turn_match(a, b) for b in russian_turns] for a in english_turns]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = matches[i][j][0] + best[i + 1][j + 1] if matches[i][j][0] > 0 else 0.0
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    chosen: list[tuple[int, int]] = []
    i = j = 0
    while i < n and j < m:
        score = matches[i][j][0]
        if score > 0 and best[i][j] == score + best[i + 1][j + 1]:
            chosen.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    pairs = []
    unpaired: list[Unpaired] = []
    evidence = 0.0
    last = len(chosen) - 1
    for index, (i, j) in enumerate(chosen):
        confidence, method = matches[i][j]
        cut_english = index == last and _ends_cut(english_turns[i], english_turns, i)
        cut_russian = index == last and _ends_cut(russian_turns[j], russian_turns, j)
        beads, left, bead_evidence = _align_paragraphs(
            english_turns[i].paragraphs, russian_turns[j].paragraphs, free_tail=index == last,
            cut=(cut_english, cut_russian))
        evidence += TURN_EVIDENCE[method] + bead_evidence
        pairs.append(TurnPair(i, j, _person_id(english_turns[i]), _person_id(russian_turns[j]),
                              method, round(confidence, 3), beads))
        for language, ref, turn, positions in (("en", english_ref, i, left[0]), ("ru", russian_ref, j, left[1])):
            paragraphs = (english_turns if language == "en" else russian_turns)[turn].paragraphs
            for position in positions:
                reason = "after the last pair" if index == last and position > _last_paired(beads, language) \
                    else "no counterpart"
                evidence += UNPAIRED_EVIDENCE if reason == "no counterpart" else 0.0
                unpaired.append(Unpaired(language, ref, turn, position, paragraphs[position].span, reason))
    last_english = chosen[-1][0] if chosen else -1
    last_russian = chosen[-1][1] if chosen else -1
    paired_english = {i for i, _ in chosen}
    paired_russian = {j for _, j in chosen}
    for language, ref, turns, paired, last_paired in (
        ("en", english_ref, english_turns, paired_english, last_english),
        ("ru", russian_ref, russian_turns, paired_russian, last_russian),
    ):
        for index, turn in enumerate(turns):
            if index not in paired:
                reason = "after the last pair" if index > last_paired else "no counterpart"
                evidence += UNPAIRED_EVIDENCE if reason == "no counterpart" else 0.0
                unpaired.append(Unpaired(language, ref, index, None, turn.span, reason))
    return tuple(pairs), unpaired, evidence


def _last_paired(beads: Sequence[ParagraphPair], language: str) -> int:
    indices = [index for bead in beads for index in (bead.english if language == "en" else bead.russian)]
    return max(indices, default=-1)


def _person_id(turn: Turn) -> str | None:
    return turn.speaker.person_id if turn.speaker is not None else None


def _turn_match(english: Turn, russian: Turn) -> tuple[float, str]:
    """How sure it is that two turns are the same speaker's (0: they are not), and how."""
    a, b = english.speaker, russian.speaker
    if a is None or b is None:
        return (1.0, "narration") if a is None and b is None else (0.0, "")
    if a.kind is SpeakerKind.GENERIC or b.kind is SpeakerKind.GENERIC:
        return (0.8, "generic") if a.kind is b.kind else (0.0, "")
    if a.person_id is None or b.person_id is None:
        return 0.0, ""
    if a.person_id == b.person_id:
        return 1.0, "person_id"
    if compatible(a.person_id, b.person_id) or compatible(b.person_id, a.person_id):
        return 0.9, "initials"
    similarity = _sound_alike(a.person_id, b.person_id)
    if similarity >= SOUND_THRESHOLD:
        return 0.5 + 0.4 * similarity, "sound"
    return 0.0, ""


@functools.lru_cache(maxsize=4096)
def _sound_alike(english: str, russian: str) -> float:
    """How alike two ids sound, from 0 to 1: each word of the shorter id against its best
    match in the other (order aside: `zhang-gaoli` ~ `gaoli-chzhan`); the mean, with the
    surnames (first words) counting double. An initial scores 1 against a word it begins and
    0.5 against any other, since a Cyrillic initial of a foreign name often does not begin its
    Latin spelling (`Х.Зеехофер`, Horst Seehofer). Remembered: the same few ids meet in every
    pair of events."""
    first, second = english.split("-"), russian.split("-")
    if len(first) > len(second):
        first, second = second, first
    scores = []
    for index, word in enumerate(first):
        best = 0.0
        for other in second:
            if len(word) == 1 or len(other) == 1:
                score = 1.0 if word[0] == other[0] else 0.5
            else:
                score = difflib.SequenceMatcher(None, word, other).ratio()
            best = max(best, score)
        scores += [best] * (2 if index == 0 else 1)
    return sum(scores) / len(scores) if scores else 0.0


def _ends_cut(turn: Turn, turns: Sequence[Turn], index: int) -> bool:
    """Whether the turn is the last of its event and ends mid-sentence, as an excerpt cut off
    at a byte count does (`… Франция следит за усилиями России,`, `I will be hap`)."""
    if index != len(turns) - 1 or not turn.paragraphs:
        return False
    text = turn.paragraphs[-1].text.rstrip()
    return bool(text) and text[-1] not in _SENTENCE_END


# -- paragraphs ---------------------------------------------------------------------------------


@attrs.frozen
class _Features:
    """What a paragraph is compared by: its length, its numbers and its names."""

    length: int
    numbers: frozenset[str]
    names: frozenset[str]


def _features(paragraph: Paragraph) -> _Features:
    text = paragraph.text
    numbers = frozenset(regex.sub(r"[ ,.\u00a0\u202f]", "", number) for number in _NUMBER.findall(text))
    names = frozenset(key for word in _CAPITALISED.findall(text) if len(key := _name_key(word)) >= 3)
    return _Features(sum(1 for character in text if not character.isspace()), numbers, names)


def _name_key(word: str) -> str:
    """A rough key of how a name sounds, the same for its English and Russian spellings
    (`Moscow` and `Москве` msk, `Israel` and `Израиля` isrl, `Larcher` and `Ларше` lrs): the
    word romanised, digraphs made one letter, vowels dropped after the first letter, the
    first four letters."""
    latin = romanise_word(word) if has_cyrillic(word) else word
    latin = word_key(latin)
    for digraph, letter in (("shch", "s"), ("sch", "s"), ("kh", "h"), ("zh", "z"), ("ch", "s"),
                            ("sh", "s"), ("ts", "s"), ("ph", "f"), ("th", "t"), ("ck", "k"),
                            ("x", "ks"), ("w", "v"), ("q", "k"), ("j", "y"), ("z", "s")):
        latin = latin.replace(digraph, letter)
    latin = regex.sub(r"c(?=[eiy])", "s", latin).replace("c", "k")
    if not latin:
        return ""
    head, rest = latin[0], regex.sub(r"[aeiouy\-]", "", latin[1:])
    key = head + regex.sub(r"(.)\1+", r"\1", rest)
    return key[:4]


_PRIOR_COSTS = {kind: -math.log(prior) for kind, prior in BEAD_PRIORS.items()}
_EVIDENCE_OFFSET = math.log(UNRELATED_SPREAD)
_UNRELATED_FACTOR = (1 - 1 / UNRELATED_SPREAD ** 2) / 2


def _bead_cost(english: Sequence[_Features], russian: Sequence[_Features], cut: bool
               ) -> tuple[float, float, float]:
    """The cost of a bead (lower is likelier), its confidence from 0 to 1, and its evidence
    that the two sides are one text (in nats): the log-likelihood ratio of the length
    deviation for a translation against that for unrelated paragraphs (`UNRELATED_SPREAD`
    times as wide; none for a cut paragraph; at least `BEAD_EVIDENCE_FLOOR`), plus the
    anchors' bonuses and penalties (a cut paragraph's lone numbers aside)."""
    prior_cost = _PRIOR_COSTS[(len(english), len(russian))]
    length_english = sum(item.length for item in english)
    length_russian = sum(item.length for item in russian)
    if not english or not russian:
        length = length_english + length_russian
        delta = math.sqrt(length / LENGTH_VARIANCE)
        return prior_cost - math.log(max(math.erfc(delta / _SQRT2), 1e-12)), 0.0, 0.0
    mean = (length_english + length_russian / LENGTH_RATIO) / 2
    delta = (length_russian - length_english * LENGTH_RATIO) / math.sqrt(max(mean, 1) * LENGTH_VARIANCE)
    if cut and delta < 0:
        delta = 0.0
    probability = max(math.erfc(abs(delta) / _SQRT2), 1e-12)  # 2(1 - Φ(|δ|))
    numbers_english, names_english = _anchors(english)
    numbers_russian, names_russian = _anchors(russian)
    shared = len(numbers_english & numbers_russian)
    names = len(names_english & names_russian)
    lone = len(numbers_english ^ numbers_russian)
    anchors = SHARED_NUMBER_BONUS * shared + SHARED_NAME_BONUS * names
    cost = prior_cost - math.log(probability) + LONE_NUMBER_PENALTY * lone - anchors
    confidence = 1 - (1 - probability) * 0.5 ** (shared + names)
    if cut:
        return cost, confidence, anchors
    length_evidence = max(_EVIDENCE_OFFSET - delta * delta * _UNRELATED_FACTOR, BEAD_EVIDENCE_FLOOR)
    return cost, confidence, length_evidence + anchors - LONE_NUMBER_PENALTY * lone


_SQRT2 = math.sqrt(2)


def _anchors(side: Sequence[_Features]) -> tuple[frozenset[str], frozenset[str]]:
    """The numbers and the names of one side of a bead."""
    if len(side) == 1:
        return side[0].numbers, side[0].names
    return (frozenset().union(*(item.numbers for item in side)),
            frozenset().union(*(item.names for item in side)))


def _align_paragraphs(english: Sequence[Paragraph], russian: Sequence[Paragraph], *, free_tail: bool,
                      cut: tuple[bool, bool]
                      ) -> tuple[tuple[ParagraphPair, ...], tuple[list[int], list[int]], float]:
    """Gale–Church over two turns' paragraphs: the beads, the paragraphs of each side left
    unpaired, and the beads' evidence (see `_bead_cost`). With `free_tail`, the alignment may
    stop when one side is used up, leaving the other's tail unpaired at no cost. `cut` says
    whether each side's last paragraph was cut off mid-sentence; such a paragraph costs
    nothing for being short. Only cells within `_band` of the diagonal are filled, so that a
    long speech is aligned in time proportional to its length."""
    a = [_features(paragraph) for paragraph in english]
    b = [_features(paragraph) for paragraph in russian]
    n, m = len(a), len(b)
    band = _band(n, m)
    infinity = float("inf")
    cost = [[infinity] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, float, float] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(max(0, i - band), min(m, i + band) + 1):
            if cost[i][j] == infinity:
                continue
            for di, dj in BEAD_PRIORS:
                if i + di > n or j + dj > m:
                    continue
                is_cut = (cut[0] and i + di == n and di > 0) or (cut[1] and j + dj == m and dj > 0)
                step, confidence, evidence = _bead_cost(a[i:i + di], b[j:j + dj], is_cut)
                if cost[i][j] + step < cost[i + di][j + dj]:
                    cost[i + di][j + dj] = cost[i][j] + step
                    back[i + di][j + dj] = (di, dj, confidence, evidence)
    end = (n, m)
    if free_tail:
        ends = [(i, m) for i in range(n + 1)] + [(n, j) for j in range(m + 1)]
        end = min(ends, key=lambda point: (cost[point[0]][point[1]], -(point[0] + point[1])))
    beads: list[ParagraphPair] = []
    left_english = list(range(end[0], n))
    left_russian = list(range(end[1], m))
    total_evidence = 0.0
    i, j = end
    while (i, j) != (0, 0):
        step = back[i][j]
        assert step is not None
        di, dj, confidence, evidence = step
        total_evidence += evidence
        i, j = i - di, j - dj
        if di and dj:
            is_cut = (cut[0] and i + di == n) or (cut[1] and j + dj == m)
            method = "cut" if is_cut else f"{di}-{dj}"
            beads.append(_bead(english[i:i + di], russian[j:j + dj], range(i, i + di), range(j, j + dj),
                               method, confidence))
        elif di:
            left_english.append(i)
        else:
            left_russian.append(j)
    beads.reverse()
    return tuple(beads), (sorted(left_english), sorted(left_russian)), total_evidence


def _band(english: int, russian: int) -> int:
    """How far from the diagonal (|i - j|) the alignment of two turns may stray: 20
    paragraphs or a tenth of the longer turn, plus the difference of their counts, so that
    both ends stay within reach."""
    return max(20, max(english, russian) // 10) + abs(english - russian)


def _bead(english: Sequence[Paragraph], russian: Sequence[Paragraph], english_indices: range,
          russian_indices: range, method: str, confidence: float) -> ParagraphPair:
    return ParagraphPair(
        tuple(english_indices), tuple(russian_indices),
        Span(english[0].span.start, english[-1].span.end), Span(russian[0].span.start, russian[-1].span.end),
        "\n\n".join(paragraph.text for paragraph in english), "\n\n".join(paragraph.text for paragraph in russian),
        method, round(confidence, 3),
    )
