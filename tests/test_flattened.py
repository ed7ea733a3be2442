"""The flattened text version: a page collapsed onto one line, cut back into its lines.

The Russian examples are shortened from real pages of kremlin.ru (CC BY 4.0).
"""

from __future__ import annotations

import pytest

import kremlin_parse
from kremlin_parse.shapes.flattened import is_flattened

TAIL = ("Темы Внешняя политика Статус материала Опубликован в разделе: Новости "
        "Дата публикации: 3 мая 2025 года, 13:20 Ссылка на материал: kremlin.ru/d/76839 Текстовая версия")


def event_of(text: str) -> kremlin_parse.Event:
    document = kremlin_parse.parse(text)
    assert document.shape == "flattened"
    (event,) = document.events
    return event


@pytest.mark.parametrize(
    ("stretch", "title", "lead", "why"),
    [
        ("Российско-китайские переговоры В Кремле началась беседа Владимира Путина с Си Цзиньпином.",
         "Российско-китайские переговоры", "В Кремле началась беседа Владимира Путина с Си Цзиньпином.",
         "a lead opener (`В `)"),
        ("Телефонный разговор с Президентом Узбекистана Шавкатом Мирзиёевым",
         "Телефонный разговор с Президентом Узбекистана Шавкатом Мирзиёевым", None,
         "no full stop: all title"),
        ("Встреча с участниками марафона «Знание. Первые» Владимир Путин прибыл на Поклонную гору.",
         "Встреча с участниками марафона «Знание. Первые»", "Владимир Путин прибыл на Поклонную гору.",
         "a full stop inside quotes is no sentence end"),
    ],
)
def test_title_and_lead(stretch: str, title: str, lead: str | None, why: str) -> None:
    event = event_of(f"События {stretch} 3 мая 2025 года 13:20 Москва, Кремль Текст. {TAIL}")
    assert event.title is not None and event.title.text == title, why
    assert (event.summary.text if event.summary else None) == lead, why


@pytest.mark.parametrize(
    ("after_time", "place", "why"),
    [
        ("Москва, Кремль В.Путин: Добрый день!", "Москва, Кремль", "names joined by a comma"),
        ("Московская область, Ново-Огарёво Президент провёл совещание.", "Московская область, Ново-Огарёво",
         "a region word"),
        ("Состоялся телефонный разговор.", None, "a sentence opens the body"),
        ("Владимир Путин поздравил участников.", None, "a lead opener"),
        ("Текст Указа: прилагается.", None, "a line that ends in a colon"),
        ("Волгоград В.Путин: Добрый вечер!", "Волгоград", "a label after the place"),
        ("Указом Президента Александр Никитич Дарчиев назначен Послом.", None,
         "an official act opens the body (corpus row 138)"),
    ],
)
def test_place(after_time: str, place: str | None, why: str) -> None:
    event = event_of(f"События Встреча 3 мая 2025 года 13:20 {after_time} {TAIL}")
    assert (event.location.text if event.location else None) == place, why


def test_labels_turns_tags_and_footer() -> None:
    event = event_of(
        "События Встреча с Сергеем Собяниным 5 мая 2025 года 13:40 Москва, Кремль "
        "В.Путин: Добрый день! С.Собянин Собянин Сергей Семёнович мэр Москвы : Спасибо. "
        "В.Путин : Хорошо. География Москва Темы Здравоохранение Экономика и финансы Ещё 1 "
        "Лица Собянин Сергей Семёнович Статус материала Опубликован в разделах: Новости , "
        "Выступления и стенограммы Дата публикации: 5 мая 2025 года, 13:40 "
        "Ссылка на материал: kremlin.ru/d/76842 Текстовая версия"
    )
    assert [(t.speaker.label, t.speaker.name, t.paragraphs[0].text) for t in event.turns if t.speaker] == [
        ("В.Путин", "В.Путин", "Добрый день!"),
        ("С.Собянин", "Сергей Семёнович Собянин", "Спасибо."),
        ("В.Путин", "В.Путин", "Хорошо."),
    ]
    assert [item.text for item in event.topics] == ["Здравоохранение", "Экономика и финансы"]
    assert [item.text for item in event.persons] == ["Собянин Сергей Семёнович"]
    assert event.published_in is not None and event.published_in.value == ("Новости", "Выступления и стенограммы")
    assert event.url is not None and event.url.text == "kremlin.ru/d/76842"


def test_a_tooltip_in_running_text_is_furniture_and_the_sentence_reads_as_on_the_page() -> None:
    text = ("События Телефонный разговор 3 мая 2025 года 13:20 Состоялся телефонный разговор с "
            "Шавкатом Мирзиёевым Мирзиёев Шавкат Миромонович Президент Республики Узбекистан . "
            "Обсуждены вопросы. Лица Мирзиёев Шавкат Миромонович " + TAIL.split(" ", 3)[3])
    document = kremlin_parse.parse(text)
    paragraph = document.events[0].turns[0].paragraphs[0]
    assert paragraph.text == "Состоялся телефонный разговор с Шавкатом Мирзиёевым. Обсуждены вопросы."
    assert [f.text for f in document.furniture if f.kind.value == "tooltip"] == [
        "Мирзиёев Шавкат Миромонович Президент Республики Узбекистан"
    ]


def test_an_announcement_has_no_date_of_its_own() -> None:
    event = event_of(
        "События 10 мая Владимир Путин проведёт переговоры 10 мая Президент России проведёт "
        "переговоры. Анонс на 10 мая 2025 года Добавить в Календарь Календари Яндекс iCal Google "
        "Текст анонса. " + TAIL
    )
    assert event.title is not None and event.title.text == "10 мая Владимир Путин проведёт переговоры"
    assert event.summary is not None and event.summary.text == "10 мая Президент России проведёт переговоры."
    assert event.date is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("События Встреча 3 мая 2025 года 13:20 Москва Текст.", True),
        ("Events Meeting September 17, 2021 16:30 Text.", True),
        ("События\nВстреча\n3 мая 2025 года", False),
        ("Some text without a section word 3 мая 2025 года", False),
    ],
)
def test_is_flattened(text: str, expected: bool) -> None:
    assert is_flattened(text) is expected


@pytest.mark.parametrize("section_break", ["* * *", "***", "*  *  *"])
def test_a_section_break_is_one_whatever_its_spacing_as_on_a_line_of_its_own(section_break: str) -> None:
    """The flattened reader finds a section break with the lexer's own grammar."""
    event = event_of(f"События Заголовок встречи 3 мая 2025 года 13:20 Москва, Кремль Первая часть. "
                     f"{section_break} Вторая часть. {TAIL}")
    assert [paragraph.text for section in event.sections for turn in section.turns
            for paragraph in turn.paragraphs] == ["Первая часть.", "Вторая часть."]
    assert len(event.sections) == 2
