"""PII that generalises (issue #10, round 21): a journal's entry opens with its date and whom it is about.

"26.10 николаева 43л ...", "12.08 15:30 носова м.б. звонила", "31.05 фомичев пац-ка ...": the date is a cue for a
lower-case surname as "пациент" is (:func:`...lower_names.entry_subject`), and the surname tells that a day and month
without a year there is a date (:func:`...date_cues.day_month_evidence`). Made-up cases, with look-alikes that stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner


@pytest.mark.parametrize("source", [
    "сухость кожи [[D|24.08]] [[P|фомина л. с.]] - звонила по поводу записи",
    "боли в пояснице [[D|31.05]] [[P|фомичев]] пришёл на перевязку",
    "[[D|4.08]] [[P|доржиев аюр]] 35л перевязка\n[[D|14.12]] [[P|прохоров]] 57л инъекция",
    "мочевого пузыря [[D|03.06]] [[P|Нурланов А.Т.]] звонил, перенос",
    "головокружение [[D|09.11]] [[P|соколова]] звонила, просит перезвонить",
    "[[D|24.05.26]] [[P|быков]] 68л давл 140/80 норм",
])
def test_an_entrys_date_and_its_lower_case_subject(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    found = [e for e in scanner.scan_fast(text) if e.type in ("DATE_TIME", "PERSON")]
    check_planted(found, text, spans)


@pytest.mark.parametrize("text", [
    "Глюкоза 12.03 сухой остаток, калий 4.10 норма.",
    "Гемоглобин 12.05 плановая коррекция, 11.10 ммоль/л.",
    "Кальций 2.25 иванова сказала, что 5.25 мкмоль.",
])
def test_a_value_before_an_ordinary_word_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type in ("DATE_TIME", "PERSON")] == []
