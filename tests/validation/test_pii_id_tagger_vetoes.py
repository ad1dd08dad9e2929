"""The learned identifier tagger honours the rules' deliberate vetoes (issue #10, round 20; review A of round 19,
finding 4): whatever the model scores, a number the label's words give to something else is not tagged."""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.id_tagger import IdModel, IdTaggerRecognizer
from medsyn_dataset.validation.pii.id_tagger_vetoes import refused
from medsyn_dataset.validation.pii.numbered_values import refused_after_number_word

# a model that accepts every candidate: only the vetoes decide
EVERYTHING = IdModel({}, 10.0, 0.5, {})

VETOED = [
    "Номер бригады 12045",
    "Код 1234567.",
    "Образец 4410982 доставлен в лабораторию.",
    "Номер ГОСТ 12345",
    "Номер санатория 12045",
    "Номер вакцины 12045",
    "Номер препарата 7712345",
    "номер стерилизационной камеры 12345",
    "Код 7707083894.",
    "Жалоб нет. Код 4410982",
    "Номер 500100732258.",
    "Номер палаты: 120456",
    "Контактный номер 4471902",
    "Номер образца 12345 отправлен",
    "Проба 4410982 взята утром",
    "Палата № 120456",
    # a device's serial after its mark (the project's convention: an item's own number; see id_tagger_vetoes)
    "Выдан слуховой аппарат, серийный № SN 2219-0457 (заводской)",
    "Тонометр S/N: 2207745",
    # (the owner after its adjectives is a place or an institution)
    "Номер городской больницы 12345",
    "Номер участка 12045",
    "Код 1234567. Жалоб нет.",
]
# the same words with a sign, an owner or a record's noun: the model decides (here: takes them)
NOT_VETOED = [
    ("Код: 1234567.", "1234567"),
    ("Код пациента 1234567.", "1234567"),
    ("Номер карты 7712345", "7712345"),
    ("Регистрационный номер 4471902", "4471902"),
    ("Образец № 4410982 доставлен", "4410982"),
    ("Проба крови 65746445 взята", "65746445"),
    ("Образец Б-3078583 доставлен", "Б-3078583"),
    ("Пациент Иванов, код 4410982", "4410982"),
    ("Выгрузка:\n55012345;45;М", "55012345"),
    # (a capital "Номер" opens its sentence: the words of the sentence before it, "отделе", name nothing of it)
    ("Боли в шейном отделе позвоночника. Номер заказа: 2301524538", "2301524538"),
    ("По заказу 8714925426 проба 3715 0853 30 не прошла", "8714925426 3715 0853"),
    # (review A of round 20, finding 1: the noun that owns "номер" is a person or a person's paper, whatever place or
    # institution a genitive after it names; a preposition first names no owner)
    ("Номер участника исследования 45123", "45123"),
    ("Номер участника исследования: 104523", "104523"),
    ("Номер участника КИ 45123", "45123"),
    ("Номер участника программы 45123", "45123"),
    ("Номер истории болезни отделения кардиологии 45123", "45123"),
    ("номер пациента в центре 45123", "45123"),
    ("Номер направления из поликлиники 4512345", "4512345"),
    ("Номер в лаборатории 4512345", "4512345"),
    # (the order of an ambulance's call, its call card's number, as the rules read "Номер наряда 123456")
    ("Номер наряда бригады 123456", "123456"),
    # (finding 2: a bare "Код" before a tab is a table's labelled cell; a sentence going on after the value says whose)
    ("Код\t12345678", "12345678"),
    ("Код\t00012345\tФИО\tИванов", "00012345"),
    ("Код 00123456 пациент Иванов", "00123456"),
]


@pytest.mark.parametrize("text", VETOED)
def test_a_vetoed_number_is_not_tagged_whatever_the_model_scores(text: str) -> None:
    assert list(IdTaggerRecognizer(EVERYTHING).candidates(text)) == []


@pytest.mark.parametrize(("text", "value"), NOT_VETOED)
def test_a_named_number_is_left_to_the_model(text: str, value: str) -> None:
    assert [text[c.start : c.end] for c in IdTaggerRecognizer(EVERYTHING).candidates(text)] == value.split()


