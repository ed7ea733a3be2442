"""Evidence about a line of a page: the Kremlin's text, or another site's chrome?

Pages from unknown sites wrap the Kremlin's text in their own menus, widgets, post metadata,
captions and footers, which no word list can name in full. What tells them apart is the line
itself, in the manner of jusText (Pomikálek's boilerplate removal): its length, whether it
ends a sentence, how dense it is with function words, how much of it is a URL, its
separators, its capitals, the chrome words of many sites, the shapes of widgets (a counter, a
clock, a telephone number). Each line gets a verdict from these alone; the header and body
stages then weigh it with the line's place (a short line among chrome is chrome, a short
line among the Kremlin's paragraphs is text). The Kremlin's own text is regular, and that is
the strong evidence: its lead openers (`Vladimir Putin held …`), the words its titles open
with (`Meeting with …`), the salutations its speech opens with (`Dear friends`).

Every word list is vocabulary data (`lexicon/`), matched for all languages at once.
"""

from __future__ import annotations

import enum
from typing import NamedTuple

import regex

from .kinds import Kind
from .lexicon import LEXICON
from .scripts import has_cyrillic_letter, latin_letters, more_cyrillic_than

#: A line of at least this many words that ends a sentence and is dense with function words
#: is good text, as jusText calls it.
GOOD_WORDS = 8
#: The share of function words a good line has at least, by script: Russian has fewer
#: function words than English (cases instead of prepositions).
_GOOD_DENSITY = {"latin": 0.12, "cyrillic": 0.05}
#: At most this many words make a short line, or a line of fewer than 70 characters.
SHORT_WORDS = 6
_SHORT_CHARS = 70
#: Chrome words decide only in lines this short: longer ones are prose that mentions them.
_CHROME_LINE_WORDS = 8

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}’'\-]*")
#: What a channel or a blog sets before a line: an emoji, a bullet, a dash (`🎙 Президент …`).
_DECORATION = regex.compile(r"^[^\p{L}\p{N}«\"“„'(\[]+\s+")
_LETTER = regex.compile(r"\p{L}")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
#: Latin letters (lowercased) that stand for Cyrillic ones drawn alike, in a word that mixes
#: the two scripts (`Tекст`: a typo, or a site's guard against copying).
_LOOKALIKES = str.maketrans("abcehkmoptxy", "авсенкмортху")
_LATIN = regex.compile(r"\p{Latin}")
_DOMAINS = r"(?:com|org|net|ru|рф|info|uk|us|io|by|kz|ua)"
_URL = regex.compile(rf"(?:https?://|www\.)\S{{1,500}}|\b[\w\-]{{1,60}}(?:\.[\w\-]{{1,60}}){{0,4}}\.{_DOMAINS}\b(?:/\S{{0,500}})?",
                     regex.IGNORECASE)
#: What every match of `_URL` holds; a line without it is searched no further (a quick scan
#: where `_URL` tries a domain at every word).
_URL_HINT = regex.compile(rf"://|www\.|\.{_DOMAINS}\b", regex.IGNORECASE)
#: Separators that menus and breadcrumbs set between their items, standing as words.
_SEPARATOR = regex.compile(r"(?:^|(?<=\s))(?:[|·•>/\\»›]|::)(?=\s|$)")
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’»)\]]*$")
#: Widgets: a counter (`23.4K subscribers`), a temperature, a clock (`Moscow: 18:27`), a
#: telephone number, opening hours.
_COUNTER = regex.compile(r"[\d.,]{1,8}[KkMк]?\s\p{L}{3,20}")
_TEMPERATURE = regex.compile(r"[+\-−]?\d{1,2}\s?°[CС]?")
_FIGURE = regex.compile(r"\d")
#: A channel's view counter after its sign (`👁 2.4K`).
_VIEWS = regex.compile(r"[^\p{L}\p{N}\s]{1,3}\s*\d{1,3}(?:[.,]\d)?\s?[KkMКкМ](?:\s|$)")
_CLOCK = regex.compile(r"\p{Lu}[\p{L}\- ]{1,30}:\s?\d{1,2}:\d{2}")
_PHONE = regex.compile(r"(?:\+\d|\(\d{1,5}\))[\d\s()\-]{6,20}\d")
_HOURS = regex.compile(r"\d{1,2}[:.]\d{2}\s?[–\-]\s?\d{1,2}[:.]\d{2}")
#: A forum poster's handle opening a line: `eagle_eye_77: I think …`.
_HANDLE = regex.compile(r"[a-z0-9_.\-]{3,30}:\s")
_STAGE_DIRECTION = regex.compile(r"\(.{1,80}\)")
#: Words between runs of one sign (`==== TRANSCRIPT ====`, `=== Update ===`): a forum's or
#: a blog's marker; the Kremlin's text never decorates its lines so.
_MARKER = regex.compile(r"([^\p{L}\p{N}\s])\1{2,}\s*[\p{L}\p{N}][^\n]{0,80}?\s*([^\p{L}\p{N}\s])\2{2,}")
_CONTRACTION = regex.compile(r"\b\w+n[’']t\b|\b(?:it|that|here|there|what|who)[’']s\b|\b\w+[’'](?:re|ve|ll|m|d)\b",
                             regex.IGNORECASE)


