"""PII that generalises (issue #10, round 13): identifiers and phones said in number words.

Dictations, call transcripts and speech-to-text output write numbers as they were said. Each case is made up
here (SNILS and INN made with :mod:`.checksums`, 418-203-557 55, 260-914-033 49, 907-115-480 88, INN
7712345678 59), said in groups as people say them; clean look-alikes beside them are counts, doses, vital
signs, a ward's number, a year and a prescription's series said in words.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.checksums import inn_valid, snils_valid
from medsyn_dataset.validation.pii.spoken_numbers import NUMBER_FORMS, NUMBER_STEMS, read_groups, read_run


def _digits(said: str) -> str:
    run = read_run(said, 0)
    assert run is not None
    return run.digits


def test_runs_are_read_group_by_group_as_said() -> None:
    assert _digits("девятьсот шестнадцать ноль семь сорок пять") == "9160745"
    assert _digits("сто восемь") == "108" and _digits("сорок ноль") == "400"  # ("сорок ноль": two groups)
    assert _digits("семь тысяч триста сорок") == "7340" and _digits("тысяча двести") == "1200"
    # oblique case forms, digit groups among the words, "плюс" before them
    assert _digits("пятисот двадцати трёх") == "523"
    assert _digits("8916 сто двадцать три 45 07") == "89161234507"
    run = read_run("плюс семь девятьсот три", 5)
    assert run is not None and (run.start, run.digits) == (0, "7903")
    assert read_run("раза три", 0) is None  # (no number word where the run would start)
    assert [g[0] for g in read_groups([("сорок", 0, 5), ("ноль", 6, 10), ("девять", 11, 17)])] == ["40", "0", "9"]


def test_every_number_word_is_in_the_cue_index() -> None:
    """The gate finds number words by the beginnings in :data:`NUMBER_STEMS`: every form must start with one."""
    assert [word for word in (*NUMBER_FORMS, "тысяча", "тысячи") if not word.startswith(NUMBER_STEMS)] == []


def test_made_up_numbers_are_valid() -> None:
    assert snils_valid("41820355755") and snils_valid("26091403349") and snils_valid("90711548088")
    assert inn_valid("771234567859")


CASES = {
    "snils-after-cue": "снилс [[S|четыреста восемнадцать двести три пятьсот пятьдесят семь пятьдесят пять]] полис с собой",
    "snils-leading-zero-group": "страховой номер [[S|двести шестьдесят девятьсот четырнадцать ноль тридцать три сорок девять]]",
    # a SNILS said without its word: the check digits decide, as for written digits
    "snils-no-cue": "со слов пациента [[S|девятьсот семь сто пятнадцать четыреста восемьдесят восемьдесят восемь]] записано",
    # dictated with its dashes said ("тире"), as a SNILS is written
    "snils-with-dashes-said": "снилс [[S|четыреста восемнадцать тире двести три тире пятьсот пятьдесят семь пятьдесят пять]]",
    "phone-digit-by-digit": "телефон [[T|восемь девять один шесть один два три четыре пять ноль семь]] жалобы",
    "inn-said": "инн [[I|семьдесят семь двенадцать тридцать четыре пятьдесят шесть семьдесят восемь пятьдесят девять]] для вычета",
    "phone-after-cue": "телефон дочери [[T|восемь девятьсот шестнадцать сто двадцать три сорок пять ноль семь]] звонить вечером",
    "phone-plus-seven": "контактный [[T|плюс семь девятьсот три пятьсот пятьдесят пять ноль ноль двенадцать]] после обеда",
    "phone-half-in-digits": "перезвонить жене [[T|8916 сто двадцать три 45 07]] по результатам",
    # 8 916 123 41 16 passes a SNILS's check (as one number in a hundred does): the phone's word decides
    "phone-digits-pass-snils-check": "телефон для связи [[T|восемь девятьсот шестнадцать сто двадцать три сорок один шестнадцать]]",
    "phone-no-cue": "сын [[T|восемь девятьсот двадцать два триста один сорок сорок]] приедет",
    "passport-series-and-number": (
        "паспорт серия [[Pa|сорок пять ноль девять]] номер [[Pa|сто двадцать три четыреста пятьдесят шесть]] выдан"
    ),
    "passport-whole": "предъявил паспорт [[Pa|сорок пять ноль девять сто двадцать три четыреста пятьдесят шесть]] выдан давно",
    "passport-series-then-digits": "паспорт серии [[Pa|семьдесят ноль три]] номер [[Pa|612845]] выдан",
    # a date said as numbers after a date's or a birth's word, a four-digit or a two-digit year
    "birth-date-numbers": "дата рождения [[D|ноль девять одиннадцать две тысячи двенадцать]] мать со слов",
    "birth-date-short-year": "родилась [[D|двадцать семь ноль четыре семьдесят девять]] в городе",
    # right after its own cue (a few words of the dictation between), the type's count of digits decides, as for a
    # written number after its cue: a SNILS whose check digits fail, a ten-digit INN
    "snils-failing-check-after-cue": "повторяю снилс прописью [[S|сто двенадцать двести тридцать три четыреста сорок пять "
                                     "девяносто шесть]] записан",
    "inn-ten-digits-after-cue": "ИНН организации [[I|пятьсот два сто сорок четыре семьсот семьдесят три ноль]] выдан",
    # a series said after "серия", then "номер" and six digits: the number goes with the series
    "series-then-number-words": "серия [[Pa|сорок пять ноль семь]] номер [[Pa|шестьсот одиннадцать восемьсот двадцать]]",
    "policy-said": "полис омс [[O|семьдесят семь ноль один пятьдесят три двадцать восемь девяносто один ноль четыре двадцать два шестьдесят шесть]]",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_numbers_said_in_words_are_found(scanner: PiiScanner, name: str) -> None:
    text, spans = planted(CASES[name])
    found = scanner.scan(text)
    check_planted(found, text, spans)
    for kind, start, end in spans:  # the span is the run of words, no more, no less
        assert any(e.type == kind and (e.start, e.end) == (start, end) for e in found), text[start:end]


CLEAN = {
    "vital-signs": "давление сто сорок на девяносто пульс семьдесят два удара чдд восемнадцать сатурация девяносто восемь",
    "doses-and-times": "принимать по две таблетки три раза в день в восемь ноль ноль и в двадцать ноль ноль пять дней",
    "dose-milligrams": "доза сто двадцать пять миллиграмм два раза в сутки курс четырнадцать дней",
    "height-weight": "рост сто семьдесят два вес восемьдесят пять индекс массы двадцать восемь и семь",
    "ward-and-floor": "палата номер двенадцать третий этаж койка номер четыре",
    "year-in-words": "болеет с две тысячи десятого года, операция в тысяча девятьсот девяностом",
    "icd-code-said": "диагноз эф восемьдесят три и дэ пятьдесят точка девять",
    # a prescription's series said in words: the passport is not named
    "prescription-series": "рецепт серия сорок пять ноль девять выписан на месяц",
    "prescription-series-and-number": "рецепт серия сорок пять ноль девять номер шестьсот одиннадцать восемьсот двадцать "
                                      "выписан на месяц",
    # a SNILS's word far before eleven digits whose check fails: no dictation of it
    "snils-word-far-failing-check": "снилс не помнит, со слов жены записано сто двенадцать двести тридцать три четыреста "
                                    "сорок пять девяносто шесть",
    # a pressure diary read out: many groups, no identifier's length or check digits
    # numbers after a date's word that make no calendar date: a count of days, a dose
    "date-word-no-date": "дата выписки через четырнадцать дней дата контроля через сорок пять сорок семь дней",
    "pressure-diary": "утром сто сорок девяносто вечером сто тридцать восемьдесят пять ночью сто двадцать восемьдесят",
}


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_counts_and_measures_in_words_stay_clean(scanner: PiiScanner, name: str) -> None:
    text = CLEAN[name]
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []


def test_record_numbers_with_joiners_stay_record_numbers(scanner: PiiScanner) -> None:
    text = "история болезни номер четыре тысячи восемьсот шестьдесят пять дробь двадцать шесть"
    assert {e.type for e in scanner.scan(text)} <= {"MEDICAL_RECORD_NUMBER"}


# ----- a passport's series and number (:mod:`.passport_parts`) --------------------------------------------------
PASSPORT_CASES = {
    # the age at which a passport is issued (14, 20, 45) between its word and its number
    "age-then-dashed": "Паспорт сына 14 лет [[Pa|6311-204587]] оформлен, полис переоформлен.",
    "age-in-brackets": "паспорт (получен в 20 лет) [[Pa|45 09 123456]] выдан ОВД",
    "age-colon": "Паспорт, выданный в 45 лет: [[Pa|7203 558190]].",
    # two labelled fields: two spans, the label between stays outside
    "series-number-words": "Я, мать ребёнка, паспорт серии [[Pa|6104]] номер [[Pa|339201]], даю согласие",
    "series-number-lines": "Документ: паспорт\nСерия: [[Pa|52 07]]\nНомер: [[Pa|118345]]\nАдрес: не указан",
}


@pytest.mark.parametrize("name", sorted(PASSPORT_CASES))
def test_passport_after_an_age_and_in_two_fields(scanner: PiiScanner, name: str) -> None:
    text, spans = planted(PASSPORT_CASES[name])
    found = scanner.scan(text)
    check_planted(found, text, spans)
    for kind, start, end in spans:
        assert any(e.type == kind and (e.start, e.end) == (start, end) for e in found), text[start:end]


def test_unlabelled_series_keeps_one_span(scanner: PiiScanner) -> None:
    text = "паспорт 6104 номер 339201 выдан ОВД, серия 6104 № 339201"
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == [("RU_PASSPORT", "6104 номер 339201"), ("RU_PASSPORT", "6104 № 339201")]


PASSPORT_CLEAN = {
    # an age and a number after the passport's word that is no passport's ten digits
    "age-and-weight": "Паспорт здоровья ребёнка 14 лет: рост 162 см, вес 51 кг, АД 110/70",
    "age-and-years": "паспорт получен в 14 лет, в 2019 году; прививки по календарю, Манту 5 мм",
    "age-and-phone-like-dose": "паспорт в 20 лет не менял, принимает 1000 мг 2 раза",
}


@pytest.mark.parametrize("name", sorted(PASSPORT_CLEAN))
def test_ages_after_passport_word_stay_clean(scanner: PiiScanner, name: str) -> None:
    text = PASSPORT_CLEAN[name]
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)
            if e.type in ("RU_PASSPORT", "PHONE_NUMBER")] == []
