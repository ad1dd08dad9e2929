"""PII that generalises (issue #10, round 20): addresses in the layouts the documented conventions give them
(:mod:`benchmarks.pii_address_conventions`).

* a register's address column named as forms name their cells, in full or cut short ("Нас. пункт", "НАС.ПУНКТ",
  "Место жит.", "Город"), in tables with bars, tabs or aligned by spaces; a sex column's "М/Ж" names no address;
* a settlement keyword right after a tab, a register's cell boundary ("1955\\tс. Комаровка"), not only after a space.
Made-up cases, with look-alikes that stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner


@pytest.mark.parametrize("source", [
    "№ | ФИО | Дата рождения | Нас. пункт | Диагноз\n18 | [[P|Доронин Е.И.]] | [[D|02.04.1974]] | [[L|Кяхта]] | I11.9\n",
    "КАРТА  ФИО                 ДР          НАС.ПУНКТ\n[[M|A12345]] [[P|Сидоров Олег Ильич]]  [[D|17.02.1984]]  [[L|Кедровый]]\n",
    "№\tФИО\tМесто жит.\tДиагноз\n3\t[[P|Петров И.И.]]\t[[L|Кострома, Лесная 5-12]]\tГБ\n",
    "№ | Пациент | Город | Телефон\n1 | [[P|Орлова А.В.]] | [[L|Сузун]] | —\n",
    "Ф.И.О. | Место рождения | Полис\n[[P|Зайцев К.И.]] | [[L|Верхний Баскунчак]] | —\n",
])
def test_an_address_column_named_as_forms_name_it(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "Область | Размер, мм | Эхогенность\nПравая доля | 15 | снижена\n",
    "Показатель | Результат | Норма\nГемоглобин | 132 | 120-160\n",
    "Отделение | Койка | Диагноз\nТерапия | 5 | ГБ II ст.\n",
    # (review A of round 20, finding 4: "М/Ж" heads the sex column, мужской/женский)
    "ФИО | М/Ж | Возраст\nИванов И.И. | М | 45\nПетрова А.А. | Ж | 50\n",
    "ФИО\tМ/Ж\tВозраст\nИванов И.И.\tМ\t45\nПетрова А.А.\tЖ\t50\n",
    "№   ФИО              М/Ж  Возраст\n1   Иванов И.И.      М    45\n2   Петрова А.А.     Ж    50\n",
])
def test_a_table_without_an_address_column_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "LOCATION"] == []


@pytest.mark.parametrize("source", [
    "21\t[[P|Ковалев И.Б.]]\t76\t[[L|с. Никифорово, ул. Садовая, 76/1]]\tГБ II ст.\n",
    "14\t[[P|Большаков П.Б.]]\t19\t[[L|д. Малиновка]]\tСД 2 типа\n",
])
def test_a_settlement_after_a_tab(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "Амоксициллин 5 д. Контроль ОАК.",
    "Цефтриаксон по 1 г 7 д. Далее осмотр.",
    "Курс\t5 д. Затем перерыв.",
])
def test_days_after_a_number_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "LOCATION"] == []


@pytest.mark.parametrize("source", [
    "живет [[L|с рябиновка ул снежная 52]] одна",
    "проживает: [[L|г тюмень ул мельникайте 101-25]]",
    "53л [[L|с.старая кулатка ул.школьная 9]] t 37.8 орви",
    "прож. [[L|ст-ца денисовская пионерская 52б]] с женой",
    "вызов: [[L|пгт шира полевая 23]] инъекц. №3",
])
def test_a_lower_case_address_with_a_plain_house_after_two_keywords_or_an_own_kind(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "с. утра 2 раза, ул. 5 мг",
    "принимать с утра по 2 таблетки, с обеда 1",
    "пгт 5 лет назад переехал",
    "ул. вечером 2 р в день",
    "д. 5 дней назад, п. 3 рекомендаций",
    # (review A of round 20, finding 3: a word holding the letters "ул" is no street's keyword)
    "п. пульс 96 в мин",
    "с. пульс 76",
    "п. пульс ритмичный 72 уд",
    "с. стул оформленный 1",
    "х. капсулы 2 по утрам",
    "нп стул 1",
])
def test_lower_case_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "LOCATION"] == []


@pytest.mark.parametrize("source", [
    "живет [[L|всеволожск маркса 105/1/3-159]] одна",
    "прож. [[L|красноуральск социалистическая 59/4-358]] с женой",
    "живет [[L|усть-баргузин прудная 141/3-5]] одна",
])
def test_a_hurried_address_after_a_residence_verb(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "живет одна, 2-3 раза в неделю приходит соцработник",
    "живет с дочерью 5-6 лет",
    "Живёт в общежитии 3 года, курит 1/2 пачки",
    "проживает один 10-12 лет",
    "живет отдельно 12-03-2021 переехал",
])
def test_a_residence_verb_without_an_address_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "LOCATION"] == []


@pytest.mark.parametrize("source", [
    "Живёт с дочерью в [[L|г. Кизляре, 9 Мая ул., 133а]], квартира неблагоустроенная.",
    "живет д Уваровка [[L|ул 1 Мая 62/2]] одна",
])
def test_a_street_named_by_a_date_with_its_keyword_after_it_or_without_a_stop(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    found = [(e.type, e.start, e.end) for e in scanner.scan_fast(text)]
    assert any(t == "LOCATION" and s < spans[0][2] and spans[0][1] < e for t, s, e in found), found
    assert not any(t == "DATE_TIME" for t, _, _ in found), found


@pytest.mark.parametrize("source", [
    "Приём [[D|9 мая]], [[L|ул. Ленина 5]]",
    "Приём в [[L|с. Ивановка]] [[D|14 октября]] с 9:00",
    "Прием [[D|1 мая]] пл. 3",
])
def test_a_date_before_a_street_stays_a_date(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("source", [
    "[[L|Торжок, Лунная, 97/1]]. Жалобы на боли в спине.",
    "Упала дома ([[L|Чебаркуль, Шаумяна, 131б]]).",
])
def test_a_town_street_and_house_parted_by_commas(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "Кашель, Сухой, 3 дня.",
    "Слабость, Общая, 2 раза в день.",
    "Лантус, Вечерняя, 20 ЕД.",
])
def test_words_parted_by_commas_before_a_count_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "LOCATION"] == []


def test_initials_in_a_cell_are_no_settlement_column(scanner: PiiScanner) -> None:
    text, spans = planted("Заявка (код 225)\nПолучатель: [[P|Сергеева Н. П.]] | СНИЛС: [[S|523-497-357 03]] | ИНН: нет\n")
    check_planted(scanner.scan_fast(text), text, spans)
