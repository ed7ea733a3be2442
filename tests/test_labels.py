"""Speaker labels: recognising them, and splitting role from name."""

from __future__ import annotations

import pytest

from kremlin_parse.labels import ChromeLabel, find_label, find_short_label, read_label, split_role


@pytest.mark.parametrize(
    ("line", "name", "role", "affiliation", "qualifier", "generic"),
    [
        ("President of Russia Vladimir Putin: Friends,", "Vladimir Putin", "President of Russia",
         None, None, False),
        ("Prime Minister of the Republic of Armenia Nikol Pashinyan: Thank you.", "Nikol Pashinyan",
         "Prime Minister of the Republic of Armenia", None, None, False),
        ("President of the Republic of Kazakhstan Kassym-Jomart Tokayev: Colleagues,",
         "Kassym-Jomart Tokayev", "President of the Republic of Kazakhstan", None, None, False),
        ("Acting President of Kyrgyzstan Talant Mamytov: Colleagues,", "Talant Mamytov",
         "Acting President of Kyrgyzstan", None, None, False),
        ("Secretary General of the Collective Security Treaty Organisation Stanislav Zas: Thanks.",
         "Stanislav Zas", "Secretary General of the Collective Security Treaty Organisation",
         None, None, False),
        ("Deputy Prime Minister Alexei Overchuk: Yes.", "Alexei Overchuk", "Deputy Prime Minister",
         None, None, False),
        ("Head of the Federal Tax Service Daniil Yegorov: Yes.", "Daniil Yegorov",
         "Head of the Federal Tax Service", None, None, False),
        ("President of Iran Seyyed Ebrahim Raisi: Thank you.", "Seyyed Ebrahim Raisi",
         "President of Iran", None, None, False),
        ("Sergei Kulikov: Thank you, Mr President.", "Sergei Kulikov", None, None, None, False),
        ("A. Kondrashov: Yes.", "A. Kondrashov", None, None, None, False),
        ("Valery Sanfirov, Mayak radio: A question.", "Valery Sanfirov", None, "Mayak radio", None,
         False),
        ("President of France Emmanuel Macron (retranslated): Thank you.", "Emmanuel Macron",
         "President of France", None, "retranslated", False),
        ("Question: Mr President,", None, None, None, None, True),
        ("Remark: Yes.", None, None, None, None, True),
        ("Question (as translated): Why?", None, None, None, "as translated", True),
        ("Vladimir Putin:", "Vladimir Putin", None, None, None, False),
        ("В.Путин: Добрый день!", "В.Путин", None, None, None, False),
        ("В. Путин: Добрый день!", "В. Путин", None, None, None, False),
        ("В.В.Путин: Здравствуйте!", "В.В.Путин", None, None, None, False),
        ("В.Путин : Уважаемый господин Президент!", "В.Путин", None, None, None, False),
        ("Президент России Владимир Путин: Друзья!", "Владимир Путин", "Президент России", None, None,
         False),
        ("Министр обороны С.Шойгу: Есть.", "С.Шойгу", "Министр обороны", None, None, False),
        ("Голос из зала: Спасибо!", None, None, None, None, True),
        ("Патриарх Кирилл: Спасибо.", "Кирилл", "Патриарх", None, None, False),
        ("Умару Сиссоку Эмбало: Спасибо, брат.", "Умару Сиссоку Эмбало", None, None, None, False),
        ("Валерий Санфиров, радиостанция «Маяк»: Вопрос.", "Валерий Санфиров", None,
         "радиостанция «Маяк»", None, False),
        ("Д.Сассу-Нгессо (как переведено): Спасибо.", "Д.Сассу-Нгессо", None, None, "как переведено",
         False),
        ("Вопрос: Владимир Владимирович,", None, None, None, None, True),
        ("Реплика: Да.", None, None, None, None, True),
    ],
)
def test_labels(line: str, name: str | None, role: str | None, affiliation: str | None,
                qualifier: str | None, generic: bool) -> None:
    parts = find_label(line)
    assert parts is not None
    assert (parts.name, parts.role, parts.affiliation, parts.qualifier, parts.generic) == (
        name, role, affiliation, qualifier, generic)
    assert line[: parts.end].endswith(":")
    assert parts.label == line[: parts.end - 1].rstrip()


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Therefore, the topic we have brought up for discussion is highly relevant: Strengthening",
         "lowercase words and a sentence opener"),
        ("The message reads, in part:", "lowercase words"),
        ("The telegram reads, in part:", "lowercase words"),
        ("Taking part in the meeting were:", "lowercase words"),
        ("Moscow: the capital", "a single word that is no generic label"),
        ("16:30", "a time"),
        ("See http://en.kremlin.ru", "a URL colon"),
        ("Dushanbe, September 17: the summit", "a place and date"),
        ("Strengthening Multilateral Dialogue – Striving for Peace: the theme", "a dash"),
        (": nothing before the colon", "empty label"),
        ("Note (see below: here)", "colon inside parentheses"),
        ("A Very Long Label " * 12 + ": text", "too long"),
        ("Vladimir Putin China, The message reads, in part: we will win.",
         "an affiliation never holds a comma: this is a sentence"),
        ("I Moscow China. Therefore, the topic is highly relevant: Strengthening",
         "a full stop after a word ends a sentence"),
        ("Стенограмма:", "a single word that is no generic label"),
        ("Он говорит: мы победим.", "lowercase words"),
        ("Генерал Василий Иванович Чуйков писал: за Волгой", "a lowercase verb before the colon"),
        ("Президент сотрудничество экономика. Конечно, процента Москва регион Правительство следующее:",
         "a lowercase word after a Russian role ends a sentence with its full stop (thorough run)"),
        ("Президент мы. Мы мы. Коллеги, мы следующее:", "the same, found again by the thorough run"),
        ("Президент мы. Конечно, мы. <…> Он говорит: мы победим.", "the same, a third time"),
    ],
)
def test_not_labels(line: str, why: str) -> None:
    assert find_label(line) is None, why


@pytest.mark.parametrize(
    ("line", "label", "name", "role", "affiliation", "qualifier", "generic", "why"),
    [
        ("PRESIDENT OF RUSSIA VLADIMIR PUTIN: Mr Rahmon, colleagues.", "PRESIDENT OF RUSSIA VLADIMIR PUTIN",
         "VLADIMIR PUTIN", "PRESIDENT OF RUSSIA", None, None, False,
         "a label in capitals: role words and connectors are matched as the vocabulary spells them"),
        ("PRESIDENT OF THE REPUBLIC OF KAZAKHSTAN KASSYM-JOMART TOKAYEV: Thank you.",
         "PRESIDENT OF THE REPUBLIC OF KAZAKHSTAN KASSYM-JOMART TOKAYEV", "KASSYM-JOMART TOKAYEV",
         "PRESIDENT OF THE REPUBLIC OF KAZAKHSTAN", None, None, False,
         "seven words in capitals: refused before, since no role word was seen"),
        ("ПРЕЗИДЕНТ РОССИИ ВЛАДИМИР ПУТИН: Друзья!", "ПРЕЗИДЕНТ РОССИИ ВЛАДИМИР ПУТИН", "ВЛАДИМИР ПУТИН",
         "ПРЕЗИДЕНТ РОССИИ", None, None, False, "a Russian label in capitals"),
        ("CHARLIE ROSE: Thank you.", "CHARLIE ROSE", "CHARLIE ROSE", None, None, None, False,
         "a name in capitals"),
        ("В.ПУТИН: Добрый день!", "В.ПУТИН", "В.ПУТИН", None, None, None, False, "initials and a surname in capitals"),
        ("ВОПРОС: Как Вы оцениваете?", "ВОПРОС", None, None, None, None, True,
         "a generic label is compared after casefolding"),
        ("QUESTION: Mr President,", "QUESTION", None, None, None, None, True, "the same in English"),
        ("Speaker 1: Good morning.", "Speaker 1", None, None, None, None, True, "a numbered generic label"),
        ("Question from BBC News (Steve Rosenberg): Mr President,",
         "Question from BBC News (Steve Rosenberg)", None, None, "BBC News", "Steve Rosenberg", True,
         "a generic label, `from` and the organisation"),
        ("Вопрос от телеканала «Звезда»: Владимир Владимирович,", "Вопрос от телеканала «Звезда»", None,
         None, "телеканала «Звезда»", None, True, "the same in Russian"),
        ("НИКОЛАЙ ЗЯТЬКОВ [главный редактор газеты «Аргументы и факты»]: Дорогой Дмитрий Анатольевич!",
         "НИКОЛАЙ ЗЯТЬКОВ [главный редактор газеты «Аргументы и факты»]", "НИКОЛАЙ ЗЯТЬКОВ", None, None,
         "главный редактор газеты «Аргументы и факты»", False, "a qualifier in square brackets"),
        ("Plenary session moderator Sergei Brilyov: Good afternoon.",
         "Plenary session moderator Sergei Brilyov", "Sergei Brilyov", "Plenary session moderator", None,
         None, False, "a lowercase descriptor with a role noun before the name"),
        ("Модератор сессии Сергей Брилёв: Добрый день.", "Модератор сессии Сергей Брилёв", "Сергей Брилёв",
         "Модератор сессии", None, None, False, "a descriptor in Russian"),
        ("Special Envoy of the President of the People’s Republic of China, Member of the Chinese State "
         "Council and Foreign Minister Wang Yi (retranslated): Thank you.",
         "Special Envoy of the President of the People’s Republic of China, Member of the Chinese State "
         "Council and Foreign Minister Wang Yi (retranslated)", "Wang Yi",
         "Special Envoy of the President of the People’s Republic of China, Member of the Chinese State "
         "Council and Foreign Minister", None, "retranslated", False,
         "a chain of roles after the first comma, too long for an affiliation"),
        ("President Vladimir Putin : Members of the Federation Council,", "President Vladimir Putin",
         "Vladimir Putin", "President", None, None, False, "a space before the colon"),
    ],
)
def test_labels_of_other_sites(line: str, label: str, name: str | None, role: str | None,
                               affiliation: str | None, qualifier: str | None, generic: bool, why: str) -> None:
    parts = find_label(line)
    assert parts is not None, why
    assert (parts.label, parts.name, parts.role, parts.affiliation, parts.qualifier, parts.generic) == (
        label, name, role, affiliation, qualifier, generic), why
    assert (parts.start, parts.timestamp) == (0, None)


