"""Where a field ends because another one starts: an identifier or a contact cue opens a field of its own.

Forms run their fields together on one line ("Адрес: г. Орск, ул. Мира, д. 5 СНИЛС: 123-456-789 01",
"Пациент Иванова А. А. тел. 8 912 ...", "... кв. 3 Полис ОМС 1234 ..."). Whatever field is being read
(an address, a name, a free value after a label), the word that names an identifier or a contact
("СНИЛС", "ИНН", "паспорт", "полис", "ОМС", "ЕНП", "тел.", "моб.", "e-mail"), or a person's own field
("ФИО", "Дата рождения", "д.р.") is not part of it: it is the label of the next field. This module is
the one place that says which words those are; :func:`next_field_cue` gives the first of them in a
stretch of text, and every field reader that runs to a field's end stops there.

Only words that name a field and are no part of an address or a name are cues: "полис" but not
"Полисаево", "паспорт" but not "Паспортная", "тел." with its stop but not "Тельмана", "ИНН" but not
"Инна".
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.misspelt_labels import LABEL_BEFORE_VALUE, label_types

NEXT_FIELD_CUE = re.compile(
    r"(?<![\w\-/.])(?:"
    r"(?i:снилс|инн(?:/кпп)?|енп|пасп\.|паспорт(?:а|у|ом|е)?|полис(?:а|у|ом|е)?|страх\.[ \t]*(?:номер|полис)"
    # (a phone word right before a number opens the phone's field: "... кв. 287 тел 8 903 ...", "... к. 26 т. +7-985-...")
    r"|тел\.|тел(?=[ \t]*:|[ \t№]*\+?\d)|т\.(?=[ \t]*(?:\+[ \t]?7|8|7)[ \t\-(]*\d{3})|телефон\w*|моб\.|мобильн\w*[ \t]+тел\w*|e-?mail|эл\.[ \t]*почта"
    # a person's own fields: the name and the birth date ("... кв. 9 Дата рождения: ...", "... д. 4 ФИО ...")
    r"|дата[ \t]+рожд\w*|д\.[ \t]?р\.|г\.[ \t]?р\.|ф\.[ \t]?и\.[ \t]?о\.?|фио)"
    r"|ОМС|ДМС|ИЛС"  # (capitals only: "омс" could be a typo inside a word)
    # (a digit may follow a cue glued on: "тел.7977 ...", "ИНН7701...")
    r")(?![^\W\d]|-)"
)


def next_field_cue(text: str, start: int, stop: int) -> int:
    """Where the first identifier or contact cue in ``text[start:stop]`` starts, else ``stop``; a
    misspelt or contracted label before a value ("Телфон 8 ...", "Пасорт 4512 ...") is one too
    (:mod:`.misspelt_labels`)."""
    found = NEXT_FIELD_CUE.search(text, start, stop)
    stop = found.start() if found is not None else stop
    for label in LABEL_BEFORE_VALUE.finditer(text, start, stop):
        if label_types(label.group("label")):
            return label.start()
    return stop


def next_field_label(text: str, start: int, stop: int) -> int:
    """:func:`next_field_cue` for a field read by its grammar (an address's chain of parts): a misspelt label counts
    only when spelt as one word ("Телфон", "Пасспорт"); a contraction with a hyphen is left out, where a street's
    own word looks like one ("пр-т", "б-р")."""
    found = NEXT_FIELD_CUE.search(text, start, stop)
    stop = found.start() if found is not None else stop
    for label in LABEL_BEFORE_VALUE.finditer(text, start, stop):
        if label.group("label").isalpha() and label_types(label.group("label")):
            return label.start()
    return stop
