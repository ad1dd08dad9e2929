"""Numbers of a patient's papers read at their sign: a document's noun before "№", a discharge summary's title before its value.

Apart from :mod:`.record_numbers`, whose grammar starts at a record's noun and reads on to its value, these two start at
the sign or the title and look back or on for the rest: "Акт СМО № 3821/20", "Справка № 45-17", "Карта больного ...
(ф. 044/у) № 964", "Выписной эпикриз. 7600/19.". :func:`.record_numbers.record_numbers` reports them with its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.document_codes import FORM_CODE_PATTERN
from medsyn_dataset.validation.pii.other_number_words import OTHER_NUMBER as _OTHER_NUMBER
from medsyn_dataset.validation.pii.record_values import SIGNED_VALUE as _VALUE
from medsyn_dataset.validation.pii.record_values import checked_value

# Any document of a patient's paperwork is numbered, and its number names the patient as a record's
# does: "Акт СМО № 3821/20", "Заключение ВК № 112", "Справка № 45-17", "ЭЛН № 915175376968", "Выписной
# эпикриз № 2231". Rather than anchor on each noun (a ``str.find`` a note for each), the sign is the
# anchor: at every "№" the words before it (same line, up to three, no other number's word among
# them) are looked at for a document noun.
_DOCUMENT_BEFORE_SIGN = re.compile(
    # ("акт" of a body, "акт дефекации, глотания", is a process, not a document)
    r"(?<![\w])(?:(?i:акт\w*(?![ \t]+[а-яё]+(?:ции|ния|ии)(?![а-яё]))|заключени\w*|справк\w*|выписк\w*|эпикриз\w*|экспертиз\w*|освидетельствовани\w*|договор\w*"
    r"|письм\w*|обращени\w*|консультаци\w*"
    # (a patient's applications and papers: "Заявление № 1656196366" (a portal's), "Согласие № 12/5", "Пропуск № 4471")
    r"|заявлени\w*|ходатайств\w*|квитанци\w*|уведомлени\w*|согласи[еяюи]\w*|пропуск\w*|анкет\w*|пут[её]вк\w*"
    # (a hospital's notices about one patient: to the police of an injury, "Телефонограмма № 27-т", to the
    # epidemiologists of a case, "Экстренное извещение № 118", "Донесение № 4/26")
    r"|телефонограмм\w*|извещени\w*|донесени\w*"
    r"|листо?к\w*[ \t]+нетрудоспособност\w*|больничн\w+(?:[ \t]+лист\w*)?)|ЭЛН|ВК|МСЭ|ИПРА?)"
    r"(?P<between>(?:[ \t]+[\w.\-«»\"()/]+){0,4}?)[ \t]*$"
)
# A discharge summary's title is followed by its number, with a stop or a colon and no "№": "Выписной
# эпикриз. 7600/19.", "Выписка: ИБ-2024-0012.", "ЭПИКРИЗ 2215/7/19". Only a structured value (a slash,
# a dash, letters) is taken, never a bare number or a pressure ("Эпикриз: 120/80" is no title).
_TITLE = re.compile(r"(?<![\w])(?i:эпикриз|выписк[аи])[.:]?[ \t]+(?=[\dA-ZА-ЯЁ])")
_SPACED_SLASH = re.compile(r"\d{3,6}[ \t]/[ \t]\d{2,4}(?![\d/])")
# (a blood pressure a body can have: systolic 40-299, diastolic 20-199; "выписка 453/24" is a number and its year)
_PRESSURE = re.compile(r"(?:[4-9]\d|[12]\d\d)[ \t]?/[ \t]?(?:[2-9]\d|1\d\d)")


def titled_documents(text: str) -> Iterator[tuple[int, int, float]]:
    """Values after a discharge summary's title ("Выписка: ИБ-2024-0012."): structured ones only, never a pressure."""
    for title in _TITLE.finditer(text):
        value = _SPACED_SLASH.match(text, title.end()) or _VALUE.match(text, title.end())  # ("4524 / 810")
        if value is None or _PRESSURE.fullmatch(value.group()):
            continue
        raw = value.group()
        if not any(ch in raw for ch in "/-") and not any(ch.isalpha() for ch in raw):
            continue
        checked = checked_value(text, value.start(), value.end(), 1)
        if checked is not None:
            yield checked


_SIGN_AND_SPACE = re.compile(r"№[ \t]*:?[ \t]*")


# A form of the Health Ministry's register of medical records ("учётная форма № 044/у", "ф. 025/у", "форма 003-В/у") is a
# paper about one patient, so a "№" right after its code numbers that paper, whatever noun stands before it or how far:
# "Карта больного, лечащегося в физиотерапевтическом отделении (ф. 044/у) № 964"
_FORM_BEFORE_SIGN = re.compile(rf"(?i:ф|форм\w*)\.?[ \t]*(?:№[ \t]*)?(?:{FORM_CODE_PATTERN})\)?[ \t]*$")


def _form_before(text: str, line_start: int, position: int) -> bool:
    """A form's code ends right before the sign at ``position`` (a cheap look for its "у" first, over the whole window
    the pattern reads: any padding may stand between the code and the sign; the code's letter is in lower case)."""
    near = text[line_start:position]
    return ("у" in near or "y" in near) and _FORM_BEFORE_SIGN.search(text, line_start, position) is not None


def numbered_documents(text: str) -> Iterator[tuple[int, int, float]]:
    """Values after "№" where a document noun stands before it on the same line."""
    position = text.find("№")
    while position >= 0:
        line_start = max(text.rfind("\n", 0, position) + 1, position - 60)
        noun = _DOCUMENT_BEFORE_SIGN.search(text, line_start, position)
        if (noun is not None and not _OTHER_NUMBER.search(noun.group("between"))) or _form_before(text, line_start, position):
            sign = _SIGN_AND_SPACE.match(text, position)
            value = _VALUE.match(text, sign.end()) if sign is not None else None
            checked = checked_value(text, value.start(), value.end(), 2, signed_digits=2) if value is not None else None
            if checked is not None:
                yield checked
        position = text.find("№", position + 1)
