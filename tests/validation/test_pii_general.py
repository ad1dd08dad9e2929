"""PII that generalises (issue #10, round 5): mechanisms instead of cue phrases.

* record numbers by a grammar (:mod:`medsyn_dataset.validation.pii.record_numbers`): a document noun
  phrase, a short window, a sign, a value;
* identifiers whose digits may be split by any separators (checksum or a nearby cue decides);
* tables: a header row types the cells below it (:mod:`medsyn_dataset.validation.pii.table_cells`);
* phones dictated in number words (:mod:`medsyn_dataset.validation.pii.number_words`).

Marked spans (``[[KIND|value]]``, see ``tests/support/pii_marks.py``) must be found with their type and
nothing else flagged; the clinical look-alikes (doses, lab values, ICD codes, scores, dates, wards)
must stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.checksums import snils_check_digits
from medsyn_dataset.validation.pii.number_words import _read, dictated_phones
from medsyn_dataset.validation.pii.record_numbers import record_numbers
from medsyn_dataset.validation.pii.table_cells import table_cells


@pytest.fixture(scope="module")
def scanner() -> PiiScanner:
    return PiiScanner(n_jobs=1)


_SNILS = "112233445" + snils_check_digits("112233445")

CASES = {
    # record numbers: any noun phrase of a record, any value shape
    "record-noun-adjectives-series": "Медицинская карта стационарного больного № [[M|2021/ТО/1187]] заведена.",
    "record-bare-after-title": "Карта стационарного больного [[M|4410-к]], палата 3.",
    "record-dash-sign": "№ истории болезни — [[M|775/С-2019]].",
    "record-spaced-groups": "Пациент № [[M|512 300 8841]] в ЛИС.",
    "record-quoted-system": "Идентификатор пациента МИС «Инфоклиника»: [[M|100 200 3004]].",
    "record-form-number-skipped": "Медкарта ф. 025/у № [[M|11873-12]]\n",
    "record-bracket-note": "Номер карты (ЧСС 88): [[M|5521АК19]]\n",
    "record-birth-history": "История развития новорождённого № [[M|20455]].",
    "record-letters-glued": "Журнал вызовов: [[M|П12/881]]\n",
    "record-department-after": "№ [[M|412/21 (ХО)]] (история болезни)",
    # separators: the checksum (SNILS) or the cue (passport) decides
    "snils-dots": f"СНИЛС [[S|{_SNILS[:3]}.{_SNILS[3:6]}.{_SNILS[6:9]} {_SNILS[9:]}]].",
    "snils-double-space-no-cue-word": f"Сверка с ПФР: [[S|{_SNILS[:3]}-{_SNILS[3:6]}-{_SNILS[6:9]}  {_SNILS[9:]}]].",
    "passport-spaced-digits": "паспорт: [[Pa|4 5 0 8 1 2 3 4 5 6]] выдан ОВД",
    "passport-number-words": "Предъявлен паспорт серии [[Pa|4508 за номером 123456]].",
    "passport-line-break": "Документ, удостоверяющий личность\n серия: [[Pa|45 08]]\n номер: [[Pa|123456]]\n",
    # tables
    "table-passport-columns": "| Документ | Серия | Номер |\n| паспорт | [[Pa|4508]] | [[Pa|123456]] |\n",
    "table-record-column": "Боли в спине. | № ИБ | Отделение | Койка |\n| [[M|ГБ-4471]] | ТО | 3 |\n",
    "table-date-column": "Динамика:\nДата | Hb | СОЭ\n[[D|14.02]] | 118 | 20\n",
    # dates: month words between dashes, day-month-year written together next to a date word
    "date-dashed-month-word": "Справка действительна до [[D|15-мар-2021]].",
    "date-compact-after-cue": "Выписан [[D|17092023]], рекомендовано наблюдение.",
    # a street without its keyword, known by the house and flat after it
    "street-house-flat": "Просит приехать на [[L|Чапаева 12-40]], домофон не работает.",
    "street-house-flat-comma": "Живёт на [[L|Маршала Жукова, 7, кв 15]].",
    # a team's roles name their bearers, even by a surname that is also a word ("ситников": rushes)
    "team-roles": "Бригада: Ассистент 2: [[P|Кожемякина]]; Операционная м/с: [[P|Ситников]]; Анестезистка: [[P|Мокрых]].",
    # phones in words
    "phone-words": "Абонент оставил номер [[T|восемь девятьсот двенадцать триста сорок пять шестьдесят семь ноль восемь]].",
    "phone-words-mixed": "Перезвонить: [[T|плюс семь девятьсот двадцать шесть 123-45-67]].",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_general_mechanisms_find_pii(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    # record nouns before clinical values: units, years, dates, ICD codes, list positions, lab lists
    "История заболевания: 3 года. Карта: 2 раза в день по 500 мг.",
    "Код МКБ: I11.9. Пациент № 1 из 3, Hb 120 г/л.",
    "История болезни: с 2019 г., карта заполнена, ИБ: 3 дня.",
    "БАК: АСТ 15 ЕД, креатинин 62, СРБ 1.7, МК 250, РФ отр, МК 453.",
    "Протокол: 1. Осмотр. Вызов 03 в 14:20, случай 1: эффект.",
    # other numbers after their own nouns: ward, bed, team, the passport office's code
    "Палата № 5, койка 12, бригада № 7. Код подразделения 770-001.",
    # a table of lab values and wards
    "| Показатель | Значение | Норма |\n| Гемоглобин | 120 | 130-160 |\n| Палата | Койка |\n| 5 | 2 |\n",
    # counts and doses in words
    "Принимает два раза в день по сорок пять капель, восемь таблеток в сутки. Номер палаты восемь.",
    # doses and scores after "на"/"по" that look like a house and flat; eight digits without a date word
    "Переведена на Конкоре 5-10, по Шкале 3-4, на Эналаприл 5-10 мг. Артикул 12032019. Перешла на Фемостон 1/5.",
    # role labels before ordinary words
    "Хирург: Консультация через месяц. Оператор: Вызов принят. Консультант: Невролог",
    # a digit run of eleven digits with dots whose checksum fails
    "Показатели 112.233.445 00 без динамики.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clinical_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []


@pytest.mark.parametrize(("words", "digits"), [
    ("восемь девятьсот шестнадцать сто двадцать три сорок пять ноль семь", "89161234507"),
    ("семь девятьсот ноль ноль сто десять сорок", "79000011040"),
    ("восемь девятьсот двенадцать 345-67-08", "89123456708"),
    ("двести пять", "205"),
    ("сорок", "40"),
])
def test_dictated_groups_are_read_as_said(words: str, digits: str) -> None:
    assert _read(words.split()) == digits


def test_number_words_need_a_phone_cue_and_a_phone_length() -> None:
    assert list(dictated_phones("Восемь девятьсот шестнадцать сто двадцать три сорок пять ноль семь")) == []
    assert list(dictated_phones("тел. восемь девятьсот шестнадцать")) == []


def test_record_grammar_takes_the_first_value_after_the_noun() -> None:
    text = "Карта № 12, терапевтический участок № 3."
    assert [text[s:e] for s, e, _ in record_numbers(text)] == ["12"]


def test_table_header_types_only_its_own_table() -> None:
    text = "| СНИЛС | Телефон |\n| 123 | 8 916 000-00-00 |\n\n| 456 | 789 |\n"
    assert [(kind, text[s:e]) for kind, s, e in table_cells(text)] == [
        ("RU_SNILS", "123"), ("PHONE_NUMBER", "8 916 000-00-00")]
