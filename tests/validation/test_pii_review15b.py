"""Review of round 15's PII rules (issue #10): each rule accepts the class it was written for, and the clinical
look-alikes the review found stay clean (signed series of measures, organisations before their phone, eponyms,
delusional self-names, errands and residence times that are no address).
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

CASES = {
    # "+", an assigned country code, unbracketed groups: a phone with or without a phone word (:mod:`.phones`)
    "international-groups-no-cue": "Брат: [[T|+374 91 965 61 31]]\nСестра: [[T|+995-599-12-34-56]]",
    "international-groups-cued": "Тел. сына: [[T|+374 91 965 61 31]], звонить после 18.",
    # a lone first name opening a contact entry before its phone; a name and a surname anywhere (:mod:`.names`)
    "first-name-entry-then-phone": "Кому звонить:\n1) [[P|Маргарита]], тел. [[T|8 921 300 12 45]]\n2) [[P|Зоя]], моб. [[T|8 921 300 12 46]]",
    # a name's Latin spelling after a slash in a name field, and a bilingual form's English caption there (:mod:`.names`)
    "latin-spelling-after-slash": "ФИО: [[P|Нгуен Ван Хунг]] / [[P|Nguyen Van Hung]]\nПол: м",
    "english-caption-after-slash": "Лечащий врач: [[P|Петров Андрей Ильич]] / Attending Physician",
    # "по" and a surname with initials after an administrative noun: whom a request or a complaint is about
    "about-after-request-noun": "Претензия пациента по [[P|Соколовой А. Д.]] рассмотрена; ходатайство по [[P|Р. Т. Лукину]].",
    # the name a patient calls themself: a quoted one, a first name or diminutive that is no ordinary word
    "self-given-diminutive": "Называет себя [[P|Лёхой]], полное имя не говорит; сестра называет себя «[[P|Надя]]».",
    # a home visit's caption with its errand, then an address; an abbreviated residence label before a postcode
    "errand-then-address": "Вызов врача на дом к ребенку: [[L|Тобольск, Лесная 7-31]]. Актив через 2 дня.",
    "abbreviated-residence-postcode": "Прож. [[L|625000, г. Тюмень, ул. Мира 4-12]]\nЖалоб нет.",
}
CLEAN = [
    # a signed series of measures grouped like a phone: an unassigned code, or a unit after (:mod:`.phones`)
    "Прибавка массы тела по неделям: +150 200 180 210 г.",
    "Температура по дням: +38 37 38 37 36 С",
    "Баланс жидкости +500-300-200-100 мл",
    "Доза +50 100 150 200 мг",
    # an eponym: "по" and a surname in the dative with initials after a procedure, a method, a classification
    "Остеосинтез по Илизарову Г.А.",
    "Пластика по Лихтенштейну И. Л., ушивание по Бассини Э.",
    # a delusion's identity after "называет себя" (a name that is also a word, a title)
    "Больной называет себя Наполеоном",
    "Называет себя Императором, требует аудиенции.",
    # a home visit's caption followed by its reason; a residence label before a duration (:mod:`.fields`)
    "Вызов врача на дом по поводу температуры: 38.5 у ребенка",
    "Вызов педиатра на дом по поводу кашля: 3 дня, t 37.8",
]
NO_LOCATION = [
    "Прож. 2 года в Москве",
    "Прож. 10 лет в Тюмени, работает вахтой.",
]
# look-alikes of a person only (their phone, an address, stays PII)
NO_PERSON = [
    # an organisation named with a first name before its phone (:mod:`.names`)
    "Аптека Вита, тел. 8 (495) 123-45-67",
    "Хоспис Надежда, тел. 8 (495) 321-45-67, круглосуточно.",
    "Фонд Вера, тел. 8 800 200 45 67",
]


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_review15_classes_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


@pytest.mark.parametrize("text", CLEAN)
def test_review15_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []


@pytest.mark.parametrize("text", NO_PERSON)
def test_review15_look_alikes_name_no_person(scanner: PiiScanner, text: str) -> None:
    assert [text[e.start : e.end] for e in scanner.scan(text) if e.type == "PERSON"] == []


@pytest.mark.parametrize("text", NO_LOCATION)
def test_review15_a_duration_after_a_residence_label_is_no_address(scanner: PiiScanner, text: str) -> None:
    # (the town named in it is a place all the same: only the duration must not start an address)
    assert [text[e.start : e.end] for e in scanner.scan(text) if e.type == "LOCATION" and text[e.start].isdigit()] == []