class Verdict(str, enum.Enum):
    """What a line is judged to be on its own."""

    #: The lexer knows it (a date, a label, a section break, the site's furniture) or it opens
    #: speech (a salutation): never chrome, whatever surrounds it.
    STRONG = "strong"
    #: Chrome wherever it stands: a menu, a widget, a URL, a credit.
    CHROME = "chrome"
    #: Prose: long, a sentence, dense with function words.
    GOOD = "good"
    #: Short, and no sentence: a heading, a caption, a button; its neighbours decide.
    SHORT = "short"
    #: Neither: its neighbours decide.
    NEAR = "near"


class LineEvidence(NamedTuple):
    """What a line shows of itself."""

    words: int
    ends_sentence: bool
    verdict: Verdict
    #: The furniture kind of a chrome line (`other_site`, `caption`, `commentary`).
    chrome: Kind | None
    #: A reposter's voice: first- or second-person words, contractions.
    voice: bool
    #: It opens as the site's leads do (`Vladimir Putin held …`).
    lead_opener: bool
    #: It opens as the site's titles do (`Meeting with …`).
    title_opener: bool
    #: It opens as speech does (`Dear friends`).
    salutation: bool
    #: It ends in a colon.
    ends_colon: bool
    #: A short line in capitals: a banner or a button, or a title in capitals; chrome, but
    #: weaker evidence than the rest (see `is_shouting`).
    shouting: bool
    #: It holds letters (a line of digits and signs is a widget's, or a number).
    letters: bool


def words_of(line: str) -> list[str]:
    """The words of a line, lowercase."""
    lowered = line.lower()
    if len(lowered) == len(line):  # (lowered at once, unless a letter lowers to two: `İ`)
        return _WORD.findall(lowered)
    return [word.lower() for word in _WORD.findall(line)]


def script(line: str) -> str:
    """`cyrillic` or `latin`: which letters the line has more of."""
    if not has_cyrillic_letter(line):
        return "latin"
    return "cyrillic" if more_cyrillic_than(line, latin_letters(line)) else "latin"


def ends_sentence(line: str) -> bool:
    """The line ends in `.`, `!`, `?` or `…`, closing quotes and brackets aside."""
    return _SENTENCE_END.search(line) is not None


def stop_density(words: list[str]) -> float:
    """The share of function words among `words`."""
    return sum(map(LEXICON.stop_words.__contains__, words)) / len(words) if words else 0.0


