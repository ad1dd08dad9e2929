"""PII that generalises (issue #10, round 10): the parts of an address object of a machine export.

FHIR's Address (and other exporters' address objects) give a place in members whose keys say only which
part they hold: "line", "city", "district", "state", "postalCode", "text". A postal code's key names a
place anywhere; the generic keys ("text", "state", "line") only inside an address object or element.
Made-up cases, with look-alikes from clinical resources that stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner


@pytest.mark.parametrize("source", [
    '{"resourceType":"Patient","address":{"use":"home","line":["[[L|Садовая 12-4]]"],"district":"[[L|Кировский]]",'
    '"state":"[[L|Свердловская]]","postalCode":"[[L|620000]]","country":"RU"}}',
    '{"resourceType":"Patient","address":[{"text":"[[L|г. Пермь, ул. Ленина, 5-17]]","postalCode":"[[L|614000]]"}]}',
    '"address": {\n  "line": "[[L|пр-т Мира, д. 3]]",\n  "city": "[[L|Омск]]",\n  "postalCode": "[[L|644010]]"\n}',
    '{"patient": {"postal_code": "[[L|603000]]", "zip_code": "[[L|10115]]"}}',
    "postalCode=[[L|620000]]; city=[[L|Екатеринбург]]",
    '{"address_district": "[[L|Кировский]]", "address.state": "[[L|Свердловская]]", "addrText": "[[L|Садовая 12-4]]"}',
    "<address><line>[[L|Гагарина 8]]</line><district>[[L|Заволжский]]</district><postalCode>[[L|170000]]</postalCode></address>",
])
def test_members_of_an_address_object_are_places(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    '{"status": "active", "text": {"status": "generated", "div": "Пациент выписан"}, "state": "final"}',
    '{"code": {"text": "Общий анализ крови"}, "valueQuantity": {"value": 5.6, "unit": "mmol/L"}}',
    '{"line": "2", "text": "Контроль через месяц", "district": "нет"}',
    '{"index": "24.5", "bmi_index": "24", "postalCode": "нет", "zip": "a1"}',
])
def test_generic_keys_outside_an_address_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start:e.end]) for e in scanner.scan_fast(text) if e.type == "LOCATION"] == []


@pytest.mark.parametrize("source", [
    # an address in capitals that names its town and street without their keywords, and ends with a flat
    "ADDRESS_REG=[[L|ВОЛОГДА, Б-Р ДОРОЖНИКОВ, Д.88, КВ.223]]\nLPU=770001",
    "Адрес места жительства:\n[[L|НАБЕРЕЖНЫЕ ЧЕЛНЫ, СТРОИТЕЛЬНАЯ УЛ., Д.5/6, КВ.55]]\nДокумент: паспорт",
    "ПРОЖИВАЕТ: [[L|КОГАЛЫМ, ПЕР. ЖЕЛЕЗНОДОРОЖНАЯ, Д.7/7, КВ.11]]",
])
def test_an_address_in_capitals_ending_with_a_flat_is_a_place(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "ОАК: НВ 120, ЛЕЙК 5.6. ПАЛАТА 5, КВ.РЕЖИМ НЕ НАРУШАЕТ",
    "ДИАГНОЗ: ГБ II СТ., РИСК 3. КВ. ОТДЕЛЕНИЕ ТЕРАПИИ",
    "НАХОДИЛАСЬ НА ЛЕЧЕНИИ В КАРДИОЛОГИЧЕСКОМ ОТДЕЛЕНИИ С 07.10.20 ПО 18.10.20, КВ. 5 НЕ УКАЗАНА",
])
def test_capitals_with_a_flat_like_abbreviation_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start:e.end]) for e in scanner.scan_fast(text) if e.type == "LOCATION"] == []
