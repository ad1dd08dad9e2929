"""PII that generalises (issue #10, round 14): names and places.

Every case is made up here (not taken from the benchmark):

* the labels of social and legal papers naming their person (:mod:`.name_fields`): "Обследуемый:", "Умерший(ая):",
  "Получил:", "Выдана:", "Соц. работник:", "Фамилия И.О.:", "Ф.И.О. получателя соц. услуг:"; an ordinary word before
  initials after a name label is a surname;
* foreign surnames in Russian transcription that pymorphy3 lacks or reads as a word (:mod:`.name_world_surnames`);
* workplace roles, a ward's colloquial kin word, a visitor as a verb's subject, a message's addressee before "вас"
  (:mod:`.name_triggers`); a message log's "получатель" column (:mod:`.table_cells`);
* an address in its own script after an address cue, and a Latin one after a cue with no colon (:mod:`.latin`);
  a CSV person table's "region" column (:mod:`.export_fields`).

Look-alikes stay clean: "Выдан: Москва" is no one, "Дед Мороз", a lab table's "region", an address cue before a
Latin abbreviation, common words that a listed surname also is.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.name_classes import SURNAME, classify
from medsyn_dataset.validation.pii.name_world_surnames import is_surname

CASES = {
    # the person of a social or legal paper, one word after its label
    "examined-person": "Акт обследования условий жизни\nОбследуемая: [[P|Сорокина]], 82 года\nСостояние удовлетворительное.",
    "deceased": "Умерший(ая): [[P|Головин]]\nПричина: I21.9",
    "received-by": "Свидетельство получил: [[P|Лыков]], паспорт [[Pa|4610 552871]]",
    "issued-to-dative": "Справка выдана: [[P|Зотовой]]\nДля предъявления по месту требования.",
    "social-worker": "Социальный работник: [[P|Мартынова]]\nПосещение 2 раза в неделю.",
    "whose-name-abbreviated": "Ф.И.О. получателя мед. помощи: [[P|Карпенко]]\nДиагноз: E11.9",
    "surname-initials-label": "Фамилия И.О.: [[P|Патель Р.]]\nНаправлен на ВИЧ.",
    # foreign surnames: beside initials, a first name, or after a cue
    "world-surname-initials": "Консультирован врачом [[P|Р. Шарма]], рекомендации даны.",
    "world-surname-declined": "Со слов пациента [[P|Кэмпбелла]] боли уменьшились.",
    "world-surname-given": "Согласие подписал отец, [[P|Шарма Рахул]], законный представитель.",
    # roles and kin that name the next word
    "foreman": "Работает на складе, бригадир [[P|Тимур]], контакт не установлен.",
    "ward-kin-word": "По словам соседки, баба [[P|Шура]] не спала всю ночь.",
    "visitor-subject": "Из близких навещает только [[P|Люба]], приносит продукты.",
    "diminutive-after-kin": "Зовёт брата [[P|Толика]], тревожна.",
    "addressee-before-you": "СМС: «[[P|Вера]], ждём вас на приём в пятницу»",
    "recipient-column": "время | номер | получатель\n09:10 | [[T|8 912 334-55-66]] | [[P|Сюэ]]\n09:12 | [[T|8 913 118-20-41]] | [[P|Айсулу]]\n",
    # addresses
    "cjk-address-after-cue": "Место жительства: [[L|日本 東京都 新宿区 西新宿 2-8-1]]\nГражданство: Япония",
    "hangul-address-after-label-words": "Адрес в стране гражданства: [[L|대한민국 부산광역시 해운대구 우동 1408]]\nЖалоб нет.",
    "latin-address-no-colon": "Адрес [[L|Österreich, 1010 Wien, Graben 12]]\nДиагноз: J18.9",
    "town-street-house-building-flat": "Карта ф. 030/у\n[[P|Лаптева Н.]] / [[L|Кыштым, Челюскинцев 14/2 - 38]]\nI11.9",
    "addressee-before-address": "К кому: [[P|Дроздовой Майе]], [[L|г. Шуя, ул. Фрунзе, д. 7, кв. 12]]",
    "call-card-addressee-surname": "К кому: [[P|Гусевой]], [[L|г. Бежецк, ул. Садовая, д. 3, кв. 9]]",
    "call-card-addressee-initials": "Кому: [[P|Л.Н. Гусевой]], [[L|г. Бежецк, ул. Садовая, д. 3]]",
    "phone-tree-name-before-phone": "1) дочь — [[P|Лыкова Злата]], [[T|8-921-455-17-09]]",
    "buryat-settlement": "Проживает в [[L|улусе Хоринск]] с мужем, печное отопление.",
    "statement-opening": "ЗАЯВЛЕНИЕ\nЯ, [[P|Кудрин]], прошу выдать копию медицинской карты.",
    "power-of-attorney-entrusted": "Настоящей доверенностью доверяю [[P|Кудриной]] получать результаты анализов.",
    "list-dash-lone-surname": "Кого известить:\n1) сын — [[P|Белоусов]], [[T|+7 912 300-40-50]]",
    "csv-region-column": "id;fio;region;organ\n[[M|LT-0417]];[[P|Сомова Дарья Ильинична]];[[L|Кандалакша]];почка\n"
                         "[[M|LT-0418]];[[P|Бадмаев Очир Цыренович]];[[L|Кяхта]];печень\n",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_round14_names_and_places_found(scanner: PiiScanner, name: str) -> None:
    text, spans = planted(CASES[name])
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    # (a town after "Выдан:" is a place, not a person: only PERSON is asked for here)
    ("Паспорт выдан: Москва\nДата выдачи не читается. АД 130/80, ЧСС 72.", "PERSON"),
    ("Справка выдана: Поликлиника № 3; метформин 500 мг 2 раза в день.", "PERSON"),
    ("Получатель: Аптека\nИнсулин гларгин 10 ЕД в 22:00.", "PERSON"),
    ("Ребёнок рассказывает про Деда Мороза, спит хорошо; палата 4.", "PERSON"),
    ("В холле отделения 2 кресла. Шах и мат: пациент шутит, настроение ровное, глюкоза 6,1 ммоль/л.", "PERSON"),
    ("Из родных навещает только дочь, ухаживает сама. Диагноз I10.", "PERSON"),
    ("test;region;result;unit\nУЗИ;Поясничная область;Норма;-\nКТ;Грудная клетка;Без патологии;-\n", "LOCATION"),
    ("Адрес указан в NHS и ЕМИАС; Адрес: —. Ферритин 45 мкг/л.", "LOCATION"),
    ("Принимать по 1/2 - 1 таблетке, Кардиомагнил 75 мг; Эналаприл, Бисопролол 2/5 - 1 таб утром.", "LOCATION"),
    ("Улус, наслег и кишлак: так называют сёла в разных регионах (из беседы). Я, как врач, рекомендую.", "LOCATION"),
]


@pytest.mark.parametrize(("text", "kind"), CLEAN)
def test_round14_name_and_place_look_alikes_stay_clean(scanner: PiiScanner, text: str, kind: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type == kind] == []


def test_world_surnames_decline_and_stay_ambiguous_where_they_are_words() -> None:
    assert is_surname("Кэмпбелл") and is_surname("Кэмпбеллом") and is_surname("Шарме")
    assert not is_surname("Шарманка") and not is_surname("Ба")
    assert not is_surname("Россия")  # ("Росси" does not decline: no case of it ends so)
    assert classify("Шарма") == (SURNAME, True)  # also "of charm": a name beside initials or after a cue only
    assert classify("Окафор") == (SURNAME, False)
