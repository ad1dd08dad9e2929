"""PII that generalises (issue #10, round 18): the review's place findings (review1, findings 1, 2, 5, 6, 7).

Each case was wrong on main when written: an address cut before its building, flat or town (a leak), or ordinary
words read as a place (a false positive). Made-up cases.
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner


def _locations(scanner: PiiScanner, text: str) -> list[str]:
    return [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == "LOCATION"]


# finding 1: a lower-case address after a keyword goes on through the house's building, flat and entrance
@pytest.mark.parametrize(("text", "place"), [
    ("Доставка: ул. ленина 5 корпус 2 кв 3", "ул. ленина 5 корпус 2 кв 3"),
    ("Доставка: ул. ленина 5 квартира 12, звонить заранее", "ул. ленина 5 квартира 12"),
    ("адр ул. ленина 5 подъезд 2 этаж 3", "ул. ленина 5 подъезд 2 этаж 3"),
])
def test_a_hurried_address_keeps_the_parts_of_its_house(scanner: PiiScanner, text: str, place: str) -> None:
    assert _locations(scanner, text) == [place]


# finding 2: an address read by its shape keeps the town or region written after its house
@pytest.mark.parametrize(("text", "place"), [
    ("адр весенняя 67-167 Кимры", "весенняя 67-167 Кимры"),
    ("адр весенняя 67-167, Кимрский р-н", "весенняя 67-167, Кимрский р-н"),
    ("прож Таежная 22/1/132 Кострома", "Таежная 22/1/132 Кострома"),
])
def test_an_address_read_by_its_shape_keeps_its_town_after_the_house(scanner: PiiScanner, text: str, place: str) -> None:
    assert _locations(scanner, text) == [place]


# finding 7: after an errand's cue, a comma after an ordinary word parts a list of goods, not a town from its street
@pytest.mark.parametrize("text", [
    "Доставка: бинты, перчатки 2-3",
    "доставка лекарств: инсулин, метформин 2/3",
    "Доставка: Бинты, Перчатки 2-3",
])
def test_an_errand_list_of_goods_with_counts_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert _locations(scanner, text) == []


@pytest.mark.parametrize(("text", "place"), [
    ("адр избербаш, черемушки, 99б/249", "избербаш, черемушки, 99б/249"),
    ("вздутие после еды адр Павловская, Энергетическая, 36б/267", "Павловская, Энергетическая, 36б/267"),
])
def test_an_errand_town_before_a_comma_still_opens_an_address(scanner: PiiScanner, text: str, place: str) -> None:
    assert _locations(scanner, text) == [place]


# finding 5: after a residence label, an ordinary word in brackets is a place only where it may name a settlement
@pytest.mark.parametrize("text", [
    "Наблюдается по месту жительства (Поликлиника).",
    "Наблюдается у кардиолога по месту жительства (Кардиолог).",
    "по месту жительства (Педиатр)",
    "Лечение по месту жительства (Амбулаторно).",
    "Наблюдение по месту жительства (Стационар), контроль ОАК.",
    "Лечение по месту жительства (Терапевт, Невролог).",
    "Учёт по месту регистрации (Диспансер).",
])
def test_a_profession_an_institution_or_an_adverb_in_brackets_is_no_place(scanner: PiiScanner, text: str) -> None:
    assert _locations(scanner, text) == []


@pytest.mark.parametrize(("text", "place"), [
    ("Контроль по месту жительства (Находка).", "Находка"),
    ("Контроль по месту жительства (Заречный).", "Заречный"),
])
def test_a_town_named_by_an_ordinary_word_in_brackets_stays_a_place(scanner: PiiScanner, text: str, place: str) -> None:
    assert _locations(scanner, text) == [place]


# finding 6: two adjectives of one gender and number with a range describe one thing, not "Town, Street house-flat"
@pytest.mark.parametrize("text", [
    "Мокрота: Слизистая, Гнойная 2-3;",
    "Жалобы: Острая, Ноющая 5-6;",
    "Оценка: Хорошая, Удовлетворительная 4-5",
    "Боль / Острая, Тупая 5-6",
])
def test_a_list_of_feminine_adjectives_with_a_range_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert _locations(scanner, text) == []


@pytest.mark.parametrize(("text", "place"), [
    ("Мирный, Лесная 5-12;", "Мирный, Лесная 5-12"),
    ("Сибирское, Бажова 58-74", "Сибирское, Бажова 58-74"),
])
def test_a_town_named_by_an_adjective_before_its_street_stays_an_address(scanner: PiiScanner, text: str, place: str) -> None:
    assert _locations(scanner, text) == [place]