@pytest.mark.parametrize(
    ("line", "decoration", "label", "timestamp", "speech", "why"),
    [
        ("«В.ПУТИН: Добрый день, уважаемые коллеги!", "«", "В.ПУТИН", None, "Добрый день, уважаемые коллеги!",
         "the opening guillemet of a quoted transcript"),
        ("💬 В.В.Путин: Дорогие женщины!", "💬 ", "В.В.Путин", None, "Дорогие женщины!", "an emoji"),
        ("🇷🇺🗣  В.Путин: Дорогие друзья!", "🇷🇺🗣  ", "В.Путин", None, "Дорогие друзья!", "an emoji run"),
        ("— В.Путин: (06:15) Для того чтобы угрожать,", "— ", "В.Путин", "(06:15)",
         "Для того чтобы угрожать,", "a dialogue dash and a video time"),
        ("• Sergei Lavrov: Yes.", "• ", "Sergei Lavrov", None, "Yes.", "a bullet"),
        ('"Vladimir Putin: Friends,', '"', "Vladimir Putin", None, "Friends,", "a straight quotation mark"),
        ("Dmitry Peskov: (09:51) Good afternoon.", "", "Dmitry Peskov", "(09:51)", "Good afternoon.",
         "a video time after the colon"),
        ("Vladimir Putin : (00:21) I should say", "", "Vladimir Putin", "(00:21)", "I should say",
         "a space before the colon, a video time after it"),
        ("Вопрос: [00:09:51] Из Ватикана", "", "Вопрос", "[00:09:51]", "Из Ватикана",
         "a video time in square brackets, with hours"),
        ("Gerard Larcher: (1:02:15)", "", "Gerard Larcher", "(1:02:15)", "", "nothing after the video time"),
        ("Prime Minister of Israel Benjamin Netanyahu: (In Russian.) Spasibo.", "",
         "Prime Minister of Israel Benjamin Netanyahu", None, "(In Russian.) Spasibo.",
         "a stage direction after the colon is speech"),
    ],
)
def test_decoration_and_video_time_around_a_label(line: str, decoration: str, label: str, timestamp: str | None,
                                                   speech: str, why: str) -> None:
    parts = find_label(line)
    assert parts is not None, why
    assert line[: parts.start] == decoration, why
    assert parts.label == label == line[parts.start : parts.end - 1].rstrip(), why
    found = line[parts.timestamp[0] : parts.timestamp[1]] if parts.timestamp else None
    assert found == timestamp, why
    speech_start = parts.timestamp[1] if parts.timestamp else parts.end
    assert line[speech_start:].strip() == speech, why


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("ransomnote: The transcript is an interpretation.", "a poster's lowercase handle"),
        ("NYT: Китай усилил влияние", "a headline list: one word is no speaker"),
        ("Axios: В войне может появиться союзник", "a headline list"),
        ("ВЦИОМ: «Новые люди» вошли в тройку", "a headline list in Cyrillic capitals"),
        ("Moscow: 18:27", "a clock"),
        ("New York: 10:27", "a clock of a two-word city"),
        ("The message reads, in part:", "a quotation intro stays text"),
        ("During the meeting, President Medvedev said:", "a quotation intro stays text"),
        ("«Граждане объединились: это видно.", "a quotation, not a label, after the guillemet"),
        ("— В целом доволен командой, — отметил глава государства: да.", "reported speech after a dash"),
        ("💬 : nothing", "a decoration and a colon, no label"),
        ("Putin: Mr President,", "one word is a label only when the event's labels confirm it"),
    ],
)
def test_label_shaped_lines_that_are_no_labels(line: str, why: str) -> None:
    assert find_label(line) is None, why


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("Blog Message:", ""),
        ("NOTE FROM THE POSTER: ", ""),
        ("ADMIN'S NOTE:", ""),
        ("Category Archives: Transcripts", "Transcripts"),
        ("Photo: Kremlin.ru", "Kremlin.ru"),
        ("Фото: Иван ПЕТРОВ", "Иван ПЕТРОВ"),
        ("Source: President of Russia website", "President of Russia website"),
    ],
)
def test_label_shaped_chrome(line: str, rest: str) -> None:
    """A line shaped like a label whose words hold a chrome word of the vocabularies is the
    heading of a widget, a note or a credit: never a speaker."""
    assert find_label(line) is None
    found = read_label(line)
    assert isinstance(found, ChromeLabel)
    assert line[found.end :].strip() == rest


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Putin: Mr President, you spoke of your desire.", "Putin"),
        ("Путин: Да.", "Путин"),
        ("«Путин: Да.", "Путин"),
    ],
)
def test_a_one_word_label_is_only_a_candidate(line: str, name: str) -> None:
    """`find_label` refuses one capitalised word; `find_short_label` reports it, for a reader
    that knows the event's earlier labels to accept when it is one of their surnames."""
    assert find_label(line) is None
    parts = find_short_label(line)
    assert parts is not None and (parts.name, parts.role, parts.generic) == (name, None, False)


