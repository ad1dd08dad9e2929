"""The review of round 16's changes (issue #10): each rule at its edge. A value that stood in a note's paper must
be found as before the round; a look-alike that a rule of the round reached must stay clean.

Marks as in :mod:`support.pii_marks` (M record number, Pa passport, D date).
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

CASES = {
    # a certificate that may be the one a person shows for identity keeps the passport: a refugee's, an office's, a
    # bare "удостоверение", one named beside the passport's word
    "refugee-series-number": "Удостоверение беженца: серия [[Pa|45 09]] номер [[Pa|123456]]",
    "bare-certificate": "Удостоверение: серия [[Pa|45 09]] номер [[Pa|123456]]",
    "office-certificate": "Служебное удостоверение № [[Pa|4509 123456]]",
    "refugee-after-document": "Документ: удостоверение беженца [[Pa|45 09 123456]]",
    "passport-certificate": "Паспорт гражданина РФ (удостоверение) [[Pa|45 09 123456]]",
    # a benefit's certificate hands the value to another paper, and it is still reported: a record number
    "veteran-handed-off": "Удостоверение ветерана [[M|12 34 567890]]",
    "pension-handed-off": "Пенсионное удостоверение серия [[M|45 09]] номер [[M|123456]]",
    # (where the other paper's rule reports the value, its spans stand)
    "prescription-blank-handed-off": "Рецептурный бланк ф. 107/у-НП  серия [[M|77 15]] № [[M|810271]]",
    # a vaccination's passport names no identity paper: its series (boxed, one digit a box) and number are its own
    "vaccination-passport": "Паспорт вакцинации: серия [[M|1 1 2 0]] номер [[M|123456]]",
    # an accounting form's copy: a short number alone on its line, or before the next field's label or its date
    "form-copy-label": "Учётная форма № 066/у-02\nN [[M|17]] Дата выдачи [[D|12.03.2024]]",
    "form-copy-alone": "Учётная форма № 066/у-02\nN [[M|17]]\nФИО: не указано",
    "form-copy-dated": "Учётная форма № 066/у-02 № [[M|5]] от [[D|12.03.2024]]",
    "form-copy-long": "Учётная форма № 072/у\n№ [[M|580]] выдана на руки",
    # a paper's series, a space and its number are one value (a prescription's, a referral's); before a unit only the
    # series-shaped part is the number, as before round 16
    "prescription-series-space": "Льготный рецепт № [[M|79-92 4198402]] выписан",
    "referral-series-space": "Направление на госпитализацию № [[M|95-09 437592]] (форма 057/у-04)",
    "prescription-dose-after": "Рецепт № [[M|12-05]] 1000000 ЕД интерферона",
    # a pharmacy log's column of prescriptions by its bare noun holds their numbers
    "prescription-column": "| Дата | Рецепт | Пациент |\n| [[D|12.03.2024]] | [[M|45-12 004512]] | нет |",
    # a civil-status certificate's numeral glued to its letters, after its own words; with its dash, even after a stage
    "civil-glued-named": "Свидетельство о рождении [[M|IIIБР 260362]] выдано",
    "civil-dash-after-stage": "Стадия IIIА, T2N1M0; свидетельство [[M|III-АИ № 123456]]",
    # a sick leave's number after its bare abbreviation: six digits and more
    "sick-leave-six": "ЛН № [[M|123456]] продлён",
    "sick-leave-register": "ЭЛН [[M|910012345678]] открыт",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_values_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)
    check_planted(scanner.scan_fast(text), text, spans)


CLEAN: list[str] = [
    # after a form's code, a short number before a lower-case word counts or ranks what the line names
    "Учетная форма № 030/у\nN 3 группа диспансерного наблюдения",
    "Медицинская документация. Учётная форма № 063/у\n№ 2 прививки",
    "Учётная форма № 066/у-02\nN 1 стационар",
    # a prescription column holding the blank's form code, and a column of receptors (no prescriptions)
    "| Рецепт | Препарат |\n| 107-1/у | Трамадол 50 мг |",
    "| № рецепта | Препарат |\n| 107-1/у | Трамадол |",
    "| Рецептор | Клон |\n| ER | SP1 1234 |",
    # a stage's numeral and subgroups glued, then a code
    "Стадия IIIАБ 202401 ",
    "Стадия: IIIАБ 202401, ремиссия.",
    # one or two digits after "ЛН" count sick leaves or rank a lung failure
    "ЛН № 2 продлён на 5 дней.",
    "ЭЛН № 2 продлён на 5 дней.",
    "ДН 1 ст., ЛН 2 ст.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)] == []


def test_the_eponym_cue_ends_in_spaces() -> None:
    """``RuPersonRecognizer._score`` searches for an eponym's cue only where the window before a run ends in a space:
    that holds while the cue's pattern ends so (an ``assert`` at the import of :mod:`.names` until round 16, which
    ``python -O`` drops)."""
    from medsyn_dataset.validation.pii.name_words import EPONYM_BEFORE

    assert EPONYM_BEFORE.pattern.endswith(r")\s+$")
