"""PII round 6 (issue #10): dates with any separator and in English, e-mails internationalised or
spelt out, and Latin-script documents (names, addresses, passports).

Same notation as ``test_pii_cues`` (``[[KIND|value]]``, see ``support.pii_marks``): every marked
span is found with its type and nothing unmarked is flagged. Examples are written for these tests
(not taken from the benchmark).
"""

from __future__ import annotations

import re

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.dates import is_calendar_date
from medsyn_dataset.validation.pii.latin import latin_names
from medsyn_dataset.validation.pii.latin_addresses import latin_addresses

CASES = {
    # one separator between day, month and year, whichever it is, a space after it or not
    "date-comma-separated": "Повторный приём [[D|03,11,2021]], принести выписки.",
    "date-spaced-stops": "Родилась [[D|7. 04. 1988]] в срок.",
    "date-slash-spaced": "Выписан [[D|21/ 02/ 2020]] под наблюдение.",
    # a month word between the separators of a numeric date
    "date-month-word-between-stops": "Дата операции: [[D|9.ноября.2015]]",
    "date-month-abbreviation-between-dashes": "Явка [[D|05-дек-2022]] к терапевту.",
    "date-month-word-between-slashes": "Анализы от [[D|18/марта/2019]] без особенностей.",
    # US order when the day-first reading is no date
    "date-us-order": "Referral dated [[D|11/28/2020]] attached.",
    # English month names: day first, month first, capitals, a two-digit year, ordinals
    "date-english-day-month-year": "Выписка из клиники Шарите от [[D|4 Feb 2019]].",
    "date-english-month-day-year": "Biopsy performed on [[D|November 2, 2017]] in Vienna.",
    "date-english-capitals-short-year": "Visit: [[D|21 OCT 19]]\nСостояние удовлетворительное.",
    "date-english-dashes": "Specimen received [[D|30-Jan-2024]]; гемоглобин 121 г/л.",
    "date-english-ordinal": "Consultation on the [[D|2nd March 2022]] in Riga.",
    "date-english-month-year": "Перенёс операцию за рубежом в [[D|June 2016]].",
    "date-month-year-dash": "Наблюдается с [[D|Oct-2020]], до этого с [[D|май/2018]].",
    "date-spaces-around-separators": "Скан: дата выдачи [[D|03 / 11 / 2017]] печать.",
    "date-english-no-year-capitalised": "Seen by the cardiologist on [[D|Nov 3]] and on [[D|14 Dec]].",
    "date-english-period-abbreviation": "Discharged [[D|Sept. 9, 2018]].",
    "date-english-birth-cue-year": "Name withheld. DOB: [[D|1961]], male.",
    "date-month-short-year-after-cue": "Наблюдается с [[D|09/17]], обострений не было.",
    "date-german-month": "Из немецкой выписки: Aufnahme am [[D|7. März 2022]], Entlassung [[D|14. Apr. 2022]].",
    # bare links: Cyrillic domains, shorteners
    "url-cyrillic-bare": "Записаться можно на [[U|детская-поликлиника.рф/запись]] онлайн.",
    "url-shortener": "Памятка: [[U|bit.ly/4kLm9q]]",
    # e-mails: Cyrillic domains, spelt-out "@" and dots
    "email-cyrillic-domain": "Ответ направить на [[E|kardio@областная-больница.рф]] до пятницы.",
    "email-brackets": "Почта сына: [[E|petrov.oleg(at)gmail.com]], звонить вечером.",
    "email-spelt-dot": "Адрес почты [[E|smirnova [at] yandex [dot] ru]] со слов.",
    "email-dictated-russian": "Продиктовала: [[E|lena собака bk точка ru]]; перезвонить.",
    "email-braces": "пишет с [[E|k.orlov{at}inbox.ru]]",
    "email-spaced-at": "почта дочери [[E|nadya.k @ mail.ru]], просила писать туда.",
    # Latin-script names: after a cue, before an e-mail or a birth mark, with a patronymic
    "name-after-english-cue": "Patient: [[P|SOROKINA Alla Viktorovna]]\nDiagnosis: I10",
    "name-surname-comma-given": "Insured person: [[P|Belov, Igor]], policy pending.",
    "name-mail-header": "От: [[P|Olga Pavlovna Kim]] <[[E|olga.kim@list.ru]]>\nТема: справка",
    "name-initial-inside": "From: [[P|Denis K. Morozov]] <[[E|dmorozov@rambler.ru]]>",
    "name-before-birth-mark": "Translated summary: [[P|ZAITSEV ROMAN]], DOB [[D|12/09/1979]], в стационаре 10 дней.",
    "name-patronymic-no-cue": "Перевод заверен. Сопровождает [[P|Timur Rashidovich Aliev]] по договору.",
    "name-surname-field-alone": "Surname: [[P|LEBEDEVA]]\nGiven names: [[P|IRINA]]\nSex: F",
    "name-after-title": "Консультирована Dr. [[P|Hoffmann]] по видеосвязи.",
    "name-field-without-colon": "Patient [[P|KOZLOV Artem]], 52 y.o., admitted",
    "name-after-russian-title": "Консультирована доктор [[P|Lindqvist]] (Стокгольм), рекомендации учтены.",
    "name-letter-closing": "Заранее спасибо.\nС уважением,\n[[P|Marina Orlova]]\n",
    "name-display-cyrillic": "Переслано пациенткой.\nОт: [[P|Зоя Ильинична Гаврилова]] <[[E|zoya.g@list.ru]]>\nТема: анализы",
    "name-display-quoted": 'To: "[[P|Fedorov, Pavel]]" <[[E|pf@inbox.ru]]>',
    "display-name-of-an-office-is-no-person": "Ответ направлен: Регистратура Поликлиники <[[E|reg@gp5-omsk.ru]]>",
    "name-slash-booking-style": "Boarding record: Name: [[P|SEMENOVA/OLGA]] MRS, seat 14C.",
    "german-letter-fields": "Patientin: Frau [[P|Nina Belova]], geb. [[D|02.11.1958]]\nAnschrift: [[L|Ringstr. 12, 04109 Leipzig]]\nReisepass: [[Pa|71 2345678]]",
    # Latin-script addresses and passports after their cues
    "address-city-field": "City: [[L|Kaluga]]\nОбратилась впервые.",
    "passport-for-travel-abroad": "Passport: [[Pa|72 4455667]], действителен.",
    "address-in-running-english": "The patient lives at [[L|14 Lenina st., Tula]] with his wife.",
    "address-after-english-cue": "Home address: [[L|12 Gagarina ave., apt. 4, Saratov, 410012]]\nPhone:",
    "address-russian-cue-latin-value": "Адрес (из загранпаспорта): [[L|Tver, Russia]]. Жалоб нет.",
    "address-place-of-birth": "Place of birth: [[L|Murmansk, USSR]]; citizenship RF.",
    "passport-english-cue": "Passport No. [[Pa|45 08 N123456]]\nIssued by",
}

