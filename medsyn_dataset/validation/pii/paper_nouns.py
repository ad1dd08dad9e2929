"""Nouns of papers that several readers name alike, written once.

A medical conclusion ("мед. заключение серии 4672 170065"), a death certificate by its abbreviation, МСС (медицинское
свидетельство о смерти, "МСС серия 61 653198"), and a military ID, военный билет or "в/б" ("в/б серии АВ 7511317"), each
have a series and a number. Three readers name them: :mod:`.document_numbers` reads the value after the noun (its word
index needs the stems), :mod:`.document_typing` gives a passport-shaped value after the noun to that paper, and
:mod:`.other_papers` reads a military ID's series and number. Each builds its pattern from these pieces: the stems
without their endings, each reader adding the endings and bounds its own pattern reads.
"""

from __future__ import annotations

#: a conclusion, "заключение" (:mod:`.document_typing` takes only a medical one: "заключение договора" is a contract's)
CONCLUSION = "заключени"
#: the medical conclusion's glued form, "медзаключение"
CONCLUSION_GLUED = "мед" + CONCLUSION
#: the abbreviations: a death certificate's, a military ID's
ABBREVIATIONS = ("мсс", "в/б")
#: a military ID's two words, "военный билет": the adjective's stem and the noun
MILITARY_ADJECTIVE = "военн"
MILITARY_NOUN = "билет"
#: the military ID in any case, both words with any ending (as :mod:`.document_typing` and :mod:`.other_papers` read it)
MILITARY_ID = rf"{MILITARY_ADJECTIVE}\w*[ \t]+{MILITARY_NOUN}\w*"
#: the stems a word index looks these nouns up by
STEMS = (CONCLUSION, CONCLUSION_GLUED, *ABBREVIATIONS, MILITARY_ADJECTIVE)
