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

import attrs
from hypothesis import strategies as st

from kremlin_parse.dates import MOSCOW
from kremlin_parse.models import (
    Caption, Event, Mark, MarkKind, Paragraph, Parsed, Section, SeeAlso, Span, Speaker,
    SpeakerKind, Text, Turn,
)

NOWHERE = Span(0, 0)

# -- the words of each language -----------------------------------------------------------------


@attrs.frozen
class Words:
    """What events of one language are made of; every table is real usage of the site."""

    language: str
    words: tuple[str, ...]
    openers: tuple[str, ...]
    as_follows: str
    near_labels: tuple[str, ...]
    marks: tuple[tuple[str, MarkKind | None], ...]
    people: tuple[tuple[str | None, str, str, str], ...]
    journalists: tuple[tuple[str, str, str], ...]
    generic: tuple[str, ...]
    qualifiers: tuple[str, ...]
    title_words: tuple[str, ...]
    places: tuple[str, ...]
    topics: tuple[str, ...]
    geography: tuple[str, ...]
    sections: tuple[str, ...]
    counter_word: str


ENGLISH = Words(
    language="en",
    words=(
        "we", "the", "our", "countries", "cooperation", "security", "development", "economy",
        "region", "people", "will", "continue", "support", "important", "work", "agreement",
        "government", "priority", "questions", "years", "projects", "in", "of", "and", "with",
        "for", "on", "between", "partners", "Russia", "China", "SCO", "CSTO", "COVID-19",
        "St Petersburg", "Mr Tokayev", "Moscow", "2021", "75th", "3.5", "percent", "–",
        "Eurasian", "Mr President", "colleagues", "anniversary", "trillion", "roubles",
        "Federal Assembly",
    ),
    openers=(
        "We", "The President", "I", "This", "Our", "It", "In 2021,", "Today", "Friends,",
        "Colleagues,", "Russia", "Vladimir Putin", "Thank you", "Of course,", "2020", "“We",
        "Taking part in the meeting were", "As you know,",
    ),
    as_follows="as follows",
    near_labels=(
        "The message reads, in part: we will win.",
        "Taking part in the meeting were: ministers and governors.",
        "This is what I mean: our goals are clear.",
        "In 2021, we said: the economy will grow.",
        "The telegram reads, in part:",
        "Therefore, the topic is highly relevant: Strengthening Multilateral Dialogue.",
        "I will say this: Russia has never refused to negotiate.",
    ),
    marks=(
        ("<…>", MarkKind.ELISION), ("‹…>", MarkKind.ELISION), ("<...>", MarkKind.ELISION),
        ("[Nursultan Nazarbayev]", MarkKind.INSERTION),
        ("[to the Federal Assembly]", MarkKind.INSERTION),
        ("(Applause.)", MarkKind.STAGE_DIRECTION), ("(Laughter.)", MarkKind.STAGE_DIRECTION),
        ("(Speaks in Russian.)", MarkKind.STAGE_DIRECTION), ("(in particular)", None),
    ),
    # (role, name, surname-first Persons entry, person id); each role splits off its name as
    # the site's do; the id is the same for the same person in both languages.
    people=(
        ("President of Russia", "Vladimir Putin", "Putin Vladimir", "putin-vladimir"),
        ("Prime Minister of the Republic of Armenia", "Nikol Pashinyan", "Pashinyan Nikol", "pashinyan-nikol"),
        ("President of the Republic of Kazakhstan", "Kassym-Jomart Tokayev", "Tokayev Kassym-Jomart",
         "tokaev-kassym-jomart"),
        ("Governor of the Moscow Region", "Andrei Vorobyov", "Vorobyov Andrei", "vorobev-andrei"),
        ("Deputy Prime Minister", "Alexander Novak", "Novak Alexander", "novak-alexander"),
        ("Minister of Foreign Affairs", "Sergei Lavrov", "Lavrov Sergei", "lavrov-sergei"),
        ("Presidential Aide", "Yury Ushakov", "Ushakov Yury", "ushakov-yuri"),
        ("Secretary General of the Collective Security Treaty Organisation", "Stanislav Zas",
         "Zas Stanislav", "zas-stanislav"),
        ("Head of the Republic of Tatarstan", "Rustam Minnikhanov", "Minnikhanov Rustam", "minnikhanov-rustam"),
        ("Chairman of the Government", "Mikhail Mishustin", "Mishustin Mikhail", "mishustin-mikhail"),
        (None, "Sergei Kulikov", "Kulikov Sergei", "kulikov-sergei"),
        (None, "Dmitry Peskov", "Peskov Dmitry", "peskov-dmitri"),
    ),
    journalists=(("Valery Sanfirov", "Mayak radio", "sanfirov-valeri"),
                 ("Pavel Zarubin", "Rossiya TV channel", "zarubin-pavel")),
    generic=("Question", "Remark", "Reply"),
    qualifiers=("retranslated", "as translated"),
    title_words=(
        "Meeting", "with", "Government", "members", "Telephone", "conversation", "of", "the",
        "SCO", "Heads", "State", "Council", "Greetings", "to", "participants", "Forum", "Russia",
        "Security", "Working", "trip", "St Petersburg", "COVID-19", "Day", "2021", "and",
        "Kazakhstan", "Mr", "Tokayev", "on", "Defence", "Ministry’s",
    ),
    places=(
        "Novo-Ogaryovo, Moscow Region", "The Kremlin, Moscow", "St Petersburg", "Sochi",
        "Dushanbe", "Kazan", "Bocharov Ruchei, Sochi", "Astana", "Vladivostok",
    ),
    topics=("CSTO", "Foreign policy", "National security", "SCO", "Healthcare", "Regions",
            "Science and innovation", "Economy and finance"),
    geography=("Astrakhan Region", "Murmansk Region", "Kazakhstan", "Armenia", "Sakhalin Region"),
    sections=("News", "Transcripts", "Speeches", "Interviews", "Telephone conversations"),
    counter_word="of",
)

