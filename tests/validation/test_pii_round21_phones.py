"""PII that generalises (issue #10, round 21): phone numbers.

Marks as in :mod:`support.pii_marks`; the examples are our own.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from benchmarks.pii_conventions_phones import BLOCKS, FAMILIES, NEGATIVES
from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.phone_fields import KIND_ABBREVIATIONS, KIND_STEMS
from medsyn_dataset.validation.pii.phones import _KIND_WORDS


def _phones(scanner: PiiScanner, text: str) -> list[str]:
    return [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == "PHONE_NUMBER"]


# Review A of round 20, finding 10: every convention family has negatives, its cues next to clean look-alike numbers
def test_every_phone_convention_family_has_negatives() -> None:
    assert {family.name for family in FAMILIES} | {block.name for block in BLOCKS} == set(NEGATIVES)
    assert all(len(frames) >= 3 for frames in NEGATIVES.values())


@pytest.mark.parametrize("family, text", [(family, text) for family, frames in NEGATIVES.items() for text in frames])
def test_a_convention_familys_negatives_hold_no_phone(scanner: PiiScanner, family: str, text: str) -> None:
    assert _phones(scanner, text) == [], family


# Review A of round 20, finding 12: one list of a phone's kind words, read before a number and after one
def test_the_kind_words_after_a_number_are_the_labels_kind_words() -> None:
    assert set(_KIND_WORDS) == set(KIND_STEMS) | set(KIND_ABBREVIATIONS)


@pytest.mark.parametrize("source", [
    "Моб. тел.\n[[T|8 912 345-67-89]]",  # ("моб." before "тел." is a kind's label, as "дом. тел." is: strong, its number on the next line)
    "Моб. тел. [[T|2-15]]",  # (a strong label's short dashed extension)
    "сын, [[T|40-74-32]] (дом.)",
    "[[P|Петрова Н.И.]] [[T|55-22-16]] — домашний.",
])
def test_kind_words_label_a_phone(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "Гликемия 5-10-12 (дом.)",  # a reading at home: the measure's word before the number, no field of its own
    "ЧСС 60-72-80 — домашний мониторинг.",
    "Справки по телефону регистратуры с 8-00 до 20-00.",  # an hour after "с"/"до", not an extension
    "Телефон поста: звонить до 9-30.",
])
def test_a_reading_or_an_hour_near_a_phones_words_is_no_phone(scanner: PiiScanner, text: str) -> None:
    assert _phones(scanner, text) == []


def test_an_extension_after_a_phone_word_is_still_read(scanner: PiiScanner) -> None:
    assert _phones(scanner, "Телефон поста 2-15") == ["2-15"]


# A phone after an address's last part and a few words is no house number: the address ends before it (blind45)
@pytest.mark.parametrize("source", [
    "Проживает: [[L|Нарткала, ш. Мира, 85]], отдел кадров [[T|8 (846) 932-95-48]]. Жалоб нет.",
    "Адрес: [[L|г. Псков, ул. Степная, 7б]], приёмная [[T|8 (8112) 72-10-10]].",
])
def test_a_phone_after_an_address_and_words_ends_the_address(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("source", [
    "Адрес: [[L|г. Тула, маршала жукова 37-13]]",  # a lower-case street and its house-flat stay the address
    "Адрес: [[L|нижний тагил весенняя 67-167]]",
])
def test_a_house_after_a_lower_case_street_stays_the_address(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


# A verb of calling with any of its prefixes names the number called (blind45 "дозвонились по номеру"; blind25 "не
# дозвонились на"; blind36 "дозвонилась ... с номера")
@pytest.mark.parametrize("source", [
    "Приглашена на повторный прием, дозвонились по номеру [[T|929-041-11-39]].",
    "Не дозвонились на [[T|22-30-20]], отправлено смс.",
    "Созвонились с дочерью по [[T|8 912 345-67-89]].",
])
def test_a_prefixed_verb_of_calling_names_a_phone(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "Созвонились с дочерью 12.03.2019.",  # a date
    "Дозвонились с 3 попытки.",  # a count
    "Звон в ушах 2-3 раза в день.",  # tinnitus, no call
    "Позвоночник: 12345",  # the spine
    "Перезвонили через 2 дня, 140/90.",  # a pressure
])
def test_a_verb_of_calling_makes_no_phone_of_other_numbers(scanner: PiiScanner, text: str) -> None:
    assert _phones(scanner, text) == []


# A phone's word right before a record's noun makes the noun the phone's owner (blind44 "тел. заказчика")
@pytest.mark.parametrize("source", [
    "Примерка [[D|04.11 в 11:00]]; тел. заказчика [[T|89484642877]]",
    "тел. заказчика [[T|66-66-37]]",
])
def test_a_phone_word_before_a_records_noun_names_its_phone(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("source", [
    "Заказ № [[M|12345]], тел. [[T|8 912 345-67-89]]",  # the record's noun without a phone word before it
    "Тел.: [[T|8 912 345 67 89]]. Заказ-наряд № [[M|4567-к]]",
])
def test_a_records_noun_without_a_phone_word_keeps_its_number(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


# A unit after a phone's field is a whole word (:mod:`.units`): a word that opens like one ("местные", "смена") is the
# next sentence, and the number listed before it stays a phone (phone-two-numbers-abroad-conv)
@pytest.mark.parametrize("source", [
    "брат: [[T|8 (983) 057-19-11]], [[T|1-619-607-4817]] местные признаки воспаления",
    "сестра: [[T|8 (983) 057-19-11]], [[T|998901234567]] смена номера",
])
def test_a_word_that_opens_like_a_unit_does_not_end_a_phone(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan_fast(text) if e.type == "PHONE_NUMBER"], text, spans)


@pytest.mark.parametrize("text, value", [
    ("раб. 2345678 руб.", "2345678"),  # money
    ("Контакт 12 34 56 78 раз в сутки", "12 34 56 78"),  # a count
    ("тел. 8 912 345 67 89 12 мес.", "89 12"),  # the months after the number
    ("раб. 1234567 тыс. в год", "1234567"),
])
def test_a_unit_after_a_number_still_makes_it_a_count(scanner: PiiScanner, text: str, value: str) -> None:
    assert all(value not in phone for phone in _phones(scanner, text))


# A number that runs on into the count that follows it ends before the count: in a cued field after a dash too
# (blind36 "раб.тел.44-60-29 -60 лет"), and where the matcher reads it alone (blind25 "8 (921) 460 1258 61 год")
@pytest.mark.parametrize("source", [
    "раб.тел.[[T|44-60-29]] -60 лет. Жалобы на дискомфорт.",
    "сестра [[P|Григорьева Н.М]] [[T|8 (921) 460 1258]] 61 год.",
])
def test_a_phone_run_on_into_a_count_ends_before_it(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "Рост 170 80 75 12 раз",  # measures run together, then a count: no number is left
    "Анализ 1234567 12 лет назад",
])
def test_a_run_cut_before_its_count_is_no_phone_by_itself(scanner: PiiScanner, text: str) -> None:
    assert _phones(scanner, text) == []


# NANP's written form "1-NPA-NXX-XXXX" (NANPA: NPA and NXX open with 2-9) is a North American number by its layout,
# its area code assigned or not (blind24's contact lists: "земляк — WANG, LEI: 1-487-389-1437")
@pytest.mark.parametrize("source", [
    "Контакты родственников:\nземляк — [[P|WANG, LEI]]: [[T|1-487-389-1437]]",
    "брат — [[P|Абдуллаев Бекзод]]: [[T|1-393-225-8605]]",
])
def test_nanps_written_form_is_a_phone_in_a_phones_context(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan_fast(text) if e.type in ("PHONE_NUMBER", "PERSON")], text, spans)


@pytest.mark.parametrize("text", [
    "Контакт матери на родине: 1-123-456-7890",  # (the area code opens with 1: no NANP code)
    "Контакты: 1-487-389-14",  # too short
])
def test_what_is_not_nanps_form_is_not_read_as_it(text: str) -> None:
    from medsyn_dataset.validation.pii.foreign_phones import foreign_valid

    assert not foreign_valid(text.split(": ")[1].strip())


# Review A of round 21, finding 1: a relative's word, and a name after it, before a local number whose kind an
# abbreviation names after it are whose number it is, not a measure's word ("Гликемия 5-10-12 (дом.)")
@pytest.mark.parametrize("source", [
    "Сын Алексей [[T|40-74-32]] (дом.)",
    "сын [[T|40-74-32]] (дом.)",
    "Соседка Галина [[T|97-61-21]] (моб.)",
    "Контакты: сын Алексей [[T|40-74-32]] (дом.), дочь Мария [[T|2-17-80]] (раб.)",
])
def test_a_relative_before_a_number_named_by_its_kind_is_its_owner(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan_fast(text) if e.type == "PHONE_NUMBER"], text, spans)


@pytest.mark.parametrize("text", [
    "сахар 5-10-12 (дом.)",
    "Сахар крови 5-10-12 (дом.)",
    "Сын: гликемия 5-10-12 (дом.)",  # (the measure's word stands between the relative and the number)
])
def test_a_measures_word_before_a_number_named_by_its_kind_is_still_no_owner(scanner: PiiScanner, text: str) -> None:
    assert _phones(scanner, text) == []


# Review A of round 21, finding 5: after a verb of calling, a dashed date or an hour is when the call was, not a number
@pytest.mark.parametrize("text", [
    "Созвонились 12-03-19 с сыном",
    "Звонила дочь около 12-30",
    "Позвонили 01-11-2023, не ответил.",
])
def test_a_dashed_date_or_hour_after_a_verb_of_calling_is_no_phone(scanner: PiiScanner, text: str) -> None:
    assert _phones(scanner, text) == []


@pytest.mark.parametrize("source", [
    "Не дозвонились на [[T|12-05-14]], отправлено смс.",  # (called at it: "на" names the number)
    "Перезвонить дочери на [[T|8-12-30]]",
    "Созвонились [[T|32-13-19]] с сыном",  # no valid date
])
def test_a_number_after_a_verb_of_calling_that_is_no_date_is_still_a_phone(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan_fast(text) if e.type == "PHONE_NUMBER"], text, spans)


# Review A of round 21, finding 8: an extension after "с" is an hour only when it reads as one (a round hour or half
# hour, or a second hour after it); "Тел. поста с 2-15" is the post's extension
@pytest.mark.parametrize("text, phones", [
    ("Тел. поста с 2-15", ["2-15"]),
    ("Телефон поста: 2-15, звонить с 8-00", ["2-15"]),
    ("Тел. поста с 8-15 до 9-00", []),
    ("Тел. регистратуры с 8-30", []),
])
def test_an_extension_after_s_is_an_hour_only_when_it_reads_as_one(scanner: PiiScanner, text: str, phones: list[str]) -> None:
    assert _phones(scanner, text) == phones


# Review A of round 21, finding 11: one reading of a run's last group as a count, in the cued field and in the matcher's
# run (a sum's unit too: "15 руб")
@pytest.mark.parametrize("source", [
    "Тел: [[T|8 921 460 12 58]] 15 руб",
    "[[T|8 (921) 460 1258]] 15 руб",
    "[[T|8 (921) 460 1258]] 2 р.",
])
def test_both_readers_cut_a_runs_last_group_before_a_sum(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan_fast(text) if e.type == "PHONE_NUMBER"], text, spans)


def test_the_run_on_count_is_one_helper() -> None:
    from medsyn_dataset.validation.pii import phone_fields, phones

    assert phones.run_on_count is phone_fields.run_on_count


# Review A of round 21, finding 9: a negative can fail only where it holds a number a phone reader could take (a date,
# a dashed hour, a code's digits next to the cue), and the label-after family has frames with whose number it is
# before the number (a relative's word, a name), read as phones
def test_every_phone_convention_negative_holds_a_look_alike_number() -> None:
    import re

    count_only = re.compile(r"\D*\d{1,2}[ \t]+(?:год|лет|попыт)\D*")  # (an age or a count alone: no reader takes it)
    empty = [text for frames in NEGATIVES.values() for text in frames
             if not any(ch.isdigit() for ch in text) or count_only.fullmatch(text)]
    assert empty == []


def test_the_label_after_family_has_an_owner_before_the_number(scanner: PiiScanner) -> None:
    family = next(family for family in FAMILIES if family.name == "phone-label-after-conv")
    owned = [frame for frame in family.frames if frame.split("{}")[0].strip()]
    assert owned
    for frame in owned:
        text = frame.format("40-74-32")
        assert _phones(scanner, text) == ["40-74-32"], text
