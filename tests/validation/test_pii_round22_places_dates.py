"""PII that generalises (issue #10, round 22): mechanisms that failed for several authors of the tuning splits.

* an e-mail under an address's label ("ЭЛ. АДР. ПОКУПАТЕЛЯ:", a cash receipt's buyer's e-mail, 54-ФЗ art. 4.7) is an
  e-mail, not the address field's value;
* a residence cue right before a town, a street's name and a house with no keyword ("живет Великий Устюг Черемуховая
  111", "адр Гремячинск Рябиновая 4 219");
* a city of the gazetteer that pymorphy3 reads only as an ordinary word, after a place preposition ("в Грозном"), and a
  place after a verb of service, convoy or stay ("проходил службу в Певеке", "этапирован в Каневскую");
* an event's verb right before a day and month ("Рейс начат 25.02", "Прибыл этапом 14.05").

Made-up cases, with look-alikes that stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner


@pytest.mark.parametrize("source", [
    "ИНН ПОКУПАТЕЛЯ: [[I|808144676607]]\nЭЛ. АДР. ПОКУПАТЕЛЯ: [[E|petrov1184@bk.ru]]\nИТОГ 1500.00",
    "Эл. адрес: [[E|ivanova.m@mail.ru]]",
    "Адрес: [[L|г. Тула, ул. Ленина, д. 5, кв. 3]], [[E|ivanov@mail.ru]]",
])
def test_an_email_under_an_address_label_is_an_email(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("source", [
    "Жалобы меньше, ад 140/90. живет [[L|Великий Устюг Черемуховая 111]], тел [[T|89345902645]], след. явка через месяц",
    "коммент: адр [[L|Гремячинск Рябиновая 4 219]] Трудности при подъеме со стула",
    "Проживает [[L|БУДЕННОВСК МЕЛЬНИЧНАЯ 67 35]] (со слов, документов нет).",
    "живет [[L|Темрюк К.Маркса 48]], тел [[T|8 964 8771766]]",
])
def test_a_town_street_and_house_right_after_a_residence_cue(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "Живет Один 5 лет, помощи не требуется.",
    "адреналин Эпинефрин 1 амп в/м",
    "Проживает с семьей, Боли 3-4 раза в неделю.",
])
def test_a_residence_cue_before_a_count_or_a_drug_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "LOCATION"] == []


@pytest.mark.parametrize("source", [
    "Проходил службу в [[L|Грозном]].",
    "Проходил службу в [[L|Певеке]].",
    "Этапирован в [[L|Каневскую]] для лечения.",
    "Пациент временно находится в [[L|Шали]], консультация онлайн.",
])
def test_a_town_after_a_place_preposition_and_a_verb_of_stay(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan_fast(text) if e.type == "LOCATION"], text, spans)


@pytest.mark.parametrize("text", [
    "Служил в Армии, демобилизован.",
    "Находится в Реанимации, состояние тяжелое.",
    "Пациент находится в Отделении Реанимации",
    "Поступил в Грозном состоянии.",
])
def test_a_ward_or_an_institution_after_a_verb_of_stay_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "LOCATION"] == []


@pytest.mark.parametrize("source", [
    "Рейс начат [[D|25.02]], в пути 14 часов.",
    "Прибыл этапом [[D|14.05]] из ФКУ ИК-5.",
    "Вскрыт абсцесс [[D|12.04]]. Дренаж.",
])
def test_an_events_verb_before_a_day_and_month_makes_a_date(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan_fast(text) if e.type == "DATE_TIME"], text, spans)


@pytest.mark.parametrize("text", [
    "Калий снижен 5.12 ммоль/л",
    "Гемоглобин снижен 10.12",
    "АЛТ составил 10.05",
    "Лейкоциты 10.12, тромбоциты 2.10",
    "Принят 10.05 мг/кг",
])
def test_a_measures_verb_before_a_value_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "DATE_TIME"] == []
