"""PII round 8: places in free text and forms, one case per convention (marks as in ``test_pii_cues.py``:
``[[L|...]]`` a place, ``[[P|...]]`` a person, ``[[T|...]]`` a phone). Every marked span must be found
with its type, nothing unmarked may be flagged; the clinical look-alikes at the end stay clean."""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.normalize import normalize
from medsyn_dataset.validation.pii.street_house import street_house_at

PLACES = {
    # a street's bare name and "house-flat" after an address cue, on the cue's line or the next
    "street-house-next-line": "Головокружение. Адрес:\n[[L|Чапаева 14-7]] Тошноты нет.",
    "street-house-two-words": "Адрес:\n[[L|Красных Партизан 3/1]]\nАллергия: нет.",
    "street-house-initial": "Адрес: [[L|Н.Островского 41-118]]; соседка помогает.",
    "street-house-date-name": "Место жительства:\n[[L|8 Марта 17-5]]\n",
    "street-house-flat-word": "Адрес:\n[[L|Лесная 4, кв. 9]] Жалоб нет.",
    # ... and after a verb of living, where the sentence goes on after the house
    "verb-street-house": "Одинока, проживает [[L|Заводская 12-40]] с сыном, ходит сама.",
    "verb-street-house-comma": "живёт [[L|Первомайская 3-15]], одна, с тростью.",
    # a Latin-script address abroad after a Russian label of any length
    "latin-after-long-label": "Адрес проживания до приезда в Россию: [[L|Uzbekistan, Tashkent, Navoi St. 12, apt. 4]]. Кашель.",
    "latin-after-place-label": "Место жительства отца: [[L|Latvia, Riga, Brivibas iela 50]]\nТел. нет",
    "latin-after-verb-label": "Проживает: [[L|Georgia, Tbilisi, Rustaveli Ave 8]] с женой.",
    "email-after-address-label": "Электронный адрес клиники: [[E|s.info@gp3.ru]] для записи.",
    # an OCR'd label with Latin look-alike letters inside its Cyrillic word, an address in capitals
    "mixed-script-label": "Aдрес регистрaции: [[L|170100 ТВЕРСКАЯ ОБЛ. Г. ТВЕРЬ ПР. ЧАЙКОВСКОГО 5/2, КВ. 8]]\n",
    # the postal order: town, street, house, postcode last, no keyword
    "postal-order": "Для писем: [[L|Ярцево, Заводская, 12, 215800]] (не терять).",
    "postal-order-initial": "Посылка: [[L|Кемь, К.Маркса, 4/1, 186610]]\n",
    # a note typed in capitals, an address without a cue
    "caps-no-cue": "ОСМОТР НА ДОМУ: [[L|Г. ВЯЗЬМА, УЛ. ПОЛЕВАЯ, Д. 3, КВ. 14]]. ЖАЛОБЫ НА СЛАБОСТЬ.",
    "caps-region-village": "ЖИВЁТ ОДНА, [[L|СМОЛЕНСКАЯ ОБЛ., П. ХОЛМ]], ДОЧЬ ПРИЕЗЖАЕТ.",
}

PLACES_CLEAN = [
    # a range with its unit, a pressure, a count after a capitalised word, after the same cues
    "Живёт Одна 2-3 года. Проживает Вместе 1-2 раза в неделю.",
    "Адрес:\nЖалобы на боли 3-4 дня, АД 130/80.",
    "Адрес:\nТелефон: нет",
    "Принимает Конкор 5/2,5 мг, Эналаприл 10-20 мг.",
    # mixed-script clinical abbreviations stay as they are, and so does a chemical formula
    "SpO2 97%, HbA1c 6,2 %, ЭKG без динамики; CO2 в норме.",
    # a note in capitals: doses, days, a year, initials, a group of disability
    "ПРИНИМАЕТ ПО 1 Т. 2 Р/Д, 5 Д. БЕЗ ЭФФЕКТА. С 2015 Г. ИНВАЛИД 2 ГР. ОСМОТРЕН С. Д. ПЕТРОВЫМ. Д. З. ГИПЕРТОНИЯ.",
]


@pytest.mark.parametrize("source", list(PLACES.values()), ids=list(PLACES))
def test_places_of_round_8_conventions_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    found = [e for e in scanner.scan(text) if e.type in ("LOCATION", "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS")]
    check_planted(found, text, spans)


@pytest.mark.parametrize("text", PLACES_CLEAN)
def test_place_look_alikes_of_round_8_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type == "LOCATION"] == []


def test_street_house_needs_the_second_part_of_the_house() -> None:
    assert street_house_at("Горная 5-3", 0) == len("Горная 5-3")
    assert street_house_at("Горная 5", 0) == 0  # ("Ковалёв 45": a surname and a number)
    assert street_house_at("Горная 5-7 лет", 0) == 0


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Mecто регистрации", "Место регистрации"),  # Latin M, e, c in a Cyrillic word
        ("Пaциeнт", "Пациент"),
        ("Kazakhstаn", "Kazakhstan"),  # a Cyrillic "а" in a Latin word
        ("ЭKG, Cа, SpO2, HbA1c", "ЭKG, Cа, SpO2, HbA1c"),  # look-alikes on both sides, or none: kept
    ],
)
def test_normalize_writes_a_mixed_script_word_in_one_script(text: str, plain: str) -> None:
    assert normalize(text) == plain
    assert len(normalize(text)) == len(text)


def test_a_years_mark_is_no_town_word(scanner: PiiScanner) -> None:
    # "г." after a year alone is the year's mark, not "город" before a capitalised word (round 19: the word after a
    # year was a LOCATION); after a postcode or a full date it may still open a town
    for text in ("Инфаркт в 2018 г. Стентирование ПНА.", "Перенесённый инфаркт: 2018г. Стентирование."):
        assert [e.type for e in scanner.scan_fast(text) if e.type == "LOCATION"] == [], text
    for text, town in (("Адрес: 630099 г. Новосибирск", "Новосибирск"), ("Родилась 12.05.1975 г. Тверь", "Тверь")):
        assert any(e.type == "LOCATION" and town in text[e.start : e.end] for e in scanner.scan_fast(text)), text
