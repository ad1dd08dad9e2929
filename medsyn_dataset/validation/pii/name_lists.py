"""What follows a name in lists and registers and marks it as one: a year of birth, an age, a record
number ("пал. 4 — Сомов, 1951 г.р., ИБ 174/2026"), and the particle that closes a Turkic patronymic
("Мамедов Эльчин Аждар оглы"). Used by :mod:`.names`."""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii import name_east_asian as east_asian
from medsyn_dataset.validation.pii.morph import WordClass, word_class

# Turkic patronymics close with a particle: "Аждар оглы", "Рашид кызы", "Улугбек угли", "Асан уулу"
_PARTICLE_LETTERS = ("о", "к", "г", "у")
_PARTICLE_AFTER = re.compile(r"[ \t]+(?:оглы|оглу|кызы|гызы|кизи|угли|улы|уулу)(?![\w\-])")


# A year of birth or an age right after a name: lists of patients (a handover, a ward round, a register)
# name a patient by the surname and the year ("пал. 4 — Сомов, 1951 г.р., ...", "Сомов (1951 г.р.)"); an
# age after a word of no name reading ("Метформин, 5 лет") does not count
# (and the number of the patient's record after the comma: "Ефимов, ИБ 174/2026", "Сомова, и/б № 5512")
_BIRTH_YEAR_AFTER = re.compile(
    r",?[ \t]*\(?[ \t]*(?:19|20)\d\d[ \t]*(?:г\.?[ \t]*р\.?|года[ \t]+рождения)"
    r"|,[ \t]*(?:ИБ|И/Б|и/б|№[ \t]*и/б|МК|м/к|а/к|амб\.[ \t]*карта|история[ \t]+болезни)[ \t]*(?:№[ \t]*)?\d"
)
# (the age abbreviated as a list writes it: "Зуев, 60 л. — ...")
_AGE_AFTER = re.compile(r",[ \t]*\d{1,3}[ \t]*(?:лет|года?|л\.)(?![а-яё])")
# the patient's ward or bed right after the surname: a handover or a round lists patients so ("Сомов (пал. 4) —
# спал", "Лаптева, палата 12, ...", "Гусев (койка 3)"); like an age, it marks only words with a name reading
# ("Анальгин (пал. 3)" stays a drug)
_WARD_AFTER = re.compile(r"(?:[ \t]*\(|,[ \t]*)(?:пал\.|палата|палате|койка)[ \t]*№?[ \t]*\d{1,3}[а-яё]?(?![\d\w])")


def _name_reading(item: str) -> bool:
    """Initials, or a word pymorphy3 reads as a surname or first name (not only by its ending: "Метформин")."""
    return item[1:2] == "." or bool(word_class(item.split("-")[0]) & (WordClass.SURNAME_READING | WordClass.NAME_READING))


def particle_after(text: str, end: int) -> re.Match[str] | None:
    """The particle of a Turkic patronymic right after a name that ends at ``end`` (a letter test first)."""
    return _PARTICLE_AFTER.match(text, end) if text[end + 1 : end + 2] in _PARTICLE_LETTERS else None


def born_after(text: str, end: int, *words: str) -> bool:
    """A year of birth after ``words`` (the last ends at ``end``), or an age or a ward after words with a name reading."""
    if _BIRTH_YEAR_AFTER.match(text, end):
        return True
    if _WARD_AFTER.match(text, end):  # (a surname's ending will do here: "Орехова (пал. 10)"; "Анальгин" has none)
        return all(_name_reading(w) or _SURNAME_FORM.search(w) or east_asian.is_surname(w) for w in words)
    return bool(_AGE_AFTER.match(text, end) and all(map(_name_reading, words)))


# how Russian surnames end, but for "-ин" (drugs end so: "Анальгин", "Аспирин")
_SURNAME_FORM = re.compile(r"(?:[оеё]в|ын|[оеё]ва|[иы]на|[сц]кий|[сц]кая|[иы]х|енко|швили|дзе)$")
