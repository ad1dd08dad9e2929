"""PII that generalises (issue #10, round 26): dates and places of a person as the validation authors define them.

* a date known in part, its unknown day or month a placeholder ("__.07.1955", "UK.05.1955", "UNK-04-2013"), and the
  value of a CDISC SDTM date key ("BRTHDTC=1970");
* a birth-date cue "д.р" without its last stop, glued to its date or not ("д.р15.06.60", "д.р 10091983");
* the place of a death after its verb, a date between or not ("умер 09.10.2023 в Туре"), and a town after the residence
  noun ("по месту жительства в Советском");
* the DICOM attributes of where a patient lives and of the admission's and discharge's dates (PS3.15 Annex E);
* a street and house after a word of an event's spot ("у дома Дорожная, 140", "на перекрёстке Красных Партизан, 157").

Made-up cases, with look-alikes that stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner


def _of(scanner: PiiScanner, text: str, kind: str) -> list:
    return [e for e in scanner.scan_fast(text) if e.type == kind]


@pytest.mark.parametrize("source", [
    "BRTHDTC=[[D|__.07.1955]]\nSEX=M",
    "Дата рождения: [[D|UK.05.1965]]   Пол: М",
    "Медицинский анамнез: инфаркт миокарда ([[D|UNK-01-1955]]). Рост 167",
    "Сопутствующая терапия: метформин, начало — [[D|UNK-03-2026]].",
    "Дата рождения: [[D|ХХ.05.1965]]",
    "Дата операции: [[D|12.UNK.2020]]",
    "AESTDTC: [[D|2013-UNK-UNK]]",
    "SUBJID=20415\nBRTHDTC=[[D|1970]]\nRFICDTC=[[D|2021-05-28]]",
    "AESTDTC: [[D|2023-05]]",
])
def test_a_date_with_a_placeholder_part_or_under_an_sdtm_key(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(_of(scanner, text, "DATE_TIME"), text, spans)


@pytest.mark.parametrize("text", [
    "Версия XX.05.12 от производителя",
    "Заполнить: __.__.20__ подпись ______",
    "Размер UK 12-14, EU 46",
    "PARAMCD=AESTDTC; ожидаемый формат ГГГГ-ММ-ДД",
])
def test_placeholders_without_a_year_or_a_value_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert _of(scanner, text, "DATE_TIME") == []


@pytest.mark.parametrize("source", [
    "cito! Андреев кровь на троп+кфк, ИБ11281 д.р[[D|15.06.60]] взят",
    "Щербакова ЖЕ кровь на троп, д.р [[D|10091983]] взят",
    "Гарипов Айдар, д.р[[D|02.051967]], пал. 6",
])
def test_a_birth_cue_without_its_last_stop(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(_of(scanner, text, "DATE_TIME"), text, spans)


@pytest.mark.parametrize("source", [
    "Сообщено, что пациент умер 09.10.2023 в [[L|Туре]].",
    "Сообщено, что пациент умер январь 2026 г. в [[L|Меренге]].",
    "Отец скончался в [[L|Асбесте]], причина не известна.",
    "КТ выполнена по месту жительства в [[L|Советском]].",
])
def test_a_place_of_death_or_of_residence_after_its_word(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(_of(scanner, text, "LOCATION"), text, spans)


@pytest.mark.parametrize("text", [
    "Пациент умер в Реанимации, реанимационные мероприятия без эффекта.",
    "Больной скончался в ГКБ №1.",
    "Наблюдается по месту жительства в Поликлинике №2.",
])
def test_an_institution_after_a_death_or_residence_word_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert _of(scanner, text, "LOCATION") == []


@pytest.mark.parametrize("source", [
    "(0010,2150) Country of Residence LO [[[L|Россия]]]",
    "(0010,2152) Region of Residence LO [[[L|Татарстан]]]",
    "(0038,0020) Admitting Date DA [[[D|20240312]]]",
    "(0010,21D0) Last Menstrual Date DA [[[D|20240201]]]",
    "Patient ID: 123  Admitting Date: [[D|20240312]]  Discharge Date: [[D|20240320]]",
])
def test_dicom_residence_and_admission_attributes(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    kinds = {kind for kind, _, _ in spans}
    check_planted([e for e in scanner.scan_fast(text) if e.type in kinds], text, spans)


@pytest.mark.parametrize("source", [
    "ДТП на перекрёстке [[L|Красных Партизан, 157]], пострадавший — пешеход.",
    "Травма получена на улице возле дома [[L|Новосельская, 91]].",
    "Обнаружен прохожими у дома [[L|Дорожная, 140]].",
    "Вызов на дачу: [[L|Мелиоративная, 12]].",
])
def test_a_street_and_house_after_a_word_of_an_events_spot(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(_of(scanner, text, "LOCATION"), text, spans)


@pytest.mark.parametrize("text", [
    "Упал у дома 2 раза за неделю.",
    "у дома Культуры 5 человек",
    "Проживает на даче Летом 3 месяца.",
])
def test_a_count_after_a_word_of_a_spot_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert _of(scanner, text, "LOCATION") == []
