"""PII round 19: a year of the person's history alone is a date (:mod:`medsyn_dataset.validation.pii.event_years`), and
``PiiPolicy.keep_years`` keeps it (HIPAA Safe Harbor). Examples are our own, not the bench's.

Notation of ``support.pii_marks``: every marked span is found with its type and nothing unmarked is flagged.
"""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner, redact
from medsyn_dataset.validation.pii.event_years import is_bare_year
from medsyn_dataset.validation.pii.surrogate_dates import shift_date
from medsyn_dataset.validation.policy import Policy

MARKED = {
    # a year's mark after it, any preposition or none before it; the span is the year with its mark
    "since-year-g": "Болеет с [[D|2019 г.]], ухудшение последние 2 недели.",
    "in-year-godu": "Холецистэктомия в [[D|2016 году]], без осложнений.",
    "glued-mark": "Отец умер в [[D|2003г]], инфаркт.",
    "for-year-god": "Подтвердить периоды нетрудоспособности за [[D|2022 год]].",
    "no-preposition": "Лечилась в санатории [[D|2014 г.]] Жалоб нет.",
    "ordinal-ending": "Оперирована в [[D|2011-м году]] по поводу грыжи.",
    "range-one-span": "Работал на вредном производстве [[D|2001-2009 гг.]] машинистом.",
    "label-colon-mark": "Перенесённый инфаркт: [[D|2018 г.]] Стентирование.",
    # no mark: a time preposition or a label and its dash or colon before it
    "bracket-since": "Стаж в профессии 14 лет (с [[D|2003]])\nДиагноз: J68.4",
    "since-comma": "Считает себя больным с [[D|2012]], когда впервые появились боли.",
    "label-dash": "Инсульт - [[D|2010]] Состояние улучшилось.",
    "since-to": "Наблюдалась у эндокринолога с [[D|2005]] по [[D|2009 г.]]",
    # words that hold a paper's stem are no paper: "университет" (версия), "сегодня" (годен), "утверждает", "действительно"
    "stems-inside-words": "Окончила университет в [[D|2004 году]]. Утверждает, что сегодня с [[D|2019 г.]] хуже.",
    "really-since": "Действительно с [[D|2015 г.]] боли в области сердца.",
}

CLEAN = [
    # a law's, an order's, a standard's, a guideline's, a classification's year
    "Согласно приказу Минздрава от 2012 г. порядок оказания помощи соблюдён.",
    "В соответствии с ФЗ-323 от 2011 г. получено согласие.",
    "Изделие по ГОСТ Р 52600-2006, стерильно.",
    "Лечение согласно рекомендациям ESC 2019 г. продолжено.",
    "Диагноз по МКБ-10 пересмотра 1989 г. уточнён.",
    "Оценка по шкале GRACE 2016 г. - низкий риск.",
    # a statistic's year
    "В 2020 г. в России зарегистрировано много случаев гриппа.",
    # grams, doses, lab values, ranges of values, times, numbers after "№"
    "Масса при рождении 2000 г., рост 48 см.",
    "Вес 1950 г, прибавка удовлетворительная.",
    "Парацетамол 2000 мг в сутки.",
    "Диурез - 2000 мл. Лейкоциты от 1900 до 2100.",
    "Время: 1930, пульс 72.",
    "Кальций 1000 мг, витамин D 2000 МЕ.",
    "Hb 2000 г/л - ошибка ввода.",
    # a drug's or a paper's term, not the person's
    "Препарат серии 4508, годен до 2025. Срок годности до 2026 г.",
    "Полис действителен до 2027 г.",
    # a decimal and a longer number, an ICD code, a ward
    "Показатель 2015,5 ед. в палате 12, код I20.8.",
]


@pytest.mark.parametrize("name", sorted(MARKED))
def test_an_event_year_is_a_date(scanner: PiiScanner, name: str) -> None:
    text, spans = planted(MARKED[name])
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", CLEAN)
def test_a_paper_statistic_or_quantity_year_is_not(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)] == []