RUSSIAN = Words(
    language="ru",
    words=(
        "мы", "наши", "страны", "сотрудничество", "безопасность", "развитие", "экономика",
        "регион", "люди", "будем", "продолжать", "поддержка", "важно", "работа", "соглашение",
        "Правительство", "приоритет", "вопросы", "годы", "проекты", "в", "и", "с", "для", "на",
        "между", "партнёры", "Россия", "Китай", "ШОС", "ОДКБ", "COVID-19", "Санкт-Петербург",
        "Москва", "2021", "75-летие", "3,5", "процента", "–", "Евразийский", "коллеги",
        "триллиона", "рублей", "Федеральное Собрание", "«Роснано»",
    ),
    openers=(
        "Мы", "Президент", "Я", "Это", "Наша", "Сегодня", "В 2021 году", "Друзья!", "Коллеги,",
        "Россия", "Владимир Путин", "Спасибо", "Конечно,", "2020", "«Мы", "Как вы знаете,",
        "Уважаемые коллеги!", "Добрый день!",
    ),
    as_follows="следующее",
    near_labels=(
        "Он говорит: мы победим.",
        "Пишет женщина: спасибо вам.",
        "Генерал Чуйков писал: за Волгой для нас земли нет.",
        "Хочу сказать вот что: экономика растёт.",
        "Премии присуждены:",
    ),
    marks=(
        ("<…>", MarkKind.ELISION),
        ("[рублей]", MarkKind.INSERTION), ("[Собянин]", MarkKind.INSERTION),
        ("(Аплодисменты.)", MarkKind.STAGE_DIRECTION), ("(Смех.)", MarkKind.STAGE_DIRECTION),
        ("(Говорит по-русски.)", MarkKind.STAGE_DIRECTION), ("(в частности)", None),
    ),
    people=(
        ("Президент России", "Владимир Путин", "Путин Владимир", "putin-vladimir"),
        ("Губернатор Московской области", "Андрей Воробьёв", "Воробьёв Андрей", "vorobev-andrei"),
        ("Председатель Правительства", "Михаил Мишустин", "Мишустин Михаил", "mishustin-mikhail"),
        ("Мэр Москвы", "Сергей Собянин", "Собянин Сергей", "sobyanin-sergei"),
        ("Президент Республики Казахстан", "Касым-Жомарт Токаев", "Токаев Касым-Жомарт", "tokaev-kasym-zhomart"),
        (None, "Умару Сиссоку Эмбало", "Эмбало Умару Сиссоку", "embalo-umaru-sissoku"),
        (None, "Дмитрий Песков", "Песков Дмитрий", "peskov-dmitri"),
    ),
    journalists=(("Валерий Санфиров", "радиостанция «Маяк»", "sanfirov-valeri"),),
    generic=("Вопрос", "Реплика"),
    qualifiers=("как переведено", "по-немецки"),
    title_words=(
        "Встреча", "с", "членами", "Правительства", "Телефонный", "разговор", "Заседание",
        "Совета", "глав", "государств", "ШОС", "Поздравление", "участникам", "форума",
        "Россия", "Рабочая", "поездка", "в", "Санкт-Петербург", "2021", "и", "Казахстан",
    ),
    places=(
        "Москва, Кремль", "Московская область, Ново-Огарёво", "Санкт-Петербург", "Сочи",
        "Мурманск", "Волгоград", "Курская область",
    ),
    topics=("Внешняя политика", "Национальная безопасность", "ШОС", "Здравоохранение",
            "Регионы", "Наука и инновации"),
    geography=("Китай", "Казахстан", "Армения", "Московская область"),
    sections=("Новости", "Выступления и стенограммы", "Документы"),
    counter_word="из",
)

