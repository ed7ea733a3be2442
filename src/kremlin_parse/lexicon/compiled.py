"""The vocabularies compiled once into the tables and pattern fragments the stages query.

Like python-dateutil's `parserinfo`, the words are data (one `Vocabulary` per language) and
this class turns them into what the grammar needs: lookup tables for fixed lines, one
pattern per concept (a date, a footer field, a counter, a section break), word sets for the
label grammar. Every stage asks the lexicon; none compiles the vocabulary itself, so a
concept has one grammar however many stages read it (the lexer reads a line, the flattened
front end finds the same concepts inside one long line).

Pattern fragments (`*_FRAGMENT` constants, `*_fragment` attributes) are strings without named groups, to be
composed into larger patterns; compiled patterns are `regex` objects (but for one prefilter of
the standard library's `re`, `field_or_prefix_opening`, faster there).
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Iterable, Mapping

import regex

from ..kinds import Kind
from .vocabulary import Vocabulary

#: `* * *`: three to ten stars, up to three spaces or tabs between them.
SECTION_BREAK_FRAGMENT = r"\*(?:[ \t]{0,3}\*){2,9}"
#: `<…>`, `<...>`, `‹…›` or a mixed form: an elision by the site's editors.
ELISION_FRAGMENT = r"[<‹](?:…|\.{3})[>›]"
#: Initials and a surname written together, as Russian labels write a person: `В.Путин`,
#: `В.В.Путин`, `В. Путин`.
INITIALS_AND_SURNAME_FRAGMENT = r"(?:\p{Lu}\.){1,3}\ ?\p{Lu}[\p{L}’'\-]{0,40}"
#: A clock time: `16:30`.
TIME_FRAGMENT = r"\d{1,2}:\d{2}"


def _alternatives(words: Iterable[str]) -> str:
    """The words as alternatives of a pattern, longest first, so the longest one wins."""
    return "|".join(regex.escape(word) for word in sorted(set(words), key=len, reverse=True))


class Lexicon:
    """What the stages know of the documents' languages, compiled from `vocabularies`."""

    def __init__(self, vocabularies: Iterable[Vocabulary]) -> None:
        self.vocabularies: tuple[Vocabulary, ...] = tuple(vocabularies)
        self._by_language = {vocabulary.language: vocabulary for vocabulary in self.vocabularies}
        self._compile_furniture()
        self._compile_dates()
        self._compile_labels()
        self._compile_flattened()
        self._compile_pages()

    # -- queries ---------------------------------------------------------------------------

    def vocabulary_of(self, language: str) -> Vocabulary:
        """The vocabulary of a language code (`en`, `ru`); ValueError for an unknown one."""
        try:
            return self._by_language[language]
        except KeyError:
            known = ", ".join(sorted(self._by_language))
            raise ValueError(f"no vocabulary for language {language!r}; known: {known}") from None

    @property
    def languages(self) -> tuple[str, ...]:
        """The language codes of the vocabularies, in order."""
        return tuple(self._by_language)

    def words(self, attribute: str) -> frozenset[str]:
        """Every word of one attribute of the vocabularies (a set, a tuple or a mapping's keys)."""
        return frozenset(word for vocabulary in self.vocabularies for word in getattr(vocabulary, attribute))

    def fixed_line(self, line: str) -> tuple[Kind, str | None] | None:
        """The kind (and the field it fills) of a line that is a fixed furniture word."""
        return self._fixed.get(line)

    def glued_page_end(self, line: str) -> int | None:
        """Where `Text versionEvents` (a page end glued to the next page's section word) splits."""
        return self._glued_pages.get(line)

    # -- compiling -------------------------------------------------------------------------

    def _compile_furniture(self) -> None:
        vocabularies = self.vocabularies
        fixed: dict[str, tuple[Kind, str | None]] = {}
        for vocabulary in vocabularies:
            fixed.update({word: (Kind.SECTION_WORD, None) for word in vocabulary.section_words})
            fixed.update({word: (Kind.PAGE_END, None) for word in vocabulary.page_ends})
            fixed.update({word: (Kind.TAG_HEADING, field) for word, field in vocabulary.tag_headings.items()})
            fixed.update({word: (Kind.PUBLICATION_STATUS, None) for word in vocabulary.publication_status})
            fixed.update({word: (Kind.CHROME, None) for word in vocabulary.chrome})
        self._fixed = fixed
        self.section_words: tuple[str, ...] = tuple(sorted(self.words("section_words"), key=len, reverse=True))
        self.page_ends: tuple[str, ...] = tuple(sorted(self.words("page_ends"), key=len, reverse=True))
        self._glued_pages = {end + word: len(end) for end in self.page_ends for word in self.section_words}
        #: The first line of a browser dump, which opens a new page once the current one has content.
        self.dump_openers: frozenset[str] = frozenset(vocabulary.dump_top[0] for vocabulary in vocabularies)

        fields: dict[str, tuple[Kind, str]] = {}
        for vocabulary in vocabularies:
            fields.update({label: (Kind.FIELD, field) for label, field in vocabulary.field_labels.items()})
            fields.update({label: (Kind.SOURCE_LINK, field) for label, field in vocabulary.source_lines.items()})
        #: Footer field and source-link labels, mapped to (kind, the Event field they fill).
        self.fields: Mapping[str, tuple[Kind, str]] = MappingProxyType(fields)
        self.field_label = regex.compile(_alternatives(fields))
        self.field_labels: frozenset[str] = self.words("field_labels")

        prefixed = [
            (prefix, kind)
            for vocabulary in vocabularies
            for kind, prefixes in ((Kind.RELATED_NEWS, vocabulary.related_news),
                                   (Kind.ANNOUNCEMENT, vocabulary.announcement_words),
                                   (Kind.CHROME, vocabulary.chrome_prefixes))
            for prefix in prefixes
        ]
        # A prefix that ends in a letter must end a word there (`Related newsletter` is no
        # `Related news` link).
        self.line_prefix = regex.compile("|".join(
            regex.escape(prefix) + (r"(?![\p{L}\p{N}])" if prefix[-1].isalnum() else "")
            for prefix in sorted({prefix for prefix, _ in prefixed}, key=len, reverse=True)
        ))
        #: The kind of the line each prefix opens (the first vocabulary to list it wins).
        self.kind_of_prefix: Mapping[str, Kind] = MappingProxyType(
            {prefix: kind for prefix, kind in reversed(prefixed)}
        )
        #: Every field label and line prefix as a plain alternation of the standard library's
        #: `re` (no look-ahead): where `field_label` or `line_prefix` matches, this one does;
        #: it fails on most lines four times faster than the two, so it is asked first.
        self.field_or_prefix_opening = re.compile("|".join(
            re.escape(word) for word in sorted({*fields, *self.kind_of_prefix}, key=len, reverse=True)
        ))
        #: The licence marks (`Creative Commons Attribution 4.0`), looked for as plain strings.
        self.licence_marks: tuple[str, ...] = tuple(sorted(self.words("licence_marks")))
        agency_words = "|".join(sorted({v.agency_date_word for v in vocabularies}))
        #: ` date 2021-09-14 ` opening a news agency's repost, the story running on after it.
        self.agency_date = regex.compile(rf"(?:{agency_words})[ ]{{1,3}}(\d{{4}}-\d{{2}}-\d{{2}})(?=[ ]|$)")
        counter_words = "|".join(sorted({v.counter_word for v in vocabularies}))
        self.gallery_counter = regex.compile(rf"(\d{{1,3}}) (?:{counter_words}) (\d{{1,3}})")
        #: `5 more`, `Ещё 5`: the counter under a cut tag list (group `count`).
        self.more_counter_fragment = "|".join(
            regex.escape(v.more_counter).replace(regex.escape("{count}"), r"\d{1,4}") for v in vocabularies
        )
        self.more_counter = regex.compile("|".join(
            regex.escape(v.more_counter).replace(regex.escape("{count}"), r"(?P<count>\d{1,4})")
            for v in vocabularies
        ))
        self.section_break = regex.compile(SECTION_BREAK_FRAGMENT)
        self.elision = regex.compile(ELISION_FRAGMENT)
        #: `News   /`: a breadcrumb of the site's menus, a few words and a slash.
        self.breadcrumb = regex.compile(r"\p{Lu}[\p{L} ]{0,40}?[ ]*/")
        #: Furniture words that may stand inside a flattened line: headings, footer labels,
        #: chrome, longest first.
        self.furniture_words: tuple[str, ...] = tuple(sorted(
            {word for v in vocabularies for word in (*v.tag_headings, *v.publication_status, *v.page_ends,
                                                     *v.field_labels, *v.chrome_prefixes, *v.chrome)},
            key=len, reverse=True,
        ))
        self.announcement_words: tuple[str, ...] = tuple(w for v in vocabularies for w in v.announcement_words)
        #: The tag headings by the Event field they fill (`see_also`, `geography`, …).
        self.headings_of: Mapping[str, frozenset[str]] = MappingProxyType({
            field: frozenset(word for v in vocabularies for word, f in v.tag_headings.items() if f == field)
            for field in {f for v in vocabularies for f in v.tag_headings.values()}
        })
        self.footer_words: tuple[str, ...] = tuple(
            word for v in vocabularies for word in (*v.publication_status, *v.page_ends)
        )

    def _compile_dates(self) -> None:
        vocabularies = self.vocabularies
        #: Month names (lowercase) of every vocabulary, mapped to month numbers.
        self.months: Mapping[str, int] = MappingProxyType(
            {name: number for vocabulary in vocabularies for name, number in vocabulary.months.items()}
        )
        alternatives = []
        day_months = []
        for vocabulary in vocabularies:
            months = _alternatives(vocabulary.months)
            years = _alternatives(vocabulary.year_words)
            year_word = rf"(?:\ {{1,3}}(?:{years}))?" if years else ""
            # `September 17, 2021`, `December, 23, 2016`; `17 сентября 2021 года`, `12 may 2008`.
            month_day = rf"(?:{months})\.?,?\ {{1,3}}\d{{1,2}}"
            day_month = rf"\d{{1,2}}\ {{1,3}}(?:{months})(?!\p{{L}})\.?"
            if vocabulary.month_first:
                alternatives.append(rf"{month_day},?\ {{1,3}}\d{{4}}")
                day_months.append(rf"{month_day}(?:,?\ {{1,3}}\d{{4}})?")
            if not vocabulary.month_first or vocabulary.also_day_first:
                alternatives.append(rf"{day_month},?\ {{1,3}}\d{{4}}{year_word}")
                day_months.append(rf"{day_month}(?:,?\ {{1,3}}\d{{4}}{year_word})?")
        alternatives.append(r"\d{1,2}\.\d{1,2}\.\d{4}")
        #: A date as the site and its copies write it, month names in each language's orders,
        #: or `17.09.2021`; case-insensitive where it is used.
        self.date_fragment = "|".join(alternatives)
        #: A day and month with the year or without it, as an agency's dateline writes them
        #: (`24 декабря`, `May 13`, `December 18, 2020`); case-insensitive where it is used.
        self.day_month_fragment = "|".join(day_months)
        #: The days of the week and their abbreviations, lowercase.
        self.weekdays: frozenset[str] = self.words("weekdays")
        self.year_words: tuple[str, ...] = tuple(word for v in vocabularies for word in v.year_words)
        #: Lowercase words a place name may hold: connectors (`of`, `de`) and place words (`область`).
        self.place_connectors: frozenset[str] = self.words("label_connectors") | self.words("place_words")
        self.place_abbreviations: tuple[str, ...] = tuple(self.words("place_abbreviations"))
        #: Words that may follow a place's first word in a run-together line (`область`, `Region`).
        self.place_words: frozenset[str] = self.words("place_words") | self.words("place_continuations")

    def _compile_labels(self) -> None:
        self.generic_labels: frozenset[str] = self.words("generic_labels")
        #: The generic labels casefolded, as labels are compared (`QUESTION`, `Вопрос`).
        self.folded_generic_labels: frozenset[str] = frozenset(word.casefold() for word in self.generic_labels)
        self.generic_label_links: frozenset[str] = self.words("generic_label_links")
        self.descriptor_nouns: frozenset[str] = self.words("descriptor_nouns")
        self.label_chrome_words: frozenset[str] = frozenset(
            word.casefold() for word in self.words("label_chrome_words")
        )
        self.role_words: frozenset[str] = self.words("role_words")
        self.label_connectors: frozenset[str] = self.words("label_connectors")
        self.place_continuations: frozenset[str] = self.words("place_continuations")
        self.name_particles: frozenset[str] = self.words("name_particles")
        self.role_prepositions: frozenset[str] = self.words("role_prepositions")
        self.object_links: frozenset[str] = self.words("object_links")
        self.object_conjunctions: frozenset[str] = self.words("object_conjunctions")
        #: Role words of the languages whose roles take their object without a preposition.
        self.roles_without_preposition: frozenset[str] = frozenset(
            word for vocabulary in self.vocabularies if vocabulary.role_object_without_preposition
            for word in vocabulary.role_words
        )
        #: Stage directions by their first word (lowercase), mapped to their type.
        self.stage_directions: Mapping[str, str] = MappingProxyType(
            {word: kind for vocabulary in self.vocabularies for word, kind in vocabulary.stage_directions.items()}
        )

    def _compile_flattened(self) -> None:
        vocabularies = self.vocabularies
        self.lead_openers: tuple[str, ...] = tuple(opener for v in vocabularies for opener in v.lead_openers)
        self.patronymic_ending = regex.compile(f"(?:{_alternatives(self.words('patronymic_endings'))})$")
        self.adjective_ending = regex.compile(f"(?:{_alternatives(self.words('adjective_endings'))})$")
        self.quotation_marks: tuple[tuple[str, str], ...] = tuple(
            pair for vocabulary in vocabularies for pair in vocabulary.quotation_marks
        )

    def _compile_pages(self) -> None:
        """The words that tell the Kremlin's text from other sites' chrome (see evidence.py)."""
        self.stop_words: frozenset[str] = self.words("stop_words")
        self.chrome_words: frozenset[str] = self.words("chrome_words")
        self.voice_words: frozenset[str] = self.words("voice_words")
        self.chrome_phrases: tuple[str, ...] = tuple(self.words("chrome_phrases"))
        self.credit_words: frozenset[str] = self.words("credit_words")
        self.byline_words: frozenset[str] = self.words("byline_words")
        self.stamp_words: tuple[str, ...] = tuple(self.words("stamp_words"))
        self.licence_phrases: tuple[str, ...] = tuple(self.words("licence_phrases"))
        self.title_openers: tuple[str, ...] = tuple(self.words("title_openers"))
        self.salutations: tuple[str, ...] = tuple(self.words("salutations"))
        self.quotation_intros: tuple[str, ...] = tuple(self.words("quotation_intros"))
        self.repost_intros: tuple[str, ...] = tuple(self.words("repost_intros"))
        self.cut_markers: frozenset[str] = self.words("cut_markers")
        self.cut_markers_lowercase = frozenset(marker.lower() for marker in self.cut_markers)
        # A teaser's cut at the end of a line: an ellipsis, a marker of two words or more and
        # at most the post's headline after it (`… Continue reading Opening of the centres`), or a
        # one-word marker and nothing but signs (`… More »`).
        long_markers = _alternatives(marker for marker in self.cut_markers if " " in marker)
        short_markers = _alternatives(marker for marker in self.cut_markers if " " not in marker)
        self.teaser_cut = regex.compile(
            rf"(?:…|\.{{3}}|\[…\]|\[\.{{3}}\])\s*(?:(?:{long_markers})(?:\s+[^.!?\s][^.!?]{{0,150}})?"
            rf"|(?:{short_markers})[^\p{{L}}\p{{N}}]{{0,3}})$"
        )
