"""PERSON named by a ward's bed list or a shift handover: two conventions of inpatient records.

* **A ward reference, then the patient.** A nurse's handover sheet, a ward round or a bed board
  lists patients by room: "пал. 12 — Сорокин: t 38,1", "палата 4: Белова", "Пациенту пал. 7 —
  Елисееву: ...", "пал. 3/2 - Жукова О.П.". The capitalised word after the room number and its dash
  or colon is the patient's surname whenever it reads as one ("Козлов", "Шаров" are also words:
  of goats, of balls; the ward reference decides).
* **A verb of handing over, then the nurse or officer.** "Смену сдала Петрова, приняла Юдина",
  "Принял Соколов.", "Передал: Лаптев", "сообщение принял в ОП: Гусев". The subject of "принял(а)",
  "сдал(а)", "передал(а)" written after the verb is the person on duty. As "принял" also takes a
  drug ("Принял Анальгин 1 таб."), the name must read as a surname or first name and no dose or
  lower-case object may follow it.

Both passes are gated by the note's shared cue index (:func:`.base.word_starts`): a note without
"пал" or a handover verb pays a look-up of a few words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import lowered, word_starts
from medsyn_dataset.validation.pii.morph import WordClass, surname_after_trigger, word_class

# "пал. 12", "палата № 4", "палате 7", "пал.3/2", "пал. 12а", maybe a bed after it ("пал. 5, к. 2"), then a dash
# or a colon and the name
_WARD = re.compile(
    r"пал(?:ат[аеуы]|\.)[ \t]?(?:№[ \t]?)?\d{1,4}[а-яё]?(?:/\d{1,2})?(?:[ \t]?,[ \t]?(?:койка|к\.)[ \t]?\d{1,2})?"
    r"[ \t]*(?:[—–\-:][ \t]*)(?=[А-ЯЁ])",
    re.IGNORECASE,
)
_WARD_ANCHORS = ("пал.", "палат")  # (the cue index reports a word where it starts a longer one: "палате")
# the verbs of handing over a shift, a message or a patient, with what may stand between them and the name:
# "смену"/"дежурство", a place ("в ОП", "в ЦГиЭ"), a colon
_HANDOVER = re.compile(
    r"(?:принял|приняла|сдал|сдала|передал|передала)(?![\w\-])"
    r"(?:[ \t]+(?:смену|дежурство|сообщение|пост))?(?:[ \t]+(?:в|во)[ \t]+[\wА-ЯЁ\-]{2,12})?[ \t]*:?[ \t]*(?=[А-ЯЁ])",
    re.IGNORECASE,
)
_HANDOVER_ANCHORS = ("принял", "сдал", "передал")  # ("приняла", "сдала" found at their stems)
# a capitalised name word ("Сорокин", "Петрова-Водкина"), then initials or more name words
_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?![\w\-])")
_INITIALS = re.compile(r"[ \t]*[А-ЯЁ]\.(?:[ \t]?[А-ЯЁ]\.)?")
_NEXT_WORD = re.compile(r"[ \t]+([А-ЯЁ][а-яё]+)(?![\w\-])")
# what may not follow a handover's name (see the module's docstring): a dose or an object ("Анальгин 1 таб.",
# "Пенталгин внутрь"); a stop, a comma, the line's end or the next sentence's capital may
_RUNS_ON = re.compile(r"[ \t]+[\da-zа-яё]")
_NAME_FLAGS = WordClass.SURNAME_READING | WordClass.SURNAME | WordClass.NAME_READING | WordClass.PATRONYMIC | WordClass.NAME


def _reads_as_name(word: str) -> bool:
    """A surname or a first name by the dictionary ("Шаров", also "of balls"), or a noun with a surname's
    ending in -ов/-ев/-ин... that is no adjective or verb ("Стрелков"); a drug's name has neither
    reading ("Бисопролол") or only a common one ending in -ин ("Анальгин": refused, see below)."""
    flags = word_class(word)
    if flags & _NAME_FLAGS:
        return True
    # (a masculine "-ин" is left out: drugs end so, "Анальгин", "Инсулин"; the feminine "Лапина" is a surname)
    return word.endswith(("ов", "ев", "ёв", "ова", "ева", "ёва", "ову", "еву", "ина", "ину", "ына")) and surname_after_trigger(word)


def _name_after(text: str, start: int) -> tuple[int, int] | None:
    """The name that starts at ``start``: a name word, then initials or up to two more name words."""
    first = _WORD.match(text, start)
    if first is None or not _reads_as_name(first.group().split("-")[0]):
        return None
    end = first.end()
    initials = _INITIALS.match(text, end)
    if initials is not None:
        return start, initials.end()
    for _ in range(2):
        more = _NEXT_WORD.match(text, end)
        if more is None or not word_class(more.group(1)) & (WordClass.NAME | WordClass.PATRONYMIC | WordClass.NAME_READING):
            break
        end = more.end()
    return start, end


def ward_names(text: str) -> Iterator[tuple[int, int]]:
    """Patients named after a ward reference, and staff after a handover verb (see the module's docstring)."""
    lower = lowered(text)
    if not lower:
        return
    for start in word_starts(lower, _WARD_ANCHORS):
        ward = _WARD.match(text, start)
        if ward is not None:
            name = _name_after(text, ward.end())
            if name is not None:
                yield name
    for start in word_starts(lower, _HANDOVER_ANCHORS):
        verb = _HANDOVER.match(text, start)
        if verb is None:
            continue
        name = _name_after(text, verb.end())
        if name is not None and not _RUNS_ON.match(text, name[1]):
            yield name
