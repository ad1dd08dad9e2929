"""PII that generalises (issue #10, round 13): numbers of a patient's papers by their standard
(:mod:`medsyn_dataset.validation.pii.patient_papers`). Marks as in :mod:`support.pii_marks`."""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.patient_papers import patient_paper_numbers

CASES = {
    # civil-status certificates: a Roman numeral, two Cyrillic capitals, six digits, with or without a cue
    "civil-birth-cue": "Предъявлено свидетельство о рождении [[M|II-ЛО 045512]] на ребёнка.",
    "civil-death-sign": "Св-во о смерти: [[M|XIV-АГ № 700231]], выдано отделом ЗАГС.",
    "civil-marriage-bare": "Брак зарегистрирован, [[M|VI-РК 123098]]. Жалоб нет.",
    "civil-number-label": "свид-во о рожд. серии [[M|VII-ЛБ номер 220145]], выдано повторно",
    "civil-cyrillic-numeral": "свидетельство о рождении [[M|Х-ИК 334455]] (Х набрано кириллицей)",
    # a medical form's series, then its number: the series is one more field of the paper
    "series-prescription": "Выписан рецепт ф. 148-1/у-88, серия [[M|77-04]] № [[M|0012345]].",
    "series-conclusion-next-line": "Медицинское заключение о годности к управлению ТС\nСерия [[M|12 345]] № [[M|678901]]",
    # (a series of letters alone names a print run, not this paper: left as it is)
    "series-letters": "Справка (форма 086/у) серия АБ № [[M|553201]] выдана для поступления.",
    # voluntary and foreign health insurance: the insurer's number of this contract
    "dms-slash": "Пациентка застрахована по ДМС, договор № [[M|12-004417/25]], гарантийное письмо получено.",
    "dms-prefix": "Полис добровольного медицинского страхования № [[M|ВСК-0091827]].",
    "dms-letters-inside": "Полис ДМС: [[M|001-SB-1234567]], страховая компания, франшиза нет.",
    "insurance-english": "Travel insurance policy no. [[M|TI-88213004]], Allianz.",
    # a foreign state's passport (Latin series)
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "foreign-passport-latin": "Мать ребёнка — гражданка Казахстана, паспорт [[Pa|N12345678]].",
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "foreign-passport-english": "Passport number: [[Pa|GB 5512093]]; visa valid.",
    # a migration card's eleven digits, a mobile's shape
    "migration-card": "Гражданин Таджикистана, миграционная карта [[M|79 21 1234567]], патент оформлен.",
    # a medical passport: a paper of this person's health
    "health-passport": "Паспорт здоровья работника № [[M|2231-04]], периодический осмотр пройден.",
    # benefit certificates: the status the office certifies, after or before the word
    "benefit-after": "Удостоверение ветерана боевых действий № [[M|БД 112233]].",
    "benefit-before": "Инвалид II группы, удостоверение № [[M|004512]] от соцзащиты.",
    # an emergency call's number said aloud
    "call-spoken": "Поступил вызов, номер [[M|4471]], выезд в 03:15.",
    "call-number-of": "номер вызова [[M|2210-26]] повод боль в груди",
    # a protocol on a strict-accountability blank
    "protocol-blank": "Доставлен сотрудниками ДПС, протокол о направлении на медицинское освидетельствование [[M|50 АК 771203]].",
    # a laboratory order's number: eight digits and more after "анализ"
    "lab-order-sms": "Ваш анализ по заказу № [[M|20260311045]] готов, результаты в личном кабинете.",
    # a lab table's specimen column by its bare name
    "table-specimen": "Образец | Показатель | Значение\n[[M|40012345]] | Гемоглобин | 131 г/л\n[[M|40012346]] | СОЭ | 12 мм/ч",
    "table-barcode": "| Штрихкод | Исследование |\n|---|---|\n| [[M|LB-7720015]] | ОАК |",
    # an export's paper element: its number child, as its number attribute
    "xml-referral-number": "<Napravlenie>\n  <Nomer>[[M|5512-20]]</Nomer>\n  <Date>[[D|2026-03-01]]</Date>\n</Napravlenie>",
    "xml-prescription-parts": "<Prescription><Series>[[M|77-04]]</Series><No>[[M|0012345]]</No></Prescription>",
    # twins' case histories joined by "и"
    "list-and": "Новорождённые, и/б № [[M|1204/1]] и [[M|1205/2]], переведены в ОПН.",
}

CLEAN = [
    # Roman numerals with letters and digits that are no certificate: a stage, a degree, a ward, a count
    "ХСН II-А ФК 3, АГ III ст., риск 4. СД 2 типа.",
    "Рак молочной железы IIIB, T2N1M0; курс ПХТ II-ой линии 6 циклов.",
    # a series that names a drug's lot, not a paper's
    "Вакцина Превенар 13, серия 1234 № 556677, годна до 12.2026.",
    "Рецепт выписан. Препарат серии AB № 123456 возвращён в аптеку.",
    # a Russian passport: no Latin series, not read here (the passport rules type it); no ДМС contract's number
    "Паспорт гражданина РФ 4509 123456 выдан ОВД.",
    "Полис ДМС отсутствует, лечение платное.",
    "По ДМС с 2024-2025 гг., лимит 50000 руб.",
    "Страховка ДМС действует до 31.12.2026.",
    # a team's, a ward's number after a call; a call at a time
    "Вызов бригады номер 1234 для перевода в ОРИТ.",
    "вызов в 21:40, номер палаты 512",
    # a protocol of an operation or a commission: no blank's series
    "Протокол операции от 03.03.2026: ЛХЭ. ВК протокол 5, заключение МСЭ 12 АБ.",
    # a benefit word without a certificate number, a certificate that names no status
    "Многодетная семья, льготы по лекарственному обеспечению, доза 12,5 мг.",
    # a day list's analysis number, a test's name in a specimen column, a drug's element in an export
    "Анализ № 1234567 от 12.03, повторный анализ № 12.",
    "| Проба | Результат |\n| Манту | 5 мм |\n| с 400 мкг сальбутамола | прирост 15% |",
    "<Drug><Number>5</Number><Dose>500</Dose></Drug>",
]


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_patient_papers_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", CLEAN)
def test_patient_paper_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text) if e.type == "MEDICAL_RECORD_NUMBER"] == []


def test_soviet_passport_stays_a_passport(scanner: PiiScanner) -> None:
    """The civil-status shape is also a Soviet passport's: after a passport's word the passport rule wins."""
    text = "Паспорт СССР старого образца XI-МЮ № 643424, выдан 1985."
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text) if e.type != "DATE_TIME"] == [
        ("RU_PASSPORT", "XI-МЮ № 643424")
    ]


def test_notes_without_papers_give_nothing() -> None:
    text = "Жалобы на боли в эпигастрии после еды. АД 130/80, ЧСС 72. Назначен омепразол 20 мг 2 р/д."
    assert list(patient_paper_numbers(text, text.lower())) == []