WORDS = {words.language: words for words in (ENGLISH, RUSSIAN)}


# -- sentences and paragraphs ----------------------------------------------------------------------

_ENDINGS = st.sampled_from((".", ".", ".", "!", "?", "…", ":", ",", ".”", "?”"))
_PART_COUNT = st.integers(1, 3)
_ONE_IN_SIX = st.integers(0, 5)
_ONE_IN_TEN = st.integers(0, 9)
_ONE_IN_SIXTEEN = st.integers(0, 15)


@st.composite
def sentences(draw: st.DrawFn, words: Words) -> str:
    """A sentence: a capitalised opener, words, closing punctuation.

    Narrowed: a sentence never opens with a lowercase letter or punctuation, since a line
    that does is, in a copied page, the rest of a line broken at a link.
    """
    opener = draw(st.sampled_from(words.openers))
    body = draw(st.lists(st.sampled_from(words.words), min_size=1, max_size=12))
    ending = draw(_ENDINGS)
    if ending == ":":
        # Narrowed: capitalised words and a colon make a speaker label on the site; a sentence
        # that introduces a quotation has lowercase words before its colon.
        body.append(words.as_follows)
    return f"{opener} {' '.join(body)}{ending}"


@st.composite
def paragraphs(draw: st.DrawFn, words: Words) -> Paragraph:
    """A paragraph of one to three sentences, maybe with marks or a near-label sentence."""
    parts: list[str] = []
    marks: list[tuple[str, MarkKind]] = []
    for _ in range(draw(_PART_COUNT)):
        if draw(_ONE_IN_TEN) == 0:
            parts.append(draw(st.sampled_from(words.near_labels)))
        else:
            parts.append(draw(_SENTENCES[words.language]))
        if draw(_ONE_IN_SIX) == 0:
            mark, kind = draw(st.sampled_from(words.marks))
            if kind is None:
                # Narrowed: a plain parenthesis never ends a paragraph on the site; a line
                # ending in one could be the first half of a line broken at a link.
                parts.insert(len(parts) - 1, mark)
            else:
                parts.append(mark)
                marks.append((mark, kind))
    # Narrowed: on the site a comma ends a paragraph only in an address (`Friends,`); inside
    # one, what follows a comma is lowercase, and `Name Name, Words:` would be a label.
    parts = [part[:-1] + "." if part.endswith(",") else part for part in parts[:-1]] + parts[-1:]
    text = " ".join(parts)
    if draw(_ONE_IN_SIXTEEN) == 0:
        text, marks = "<…>", [("<…>", MarkKind.ELISION)]
    return paragraph(text, marks)


def paragraph(text: str, marks: list[tuple[str, MarkKind]] = ()) -> Paragraph:
    """A Paragraph model of `text`, whose marks are given in order."""
    return Paragraph(text, NOWHERE, (NOWHERE,), tuple(Mark(kind, mark, NOWHERE) for mark, kind in marks))


#: One instance of each composite per language: building strategies anew for every draw is slow.
_SENTENCES = {language: sentences(words) for language, words in WORDS.items()}
#: Narrowed: the site never says one paragraph twice in a row; on a page of unknown layout a
#: line standing twice in a row is a photo's caption and its alt text (`page.opening_captions`).
_PARAGRAPH_LISTS = {
    language: st.lists(paragraphs(words), min_size=1, max_size=3, unique_by=lambda paragraph: paragraph.text)
    for language, words in WORDS.items()
}


# -- people -------------------------------------------------------------------------------------


def _initialled(name: str, spaced: bool) -> str:
    """`Alexander Kondrashov` -> `A. Kondrashov`; `Андрей Воробьёв` -> `А.Воробьёв`."""
    *given, surname = name.split()
    initials = "".join(f"{word[0]}." for word in given)
    return f"{initials} {surname}" if spaced else f"{initials}{surname}"


@st.composite
def cast(draw: st.DrawFn, words: Words) -> list[Callable[[bool], Speaker]]:
    """The speakers of one event, each a function of whether it speaks for the first time.

    A person's first label is written out (with the role, where there is one); later ones
    may be short (`Vladimir Putin`, `A. Kondrashov`, `А.Воробьёв`), as on the site.
    """
    people = draw(st.lists(st.sampled_from(words.people), min_size=1, max_size=4, unique=True))
    members: list[Callable[[bool], Speaker]] = []
    for role, name, _persons_entry, person_id in people:
        initialled = draw(st.booleans()) and draw(st.booleans())
        short = _initialled(name, spaced=words is ENGLISH) if initialled else name
        qualifier = draw(st.sampled_from(words.qualifiers)) if draw(st.integers(0, 6)) == 0 else None

        def person(first: bool, role: str | None = role, name: str = name, short: str = short,
                   qualifier: str | None = qualifier, person_id: str = person_id) -> Speaker:
            label = f"{role} {name}" if first and role else (name if first else short)
            if qualifier:
                label += f" ({qualifier})"
            return Speaker(label, NOWHERE, SpeakerKind.PERSON, name, role, None, qualifier, person_id)

        members.append(person)
    if draw(st.booleans()):
        journalist, outlet, person_id = draw(st.sampled_from(words.journalists))
        members.append(lambda first, j=journalist, o=outlet, i=person_id: Speaker(
            f"{j}, {o}", NOWHERE, SpeakerKind.PERSON, j, None, o, None, i))
    if draw(st.booleans()):
        generic = draw(st.sampled_from(words.generic))
        members.append(lambda first, g=generic: Speaker(g, NOWHERE, SpeakerKind.GENERIC))
    return members


# -- the parts of an event ------------------------------------------------------------------------


@st.composite
def titles(draw: st.DrawFn, words: Words) -> str:
    """A headline: capitalised, no closing full stop, as the site writes them."""
    title = " ".join(draw(st.lists(st.sampled_from(words.title_words), min_size=2, max_size=10)))
    return title[0].upper() + title[1:]


_PAGE_ID = st.integers(1000, 79999)
dates = st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31))
times = st.builds(dt.time, st.integers(0, 23), st.integers(0, 59))


@st.composite
def sections(draw: st.DrawFn, words: Words, first: bool, people: list[Callable[[bool], Speaker]],
             spoken: set[int]) -> Section:
    """A section: an optional heading (never on the first: the site heads only the parts after
    a `* * *`), an optional narration turn, then speaker turns. Narration opens only the first
    section or a headed one: after a `* * *` without a heading the text continues the turn
    before the break, so narration there would not read back as narration."""
    paragraph_lists = _PARAGRAPH_LISTS[words.language]
    heading = None
    if not first and draw(st.booleans()):
        heading = Text(draw(titles(words)), NOWHERE)
    turns = []
    if not people or ((first or heading is not None) and draw(st.booleans())):
        turns.append(Turn(None, tuple(draw(paragraph_lists)), NOWHERE))
    for _ in range(draw(st.integers(0 if turns else 1, 4))):
        index = draw(st.integers(0, len(people) - 1))
        speaker = people[index](index not in spoken)
        spoken.add(index)
        turns.append(Turn(speaker, tuple(draw(paragraph_lists)), NOWHERE))
    return Section(heading, tuple(turns), NOWHERE)