CLEAN = [
    "Rp.: Tab. Metformini 500 mg, Sol. Natrii chloridi 0,9% 200 ml. HbA1c 7,2%.",
    "ФИО: XXX XXX\nАдрес: NN",
    "MEDICAL CERTIFICATE\nDIAGNOSIS: ESSENTIAL HYPERTENSION",
    "Доза 1,5, 2,5 и 5 мг; соотношение 2/3; АЛТ 14.09; ОАК 3,12,45.",
    "Укусила собака во дворе, рана обработана. Точка входа иглы чистая.",
    "Шкала 31.02.2019 невозможна как дата; показатель 13/13/2013 — код.",
    "Name of the drug: Aspirin Cardio. From Moscow Clinic to Berlin Charite.",
    "ВАШ 07/10, индекс 03/18 баллов; доза 05/16 мг.",
    "Region: stable condition. Street: none.",
    "Per os, at night. Dose may be increased to 10 mg. Take 1 tab in may 5 days.",
    "Вес 70 @ 5 раз; p.o., t.i.d., a.m., Ph.D, i.v.",
    "Lab: CRP 12 mg/L, WBC 9.1, Hb 132 g/L. Follow-up in 3 months.",
]


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_every_format_is_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []


def test_calendar_validation() -> None:
    assert is_calendar_date(29, 2) and is_calendar_date(31, 12)
    assert not is_calendar_date(31, 4) and not is_calendar_date(30, 2) and not is_calendar_date(5, 13)


def test_latin_spans_are_exact() -> None:
    text = "Patient: Ivanova, Daria, DOB 1 May 1990\nAddress: Lenina st. 5-12, Kursk. Жалобы на боль."
    assert [text[a:b] for a, b in latin_names(text)] == ["Ivanova, Daria"]
    assert [text[a:b] for a, b in latin_addresses(text)] == ["Lenina st. 5-12, Kursk"]


def test_a_latin_field_ends_at_the_next_label() -> None:
    text = "Address: 5 Mira st., Omsk, phone +7 913 000 00 00"
    assert [text[a:b] for a, b in latin_addresses(text)] == ["5 Mira st., Omsk"]


# ----- surrogates of the new shapes --------------------------------------------------------------
def test_latin_names_get_latin_surrogates_consistently(scanner: PiiScanner) -> None:
    from medsyn_dataset.validation.pii.surrogates import surrogate_redact

    text = ("Patient: SOROKINA Alla Viktorovna\nAddress: 12 Gagarina ave., Saratov\n"
            "Signed by SOROKINA Alla. From: Belov, Igor <ibelov@list.ru>")
    out = surrogate_redact(text, scanner.scan(text), seed=7)
    for original in ("SOROKINA", "Alla", "Viktorovna", "Gagarina", "Saratov", "Belov", "Igor", "ibelov"):
        assert original not in out
    lines = out.splitlines()
    surname = lines[0].split()[1]
    assert surname.isupper() and surname.isascii() and surname.endswith("A")  # capitals, Latin, female kept
    assert f"Signed by {surname} " in out  # the same person, the same surrogate
    assert re.search(r"From: [A-Z][a-z]+, [A-Z][a-z]+ <", out)  # "Surname, Given" kept


@pytest.mark.parametrize(("value", "fmt"), [
    ("16 MAR 82", "%d %b %y"), ("Aug 13, 2021", "%b %d, %Y"), ("06/26/1947", "%m/%d/%Y"), ("14,09,2023", "%d,%m,%Y"),
    ("3 June 2021", "%d %B %Y"),
])
def test_new_date_shapes_move_to_valid_dates_in_their_format(value: str, fmt: str) -> None:
    import datetime as dt
    import random

    from medsyn_dataset.validation.pii.surrogate_dates import shift_date

    moved = shift_date(value, dt.timedelta(days=-137), random.Random(0))
    assert moved != value
    before, after = (dt.datetime.strptime(v.title() if "%b" in fmt else v, fmt) for v in (value, moved))
    assert (after - before).days == -137
