"""PII that generalises (issue #10, round 16): places written without a keyword where a label or a cell says one follows.

* a town named by one word after a residence or birth label, even an ordinary word ("Место рождения: Грозный",
  "Место жительства — Плёс"), or in a settlement's cell ("Нас. пункт: Ош");
* "Town, Street house-flat" filling a list's or a form's cell ("Кириши, Строителей 2-97").
Made-up cases, with look-alikes that stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner


@pytest.mark.parametrize("source", [
    "Анамнез жизни. Место рождения: [[L|Грозный]]. Окончил училище.",
    "2. Место рождения: [[L|Ош]]\n3. Гражданство: Киргизия",
    "Одышка. Место жительства — [[L|Прохладный]]; нуждается в транспорте.",
    "Место регистрации: [[L|Плёс]]\nТелефон не указан",
    "Нас. пункт: [[L|Меренга]]\nУлица: [[L|Полевая]]",
])
def test_one_word_after_a_residence_or_birth_label_is_a_town(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "Наблюдается по месту жительства — Поликлиника № 3.",
    "Место жительства: Город.",
    "Место рождения: Неизвестно",
    "Место рождения: Россия.",
    "Место смерти: Стационар",
    "Место вызова: Дача",
])
def test_a_label_with_no_town_after_it_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "LOCATION"] == []


@pytest.mark.parametrize("source", [
    "[Бот] Введите адрес.\n[Клиент] [[L|Кириши, Строителей 2-97]]\n[Бот] Удобное время?",
    "Выезды:\n1) [[P|Рябова Е.Г.]] — [[L|Надым, Гафури 61-85]] — [[T|8.916.773.64.58]]",
    "[[P|Мухина Анна]], [[D|13.10.15]]\n[[L|Усолье Сибирское, Бажова 58-74]]; [[T|8-950-260-25-67]]",
    "Адрес: [[L|Муравленко, 30 лет Победы 72-56]]",
])
def test_a_town_a_street_and_a_house_flat_filling_a_cell_are_an_address(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "Жалобы: Тошнота, Рвота 2-3\n",
    "Назначено: Бисопролол, Амлодипин 5-10\n",
    "Лейкоциты, Эритроциты 3-4; белок отр.",
    "Осмотрена, Рекомендации 1-2 раза в день",
])
def test_a_dose_or_a_count_after_two_words_is_no_address(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "LOCATION"] == []


@pytest.mark.parametrize("source", [
    # the birth and death certificates (forms 103/у, 106/у) name the cells of a residence in words, without colons
    "Место постоянного жительства матери: субъект Российской Федерации [[L|Тверская обл.]]\n"
    "   [[L|район Кимрский   город (село) Красный Холм]]\n   улица [[L|ул. Полевая   дом 5   кв. 12]]\n",
    "   [[L|район Заволжский   город (село) Лесной]]\n",
])
def test_the_cells_of_a_certificates_residence_are_places(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "Боль в район Правый подреберья.",
    "Район Поражения ограничен.",
    "город (село) не указан",
])
def test_a_district_word_without_a_districts_name_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "LOCATION"] == []


@pytest.mark.parametrize("source", [
    "Повод к вызову: боль в груди. Адрес вызова [[L|Ишим Садовая 14 квартира 22]]\nподъезд второй",
])
def test_the_call_cards_address_label_opens_an_address(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


def test_a_call_address_being_checked_stays_clean(scanner: PiiScanner) -> None:
    assert [e for e in scanner.scan_fast("Адрес вызова уточняется у диспетчера.") if e.type == "LOCATION"] == []
