"""PII round 17 review: a two-digit year of birth after its birth word (:mod:`...pii.birth_years`).

The review found the per-number gate of the two-digit case (dates.py, a10d6dc) narrower than the regex it guards
(a bare space, a dash, a tab before the year; an upper-case birth word), and a verb's mark reading a pregnancy's
weeks or a time of birth as a year. Same notation as ``test_pii_formats`` (``[[KIND|value]]``).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.birth_years import (
    _BEFORE_YEAR,
    BIRTH_MARK,
    TWO_DIGIT_BEFORE,
    is_birth_year,
    two_digit_after_word,
)

FOUND = {
    "word-then-space": "Отец: год рождения [[D|54]]",
    "word-space-stop-after": "Год рождения [[D|54]]. Жалобы на кашель.",
    "word-dash": "Год рождения — [[D|54]]",
    "word-colon-two-spaces": "Год рождения:  [[D|54]]",
    "word-tab": "Год рождения\t[[D|54]]",
    "verb-v-tab": "Родился в\t[[D|77]] году",
    "verb-upper-case": "РОДИЛСЯ В [[D|77]] ГОДУ",
    "word-upper-case": "ГОД РОЖДЕНИЯ: [[D|54]]",
    "word-lower-case": "год рождения: [[D|54]]",
    "verb-year-then-comma": "Родился в [[D|61]], в семье военного.",
    # second review: an ordinal year, a place, a clause or a bracket after a verb's year
    "verb-ordinal-m": "Родился в [[D|77]]-м году",
    "verb-ordinal-om": "Родилась в [[D|54]]-ом году",
    "verb-year-then-town": "Родился в [[D|77]] в г. [[L|Казани]]",
    "verb-year-then-family": "Родилась в [[D|63]] в семье рабочих",
    "verb-year-then-bracket": "Отец родился в [[D|54]] (со слов)",
}


@pytest.mark.parametrize("source", list(FOUND.values()), ids=list(FOUND))
def test_two_digit_birth_year_is_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    # a pregnancy's weeks and a time of birth after a verb
    "Ребёнок родился в 36 недель, вес 2400 г.",
    "Родилась в 38 нед., оценка по Апгар 8/9.",
    "Ребенок родился в 12 часов.",
    # a solution's grams before "р-р" (раствор), no "г.р."
    "Раствор глюкозы 40 г. р-р 200 мл",
]


@pytest.mark.parametrize("text", CLEAN)
def test_weeks_hours_and_grams_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []


_WORDS = ["год рождения", "год  рождения", "родился", "родилась", "родившийся", "родила", "рождения", "год"]
_TAILS = st.text(alphabet=" \t:-–—\nвВ.(x,", max_size=5)
_AFTER = st.sampled_from(["", " году", " г.", " недель", " ч", ".", ", ", " г.р.", " лет", "\n", "-м году", "-ом году",
                          " в г. Казани", " в семье", " (со слов)", " нед.", " часов", " г"])


@st.composite
def _notes(draw: st.DrawFn) -> tuple[str, int, int]:
    word = draw(st.sampled_from(_WORDS))
    cases = draw(st.lists(st.booleans(), min_size=len(word), max_size=len(word)))
    word = "".join(c.upper() if up else c for c, up in zip(word, cases, strict=True))
    before = draw(st.sampled_from(["", "Отец: ", "x", "(", "В 1990 г. "]))
    head = before + word + draw(_TAILS)
    return head + draw(st.sampled_from(["54", "07", "99"])) + draw(_AFTER), len(head), len(head) + 2


@settings(max_examples=600, deadline=None)
@given(_notes())
def test_gate_is_a_superset_of_the_regex(note: tuple[str, int, int]) -> None:
    """dates.py asks is_birth_year of a two-digit number only after TWO_DIGIT_BEFORE (or with "г" after it, which
    BIRTH_MARK needs): the gated answer is the ungated regex's."""
    text, start, end = note
    marked = BIRTH_MARK.match(text, end) is not None
    gated = (marked or text[start - 1 : start] in TWO_DIGIT_BEFORE) and is_birth_year(text, start, end)
    ungated = (marked and text[start - 1] not in ".,/-") or (
        text[start - 1] in _BEFORE_YEAR and two_digit_after_word(text, start, end))
    assert gated == ungated, text
