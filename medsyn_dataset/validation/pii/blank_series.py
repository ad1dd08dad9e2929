"""A paper's number after its blank's series of capital letters: the shape itself names a person's document.

The blanks of Russian personal papers are printed with a series of Cyrillic capitals and a number of six to eight
digits, and papers are quoted by them whatever the words around: a military ID ("военный билет АВ 1234567"), a
serviceman's identity card and personal number tag ("ББ 0999999", "жетон Р-736450"), a civil-status certificate (a
Roman numeral, a dash and two capitals: "I-МЮ 123456"), a weapon licence or permit ("ЛОа 5314040", "РОХа 24328129":
Росгвардия's blanks, a series of capitals and a small "а"), a refugee's or an asylum certificate ("КЖ 3024014").
Tuning authors wrote such numbers after labels no list holds ("Л/н", "личный номер", "жетон", "Разрешение",
"<PersonalNumber>", an OCR'd "Серня"; blind37, blind46 and the round-20 identity-paper conventions): the shape is
read, not the label.

* the **series**: two capitals; three before a small "а" (a weapon licence's); one before a dash ("Р-736450"); maybe a
  Roman numeral and a dash before it ("I-ЛС"); then a space, a dash, "№" or nothing;
* the **number**: six to eight digits, no digit, letter or decimal after them.

A clinical note's own language has this shape rarely (none among 12,328 clean notes, RuMedTop3 dev and the upstream
notes), but it has it: a device's model or serial ("Аппарат ЭКГ ЭК 123456"), an order's number ("Приказ МЗ РФ ЛР
123456"), a drug's registration certificate ("РУ ЛП-001234", "ЛСР"), an analyte's count after its abbreviation
("Эритроциты ЭР 4500000"; review C r21, finding 3). So an organisation's code ("ОКПО 01234567"), another identifier's
or a registration's abbreviation ("ОМС", "СНИЛС", "ЛП", "РУ") are not series, and a lot's or an item's number ("серия
вакцины", "инв."), a device's, an order's or an analyte's (its word earlier in the line), a phone's after its word
("Тел. ФАПа 678994": an abbreviation declined), a compact date ("ДР 02031974") and a series a form's labelled rule
reads ("Серия 57 АБ № 063227") stay out. Scored below a
labelled rule: a passport's or a policy's rule that reads the same value keeps its type. Gated by the shared digit
runs: only a run of six to eight digits is looked behind.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import digit_runs
from medsyn_dataset.validation.pii.date_cells import COMPACT_DAY_FIRST
from medsyn_dataset.validation.pii.numbered_values import item_or_invoice_number
from medsyn_dataset.validation.pii.organisation_codes import ORGANISATION_CODES
from medsyn_dataset.validation.pii.unsigned_documents import LOT_WORDS

# the series and its separator, read back from the number's first digit
_SERIES_BEFORE = re.compile(
    # (two capitals; three before a weapon licence's small "а"; one before a dash: a word of four capitals is an analyte's
    # in a hurried note, "ЛЕЙК 1200000", and a blank's series never so long)
    # (a Roman numeral with its dash only, as a civil-status certificate prints it: glued, "IIIАБ 202401", it is a stage)
    r"(?<![\w\-/.])(?P<series>(?:[IVX]{1,4}-)?(?:[А-ЯЁ]{2}а?|[А-ЯЁ]{3}а|[А-ЯЁ](?=-)))(?:[ \t]?(?:№[ \t]?|-)|[ \t])?$"
)
_REACH = 14  # (the longest series and separator: "VIII-ЖДа № ")
# ("ДР": a birth date's abbreviation, "ДР 02031974")
_NOT_SERIES = re.compile(rf"(?i:{ORGANISATION_CODES}|омс|дмс|енп|снилс|инн|тел|рег|гост|ту|ост|сп|санпин|др|лп|лср|ру)")
# a series the labelled rules read: after its own label or after a series' digits ("Серия 57 АБ № 063227": the form's
# rule reports "57 АБ" and "063227" apart, as two fields)
_LABELLED = re.compile(r"(?:(?i:сери[яиюей]|сер\.)[ \t]*:?|\d)[ \t]*$")
# a lot's or a batch's number is no person's ("Вакцина ..., серия ЕВ 123456", "Флакон ЕВ 123456"): within this
# reach before the series, a word of :data:`.unsigned_documents.LOT_WORDS`
_LOT_REACH = 40
# a device's, an order's, a registration's or an analyte's words earlier in the line: the number is a thing's, or a count
# ("Аппарат ЭКГ ЭК 123456", "Приказ МЗ РФ ЛР 123456", "Эритроциты ЭР 4500000"; review C r21, finding 3)
_THING_WORDS = re.compile(
    r"(?<![\w])(?i:аппарат|прибор|инв\.|зав\.|s/n|серийн|модел|издели|имплант|экс(?![\w])|кардиостимулятор|приказ"
    r"|регистрац|рег\.|(?-i:РУ)(?![\w])|эритроц|лейкоц|тромбоц|ретикулоц)"
)
_PHONE_REACH = 20
# a phone's own words (not the wider call words of :data:`.phone_labels.CALL_WORDS`: "личный номер" is a
# serviceman's personal number, "Личный номер: РХ 315207")
_PHONE_WORDS = re.compile(r"(?<![\w])(?i:тел\w*|т\.|моб\w*|сот\.|сотов\w*|(?:по)?звон\w*|phone|tel)(?![\w])")


def blank_series_numbers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the papers' numbers with their blanks' series."""
    for run in digit_runs(text):
        start, end = run.span()
        if not 6 <= end - start <= 8 or start < 2:
            continue
        if end < len(text) and (text[end].isalnum() or (text[end] in ".," and text[end + 1 : end + 2].isdigit())):
            continue
        if not ("А" <= text[start - 1] <= "я" or text[start - 1] in "Ёё №-\t"):
            continue  # (the cheap test: a letter or a separator right before the digits)
        series = _SERIES_BEFORE.search(text, max(0, start - _REACH), start)
        if series is None:
            continue
        letters = series.group("series").lstrip("IVX-")
        if _NOT_SERIES.fullmatch(letters.rstrip("а")) or COMPACT_DAY_FIRST.fullmatch(text, start, end) \
                or _LABELLED.search(text, max(0, series.start() - 10), series.start()) \
                or item_or_invoice_number(text, series.start()):
            continue
        line_start = text.rfind("\n", 0, series.start()) + 1
        before = max(line_start, series.start() - _LOT_REACH)
        if LOT_WORDS.search(text, before, series.start()) or _THING_WORDS.search(text, line_start, series.start()):
            continue
        if _PHONE_WORDS.search(text, max(line_start, series.start() - _PHONE_REACH), series.start()):
            continue  # ("Тел. ФАПа 678994": an abbreviation declined, "ФАПа", and a phone's word before it: a phone)
        yield series.start(), end
