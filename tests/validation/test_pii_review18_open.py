"""Review 18 (REV1) findings 10-12 and two leftovers, each input the review's, each failing on main before its fix.

A count of a form's copies and a study's list item are no record numbers, and a form's code is read before its "№"
however wide the padding; a foreign national passport with a Russian-looking series keeps a score above the threshold
on both scan paths; a time joins its date across a tab when it opens its cell; a section's number under its heading
word is no date; an export key that prices a card holds no record number.
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.export_keys import key_type


def _typed(scanner: PiiScanner, text: str) -> list[tuple[str, str]]:
    return sorted((e.type, text[e.start : e.end]) for e in scanner.scan_fast(text))


# finding 10: a count of copies after a form's code; a protocol's study heading in capitals with its item's number
@pytest.mark.parametrize("text", ["Выписать по форме 025/у № 12 экземпляров", "Выписать по форме 025/у № 12 экз.",
                                  "ИССЛЕДОВАНИЕ № 12 Эхокардиография"])
def test_counts_and_study_items_are_no_record_numbers(scanner: PiiScanner, text: str) -> None:
    assert _typed(scanner, text) == []


def test_titled_paper_still_numbered(scanner: PiiScanner) -> None:
    text = "СПРАВКА № 47\nвыдана для предъявления по месту работы"
    assert ("MEDICAL_RECORD_NUMBER", "47") in _typed(scanner, text)


# finding 10: the form-code gate looks over the whole window its pattern reads (the padding is any width)
@pytest.mark.parametrize("text", ["ф. 025/у" + " " * 14 + "№ 96", "Выдано: форма 025/у" + "\t" * 13 + "№ 96"])
def test_form_code_before_a_wide_padding(scanner: PiiScanner, text: str) -> None:
    assert _typed(scanner, text) == [("MEDICAL_RECORD_NUMBER", "96")]


# finding 11: a national passport whose issuing office stands in commas before its series: the foreign paper's rule reads
# it, above the threshold, on Presidio's path as on the fast one (the Russian passport's hand-off gave it 0.5 only)
FOREIGN_SERIES = [
    "Национальный паспорт Республики Узбекистан, выдан ОВД, серия 45 09 № 123456",
    "Паспорт гражданина Таджикистана, выдан МВД, серия 45 09 № 123456",
]


@pytest.mark.parametrize("text", FOREIGN_SERIES)
def test_foreign_passport_with_office_in_commas(scanner: PiiScanner, text: str) -> None:
    for entities in (scanner.scan_fast(text), scanner.scan(text)):
        found = [e for e in entities if e.type != "LOCATION"]
        # definition change r26: a travel/foreign passport is RU_PASSPORT
        assert [(e.type, text[e.start : e.end]) for e in found] == [("RU_PASSPORT", "45 09 № 123456")]
        assert found[0].score > 0.5


def test_russian_passport_after_a_comma_stays_russian(scanner: PiiScanner) -> None:
    text = "Паспорт гражданина РФ, выдан ОВД, серия 45 09 № 123456"
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)] == [("RU_PASSPORT", "45 09 № 123456")]


# finding 12: a time that opens its line or its tab cell joins the date in the next cell (one that ends a cell after its
# own date does not: test_pii_round18_dates_phones' "time-ends-its-tab-cell")
@pytest.mark.parametrize(("text", "date"), [("06:48\t16.12.2020", "06:48\t16.12.2020"),
                                            ("Дата\t6:48\t16.12.2020", "6:48\t16.12.2020")])
def test_time_opening_its_cell_joins_the_next_cells_date(scanner: PiiScanner, text: str, date: str) -> None:
    assert _typed(scanner, text) == [("DATE_TIME", date)]


# a list of sections numbered under its heading word has no journal's dates (review 18's "Раздел\n12.03 Хирургия")
@pytest.mark.parametrize("text", ["Раздел\n12.03 Хирургия", "Разделы:\n12.03 Хирургия\n12.04 Терапия\n12.05 Неврология"])
def test_section_numbers_under_their_heading_are_no_dates(scanner: PiiScanner, text: str) -> None:
    assert _typed(scanner, text) == []


def test_journal_rows_under_another_heading_still_dated(scanner: PiiScanner) -> None:
    text = "Журнал вызовов\n13.03 актив на дом\n14.03 отпущ."
    assert _typed(scanner, text) == [("DATE_TIME", "13.03"), ("DATE_TIME", "14.03")]


# an export key whose last word is an amount or a count holds no identifier (review 18: "card_price" named a record)
@pytest.mark.parametrize("key", ["card_price", "orderTotal", "sample_count", "caseCount", "record_amount", "card_cost"])
def test_measured_keys_name_no_identifier(key: str) -> None:
    assert key_type(key) is None


def test_card_price_is_clean_beside_the_cards_number(scanner: PiiScanner) -> None:
    text = '{"card_price": "45000", "card_number": "771234"}'
    assert _typed(scanner, text) == [("MEDICAL_RECORD_NUMBER", "771234")]
