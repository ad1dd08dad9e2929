"""PII that generalises (issue #10, round 17): a surname with its initials, all in lower case.

A journal's line ("03.02 кузнецов и.и. 45 лет"), a form's field ("ф.и.о. сорокин в.п.") and a hasty note ("осмотрен
с фельдшером сидоровым а.п.") drop capitals; two initials next to a dictionary surname are still a name. Made-up cases,
with look-alikes that stay clean: abbreviations of two letters ("т.е.", "и.о.", "р.п.", "г.р.") and ordinary words
before or after initials.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner


@pytest.mark.parametrize("source", [
    "[[D|03.02]] [[P|кузнецов и.и.]] 45л перевязка",  # (a journal row: its day and month is a date too, round 18)
    "ф.и.о. [[P|сорокин в.п.]] жалобы на кашель",
    "осмотрен с фельдшером [[P|сидоровым а.п.]], давление 130/80",
    "со слов [[P|петровой о. в.]] температура с вечера",
    "направление подписал [[P|а.п. гусев]], выдано на руки",
])
def test_a_lower_case_surname_with_its_initials_is_a_name(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "больной т.е. жалуется на слабость, т.к. не спал",
    "и.о. заведующего отделением, осмотр в р.п. горки",
    "1970 г.р. сахарный диабет, вводить в.в. капельно",
    "больная жалуется на слабость, со слов дочери м.б. простуда",
    "ул. лесная д.5 к.2, иванов день, по словам матери",
    # (an analyte or a drug the dictionary lacks, read as a surname by its "-ин" alone, before a lab's "н.о.")
    "анализ крови: ферритин н.о., креатинин н.о.",
    "метформин п.о. по 500 мг",
])
def test_initials_with_no_surname_beside_them_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "PERSON"] == []


@pytest.mark.parametrize("source", [
    "звонил муж [[P|драган евстафьевич]], просит перезвонить",
    "осмотрен доктором [[P|ратко тарасович]], назначено лечение",
])
def test_a_rare_first_name_the_dictionary_lacks_before_a_patronymic_is_a_name(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "кт мрт ивановна не выполнялись",  # (an abbreviation of consonants is no first name)
    "больная жалуется на слабость, со слов дочери, по словам матери",
])
def test_a_patronymic_after_no_first_name_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "PERSON"] == []