def test_the_presidio_path_agrees(scanner: PiiScanner) -> None:
    text, spans = planted(MARKED["since-year-g"] + " " + MARKED["label-dash"])
    check_planted(scanner.scan(text), text, spans)


def test_a_month_date_and_a_birth_year_keep_their_own_spans(scanner: PiiScanner) -> None:
    for text, value in (("Ухудшение в марте 2019 г.", "марте 2019"), ("Осмотр 12.03.2019 г.", "12.03.2019"),
                        ("Пациент 1985 г.р.", "1985")):
        assert [text[e.start : e.end] for e in scanner.scan_fast(text)] == [value]


def test_a_bare_year_is_what_keep_years_keeps() -> None:
    for value in ("2015", "2015 г.", "2015г", "2015 году", "2015-2017 гг.", "2011-м году", "1985"):
        assert is_bare_year(value), value
    for value in ("03.2015", "марте 2015", "12.03.2015", "2015-03-12", "20150312"):
        assert not is_bare_year(value), value


def test_a_year_surrogate_is_another_year_with_its_mark() -> None:
    for shift in (dt.timedelta(days=200), dt.timedelta(days=-50)):
        for value in ("2015 г.", "2015 году", "2015г", "2015-2017 гг.", "2015"):
            moved = shift_date(value, shift, random.Random(0))
            years = [int(y) for y in re.findall(r"\d{4}", moved)]
            assert moved != value and re.sub(r"\d{4}", "Y", moved) == re.sub(r"\d{4}", "Y", value)
            assert all(abs(year - old) <= 2 for year, old in zip(years, (2015, 2017), strict=False))
            assert len({year - old for year, old in zip(years, (2015, 2017), strict=False)}) == 1


def test_a_note_with_years_moves_them_by_its_shift(scanner: PiiScanner) -> None:
    text = "Болеет с 2015 г., инсульт - 2018. Осмотр 12.03.2019."
    redacted = redact(text, scanner.scan(text), mode="surrogate", seed=1)
    assert "2015 г." not in redacted and "- 2018." not in redacted and "12.03.2019" not in redacted
    assert re.fullmatch(r"Болеет с \d{4} г\., инсульт - \d{4}\. Осмотр \d\d\.\d\d\.\d{4}\.", redacted), redacted


@pytest.mark.parametrize("keep_years", [False, True])
def test_keep_years_keeps_a_year_alone_in_validation_pii_only(keep_years: bool) -> None:
    from medsyn_dataset.schema import ValidationField
    from medsyn_dataset.validation.checks.base import TEXT_REDACTED, Rows
    from medsyn_dataset.validation.checks.pii import PiiCheck
    from medsyn_dataset.validation.context import CheckContext

    texts = ["Болеет с 2019 года, осмотр 12.03.2021.", "Инсульт в 2015 г."]
    pii = PiiCheck(CheckContext(Policy.model_validate({"pii": {"keep_years": keep_years}})))
    try:
        rows = Rows(0, ["a", "b"], {"text": texts})
        result = pii.check(rows)
        pii.summarize(rows, result)
        section = pii.section()[1]
    finally:
        pii.close()
    redacted = result.values[TEXT_REDACTED]
    assert [len(spans) for spans in result.values[ValidationField.PII]] == [2, 1]  # found in both modes
    if keep_years:
        assert redacted == ["Болеет с 2019 года, осмотр <DATE>.", "Инсульт в 2015 г."]
        assert [len(result.findings.get(i, ())) for i in (0, 1)] == [1, 0]
        assert section.high_confidence_entities_by_type == {"DATE_TIME": 1}
    else:
        assert redacted == ["Болеет с <DATE>, осмотр <DATE>.", "Инсульт в <DATE>"]
        assert section.high_confidence_entities_by_type == {"DATE_TIME": 3}
    assert section.entities_by_type == {"DATE_TIME": 3}


def test_keep_years_is_off_by_default() -> None:
    assert Policy().pii.keep_years is False


