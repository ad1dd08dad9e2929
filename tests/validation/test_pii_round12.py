"""PII that generalises (issue #10, round 12): inpatient and emergency-care records.

Each case is made up here (not taken from the benchmark), with clean look-alikes beside it: a document's
series and number as XML attributes of the element that names the document; a label alone on its line
with the value on the next; a surname after a ward reference or a handover verb; an acquaintance, a
caller, an anaesthetist; a dictated patient's name in lower case; a day and month after words of a first
episode, a past illness, the onset or an assault; dates written without separators, with OCR look-alike
letters, or as "dd.mm yyyy"; letter-spaced short document labels; a local phone as the field after an
address in a list row; a table's staff column and a "|" header pasted after a sentence; a first name that
is one letter from a label.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

CASES = {
    # the element names the document, its attributes the parts (series, number), in any schema's words
    "xml-passport-attributes": '<Person>\n  <Passport serial="[[Pa|4512]]" number="[[Pa|600731]]"/>\n</Person>',
    "xml-identity-doc-series": '<IdentityDocument series="[[Pa|71 04]]" num="[[Pa|338102]]" kind="21"/>',
    "xml-policy-number-attribute": '<Polis number="[[O|5099 8830 1274 0065]]"/>',
    # a card of one field per line: the label's line, then the value's
    "phone-label-above-number": "Паспорт\n[[Pa|4509 221873]]\nКонт. тел.\n[[T|214-77-05]]\nОтд. 3",
    "mobile-label-above-number": "Мобильный телефон\n[[T|8 921 300 14 77]]\n",
    # a handover sheet lists patients by room; surnames that are also words ("Соколов": of falcons) included
    "ward-dash-surname": "Передача смены, пост 3.\nпал. 14 — [[P|Соколов]]: температура 37,2.\nпалата 6: [[P|Лапина]], спит.",
    "ward-dative": "Пациентке пал. 8 — [[P|Осиповой]]: в 21:00 гепарин 5000 ЕД.",
    "ward-with-initials": "пал. 2/1 - [[P|Дьячков В.С.]]: повязка сухая.",
    # the person on duty after a verb of handing over, whatever comes after the name
    "shift-handed-over": "Смену сдала [[P|Зуева]], приняла [[P|Гончаренко Е.А.]]",
    "call-received-by": "Справки о состоянии даны. Приняла [[P|Тихонова]].\nДежурный врач",
    "message-received-at-place": "Сообщение передано, принял в ОП: [[P|Лаптев]], 02:15.",
    # an acquaintance or a colleague calls as a relative does; an anaesthetist signs as a nurse does
    "acquaintance-calls": "Вызывающий: знакомый [[P|Рябов]], тел. [[T|8-921-440-17-09]]",
    "acquaintance-full-name": "Вызывающий: знакомая [[P|Ильина Ванда Олеговна]]",
    "anaesthetist": "Анестезист [[P|Комаров]], анестезиолог [[P|Р. Д. Фомин]]",
    # a day and month without a year after an event word: a first episode, a past illness, the onset, an assault
    "first-call-date": "Обращение повторное (первичное [[D|14.02]]), жалобы прежние.",
    "past-infarction-date": "Перенесла ОНМК: [[D|11.09]], без последствий. Перенесённый инфаркт [[D|04/23]].",
    "onset-date-in-a-list": "Даты: заболевания [[D|02.03]]; обращения [[D|04.03.2025]]",
    "assault-date-and-time": "Со слов, избита [[D|19.05 около 22:30]] во дворе.",
    # a whole date written without separators after an event word
    "compact-date-after-event": "Прививка против кори [[D|12041990]], анализ мочи сдан [[D|20240118]].",
    # a scanned date whose digits came back as look-alike letters (В/B 8, S 5, О/O 0, l/I 1, З 3, б 6)
    "ocr-date-eight-and-zero": "Дата рождения\n[[D|0В.1О.1977]]\nПол: м",
    "ocr-date-five": "Выписан [[D|1S.03.2О19]] под наблюдение.",
    "ocr-date-letters-side-by-side": "Дата осмотра: [[D|Оl.12.2022]]",
    # a short document label letter-spaced in a printed form's header, its value on the next line
    # a local number as the field after an address in a list row; "раб." / "дом." naming a number in a phone list
    "home-visit-row": "3) [[P|Зайцева Н.К.]], 77 л. — [[L|с. Ольховка, ул. Садовая, д. 14]] — [[T|2-41-09]] — давление",
    "work-number-in-list": "Родные: [[T|8 912 004 17 33]] (дочь); раб. [[T|44-02-19]]",
    # a verb of calling names who calls; a short first name after it
    "caller-first-name": "Звонит [[P|Люба]], тел.: [[T|8-921-300-12-40]]",
    # a day and month joined by a stop and the year after a space: a date, even after a document's word
    "stop-space-year": "Справка выдана [[D|03.09 2021]]; повторно [[D|7/10 2022]].",
    # a table's staff column: the attending doctor of a ward list, the nurse of a vaccination record
    "ward-list-attending": "| Койка | Больной | Лечащий врач |\n|---|---|---|\n| 4 | [[P|Гусева А.Т.]] | [[P|Прохоров]] |\n",
    "vaccination-nurse": "| Дата | Вакцина | Медсестра |\n| [[D|12.05.2018]] | АДС-М | [[P|Ковалёва]] |\n",
    # a list row names the patient by surname and abbreviated age
    "list-row-surname-age": "Вызовы:\n1) [[P|Зуев]], 60 л. — давление\n2) [[P|Лаптева]], 7 л. — ОРВИ",
    # an HL7 field's moment, year first with hours and minutes
    "hl7-field-moment": "PV1|1|I|||||||||||||||||||||||||||||||||||||||||[[D|202311040915]]|\n",
    # a first name one letter from a label ("Полина", "полиса") is a person, and the number after it a phone
    "first-name-not-a-label": "- сестра: [[P|Орлова Полина]] — [[T|89031234412]], вечером",
    # a journal's "|" header pasted after a sentence with numbers in it: the header starts after the sentence
    "pasted-bar-header": "Боли 2-3 дня. № | Дата | Ф.И.О. | Адрес | Исход\n17 | [[D|2.4.25]] | [[P|Белов К.С.]] | [[L|Ува, Лесная 4-12]] | домой\n",
    # a dictation names the patient in lower case after the word for them, in its case
    "dictated-patient-name": "осмотр пациентки [[P|галины суворовой]] запятая жалобы на кашель",
    "spaced-inn-label": "Паспорт\n[[Pa|4602 118830]]\nИ Н Н\n[[I|7707 083893 24]]\n",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_round12_layouts_are_found(scanner: PiiScanner, name: str) -> None:
    text, spans = planted(CASES[name])
    check_planted(scanner.scan(text), text, spans)


CLEAN = {
    # a part attribute of an element that names no document (a ward, a lab panel, a drug's batch)
    "xml-ward-number": '<Ward number="12" bed="4"/><Panel number="3" series="2"/>',
    # a short cue alone on its line names no field; the next line's doses and pressures stay clean
    "short-cue-then-dose": "Назначено: т.\n5 мг 2 раза в день",
    "phone-label-then-pressure": "Телефон\n130/80 мм рт. ст. вечером",
    "phone-label-then-count": "Телефон\n2 раза звонили, без ответа",
    # a drug after a ward or after "принял": no surname reading, or a dose or an object after it
    "ward-then-drug": "пал. 5 — Бисопролол 5 мг утром.\nпал. 6 — Аспирин кардио.",
    "took-a-drug": "Принял Анальгин 1 таб., затем Пенталгин внутрь. Сдал кровь на ОАК.",
    "ward-then-word": "палата 4: Осмотр без особенностей.",
    # "знак" is still a sign's eponym cue; "знакомая" an ordinary adjective before a common noun
    "sign-eponym": "Знак Кернига отрицательный, знакомая ситуация для пациента.",
    # values after the new event words stay clean: lab values and sizes are no day and month
    "past-illness-then-values": "Перенёс ОРВИ, t 37.5, Hb 12.10; перенесла 2 операции, ЛЖ 10.05 см.",
    "onset-then-dose": "С начала заболевания принимает 10.05 мг/кг, первичная доза 5.0 мл.",
    # letters beside numbers that make no calendar date, or no date shape at all
    # a dashed number between dashes with no address field before it, nor a phone word: no phone
    "bare-dashed-number": "Осмотр — 25-14-56 — без изменений; дом. 12-14, раб. 5 дней.",
    "callers-are-services": "Звонит Скорая помощь, звонят Из поликлиники.",
    # a staff column's specialty in lower case, a volume in litres after a drug
    "staff-column-specialty": "| Специалист | Врач |\n| Кардиолог | терапевт |\n",
    "litres-after-drug": "Физраствор, 2 л. в/в капельно; Метформин, 5 л. назад отменён.",
    # twelve digits in a field that make no moment (minutes 99), or no date at all
    "hl7-field-no-moment": "OBX|1|NM|||202405061799|770123456789|",
    # a sentence, then a row of values with bars and no header: no table to type
    "bars-after-sentence": "АД 140/90. Пульс 80 | ритмичный | ЧДД 18",
    # the patient word before a verb or a common noun in lower case: no name
    "patient-word-then-verb": "пациента беспокоит боль, пациентка жалуется на слабость, пациенту назначено лечение.",
    "lookalikes-no-date": "Отведения V5-V6, S1Q3T3, сегмент S6, B12 400 мкг, кл. В 12.5.",
    "lookalike-day-out-of-range": "Код S1.02.2019-B, отведение В1.32.2020",
}


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_round12_look_alikes_stay_clean(scanner: PiiScanner, name: str) -> None:
    text = CLEAN[name]
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []


def test_a_samples_number_is_no_phone(scanner: PiiScanner) -> None:
    """A sample's or container's label number is read by the phone matcher as a possible number; the sample
    word before it says what it is (a record number, whichever recognizer types it: never a phone)."""
    text = "Проба мочи маркирована 52-18 330417, контейнер 4471 20931."
    assert [text[e.start : e.end] for e in scanner.scan(text) if e.type == "PHONE_NUMBER"] == []