@pytest.mark.parametrize(
    "line",
    ["Moscow: 18:27", "Note: see below", "Question: Why?", "President Vladimir Putin: Friends,",
     "В.Путин: Добрый день!", "President: Thank you.", "ransomnote: hi"],
)
def test_what_is_no_one_word_label_candidate(line: str) -> None:
    assert find_short_label(line) is None


@pytest.mark.parametrize(
    ("words", "role", "name"),
    [
        ("President of Russia Vladimir Putin", "President of Russia", "Vladimir Putin"),
        ("Foreign Minister Sergei Lavrov", "Foreign Minister", "Sergei Lavrov"),
        ("Presidential Aide Yury Ushakov", "Presidential Aide", "Yury Ushakov"),
        ("Governor of Moscow Region Andrei Vorobyov", "Governor of Moscow Region", "Andrei Vorobyov"),
        ("Chief of the General Staff Valery Gerasimov", "Chief of the General Staff", "Valery Gerasimov"),
        ("Minister of Industry and Trade Anton Alikhanov", "Minister of Industry and Trade",
         "Anton Alikhanov"),
        ("Sergei Kulikov", None, "Sergei Kulikov"),
        ("Deputy Minister", "Deputy Minister", None),
        ("President of Tajikistan", "President of Tajikistan", None),
    ],
)
def test_split_role(words: str, role: str | None, name: str | None) -> None:
    assert split_role(words.split()) == (role, name)
