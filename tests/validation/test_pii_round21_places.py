"""PII that generalises (issue #10, round 21): places and dates in running text.

* a street's name and a house of a house's own shape (a letter, a building after a slash) with no keyword and no cue:
  "на Короткая 71а", "(Лермонтова 121а)", "Осенняя 85/1/175" (:func:`...street_house.shaped_houses`);
* a settlement's kind without its stop before its name in the nominative: "из с Ванавара", "г Троицк" (:mod:`...places`);
Made-up cases, with look-alikes that stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner


@pytest.mark.parametrize("source", [
    "Работает грузчиком на [[L|Садовая 14а]], посменно.",
    "Травма на производстве ([[L|Чапаева 121а]]), акт формы Н-1 составлен.",
    "Живёт с дочерью на [[L|Лесная 85/1/175]], соцработник ходит.",
    "ДТП у дома [[L|Некрасова, 119б]], пешеход.",
    "Проживает: [[L|Звёздная, 137/2-145]]. Улучшение на фоне лечения.",
    "Склад ([[L|Строителей 13/1]]), подъём тяжестей.",
    "Упала у подъезда на [[L|Красных Партизан 7в]], скорая доставила.",
])
def test_a_street_and_a_house_of_a_houses_shape(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    found = [e for e in scanner.scan_fast(text) if e.type == "LOCATION"]
    check_planted(found, text, [s for s in spans if s[0] == "LOCATION"])


@pytest.mark.parametrize("text", [
    "Перелом в нижней 1/3 голени. Нижняя 1/3 бедра.",
    "Гипертоническая болезнь 2б ст. Группа 2а. Палата 5а, койка 3.",
    "Средняя 120/80, максимальная 160/100. Общая 15а.",
    "Иванова 45 лет, Петрова 5г. Доза 2/3 таблетки, Строителей 3/1 (одна цифра: дробь).",
    "Стадия 2б по Ann Arbor, ХСН 2а, Ленина 5 мг.",
    "2924765\tЛебедев\tЯн\t11/14/1961\tOS\t87",  # (a table's cells and a birth date, US order)
])
def test_numbers_of_a_house_shape_without_a_street_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "LOCATION"] == []


@pytest.mark.parametrize("source", [
    "Борт завтра из [[L|с Ванавара]], тел сына позже.",
    "Пункт отправления: [[L|с Нижнеангарск]]",
    "Место вызова — [[L|с Черский]].",
    "ж/п: [[L|г Троицк]]; с семьей",
    "Выезд в [[L|д Ивановка]] по графику.",
])
def test_a_settlements_kind_without_its_stop(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    found = [e for e in scanner.scan_fast(text) if e.type == "LOCATION"]
    check_planted(found, text, [s for s in spans if s[0] == "LOCATION"])


@pytest.mark.parametrize("text", [
    "Беседа с Мамой, с Сыном; с Утра слабость, лечение с Кетоналом, с Мая хуже.",
    "Купил 500 г Творога и 5 г Соли. Т. с. без особенностей.",
    "Пришла с Диагноз: ОРВИ. Живет с Россия? нет.",
    "Направлен на оперативное лечение с Дз.Синдром карпального канала.",
    "Перевод согласован с Беридзе Кетеван Гурамовной, консультация с Шевченко.",
])
def test_a_preposition_before_a_capital_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "LOCATION"] == []


@pytest.mark.parametrize("text", [  # (review C r21, finding 1: a drug's brand or a surname after "с"/"д"/"п" in the nominative)
    "Начата терапия с Диротон 10 мг в сутки.",
    "Совместно с Эутирокс 50 мкг.",
    "Комбинация с Нолипрел А форте.",
    "Ранее лечилась с Кардиомагнил и Конкор.",
    "Заменить на Амлодипин д Престариум.",
    "Лечение: п Тромбо АСС 100 мг.",
    "Беседа проведена с Ротару.",
])
def test_a_stopless_kind_needs_a_place_signal_before_it(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "LOCATION"] == []


@pytest.mark.parametrize("text", [  # (review C r21, finding 2: stages, classes, diets, wards and eponyms)
    "Синдром Лериша 2б стадии, ХАН.",
    "Болезнь Ходжкина 2а стадии.",
    "НК по Стражеско-Василенко 2а, ФК III.",
    "Диета по Певзнеру 5а, стол Певзнера 9а.",
    "Отделение: Хирургическая 2а, палата 5.",
    "Гипертоническая болезнь, Артериальная 2б.",
    "Стол Диетическая 5а.",
    "Консультация в НИИ им. Бурденко 5а корпус.",
    "Госпитализирована в ГКБ им. Пирогова 12/1",
    "Больница Семашко 5а",
    "Гистология: Плоскоклеточная 2б.",
    "Форма Первичная 2а.",
    "Хирургическая 12/1 палата",
])
def test_a_house_shape_after_a_stage_diet_or_eponym_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "LOCATION"] == []


@pytest.mark.parametrize("source", [  # (the vetoes above leave a street after a residence's "по" and a leading verb out)
    "Живет по [[L|Ленина 12а]].",
    "Проживает [[L|Садовая 14а]] с дочерью.",
])
def test_a_street_after_a_residence_word_is_still_read(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    found = [e for e in scanner.scan_fast(text) if e.type == "LOCATION"]
    check_planted(found, text, [s for s in spans if s[0] == "LOCATION"])
