"""PII that generalises (issue #10, round 26): the authors of a paper listed in Latin letters, Vancouver style, as
references, abstracts and case reports cite them. Marks as in :mod:`support.pii_marks`."""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

FOUND = {
    "vancouver-joined-initials": "См. [[P|Ivanov AA]], [[P|Petrova BB]], [[P|Sidorov VV]]. Heart failure therapy. 2020;3:12-18.",
    "single-initials-et-al": "[[P|Smith J]], [[P|Zhang W]], [[P|Kuznetsova E]] et al. Lancet. 2019.",
    "diacritics-and-stops": "[[P|Müller T.]], [[P|García-López M.]], [[P|Ivanov A.]] Sepsis in adults.",
    "hyphenated-initials-two-items": "[[P|Kim J-H]], [[P|Park JY]]. Diabetes Care. 2018.",
    "particles": "[[P|van der Berg J]], [[P|de Vries AB]], [[P|Kuznetsova EV]]. Title.",
    "a-year-after": "[[P|Ivanov AA]], [[P|Petrova BB]], [[P|Sidorov VV]], 2020.",
}


@pytest.mark.parametrize("source", list(FOUND.values()), ids=list(FOUND))
def test_latin_authors_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    # stages, grades, types, vitamins, variants: a word and capitals listed, no authors
    "Stage II, Grade III, Type IV.",
    "Vitamin D, Vitamin B, Omega A.",
    "Hb A, Hb S, Hb C.",
    # two items with one initial each and nothing that says authors
    "Protocol A, Amendment B.",
    # species, serogroups and grades in a sentence: one word repeated, a Roman grade with a letter, no paper after the
    # list (review A r26, finding 3)
    "Экспресс-тест: Streptococcus A, Streptococcus B, Streptococcus G — отрицательно.",
    "ПЦР мазка: Influenza A, Influenza B, Parainfluenza C не обнаружены.",
    "ЭГДС: язва луковицы ДПК, Forrest IIA, Forrest IIB в анамнезе.",
    "Хроническая ишемия н/к по Fontaine IIA, Fontaine IIB справа.",
    "Экстрасистолия по Lown IVA, Lown IVB",
]


@pytest.mark.parametrize("text", CLEAN)
def test_latin_phrases_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type == "PERSON"] == []
