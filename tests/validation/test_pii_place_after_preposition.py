"""PII round 19 (PL): a capitalised word after "в"/"из" with no verb of moving or living before it is a place by its
word class alone, whether or not a digit stands near (marks as in ``test_pii_free_text_places.py``).

Until this round a window with no digit made the birth date's test give ``False``, which ``is not None`` read as a
cue, so every such word (an ordinary word too: "в Клинике", "в Вашей семье") was a place, and the same word with a
date near was not."""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner


def _locations(scanner: PiiScanner, text: str) -> list[str]:
    return [text[e.start : e.end] for e in scanner.scan(text) if e.type == "LOCATION"]


def test_a_digit_near_does_not_change_the_answer(scanner: PiiScanner) -> None:
    # ("Тура" reads as the ordinary noun "тур": with no verb of moving before it, it is no place either way)
    assert _locations(scanner, "Борт завтра из Тура.") == _locations(scanner, "Борт 10.08 завтра из Тура.")
    assert _locations(scanner, "Пациент лечился в Клинике неврологии.") == []
    assert _locations(scanner, "Пациент 12.03 лечился в Клинике неврологии.") == []


PLACES = {
    # a place the dictionary knows, a surname or an unknown word after a place preposition, a digit near or not
    "place-word": "Жалобы после поездки, 3 дня назад вернулся домой из [[L|Тосно]].",
    "surname-village": "Ребёнок в [[L|Кузнецовке]] у бабушки.",
    "surname-village-digit": "С 12.07 ребёнок в [[L|Кузнецовке]] у бабушки.",
    # a verb of moving or living before it: any capitalised word, an ordinary one too
    "moved-ordinary-word": "Завтра выезжает в [[L|Мирный]] к сыну.",
    "moved-ordinary-word-digit": "С 01.09 проживает в [[L|Мирном]] у дочери.",
    # an adjective and a capitalised word: a geographic name, with a date near or not
    "two-word-name": "Выездная бригада примет в [[L|Старой Кулатке]] с 9:00.",
    "two-word-name-digit": "Приём 06.04 в [[L|Нижней Иревших]] с 9:00.",
    "two-word-name-origin": "Водитель следует из [[L|Серебряных Прудов]], жалоб нет.",
}

CLEAN = [
    # a ward, a department, a room, an institution: capitalised, ordinary words, only the first one capitalised
    "Переведён в Реанимацию 12.03, затем в Хирургию.",
    "Назначен приём в Кардиологическом отделении.",
    "Осмотрен в Приёмном покое, АД 130/80.",
    "Пациент лечился в Клинике неврологии, выписан.",
    "Лечение в Стационаре дневного пребывания 10 дней.",
    # a pronoun of polite address, a source of information, a drug, a surname after "к"
    "Есть ли в Вашей семье случаи диабета?",
    "Информацию нашла в Интернете.",
    "Принимает Аспирин 100 мг, направлена к Петровой на консультацию.",
]


@pytest.mark.parametrize("source", list(PLACES.values()), ids=list(PLACES))
def test_places_after_a_preposition_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    found = [e for e in scanner.scan(text) if e.type == "LOCATION"]
    check_planted(found, text, spans)


@pytest.mark.parametrize("text", CLEAN)
def test_ordinary_words_after_a_preposition_are_no_place(scanner: PiiScanner, text: str) -> None:
    assert _locations(scanner, text) == []


# Review A of round 19, finding 8: a town named by an ordinary word or a surname (the gazetteer's WORD_TOWN_LEMMAS), after
# "в" with no verb of moving, is a place again; the ordinary words that name no town stay clean (CLEAN above).
WORD_TOWNS = {
    "studies-in": "Учится в [[L|Лесном]].",
    "treated-in": "Лечился в [[L|Бору]].",
    "surname-town": "Учится в [[L|Кирове]], приезжает на каникулы.",
    "surname-town-2": "Сейчас в [[L|Пушкине]] у сестры.",
    "surname-town-3": "Учится в [[L|Королёве]].",
    "surname-town-4": "Дача в [[L|Чехове]].",
    "noun-town": "Учится в [[L|Клину]].",
    "adjective-town": "Учится в [[L|Жуковском]].",
    "place-word": "Учится в [[L|Ужуре]].",
    "two-word-town": "Учится в [[L|Белой Калитве]].",
    # a settlement named by two adjectives (no institution's noun after them)
    "two-adjectives-town": "Житель [[L|Старого Лебедевского]], работает водителем.",
    # finding 5 of round 20: the institution's adjective is no town, the town after it still is
    "institution-then-town": "Лечился в Лесном санатории, затем в [[L|Клину]].",
}

# Finding 9: two capitalised words after "в" that are an institution's or a state's name in title case are no place
INSTITUTIONS = [
    "Выписан в Удовлетворительном Состоянии.",
    "Участвовал в Великой Отечественной войне.",
    "Наблюдается в Детской Поликлинике.",
    "Лечился в Областной Больнице.",
    "Осмотрен в Приёмном Покое.",
    "Доставлен в Первую Градскую.",
    "Госпитализирован в Городскую Клиническую Больницу № 1.",
    # and ordinary words that name no town, as before ("Московский" университет, a pronoun, a source)
    "Учится в Московском университете.",
    "Есть ли в Вашей семье случаи диабета?",
    "Информацию нашла в Интернете.",
    # Review A of round 20, finding 5: a word-town's adjective that qualifies the lower-case noun after it, agreeing in
    # case, names an institution or a state, no town
    "Операция в Лесном отделении.",
    "Обучается в Лесном колледже.",
    "Лечится в Радужном санатории.",
]


@pytest.mark.parametrize("source", list(WORD_TOWNS.values()), ids=list(WORD_TOWNS))
def test_towns_named_by_ordinary_words_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan(text) if e.type == "LOCATION"], text, spans)


@pytest.mark.parametrize("text", INSTITUTIONS)
def test_title_cased_institutions_are_no_place(scanner: PiiScanner, text: str) -> None:
    assert _locations(scanner, text) == []
