"""PII that generalises (issue #10, round 23): the small items round 22's fixers left open.

The examples are the items' reproducers and our own negatives.
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.drug_names import is_drug_name


def _typed(scanner: PiiScanner, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)]


# Item 1 (round 22, review C finding 8's leftover): a number printed in a passport's layout, four digits and six, is one
# number whichever paper's word names it; the record grammar's groups of two to four digits stopped after the four and
# left the six unredacted ("Карта 4509 123456" -> "4509")
@pytest.mark.parametrize("text, expected", [
    ("Карта 4509 123456, паспорт предъявлен.", [("MEDICAL_RECORD_NUMBER", "4509 123456")]),
    ("Карта 4509 123456.", [("MEDICAL_RECORD_NUMBER", "4509 123456")]),
    ("Медкарта: 4509 123456", [("MEDICAL_RECORD_NUMBER", "4509 123456")]),
    ("Номер карты 4509 123456", [("MEDICAL_RECORD_NUMBER", "4509 123456")]),
    # (six digits with a unit, a decimal or more digits are no second group of the number)
    ("Карта 4509 123456 мл", [("MEDICAL_RECORD_NUMBER", "4509")]),
    ("Карта 4509 123,456", [("MEDICAL_RECORD_NUMBER", "4509")]),
    ("Карта 4509, 123456 г. Москва", [("MEDICAL_RECORD_NUMBER", "4509"), ("LOCATION", "Москва")]),
    ("Карта 4509 от 12.03.2024", [("MEDICAL_RECORD_NUMBER", "4509"), ("DATE_TIME", "12.03.2024")]),
])
def test_a_number_in_a_passports_layout_is_one_number_after_a_cards_word(scanner: PiiScanner, text: str,
                                                                         expected: list[tuple[str, str]]) -> None:
    assert _typed(scanner, text) == expected


# Item 2 (round 22, review A finding 5's leftover): a gloss saying the policy was not shown ("не предъявлен",
# "не представлен") presupposes the paper: the value before it is its number, as a ЕНП's sixteen digits with the same
# gloss are; one that denies the paper ("нет", "отсутствует", "не оформлен") still names none, and a record's label
# before the value keeps it the record's
@pytest.mark.parametrize("text, expected", [
    ("7769 0586945754 (полис не предъявлен)", [("RU_OMS_POLICY", "7769 0586945754")]),
    ("Боли в животе. 7769 0586945754 (полис не предъявлен).", [("RU_OMS_POLICY", "7769 0586945754")]),
    ("ЕМ-40916211 (полис не представлен)", [("RU_OMS_POLICY", "ЕМ-40916211")]),
    ("АБ 382203 (полис ОМС не предъявлен)", [("RU_OMS_POLICY", "АБ 382203")]),
    ("Боли в животе. ЕМ-40916211 — полис не предъявлен.", [("RU_OMS_POLICY", "ЕМ-40916211")]),
    # (a record's label opens the value; a gloss denying the paper)
    ("ИБ 1234567 (полис не предъявлен)", [("MEDICAL_RECORD_NUMBER", "ИБ 1234567")]),
    ("Боли в животе. ЕМ-40916211 — полиса нет.", [("MEDICAL_RECORD_NUMBER", "ЕМ-40916211")]),
    # (a gloss denying the policy: the value is some paper's number still, a record's; review A r23, finding 8)
    ("Боли в животе. 7769 0586945754 (полис не оформлен).", [("MEDICAL_RECORD_NUMBER", "7769 0586945754")]),
])
def test_a_policy_not_shown_is_still_the_papers_number(scanner: PiiScanner, text: str,
                                                       expected: list[tuple[str, str]]) -> None:
    assert _typed(scanner, text) == expected


# Item 3 (round 22, review A finding 4's cost): a surname alone before a local number glossed "(дом.)", "(раб.)",
# "(моб.)" opens a contact's field whatever its ending; the gloss is the evidence, and only a word the project knows as
# a drug (its knowledge graph's INNs) or a lab value's noun reads as a home reading instead
@pytest.mark.parametrize("text, phones", [
    ("Шмырин 40-74-32 (дом.)", ["40-74-32"]),
    ("Контакты: Шмырин 40-74-32 (дом.), Мельниченко 2-17-80 (раб.)",
     ["40-74-32", "2-17-80"]),
    ("Бабурин 2-17-80 (моб.)", ["2-17-80"]),
    # (a drug, an analyte: a home reading or dose; a word with an ordinary reading)
    ("Варфарин 25-50-25 (дом.)", []),
    ("Лизиноприл 25-50-25 (дом.)", []),
    ("Креатинин 98-10-12 (дом.)", []),
    ("Гликемия 5-10-12 (дом.)", []),
])
def test_a_surname_alone_before_a_glossed_local_number_opens_a_contact(scanner: PiiScanner, text: str,
                                                                      phones: list[str]) -> None:
    assert [value for kind, value in _typed(scanner, text) if kind == "PHONE_NUMBER"] == phones


# the drug lexicon items 3 and 4 read: the knowledge graph's INNs of one word, any case; no surname, no brand
@pytest.mark.parametrize("word, drug", [
    ("Варфарин", True), ("лизиноприл", True), ("Амоксициллин", True), ("БИСОПРОЛОЛ", True),
    ("Шмырин", False), ("Ильин", False), ("Чурапча", False), ("Диротон", False), ("кислота", False),
])
def test_the_drug_lexicon_holds_the_knowledge_graphs_inns(word: str, drug: bool) -> None:
    assert is_drug_name(word) is drug


# Item 4 (round 22, review A finding 10's leftover): a drug the project's knowledge graph names is no village after a
# verb of arriving and a stopless "с", dose or no dose; a village keeps its place (a brand, "Диротон", is no INN: the
# lexicon does not reach it, see the round's report)
@pytest.mark.parametrize("text, expected", [
    ("Приехал с Лизиноприл", []),
    ("Доставлена с Варфарин.", []),
    ("Пациент прибыл с Бисопролол, жалоб нет.", []),
    ("Приехал(а) с Чурапча", [("LOCATION", "с Чурапча")]),
    ("Пациент прибыл с Хандыга вертолётом.", [("LOCATION", "с Хандыга")]),
])
def test_a_drug_the_graph_names_is_no_village_after_a_verb_of_arriving(scanner: PiiScanner, text: str,
                                                                       expected: list[tuple[str, str]]) -> None:
    assert _typed(scanner, text) == expected