@st.composite
def events(draw: st.DrawFn, language: str | None = None, with_lead: bool = False,
           with_url: bool = False) -> Event:
    """A whole event page: header, captions, sections, See also, tag blocks, footer, in
    English or Russian (`language`, drawn when not given).

    `with_lead` is for browser dumps, which show the lead as the first paragraph below the
    date line: a page without a lead cannot be told there from one whose first paragraph is.
    `with_url` is for forum reposts, which close every event with its source link.
    """
    language = language or draw(st.sampled_from(sorted(WORDS)))
    words = WORDS[language]
    sentence = _SENTENCES[words.language]
    people = draw(cast(words))
    spoken: set[int] = set()
    body = tuple(draw(sections(words, index == 0, people, spoken))
                 for index in range(draw(st.integers(1, 3))))
    date = draw(dates)
    time = draw(st.none() | times)
    summary = draw(sentence if with_lead else st.none() | sentence)
    persons = tuple(Text(entry, NOWHERE) for entry in sorted(
        {entry for _, _, entry, _ in draw(st.lists(st.sampled_from(words.people), max_size=4))}))
    more = draw(st.none() | st.integers(1, 40)) if persons else None
    published = draw(st.none() | st.lists(st.sampled_from(words.sections), min_size=1, max_size=2,
                                          unique=True))
    stamp = draw(st.none() | times)
    url = draw(_PAGE_ID if with_url else st.none() | _PAGE_ID)
    return Event(
        span=NOWHERE,
        language=language,
        title=Text(draw(titles(words)), NOWHERE),
        summary=paragraph(summary) if summary else None,
        date=Parsed(date, "", NOWHERE),
        time=Parsed(time, "", NOWHERE) if time else None,
        location=Text(draw(st.sampled_from(words.places)), NOWHERE) if draw(st.booleans()) else None,
        sections=body,
        captions=tuple(draw(st.lists(captions(words), max_size=2))),
        geography=_texts(draw(st.lists(st.sampled_from(words.geography), max_size=3, unique=True))),
        topics=_texts(draw(st.lists(st.sampled_from(words.topics), max_size=3, unique=True))),
        persons=persons,
        persons_more=Parsed(more, "", NOWHERE) if more is not None else None,
        see_also=tuple(draw(st.lists(see_also_entries(words), max_size=2))),
        published_in=Parsed(tuple(published), "", NOWHERE) if published else None,
        published_at=Parsed(dt.datetime.combine(date, stamp, tzinfo=MOSCOW), "", NOWHERE) if stamp else None,
        url=Text(f"kremlin.ru/d/{url}", NOWHERE) if url else None,
    )


def _texts(items: list[str]) -> tuple[Text, ...]:
    return tuple(Text(item, NOWHERE) for item in items)


@st.composite
def captions(draw: st.DrawFn, words: Words) -> Caption:
    total = draw(st.integers(1, 30))
    index = draw(st.integers(1, total))
    text = draw(_SENTENCES[words.language])
    return Caption(Text(f"{index} {words.counter_word} {total}", NOWHERE), index, total,
                   Text(text, NOWHERE), NOWHERE)


@st.composite
def see_also_entries(draw: st.DrawFn, words: Words) -> SeeAlso:
    return SeeAlso(Text(draw(titles(words)), NOWHERE), Parsed(draw(dates), "", NOWHERE), NOWHERE)


# -- one event in both editions ----------------------------------------------------------------------

#: English words with a Russian word for each, of about the same length: the translation of a
#: sentence is about as long as the site's translations are (Russian ≈ 1.1 × English characters).
LEXICON = (
    ("we", "мы"), ("will", "будем"), ("continue", "продолжать"), ("support", "поддержку"),
    ("our", "нашу"), ("friends", "друзья"), ("partners", "партнёры"), ("work", "работу"),
    ("together", "вместе"), ("important", "важную"), ("questions", "вопросы"), ("economy", "экономика"),
    ("region", "регион"), ("projects", "проекты"), ("the", "эти"), ("new", "новые"), ("people", "люди"),
    ("trade", "торговля"), ("growing", "растёт"), ("agreement", "соглашение"),
    ("government", "правительство"), ("priority", "приоритет"), ("years", "годы"), ("meeting", "встреча"),
    ("country", "страна"), ("relations", "отношения"), ("between", "между"), ("security", "безопасность"),
    ("development", "развитие"), ("very", "очень"), ("good", "хорошие"), ("results", "результаты"),
    ("investment", "инвестиции"), ("energy", "энергетика"), ("culture", "культура"), ("science", "наука"),
    ("history", "история"), ("dialogue", "диалог"), ("today", "сегодня"), ("this", "этот"),
    ("year", "год"), ("percent", "процентов"), ("roubles", "рублей"),
)
#: The same persons in both editions: (English role, name), (Russian role, name, later short label).
BILINGUAL_PEOPLE = (
    (("President of Russia", "Vladimir Putin"), ("Президент России", "Владимир Путин", "В.Путин")),
    (("Governor of the Moscow Region", "Andrei Vorobyov"),
     ("Губернатор Московской области", "Андрей Воробьёв", "А.Воробьёв")),
    (("Chairman of the Government", "Mikhail Mishustin"),
     ("Председатель Правительства", "Михаил Мишустин", "М.Мишустин")),
    (("President of the Republic of Kazakhstan", "Kassym-Jomart Tokayev"),
     ("Президент Республики Казахстан", "Касым-Жомарт Токаев", "К.Токаев")),
    ((None, "Dmitry Peskov"), (None, "Дмитрий Песков", "Д.Песков")),
)
BILINGUAL_PLACES = (("The Kremlin, Moscow", "Москва, Кремль"), ("Sochi", "Сочи"), ("Kazan", "Казань"))


