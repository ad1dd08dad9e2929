"""The nouns of a conclusion, a death certificate's and a military ID's papers are written once (:mod:`.paper_nouns`).

The three readers that name them build their patterns from that list; the patterns they built before (copied below as
they were at round 18's end) and the derived ones read every form of the nouns alike, in the contexts a note writes them.
"""

from __future__ import annotations

import re

import pytest

from medsyn_dataset.validation.pii import document_numbers, document_typing, other_papers, paper_nouns

# the patterns as each reader wrote its own nouns before (round 18, commit 19cfa54)
_OLD_NOUN = re.compile(r"(?:рецепт|рец\.|направлени|свидетельств|исследовани|извещени|сертификат|бланк|справк|листо?к|больничн"
                       r"|(?:мед)?заключени|флюорограф|флг|рентгенограм|маммограм|маммограф|мсс(?![а-яё])|в/б(?![а-яё])"
                       r"|военн[а-яё]*[ \t]+билет)[а-яё]*(?![\w])", re.IGNORECASE)
_OLD_TYPING = r"(?:мед\.?[ \t]*|медицинск\w*[ \t]+)заключени\w*|мсс|в/б|военн\w*[ \t]+билет\w*"
_OLD_MILITARY = r"военн\w*[ \t]+билет\w*"

_FORMS = ["заключение", "Заключения", "медзаключение", "Медзаключении", "мед. заключение", "медицинское заключение", "МСС",
          "мсс", "МССР", "в/б", "В/Б", "в/бк", "военный билет", "Военного билета", "ВОЕННЫЙ  БИЛЕТ", "военный\tбилет", "военнобилет",
          "военный билет2", "военный билетАВ", "договор", "мс", "в/", "военный"]
_AFTER = ["", " ", ": ", " серии АВ 7511317", " № 12", "1", "_x", "-", "\n"]
_BEFORE = ["", " ", "Документ: ", "(", "х"]
_TEXTS = [before + form + after for before in _BEFORE for form in _FORMS for after in _AFTER]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


@pytest.mark.parametrize(("derived", "old"), [
    (document_numbers._NOUN, _OLD_NOUN),
    (re.compile(rf"(?<![\w])(?:{document_typing._PAPER_NOUNS})(?![\w])", re.IGNORECASE),
     re.compile(rf"(?<![\w])(?:{_OLD_TYPING})(?![\w])", re.IGNORECASE)),
    (re.compile(rf"(?i:{paper_nouns.MILITARY_ID})"), re.compile(rf"(?i:{_OLD_MILITARY})")),
], ids=["document_numbers", "document_typing", "other_papers"])
def test_derived_patterns_read_the_nouns_as_before(derived: re.Pattern[str], old: re.Pattern[str]) -> None:
    assert [_spans(derived, text) for text in _TEXTS] == [_spans(old, text) for text in _TEXTS]
    assert sum(map(bool, (_spans(old, text) for text in _TEXTS))) > len(_TEXTS) // 4  # (the forms are read, not missed)


def test_every_reader_builds_on_the_one_list() -> None:
    assert set(paper_nouns.STEMS) <= set(document_numbers._NOUN_STEMS)
    assert document_typing._PAPER_NOUNS in document_typing._DOCUMENT_NOUN.pattern
    assert paper_nouns.MILITARY_ID in other_papers._MILITARY_CUE
    assert paper_nouns.MILITARY_ADJECTIVE in other_papers._MILITARY_ANCHOR
    for noun in ("медзаключение", "МСС", "в/б", "военный билет"):
        assert document_numbers._NOUN.fullmatch(noun) is not None
        assert document_typing._DOCUMENT_NOUN.fullmatch(noun) is not None
