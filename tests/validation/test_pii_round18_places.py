"""PII that generalises (issue #10, round 18): places.

* a settlement's kind written as a label ("в городе — Кондопога") is no part of the place the field names.
Made-up cases, with look-alikes that stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner


def _locations(scanner: PiiScanner, text: str) -> list[str]:
    return [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == "LOCATION"]


@pytest.mark.parametrize(("text", "place"), [
    ("Проживает в городе — Кондопога", "Кондопога"),
    ("Проживает в деревне: Истра, ул. Садовая, 5. Жалоб нет.", "Истра, ул. Садовая, 5"),
    ("Проживает в деревне — Истра", "Истра"),
    ("Прописана в посёлке: Сосновка", "Сосновка"),
])
def test_a_labelled_place_starts_at_its_name_not_at_its_kind(scanner: PiiScanner, text: str, place: str) -> None:
    assert _locations(scanner, text) == [place]


@pytest.mark.parametrize("text", ["Проживает в городе — один.", "Проживает в городе: с семьёй."])
def test_a_kind_label_without_a_name_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert _locations(scanner, text) == []


# A hurried note's address after "адр", "прож", "м/ж" (место жительства) or "патронаж" with no keyword: town and street
# parted by commas, a house with its building and flat, a flat's keyword, keywords glued to their names
@pytest.mark.parametrize("source", [
    "Легкий зуд. адр [[L|Избербаш, Черемушки, 99б/249]]",
    "Боль в ноге. адр [[L|Аршан, 70 лет Октября, 89/30]] - повышение АД до 130/80",
    "Налет на языке адр [[L|Коммунальная 107б кв 11]]",
    "Заплетается язык адр [[L|Олимпийская 107/1/245]]",
    "Головная боль. прож [[L|Таежная 22/1/132]] (у сына)",
    "Слабость. прож [[L|Всеволожск Коммуны 83-3]] (у сына)",
    "Боль в пояснице. м/ж [[L|Курская 9а кв153]]",
    "Подтекание мочи. м/ж [[L|гКузнецк улТеатральная д155]] на приеме",
    "Покалывание. адр [[L|гКоломна улТитова 21]] Применяла парацетамол",
])
def test_a_hurried_label_takes_an_address_by_its_shape(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "прож с мужем 2-3 года, курит",
    "прож у дочери, 1-2 эт.",
    "прож одна, соц работник 2 раза в неделю",
    "адр не указан, со слов выписан 5/3/20.",
    "м/ж не знает, доза 2-3 мг",
])
def test_a_hurried_label_without_an_address_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert _locations(scanner, text) == []


def test_an_address_read_by_its_shape_ends_with_its_house(scanner: PiiScanner) -> None:
    text = "адр Славянск-на-Кубани, Комарова, 25а/84 самообращение"
    assert _locations(scanner, text) == ["Славянск-на-Кубани, Комарова, 25а/84"]


# A place named in brackets after a residence label or an institution's abbreviation, in the nominative
@pytest.mark.parametrize("source", [
    "Контроль у офтальмолога по месту жительства ([[L|Домбай]]). Боли в шее.",
    "Контроль по месту жительства ([[L|Кропоткин]]).",
    "Актив передан в поликлинику по месту жительства ([[L|Октябрьский]] (Башк.)).",
    "Фельдшер ФАП ([[L|Сальск]]) выезжает раз в неделю.",
])
def test_a_place_in_brackets_after_a_residence_label_or_an_institution(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "Наблюдение по месту жительства (Участковый терапевт). Жалоб нет.",
    "Госпитализирован в ЦРБ (Терапевтическое отделение).",
    "Осмотр в ОРИТ (Кардиология).",
    "Диагноз по МКБ (Гипертензия), стадия (Вторая).",
])
def test_a_bracket_after_a_label_without_a_place_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert _locations(scanner, text) == []


# "ш." and "пл." (also a scale and anatomy) name a street when a house with its flat follows: the flat's keyword, or a
# house and flat pair that ends a register's cell after a town
@pytest.mark.parametrize("source", [
    "2) Горбунова, 57 л. — [[L|Бреды, ш. Сплавная 2, кв. 65]] — паллиатив",
    "10.08.2023 | [[L|ЧЕРМОЗ, Ш. ЗАОЗЕРНАЯ 59-19]] | ЖКВ V1",
])
def test_an_ambiguous_street_word_with_a_house_and_flat_is_a_street(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan_fast(text) if e.type == "LOCATION"], text, spans)


@pytest.mark.parametrize("text", ["пл. Сустав 2-3;", "Шкала | ш. Сустав 13-15 | норма"])
def test_an_ambiguous_street_word_with_a_score_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert _locations(scanner, text) == []


# "Town, Street house-flat" filling a list's or a register's cell: the town may be an ordinary word ("Ясный", "Находка")
# where the street is shaped as one
@pytest.mark.parametrize("source", [
    "3) Shiryaev M.V. — [[L|Ясный, Белорусская 405-144]] — 8-978-320-87-30",
    "1) Милий Гордеев — [[L|Находка, Луначарского 8/9-157]] — 8.953.388.72.26",
    "Горшков Л.В. / 3 января 1934 г. / [[L|Меренга, Ломоносова 103/3 - 183]]\nI25.2",
])
def test_a_town_that_is_an_ordinary_word_fills_an_address_cell(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan_fast(text) if e.type == "LOCATION"], text, [s for s in spans if s[0] == "LOCATION"])


@pytest.mark.parametrize("text", [
    "Жалобы:\nТошнота, Рвота 2-3\nСлабость",
    "Тоны сердца: Ясные, Ритмичные 72-74;",
    "2) Kononov M.V. — Серафимович, Проезжая 342-24 — 89387540481",
])
def test_a_list_of_words_and_a_range_is_no_address_cell(scanner: PiiScanner, text: str) -> None:
    assert _locations(scanner, text) == []


# A village named as a person is ("Майя", "Владимир"), after a preposition of place and its "с."/"д."/"п."
@pytest.mark.parametrize("source", [
    "Прибыл из [[L|с. Майя]], полис ДМС отсутствует.",
    "Родилась в [[L|с. Майя]], росла и развивалась нормально.",
    "Доставлен из [[L|с. Владимир]] санавиацией.",
])
def test_a_village_named_as_a_person_after_a_preposition_of_place(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", ["см. с. Ивана", "Приём у д. Владимира Петровича"])
def test_a_name_after_s_or_d_without_a_preposition_of_place_is_no_village(scanner: PiiScanner, text: str) -> None:
    assert _locations(scanner, text) == []


# A house with its flat's keyword makes the names before it a street (and its town) with no preposition or cue before them
@pytest.mark.parametrize(("text", "place"), [
    ("бригада направлена Учалы Хвойная 85 квартира 57 боль в груди", "Учалы Хвойная 85 квартира 57"),
    ("Выезд: бригада направлена Ишим Дачная 95 квартира 33 боль в груди", "Ишим Дачная 95 квартира 33"),
    ("Живет Садовая 5 кв 3", "Садовая 5 кв 3"),
])
def test_a_house_with_a_flat_keyword_makes_a_street_of_the_names_before_it(scanner: PiiScanner, text: str, place: str) -> None:
    assert _locations(scanner, text) == [place]


@pytest.mark.parametrize("text", ["Эналаприл 5 кв. 2", "Жалобы Боли 5 кв 3", "Площадь ожога 5 кв. см"])
def test_a_number_and_a_flat_keyword_after_other_words_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert _locations(scanner, text) == []


# A form's noun of origin for either sex, its ending in brackets, takes the town in the genitive as the plain noun does
@pytest.mark.parametrize(("text", "place"), [
    ("Кира Юрьевна, житель(ница) Ахтубинска, после эндопротезирования", "Ахтубинска"),
    ("житель(ница) Павловской, после эндопротезирования", "Павловской"),
    ("уроженец(ка) Тулы, проживает с дочерью", "Тулы"),
])
def test_a_forms_noun_of_origin_for_either_sex_takes_its_town(scanner: PiiScanner, text: str, place: str) -> None:
    assert _locations(scanner, text) == [place]


@pytest.mark.parametrize("text", ["Доставлен(а) бригадой, осмотрен(а) Терапевтом.", "Анализ (сдана) Кровь"])
def test_a_bracketed_ending_before_an_ordinary_word_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert _locations(scanner, text) == []


# "Town, Street, д. N" in a visit's line: a village named by an ordinary word ("Кордон", "Ключи") before a street that is a
# feminine adjective, as a cell's town may be
@pytest.mark.parametrize(("text", "place"), [
    ("Пациент Хохлов, 62 л., Кордон, Центральная, д.88. Жалобы на одышку.", "Кордон, Центральная, д.88"),
    ("Пациентка Блохина, 79 л., Ключи, Лесная, д.80. Жалобы на отёки.", "Ключи, Лесная, д.80"),
])
def test_a_village_named_by_an_ordinary_word_before_its_street_and_house(scanner: PiiScanner, text: str, place: str) -> None:
    assert _locations(scanner, text) == [place]


def test_a_complaint_and_its_adjective_before_a_count_stay_clean(scanner: PiiScanner) -> None:
    assert _locations(scanner, "Осмотр, 62 л., Кашель, Сухой, д.2. Жалобы") == []


# A town typed in lower case (and its street) before a house-flat pair: a hurried log's row, an envelope's line
@pytest.mark.parametrize(("text", "place"), [
    ("14.08 николаев 44л верхотурье 63-14 перевязка", "верхотурье 63-14"),
    ("05.11 егоров 60л кызыл-мажалык 6б-13 ад в норме", "кызыл-мажалык 6б-13"),
    ("Приглашение\nбузулук громова 71-48\n", "бузулук громова 71-48"),
])
def test_a_lower_case_town_before_a_house_and_flat(scanner: PiiScanner, text: str, place: str) -> None:
    assert _locations(scanner, text) == [place]


@pytest.mark.parametrize("text", ["пульс ритмичный 60-80 уд", "доза препарата 10-20", "орёл 2-3 раза", "анализ крови 12-15"])
def test_lower_case_words_before_a_range_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert _locations(scanner, text) == []
