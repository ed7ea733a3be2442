"""Speaker labels: recognising them, and splitting role from name."""

from __future__ import annotations

import pytest

from kremlin_parse.labels import find_label, split_role


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
