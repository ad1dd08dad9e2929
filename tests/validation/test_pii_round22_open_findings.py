"""PII that generalises (issue #10, round 22): the findings the reviews of round 21 left open.

Marks as in :mod:`support.pii_marks`; the examples are our own or the reviews' reproducers.
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner


def _typed(scanner: PiiScanner, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)]


# Review C of round 21, finding 13: an infinitive or imperative of calling and the one to call (a dative) name the
# number to call; only a past tense reads a dashed date after it as when the call was
@pytest.mark.parametrize("text, expected", [
    ("Позвонить сыну 12-05-14.", [("PHONE_NUMBER", "12-05-14")]),
    ("Перезвоните дочери 12-05-14", [("PHONE_NUMBER", "12-05-14")]),
    ("Звонить матери 21-07-33", [("PHONE_NUMBER", "21-07-33")]),
    ("Позвонить сыну 45-05-14.", [("PHONE_NUMBER", "45-05-14")]),
    # (a past tense: when the call was; no one to call: a date to call on)
    ("Позвонили сыну 12-05-14.", [("DATE_TIME", "12-05-14")]),
    ("Созвонились 12-03-19 с сыном", [("DATE_TIME", "12-03-19")]),
    ("Позвонить 12-05-14", [("DATE_TIME", "12-05-14")]),
    ("Позвонить завтра 12-05-14", [("DATE_TIME", "12-05-14")]),
])
def test_a_verb_to_call_someone_names_the_number_a_past_one_the_day(scanner: PiiScanner, text: str,
                                                                    expected: list[tuple[str, str]]) -> None:
    assert _typed(scanner, text) == expected


# Review C of round 21, finding 9: one list of the words that name a lot (a drug's, a vaccine's, a reagent's series),
# read by the blank's series and by a certificate's series field alike
@pytest.mark.parametrize("text, expected", [
    ("Срок годности до 12.2026, ЕВ 123456", [("DATE_TIME", "12.2026")]),
    ("Ампулы: ЕВ 1234567.", []),
    ("СПРАВКА\nСыворотка противостолбнячная\nСерия 45 123456", []),
    ("Вакцина Гам-КОВИД, серия ЕВ 123456", []),
    # (no lot's word: a person's paper)
    ("Военный билет АВ 1234567", [("MEDICAL_RECORD_NUMBER", "АВ 1234567")]),
    ("Удостоверение беженца КЖ 3024014 выдано", [("MEDICAL_RECORD_NUMBER", "КЖ 3024014")]),
    ("СПРАВКА\nСерия 45 123456", [("MEDICAL_RECORD_NUMBER", "45 123456")]),
])
def test_a_lots_word_keeps_a_series_clean_in_every_reader(scanner: PiiScanner, text: str,
                                                        expected: list[tuple[str, str]]) -> None:
    assert _typed(scanner, text) == expected


def test_the_blank_series_and_the_certificate_series_read_one_list_of_lot_words() -> None:
    from medsyn_dataset.validation.pii import blank_series, unsigned_documents

    assert not hasattr(blank_series, "_LOT_WORDS")
    assert blank_series.LOT_WORDS is unsigned_documents.LOT_WORDS


# Review C of round 21, finding 9, last item: a street's name is read by public names imported once, at the module's
# top, not by a private function imported inside the function on every candidate
def test_the_street_house_reader_imports_public_names_at_its_top() -> None:
    import ast
    import inspect

    from medsyn_dataset.validation.pii import street_house

    tree = ast.parse(inspect.getsource(street_house))
    inner = [node for function in ast.walk(tree) if isinstance(function, ast.FunctionDef)
             for node in ast.walk(function) if isinstance(node, ast.Import | ast.ImportFrom)]
    assert inner == []
    private = [alias.name for node in tree.body if isinstance(node, ast.ImportFrom) for alias in node.names
               if alias.name.startswith("_")]
    assert private == []


@pytest.mark.parametrize("text, expected", [
    ("Проживает: Лермонтова 15а", [("LOCATION", "Лермонтова 15а")]),
    ("Проживает Льва Толстого 12/3", [("LOCATION", "Льва Толстого 12/3")]),
    ("Синдром Лериша 2б стадии.", []),
])
def test_a_street_without_its_keyword_reads_as_before(scanner: PiiScanner, text: str,
                                                      expected: list[tuple[str, str]]) -> None:
    assert _typed(scanner, text) == expected


# Review C of round 21, finding 6's tail: a technical passport, its adjective before the noun, is a thing's (a device's,
# a building's), as a passport of a device named after the noun is; never the person's RU_PASSPORT
@pytest.mark.parametrize("text", [
    "Технический паспорт 4509123456 выдан.",
    "ЭКС Medtronic, технический паспорт № 4509 123456",
    "тех. паспорт 4509 123456",
    "технического паспорта 4509 123456",
    "Техпаспорт 4509 123456",
    "Паспорт кардиостимулятора 4509 123456",
    "Паспорт изделия: 4509 123456",
])
def test_a_things_passport_adjective_first_or_after_is_no_persons(scanner: PiiScanner, text: str) -> None:
    assert "RU_PASSPORT" not in {kind for kind, _ in _typed(scanner, text)}


@pytest.mark.parametrize("text, expected", [
    ("Паспорт 4509 123456", [("RU_PASSPORT", "4509 123456")]),
    ("Пасорт 4509 123456", [("RU_PASSPORT", "4509 123456")]),
    ("Предъявил паспорт 4509 123456, технический паспорт ЭКС выдан", [("RU_PASSPORT", "4509 123456")]),
])
def test_a_persons_passport_near_a_technical_one_stays_a_passport(scanner: PiiScanner, text: str,
                                                                  expected: list[tuple[str, str]]) -> None:
    assert _typed(scanner, text) == expected


# Reviews of round 21 ("прибыл с Хандыга"; review C, finding 1): a verb of arriving before a stop-less "с" is a place's
# signal, as "из" is; a drug switched from ("переведена с Конкор") or taken with is none
@pytest.mark.parametrize("text, expected", [
    ("Пациент прибыл с Хандыга вертолётом.", [("LOCATION", "с Хандыга")]),
    ("Доставлена с Оймякон санавиацией.", [("LOCATION", "с Оймякон")]),
    ("Приехал(а) с Чурапча", [("LOCATION", "с Чурапча")]),
    ("Начата терапия с Диротон 10 мг в сутки.", []),
    ("Переведена с Престариум на Диротон.", []),
    ("Лечение: п Тромбо АСС 100 мг.", []),
    ("Беседа проведена с Ротару.", [("PERSON", "Ротару")]),
])
def test_a_verb_of_arriving_names_a_stopless_village_after_s(scanner: PiiScanner, text: str,
                                                               expected: list[tuple[str, str]]) -> None:
    assert _typed(scanner, text) == expected


# Review C of round 21, finding 12: a kind member declares the object a generic container holds ("data", "details"),
# one level down, as it declares its own members; an object with a kind of its own or under a paper's key keeps its own
@pytest.mark.parametrize("text, expected", [
    ('{"document": {"kind": "21", "data": {"seriesNumber": "4509123456"}}}', [("RU_PASSPORT", "4509123456")]),
    ('{"document": {"kind": "21", "details": {"series": "4509", "number": "123456"}}}',
     [("RU_PASSPORT", "4509"), ("RU_PASSPORT", "123456")]),
    ('{"docType": "21", "doc": {"series": "4509", "number": "123456"}}',
     [("RU_PASSPORT", "4509"), ("RU_PASSPORT", "123456")]),
    # (a nested object declaring its own kind, or named by a paper's key, is that paper's)
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    ('{"document": {"kind": "21", "data": {"type": "foreign_passport", "number": "AB1234567"}}}',
     [("RU_PASSPORT", "AB1234567")]),
    ('{"document": {"kind": "21", "data": {"amount": "4509123456"}}}', []),
])
def test_a_kind_member_declares_the_generic_object_below_it(scanner: PiiScanner, text: str,
                                                           expected: list[tuple[str, str]]) -> None:
    assert _typed(scanner, text) == expected


# ... and a day-first date under a paper's number key is the day, as a year-first one is
@pytest.mark.parametrize("text, expected", [
    ('{"patient": {"referralNumber": "12/03/2024"}}', [("DATE_TIME", "12/03/2024")]),
    ('{"patient": {"referralNumber": "2024-03-12"}}', [("DATE_TIME", "2024-03-12")]),
    ('{"patient": {"referralNumber": "1203/2024"}}', [("MEDICAL_RECORD_NUMBER", "1203/2024")]),
    ('{"patient": {"referralNumber": "45-12-004512"}}', [("MEDICAL_RECORD_NUMBER", "45-12-004512")]),
])
def test_a_day_first_date_under_a_number_key_stays_a_date(scanner: PiiScanner, text: str,
                                                         expected: list[tuple[str, str]]) -> None:
    assert _typed(scanner, text) == expected


# Review A of round 21, finding 1 (its open part): a person's name alone opens a contact's field, as a relative's word
# does ("Алексей 40-74-32 (дом.)"); a measure's word before the number stays a reading ("Гликемия 5-10-12 (дом.)")
@pytest.mark.parametrize("text, phones", [
    ("Алексей 40-74-32 (дом.)", ["40-74-32"]),
    ("Контакты: Алексей 40-74-32 (дом.), Мария 2-17-80 (раб.)", ["40-74-32", "2-17-80"]),
    ("Контакт: Петров 40-74-32 (дом.)", ["40-74-32"]),
    ("сын 40-74-32 (дом.)", ["40-74-32"]),
    ("Гликемия 5-10-12 (дом.)", []),
    ("Сахар 5-10-12 (дом.)", []),
    ("Замеры 12-10-08 (дом.)", []),
])
def test_a_name_alone_opens_a_contacts_field(scanner: PiiScanner, text: str, phones: list[str]) -> None:
    assert [value for kind, value in _typed(scanner, text) if kind == "PHONE_NUMBER"] == phones


# Review A of round 21, finding 4 (its open part): a blood loss or a disease's activity graded by its degree is the
# patient's state, an event of the history, and the year in brackets after it is that event's; ungraded, or with a unit
# after the bracket, it is the measure's value
@pytest.mark.parametrize("text, expected", [
    ("Массивная кровопотеря (2015), гемотрансфузия", [("DATE_TIME", "2015")]),
    ("Болезнь Крона, высокая активность (2016)", [("DATE_TIME", "2016")]),
    ("Острая кровопотеря (2012).", [("DATE_TIME", "2012")]),
    ("Кровопотеря (2000)", []),
    ("Интраоперационная кровопотеря (2000)", []),
    ("Активность (2000)", []),
    ("Высокая активность (2000) Ед/л", []),
    ("Высокая доза (2000)", []),
])
def test_a_graded_blood_loss_or_activity_is_an_event_of_the_history(scanner: PiiScanner, text: str,
                                                                    expected: list[tuple[str, str]]) -> None:
    assert _typed(scanner, text) == expected


# Review 0 of round 21, finding 3 (its open part): a three-cell row "ФИО\tвозраст\tд. X" is a register's row, the number
# an age's cell after a person's name; a count of days before "д." stays one ("Срок\t5\tд. Иванова")
@pytest.mark.parametrize("text, places", [
    ("Иванов И.И.\t45\tд. Малиновка", ["д. Малиновка"]),
    ("Иванов Иван Иванович\t45\tд. Малиновка", ["д. Малиновка"]),
    ("Петров П.П.\t1955\tс. Комаровка", ["с. Комаровка"]),
    ("Срок\t5\tд. Иванова", []),
    ("Иванова А.А.\t5\tд.", []),
])
def test_an_age_cell_after_a_persons_name_parts_a_registers_row(scanner: PiiScanner, text: str, places: list[str]) -> None:
    assert [value for kind, value in _typed(scanner, text) if kind == "LOCATION"] == places


# Review 0 of round 21, finding 8 (its open part): a contract's reference, "contract_ref", names the contract's number as
# "contract_no" does; a contract's other attributes, and "ref" alone, name none
@pytest.mark.parametrize("text, expected", [
    ('{"contract_ref": "Д-4512/24"}', [("MEDICAL_RECORD_NUMBER", "Д-4512/24")]),
    ("<contractRef>Д-4512/24</contractRef>", [("MEDICAL_RECORD_NUMBER", "Д-4512/24")]),
    ("contract_ref=Д-4512/24", [("MEDICAL_RECORD_NUMBER", "Д-4512/24")]),
    ('{"ref": "Д-4512/24"}', []),
    ('{"contract_status": "Д-4512/24"}', []),
])
def test_a_contracts_reference_key_names_its_number(scanner: PiiScanner, text: str, expected: list[tuple[str, str]]) -> None:
    assert _typed(scanner, text) == expected


# Review 0 of round 21, finding 11: a waybill's title above "№" names no person's paper, as its inline label does
# ("Накладная № 3318 на реактивы"); a card's title names the patient's, and a bill's is the patient's by convention
@pytest.mark.parametrize("text, expected", [
    ("Накладная\n№ 12345", []),
    ("НАКЛАДНАЯ\n№ 12345", []),
    ("Товарная накладная\n№ 12345", []),
    ("Стационарная карта\n№ 4512/24", [("MEDICAL_RECORD_NUMBER", "4512/24")]),
    ("Счёт на оплату\n№ 12345", [("MEDICAL_RECORD_NUMBER", "12345")]),
])
def test_a_waybills_title_above_the_sign_names_no_persons_paper(scanner: PiiScanner, text: str,
                                                                expected: list[tuple[str, str]]) -> None:
    assert _typed(scanner, text) == expected


# Review 0 of round 21, finding 13: a word-town's adjective before "доме" and a number names the town and its house ("в
# Заречном доме 5"), not an institution ("в Лесном доме отдыха", "в Лесном отделении")
@pytest.mark.parametrize("text, places", [
    ("прописан в Заречном доме 5", ["Заречном"]),
    ("Зарегистрирован в Лесном доме № 3", ["Лесном"]),
    ("в Лесном доме отдыха", []),
    ("в Лесном отделении", []),
    ("в Радужном санатории", []),
])
def test_a_word_towns_house_with_its_number_keeps_the_town(scanner: PiiScanner, text: str, places: list[str]) -> None:
    assert [value for kind, value in _typed(scanner, text) if kind == "LOCATION"] == places
