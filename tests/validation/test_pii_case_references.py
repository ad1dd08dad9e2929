"""PII that generalises (issue #10, round 15): references to one patient's case and identifiers in exports
(:mod:`medsyn_dataset.validation.pii.case_references`, the record grammar's УНРЗ, a form's Goznak series, flat
exports' bars and INI sections, a SNILS as a CSV cell, an HL7 SNILS one field late, one reader of foreign passports).
Marks as in :mod:`support.pii_marks`; every example is written for this file."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner, case_references
from medsyn_dataset.validation.pii.case_references import case_reference_numbers

CASES = {
    # an archive's cipher: fund, inventory, file (the sheets after it are pages of the file)
    "archive-soviet-fund": "Выдана архивная справка. Основание: [[M|ф. Р-112, оп. 2, д. 45]], л. 3-7.",
    "archive-words": "История болезни хранится: [[M|фонд 9, опись 3, дело 1204]]; выдача по запросу.",
    "archive-compact": "Карта сдана в архив ([[M|ф.17,оп.2,д.5581]]).",
    # a commission's protocol: the commission named on its line
    "protocol-vk-series": "По решению врачебной комиссии (протокол [[M|ВК-2215]]) продлён ЭЛН.",
    "protocol-vk-slash": "Заседание КЭК, протокол [[M|118/25]], рекомендована госпитализация.",
    "protocol-sign-short": "Вопрос рассмотрен на консилиуме, протокол № [[M|7]].",
    "protocol-between": "Протокол заседания ЦВКК № [[M|34-2]] приложен.",
    # an anonymous patient's code after "шифр"/"код"
    "cipher-anon": "Обследован анонимно под шифром [[M|ан-20419]], результат сообщён лично.",
    "cipher-slash": "Лечится анонимно, шифр [[M|Н512/24]].",
    "code-dashed": "Явиться за результатом, назвав код [[M|АК-2024-0915]].",
    # a number on the line after its label
    "next-line-certificate": "Номер медицинского заключения\n[[M|4410/М-25]]\nДата выдачи",
    "next-line-sign": "№ истории болезни\n[[M|Б-7781/24]]\nОтделение: терапия",
    # a hospital's notices about one patient: to the police, to the epidemiologists
    "notice-police": "Дежурному ОП\nТелефонограмма № [[M|112-т]]\nПередаём, что доставлен пострадавший.",
    "notice-epid": "Экстренное извещение № [[M|0457]] передано в Роспотребнадзор.",
    # a federal register's entry number
    "unrz": "Сведения внесены в регистр, УНРЗ: [[M|4410293312]].",
    # a driver's medical certificate: the region's digits and two capitals of a Goznak blank's series
    "goznak-series": "Медицинское заключение (форма 003-В/у)\nСерия [[M|77 АВ]] № [[M|120043]]",
    # a flat export: pairs joined by bars; an INI section names the paper of its "number"
    "bars-passport": "FAM=[[P|ОРЛОВА]]|DR=[[D|1990-04-02]]|DOCTYPE=14|DOCSER=[[Pa|4512]]|DOCNUM=[[Pa|778812]]|W=2",
    "ini-section": "[referral]\nnumber=[[M|2231-2025]]\nprofile=терапия",
    "ini-section-grouped": "[prescription]\nnumber=[[M|61-004512]]\ndays=10",
    "ini-section-after-text": "Жалоб нет. [sick_leave_certificate]\nnumber=[[M|77120-24]]\n",
    "json-paper-key": '{"fio": "[[P|Орлова А.Б.]]", "referral": "[[M|НП-440912]]", "fit": true}',
    # a SNILS as a whole cell of a comma-separated row
    "csv-snils": "ФИО,СНИЛС,Должность\n[[P|Орлова Анна Борисовна]],[[S|112-233-445 95]],кладовщик\n",
    "csv-snils-digits": "№,ФИО,СНИЛС\n1,[[P|Орлова Анна Борисовна]],[[S|11223344595]]\n",
    # an HL7 PID-20 (a driver's licence, never 11 digits in Russia) holding a SNILS one field late
    "hl7-pid20-snils": "PID|1||[[M|7781234]]^^^MIS^MR||[[P|ОРЛОВА^АННА]]||[[D|19900402]]|F||||||||||||[[S|11223344595]]\n",
    # a foreign passport's Latin series of any length, read by one module
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "foreign-passport-short": "Гражданин Армении, паспорт [[Pa|AT 123456]], полис ДМС оформлен.",
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "foreign-passport-comma": "Паспорт [[L|Республики Таджикистан]], [[Pa|A 12345678]] выдан 2019.",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_case_references_are_found(scanner: PiiScanner, name: str) -> None:
    text, spans = planted(CASES[name])
    check_planted(scanner.scan(text), text, spans)


CLEAN = {
    # ICD and service codes after "шифр"/"код", an organisation's code, a bare step of a protocol
    "icd-cipher": "Диагноз: шифр F10.2, код услуги A16.20.036, код МКБ J45.0, шифр C50.",
    "org-code": "Код подразделения 770-001 указан в паспорте; код услуги B01.047.001.",
    "chemo-protocol": "Химиотерапия по протоколу FOLFOX, 4 курс; протокол операции прилагается.",
    "protocol-step": "Вакцинация по протоколу 2 этапа, доза 0,5 мл.",
    # a commission's protocol needs a commission: a study's protocol is none
    "study-protocol": "Исследование выполнено по протоколу 118/25 лаборатории, результат в норме.",
    # "оп." and "д." as abbreviations of a surgery and a size
    "surgery-size": "Ф. 003/у, п/оп. период, д. 5 см, Hb 121 г/л.",
    # a label line of another number: a ward's, a course's (values long enough for the next-line rule to read)
    "next-line-ward": "Номер палаты\n312\nДиета: стол 9",
    "next-line-course": "Номер курса\n2024-2\nДоза 250 мг",
    # a label line naming no patient paper and no record: a batch's, an ampoule's, a tube's number
    "next-line-batch": "Вакцина введена.\nНомер партии\n123456\nСрок годности: до конца года",
    "next-line-ampoule": "Номер ампулы\nA12345\nВведено внутримышечно.",
    "next-line-tube": "Номер пробирки\n2024-031\nМатериал: кровь",
    # a treatment's or a study's protocol near a commission's word is no commission's protocol
    "consilium-treatment-protocol": "Онкоконсилиум: лечение по протоколу ОЛЛ-2009, затем поддерживающая терапия.",
    "consilium-protocol-latin": "Решение консилиума: продолжить лечение по протоколу BFM-2002.",
    "consilium-protocol-year": "Консилиум рекомендовал терапию согласно протоколу МБ-2015.",
    "commission-chemo-protocol": "Комиссия рекомендовала протокол химиотерапии 1234 в прежних дозах.",
    # a notice's form code is the kind of paper, not its number
    "notice-form": "Заполнено извещение (форма № 058/у), передано.",
    # a decimal in prose, an INI file of settings
    "decimal": "Калий 4,564 ммоль/л, натрий 140.",
    "ini-settings": "[settings]\nnumber=5\nlimit=20",
    "json-text-paper": '{"conclusion": "годен к работе", "referral": "к неврологу"}',
    # a paper's key holding a count or a date, not a numbered series
    "json-paper-count": '{"conclusion": "1500", "status": "ok"}',
    "flat-paper-date": "conclusion=20240315\nstatus=done",
    "ini-paper-count": "[prescription]\nnumber=2500\ndays=10",
}


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_look_alikes_stay_clean(scanner: PiiScanner, name: str) -> None:
    text = CLEAN[name]
    found = [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type != "PHONE_NUMBER"]
    assert found == [], found


_PASSES = ("archive_ciphers", "commission_protocols", "anonymous_codes", "case_files", "next_line_numbers")


@pytest.mark.parametrize(("text", "expected"), [
    ("Жалобы на головную боль. АД 120/80 мм рт.ст., ЧСС 72 в мин. Назначен парацетамол 500 мг 2 р/д.", 0),
    ("Жалоб нет. Протокол ВК приложен.", len(_PASSES)),
    ("Жалоб нет. № 12 в очереди.", len(_PASSES)),
])
def test_case_references_run_their_passes_only_with_their_words(monkeypatch: pytest.MonkeyPatch, text: str,
                                                                 expected: int) -> None:
    """The gate: a note with none of the passes' words or signs runs none of their regexes (counted by stubs)."""
    calls: list[str] = []

    def counting(name: str) -> Callable[[str, str], Iterator[tuple[int, int, float]]]:
        def stub(text: str, lower: str) -> Iterator[tuple[int, int, float]]:
            calls.append(name)
            return iter(())
        return stub

    for name in _PASSES:
        monkeypatch.setattr(case_references, name, counting(name))
    assert list(case_reference_numbers(text, text.lower())) == []
    assert len(calls) == expected


