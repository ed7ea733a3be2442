"""Person ids: one id for every form of a person's name, in both editions and across documents."""

from __future__ import annotations

import csv

import pytest

import kremlin_parse
from kremlin_parse.body import read_body
from kremlin_parse.event import _with_speakers_resolved
from kremlin_parse.kinds import Kind
from kremlin_parse.models import Section, Span, Speaker, SpeakerKind, Text, Turn
from kremlin_parse.segment import segment
from kremlin_parse.turns import resolve_speakers
from kremlin_parse.persons import (
    assign_person_ids, compatible, entry_person_id, is_short, person_id, word_key,
)
from kremlin_parse.romanise import RULES, Context, romanise_name, romanise_word

from conftest import FIXTURE_FILES, SHARED
from stage_helpers import sink_of, tokens_of

NOWHERE = Span(0, 0)
#: 96 officials' names in Russian with the site's English spelling (../shared/pairs).
NAMES = list(csv.DictReader((SHARED / "pairs" / "names_romanisation.tsv").open(encoding="utf-8"),
                            delimiter="\t"))


# -- the 96 names ---------------------------------------------------------------------------------


@pytest.mark.parametrize("row", NAMES, ids=lambda row: row["site_en_name"])
def test_a_russian_name_and_the_sites_english_spelling_have_one_id(row: dict[str, str]) -> None:
    assert person_id(row["ru_name"]) == person_id(row["site_en_name"])
    surname, given = row["ru_name"].split()[-1], row["ru_name"].split()[0]
    assert entry_person_id(f"{surname} {given}") == person_id(row["site_en_name"])


def test_the_romanisation_spells_at_least_95_percent_of_the_names_as_the_site_does() -> None:
    """94 of 96 (Дёмин: the site writes Dyomin, the rule ё after a consonant gives Demin, as
    in Belozerov and Likhachev; Дмитриев: the site writes Dmitriev beside Dmitriyev)."""
    right = [row for row in NAMES
             if " ".join(romanise_name(row["ru_name"].split(), given=1)) == row["site_en_name"]]
    assert len(NAMES) == 96
    assert len(right) / len(NAMES) >= 0.95
    assert len(right) > sum(row["wikipedia"] == row["site_en_name"] for row in NAMES) + 30


# -- the rules ------------------------------------------------------------------------------------

#: (Cyrillic, is a given name, the site's spelling): each habit of the site, and its contrary.
SPELLINGS = [
    ("Сергей", True, "Sergei"), ("Шойгу", False, "Shoigu"), ("Николай", True, "Nikolai"),
    ("Куйвашев", False, "Kuyvashev"), ("Донской", False, "Donskoy"), ("Юрий", True, "Yury"),
    ("Мединский", False, "Medinsky"), ("Алексей", True, "Alexei"), ("Максим", True, "Maxim"),
    ("Александр", True, "Alexander"), ("Аксаков", False, "Aksakov"), ("Виктория", True, "Viktoria"),
    ("Евгений", True, "Yevgeny"), ("Матвиенко", False, "Matviyenko"), ("Белозёров", False, "Belozerov"),
    ("Воробьёв", False, "Vorobyov"), ("Ольга", True, "Olga"), ("Васильев", False, "Vasilyev"),
    ("Юнус-Бек", True, "Yunus-Bek"), ("Щукин", False, "Shchukin"), ("ПУТИН", False, "Putin"),
]


@pytest.mark.parametrize(("cyrillic", "given", "latin"), SPELLINGS)
def test_the_sites_habits(cyrillic: str, given: bool, latin: str) -> None:
    assert romanise_word(cyrillic, given_name=given).lower() == latin.lower()
    assert romanise_word(cyrillic, given_name=given)[0] == latin[0]


def test_every_rule_is_shown_by_its_own_examples() -> None:
    """Each example is spelt as the site spells it, as a given name or as a surname (a rule
    for given names only is shown by given names)."""
    for rule in RULES:
        for example in rule.example.split(", "):
            cyrillic, latin = example.split(" ")
            spellings = {romanise_word(cyrillic, given_name=True)}
            if rule.context not in (Context.GIVEN_NAME, Context.GIVEN_NAME_END):
                spellings.add(romanise_word(cyrillic, given_name=False))
            assert latin in spellings, rule


@pytest.mark.parametrize(("first", "second"), [
    ("Yury", "Yuri"), ("Fyodor", "Fedor"), ("Dmitriyev", "Dmitriev"), ("Sergey", "Sergei"),
    ("Dmitriy", "Dmitry"), ("Matviyenko", "Matvienko"), ("Erdoğan", "Erdogan"), ("Gérard", "Gerard"),
])
def test_the_sites_double_spellings_give_one_key(first: str, second: str) -> None:
    assert word_key(first) == word_key(second)


