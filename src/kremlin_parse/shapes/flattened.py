"""Front end for the flattened text version: scrapers that collapse all white space leave a
whole page on one line (`События <title> <lead> 8 мая 2025 года 10:10 Москва, Кремль …`).

The line is cut into the lines the page had, as far as the text still shows them: the
section word, the title, the lead, the date line, every speaker label, every piece of
furniture and the items of the tag blocks. Paragraph breaks are gone for good; the text
between two cuts becomes one paragraph. Person tooltips that the flattening pulled into a
label (`С.Собянин Собянин Сергей Семёнович мэр Москвы :`) are cut out as lines of their own
and become furniture.
"""

from __future__ import annotations

from typing import Iterable, Iterator

import regex

from ..header import HeaderRules
from ..lexicon import INITIALS_AND_SURNAME_FRAGMENT, LEXICON, SECTION_BREAK_FRAGMENT, TIME_FRAGMENT
from ..lines import Line
from ..models import Event
from ..source import Source
from .base import FOOTER_FIELDS, FrontEnd, Shape
from .writing import text_version_page_text

#: A line longer than this that opens with a section word and holds a date is a flattened page.
MIN_FLATTENED_LENGTH = 20
_HEADER_REACH = 2500

#: A date of the lexicon's grammar, with the time that may follow it on a flattened line.
_DATE = rf"(?i:{LEXICON.date_fragment})(?:,?\ {TIME_FRAGMENT})?"
_GENERIC_LABELS = sorted(LEXICON.generic_labels, key=len, reverse=True)
#: The characters a cut can start with: capitals, digits, the section break's star, and the
#: first letters of the fixed words and (in either case) the month names.
_CUT_OPENERS = "".join(sorted((
    {word[0] for word in (*LEXICON.announcement_words, *LEXICON.furniture_words, *_GENERIC_LABELS)}
    | {v.more_counter[0] for v in LEXICON.vocabularies}
    | {case(month[0]) for month in LEXICON.months for case in (str.lower, str.upper)}
) - {"{"}))  # `{count} more` opens with a digit
#: Where a new line begins: furniture words, a section break, a counter, a dated entry of a
#: See also box, and speaker labels (initials and surname, or a generic label), with a
#: tooltip the flattening may have put between the name and its colon. Every cut starts a
#: word, or a capitalised word glued to a lowercase one (`версияСобытия`): the pattern's
#: first line checks that, with a character that can open a cut, so the alternatives are
#: tried only where one of them may match (which halves the time of a flattened page). The
#: date, the section break, the counter and initials and surname are the lexicon's grammar,
#: as the lexer reads them on a line of their own.
_CUT = regex.compile(
    rf"""
    (?=[\p{{Lu}}\d*{regex.escape(_CUT_OPENERS)}])(?:(?<![\p{{L}}\d])|(?<=\p{{Ll}})(?=\p{{Lu}}))
    (?:
    (?P<announcement>(?:{'|'.join(regex.escape(w) for w in LEXICON.announcement_words)})
        \ (?:\d{{1,2}}\ ?[−–-]\ ?)?(?:{_DATE}))
    | (?P<furniture>(?:{'|'.join(regex.escape(word) for word in LEXICON.furniture_words)})(?=\s|$))
    | (?P<break>{SECTION_BREAK_FRAGMENT})(?=\s|$)
    | (?P<more>(?:{LEXICON.more_counter_fragment})(?=\s|$))
    | (?P<date>{_DATE})(?=\s|$)
    | (?P<label>
        (?P<name>(?<![\p{{L}}\d.]){INITIALS_AND_SURNAME_FRAGMENT}
                 |{'|'.join(_GENERIC_LABELS)})
        (?P<tooltip>(?:\ (?!\p{{Lu}}\.)[^\s:()\d]{{1,40}}){{1,25}}?)??
        (?P<qualifier>\ \([^()]{{1,40}}\))?
        \ ?:(?=\s)
      )
    )
    """,
    regex.VERBOSE,
)
_TAGS = frozenset(LEXICON.headings_of["geography"] | LEXICON.headings_of["topics"] | LEXICON.headings_of["persons"])
_PERSONS = LEXICON.headings_of["persons"]
_BOXES = LEXICON.headings_of["see_also"]


