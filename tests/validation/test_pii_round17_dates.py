"""PII round 17: date classes that several tuning splits' authors wrote and the scanner missed.

Same notation as ``test_pii_formats`` (``[[KIND|value]]``, see ``support.pii_marks``): every marked
span is found with its type and nothing unmarked is flagged. Examples are our own, not the bench's.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

CASES = {
    # the year glued to the month, its stop lost in typing, a chat or a scan
    "glued-year-after-event": "Рентген грудной клетки [[D|14.032024]] — без очаговых теней.",
    "glued-year-after-label": "Д/р:[[D|03.111975]]\nПол: м",
    # a year of birth alone: its mark before it, a two-digit year with its mark after or a birth word before it
    "birth-mark-before-year": "Ответчица Г.р. [[D|1968]], проживает по месту регистрации.",
    "caps-dr-before-year": "ДР: [[D|1957]]\nЖалобы на одышку.",
    "r-in-brackets": "Со слов дочери (р. [[D|1991]]) жалуется на шум в ушах.",
    "participle-before-year": "потерпевшей, родившейся [[D|1984]], травма получена дома",
    "two-digit-year-mark-after": "Больной ([[D|58]] г.р.) доставлен бригадой СМП.",
    "two-digit-year-of-birth-words": "Мужчина [[D|71]] года рождения, курит.",
    "two-digit-year-after-label": "Год рождения: [[D|49]]\nОбращение первичное.",
    "two-digit-year-after-verb": "Родилась в [[D|83]] году, росла в семье рабочих.",
    "compact-after-r": "Пациентка (р. [[D|17031962]]) осмотрена.",
    "compact-label-on-own-line": "Пациент:\nСоколов\nД.Р:\n[[D|21061977]]\nПол:\nм",
    # a day and month after a result's, a removal's, a pregnancy's word or a vaccination's stage, or before its hours
    "result-day-month": "Кал на яйца глистов. Результат [[D|11.03]]: отрицательно.",
    "removal-day-month": "Снятие швов [[D|02.09]], рана зажила первичным натяжением.",
    "pregnancy-day-month": "Первое шевеление плода [[D|14.02]], ПДР: [[D|30.06]].",
    "vaccination-stage-day-month": "Полиомиелит V2 — [[D|19.05]], R1 — [[D|21.11]].",
    # a scan's look-alike letters for most of a date's digits after its label, a stray space after the month's stop
    "ocr-few-real-digits": "Дата рождения: [[D|2З.Oб.2OO1]]\nПол: ж",
    "ocr-space-after-month": "Дата осмотра: [[D|1S.04. 2022]] Жалобы на кашель.",
    "hours-after-day-month": "Приём фельдшера в клубе [[D|16.03]] с 10:00, при себе иметь полис.",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_round17_date_classes_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    # a decimal with six places, a lab value with its unit; a day and month glued to a year-like number that is no year
    "Коэффициент 0.102020, креатинин 12.052019 ммоль/л, индекс 31.021999",
    # lab values after a result word (their units), a stage's dose
    "Результат 5.10 ммоль/л, результат 12.10 мг/л. V1 0.5 мл.",
    # look-alike letters with few real digits and no date's label: a code, a cipher
    "Код 1О.ОЗ.2ООО; шифр 16.Oб.2OOб",
]


@pytest.mark.parametrize("text", CLEAN)
def test_round17_numbers_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []
