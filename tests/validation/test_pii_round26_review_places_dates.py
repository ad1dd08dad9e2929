"""Review A of round 26, findings 1, 7, 13 and 15 (places and dates): made-up texts of each class, found or clean.

* a capitalised adjective of a common noun after a verb of dying or the residence noun is an institution's or a
  holiday's, no place ("по месту жительства в Городской поликлинике", "погибла под Новый год"); a proper name there
  still is, and a territory's adjective too ("в Октябрьском районе");
* an event's spot is a place preposition and a noun of a spot (a house, its entrance, a stop; a possessive maybe), a
  crossing's noun on its own, a street's kind maybe after the name; a count's unit after the number is no house;
* a blank form's date ("__.__.2024") is no date; a day or month known stays one.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner


def _of(scanner: PiiScanner, text: str, kind: str) -> list:
    return [e for e in scanner.scan_fast(text) if e.type == kind]


@pytest.mark.parametrize("text", [
    "Продолжить лечение по месту жительства в Городской поликлинике",
    "Рекомендовано наблюдение по месту жительства в Областном кардиологическом диспансере",
    "Наблюдение у невролога по месту жительства в Центральной районной больнице",
    "умер в Городской больнице № 2",
    "скончался в Областной клинической больнице",
    "Пациентка погибла под Новый год",
    "Дообследование по месту жительства в Республиканском онкологическом центре.",
])
def test_an_adjective_of_a_common_noun_after_death_or_residence_is_no_place(scanner: PiiScanner, text: str) -> None:
    assert _of(scanner, text, "LOCATION") == []


@pytest.mark.parametrize("source", [
    "Наблюдается по месту жительства в [[L|Советском]].",
    "Отец скончался в [[L|Асбесте]] в областной больнице.",
    "Житель села, по месту жительства в [[L|Кузнецовке]] фельдшера нет.",
    "Вернулась из [[L|Марковского]] неделю назад.",
])
def test_a_proper_name_after_death_or_residence_stays_a_place(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(_of(scanner, text, "LOCATION"), text, spans)


@pytest.mark.parametrize("text", [
    "Обнаружен без сознания у Дома Культуры 3 дня назад",
    "Перекрёсток Ленина 2 полосы",
    "Ждал у дома Садовая 2 часа",
    "Дома Садовая 17 не помнит",
])
def test_a_count_after_a_spot_or_a_house_without_a_preposition_is_no_place(scanner: PiiScanner, text: str) -> None:
    assert _of(scanner, text, "LOCATION") == []


def test_a_surname_and_a_count_of_days_after_a_spot_stay_a_person(scanner: PiiScanner) -> None:
    text = "Жалобы у дома Ивановой 5 дней"
    assert _of(scanner, text, "LOCATION") == []
    assert [text[e.start:e.end] for e in _of(scanner, text, "PERSON")] == ["Ивановой"]


@pytest.mark.parametrize("source", [
    "Травма у подъезда дома [[L|Садовая, 17]]",
    "Упал возле своего дома [[L|Садовая 17]]",
    "Травма на остановке [[L|Садовая, 17]]",
    "Травма на перекрестке [[L|Московского проспекта, 10]]",
    "Сбит автомобилем на пересечении [[L|Ленина улицы, 4]], доставлен СМП.",
])
def test_a_spot_read_as_a_preposition_and_a_noun_of_place(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(_of(scanner, text, "LOCATION"), text, spans)


@pytest.mark.parametrize("text", [
    "Подпись ______ Дата __.__.2024",
    "Дата: __.__.2023",
])
def test_a_blank_forms_date_is_no_date(scanner: PiiScanner, text: str) -> None:
    assert _of(scanner, text, "DATE_TIME") == []


@pytest.mark.parametrize("source", [
    "Дата рождения: [[D|__.07.1955]]",
    "Дата рождения: [[D|XX.XX.1965]]",
    "Дата операции: [[D|12.__.2020]]",
])
def test_a_date_with_a_known_part_or_a_letter_placeholder_stays(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(_of(scanner, text, "DATE_TIME"), text, spans)