@pytest.mark.parametrize("text", VETOED[:9])
def test_the_scanner_reports_nothing_for_the_reproducers(text: str) -> None:
    scanner = PiiScanner()
    try:
        assert [(e.type, e.recognizer) for e in scanner.scan(text)] == []
        assert scanner.scan_fast(text) == []
    finally:
        scanner.close()


def test_the_number_word_veto_reads_the_label_ending_at_the_value() -> None:
    text = "Номер бригады 12045, карта 7712345"
    assert refused_after_number_word(text, text.index("12045"))
    assert not refused_after_number_word(text, text.index("7712345"))  # (the label before it is another)
    assert refused_after_number_word("Номер бригады: 12045", 15)
    assert not refused_after_number_word("Номер истории болезни: 12045", 23)
    # the veto reads the value's line only (a value on the next line is the model's to decide)
    assert not refused("Номер бригады\n12045", 14, 19)


def test_the_number_word_veto_reads_the_noun_that_owns_the_number() -> None:
    # (review A of round 20, finding 1: a place's genitive after a person's or a paper's noun does not refuse it)
    text = "Номер истории болезни отделения кардиологии 45123"
    assert not refused_after_number_word(text, text.index("45123"))
    text = "Номер участника исследования 45123"
    assert not refused_after_number_word(text, text.index("45123"))
    text = "Номер отделения кардиологии 45123"
    assert refused_after_number_word(text, text.index("45123"))


# round 21: an analysis's number without a sign, a measured key's value, a FHIR reference to no person's resource
VETOED_21 = [
    "Анализ 998972861211 готов, контейнер 12. Гемоглобин 120 г/л.",
    "Контакты: нет\nАнализ: 998972861211",
    "Результат анализа 87561234 готов",
    '{"card_price": "45000", "card_number": "771234"}',
    "orderTotal=120500;",
    "<visit_date>20250213</visit_date>",
    "sample_count: 12045",
    "voucher_tariff=45000",
    "Сумма: 45000",
    '{"reference": "Organization/12345", "identifier": "нет"}',
    '"performer": {"reference": "Practitioner/8812"}',
    "https://fhir.example.ru/r4/Location/20451",
    "Medication/77120934",
]
# the same words where the value is a record's: a sign after the analysis, a number's or an id's key word last, a
# patient's or an encounter's reference (the model decides: here it takes them)
NOT_VETOED_21 = [
    ("Анализ по заказу 8756123 готов", "8756123"),
    ("Номер заявки на анализ 878939911092.", "878939911092"),
    ("Направление для анализа 12345678", "12345678"),
    ('{"card_price": "45000", "card_number": "771234"}', "771234"),
    ("price_card_id=55021983;", "55021983"),
    ("стоимость_карты: 45000", "45000"),
    ("mis_visit_id=55021983;", "55021983"),
    ('{"reference": "Patient/12345"}', "Patient/12345"),
    ('{"reference": "Encounter/20451"}', "Encounter/20451"),
    ("Organizational 12345", "12345"),
]


@pytest.mark.parametrize("text", VETOED_21)
def test_an_unsigned_analysis_a_measured_key_and_no_persons_reference_are_not_tagged(text: str) -> None:
    assert [text[c.start : c.end] for c in IdTaggerRecognizer(EVERYTHING).candidates(text)] == \
        (["771234"] if "card_number" in text else [])


@pytest.mark.parametrize(("text", "value"), NOT_VETOED_21)
def test_a_signed_analysis_an_id_key_and_a_patients_reference_are_left_to_the_model(text: str, value: str) -> None:
    assert [text[c.start : c.end] for c in IdTaggerRecognizer(EVERYTHING).candidates(text)] == value.split()


# round 23: a round amount under a key that says only "a number" (a count or a sum, as export_ids reads a paper's
# "number" key of four digits and fewer); not a value that is not round, nor a key with an owner's word, nor a sign
ROUND_AMOUNTS = ['{"recipe": {"number": "2500", "text": "Парацетамол 500 мг"}}', "no=1500;", "<nr>3000</nr>",
                 '{"Number": "1000"}']
NOT_ROUND_AMOUNTS = [('{"recipe": {"number": "2537"}}', "2537"), ('<NapravlenieMSE Nomer="5890">', "5890"),
                     ('{"card_number": "2500"}', "2500"), ('{"number": "25000"}', "25000"), ("id=2500;", "2500"),
                     ("Карта вызова СМП № 2500 принята", "2500")]


