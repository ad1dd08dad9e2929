"""PII that generalises (issue #10, round 19): a table's column named as the number of something, whatever it numbers.

A header cell with a number's word or sign first or last ("№ тела", "ТАБ.N", "talon_no", "номер_ЭЛН", "Seaman's ID")
types its column as record numbers when the values are shaped as identifiers (:mod:`.numbered_labels`); a CSV header
whose first column is the rows' ordinal ("№,ФИО,..."), a tab header and a fixed-width header pasted after a sentence
are read as the headers they are. Marks as in :mod:`support.pii_marks`; the examples are our own.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.numbered_labels import numbered_label, numbered_value

CASES = {
    # bars: a column in English named by "ID" after what it identifies
    "bars-seaman-id": "No | Name | Rank | Seaman's ID\n1 | [[P|Орлов Пётр]] | Cook | [[M|4471182]]\n",
    # semicolons and tabs: the sign first, the number's word last
    "semicolon-body-number": "№ п/п;№ тела;ФИО;Отделение\n1;[[M|5518/24]];[[P|ОРЛОВА АННА БОРИСОВНА]];ОРИТ\n",
    "tab-coupon-no": "coupon_no\tfio\tsnils\n[[M|77.2024.11820.104]]\t[[P|Орлова Анна Борисовна]]\t[[S|112-233-445 95]]\n",
    "tab-glued-number-word": "номер_справки\tСНИЛС\tФИО\n[[M|551182204417]]\t[[S|112-233-445 95]]\t[[P|Орлова Анна Борисовна]]\n",
    # a tab header pasted after a sentence with digits of its own
    "tab-after-sentence": "Боли 5 дней. № п/п\t№ тела\tФИО\n1\t[[M|4418]]\t[[P|ОРЛОВА АННА БОРИСОВНА]]\n",
    # commas: an English key with its number's word, a first column of ordinals named by the sign alone
    "comma-personnel-no": "datetime,fio,staff_no,result\n[[D|2024-03-01T08:00:00]],\"[[P|Орлова А.Б.]]\",[[M|055182]],допущен\n",
    "comma-ordinal-first": "№,ФИО,Карта вызова,Телефон\n1,[[P|Орлова А.Б.]],[[M|55/118]],[[T|89161182204]]\n",
    # fixed width: the number's sign glued after an abbreviation, a header pasted after a sentence without a stop
    "aligned-tab-n": "ДАТА/ВРЕМЯ        ФИО               ТАБ.N   ИТОГ\n[[D|05.07.25 20.56]]    [[P|Орлов П.А.]]       [[M|889270]]  ДОПУЩЕН\n",
    "aligned-after-prose": "жалоб нет, отёков нет НОМЕР ИБ    ФИО                      ОТД.\n[[M|9620/22]]     [[P|ОРЛОВА АННА БОРИСОВНА]]    ОРИТ\n",
    "aligned-after-stop-with-digits": "Боль 3-4 балла. Рег.№     ФИО                      Диагноз\n[[M|ПАЛ-5968]]  [[P|Орлова Анна Борисовна]]   I10\n",
}

CLEAN = [
    # a row's ordinal, a ward, a bed, a room, a floor: numbered, nobody's
    "№ п/п;Палата;Койка;Диагноз\n1;12;3;I10\n2;14;1;J18\n",
    "№ палаты | № койки | Диагноз\n12 | 3 | I10\n",
    # a lot of a vaccine, a test's code, a page
    "Вакцина;Номер партии;Доза\nГам-КОВИД;1182;0,5 мл\n",
    "Test ID | Результат | Ед.\n1182 | 5,4 | ммоль/л\n",
    # a number column with short numbers (counts), or a date under it
    "Пациент: жалоб нет.\nШифр;Кол-во №;Итог\nI10;3;норма\n",
    "Стр. №   Раздел         Итог\n12       Анамнез        без особенностей\n",
]


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_numbered_columns_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", CLEAN)
def test_numbered_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text) if e.type == "MEDICAL_RECORD_NUMBER"] == []


@pytest.mark.parametrize(("cell", "named"), [("№ тела", True), ("ТАБ.N", True), ("talon_no", True), ("номер_ЭЛН", True),
                                             ("Seaman's ID", True), ("Рег.№", True), ("№", False), ("No", False),
                                             ("№ п/п", False), ("№ палаты", False), ("Номер партии", False),
                                             ("bed_no", False), ("house_number", False), ("№ 2", False)])
def test_numbered_label(cell: str, named: bool) -> None:
    assert numbered_label(cell) is named


@pytest.mark.parametrize(("value", "shaped"), [("4418", True), ("РФ 1282916", True), ("58.2023.81232.136", True),
                                               ("688/20", True), ("12", False), ("118", False), ("12.03.2024", False),
                                               ("2024-03-12", False), ("5518 жалобы на боли в спине", False)])
def test_numbered_value(value: str, shaped: bool) -> None:
    assert numbered_value(value) is shaped