def is_flattened(text: str) -> bool:
    """A page on one long line that opens with its section word and holds a date."""
    stripped = text.strip()
    line_end = stripped.find("\n")
    first = stripped if line_end == -1 else stripped[:line_end]
    if len(first) <= MIN_FLATTENED_LENGTH or not any(first.startswith(word + " ") for word in LEXICON.section_words):
        return False
    return _CUT.search(first, 0, _HEADER_REACH) is not None


def flattened_lines(text: str) -> list[Line]:
    """The lines of a flattened page, as spans into its one line."""
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    pieces: list[tuple[int, int, str | None]] = []
    word = next(w for w in LEXICON.section_words if text.startswith(w, start))
    pieces.append((start, start + len(word), None))
    position = _skip_spaces(text, start + len(word))
    header_date = _header_date(text, position)
    if header_date is None:
        announcement = _CUT.search(text, position, min(len(text), position + _HEADER_REACH))
        if announcement is not None and announcement.group("announcement") is not None:
            pieces += _title_and_lead(text, position, announcement.start())
            position = announcement.start()
    else:
        date_start, date_end = header_date
        header = _title_and_lead(text, position, date_start)
        pieces += header
        place_end = _place_end(text, date_end, _persons_block(text))
        pieces.append((date_start, place_end, None))
        position = _skip_spaces(text, place_end)
        title = text[header[0][0]:header[0][1]].strip()
        if title and text.startswith(title, position) and text[position + len(title):position + len(title) + 1].isspace():
            pieces.append((position, position + len(title), "video"))  # the video player's title
            position = _skip_spaces(text, position + len(title))
    pieces += _cut_tooltips(text, list(_body(text, position, end)), _persons_entries(text))
    lines = []
    for number, (first, last, hint) in enumerate(pieces, start=1):
        while first < last and text[first].isspace():
            first += 1
        while last > first and text[last - 1].isspace():
            last -= 1
        if first < last:
            lines.append(Line(number, first, last, hint))
    return lines


def _persons_entries(text: str) -> list[str]:
    """The people of the page's Persons block, as it writes them (`Мирзиёев Шавкат Миромонович`)."""
    block = _persons_block(text).lstrip()
    heading = next((word for word in _PERSONS if block.startswith(word)), None)
    if heading is None:
        return []
    entries = block[len(heading):]
    return [entries[first:last] for first, last, _ in _tag_items(entries, 0, len(entries), persons=True)]


def _cut_tooltips(text: str, pieces: list[tuple[int, int, str | None]],
                  persons: list[str]) -> list[tuple[int, int, str | None]]:
    """Cut out of running text the person tooltips that flattening put there: a person of
    the Persons block, written surname first, with the role after it up to the stray space
    before a punctuation mark that ends a tooltip (`Мирзиёевым Мирзиёев Шавкат Миромонович
    Президент Республики Узбекистан . Обсуждены`)."""
    if not persons:
        return pieces
    pattern = regex.compile(
        r"(?<=\S )(?:" + "|".join(regex.escape(person) for person in sorted(persons, key=len, reverse=True))
        + r")(?:(?: [^\s,.:;!?]{1,40}){0,20}?(?= [,.:;]))?"
    )
    cut: list[tuple[int, int, str | None]] = []
    for first, last, hint in pieces:
        if hint is not None:
            cut.append((first, last, hint))
            continue
        position = first
        for match in pattern.finditer(text, first, last):
            before = text.rfind(" ", first, match.start() - 1) + 1
            if not _names_the_same(text[max(before, first):match.start() - 1], match.group()):
                continue
            cut.append((position, match.start(), None))
            cut.append((match.start(), match.end(), "tooltip"))
            position = match.end()
        cut.append((position, last, None))
    return cut


def _names_the_same(word: str, tooltip: str) -> bool:
    """The word before a tooltip is the person's name in some case (`Мирзиёевым` before
    `Мирзиёев Шавкат …`): a tooltip repeats the name just written."""
    return any(len(name) >= 3 and word[:3] == name[:3] for name in tooltip.split()[:3])