# a label naming the patient (a record's noun) and another number's noun: the phone's or the policy's, not a record's
OTHER_NUMBER_LABELS = ("Номер телефона пациента\n84951234567\n", "Номер полиса пациента\n7745201234567890\n",
                       "Номер палаты пациента\n312\n")


@pytest.mark.parametrize("text", OTHER_NUMBER_LABELS)
def test_next_line_other_numbers_stay_out(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    assert list(case_references.next_line_numbers(text, text.lower())) == []
    # (and the value is one the rule reads: without the other numbers' nouns it would be taken)
    monkeypatch.setattr(case_references, "_OTHER_LABEL", re.compile(r"(?!)"))
    assert list(case_references.next_line_numbers(text, text.lower())) != []



# look-alikes whose value is some other type's, never a record number
NOT_RECORDS = {
    # a study's protocol after a commission's sentence: its "2021-03" is a year and a month
    "commission-study-protocol": "Врачебная комиссия. Протокол исследования 2021-03 одобрен этическим комитетом.",
}


@pytest.mark.parametrize("name", sorted(NOT_RECORDS))
def test_look_alikes_are_no_record_numbers(scanner: PiiScanner, name: str) -> None:
    text = NOT_RECORDS[name]
    found = [text[e.start : e.end] for e in scanner.scan(text) if e.type == "MEDICAL_RECORD_NUMBER"]
    assert found == [], found
