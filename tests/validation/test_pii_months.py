"""The month lists of the PII recognizers, derived from :mod:`.months`, against the literals they replaced.

The literals below are the hand-written lists and patterns as they stood before the move (round 18): a derived
tuple or pattern must equal its old literal, so the move changed no match. A new spelling added to ``months``
changes these on purpose; then the literal here is updated with it.
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii import (
    date_cues,
    date_grammar,
    day_numbers,
    misspelt_months,
    months,
    ordinal_dates,
    surrogate_dates,
    table_cells,
)

_OLD_GENITIVES = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                  "ноября", "декабря")


def test_date_cues_month_words_as_before() -> None:
    old = r"(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*"
    assert old == date_cues._MONTH_WORDS


def test_dates_month_word_as_before() -> None:
    old = (
        r"(?:январ[ьяюеё]|феврал[ьяюеё]|март[аеу]?|апрел[ьяюеё]|ма[йяюе]|июн[ьяюеё]|июл[ьяюеё]|август[аеу]?"
        r"|сентябр[ьяюеё]|октябр[ьяюеё]|ноябр[ьяюеё]|декабр[ьяюеё])(?!\w)"
        r"|(?:янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)(?:\.|(?!\w)(?!-[^\W\d_]))"
    )
    assert old == date_grammar.MONTH_WORD


def test_day_numbers_month_stems_as_before() -> None:
    old = ("январ", "феврал", "март", "апрел", "май", "мая", "июн", "июл", "август", "сентябр", "октябр", "ноябр",
           "декабр")
    assert old == day_numbers._MONTH_STEMS


def test_genitive_tuples_as_before() -> None:
    assert misspelt_months._GENITIVES == _OLD_GENITIVES
    assert ordinal_dates._MONTH_GENT_WORDS == _OLD_GENITIVES
    assert "(?:" + "|".join(_OLD_GENITIVES) + ")" == ordinal_dates._MONTH_GENT


def test_surrogate_month_forms_as_before() -> None:
    old = {
        "nomn": "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split(),
        "gent": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
        "loct": "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре".split(),
        "abbr": "янв. фев. мар. апр. мая июн. июл. авг. сент. окт. нояб. дек.".split(),
    }
    assert old == surrogate_dates._MONTHS
    old_stem = (
        r"(?:январ|феврал|март|апрел|ма[йяею]|июн|июл|август|сентябр|октябр|ноябр|декабр|янв|февр?|мар|апр|авг|сент?|окт"
        r"|нояб?|дек)[а-яё]*\.?"
    )
    assert old_stem == surrogate_dates._MONTH_STEM


def test_table_cells_issue_date_as_before() -> None:
    old = re.compile(r"(?:(?:выдан\w*|от|дата[ \t]+выдачи|действ\w*|с|до|по)[ \t:]*)*"
                     r"(?P<date>\d{1,2}[ \t]?[./,-][ \t]?\d{1,2}[ \t]?[./-][ \t]?(?:\d{4}|\d{2})|\d{1,2}[./]\d{4}"
                     r"|\d{4}-\d{2}-\d{2}|[«\"]?\d{1,2}[»\"]?[ \t]+(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр"
                     r"|октябр|ноябр|декабр)[а-яё]*\.?[ \t]+\d{4})(?:[ \t]*г\.?)?",
                     re.IGNORECASE)
    assert table_cells._ISSUE_DATE.pattern == old.pattern
    assert table_cells._ISSUE_DATE.flags == old.flags


def test_month_forms_line_up() -> None:
    # the twelve forms of one month sit at one index, and each (May aside) starts with its stem
    lists = (months.NOMINATIVES, months.GENITIVES, months.LOCATIVES, months.STEMS)
    assert all(len(forms) == 12 for forms in lists)
    for nominative, genitive, locative, stem in zip(*lists, strict=True):
        assert all(form.startswith(stem) for form in (nominative, genitive, locative))
    assert months.stems(("май", "мая"))[4:6] == ("май", "мая")
    assert months.stem_alternation("ма[йя]").split("|")[4] == "ма[йя]"
    assert set(months.STEMS) >= months.HARD_STEMS
