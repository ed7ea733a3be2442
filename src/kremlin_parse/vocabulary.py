"""The words of the documents, as data: one Vocabulary per language.

The grammar (lexer, header, body, labels) reads these tables and never spells a word itself,
so a new language or a newly seen furniture word is a change here and nowhere else.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

import attrs


def _frozen_map(mapping: Mapping[str, str]) -> Mapping[str, str]:
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
    #: Words that may follow the year of a date: `года` in `17 сентября 2021 года`.
    year_words: tuple[str, ...]
    #: Endings of patronymics, which close a person's name in a surname-first list.
    patronymic_endings: tuple[str, ...]
    #: Endings of adjectives, which begin a many-word tag (`Великая Отечественная война`).
    adjective_endings: tuple[str, ...]
    #: The word in gallery counters: `3 of 4`.
    counter_word: str
    #: The counter that ends a cut tag list, `{count}` standing for the number: `5 more`.
    more_counter: str
    #: Labels that name no person: `Question`, `Remark`.
    generic_labels: frozenset[str]
    #: Words that end a role inside a speaker label (`President`, `Minister`).
    role_words: frozenset[str]
    #: Lowercase words allowed inside a label (`of`, `the`).
    label_connectors: frozenset[str]
    #: Words that continue a place or organisation name after its first word (`Region`).
    place_continuations: frozenset[str]
    #: Lowercase words a place name may hold (`область` in `Московская область`).
    place_words: frozenset[str]
    #: Whether a role takes its object without a preposition, so that only the last words
    #: of a label are the name (`Председатель Правительства Михаил Мишустин`).
    role_object_without_preposition: bool
    #: Stage directions, by their first word (lowercase), mapped to a type (`applause`).
    stage_directions: Mapping[str, str]
    #: How the site spells each piece of furniture, for writing documents back (render).
    spelling: Mapping[str, str]
    #: The top of a browser page dump, line by line ("" for a blank line).
    dump_top: tuple[str, ...]


ENGLISH = Vocabulary(
    language="en",
    section_words=frozenset({"Events"}),
    page_ends=frozenset({"Text version"}),
    tag_headings=_frozen_map({
        "See also": "see_also",
        "Geography": "geography",
        "Topics": "topics",
        "Persons": "persons",
    }),
    publication_status=frozenset({"Publication status"}),
    field_labels=_frozen_map({
        "Published in sections:": "published_in",
        "Published in section:": "published_in",
        "Publication date:": "published_at",
        "Direct link:": "url",
    }),
    chrome=frozenset({
        "View settings", "Font size:", "Site colours:", "Images", "Settings",
        "Official website of the President of Russia", "Print version",
    }),
    chrome_prefixes=("Join Date:", "Posts:", "Location:", "Thanks:", "Reputation:",
                     "Quote:", "Originally Posted by", "Last edited by", "Posted by", "Labels:",
                     "No comments", "Post a Comment", "Blog Archive"),
    licence_marks=("Creative Commons Attribution 4.0",),
    related_news=("Related news",),
    source_lines=_frozen_map({"The source of information -": "url"}),
    agency_date_word="date",
    announcement_words=("Announcement for",),
    lead_openers=("Vladimir Putin ", "The President ", "President ", "The head of state ", "In ",
                  "At ", "Prior to "),
    months=_frozen_map({
        name: number
        for number, names in enumerate(
            [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
             ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
             ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
             ("december", "dec")],
            start=1,
        )
        for name in names
    }),
    month_names=("January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"),
    date_format="{month} {day}, {year}",
    year_words=(),
    patronymic_endings=(),
    adjective_endings=(),
    counter_word="of",
    more_counter="{count} more",
    generic_labels=frozenset({
        "Question", "Remark", "Reply", "Answer", "Response", "Comment", "Voice", "Voices",
        "Audience", "Moderator", "Host", "Presenter", "Correspondent", "Journalist",
        "Interpreter", "Announcer", "Participant", "Speaker",
    }),
    role_words=frozenset({
        "President", "Minister", "Secretary", "General", "Aide", "Chairman", "Chairwoman",
        "Chair", "Chairperson", "Governor", "Mayor", "Director", "Head", "Chief", "Prosecutor",
        "Ambassador", "Commander", "Commander-in-Chief", "Envoy", "Representative",
        "Ombudsman", "Commissioner", "CEO", "Chancellor", "King", "Queen", "Emperor", "Prince",
        "Emir", "Sultan", "Patriarch", "Metropolitan", "Rector", "Speaker", "Manager",
        "Officer", "Administrator", "Premier", "Leader", "Founder", "Editor-in-Chief",
        "Editor", "Judge", "Mufti", "Archbishop", "Bishop", "Pope", "Sheikh",
        "Coordinator", "Member", "Deputy", "Vice-President", "Vice-Premier", "Plenipotentiary",
        "Spokesperson", "Spokesman", "Spokeswoman", "Teacher", "Student", "Worker",
        "Veteran", "Pilot", "Doctor", "Nurse", "Captain", "Colonel", "Major", "Lieutenant",
        "Marshal", "Admiral", "Sergeant", "Cosmonaut", "Astronaut", "Owner", "Partner",
    }),
    label_connectors=frozenset({
        "of", "the", "and", "for", "on", "in", "at", "to", "de", "da", "del", "della", "der",
        "den", "van", "von", "bin", "al", "el", "ibn", "la", "le", "du", "y", "e", "dos", "das",
    }),
    place_continuations=frozenset({
        "Region", "Territory", "Republic", "Federation", "Oblast", "Krai", "Area", "District",
        "Autonomous", "Kingdom", "States", "Arab", "Emirates", "Arabia", "Africa", "Korea", "Zealand",
        "Lanka", "Rica", "Faso", "Guinea", "Leone", "Salvador", "Island", "Islands", "City",
        "Organisation", "Organization", "Council", "Committee", "Union", "Nations", "Bank",
        "Corporation", "Company", "Service", "Agency", "Ministry", "Court", "Assembly", "Duma",
        "Affairs", "Development", "Security", "Treaty", "Cooperation", "Community",
        "Commonwealth", "Fund", "Foundation", "Centre", "Center", "Institute", "University",
        "Academy", "Society", "Chamber", "Commerce", "Industry", "Party", "Group", "Forces",
        "Staff", "Office", "Executive", "Government", "Parliament", "Senate", "Kurultai",
        "Majlis", "Khural", "Rada", "Sejm", "Congress", "Board", "Directors", "Economic",
        "Eurasian", "Defence", "Defense", "Interior", "Justice", "Finance", "Health",
        "Education", "Science", "Culture", "Sport", "Sports", "Energy", "Transport",
        "Agriculture", "Labour", "Protection", "Emergencies", "Situations", "Resources",
        "Ecology", "Construction", "Housing", "Utilities", "Trade", "Digital",
        "Communications", "Media", "Sberbank", "Rosatom", "Roscosmos", "Rostec", "Gazprom",
        "Rosneft", "VTB", "RUSNANO", "Railways", "Post", "Games", "Olympic", "Tax", "Customs",
    }),
    place_words=frozenset(),
    role_object_without_preposition=False,
    stage_directions=_frozen_map({
        "applause": "applause",
        "laughter": "laughter",
        "laughs": "laughter",
        "animation": "noise",
        "noise": "noise",
        "speaks": "speaking",
        "speaking": "speaking",
        "as": "translation",
        "retranslated": "translation",
        "inaudible": "inaudible",
        "pause": "pause",
        "break": "pause",
        "music": "music",
        "singing": "music",
        "the": "other",
    }),
    spelling=_frozen_map({
        "section_word": "Events",
        "page_end": "Text version",
        "see_also": "See also",
        "geography": "Geography",
        "topics": "Topics",
        "persons": "Persons",
        "publication_status": "Publication status",
        "published_in": "Published in sections:",
        "published_at": "Publication date:",
        "url": "Direct link:",
        "licence": "All content of this site is licensed under Creative Commons Attribution 4.0 International.",
    }),
    dump_top=("View settings", "", "Font size:", "Site colours:", "Images", "", "Settings", "",
              "Official website of the President of Russia", "", "News   /", ""),
)

_RUSSIAN_MONTHS = (
    ("января", "январь", "янв"), ("февраля", "февраль", "фев"), ("марта", "март", "мар"),
    ("апреля", "апрель", "апр"), ("мая", "май"), ("июня", "июнь", "июн"), ("июля", "июль", "июл"),
    ("августа", "август", "авг"), ("сентября", "сентябрь", "сен", "сент"),
    ("октября", "октябрь", "окт"), ("ноября", "ноябрь", "ноя"), ("декабря", "декабрь", "дек"),
)

RUSSIAN = Vocabulary(
    language="ru",
    section_words=frozenset({"События"}),
    page_ends=frozenset({"Текстовая версия"}),
    tag_headings=_frozen_map({
        "Смотрите также": "see_also",
        "Дополнительно": "see_also",
        "География": "geography",
        "Темы": "topics",
        "Лица": "persons",
        "Персоны": "persons",
    }),
    publication_status=frozenset({"Статус материала"}),
    field_labels=_frozen_map({
        "Опубликован в разделах:": "published_in",
        "Опубликован в разделе:": "published_in",
        "Дата публикации:": "published_at",
        "Ссылка на материал:": "url",
    }),
    chrome=frozenset({
        "Настройки отображения", "Размер шрифта:", "Цвета сайта:", "Изображения", "Настройки",
        "Президент России — официальный сайт", "Официальный сайт Президента России",
        "Версия для печати", "Добавить в Календарь Календари Яндекс iCal Google",
    }),
    chrome_prefixes=("Добавить в Календарь",),
    licence_marks=("Creative Commons Attribution 4.0",),
    related_news=("Читайте также",),
    source_lines=_frozen_map({"Источник:": "url"}),
    agency_date_word="date",
    announcement_words=("Анонс на",),
    lead_openers=("Владимир Путин ", "В ", "Президент ", "Президенты ", "Состоялся ", "Состоялась ",
                  "Состоялось ", "Глава ", "Главе ", "По ", "На ", "Завершая ", "Верховный ",
                  "Генеральный ", "Губернатор ", "Обсуждалась ", "Обсуждались ", "Рабочая ", "Имена ",
                  "Указом ", "Распоряжением "),
    months=_frozen_map({
        name: number for number, names in enumerate(_RUSSIAN_MONTHS, start=1) for name in names
    }),
    month_names=tuple(names[0] for names in _RUSSIAN_MONTHS),
    date_format="{day} {month} {year} года",
    year_words=("года", "г."),
    patronymic_endings=("вич", "вна", "ична", "оглы", "кызы"),
    adjective_endings=("ая", "яя", "ое", "ее", "ый", "ий", "ой"),
    counter_word="из",
    more_counter="Ещё {count}",
    generic_labels=frozenset({
        "Вопрос", "Реплика", "Ответ", "Голос из зала", "Голоса из зала", "Ведущий", "Ведущая",
        "Модератор", "Корреспондент", "Журналист", "Переводчик", "Участник", "Участница",
    }),
    role_words=frozenset({
        "Президент", "Председатель", "Министр", "Губернатор", "Мэр", "Глава", "Патриарх",
        "Митрополит", "Архиепископ", "Епископ", "Помощник", "Заместитель", "Руководитель",
        "Директор", "Секретарь", "Посол", "Премьер-министр", "Начальник", "Командующий",
        "Уполномоченный", "Генеральный", "Первый", "Вице-премьер", "Спикер", "Эмир", "Король",
        "Султан", "Канцлер", "Ректор", "Муфтий", "Раввин", "Пресс-секретарь", "Главный",
    }),
    label_connectors=frozenset({
        "и", "по", "в", "на", "де", "да", "дос", "фон", "ван", "бен", "бин", "аль", "эль", "ибн",
        "ле", "ла", "дель", "области", "края", "округа", "района", "автономного", "города",
    }),
    place_continuations=frozenset(),
    place_words=frozenset({
        "область", "край", "район", "округ", "автономный", "автономная", "республика", "город",
        "посёлок", "поселок", "село",
    }),
    role_object_without_preposition=True,
    stage_directions=_frozen_map({
        "аплодисменты": "applause",
        "смех": "laughter",
        "оживление": "noise",
        "шум": "noise",
        "говорит": "speaking",
        "как": "translation",
        "по-немецки": "speaking",
        "по-английски": "speaking",
        "минута": "pause",
        "пауза": "pause",
        "музыка": "music",
        "демонстрируется": "other",
        "обращаясь": "other",
        "показывает": "other",
    }),
    spelling=_frozen_map({
        "section_word": "События",
        "page_end": "Текстовая версия",
        "see_also": "Смотрите также",
        "geography": "География",
        "topics": "Темы",
        "persons": "Лица",
        "publication_status": "Статус материала",
        "published_in": "Опубликован в разделах:",
        "published_at": "Дата публикации:",
        "url": "Ссылка на материал:",
        "licence": "Все материалы сайта доступны по лицензии: Creative Commons Attribution 4.0 International",
    }),
    dump_top=("Настройки отображения", "", "Размер шрифта:", "Цвета сайта:", "Изображения", "",
              "Настройки", "", "Президент России — официальный сайт", "", "Новости   /", ""),
)

#: Every vocabulary the parser knows; the lexer matches all of them at once.
VOCABULARIES: tuple[Vocabulary, ...] = (ENGLISH, RUSSIAN)