# -- the forms of a name --------------------------------------------------------------------------


@pytest.mark.parametrize("name", [
    "Vladimir Putin", "Владимир Путин", "ВЛАДИМИР ПУТИН", "VLADIMIR PUTIN", "PRESIDENT OF RUSSIA VLADIMIR PUTIN",
    "Владимир Владимирович Путин",
])
def test_full_forms_give_the_full_id(name: str) -> None:
    assert person_id(name) == "putin-vladimir"


@pytest.mark.parametrize("entry", ["Putin Vladimir", "Путин Владимир Владимирович", "ПУТИН Владимир"])
def test_surname_first_entries_and_tooltips_give_the_full_id(entry: str) -> None:
    assert entry_person_id(entry) == "putin-vladimir"


@pytest.mark.parametrize(("name", "short", "full"), [
    ("В.Путин", "putin-v", "putin-vladimir"), ("В. Путин", "putin-v", "putin-vladimir"),
    ("В.В.Путин", "putin-v", "putin-vladimir"), ("V.Putin", "putin-v", "putin-vladimir"),
    ("В.ПУТИН", "putin-v", "putin-vladimir"), ("ПУТИН", "putin", "putin-vladimir"),
    ("Ж.Ларше", "larshe-z", "larshe-zherar"), ("Ю.Ушаков", "ushakov-y", "ushakov-yuri"),
])
def test_initials_and_a_surname_alone_give_a_short_id(name: str, short: str, full: str) -> None:
    assert person_id(name) == short
    assert is_short(short) and not is_short(full)
    assert compatible(short, full)
    assert not compatible(short, "putina-vera")


def test_an_initial_stands_only_for_given_names_it_begins() -> None:
    assert not compatible("putin-v", "putin-yuri")
    assert compatible("putin", "putin-yuri")
    assert not compatible("putin-v", "putin-v")


def test_a_name_of_one_word_is_its_own_id_and_a_title_after_it_is_no_name() -> None:
    assert person_id("Кирилл") == "kirill"
    assert entry_person_id("Кирилл Патриарх Московский и всея Руси") == "kirill"
    assert not compatible("kirill", "kirill")


def test_no_name_gives_no_id() -> None:
    assert person_id(None) is None
    assert person_id("") is None
    assert person_id("– …") is None


# -- within an event ------------------------------------------------------------------------------


def _parsed(text: str, language: str) -> kremlin_parse.Document:
    return kremlin_parse.parse(text, language=language)


def _ids(document: kremlin_parse.Document) -> dict[str, str | None]:
    return {speaker.label: speaker.person_id for event in document.events for speaker in event.speakers}


def test_a_short_label_takes_the_id_of_the_full_label_of_its_event() -> None:
    document = _parsed("Президент России Владимир Путин: Добрый день.\n\nВ.Путин: Спасибо.\n", "ru")
    assert _ids(document) == {"Президент России Владимир Путин": "putin-vladimir", "В.Путин": "putin-vladimir"}


def test_a_short_label_alone_keeps_its_short_id() -> None:
    assert _ids(_parsed("В.Путин: Добрый день.\n", "ru")) == {"В.Путин": "putin-v"}


def test_two_ivanovs_leave_the_short_label_unresolved_with_a_diagnostic() -> None:
    document = _parsed("Сергей Иванов: Добрый день.\n\nСтанислав Иванов: Здравствуйте.\n\n"
                       "С.Иванов: Спасибо.\n", "ru")
    assert _ids(document) == {"Сергей Иванов": "ivanov-sergei", "Станислав Иванов": "ivanov-stanislav",
                              "С.Иванов": None}
    (diagnostic,) = [item for item in document.diagnostics if item.code == "ambiguous-speaker"]
    assert diagnostic.severity.value == "warning"
    assert "ivanov-sergei" in diagnostic.message and "ivanov-stanislav" in diagnostic.message
    assert document.text[diagnostic.span.start:diagnostic.span.end].startswith("С.Иванов")


def test_two_ivanovs_with_different_initials_are_no_ambiguity() -> None:
    document = _parsed("Sergei Ivanov: Good afternoon.\n\nViktor Ivanov: Hello.\n\nS. Ivanov: Thank you.\n", "en")
    assert _ids(document)["S. Ivanov"] == "ivanov-sergei"
    assert not [item for item in document.diagnostics if item.code == "ambiguous-speaker"]


