"""PII that generalises (issue #10, round 17): rural and regional places.

* the register's short names of settlement kinds (ФИАС/ГАР's list of types, Приказ Минфина № 171н): "нп", "сл.", "у.",
  "населённый пункт", a garden partnership in lower case or as "с/т", a plot's "уч" without its stop;
* a day and its month in words after a settlement is a date, not its house ("в рп Богородское 6 февраля");
* a republic's name does not run on into the next line's addressee;
* a form's verb for either sex ("доставлен(а) из Беслана") is a verb of moving;
* a town of two words (an adjective and a noun) after a residence or birth label ("Место рождения: Сосновый Бор").
Made-up cases, with look-alikes that stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.address_lower import LOWER_ANCHORS


@pytest.mark.parametrize("source", [
    "Адрес пребывания: [[L|сл. Малиновка, Зелёная, 58]]\nФлюорография без патологии.",
    "Живёт на даче: [[L|снт Железнодорожник уч 163]] Дискомфорт в суставах.",
    "Вызов: [[L|с/т Радуга, д. 364]], сторожка.",
    "Работает дояркой в [[L|населённый пункт Сосновка]]. Повышение температуры.",
    "От: ФАП [[L|у. Тукаево]], фельдшер осмотрел.",
    "Место работы: пилорама, [[L|нп Ключи]]. Жалоб нет.",
    "Место рождения [[L|НП ПОКРОВКА КУЩЕВСКОГО Р-НА]]\nМесто жительства: [[L|676647, АМУРСКАЯ ОБЛ.]]",
])
def test_the_registers_short_settlement_kinds_name_a_place(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "Инсулин 10 у.е. перед едой, 5 у. Инсулина вечером.",
    "Мазок: сл. Слизистая чистая. Справа сл. Отечность умеренная.",
    "Сатурация 97%, нп без особенностей.",
    "Уч 5 раз в день по 2 капли.",
])
def test_the_short_kinds_in_other_meanings_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "LOCATION"] == []


@pytest.mark.parametrize("source", [
    "Диспансеризация: приём в [[L|рп Богородское]] [[D|6 февраля]] с 9:00.",
    "Выезд в [[L|аул Старые Шигали]] [[D|9 мая]] с 9:00.",
])
def test_a_day_and_month_after_a_settlement_is_a_date_not_its_house(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


def test_a_street_named_by_a_date_keeps_its_date(scanner: PiiScanner) -> None:
    text = "Адрес: г. Тверь, ул. 9 мая, 5"
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)] == [("LOCATION", "г. Тверь, ул. 9 мая, 5")]


def test_a_republic_does_not_run_into_the_next_lines_addressee(scanner: PiiScanner) -> None:
    text, spans = planted("[[L|СНТ «Энергетик», уч. 221, респ. Башкортостан]]\n[[P|Игнатову Захару Феоктистовичу]]\n\nУважаемый")
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("source", [
    "Пац. [[P|Нуриев Марат Рифович]], [[D|29 сентября 2016]] г., доставлен(а) СМП из [[L|Беслана]] с жалобами на боли.",
    "[[P|Гусев Кир Харлампьевич]], [[D|07.07.1974]] г.р., доставлен(а) бригадой СМП из [[L|Ведённого]] с жалобами.",
])
def test_a_forms_verb_for_either_sex_is_a_verb_of_moving(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("source", [
    "Боли в ШОП. Место рождения: [[L|Сосновый Бор]]",
    "Семья переехала (прежнее место жительства — [[L|Горячий Ключ]]), прививки там.",
])
def test_a_two_word_town_after_a_residence_or_birth_label(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", ["Место рождения: Старый Город", "Доставлен(а) из приёмного отделения в палату 5."])
def test_generic_words_after_those_cues_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "LOCATION"] == []


@pytest.mark.parametrize("source", [
    "Травма на покосе: [[L|69 км автодороги Адлер — Заречное]]",
    "ДТП на [[L|а/д Троицкое — Нефедова, км 11]], пострадавший доставлен в ЦРБ.",
    "Вызов на [[L|трасса Обоянь-Калинино, 81-й км]] Боли в пояснице.",
    "ДТП на [[L|120 км трассы М-4 «Дон»]], водитель.",
])
def test_a_road_and_its_kilometre_name_a_place(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "Работает водителем на трассе, А/Д 130/80, ходит по автодороге Каждый день.",
    "Вдоль трассы Боли не усиливаются; прошёл 5 км пешком.",
])
def test_a_road_word_without_a_road_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "LOCATION"] == []


@pytest.mark.parametrize("source", [
    "Посещение на дому. Пациент [[P|Субботин Ф.Ф.]], 71 л., [[L|Шира, Лесная, д.44]]. Жалобы на одышку.",
    "Пациентка [[P|Бадмаева О.Д.]], 67 л., [[L|Новоалександровка, 8-е Марта, д.86/1]]. Жалобы на отёки.",
    "Пациент, 67 л., [[L|Верхние Услы, Луговая, д.26]]. Жалобы на кашель.",
    "Пациентка, 77 л., [[L|Заречное, Школьная, д.84]]. Жалобы на отёки.",
])
def test_a_settlement_and_a_bare_street_before_a_named_house(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "Осмотрены вместе Иванова, Петрова, д. 5 наблюдения.",
    "Назначены препараты Аспирин, Кардиомагнил, д. 5 приёма.",
])
def test_surnames_or_drugs_before_a_house_keyword_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "LOCATION"] == []


@pytest.mark.parametrize("source", [
    "[[D|07.07.2024]] | [[P|Устинова О.А.]] | [[L|ЛИПЕЦК, УЛИЦА ОКТЯБРЬСКАЯ 40-34]] | Гриппол плюс, 0,5 мл в/м",
    "[[D|11.09.2024]] | [[L|КИЗЛЯР, Ш. ЧЕРНЫШЕВСКОГО 73-11]] | АДС-М, 0,5 мл в/м",
    "Дата рождения [[D|21.04.1955]]\nМесто рождения [[L|ГОР. РАДУЖНЫЙ]]\n",
])
def test_a_register_or_a_passport_in_capitals_with_a_full_street_word(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", ["ПАЦИЕНТ ЖАЛУЕТСЯ НА БОЛЬ, УЛИЦА НЕ УБРАНА", "АУЛ ПОВТОРНО НЕ ОСМАТРИВАЛСЯ"])
def test_capitals_without_an_address_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "LOCATION"] == []


@pytest.mark.parametrize("source", [
    "Летом отдыхали в: [[L|Кондопога]], укус клеща 2 недели назад.",
    "Ребёнок проживает у бабушки в деревне — [[L|Истра]], вода из колодца.",
    "Проживает в сельской местности: [[L|Чикола]]. Боли между лопатками.",
])
def test_a_place_label_made_of_a_preposition_and_a_colon_or_a_dash(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "Жалобы: Кашель. Осмотрен в: Приёмном отделении. Направлен в — Хирургию.",
    "Отдыхали в: Турция, всё хорошо.",
])
def test_a_ward_or_a_country_after_such_a_label_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "LOCATION"] == []


@pytest.mark.parametrize("source", [
    "26.10 николаева 43л [[L|аул баксан молодёжная 21/1]] давл 140/80 норм",
    "кондратьев 48л [[L|у. нижняя иреть луговая 38а]] ад 150/90 дибазол",
    "адр красноярский край, селезневский р-н, [[L|с. гусево, ул. крылова, д. 10]] ок",
])
def test_an_address_typed_in_lower_case_after_its_keyword(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    found = [e for e in scanner.scan_fast(text) if e.type == "LOCATION"]
    check_planted(found, text, [s for s in spans if s[0] == "LOCATION"])


@pytest.mark.parametrize("text", [
    "принимать с. утра 2а раза, п. вторая 3б группа, д. активности 5/2 нед",
    "т.д. нормальные показатели 12а, с. тяжелая 2/3",
    "см. п. 4.4, 4.9 приказа 29н; д. 5",
])
def test_lower_case_words_after_a_keyword_without_a_name_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "LOCATION"] == []


@pytest.mark.parametrize("kind", sorted({anchor.strip() for anchor in LOWER_ANCHORS}))
def test_every_lower_case_kind_opens_an_address(scanner: PiiScanner, kind: str) -> None:
    # (the kinds are listed once, :data:`...address_lower._SETTLEMENT_KINDS`: each anchor must open the address regex)
    text, spans = planted(f"кондратьев 48л [[L|{kind} баксан молодёжная 21/1]] ад 150/90")
    found = [e for e in scanner.scan_fast(text) if e.type == "LOCATION"]
    check_planted(found, text, [s for s in spans if s[0] == "LOCATION"])


@pytest.mark.parametrize("source", [
    "Адрес: [[L|г. Курган, 8 Марта пр. 4, кв. 2]]. Жалоб нет.",
    "Адрес: [[L|г. Курган, пр-кт 8 Марта 14]]. Жалоб нет.",
    "Осмотр [[D|8 марта]] пр. 4 раза в день.",
])
def test_a_street_cut_around_a_date_named_street(scanner: PiiScanner, source: str) -> None:
    # (the street's cuts listed once in :mod:`...day_numbers`: after the month ("пр."), before the day ("пр-кт"))
    text, spans = planted(source)
    check_planted([e for e in scanner.scan_fast(text) if e.type in ("LOCATION", "DATE_TIME")], text, spans)
