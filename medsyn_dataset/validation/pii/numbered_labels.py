"""A table's column named as the number of something: "№ тела", "ТАБ.N", "Рег.№", "talon_no", "номер_ЭЛН", "Seaman's ID".

A column's header that no lexicon knows still says it holds numbers when a number's word or sign stands first or last
in it, beside a word naming what is numbered. A register, a journal or an export prints one row per person, and the
number of that person's paper, entry or badge (a call card, a quota's coupon, a body in the morgue, a personnel number,
a seaman's book) identifies them: HIPAA's "any other unique identifying number". The lexicons of :mod:`.table_cells`
and :mod:`.export_keys` name the common papers; this names the rest by the header's grammar, not by its noun, so a
paper nobody listed is read too. What is numbered but identifies nobody is left out by its word (a row's ordinal "№
п/п", a ward, a bed, a room, a floor, a house, a vaccine's lot, a page, a test), and a value is taken only when shaped
as an identifier (:func:`numbered_value`: four digits and more, not a date), so "№ палаты | 12" and counts stay out.
"""

from __future__ import annotations

import re

# Objects that carry a number of their own and identify no person: a drug's lot, series or package, a device's model,
# version, factory or catalogue number, a product's article or SKU, a syringe, a chamber, a cell of a rack, a code
# (of a test, of the ATC), an order or a standard (stems, read as whole words: "номер серии", "Артикул №", "sku_no").
# One list for a table's header (:func:`numbered_label`) and for a bare "номер" (:mod:`.numbered_values`).
OBJECT_WORDS = (r"сери[яиюей]|парти\w*|лот\w*|lot|batch|упаковк\w*|pack\w*|модел\w*|model|верси\w*|version|вер"
                r"|шприц\w*|syringe|камер\w*|ячейк\w*|прибор\w*|device|аппарат\w*|артикул\w*|sku|serial|заводск\w*|зав"
                r"|кат|каталог\w*|каталожн\w*|cat|catalog\w*|код\w*|code|приказ\w*|order|гост\w*|invoice")
#: a biobank's and a cold chain's storage: a temperature logger, a box, a rack, a freezer, a Dewar, a kit ("Логгер №
#: TL-2231", "Коробка № 12", "Штатив № 4-17"): they hold many people's samples and are no one's (:mod:`.numbered_values`
#: reads no record number after them)
STORAGE_WORDS = (r"(?:дата|термо)?логгер\w*|регистратор\w*|коробк\w*|короб(?:а|е|ом)?|штатив\w*|стеллаж\w*|морозильник\w*"
                 r"|дьюар\w*|кит(?:а|у|ом|е|ы|ов)?")

# a number's word or sign, as headers write it: "№", "N", "No", "#", "номер", "ном.", "nr", "num", "number", "nomer",
# "id" ("Seaman's ID", "Sample ID"): first ("№ тела", "номер_ЭЛН") or last ("ТАБ.N", "talon_no", "Рег.№")
_NUMBER_WORDS = frozenset(("№", "#", "n", "no", "nr", "num", "number", "nomer", "номер", "ном", "id", "ид"))
# what is numbered but identifies no person: a row's ordinal ("№ п/п", "No. row"), a place in the hospital or a
# house's (ward, bed, room, office, floor, building, department, site, flat), a shift or a team, a group or a class,
# a page, a line, an item, a step, a tooth, a test or an analyte, and an object's own number (:data:`OBJECT_WORDS`)
_NOT_A_PERSON = re.compile(
    r"п|пп|строк\w*|row|line|item|seq|палат\w*|койк\w*|кабинет\w*|каб|комнат\w*|room|bed|ward|этаж\w*|floor|корпус\w*"
    r"|дом\w*|house|building|кв|квартир\w*|flat|apt|apartment|отделени\w*|отд|dept|department|участ\w*|site|смен\w*|shift"
    r"|бригад\w*|team|групп\w*|group|класс\w*|class|стр|страниц\w*|page|пункт\w*"
    r"|этап\w*|step|зуб\w*|tooth|тест\w*|test|показател\w*|analyte|loinc"
    rf"|{OBJECT_WORDS}"
)
# a word naming the row's person: with it, an object's word ("код") names the person's number, not an object's
# (and a donor of blood, tissue or a biobank's samples, and a transplant's recipient: "donor_code", "Код донора", a biobank's
# registry keyed by the person who gave the samples, blind56)
PERSON_WORD = re.compile(r"пациент\w*|больн\w*|patient|client|клиент\w*|застрахован\w*|работник\w*|сотрудник\w*|employee"
                         r"|донор\w*|donor|реципиент\w*|recipient")
_WORD = re.compile(r"№|#|[^\W_]+")
_MOST_WORDS = 4  # a header names its column in a few words; more is a sentence


def numbered_label(cell: str) -> bool:
    """Whether a header's cell names a column of numbers that identify the row's person (see the module's docstring)."""
    words = _WORD.findall(cell.lower())
    if not 2 <= len(words) <= _MOST_WORDS or (words[0] not in _NUMBER_WORDS and words[-1] not in _NUMBER_WORDS):
        return False
    named = [word for word in words if word not in _NUMBER_WORDS and len(word) > 1]
    # ("Seaman's ID": the possessive's "s" is no word; a named thing needs a letter, not a digit: "№ 2")
    if any(PERSON_WORD.fullmatch(word) for word in named):
        return all(word.isalpha() for word in named)  # ("Код пациента №": a code of a person is the person's number)
    return bool(named) and all(word.isalpha() and _NOT_A_PERSON.fullmatch(word) is None for word in named)


_DATE_SHAPED = re.compile(r"\d{1,4}[./\-]\d{1,2}[./\-]\d{2,4}")
_LONGEST = 25
_LEAST_DIGITS = 4


def numbered_value(value: str) -> bool:
    """A value of such a column shaped as an identifier: four digits and more (a ward's, a count's have fewer), at most
    three groups and 25 characters (a note's text run on into the cell has more), not a date (a four-digit number in a
    column so named is its number, "№ тела | 1924", not a year)."""
    value = value.strip()
    return (len(value) <= _LONGEST and len(value.split()) <= 3 and sum(ch.isdigit() for ch in value) >= _LEAST_DIGITS
            and _DATE_SHAPED.fullmatch(value) is None)