@st.composite
def translated_paragraphs(draw: st.DrawFn) -> tuple[Paragraph, Paragraph]:
    """A paragraph and its translation: one to three sentences of the lexicon, word for word,
    with the same numbers; now and then the elision `<…>` on both sides."""
    if draw(_ONE_IN_SIXTEEN) == 0:
        return paragraph("<…>", [("<…>", MarkKind.ELISION)]), paragraph("<…>", [("<…>", MarkKind.ELISION)])
    english, russian = [], []
    for _ in range(draw(_PART_COUNT)):
        words = draw(st.lists(st.sampled_from(LEXICON), min_size=2, max_size=14))
        number = draw(st.none() | st.integers(2, 2030))
        pairs = [*words[:1], *([(str(number), str(number))] if number is not None else []), *words[1:]]
        for sentences_, side in ((english, 0), (russian, 1)):
            sentence = " ".join(pair[side] for pair in pairs)
            sentences_.append(sentence[0].upper() + sentence[1:] + ".")
    return paragraph(" ".join(english)), paragraph(" ".join(russian))


@st.composite
def bilingual_events(draw: st.DrawFn) -> tuple[Event, Event]:
    """One event as the English and the Russian edition give it: the same header, sections,
    speakers (a full label first, a short one after: `Vladimir Putin`, `В.Путин`) and
    paragraphs, each paragraph translated word for word; the same site number or none."""
    people = draw(st.lists(st.sampled_from(BILINGUAL_PEOPLE), min_size=1, max_size=3, unique=True))
    generic = draw(st.booleans())
    spoken: set[int] = set()
    sections_ = ([], [])
    for index in range(draw(st.integers(1, 2))):
        turns = ([], [])
        if draw(st.booleans()):
            pairs = draw(st.lists(translated_paragraphs(), min_size=1, max_size=3))
            for side in (0, 1):
                turns[side].append(Turn(None, tuple(pair[side] for pair in pairs), NOWHERE))
        for _ in range(draw(st.integers(0 if turns[0] else 1, 4))):
            who = draw(st.integers(0, len(people) - (0 if generic else 1)))
            pairs = draw(st.lists(translated_paragraphs(), min_size=1, max_size=3))
            if who == len(people):
                speakers = (Speaker("Question", NOWHERE, SpeakerKind.GENERIC),
                            Speaker("Вопрос", NOWHERE, SpeakerKind.GENERIC))
            else:
                (role, name), (ru_role, ru_name, ru_short) = people[who]
                first = who not in spoken
                spoken.add(who)
                speakers = (
                    Speaker(f"{role} {name}" if first and role else name, NOWHERE, SpeakerKind.PERSON, name, role),
                    Speaker(f"{ru_role} {ru_name}" if first and ru_role else (ru_name if first else ru_short),
                            NOWHERE, SpeakerKind.PERSON, ru_name, ru_role),
                )
            for side in (0, 1):
                turns[side].append(Turn(speakers[side], tuple(pair[side] for pair in pairs), NOWHERE))
        for side in (0, 1):
            sections_[side].append(Section(None, tuple(turns[side]), NOWHERE))
    title = draw(st.lists(st.sampled_from(LEXICON), min_size=2, max_size=6))
    place = draw(st.sampled_from(BILINGUAL_PLACES))
    date = Parsed(draw(dates), "", NOWHERE)
    url = draw(st.none() | _PAGE_ID)
    return tuple(  # type: ignore[return-value]
        Event(
            span=NOWHERE, language=language,
            title=Text(" ".join(pair[side] for pair in title).capitalize(), NOWHERE),
            date=date, location=Text(place[side], NOWHERE), sections=tuple(sections_[side]),
            url=Text(f"kremlin.ru/d/{url}", NOWHERE) if url else None,
        )
        for side, language in ((0, "en"), (1, "ru"))
    )