# Look-alikes of earlier rounds whose only date-like part is a year of the person's history (or a register's, a
# contract's): clean until round 18 (a bare year was no date), each guarded that its number is no identifier, no phone,
# no broken date. They stay guarded: the year is now the only thing found, and it is a date.
FORMER_CLEAN = [
    ("test_pii_cues", "Номер анализа 123-45-67 в лаборатории; препарат серии 4508 (годен до 2025). Медицинская карта 2019 г. заведена."),
    ("test_pii_cues", "История болезни: с 2019 г., карта заполнена, ИБ: 3 дня."),
    ("test_pii_foreign_papers", "Палата № 5. ДМС 2024-2025 гг., лимит исчерпан."),
    ("test_pii_formats", "Медицинская карта 2019 г. заведена. Карты 123 нет. История болезни: 1. Анамнез."),
    ("test_pii_mrn_round18", "Реестр № 12 ведётся с 2024 г., включён в регистр в 2019 году."),
    ("test_pii_mrn_round18", "Удостоверение призывника выдано в 2020 году."),
    ("test_pii_ocr_numbers", "Витамин B12 1000 мкг в/м. В 2019 году S1-S2 без особенностей, группа крови O(I)"),
    ("test_pii_ocr_numbers", "Тел. В 2019 г. не менялся, В 12:00 звонила дочь"),
    ("test_pii_papers_round17", "Уголовное дело 2019 года прекращено, жалоб нет."),
    ("test_pii_papers_round17", "Включён в регистр, реестр № 12 ведётся с 2024 г."),
    ("test_pii_papers_round17", "Военная служба 1998-2000 гг., жалоб нет."),
    ("test_pii_record_papers", "Номер рецепта в 2023 году не сохранился."),
    ("test_pii_round17_dates", "Болеет с 2019 года, ТТГ в 15 г 1,2; и др. 2020 г. оплачено 500 р. 2019 г."),
    ("test_pii_round17_dates", "Пациентка 63 лет, родила в 2015 году. ДР 12 пациентов, родился весом 3200 г."),
    ("test_pii_split_values", "Hb 12.3. 2019 г. без динамики"),
    ("test_pii_split_values", "Калий 4,5. 2019 г. — контроль"),
    ("test_pii_typos_and_numbering", "В 2019 году перенёс аппендэктомию, в 2021 году — холецистэктомию."),
    ("test_pii_typos_and_numbering", "Гемоглобин 12 мес 2019 г. не контролировался, ОАК 3 раза 2020-го."),
    ("test_pii_typos_and_numbering", "Глюкоза 5,5 ммоль/л, креатинин 88 мкмоль/л, наблюдение 2 недели 2024 г. не проводилось."),
]


@pytest.mark.parametrize(("origin", "text"), FORMER_CLEAN)
def test_a_former_look_alike_has_only_its_year_found(scanner: PiiScanner, origin: str, text: str) -> None:
    found = [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)]
    assert found, origin
    assert all(kind == "DATE_TIME" and is_bare_year(value) for kind, value in found), (origin, found)


def test_keep_years_runs_through_validate(tmp_path, notes_dir) -> None:  # type: ignore[no-untyped-def]
    # the kept years' count travels from the batch's check to the report (summarize sees no text)
    from medsyn_dataset import schema
    from medsyn_dataset.validation.pipeline import validate_notes

    from .conftest import CLEAN_NOTE, note

    rows = [note("year", "Болеет с 2019 года. " + CLEAN_NOTE), note("clean")]
    (tmp_path / "p.yaml").write_text("pii: {keep_years: true}\nlabels: {label_noise: false}\n", "utf-8")
    report = validate_notes(notes_dir(rows), tmp_path / "out", policy=tmp_path / "p.yaml", progress=False)
    out = {r["id"]: r for r in schema.read_notes(tmp_path / "out").to_pylist()}
    assert [e["type"] for e in out["year"]["validation"]["pii"]] == ["DATE_TIME"]
    assert out["year"]["validation"]["decision"] == "keep"
    assert report.data["pii"]["entities_by_type"] == {"DATE_TIME": 1}
    assert report.data["pii"]["high_confidence_entities_by_type"] == {}
