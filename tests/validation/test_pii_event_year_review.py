"""Event years against the birth-year rules, identifier labels and papers; keep_years and ages over 89 (review A
of round 19: findings 6, 7, 10, 11). Examples are our own, not the bench's."""

from __future__ import annotations

import datetime

import pytest

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.event_years import is_bare_year
from medsyn_dataset.validation.policy import Policy

_THIS_YEAR = datetime.date.today().year


def found(scanner: PiiScanner, text: str) -> list[tuple[str, str, float]]:
    return [(e.type, text[e.start : e.end], e.score) for e in scanner.scan_fast(text)]


@pytest.mark.parametrize("text", ["Новикова Светлана Алексеевна, 1954 года рождения.", "Пациент 1986 год рождения",
                                  "Больной, 1961 г. рождения, поступил."])
def test_a_birth_year_keeps_its_reading_and_score_before_an_event_year(scanner: PiiScanner, text: str) -> None:
    year = next(word for word in text.split() if word.isdigit())
    assert [e for e in found(scanner, text) if e[0] == "DATE_TIME"] == [("DATE_TIME", year, 0.85)]


@pytest.mark.parametrize("text", ["ИБ: 2019, поступил.", "ID: 2019", "Амб. карта: 2019", "Шифр: 2019",
                                  "Пароль: 2019", "Код доступа - 2021", "Дом - 2015", "Кв. - 2015", "PIN: 2019"])
def test_a_year_shaped_value_after_an_identifier_label_is_no_event_year(scanner: PiiScanner, text: str) -> None:
    assert not [e for e in found(scanner, text) if e[0] == "DATE_TIME"]


@pytest.mark.parametrize("text", ["Заболеваемость в 2020 г. выросла на 12 %.", "Данные Росстата за 2022 год: смертность снизилась.",
                                  "Лечение по протоколу от 2019 г.", "Номер РУ 012345 от 2019 г.",
                                  "Смертность в 2021 году снизилась.", "Распространённость в 2018 г. составила 5 %."])
def test_a_statistic_or_a_paper_dates_no_event_year(scanner: PiiScanner, text: str) -> None:
    assert not [e for e in found(scanner, text) if e[0] == "DATE_TIME"]


@pytest.mark.parametrize(("text", "value"), [("Инсульт - 2010.", "2010"), ("Болеет с 2015 г.", "2015 г."),
                                             ("Диагноз: 2019, ремиссия.", "2019"), ("ОНМК: 2016", "2016")])
def test_the_event_years_the_rules_were_written_for_stay(scanner: PiiScanner, text: str, value: str) -> None:
    assert ("DATE_TIME", value, 0.7) in found(scanner, text)


def test_keep_years_keeps_no_year_that_shows_an_age_over_89() -> None:
    old, young = _THIS_YEAR - 90, _THIS_YEAR - 89
    for value in (str(old), f"{old} г.", f"{old - 10}-{young} гг.", "1930"):
        assert not is_bare_year(value), value
    for value in (str(young), f"{young} г.", "1985", "2015-2017 гг."):
        assert is_bare_year(value), value


def test_keep_years_redacts_a_birth_year_over_89_years_ago_and_keeps_a_recent_one() -> None:
    from medsyn_dataset.validation.checks.base import TEXT_REDACTED, Rows
    from medsyn_dataset.validation.checks.pii import PiiCheck
    from medsyn_dataset.validation.context import CheckContext

    texts = ["Иванов И.И., 1930 г.р.", "Иванов И.И., 1985 г.р.", "Болеет с 1930 г."]
    pii = PiiCheck(CheckContext(Policy.model_validate({"pii": {"keep_years": True}})))
    try:
        result = pii.check(Rows(0, ["a", "b", "c"], {"text": texts}))
    finally:
        pii.close()
    redacted = result.values[TEXT_REDACTED]
    assert "1930" not in redacted[0] and "1985" in redacted[1] and "1930" not in redacted[2], redacted
