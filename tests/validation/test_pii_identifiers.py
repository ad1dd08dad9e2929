"""PII that generalises (issue #10, round 6): identifiers and phones by mechanism.

One case per mechanism, each with its own made-up values (marked ``[[KIND|value]]``, see
``support/pii_marks.py``): the same-length normalisation of typographic spaces and dashes
(:mod:`medsyn_dataset.validation.pii.normalize`), the rule that an identifier cue opens a new field
(:mod:`medsyn_dataset.validation.pii.field_cues`), SNILS separators, passport layouts, record numbers
with letters, and phone layouts (slashed area code, "00" prefix, call verbs, chat headers).
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.checksums import snils_check_digits
from medsyn_dataset.validation.pii.field_cues import next_field_cue
from medsyn_dataset.validation.pii.normalize import normalize
from medsyn_dataset.validation.pii.record_numbers import record_numbers

_S = "245301478" + snils_check_digits("245301478")  # a valid SNILS
_SNILS_DASHED = f"{_S[:3]}-{_S[3:6]}-{_S[6:9]}"


# ----- normalisation ---------------------------------------------------------------------------
def test_normalize_maps_one_character_for_one() -> None:
    text = "СНИЛС 245\u2011301\u2010478\u00a040, тел. 8\u2013912\u2212345\u202f67 01 «Ок» \u201cда\u201d\r\nконец\u2028"
    plain = normalize(text)
    assert len(plain) == len(text)
    assert plain == "СНИЛС 245-301-478 40, тел. 8-912-345 67 01 «Ок» \"да\" \nконец\n"


def test_normalize_returns_plain_text_itself() -> None:
    text = "Жалоб нет — состояние удовлетворительное."  # (an em dash is kept: a sentence dash)
    assert normalize(text) is text


def test_normalize_gives_the_same_text_when_run_again_and_both_scan_paths_agree(scanner: PiiScanner) -> None:
    # a letter O in a group joined by a typographic dash: O->0 must see the dash already plain, or a
    # second normalisation (each recognizer's ``analyze`` after ``scan``'s own) reads it differently
    text = "Перезвонить: тел 822\u201148\u20114О, спросить Ивана."
    once = normalize(text)
    assert once == "Перезвонить: тел 822-48-40, спросить Ивана."
    assert normalize("".join(list(once))) == once  # a copy, not the cached object
    spans = lambda entities: [(e.type, e.start, e.end) for e in entities]  # noqa: E731
    assert spans(scanner.scan(text)) == spans(scanner.scan_fast(text))


def test_both_scan_paths_report_offsets_into_the_original(scanner: PiiScanner) -> None:
    text = f"Пациент, СНИЛС {_SNILS_DASHED}\u00a0{_S[9:]}, тел. 8\u2011912\u2011345\u20116701."
    found = scanner.scan(text)
    assert found == scanner.scan_fast(text)
    assert [(e.type, text[e.start : e.end]) for e in found] == [
        ("RU_SNILS", f"{_SNILS_DASHED}\u00a0{_S[9:]}"), ("PHONE_NUMBER", "8\u2011912\u2011345\u20116701")]


# ----- where a field ends ----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "cue"), [
    ("г. Тверь, ул. Лесная, д. 4 СНИЛС: 1", "СНИЛС"),
    ("Петрова Анна тел. 8 912", "тел."),
    ("д. 5, кв. 2 Полис ОМС 1234", "Полис"),
    ("Иванов И. И., ИНН 7700", "ИНН"),
])
def test_an_identifier_cue_ends_the_field_before_it(text: str, cue: str) -> None:
    assert next_field_cue(text, 0, len(text)) == text.index(cue)


@pytest.mark.parametrize("text", [
    "г. Полысаево, ул. Паспортная, д. 3",  # place names that begin like a cue
    "ул. Тельмана, д. 12, кв. 4",
    "Инна Сергеевна",
    "г. Полисаево",
])
def test_names_that_start_like_a_cue_are_no_cue(text: str) -> None:
    assert next_field_cue(text, 0, len(text)) == len(text)


# ----- end to end --------------------------------------------------------------------------------
CASES = {
    # SNILS: a slash between its groups, a line break after a cue, single digits spaced, after an address
    "snils-slashes": f"Сведения ПФР ([[S|{_S[:3]}/{_S[3:6]}/{_S[6:9]}/{_S[9:]}]]) подтверждены.",
    "snils-wrapped": f"Страх. номер [[S|{_SNILS_DASHED}\n{_S[9:]}]] ; повторно",
    "snils-after-address": "Адрес: [[L|г. Тверь, ул. Лесная, д. 4, кв. 9]] СНИЛС: [[S|" + " ".join(_S) + "]]\nЖалоб нет.",
    "snils-no-break-space": f"СНИЛС матери: [[S|{_SNILS_DASHED}\u00a0{_S[9:]}]].",
    # passports: by abbreviation, by what the document does, number before series, Soviet series, English cue
    "passport-abbreviation": "пасп. [[Pa|4512 / 654321]]; осмотр",
    "passport-identity-verified": "Личность удостоверена: [[Pa|45-12 654321]] (паспорт).",
    "passport-number-first": "паспорт РФ, номер [[Pa|654321]], серия [[Pa|45 12]]\nОсмотр.",
    "passport-soviet": "Паспорт гражданина СССР [[Pa|XII-АБ № 123456]] (не обменян).",
    "passport-english": "Passport No. [[Pa|45 12 654321]]\nОсмотр.",
    "passport-narrow-spaces": "паспорт [[Pa|45\u202f12\u202f654321]], выдан ранее",
    # (a foreign state's passport is a record number by the project's definition, :mod:`.other_papers` and
    # :mod:`.foreign_ids`: RU_PASSPORT is a Russian citizen's; this gold said RU_PASSPORT until round 17)
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "passport-foreign-digits": "паспорт гражданина Киргизии [[Pa|500234567]], прибыл",
    # (a Russian passport for travel abroad is a record number: the project's definition keeps RU_PASSPORT for the internal
    # passport's series and number, and five tuning authors, blind24, blind30, blind31, blind33 and blind34, label it so;
    # this gold said RU_PASSPORT until round 17)
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "passport-travel": "заграничный паспорт № [[Pa|71 7654321]]; осмотр.",
    # record numbers: letters glued on or after a slash, a form's code before the number, new nouns
    "record-department-suffix": "Стоматологическая карта [[M|3311/22ст]]; осмотр.",
    "record-letter-after-slash": "Амбулаторная карта [[M|512/К]]. Жалоб нет.",
    "record-form-code-first": "Карта 025/у № [[M|4К-117]]: осмотр.",
    "record-form-code-bare": "Карта 025/у [[M|Т12-884]]; осмотр.",
    "record-delivery-history": "Роды в срок, и/р [[M|771/р]]; ребёнок здоров.",
    "record-delivery-caps": "ИР [[M|РД-5530]]; осмотр.",
    "record-book": "Медицинская книжка № [[M|МК-20931]] предъявлена.",
    "record-id-bare": "Консультация, ID [[M|PT0099125]]. Осмотр.",
    "record-id-phone-shaped": "Идентификатор пациента [[M|89234567012]]; осмотр.",
    "record-caps-bare-dashed": "ЭМК [[M|5521-880341]], осмотр.",
    "record-latin-mrn": "MRN: [[M|7712093]]; осмотр.",
    "record-latin-number-sign": "Patient ID No. [[M|2021-8812]]; осмотр.",
    "record-caps-after-a-phrase-and-comma": "Направлен из приёмного покоя, КВ [[M|418]]. Осмотр.",
    "record-protocol-caps": "ПРОТОКОЛ ТЕЛЕМЕДИЦИНСКОЙ КОНСУЛЬТАЦИИ № [[M|4410-221907]]\nОсмотр.",
    "record-numbered-document": "Заключение врачебной комиссии № [[M|3117/22]] приложено.",
    "record-guarantee-letter": "Гарантийное письмо № [[M|ГЛ-2022-0571]] от страховой компании.",
    "record-hamlet-letter-then-policy": "И/б [[M|20418/х]]. Полис [[O|5521 0043 9918 2210]]. Жалоб нет.",
    "record-sick-leave": "Листок нетрудоспособности № [[M|910022334455]] открыт.",
    # a table's header names its identifiers with words around the cue
    "table-headers-with-words": (
        "| Пациент | СНИЛС матери | Номер телефона | Паспорт (серия, номер) |\n|---|---|---|---|\n"
        f"| [[P|Соколова Е. Н.]] | [[S|{_SNILS_DASHED} {_S[9:]}]] | [[T|8 912 345-67-01]] | [[Pa|4512 654321]] |\n"
    ),
    # a form's layouts between a label and its value: a leader, a label line then the value on the next
    "form-leader-snils": f"СНИЛС.......... [[S|{_SNILS_DASHED} {_S[9:]}]]\nОсмотр.",
    "form-leader-record": "ИБ ........ [[M|5520/23]]\nОсмотр.",
    "form-label-line-policy": "Полис ОМС:\n[[O|6611223344]]\nОсмотр.",
    "form-label-line-record": "Медицинская карта:\n[[M|20711/22]]\nОсмотр.",
    "form-label-line-phone": "Тел.:\n[[T|41-22-90]]\nОсмотр.",
    # phones
    "phone-slashed-area": "Моб.: [[T|+7 /912/ 345-67-01]]\nЖалоб нет.",
    "phone-chat-header": "[[[D|12.01.24, 18:05]]] [[T|8(912)345-6701]]: Добрый вечер",
    "phone-unicode-hyphens": "тел. [[T|8\u2011912\u2011345\u20116701]]",
    "phone-zero-width-space": "тел. [[T|8 912 345\u200b67 01]]",
    "phone-en-dashes": "Сестра, [[T|8\u2013912\u2013345\u201367\u201301]].",
    "phone-international-00": "сестра (в Германии): [[T|0049 151 23456789]]; осмотр.",
    "phone-call-verb": "Позвонить в ФАП: [[T|512-034]]. Осмотр.",
    "phone-extension-then": "Справочная: [[T|+7 (4822) 33-44-55, далее 120]].",
    "phone-lab-word-but-shaped": "Справки по анализам: [[T|8 (4822) 33-44-55]].",
    "phone-zeros-inside-groups": "Для связи — [[T|8 (992) 003 1889]]; сын [[T|+7-937-006-1738]].",
    "phone-hotline-with-note": "Горячая линия (по вопросам записи): [[T|(48439) 61207, доп. 301]].",
    "phone-country-code-no-plus": "Номер сына (для мессенджера): [[T|79261234501]].",
    "phone-words-partly-taken": "перезвонить по номеру [[T|восемь девятьсот двенадцать сто сорок три двадцать]].",
    "snils-cue-after": f"Проверено: [[S|{_S[:3]}-{_S[3:6]}-{_S[6:9]} {_S[9:]}]] - СНИЛС матери.",
    "snils-in-brackets-after-words": f"СНИЛС в базе не найден ([[S|{_S[:3]} {_S[3:6]} {_S[6:9]}-{_S[9:]}]]), уточнить.",
    "snils-after-body-act-and-sign": f"Отмечен акт глотания № ИЛС [[S|{_SNILS_DASHED} {_S[9:]}]]",
    "phone-foreign-plus": "личный [[T|+996 55 1234567]]. Осмотр.",
    "phone-trailing-group": "Тел. родных на родине: [[T|+996 551 234 567]]. 30 лет.",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_identifiers_and_phones_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    "Карта 025/у заполнена, ID 12 в очереди.",  # a form's code alone; a short number after "ID"
    "Позвонить через 10-14 дней. Звонить при ухудшении.",  # a call verb before an interval
    "Стоматологическая карта 5мг не выдана.",  # a unit glued on is no department
    "Анализ № 1234567 от лаборатории, пробирка 7654321.",
    "Показатели 112/233/445/00 без динамики.",  # slashed digits whose checksum fails
    "Креатинин 71, АК 230, МК 310.",
    "Выдана справка № 095/у, акт № 2 составлен.",
    "Средняя линия смещена; справочные данные 1234567 не подтверждены.",  # "00" and digits with no country code apart
    "История заболевания:\n12 лет назад впервые. Карта:\n1. Осмотр.",  # a label line before a duration, a list
    "| Показатель | Значение |\n| Гемоглобин | 120 |\n",  # lab table  # a form's code and a one-digit number after a document  # capitals after a list of lab values name analytes
]


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []


def test_record_suffix_is_no_ordinal_ending() -> None:
    for text in ("карта № 5-го", "карта 12", "Карта 2/3"):
        assert list(record_numbers(text)) == [], text


def test_a_users_own_analyzer_reads_typographic_characters_too() -> None:
    from medsyn_dataset.validation.pii import build_analyzer

    text = "тел. 8\u2011912\u2011345\u20116701"
    results = build_analyzer().analyze(text=text, language="ru", entities=["PHONE_NUMBER"])
    assert [text[r.start : r.end] for r in results] == ["8\u2011912\u2011345\u20116701"]
