"""Round 25 (INNP): a person's INN with no INN word beside it, and passports in hurried notes, tables and exports.

Every case is made up here (not taken from the benchmark):

* twelve digits whose two INN check digits hold and whose first two are a real region's code are a person's INN where
  no word names them: as a comma-separated row's cell, after another paper's value on a person's line ("СНИЛС
  ..., <INN>", "паспорт ..., <INN>"), before the next field's label (", тел. ..."), in the INN's own grouping
  ("7712 345678 59") even where the note has no tax word, before the next cell of a tab-separated row (a tab beside
  no separator is no group's of a policy), after the INN's English names ("Tax ID", "TIN") and under an export's
  English tax key ("taxId");
* a passport after "пасп" with its stop dropped; ten digits printed as a passport's series and number ("4013
  421989") with no phone word near are no phone; a passport's cell before an address's cell in a table (its six-digit
  number is no postcode); an export's identity-document element whose kind attribute says a passport
  (<Document type="21">), another paper's code there makes it a record number.

Look-alikes stay clean: twelve digits opening with no region's code, a phone's label right before the digits, a
caption after them naming a phone, a date and a time run together; a phone word keeps a passport-printed number a
phone; a postcode after a street still opens an address.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.checksums import (
    enp_valid,
    inn_check_digits,
    inn_valid,
    person_inn_valid,
    snils_check_digits,
)

# valid numbers made from their first digits, so no example is hard-coded
_INN = "3812045571" + inn_check_digits("3812045571")
_INN_GROUPED = f"{_INN[:4]} {_INN[4:10]} {_INN[10:]}"
_SNILS = "154326781" + snils_check_digits("154326781")
_SNILS_SHOWN = f"{_SNILS[:3]}-{_SNILS[3:6]}-{_SNILS[6:9]} {_SNILS[9:]}"
# (twelve digits whose check digits hold but whose region code, 97, no tax office has)
_NO_REGION = "9712045571" + inn_check_digits("9712045571")
# (the next cell of a row: a passport's series whose four digits, run on after the INN's twelve, pass the ЕНП's sum)
_NEXT_SERIES = next(f"52{n:02d}" for n in range(100) if enp_valid(f"{_INN}52{n:02d}"))


def test_person_inn_valid_asks_a_region_code() -> None:
    assert inn_valid(_INN) and person_inn_valid(_INN)
    assert inn_valid(_NO_REGION) and not person_inn_valid(_NO_REGION)
    assert not person_inn_valid(_INN[:10])  # (an organisation's ten digits are no person's INN)


CASES = {
    # a comma-separated row: the comma before the cell is the row's separator, not a decimal's
    "csv-row-cell": f"[[P|Сидоренко В.П.]],[[I|{_INN}]],процедурная медсестра,0.5 ставки",
    # another paper's value first on a person's line: its word labels that value, not the INN after it
    "after-snils-value": f"Работник [[P|Сидоренко Вера Павловна]], СНИЛС [[S|{_SNILS_SHOWN}]], [[I|{_INN}]], стаж 12 лет",
    "after-passport-value": f"[[P|Сидоренко В.П.]], паспорт [[Pa|5203 774120]] выдан ОВД, [[I|{_INN}]]",
    # the next field's label after it: a label followed by its own value
    "before-phone-label": f"[[P|Сидоренко В.П.]], [[I|{_INN}]], тел. [[T|8 912 345-67-89]]",
    "before-snils-label": f"[[P|Сидоренко В.П.]], [[I|{_INN}]], СНИЛС [[S|{_SNILS_SHOWN}]]",
    # the INN's own grouping (region and office, record, check digits) with no tax word in the note: no passport
    "own-grouping-no-tax-word": f"[[P|Сидоренко Вера Павловна]], [[I|{_INN_GROUPED}]], зачислена в штат",
    # a tab-separated row: the INN's cell and the next one's series are no policy's sixteen digits
    "tsv-inn-before-passport-cell": f"[[P|Сидоренко В.П.]]\t[[I|{_INN}]]\t[[Pa|{_NEXT_SERIES} 774120]]\tмедсестра",
    # the INN's English names before it, as a bilingual form or an IT system's screen gives them
    "english-tax-id-cue": f"Tax ID: [[I|{_INN}]]",
    "english-tin-cue": f"TIN [[I|{_INN}]]",
    # an export's English tax key
    "json-tax-id": f'{{"fio": "[[P|Сидоренко В.П.]]", "taxId": "[[I|{_INN}]]"}}',
    "xml-tax-id": f"<Employee><Name>[[P|Сидоренко В.П.]]</Name><TaxId>[[I|{_INN}]]</TaxId></Employee>",
    # a passport after "пасп" without its stop
    "passport-abbreviation-no-stop": "Вес 64 кг, пасп [[Pa|5203 774120]], рост 158",
    # a passport's print with no word beside it, whose series opens as an area code does: no phone is written so
    "printed-passport-not-a-phone": "[[P|Сидоренко Вера Павловна]], [[D|12.03.1985]] г.р., [[Pa|4013 421989]], медсестра",
    "printed-passport-pairs-not-a-phone": "[[P|Сидоренко В.П.]]\t[[Pa|40 13 421989]]\tмедсестра",
    # a table's passport cell before the address's: the passport's six digits are no postcode
    "tsv-passport-before-address": "ФИО\tПаспорт\tАдрес\n[[P|Лаптева О.Н.]]\t[[Pa|5203 774120]]\t[[L|респ. Адыгея, Майкоп, Садовая ул.]]",
    "tsv-passport-sign-before-address": "ФИО\tПаспорт\tАдрес\n[[P|Лаптева О.Н.]]\t[[Pa|5203 № 774120]]\t[[L|385000, г. Майкоп, Садовая ул.]]",
    # an export's identity-document element, its kind in its own attribute (the ФНС's code 21: the citizen's passport)
    "xml-document-type-passport": '<Person>\n  <Document type="21">[[Pa|4013 421989]]</Document>\n</Person>',
    "xml-document-code-other-paper": '<Person>\n  <DUL code="12">[[M|82 4013421]]</DUL>\n</Person>',
    "xml-document-kind-by-name": '<Person><Document kind="паспорт">[[Pa|4013 421989]]</Document></Person>',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_found(scanner: PiiScanner, name: str) -> None:
    text, spans = planted(CASES[name])
    check_planted(scanner.scan(text), text, spans)


CLEAN = {
    # a sample's barcode or an order's number: another object's label, whatever its twelve digits' check digits (review
    # A r25, finding 6; "7730 083690 07" passes the INN's sums)
    "sample-barcode": "Штрихкод пробирки 7730 083690 07",
    "order-number": "Заказ 7730 083690 07 оплачен",
    # no region's code: not reported without a word naming it
    "no-region-code": f"Результат исследования {_NO_REGION} получен, без особенностей.",
    "no-region-code-csv-cell": f"12.03.2024,{_NO_REGION},норма",
    "no-region-code-beside-name": f"Сидоренко В.П., {_NO_REGION}, процедурная медсестра",
    # a caption after the digits naming another paper, with no value of its own
    "phone-caption-after": f"Связь: {_INN} (тел.)",
    # a date and a time run together are no grouping of an INN's
    "date-and-time": "Осмотрена 12.03.2020 12.03, повторно 14.03.2020 09.15, без динамики.",
}


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_look_alikes_stay_clean(scanner: PiiScanner, name: str) -> None:
    text = CLEAN[name]
    # (the shapes may be read as other identifiers by other rules; neither an INN nor a passport)
    found = [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type in ("RU_INN", "RU_PASSPORT")]
    assert found == [], found


@pytest.mark.parametrize("text", [f"тел. {_INN}", "тел. 4012 531234", "Звонить дочери: 4012 531234"])
def test_phone_word_right_before_keeps_a_phone(scanner: PiiScanner, text: str) -> None:
    assert [e.type for e in scanner.scan(text)] == ["PHONE_NUMBER"]


def test_postcode_after_a_street_still_opens_an_address(scanner: PiiScanner) -> None:
    text = "Адрес: Садовая ул., 12 385000 г. Майкоп"
    assert any(e.type == "LOCATION" and "385000" in text[e.start : e.end] for e in scanner.scan(text))


def test_an_inn_word_near_needs_no_region_code(scanner: PiiScanner) -> None:
    # (the word names the twelve digits whatever their first two: the region is asked only of bare digits)
    text = f"ИНН физлица (12 зн.) {_NO_REGION}; стаж 12 лет."
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type == "RU_INN"] == [("RU_INN", _NO_REGION)]
