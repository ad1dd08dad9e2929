"""PII that generalises (issue #10, round 16): names by their shape where a message or a form puts them off their place.

* HL7 v2: a full Russian name in XPN's order (family^given^patronymic) in a field the segment table gives no name
  type (an export's ordering doctor one field off OBR-16);
* a name-part label and its value as a table's row ("| Фамилия | Хасанов |") or a blank form's underscores ("Фамилия
  ___ПОТАПОВ___ Имя ___ИВАН___");
* a Russian surname in Latin letters with two initials ("Solovev K.F."), the record's "Соловьев К.Ф." transliterated;
* a woman's surname alone in an oblique case in mid-sentence ("приём у Петровой", "выписан Мишиной").
Made-up cases, with look-alikes that stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner


@pytest.mark.parametrize("source", [
    "MSH|^~\\&|LIS|LAB|||[[D|202502130405]]||ORU^R01|1|P|2.5\rOBR|1|||57021-8^CBC^LN|||[[D|202502130405]]||||||||"
    "[[P|СОКОЛОВ^ПЁТР^ИЛЬИЧ]]\rOBX|1|NM|718-7^HGB^LN||131|g/L",
    "MSH|^~\\&|LIS|LAB|||[[D|202411110341]]||ORU^R01|1|P|2.5\nOBR|1|||57021-8^CBC^LN|||||||||"
    "[[P|Ершова^Алла^Матвеевна]]|\nOBX|1|NM|718-7^HGB^LN||131|g/L",
])
def test_a_full_name_in_xpn_order_is_a_person_in_any_field(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    # (the names only: the order's LOINC code is read as a number of another type, which is no matter here)
    check_planted([e for e in scanner.scan_fast(text) if e.type != "MEDICAL_RECORD_NUMBER"], text, spans)


@pytest.mark.parametrize("text", [
    "MSH|^~\\&|LIS|LAB|||||ORU^R01|1|P|2.5\nOBX|1|CE|GLU^Глюкоза^Натощак||5.6|ммоль/л",
    "MSH|^~\\&|LIS|LAB|||||ORU^R01|1|P|2.5\nOBX|2|ST|NOTE^Комментарий^Гемолиз||Слабый",
])
def test_codes_with_words_in_their_components_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "PERSON"] == []


@pytest.mark.parametrize("source", [
    "| Фамилия  | [[P|Мельник]] |\n| Имя      | [[P|Роман]] |\n| Отчество | [[P|Ильич]] |",
    "Жалобы на кашель | Фамилия | [[P|Туркина]] |\n| Имя | [[P|Зарема]] |",
    "1. Фамилия ___[[P|ГРАЧЁВ]]___ Имя ___[[P|РОДИОН]]___ Отчество ___[[P|ПЕТРОВИЧ]]___\n2. Пол ___М___",
])
def test_a_name_part_in_a_table_row_or_on_a_blanks_line_is_a_person(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "| Фамилия | Диагноз | Дата |\n|---|---|---|",
    "| № | Фамилия | Возраст |\n| 1 | — | 45 |",
    "Фамилия ______ Имя ______ Отчество ______",
])
def test_a_tables_header_and_an_empty_blank_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "PERSON"] == []


@pytest.mark.parametrize("source", [
    "Список на забор:\n1) [[P|Kuznetsova A.V.]] — на дому\n2) [[P|Belov I.S.]] — в клинике",
    "Подписал: [[P|T.Y. Orlov]]",
])
def test_a_latin_surname_with_two_initials_is_a_person(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "Выделен Staphylococcus S.A. в посеве мочи.",
    "По данным Smith J.A. (2019) риск выше.",
    "Escherichia E.C. чувствительна к цефтриаксону.",
])
def test_latin_terms_and_foreign_authors_with_initials_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "PERSON"] == []


@pytest.mark.parametrize("source", [
    "Я оплатила приём у [[P|Гавриловой]], но приём отменили.",
    "Больничный лист выписан [[P|Зуевой]] по уходу за ребёнком.",
    "Согласие получено. При [[P|Алиевой]] находилась дочь.",
    "Направление выдано на руки [[P|Гусевой]].",
])
def test_a_womans_surname_in_an_oblique_case_is_a_person(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "Гуляет на Луговой улице ежедневно.",
    "Перевод в отделение Гнойной хирургии.",
    "Транспортирована по Садовой до перекрёстка.",
    "Нет. Петровой назначено повторно.",
])
def test_a_streets_or_a_wards_adjective_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "PERSON"] == []