def test_a_label_written_out_comes_before_persons_entries_a_flattened_page_cut_apart() -> None:
    page = ("События Встреча с Президентом 1 января 2025 года Умару Сиссоку Эмбало: Спасибо. "
            "У.С.Эмбало: Добрый день. Лица Эмбало Умару Сиссоку Текстовая версия\n")
    document = kremlin_parse.parse(page)
    assert _ids(document) == {"Умару Сиссоку Эмбало": "embalo-umaru-sissoku", "У.С.Эмбало": "embalo-umaru-sissoku"}
    assert not [item for item in document.diagnostics if item.code == "ambiguous-speaker"]


def _speaking(label: str, name: str) -> Section:
    speaker = Speaker(label, NOWHERE, SpeakerKind.PERSON, name)
    return Section(None, (Turn(speaker, (), NOWHERE),), NOWHERE)


def test_a_label_written_as_its_persons_entry_is_read_surname_first() -> None:
    """`Zhang Gaoli` beside the entry `Zhang Gaoli` is surname first, as the entry is."""
    (section,) = assign_person_ids([_speaking("Zhang Gaoli", "Zhang Gaoli")], [Text("Zhang Gaoli", NOWHERE)])
    assert section.turns[0].speaker.person_id == "zhang-gaoli"
    (section,) = assign_person_ids([_speaking("Shinzo Abe", "Shinzo Abe")], [Text("Abe Shinzo", NOWHERE)])
    assert section.turns[0].speaker.person_id == "abe-shinzo"


def test_a_persons_entry_completes_initials() -> None:
    (section,) = assign_person_ids([_speaking("С.Собянин", "С.Собянин")],
                                   [Text("Собянин Сергей Семёнович", NOWHERE)])
    assert section.turns[0].speaker.person_id == "sobyanin-sergei"


# -- every speaker of the seeds and the fixtures ---------------------------------------------------

#: The id of every speaker label of the seeds and fixtures, read against each document: a
#: label written with initials keeps its short id when its event gives no fuller name.
SPEAKER_IDS: dict[str, str | None] = {
    "President of Russia Vladimir Putin": "putin-vladimir",
    "Vladimir Putin": "putin-vladimir",
    "Acting President of Kyrgyzstan Talant Mamytov": "mamytov-talant",
    "Nikol Pashinyan": "pashinyan-nikol",
    "Prime Minister of the Republic of Armenia Nikol Pashinyan": "pashinyan-nikol",
    "President of Belarus Alexander Lukashenko": "lukashenko-alexander",
    "President of the Republic of Kazakhstan Kassym-Jomart Tokayev": "tokaev-kassym-jomart",
    "President of the Republic of Tajikistan Emomali Rahmon": "rahmon-emomali",
    "Sergei Kulikov": "kulikov-sergei",
    "В.Путин": "putin-v",
    "Вопрос": None,
    "Митрополит Ириней": "irinei",
    "Патриарх Кирилл": "kirill",
    "Патриарх Порфирий": "porfiri",
    "С.Собянин": "sobyanin-s",
    "Vladimir Putin (responding to remarks by test pilot Magomed Tolboyev)": "putin-vladimir",
    "Writer Eduard Bagirov": "bagirov-eduard",
    "Eduard Bagirov": "bagirov-eduard",
    "Director of the Moscow Variety theatre Gennady Hazanov": "hazanov-gennadi",
    "Research Director of the Foundation for Development and Support of the Valdai Discussion Club, "
    "moderator Fyodor Lukyanov": "lukyanov-fedor",
    "Fyodor Lukyanov": "lukyanov-fedor",
    "Chairman of the Board of the Foundation for Development and Support of the Valdai Discussion Club "
    "Andrei Bystritsky": "bystritski-andrei",
    "Ebtesam al-Ketbi": "al-ketbi-ebtesam",
    "Commissioner for Entrepreneurs’ Rights Boris Titov": "titov-boris",
    "Boris Titov": "titov-boris",
}
#: Where the event's Persons block gives the full name (`Собянин Сергей Семёнович`).
SPEAKER_IDS_IN = {("014_ru_flattened_sobyanin_meeting.txt", "С.Собянин"): "sobyanin-sergei"}
#: The id of each person in the collection of all seeds and fixtures: short ids completed.
COLLECTION_IDS = {"putin-v": "putin-vladimir", "sobyanin-s": "sobyanin-sergei"}

SEEDS_AND_FIXTURES = sorted((SHARED / "seeds").glob("*.txt")) + FIXTURE_FILES


@pytest.fixture(scope="module")
def documents() -> list[kremlin_parse.Document]:
    return [kremlin_parse.parse_file(path) for path in SEEDS_AND_FIXTURES]


def test_every_speaker_of_the_seeds_and_fixtures_has_its_id(documents: list[kremlin_parse.Document]) -> None:
    assert len(SEEDS_AND_FIXTURES) == 5 + len(FIXTURE_FILES)
    checked = 0
    for path, document in zip(SEEDS_AND_FIXTURES, documents):
        for event in document.events:
            for speaker in event.speakers:
                expected = SPEAKER_IDS_IN.get((path.name, speaker.label), SPEAKER_IDS[speaker.label])
                assert speaker.person_id == expected, (path.name, speaker.label)
                checked += 1
    assert checked > 150