def chrome_kind(line: str, words: list[str]) -> Kind | None:
    """The furniture kind of a line that is chrome whatever its place, or None."""
    if _LETTER.search(line) is None and not (words and ends_sentence(line) and line[-1] != "?"):
        return Kind.OTHER_SITE  # a telephone number, a counter, a lone `?` (but `2020 2021.`)
    if _STAGE_DIRECTION.fullmatch(line):
        return None  # `(Video.)`: the site's own stage direction
    first = _as_cyrillic(words[0]) if words else ""
    after_first = line.lstrip()[len(first):].lstrip()[:1]
    if first in LEXICON.credit_words and (after_first in (":", "©") or len(words) <= 6):
        return Kind.PHOTO_CAPTION
    if first in LEXICON.byline_words and after_first == ":" and len(words) <= SHORT_WORDS:
        return Kind.POST_METADATA  # `Текст: Дарья Иванова`, `Author: …`
    if first == "by" and len(words) <= _CHROME_LINE_WORDS and not ends_sentence(line) and _is_byline_name(line):
        return Kind.POST_METADATA  # `By Staff Writer | April 6, 2018`
    lowered = line.lower()
    if lowered.startswith(LEXICON.stamp_words) and len(words) <= 2 * _CHROME_LINE_WORDS \
            and _FIGURE.search(line, 0, 80) and not ends_sentence(line):
        return Kind.POST_METADATA  # `Posted 10/10/2007 9:14:55 AM by …`, `Опубликовано: 5 мая 2020`
    if _HASHTAGS.fullmatch(line):
        return Kind.OTHER_SITE  # `#кино #культура`
    if _closing_credit(line):
        return Kind.PHOTO_CAPTION  # `Лидеры обсудили … Фото: пресс-служба`: a caption and its credit
    if line.startswith(("©", "(c)", "(C)")) or _MARKER.fullmatch(line):
        return Kind.OTHER_SITE
    if _URL_HINT.search(line) is not None and sum(len(match.group()) for match in _URL.finditer(line)) > len(line) / 2:
        return Kind.OTHER_SITE
    if not ends_sentence(line) and len(_SEPARATOR.findall(line)) >= 2:
        return Kind.OTHER_SITE
    if _HANDLE.match(line):
        return Kind.COMMENTARY
    if len(words) <= 2 * _CHROME_LINE_WORDS and lowered.startswith(LEXICON.chrome_phrases):
        return Kind.OTHER_SITE  # `Posted on 12/03/2020 10:18:02 AM EST by …`: figures make it long
    if len(words) <= _CHROME_LINE_WORDS:
        if any(phrase in lowered for phrase in LEXICON.chrome_phrases):
            return Kind.OTHER_SITE
        chrome_words = sum(word in LEXICON.chrome_words for word in words)
        if chrome_words and chrome_words >= sum(word in LEXICON.stop_words for word in words) and all(
            word in LEXICON.chrome_words or word in LEXICON.stop_words or word.isdigit() for word in words
        ):
            return Kind.OTHER_SITE  # `Categories`, `Follow us`, `Подписаться на рассылку`
        if _is_widget(line, words):
            return Kind.OTHER_SITE
    return None


#: A line of hashtags only.
_HASHTAGS = regex.compile(r"#[\p{L}\p{N}_]+(?:[\s,]+#[\p{L}\p{N}_]+)*")
#: A credit closing a line after a sentence: `… Photo: press service`, at most this many words.
_CREDIT_WORDS = 6
_CLOSING_CREDIT = regex.compile(r"[.!?…]\s+(\p{L}+)\s*:\s*([^.!?:]{1,80})$")


def is_photo_credit(line: str) -> bool:
    """The line is a photo's credit or a caption closing with one: what `evidence(line,
    Kind.TEXT).chrome` calls a `photo_caption`. Asked of many lines that are prose, so it
    looks at their first word and their end before judging the whole line."""
    first = _WORD.search(line)
    if (first is None or _as_cyrillic(first.group().lower()) not in LEXICON.credit_words) \
            and not _closing_credit(line):
        return False  # (no other way to a photo's caption in `chrome_kind`)
    return evidence(line, Kind.TEXT).chrome is Kind.PHOTO_CAPTION


def _closing_credit(line: str) -> bool:
    """The line closes with a photo's credit after a sentence (`… Фото: пресс-служба
    Кремля`): a caption and its credit on one line."""
    found = _CLOSING_CREDIT.search(line[-120:])
    return found is not None and found.group(1).lower() in LEXICON.credit_words \
        and len(found.group(2).split()) <= _CREDIT_WORDS


def _is_byline_name(line: str) -> bool:
    """Two capitalised words follow the line's first word (`By Staff Writer`)."""
    written = line.split(maxsplit=3)
    return len(written) >= 3 and written[1][:1].isupper() and written[2][:1].isupper()