@pytest.mark.parametrize("text", ROUND_AMOUNTS)
def test_a_round_amount_under_a_bare_number_key_is_not_tagged(text: str) -> None:
    assert list(IdTaggerRecognizer(EVERYTHING).candidates(text)) == []


@pytest.mark.parametrize(("text", "value"), NOT_ROUND_AMOUNTS)
def test_a_value_not_round_an_owners_key_or_a_sign_are_left_to_the_model(text: str, value: str) -> None:
    assert [text[c.start : c.end] for c in IdTaggerRecognizer(EVERYTHING).candidates(text)] == [value]


# round 23: a whole sum with its hundredths (a register's amount) is no record's number; other decimals, a record's
# number with a dot and a year, a dot inside a longer number are left to the model
@pytest.mark.parametrize(("text", "amount"), [('Иванов,381-ДМС/23,36306.00\n', "36306.00"), ("Итого: 4500.00 руб", "4500.00"),
                                              ("sum 12000.00;", "12000.00")])
def test_a_whole_sum_with_its_hundredths_is_not_tagged(text: str, amount: str) -> None:
    found = [text[c.start : c.end] for c in IdTaggerRecognizer(EVERYTHING).candidates(text)]
    assert amount not in found and found == (["381-ДМС/23"] if "ДМС" in text else [])


@pytest.mark.parametrize(("text", "value"), [("История болезни 4512.24", "4512.24"), ("карта 4512.00.17", "4512.00.17"),
                                             ("Заказ 100.001234", "100.001234")])
def test_a_dotted_record_number_is_left_to_the_model(text: str, value: str) -> None:
    assert [text[c.start : c.end] for c in IdTaggerRecognizer(EVERYTHING).candidates(text)] == [value]


# round 23: a year with letters right after a word with no sign is when, not which paper (paper_values' convention);
# after a sign, or with more digits than a year's, the model decides
@pytest.mark.parametrize("text", ["Договору 2024-ДМС соответствует.", "согласно протоколу МБ-2015 лечение", "Договор 2024г продлён"])
def test_a_year_with_letters_after_a_word_is_not_tagged(text: str) -> None:
    assert list(IdTaggerRecognizer(EVERYTHING).candidates(text)) == []


@pytest.mark.parametrize(("text", "value"), [("Справка № 2027-ХТИ выдана", "2027-ХТИ"), ("Договор: 2024-ДМС", "2024-ДМС"),
                                             ("Договор 20245-ДМС продлён", "20245-ДМС"), ("АКТ № 1995/А об оказании", "1995/А")])
def test_a_year_with_letters_after_a_sign_or_a_number_word_is_left_to_the_model(text: str, value: str) -> None:
    assert [text[c.start : c.end] for c in IdTaggerRecognizer(EVERYTHING).candidates(text)] == [value]


# round 23: a six-digit postal index before the town, the settlement or the region it is the index of is no record's
# number (the round-23 retrain scored "Карта 4509, 123456 г. Москва"'s 123456 >= 0.95); alone, after a sign, before
# a date or before a person's name it is left to the model
@pytest.mark.parametrize("text", ["Карта 4509, 123456 г. Москва", "Адрес: 123456, Москва, ул. Ленина, 5", "123456, Респ. Татарстан",
                                  "123456 Тверская обл., г. Кимры", "171500, обл Тверская", "659700 с. Шира", "123456, Алтайский край"])
def test_a_postal_index_before_its_place_is_not_tagged(text: str) -> None:
    assert not any(len(text[c.start : c.end]) == 6 for c in IdTaggerRecognizer(EVERYTHING).candidates(text))


@pytest.mark.parametrize(("text", "value"), [("Карта 123456", "123456"), ("№ 123456 от 12.03.2024", "123456"),
                                             ("Справка № 123456 г. Москва", "123456"), ("Карта 123456, паспорт предъявлен", "123456"),
                                             ("351586,Михайлов Родион Аверьянович,1990-01-25", "351586")])
def test_six_digits_not_before_a_place_are_left_to_the_model(text: str, value: str) -> None:
    assert value in [text[c.start : c.end] for c in IdTaggerRecognizer(EVERYTHING).candidates(text)]
