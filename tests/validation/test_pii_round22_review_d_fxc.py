"""PII that generalises (issue #10, round 22): review D's findings 5, 13, 10, 9 and 8 on this round's rules.

Marks as in :mod:`support.pii_marks`; the examples are review D's reproducers and our own negatives.
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner


def _typed(scanner: PiiScanner, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)]


# Review D of round 22, findings 5 and 13: an address field stops before an e-mail in it, but the postal address
# before the e-mail stays reported, with or without a house number, and before an e-mail's own label in the field
@pytest.mark.parametrize("text, expected", [
    ("Адрес: Березовка Садовая ivan@mail.ru",
     [("LOCATION", "Березовка Садовая"), ("EMAIL_ADDRESS", "ivan@mail.ru")]),
    ("Адрес регистрации: Лесная 5, Адрес эл. почты: kv@mail.ru",
     [("LOCATION", "Лесная 5"), ("EMAIL_ADDRESS", "kv@mail.ru")]),
    ("Адрес: ул. Почтовая 5, e-mail: kv@mail.ru",
     [("LOCATION", "ул. Почтовая 5"), ("EMAIL_ADDRESS", "kv@mail.ru")]),
    ("Адрес: Березовка Садовая 5 ivan@mail.ru",
     [("LOCATION", "Березовка Садовая 5"), ("EMAIL_ADDRESS", "ivan@mail.ru")]),
    # (an e-mail's label alone is no address)
    ("Эл. адрес: ivan@mail.ru", [("EMAIL_ADDRESS", "ivan@mail.ru")]),
    ("ЭЛ. АДР. ПОКУПАТЕЛЯ: ivan@mail.ru", [("EMAIL_ADDRESS", "ivan@mail.ru")]),
    ("Адрес: e-mail: ivan@mail.ru", [("EMAIL_ADDRESS", "ivan@mail.ru")]),
    ("Адрес: эл. почта ivan@mail.ru", [("EMAIL_ADDRESS", "ivan@mail.ru")]),
])
def test_an_address_before_an_e_mail_stays_an_address(scanner: PiiScanner, text: str,
                                                      expected: list[tuple[str, str]]) -> None:
    assert _typed(scanner, text) == expected


# Review D of round 22, finding 10: "годен" names a lot only as its shelf life ("годен до"), not a fitness certificate's
# conclusion ("Годен к службе"); a serum is the lab's specimen in any wording of the blood ("сыворотки венозной крови"),
# in "в сыворотке" and before its test ("сыворотки на ВИЧ"); a narcotic drug is no product with a lot
@pytest.mark.parametrize("text, expected", [
    ("СПРАВКА\nГоден к службе\nСерия 45 123456", [("MEDICAL_RECORD_NUMBER", "45 123456")]),
    ("СПРАВКА\nПо состоянию здоровья годен\nСерия 45 123456", [("MEDICAL_RECORD_NUMBER", "45 123456")]),
    ("СПРАВКА\nГодна к работе\nСерия 45 123456", [("MEDICAL_RECORD_NUMBER", "45 123456")]),
    ("СПРАВКА\nИсследование сыворотки венозной крови на ВИЧ: отрицательно\nСерия 45 123456",
     [("MEDICAL_RECORD_NUMBER", "45 123456")]),
    ("СПРАВКА\nИсследование сыворотки на ВИЧ: отрицательно\nСерия 45 123456",
     [("MEDICAL_RECORD_NUMBER", "45 123456")]),
    ("СПРАВКА\nАнтитела в сыворотке не выявлены\nСерия 45 123456", [("MEDICAL_RECORD_NUMBER", "45 123456")]),
    ("СПРАВКА\nНаркотических препаратов не употребляет\nСерия 45 123456", [("MEDICAL_RECORD_NUMBER", "45 123456")]),
    # (a lot's shelf life and a product serum still keep the series clean)
    ("СПРАВКА\nВакцина годна до 12.2026\nСерия 45 123456", [("DATE_TIME", "12.2026")]),
    ("СПРАВКА\nГоден до 12.2026\nСерия 45 123456", [("DATE_TIME", "12.2026")]),
    ("СПРАВКА\nСрок годности: 12.2026\nСерия 45 123456", [("DATE_TIME", "12.2026")]),
    ("СПРАВКА\nСыворотка противостолбнячная\nСерия 45 123456", []),
    ("СПРАВКА\nВведена сыворотка противодифтерийная\nСерия 45 123456", []),
])
def test_a_fitness_conclusion_and_a_specimen_are_no_lot(scanner: PiiScanner, text: str,
                                                       expected: list[tuple[str, str]]) -> None:
    assert _typed(scanner, text) == expected


# Review D of round 22, finding 9: after a village's name "на фоне" names a drug's intake only before the intake's noun
# ("на фоне приёма"), not any circumstance ("на фоне ухудшения"); a count of a noun ("5 мл крови", "2 ед. транспорта") is
# no dose of a drug
@pytest.mark.parametrize("text, expected", [
    ("Доставлена с Чурапча на фоне ухудшения", [("LOCATION", "с Чурапча")]),
    ("Доставлена с Чурапча на фоне гипертермии", [("LOCATION", "с Чурапча")]),
    ("Прибыл с Намцы 5 мл крови взято", [("LOCATION", "с Намцы")]),
    ("Доставлена с Чурапча 2 ед. транспорта", [("LOCATION", "с Чурапча")]),
    # (a drug's brand with its dose or its intake stays clean)
    ("Пациентка доставлена с Эутирокс 50 мкг", []),
    ("Доставлена с Кардиомагнил на фоне приема.", []),
    ("Доставлена с Кардиомагнил на фоне терапии.", []),
    ("Доставлена с Инсулин 10 ед подкожно", []),
])
def test_a_circumstance_after_a_village_is_no_intake(scanner: PiiScanner, text: str,
                                                     expected: list[tuple[str, str]]) -> None:
    assert _typed(scanner, text) == expected


# Review D of round 22, finding 8: a staff's dative after a verb of calling makes a dashed date the day to call, but not
# when a phone's kind follows the number ("(моб.)"), and only a doctor's "-олог" is staff (not a geologist)
@pytest.mark.parametrize("text, expected", [
    ("Перезвонить врачу 15-06-24 (моб.)", [("PHONE_NUMBER", "15-06-24")]),
    ("Позвонить медсестре 15-06-24 (дом.)", [("PHONE_NUMBER", "15-06-24")]),
    ("Позвонить геологу 15-06-24", [("PHONE_NUMBER", "15-06-24")]),
    ("Позвонить биологу 15-06-24", [("PHONE_NUMBER", "15-06-24")]),
    # (the staff called back still give the day to call)
    ("Перезвонить врачу 15-06-24 для уточнения результатов.", [("DATE_TIME", "15-06-24")]),
    ("Позвонить кардиологу 15-06-24", [("DATE_TIME", "15-06-24")]),
    ("Позвонить фтизиатру 15-06-24", [("DATE_TIME", "15-06-24")]),
])
def test_a_phones_kind_after_the_number_outweighs_the_staff(scanner: PiiScanner, text: str,
                                                            expected: list[tuple[str, str]]) -> None:
    assert _typed(scanner, text) == expected