def _as_cyrillic(word: str) -> str:
    """A lowercase word that mixes Latin and Cyrillic letters, with its Latin lookalikes read
    as Cyrillic; any other word as it is."""
    if _CYRILLIC.search(word) is None or _LATIN.search(word) is None:
        return word
    return word.translate(_LOOKALIKES)


def _is_widget(line: str, words: list[str]) -> bool:
    return bool(
        (_COUNTER.fullmatch(line) and words[-1] in LEXICON.chrome_words | {"subscribers", "подписчиков"})
        or _TEMPERATURE.search(line) and len(words) <= 3
        or _CLOCK.fullmatch(line)
        or _PHONE.search(line) and sum(character.isdigit() for character in line) >= 7 and len(words) <= 4
        or _HOURS.search(line) and len(words) <= 5
        or _VIEWS.match(line) is not None and len(words) <= 5
    )


def decoration_length(line: str) -> int:
    """How many characters of decoration (an emoji, a bullet, a dash and a space) open the
    line before its words: `🎙 Президент …` → 2."""
    found = _DECORATION.match(line)
    return found.end() if found is not None else 0


def is_world_clock(line: str) -> bool:
    """A city's clock of a site's widget: `Moscow: 18:27`."""
    return _CLOCK.fullmatch(line.strip()) is not None


def is_shouting(line: str, words: list[str]) -> bool:
    """A short line of two words or more, every one in capitals (a banner, a button), not
    ending in a colon (a label) nor in a sentence's punctuation; an acronym alone (`SCO`) is
    a tag, not a banner."""
    written = _WORD.findall(line)
    return (
        2 <= len(written) <= SHORT_WORDS and line[-1:].isalnum()
        and sum(_LETTER.search(word) is not None for word in written) >= 2
        and all(word.isupper() for word in written if _LETTER.search(word))
    )


def has_voice(line: str, words: list[str]) -> bool:
    """First- or second-person words or contractions: a reposter speaking, or speech."""
    return not LEXICON.voice_words.isdisjoint(words) or (
        ("'" in line or "’" in line) and _CONTRACTION.search(line) is not None)  # (a contraction has one)


#: A line is judged by at most this many characters at either end: longer ones are prose,
#: whatever else they hold, and judging all of a line of megabytes would cost its length.
_JUDGED_CHARS = 2000


def evidence(line: str, kind: Kind) -> LineEvidence:
    """What the line (the text of a token of `kind`) shows of itself."""
    if len(line) > 2 * _JUDGED_CHARS:
        line = line[:_JUDGED_CHARS] + " " + line[-_JUDGED_CHARS:]
    words = words_of(line)
    sentence = ends_sentence(line)
    opening = _DECORATION.sub("", line, count=1)  # the Kremlin's words after a decoration
    salutation = opening.startswith(LEXICON.salutations)
    chrome = chrome_kind(line, words) if kind is Kind.TEXT else None
    shouting = kind is Kind.TEXT and chrome is None and is_shouting(line, words)
    if shouting:
        chrome = Kind.OTHER_SITE
    if kind is not Kind.TEXT or salutation:
        verdict = Verdict.STRONG
    elif chrome is not None:
        verdict = Verdict.CHROME
    elif sentence and len(words) - sum(map(str.isdigit, words)) >= GOOD_WORDS \
            and stop_density(words) >= _GOOD_DENSITY[script(line)]:  # (figures are no words of prose)
        verdict = Verdict.GOOD
    elif (len(words) <= SHORT_WORDS or len(line) < _SHORT_CHARS) and not sentence:
        verdict = Verdict.SHORT
    else:
        verdict = Verdict.NEAR
    return LineEvidence(
        words=len(words),
        ends_sentence=sentence,
        verdict=verdict,
        chrome=chrome,
        voice=has_voice(line, words),
        lead_opener=opening.startswith(LEXICON.lead_openers),
        title_opener=opening.startswith(LEXICON.title_openers),
        salutation=salutation,
        ends_colon=line.endswith(":"),
        shouting=shouting,
        letters=_LETTER.search(line) is not None,
    )