def _skip_spaces(text: str, position: int) -> int:
    while position < len(text) and text[position] == " ":
        position += 1
    return position


def _header_date(text: str, position: int) -> tuple[int, int] | None:
    """The date (and time) of the header: the first date near the top of the page."""
    for match in _CUT.finditer(text, position, min(len(text), position + _HEADER_REACH)):
        if match.group("date") is not None:
            return match.span("date")
        if match.group("furniture") is not None or match.group("announcement") is not None:
            return None
    return None


def _title_and_lead(text: str, start: int, stop: int) -> list[tuple[int, int, str | None]]:
    """Title and lead run together: the lead is whole sentences, the title has no full stop,
    so the lead begins at a capitalised word (or a date) before the first sentence end,
    preferably one that leads usually open with (`Владимир Путин`, `Состоялся`, `7 мая`)."""
    stretch = text[start:stop].rstrip()
    if not stretch.endswith((".", "!", "?", "…")):
        return [(start, stop, None)]
    unquoted = _QUOTED.sub(lambda match: "x" * len(match.group()), stretch)
    first_stop = _SENTENCE_END.search(unquoted)
    limit = first_stop.start() if first_stop else len(stretch)
    candidates = [match.start() for match in _WORD_START.finditer(stretch) if match.start() < limit]
    if not candidates:
        return [(start, stop, None)]
    # An announcement's title opens with the day of the event, and so does its lead.
    dated = [c for c in candidates if _DAY_AND_MONTH.match(stretch, c)] if _DAY_AND_MONTH.match(stretch) else []
    preferred = dated or [c for c in candidates if stretch.startswith(LEXICON.lead_openers, c)]
    split = preferred[0] if preferred else candidates[-1]
    return [(start, start + split, None), (start + split, stop, None)]


_QUOTED = regex.compile("|".join(
    f"{regex.escape(opening)}[^{regex.escape(opening + closing)}]{{0,200}}{regex.escape(closing)}"
    for opening, closing in LEXICON.quotation_marks
))
_SENTENCE_END = regex.compile(r"[.!?…](?:\s|$)")
_WORD_START = regex.compile(r"(?<=\s)[\p{Lu}\d«]")
_DAY_AND_MONTH = regex.compile(rf"\d{{1,2}}\ (?i:{'|'.join(sorted(LEXICON.months, key=len, reverse=True))})\ ")


def _place_end(text: str, position: int, persons: str) -> int:
    """Where the place after the date ends: capitalised names joined by commas
    (`Москва, Кремль`, `Московская область, Ново-Огарёво`). There is none when what follows
    is a sentence: a capitalised word before a lowercase one (`Состоялся телефонный`), the
    opening of a lead (`Владимир Путин`), a person of the page's Persons block (`Никол
    Пашинян`), or a line ending in a colon (`Текст Указа:`)."""
    match = _PLACE_SEGMENT.match(text, position)
    if match is None or text.startswith(LEXICON.lead_openers, match.start(1)) or \
            regex.search(rf"(?<!\S){regex.escape(match.group(1))}(?!\S)", persons):
        return position
    following = _NEXT_WORD.match(text, match.end())
    if following is not None and (following.group(1)[0].islower() or (
        following.group(1).endswith(":") and not _is_label_at(text, match.end() + 1)
    )):
        return position
    end = match.end()
    while text.startswith(",", end):
        match = _PLACE_SEGMENT.match(text, end + 1)
        if match is None:
            break
        end = match.end()
    return end


def _is_label_at(text: str, position: int) -> bool:
    """Whether a speaker label (`В.Путин:`) begins at `position`."""
    cut = _CUT.match(text, position)
    return cut is not None and cut.group("label") is not None


def _persons_block(text: str) -> str:
    """The text of the page's Persons block, up to the publication footer."""
    start = max(text.rfind(f" {word} ") for word in _PERSONS)
    if start == -1:
        return ""
    stops = [text.find(f" {word}", start + 1) for word in LEXICON.footer_words]
    return text[start:min([stop for stop in stops if stop != -1] or [len(text)])]


_PLACE_WORDS = "|".join(sorted(LEXICON.place_words))
_PLACE_SEGMENT = regex.compile(rf"\ (\p{{Lu}}[\p{{L}}\-]+(?:\ (?:{_PLACE_WORDS}))?)(?=[\s,]|$)")
_NEXT_WORD = regex.compile(r"\ (\S+)")




def _body(text: str, start: int, end: int) -> Iterator[tuple[int, int, str | None]]:
    """The body and the tail: a line at every cut. A date is a cut only as the date of an
    entry of a See also box (the entry's title runs up to it); elsewhere it is running text."""
    position = start
    block: str | None = None  # the tag block or box whose items are being read
    for match in _CUT.finditer(text, start, end):
        if match.start() < position:
            continue
        is_date = match.group("date") is not None
        if is_date and block not in _BOXES:
            continue
        if match.start() > position:
            yield from _block_lines(text, position, match.start(), block)
        if match.group("furniture") in LEXICON.field_labels:
            position, block = match.start(), None  # the field's value runs on to the next cut
            continue
        if match.group("tooltip"):
            yield (match.start(), match.end("name"), "label")
            yield (match.end("name"), match.end(), "tooltip")
        else:
            yield (match.start(), match.end(), None)
        position = match.end()
        word = match.group("furniture")
        if word is not None:
            block = word if word in _TAGS or word in _BOXES else None
        elif is_date or match.group("label") is not None or match.group("break") is not None:
            block = None
    if position < end:
        yield from _block_lines(text, position, end, block)


def _block_lines(text: str, start: int, end: int, block: str | None) -> list[tuple[int, int, str | None]]:
    if block is None or block in _BOXES:
        return [(start, end, None)]
    return _tag_items(text, start, end, persons=block in _PERSONS)


def _tag_items(text: str, start: int, end: int, persons: bool) -> list[tuple[int, int, str | None]]:
    """The items of a tag block, which flattening ran together. A person ends with a
    patronymic (`Собянин Сергей Семёнович`), or is a pair of words where there are none; any
    other item starts at a capitalised word that follows a lowercase word or a noun
    (`Здравоохранение Регионы`, but `Великая Отечественная война`)."""
    words = [(start + match.start(), start + match.end())
             for match in regex.finditer(r"\S+", text[start:end])]
    with_patronymics = persons and any(LEXICON.patronymic_ending.search(text[a:b]) for a, b in words)
    items: list[list[int]] = []
    previous = ""
    for word_start, word_end in words:
        word = text[word_start:word_end]
        if persons:
            new_item = not items or (LEXICON.patronymic_ending.search(previous) is not None if with_patronymics
                                     else items[-1][2] == 2)
        else:
            new_item = not items or (word[0].isupper() and (
                previous[0].islower() or LEXICON.adjective_ending.search(previous) is None))
        if new_item:
            items.append([word_start, word_end, 1])
        else:
            items[-1][1] = word_end
            items[-1][2] += 1
        previous = word
    return [(first, last, "item") for first, last, _ in items]


class Flattened(Shape):
    """The text version collapsed onto one line: detected by `is_flattened`."""

    name = "flattened"
    # Paragraphs, places and where the lead ends are guessed from running text; what the
    # flattened shape reliably carries is the date and the footer.
    carried = frozenset({"language", "date", "time"}) | FOOTER_FIELDS
    header_rules = HeaderRules(place_on_date_line=True, laid_out=True)
    windowable = False  # one line is one page

    def sniff(self, text: str) -> bool:
        return is_flattened(text)

    def front_end(self, source: Source) -> FrontEnd:
        text = source.text
        if not is_flattened(text):  # asked for, but not one: read as plain text
            return super().front_end(source)
        return FrontEnd(source, lambda: flattened_lines(text))

    def render(self, events: Iterable[Event]) -> str:
        return render_flattened(events)


def render_flattened(events: Iterable[Event]) -> str:
    """The text version as scrapers that collapse white space store it: each page on one
    line. Paragraph breaks are lost, and with them what only they showed."""
    return "".join(" ".join(page.split()) + "\n" for page in map(text_version_page_text, events))


FLATTENED = Flattened()
