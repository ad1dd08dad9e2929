"""The nouns of a medical institution, listed once as lemmas, and the shapes the readers need of them.

Four readers named the same institutions by hand in three shapes (review A of round 20, finding 12): the place reader's
lemmas of a title-cased institution ("в Детской Поликлинике") and its word forms of an institution named after its town
("ЦРБ Ухты", "поликлиника Апатитов"), and the number readers' stems of an institution whose number is no patient's
("поликлиника № 220", "в ГКБ № 15"). Each shape is derived here from :data:`HOSPITALS` and :data:`HEALTH_INSTITUTIONS`.
"""

from __future__ import annotations

from collections.abc import Iterable

#: the institutions a note names after their town (lemmas): a hospital, an outpatient clinic, a dispensary, a maternity
#: home, a sanatorium ("больница Кирова", "диспансер Ухты")
HOSPITALS = ("больница", "поликлиника", "госпиталь", "диспансер", "роддом", "санаторий")
#: every medical institution whose number is the institution's, not the patient's (lemmas): the hospitals and a
#: women's consultation, a clinic, an inpatient unit, a centre ("женская консультация № 3", "центр № 2")
HEALTH_INSTITUTIONS = ("поликлиника", "консультация", "больница", "диспансер", "роддом", "госпиталь", "клиника",
                       "стационар", "центр", "санаторий")

# the endings of a masculine noun in -ь in its singular and plural cases ("госпиталь", "госпиталями")
_SOFT_MASCULINE_ENDINGS = "(?:ь|я|ю|ем|е|и|ей|ям|ях|ями)"


def stem(lemma: str) -> str:
    """The lemma without its ending: a final vowel, "ь" or "й" ("больниц", "госпитал", "санатори", "диспансер")."""
    return lemma[:-1] if lemma[-1] in "аяьйео" else lemma


def stem_alternation(lemmas: Iterable[str], whole_forms: Iterable[str] = ()) -> str:
    r"""A regex alternation of the lemmas' stems, each with any ending ("больниц\w*"); a lemma of ``whole_forms`` (a
    masculine noun in -ь) with its case endings only, where a longer word shares its stem ("госпиталь", not
    "госпитализация")."""
    spelt = frozenset(whole_forms)
    return "|".join(stem(lemma) + (_SOFT_MASCULINE_ENDINGS if lemma in spelt else r"\w*") for lemma in lemmas)


def town_forms(lemmas: Iterable[str]) -> frozenset[str]:
    """The singular forms an institution named after its town takes before the town's name: the nominative, the genitive
    and the prepositional ("больница", "больницы", "больнице"; "управление", "управления", "управлении")."""
    forms: set[str] = set()
    for lemma in lemmas:
        forms.add(lemma)
        forms.update(_genitive_prepositional(lemma))
    return frozenset(forms)


def _genitive_prepositional(lemma: str) -> tuple[str, str]:
    """The genitive and the prepositional singular of a noun of the first or the second declension, by its ending."""
    if lemma.endswith(("ия", "ие")):  # "администрация", "управление"
        return lemma[:-1] + "я" if lemma.endswith("ие") else lemma[:-1] + "и", lemma[:-1] + "и"
    if lemma.endswith("а"):  # "больница", "поликлиника": "ы", after a velar or a hushing consonant "и"
        return lemma[:-1] + ("и" if lemma[-2] in "кгхжшчщ" else "ы"), lemma[:-1] + "е"
    if lemma.endswith("ь"):  # "госпиталь"
        return lemma[:-1] + "я", lemma[:-1] + "е"
    if lemma.endswith("й"):  # "санаторий"
        return lemma[:-1] + "я", lemma[:-1] + "и"
    return lemma + "а", lemma + "е"  # "диспансер", "комиссариат"
