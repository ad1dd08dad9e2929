"""PII round 7: classes of dates and e-mails that blind5 showed missing, one case per way of writing.

Same notation as ``test_pii_formats`` (``[[KIND|value]]``, see ``support.pii_marks``): every marked
span is found with its type and nothing unmarked is flagged. Examples are our own, not the bench's.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.field_dates import date_at

CASES = {
    # eight digits after an abbreviated birth cue, day first or year first
    "compact-after-rod": "Женщина 48 лет, род. [[D|03111975]], наблюдается у эндокринолога.",
    "compact-after-caps-dr": "ДР [[D|19750311]]. Жалобы на слабость.",
    # machine exports: a field name that says "date" in any language or spelling, then the export's signs
    "json-camel-case-key": '{"ward": "кардиология", "patientBirthDate": "[[D|19611130]]"}',
    "kv-transliterated-key": "event=admit data_rozhd=[[D|30111961]] bed=4",
    "xml-element": "<DateOfBirth>[[D|30111961]]</DateOfBirth>",
    "xml-attribute-value": '<effectiveTime value="[[D|20210504]]"/>',
    "json-timestamp-with-time": '{"admitDateTime": "[[D|202105041730]]"}',
    # digit boxes of a printed form
    "digit-boxes-spaces": "Дата рождения: [[D|3 0 1 1 1 9 6 1]]\nПол: ж",
    "digit-boxes-bars": "Д/р [[D|3|0|1|1|1|9|6|1]]",
    # a day as an ordinal word (dictation, letters), with or without the year
    "ordinal-day-compound": "Контрольная явка [[D|двадцать девятого октября]].",
    "ordinal-day-with-year": "Оперирована [[D|седьмого ноября 2018]] года.",
    # a moment as systems export it, the time and the offset with it; a date glued to its label
    "iso-moment-with-offset": "Результат готов [[D|2023-06-01T08:15:42.120+05:00]]. Гемоглобин в норме.",
    "date-glued-to-label": "Осмотрен, ДР[[D|04.09.1977]], жалоб нет.",
    # a date right after a place is no part of it (any separator, month in words)
    "date-after-town-words": "Паспорт выдан ОВД [[L|г. Кирова]] [[D|5 июня 2008]] г.",
    "date-after-region-spaced": "выдан отделом УФМС по [[L|Пермскому краю]] [[D|07. 09. 2012]]\nСНИЛС нет",
    # a comma-separated export: an ISO date between two cells
    "csv-iso-cell": "17,[[P|Петрова Анна]],[[D|1961-07-30]],3,терапия",
    # English and German address labels of foreign and translated documents, a Latin street in the field
    "address-english-label": "Place of residence: [[L|Kazakhstan, Almaty, Abay Ave 44-17]]\nDiagnosis: J45",
    "address-german-label": "Anschrift: [[L|Schillerstraße 8, 04109 Leipzig]]\nBefund: o.B.",
    # e-mails typed with spaces around the dot
    "email-spaced-dot-at-word": "пишите: [[E|o.sergeeva (at) yandex . ru]]",
    "email-spaced-at-and-dot": "почта [[E|kotov_m @ list . ru]] (для выписок)",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_date_and_email_classes_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    # (a year of an event alone is a date since round 19: test_pii_event_years; a count or grams are none)
    "В отделении выполнено 2016 исследований, курит 20 сигарет в день, масса 2000 г.",
    # ordinal words before other nouns; a number glued to a lab name without a four-digit year
    # "address" as an English verb is no label
    "We address the pain first; the plan: rest.",
    "После второго курса и третьего приема стало лучше. Диабет второго типа. АЛТ12.03 ед/л",
    # eight digits with no date word before them: a lot, an order number
    'Лот 11031975, заказ "batch": "20210504".',
    "и др. 12 пациентов осмотрены, род. деятельность в норме",
]


@pytest.mark.parametrize("text", CLEAN)
def test_year_like_numbers_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []


def test_digit_boxes_must_be_a_calendar_date() -> None:
    text = "Дата: 3 2 1 3 1 9 6 1"  # day 32, month 13: boxes of something else
    assert date_at(text, 5, len(text)) is None
    text = "Дата: 1 9 6 1 1 1 3 0"  # year first
    assert date_at(text, 5, len(text)) == (6, len(text))


@pytest.mark.parametrize("value", ["30111961", "19611130", "3 0 1 1 1 9 6 1", "3|0|1|1|1|9|6|1"])
def test_compact_and_boxed_dates_get_a_date_surrogate_in_their_layout(value: str) -> None:
    import datetime as dt
    import random

    from medsyn_dataset.validation.pii.surrogate_dates import shift_date

    moved = shift_date(value, dt.timedelta(days=40), random.Random(0))
    assert moved != value
    assert [ch for ch in moved if not ch.isdigit()] == [ch for ch in value if not ch.isdigit()]
    digits = "".join(ch for ch in moved if ch.isdigit())
    day_first = value[0] == "3"
    day, month, year = (digits[:2], digits[2:4], digits[4:]) if day_first else (digits[6:], digits[4:6], digits[:4])
    assert (int(year), int(month), int(day)) == (1962, 1, 9)  # 30 November 1961 + 40 days
