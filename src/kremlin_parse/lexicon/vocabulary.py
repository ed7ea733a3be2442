"""What a vocabulary holds: the words of one language's documents, as data.

Each language is one module of this package holding one `Vocabulary` (english.py,
russian.py); `Lexicon` compiles them once into the tables and patterns the stages query.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping, TypeVar

import attrs


K = TypeVar("K")
V = TypeVar("V")


def frozen_map(mapping: Mapping[K, V]) -> Mapping[K, V]:
    """A read-only copy of `mapping`, so that a vocabulary stays as it was written."""
    return MappingProxyType(dict(mapping))


@attrs.frozen
class Vocabulary:
    """Everything language-specific that the parser needs to know."""

    language: str
    #: The section word that opens every event page (`Events`).
    section_words: frozenset[str]
    #: The link that closes every page of the text version (`Text version`).
    page_ends: frozenset[str]
    #: Headings of the tag blocks, mapped to the Event field they fill.
    tag_headings: Mapping[str, str]
    #: The heading of the publication footer (`Publication status`).
    publication_status: frozenset[str]
    #: Footer field prefixes, mapped to the Event field they fill.
    field_labels: Mapping[str, str]
    #: Site chrome lines of browser dumps (menus, settings).
    chrome: frozenset[str]
    #: Line prefixes of repost chrome (forum user boxes): `Join Date:`.
    chrome_prefixes: tuple[str, ...]
    #: Phrases that make a short line a licence footer of a repost.
    licence_marks: tuple[str, ...]
    #: News-site links to other stories: `Related news <headline>`.
    related_news: tuple[str, ...]
    #: Lines that close a reposted event with its link, mapped to the Event field they fill:
    #: `The source of information - http://en.kremlin.ru/...`.
    source_lines: Mapping[str, str]
    #: The word of a news agency's date prefix: ` date 2021-09-14 `.
    agency_date_word: str
    #: What announces a coming event with its date: `Анонс на 10 мая 2025 года`.
    announcement_words: tuple[str, ...]
    #: How leads usually open, to tell a lead from its title where flattening ran them together.
    lead_openers: tuple[str, ...]
    #: Month names (lowercase), mapped to month numbers.
    months: Mapping[str, int]
    #: The twelve month names as the site writes them in a date.
    month_names: tuple[str, ...]
    #: How the site writes a date: `{month} {day}, {year}`.
    date_format: str
    #: Whether dates are written month first (`September 17, 2021`) or day first
    #: (`17 сентября 2021 года`): the date-line grammar takes this language's month names in
    #: that order.
    month_first: bool
    #: Whether other sites also write this language's dates day first, although the site
    #: writes them month first (`23 January 2018`, `12 may 2008`): the date-line grammar then
    #: takes that order too.
    also_day_first: bool
    #: Words that may follow the year of a date: `года` in `17 сентября 2021 года`.
    year_words: tuple[str, ...]
    #: The days of the week and their abbreviations (lowercase): a date after one
    #: (`Wednesday, July 27, 2016`) is a post's time stamp, not an event's date line.
    weekdays: frozenset[str]
    #: Endings of patronymics, which close a person's name in a surname-first list.
    patronymic_endings: tuple[str, ...]
    #: Endings of adjectives, which begin a many-word tag (`Великая Отечественная война`).
    adjective_endings: tuple[str, ...]
    #: The word in gallery counters: `3 of 4`.
    counter_word: str
    #: The counter that ends a cut tag list, `{count}` standing for the number: `5 more`.
    more_counter: str
    #: Labels that name no person: `Question`, `Remark` (compared after casefolding, so
    #: `QUESTION` is one too).
    generic_labels: frozenset[str]
    #: Words that join a generic label to the organisation its speaker is from:
    #: `from` in `Question from BBC News (Steve Rosenberg)`.
    generic_label_links: frozenset[str]
    #: Lowercase nouns of a role that other sites write before a name, after a capitalised
    #: descriptor: `moderator` in `Plenary session moderator Sergei Brilyov`.
    descriptor_nouns: frozenset[str]
    #: Words of site chrome (compared after casefolding): a line shaped like a label that
    #: holds one is a widget heading or a note, not a speaker (`Blog Message:`,
    #: `NOTE FROM THE POSTER:`, `Фото:`).
    label_chrome_words: frozenset[str]
    #: Words that end a role inside a speaker label (`President`, `Minister`).
    role_words: frozenset[str]
    #: Lowercase words allowed inside a label (`of`, `the`).
    label_connectors: frozenset[str]
    #: Lowercase words that a person's name may hold (`da` in `Lula da Silva`, `bin`).
    name_particles: frozenset[str]
    #: Words that continue a place or organisation name after its first word (`Region`).
    place_continuations: frozenset[str]
    #: Lowercase words a place name may hold (`область` in `Московская область`).
    place_words: frozenset[str]
    #: Prepositions that open a role's object: `of` in `President of Russia`.
    role_prepositions: frozenset[str]
    #: Words that chain a further object to a role's object (`of` in `the Federal Service of
    #: Security`), and words that do so only before a continuation word (`and` in
    #: `Committee for Science and Education`).
    object_links: frozenset[str]
    object_conjunctions: frozenset[str]
    #: Abbreviations that may end a place name in spite of their full stop (`St.`, `Mt.`).
    place_abbreviations: tuple[str, ...]
    #: Quotation marks (opening, closing) that may hide a sentence end inside a title.
    quotation_marks: tuple[tuple[str, str], ...]
    #: Whether a role takes its object without a preposition, so that only the last words
    #: of a label are the name (`Председатель Правительства Михаил Мишустин`).
    role_object_without_preposition: bool
    #: Stage directions, by their first word (lowercase), mapped to a type (`applause`).
    stage_directions: Mapping[str, str]
    # -- pages of other sites: the evidence that tells the Kremlin's text from their chrome --
    #: Function words: prose is dense with them, menus and widgets are not.
    stop_words: frozenset[str]
    #: How the site's titles open, naming the event (`Meeting with`, `Telephone conversation`).
    title_openers: tuple[str, ...]
    #: How speech opens (`Dear friends`, `Colleagues`): a paragraph that opens so is speech.
    salutations: tuple[str, ...]
    #: Words of the site's own lines that introduce a quotation (`The message reads, in
    #: part:`): narration, part of the body.
    quotation_intros: tuple[str, ...]
    #: Words of a reposter's line that introduces the Kremlin's text (`Below is the full
    #: transcript:`): chrome.
    repost_intros: tuple[str, ...]
    #: Words of other sites' chrome (menus, forms, buttons, widgets), lowercase: a short line
    #: made of these and function words is chrome.
    chrome_words: frozenset[str]
    #: Phrases of other sites' chrome (`sign in`, `share this`, `read more`), lowercase,
    #: found anywhere in a short line.
    chrome_phrases: tuple[str, ...]
    #: Phrases of a site's copyright notice (`all rights reserved`), lowercase: a line at the
    #: end of a page that holds one is the site's licence, however long it is.
    licence_phrases: tuple[str, ...]
    #: The first words of credits (`Photo`, `Source`), lowercase.
    credit_words: tuple[str, ...]
    #: The first words of bylines when a colon follows them (`Text: …`, `Текст: …`), lowercase:
    #: a post's metadata. Without the colon they open headings (`Текст выступления`).
    byline_words: tuple[str, ...]
    #: The words with which a post's stamp opens (`Posted 10/10/2007 9:14 AM by …`,
    #: `Опубликовано 5 мая 2020`), lowercase: a figure follows them on the line.
    stamp_words: tuple[str, ...]
    #: Markers with which a site cuts a post short (`Continue reading`, `Read more`).
    cut_markers: tuple[str, ...]
    #: First- and second-person words (`I`, `my`, `you`), lowercase: a reposter's voice, which
    #: the site's narration never has.
    voice_words: frozenset[str]
    #: How the site spells each piece of furniture, for writing documents back (render), the
    #: feed's title (`feed_title`) and how a cut list of persons is written out in readable
    #: text (`persons_more`, `{count}` standing for the number).
    spelling: Mapping[str, str]
    #: The top of a browser page dump, line by line ("" for a blank line).
    dump_top: tuple[str, ...]
