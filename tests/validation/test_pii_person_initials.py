"""PII that generalises (issue #10, round 25): persons written as initials alone, as research paperwork and anonymised
records name subjects, announced by a person's word or field. Marks as in :mod:`support.pii_marks`."""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

CASES = {
    # initials with stops after a word for the person, the last stop dropped after the third
    "patient-dotted": "Пациент [[P|А.В.К.]], 45 лет, включён в исследование.",
    "patient-female-dotted-spaced": "Пациентка [[P|К. Л. М.]] поступила в плановом порядке.",
    "donor-last-stop-dropped": "Донор [[P|С.Т.Р]] допущен к донации.",
    "patient-two-initials": "Со слов пациента [[P|М.В.]], боли беспокоят неделю.",
    # hyphens, spaces or nothing between them after a subject's word; the subject's number before them
    "subject-hyphens": "Субъект [[P|И-П-С]] рандомизирован в группу А.",
    "subject-number-then-initials": "Субъект [[M|01-014]] ([[P|А.В.К.]]) выбыл из исследования.",
    "patient-joined-unknown": "Пациент [[P|ЖРТ]] подписал информированное согласие.",
    # the initials field: any shape, its owner named between
    "initials-field-joined": "Инициалы субъекта: [[P|АВК]]\nДата визита 1.",
    "initials-field-two": "Инициалы пациента — [[P|МЮ]]; скрининг пройден.",
    "initials-field-spaced": "Инициалы: [[P|А В К]]\n",
    "initials-field-known-word": "Инициалы: [[P|ИПС]]\n",
    # Latin transliteration after a Latin or a Russian cue
    "latin-subject-joined": "Subject [[P|AVK]] was randomised.",
    "latin-initials-dotted": "Initials: [[P|A.V.K.]]\n",
    "latin-signed-by": "Signed by: [[P|N.P.S.]]\n",
    "latin-donor": "Donor [[P|D.M.]] consented.",
    # an initials column of a table, a TSV, an export's key
    "table-initials-column": "| № | Инициалы | Визит |\n|---|---|---|\n| 1 | [[P|А.В.К.]] | V1 |\n| 2 | [[P|ИПС]] | V2 |",
    "tsv-initials-column": "№\tИнициалы субъекта\tГруппа\n1\t[[P|АВК]]\tA\n2\t[[P|И-П-С]]\tB",
    "json-initials-key": '{"subject_initials": "[[P|AVK]]", "patientInitials": "[[P|А.В.К.]]"}',
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_initials_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    # clinical abbreviations after a person's word are no initials
    "Пациенту УЗИ проведено, больными ОРЗ не контактировал, пациенту ЭКГ без динамики.",
    "Пациент ХСН, ИБС; больной ЦРБ направлен; донору ОАК выполнен.",
    "Patient HIV negative; subject ECG normal.",
    # a status, a hospital or a colour after a word that starts as a cue
    "Участник СВО, больница ГКБ № 1; фиолетовые ПЯТ; донорской ОКБ.",
    # placeholders and labels where a name would stand
    "Пациент XXX обратился с жалобами. Пациент ХХ, 45 лет.",
    "Пациент, Ф.И.О., обращается с жалобами на кашель.",
    "Подпись ______ М.П.\nподпись и.о. заведующего отделением",
    "Подпись врача ЛФК; ФИО: НЕТ",
    # a person's word before a sentence going on: no field
    "Пациенту выполнено ЭКГ; пациента беспокоит ОАК.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_initials_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type == "PERSON"] == []


# round 25, review A finding 3: clinical abbreviations no list holds after a person's word or a verb of signing
# (a procedure in the dative, a status or a product after a comma, an abbreviation written with stops, a label)
CLEAN_UNLISTED = [
    "Документ подписан ЭЦП врача-терапевта.",
    "Пациенту КАГ выполнена 12.03.2024, стеноз ПНА 80%.",
    "Пациенту ЦВК установлен в правую подключичную вену.",
    "Пациентке ЧКВ со стентированием ПКА.",
    "Донор СЗП, группа крови A(II) Rh+.",
    "Пациенту ГЛП выполнена, ОАК в норме.",
    "Пациент DNR, решение консилиума.",
    "Пациент ИВЛ, седация. Пациенту ЭЭГ проведена. Пациентке ЭГДС назначена.",
    "Со слов больной Д.Т.П. не было.",
    "Пациент (И.О.): ",
]


@pytest.mark.parametrize("text", CLEAN_UNLISTED)
def test_unlisted_abbreviations_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type == "PERSON"] == []


# review A finding 4: joined initials before a stop under an initials field or after a trial's subject; the person's
# age after joined initials
FOUND_MORE = {
    "initials-field-stop": "Инициалы: [[P|АВК]].",
    "latin-subject-stop": "Subject [[P|AVK]].",
    "patient-joined-age": "Пациент [[P|ЖРТ]], 45 лет.",
}


@pytest.mark.parametrize("source", list(FOUND_MORE.values()), ids=list(FOUND_MORE))
def test_more_initials_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)
