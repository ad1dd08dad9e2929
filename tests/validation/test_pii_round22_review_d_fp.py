"""False positives of round 22's new place and date rules (review D r22): look-alikes each rule must refuse.

* a residence cue before ordinary capitalised words and a number ("Проживает Семья 4 человека", "Живет Один, 2 собаки",
  "Зарегистрирован Роспотребнадзором 15 марта"): no town and no street (findings 1, 14, 15);
* a verb of stay or service before a title-cased department, service, state or pronoun ("находится в Кардиологии",
  "Служит в Полиции", "Находится в Тяжелом состоянии", "Находит в Себе силы"): no place (findings 2, 6, 15);
* an event's verb, a value's, a version's or a document's noun and a number ("Рассчитан индекс 1.12", "Применялся
  протокол 1.10", "Утвержден приказом 12.10"), or a dilution ("Разведен 1.10"): no date (findings 3, 15);
* the residence rule's own vetoes, each alone: a patronymic ("Проживает Иванов Иван Петрович 12") and a count after a
  town's name ("Проживает Гремячинск 5 лет", "Живет Гремячинск 2 собаки") (finding 15);
* a graded blood loss's or activity's round volume in brackets ("Умеренная кровопотеря (2000)"): no year (finding 7);
* a register's row whose patronymic ends in "-ич" ("Петров Пётр Ильич\t45\tд. Малиновка") and a stay in a word-town's
  house counted in days ("Лечился в Заречном доме 5 дней": a rest home, no town) (finding 12);
* a lower-case first name and a surname the dictionary does not know, agreeing by its ending ("звонила галина зимина"),
  after a role's cue; a first name and an ordinary word stay a first name at most (finding 4).

Made-up cases; the rules' positives stay in test_pii_round22_places_dates.py.
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner


def _persons(scanner: PiiScanner, text: str) -> list[str]:
    return [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == "PERSON"]


def _dates(scanner: PiiScanner, text: str) -> list[str]:
    return [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == "DATE_TIME"]


def _locations(scanner: PiiScanner, text: str) -> list[str]:
    return [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == "LOCATION"]


@pytest.mark.parametrize("text", [
    "Проживает Семья 4 человека",
    "Живет Один, 2 собаки",
    "Живет Одна, 3 этаж",
    "Живет Один Этаж 3",
    "Живет Частный Дом 3",
    "проживает Квартира 5",
    "Проживает Общежитие 2",
    "Проживает ДЕТСКИЙ ДОМ 5",
    "Прописан Постоянно 12",
    "Адр Кардиологическое Отделение 5",
    "Зарегистрирован Роспотребнадзором 15 марта",
    "Зарегистрирован Минюстом РФ 12 мая",
    "Зарегистрирована Терапевтом 12",
    "Юр. адр ООО Ромашка 5",
    "Прописан Отделом УФМС 12",
    "Зарегистрирован Приказом Минздрава 12",
    "Проживает Самостоятельно 2 этаж",
    "Живет Отдельно, Дети 2",
    "Живут Вдвоем 2",
])
def test_a_residence_cue_before_ordinary_words_and_a_number_is_no_address(scanner: PiiScanner, text: str) -> None:
    assert _locations(scanner, text) == []


@pytest.mark.parametrize(("text", "place"), [
    ("живет Великий Устюг Мира 12", "Великий Устюг Мира 12"),
    ("адр Гремячинск Садовая 4 219", "Гремячинск Садовая 4 219"),
    ("проживает Темрюк Горького 5", "Темрюк Горького 5"),
])
def test_a_town_and_a_street_after_a_residence_cue_still_read(scanner: PiiScanner, text: str, place: str) -> None:
    assert _locations(scanner, text) == [place]


@pytest.mark.parametrize("text", [
    "Пациент находится в Кардиологии",
    "Находится в Терапии",
    "Находится в Хирургии",
    "Находится в Неврологии",
    "Служит в Полиции",
    "Служит в Росгвардии",
    "Находится в Тяжелом состоянии",
    "Находится в Тяжелом",
    "Находится в Реанимационном",
    "Находится в Инфекционном",
    "Находится в Процедурной",
    "Ребенок находится в Доме ребенка",
    "Находит в Себе силы",
    "Служащий в Банке",
    "Служит в Сбербанке",
])
def test_a_department_a_service_or_a_state_after_a_verb_of_stay_is_no_place(scanner: PiiScanner, text: str) -> None:
    assert _locations(scanner, text) == []


@pytest.mark.parametrize(("text", "place"), [
    ("Служил в Чечне", "Чечне"),
    ("Находится в Беслане у родственников", "Беслане"),
    ("Проходил службу в Певеке.", "Певеке"),
])
def test_a_town_after_a_verb_of_stay_still_reads(scanner: PiiScanner, text: str, place: str) -> None:
    assert _locations(scanner, text) == [place]


@pytest.mark.parametrize("text", [
    "Рассчитан индекс 1.12",
    "Применялся протокол 1.10",
    "Использован набор 2.12",
    "Утвержден приказом 12.10",
    "Рассчитан коэффициент 10.12",
    "Подсчитан показатель 10.12",
    "Выполнено 5.10 процедур",
    "Разведен 1.10 физраствором",
    "Разведён 1.10",
])
def test_a_value_a_version_or_a_document_after_an_events_verb_is_no_date(scanner: PiiScanner, text: str) -> None:
    assert _dates(scanner, text) == []


@pytest.mark.parametrize(("text", "date"), [
    ("Начат курс 10.12", "10.12"),
    ("Вскрыт абсцесс 12.04. Дренаж.", "12.04"),
    ("Выставлен диагноз 10.12", "10.12"),
    ("Госпитализирован 5.10 в ЦРБ", "5.10"),
])
def test_an_events_verb_and_its_object_before_a_day_and_month_still_date_them(scanner: PiiScanner, text: str,
                                                                             date: str) -> None:
    assert _dates(scanner, text) == [date]


@pytest.mark.parametrize("text", [
    "Умеренная кровопотеря (2000), гемотрансфузия",
    "Массивная кровопотеря (1900), гемотрансфузия",
    "Высокая активность (2000)",
    "Выраженная активность (1950)",
])
def test_a_graded_states_round_volume_in_brackets_is_no_year(scanner: PiiScanner, text: str) -> None:
    assert _dates(scanner, text) == []


@pytest.mark.parametrize(("text", "year"), [
    ("Массивная кровопотеря (2015), гемотрансфузия", "2015"),
    ("Болезнь Крона, высокая активность (2016)", "2016"),
])
def test_a_graded_states_year_in_brackets_still_reads(scanner: PiiScanner, text: str, year: str) -> None:
    assert _dates(scanner, text) == [year]


@pytest.mark.parametrize("text", [
    "Проживает Иванов Иван Петрович 12",
    "Проживает Гремячинск 5 лет",
    "Живет Гремячинск 2 собаки",
    "Проживает Темрюк 3 человека",
])
def test_a_residence_cue_before_a_persons_name_or_a_towns_count_is_no_street(scanner: PiiScanner, text: str) -> None:
    assert _locations(scanner, text) == []


@pytest.mark.parametrize("text", [
    "Петров Пётр Ильич\t45\tд. Малиновка",
    "Петров Пётр Фомич\t45\tд. Малиновка",
])
def test_a_register_row_with_a_patronymic_in_ich_keeps_its_village(scanner: PiiScanner, text: str) -> None:
    assert _locations(scanner, text) == ["д. Малиновка"]


@pytest.mark.parametrize("text", [
    "Лечился в Заречном доме 5 дней",
    "Лечился в Заречном доме 2 месяца",
])
def test_a_stay_in_a_house_counted_in_days_names_no_town(scanner: PiiScanner, text: str) -> None:
    assert _locations(scanner, text) == []


def test_a_word_towns_house_and_its_number_still_name_the_town(scanner: PiiScanner) -> None:
    assert _locations(scanner, "прописан в Заречном доме 5") == ["Заречном"]


def test_a_register_row_of_days_keeps_the_settlement_reading(scanner: PiiScanner) -> None:
    # (pinned, passes before: a cell of 1-3 digits after initials is read as an age, so the surname-like village after it
    # is masked; a register of sick-leave days "ФИО\tдни\tд." loses nothing by it, only over-masks)
    assert _locations(scanner, "Иванова А.А.\t5\tд. Иванова") == ["д. Иванова"]


@pytest.mark.parametrize(("text", "name"), [
    ("звонила галина зимина", "галина зимина"),
    ("созвон с галиной зиминой", "галиной зиминой"),
    ("звонил павел шмырин", "павел шмырин"),
])
def test_a_first_name_and_a_guessed_surname_agreeing_by_its_ending(scanner: PiiScanner, text: str, name: str) -> None:
    assert _persons(scanner, text) == [name]


@pytest.mark.parametrize("text", [
    "звонила галина сказала",
    "звонила галина утром",
    "звонил павел аспирин",
    "звонила галина новая",
])
def test_a_first_name_and_an_ordinary_or_a_drugs_word_is_no_pair(scanner: PiiScanner, text: str) -> None:
    assert all(" " not in found for found in _persons(scanner, text))
