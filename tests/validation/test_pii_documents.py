"""PII that generalises (issue #10, round 8): the numbers of a patient's documents as record numbers.

Each case is made up here (not taken from the benchmark): prescriptions, referrals, certificates,
imaging studies and notices with "№" after or before their noun (:mod:`medsyn_dataset.validation.pii.document_numbers`),
foreign case and accession numbers, DICOM UIDs, words latinised by OCR, record numbers dictated in
words (:mod:`medsyn_dataset.validation.pii.dictated_records`), a table column of document numbers, a
register's glued field names (DOCSER/DOCNUM) and a CSV header after a sentence holding a number.
Clinical look-alikes (a ward, a list item, a form's code, doses, counts said in words) stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.dictated_records import dictated_record_numbers
from medsyn_dataset.validation.pii.export_keys import key_type, key_words
from medsyn_dataset.validation.pii.ocr_homoglyphs import fold_homoglyphs

CASES = {
    # documents named before "№", with a form's code, a series or a date of issue between
    "prescription-form-and-series": "Выписан рецепт (форма 107-1/у) серия и № [[M|77-03-1120045]], повтор через месяц.",
    "prescription-blank-series-apart": "Рецептурный бланк серия [[M|18]] № [[M|004512]] выдан на руки.",
    "referral-dotted": "Направление № [[M|2022.54.00318]] на МСЭ оформлено.",
    "referral-dated": "Направление от [[D|03.02.2021]] № [[M|4471-к]] на консультацию в ОКБ.",
    "birth-certificate": "Медицинское свидетельство о рождении серия [[M|52]] № [[M|330917]] выдано матери.",
    "notice": "Экстренное извещение № [[M|118/23]] передано в ЦГиЭ.",
    "study-sign-after": "КТ ОГК выполнено, исследование № [[M|КТ-22315]], архив PACS.",
    "sick-leave-letter-series": "Открыт листок нетрудоспособности серия ГЖ № [[M|7710452]] с сегодняшнего дня.",
    "certificate-colon-then-series": "Свидетельство о рождении: серия [[M|61]] № [[M|990187]]\nРост 52 см.",
    # the sign before the noun
    "prescription-number-word-before": "Серия и номер рецепта: [[M|33-08-0457712]]; отпущен.",
    "study-sign-before": "№ исследования: [[M|MR20230815]]; заключение прилагается.",
    "referral-sign-before": "№ направления [[M|3310-447]] указан в талоне.",
    # English papers
    "case-number": "Discharge summary. Case No.: [[M|2021/ORT/118]]\nDiagnosis: fracture.",
    "accession-number": "Accession # [[M|CT22018831]] (портал ЛПУ).",
    "order-number": "Lab order no. [[M|55-1024]] принят.",
    # DICOM UIDs: long alone, shorter after a UID cue
    "uid-long": "Серия изображений [[M|1.2.840.113619.2.55.3.604688119.969.1268071029.320]] загружена.",
    "uid-after-cue": "Series Instance UID: [[M|1.2.826.0.1.3680043]]\nПросмотр в архиве.",
    # OCR: Cyrillic capitals read as Latin
    "ocr-latin-card": "MEДИЦИНCKAЯ KAPTA стационарного больного № [[M|5512/22]]\nЖалобы.",
    # dictated in words
    "dictated-history": "номер истории [[M|тридцать два семьсот пятнадцать]] жалобы на кашель",
    "dictated-card-slash": "Карта номер [[M|четыреста один дробь двадцать два]], состояние средней тяжести.",
    "dictated-noun-alone": "история болезни [[M|шестьдесят один двести сорок]] жалобы на слабость",
    "dictated-thousands": "номер амбулаторной карты [[M|девять тысяч сто сорок]] осмотр",
    # a table column of document numbers
    "table-prescriptions": (
        "| № рецепта | Препарат | Дата |\n|---|---|---|\n| [[M|12-40-0031178]] | Эналаприл 10 мг | [[D|05.03.2022]] |\n"
    ),
    "table-machine-key": "| patient_id | Отделение |\n|---|---|\n| [[M|A-4410925]] | ТО |\n",
    # a register's fields: the identity document's series and number glued to their stem
    "register-docser-docnum": "<PACIENT>\n<DOCTYPE>14</DOCTYPE>\n<DOCSER>[[Pa|45 09]]</DOCSER>\n<DOCNUM>[[Pa|318442]]</DOCNUM>\n</PACIENT>",
    "register-parent-names-the-part": "<DOC>\n <SER>[[Pa|0714]]</SER>\n <NUM>[[Pa|552018]]</NUM>\n</DOC>",
    # a CSV header right after a sentence that holds a number
    "csv-header-after-numbers": (
        "АД 150/90, головокружение case_id;birth;phone\n[[M|7731024]];[[D|1961-04-02]];[[T|+79215550144]]\n"
    ),
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_document_numbers_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    "Направление в палату № 512 выдано.",  # the number is the ward's
    "Выдано направление в поликлинику № 112 по месту жительства.",  # the clinic's number
    "Заключение: 140/90, ЧСС 80 в мин.",  # a conclusion named with a colon is a finding
    "История болезни сто двадцать дней назад.",  # a count in words after a record noun, with its unit
    "Исследование № 2 повторить через неделю.",  # an item of a list, one digit
    "Рецептурный бланк № 107-1/у заполнен.",  # a form's code
    "Рецепт: эналаприл 10 мг 2 раза в день.",  # a dose, no number of the document
    "Направлен к ЛОР. № 345 в очереди на операцию.",  # a sentence ends before the sign
    "Study 3 times a day, case 12 reviewed.",  # no sign after the noun
    "Order 250 mg daily. Lab: CRP 12 mg/L. Case: mild.",
    '<id root="1.2.643.5.1.13.13.12.2.77.7973" extension="нет"/>',  # an organisation's OID names no patient
    "Версия ПО 1.2.3.4 обновлена.",  # a short dotted number with no UID cue
    "Курит сорок лет, номер истории не помнит.",  # number words with no record cue after them
    "Номер карты не указан, со слов сорок семь лет.",  # a count in words: a unit after it
    "| ID | Показатель | Значение |\n|---|---|---|\n| 12 | Гемоглобин | 134 |\n",  # a lab table's own row id
    "SpO2 98%, CT без патологии, MRI по плану.",  # Latin abbreviations are no OCR'd Cyrillic words
]


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []


def test_fold_homoglyphs_keeps_length_and_latin_codes() -> None:
    text = "HOMEP ИСТOРИИ, Kарта; PT0099125, MRN, Case, SpO2"
    folded = fold_homoglyphs(text)
    assert len(folded) == len(text)
    assert folded == "НОМЕР ИСТОРИИ, Карта; PT0099125, MRN, Case, SpO2"
    assert fold_homoglyphs("Жалоб нет.") == "Жалоб нет."


def test_dictated_numbers_need_a_record_cue() -> None:
    for text in ("история номер сто двадцать три", "номер ИБ пятьсот пять"):
        assert [text[a:b] for a, b in dictated_record_numbers(text, text.lower())], text
    for text in ("номер телефона сто двадцать три", "пациент сто двадцать три"):
        assert list(dictated_record_numbers(text, text.lower())) == [], text


@pytest.mark.parametrize(("key", "words", "kind"), [
    ("DOCSER", ("dul", "series"), "RU_PASSPORT"),  # (the register's own words, :data:`export_keys._GLUED`)
    ("PASPSER", ("pasp", "ser"), "RU_PASSPORT"),  # any identifier's stem glued to its series/number word
    ("DULNUM", ("dul", "num"), "RU_PASSPORT"),
    ("doc_number", ("doc", "number"), "RU_PASSPORT"),
    ("POLISNUM", ("polis", "num"), "RU_OMS_POLICY"),
    ("document", ("document",), None),  # a document alone names no number
])
def test_glued_register_keys(key: str, words: tuple[str, ...], kind: str | None) -> None:
    assert key_words(key) == words
    assert key_type(key) == kind