def test_the_collection_completes_short_ids(documents: list[kremlin_parse.Document]) -> None:
    table = kremlin_parse.persons(documents)
    for document in documents:
        for event in document.events:
            for speaker in event.speakers:
                if speaker.person_id is not None:
                    wanted = COLLECTION_IDS.get(speaker.person_id, speaker.person_id)
                    assert table.canonical(speaker.person_id) == wanted
    putin = table["putin-v"]
    assert putin.id == "putin-vladimir"
    assert set(putin.languages) == {"en", "ru"}
    assert "В.Путин" in putin.forms and "Vladimir Putin" in putin.forms
    assert putin.other_ids == ("putin-v",)
    assert putin.turns == sum(1 for document in documents for event in document.events
                              for speaker in event.speakers if speaker.person_id in ("putin-v", "putin-vladimir"))
    assert "President of Russia" in putin.roles
    assert table["mirziyoev-shavkat"].forms == ("Mirziyoyev Shavkat", "Мирзиёев Шавкат Миромонович")
    assert not table.ambiguities


def test_the_table_reports_a_short_id_that_two_persons_could_have() -> None:
    documents = [kremlin_parse.parse(text, language="ru") for text in (
        "Сергей Иванов: Добрый день.\n", "Станислав Иванов: Здравствуйте.\n", "С.Иванов: Спасибо.\n")]
    table = kremlin_parse.persons(documents)
    (ambiguity,) = table.ambiguities
    assert ambiguity.short_id == "ivanov-s"
    assert ambiguity.candidates == ("ivanov-sergei", "ivanov-stanislav")
    assert table.canonical("ivanov-s") == "ivanov-s"
    assert len(table) == 3


def test_links_join_the_two_spellings_of_a_foreign_name() -> None:
    english = kremlin_parse.parse("President of the Senate of France Gerard Larcher: Thank you.\n", language="en")
    russian = kremlin_parse.parse("Ж.Ларше: Спасибо.\n", language="ru")
    assert kremlin_parse.persons([english, russian]).canonical("larshe-z") == "larshe-z"
    table = kremlin_parse.persons([english, russian], links=[("larcher-gerard", "larshe-z")])
    (person,) = table.persons
    assert person.id == "larcher-gerard"
    assert person.forms == ("Gerard Larcher", "Ж.Ларше")
    assert person.roles == ("President of the Senate of France",)
    assert (person.turns, person.events) == (2, 2)


def test_ids_survive_the_round_trip_of_the_model(documents: list[kremlin_parse.Document]) -> None:
    for document in documents:
        assert kremlin_parse.Document.from_dict(document.to_dict()) == document


def test_a_link_keeps_the_full_id_and_links_chain() -> None:
    english = kremlin_parse.parse("V.Putin: Thank you.\n\nJ. Smith: Thank you.\n", language="en")
    russian = kremlin_parse.parse("Владимир Путин: Спасибо.\n\nДж.Смит: Спасибо.\n\nДжон Смит: Спасибо.\n",
                                  language="ru")
    table = kremlin_parse.persons([english, russian], links=[("putin-v", "putin-vladimir"),
                                                             ("smith-j", "smit-d"), ("smit-d", "smit-dzhon")])
    assert table.canonical("putin-v") == "putin-vladimir"
    assert table.canonical("smith-j") == table.canonical("smit-d") == "smit-dzhon"
    assert table["putin-vladimir"].other_ids == ("putin-v",)


def test_a_parse_resolves_speakers_and_sets_ids_as_the_two_stages_do_one_after_the_other() -> None:
    """A parse changes each turn once for both stages (`event._with_speakers_resolved`): the
    same sections, and the same diagnostics, as `resolve_speakers` then `assign_person_ids`,
    on the bodies of every fixture."""
    compared = 0
    for path in FIXTURE_FILES:
        if path.suffix != ".txt":
            continue
        text = path.read_text(encoding="utf-8")
        for stretch in segment(tokens_of(text)):
            tokens = list(stretch.tokens)
            if not any(token.kind is Kind.LABEL for token in tokens):
                continue
            body = read_body(text, tokens, sink_of(text))
            persons = body.tags["persons"]
            once, twice = sink_of(text), sink_of(text)
            expected = assign_person_ids(resolve_speakers(body.sections, persons), persons, twice)
            assert _with_speakers_resolved(body.sections, persons, once) == expected
            assert once.items == twice.items
            compared += 1
    assert compared >= 10
