"""PII that generalises (issue #10, round 22): review A's findings on this round's own rules.

Marks as in :mod:`support.pii_marks`; the examples are review A's reproducers and our own negatives.
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner


def _typed(scanner: PiiScanner, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)]


# Review A of round 22, findings 1 and 13: a lot's word names the lot only as a word of its own ("сегодня" holds no
# shelf life, "годн"), and a serum of blood is the lab's specimen, no product with a lot: the series stays a person's
@pytest.mark.parametrize("text, expected", [
    ("Сегодня: ЕВ 1234567", [("MEDICAL_RECORD_NUMBER", "ЕВ 1234567")]),
    ("Анализы сдал сегодня. Удостоверение беженца КЖ 3024014",
     [("MEDICAL_RECORD_NUMBER", "КЖ 3024014")]),
    ("СПРАВКА\nИсследование сыворотки крови на ВИЧ: отрицательно\nСерия 45 123456",
     [("MEDICAL_RECORD_NUMBER", "45 123456")]),
    ("СПРАВКА\nВыдана сегодня для предъявления по месту работы\nСерия 45 123456",
     [("MEDICAL_RECORD_NUMBER", "45 123456")]),
    # (the lot's own words still keep the series clean)
    ("Годен до 12.2026, ЕВ 1234567", [("DATE_TIME", "12.2026")]),
    ("Срок годности до 12.2026, ЕВ 123456", [("DATE_TIME", "12.2026")]),
    ("СПРАВКА\nСыворотка противостолбнячная\nСерия 45 123456", []),
    ("СПРАВКА\nСыворотка крови противостолбнячная лошадиная, флакон\nСерия 45 123456", []),
])
def test_a_lots_word_is_a_word_of_its_own_and_names_a_product(scanner: PiiScanner, text: str,
                                                             expected: list[tuple[str, str]]) -> None:
    assert _typed(scanner, text) == expected


# Review A of round 22, finding 4: a surname alone opens a contact's field only as the dictionary knows it or by a
# surname's own ending; the guesser's surname of an unknown word in "-ин" is a drug's or an analyte's name, and
# "(дом.)" after its readings marks them taken at home
@pytest.mark.parametrize("text, expected", [
    ("Варфарин 25-50-25 (дом.)", []),
    ("Креатинин 98-10-12 (дом.)", []),
    ("Метформин 50-50-50 (дом.)", []),
    # (a first name, a surname the dictionary knows, an unknown surname by its own ending: a contact's number)
    ("Алексей 40-74-32 (дом.)", [("PERSON", "Алексей"), ("PHONE_NUMBER", "40-74-32")]),
    ("Контакты: Ильин 40-74-32 (дом.)", [("PHONE_NUMBER", "40-74-32")]),
    ("Контакты: Мельниченко 2-17-80 (раб.)", [("PHONE_NUMBER", "2-17-80")]),
])
def test_a_drugs_name_alone_opens_no_contacts_field(scanner: PiiScanner, text: str,
                                                     expected: list[tuple[str, str]]) -> None:
    assert _typed(scanner, text) == expected


# Review A of round 22, finding 10: after a verb of arriving, "с" and an unknown word with a dose after it, or the
# intake's words ("на фоне приёма"), name the drug the patient came with, no village
@pytest.mark.parametrize("text, expected", [
    ("Пациентка доставлена с Эутирокс 50 мкг", []),
    ("Доставлена с Кардиомагнил на фоне приема.", []),
    ("Поступила с Эналаприл 10 мг 2 р/д", []),
    # (a village the patient came from keeps its place, whatever its transport)
    ("Пациент прибыл с Хандыга вертолётом.", [("LOCATION", "с Хандыга")]),
    ("Доставлена с Оймякон санавиацией.", [("LOCATION", "с Оймякон")]),
    ("Доставлена с Оймякон 12.03.2024", [("LOCATION", "с Оймякон"), ("DATE_TIME", "12.03.2024")]),
    ("Доставлена с Оймякон 2 часа назад.", [("LOCATION", "с Оймякон")]),
])
def test_a_drug_with_its_dose_after_a_verb_of_arriving_is_no_village(scanner: PiiScanner, text: str,
                                                                    expected: list[tuple[str, str]]) -> None:
    assert _typed(scanner, text) == expected


# Review A of round 22, finding 7: the staff one calls back ("врачу", "доктору", "участковому терапевту") answer at
# the clinic's number, so a dashed date after them is the day to call; a relative's or a person's dative names a number
@pytest.mark.parametrize("text, expected", [
    ("Перезвонить врачу 15-06-24 для уточнения результатов.", [("DATE_TIME", "15-06-24")]),
    ("Позвонить лечащему врачу 15-06-24", [("DATE_TIME", "15-06-24")]),
    ("Перезвонить участковому терапевту 15-06-24", [("DATE_TIME", "15-06-24")]),
    ("Позвонить медсестре 15-06-24", [("DATE_TIME", "15-06-24")]),
    # (one's own people: their number)
    ("Позвонить сыну 12-05-14.", [("PHONE_NUMBER", "12-05-14")]),
    ("Перезвонить соседке 15-06-24", [("PHONE_NUMBER", "15-06-24")]),
])
def test_a_call_to_the_staff_is_on_a_day(scanner: PiiScanner, text: str, expected: list[tuple[str, str]]) -> None:
    assert _typed(scanner, text) == expected


# Review A of round 22, finding 6: "тех" after a preposition is the pronoun ("у тех", "из тех"), no technical
# passport's shorthand: the passport after it is a person's
@pytest.mark.parametrize("text, expected", [
    ("Документы у тех паспорт 4509 123456 не нашли", [("RU_PASSPORT", "4509 123456")]),
    ("Проверили у тех паспорт 4509 123456", [("RU_PASSPORT", "4509 123456")]),
    # (the shorthand of "технический", with or without its stop, or glued: a thing's)
    ("тех паспорт 4509 123456", [("MEDICAL_RECORD_NUMBER", "4509 123456")]),
    ("тех. паспорт 4509 123456", [("MEDICAL_RECORD_NUMBER", "4509 123456")]),
    ("Техпаспорт 4509 123456", [("MEDICAL_RECORD_NUMBER", "4509 123456")]),
])
def test_the_pronoun_tex_makes_no_technical_passport(scanner: PiiScanner, text: str,
                                                     expected: list[tuple[str, str]]) -> None:
    assert _typed(scanner, text) == expected
