"""An OMS policy's unified number (ЕНП) in a record that names the insurance anywhere, not right before the number.

The sentence rules lift sixteen digits with a policy's word within 48 characters before them (:data:`.recognizers.OMS`);
a record names the insurance in its own way and place, and a generic label ("№", "Номер:", "ID пациента") then reads
the number as a record number:

* the insurer's name: "Застрахован в СОГАЗ-Мед под № ...", "Страховая компания: Капитал МС\\nНомер: ..." (the
  insurers are those of the ФОМС's register of СМО, the only bodies that issue an OMS policy, 326-ФЗ art. 14);
* a word of the insurance by its stem anywhere in the word, not a list of one author's labels: "страхов-" in
  "застрахованное лицо", "страхователь", "страховая медицинская организация", "страховщик", "страховка";
* the fund or its abbreviations (ФОМС, ТФОМС, СМО, ЕНП, ЕРЗЛ) before or after the value, as a caption: "ID
  пациента 7723... (ЕНП)"; or on a line next to it, as a DICOM header's Issuer of Patient ID (0010,0021) names who
  assigned the Patient ID (0010,0020) beside it.

The record is the value's line and the lines just before and after it (no blank line between: a DICOM dump lists the
Issuer of Patient ID (0010,0021) after the Patient ID (0010,0020), in the order of their tags, PS3.5 §7.1). The value is the ЕНП's shape (sixteen
digits, maybe in its four groups); where its ЕНП check digit holds (:func:`.checksums.enp_valid`, the ФОМС rule) it
scores higher still. Not where the value's own line names another paper before it (a medical card, a certificate, a
contract, a bank card, a SNILS...), where the record or a title above it (up to a blank line) marks a voluntary
insurance (ДМС: the insurer's contract, a record number by the project's convention, :mod:`.voluntary_insurance`), nor
in an export's field (a JSON string, a key=value pair), whose key :mod:`.export_ids` reads.
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.base import Rule, has_long_number
from medsyn_dataset.validation.pii.checksums import digits_only, enp_valid
from medsyn_dataset.validation.pii.context import Context
from medsyn_dataset.validation.pii.phones import LAB_NUMBER
from medsyn_dataset.validation.pii.voluntary_insurance import MARK_BY_POLICY, TITLE_MARK

# the ЕНП's sixteen digits whole or in its four groups (no digit, decimal or date part around them; a tab between the
# groups only as their one separator: a tab beside no separator is a row's border between two cells, "<12-digit
# INN>\t0900 790548")
_ENP = re.compile(r"(?<![\d\-.,/])(?P<value>\d{4}(?:(?:[ \-]?\d{4}){3}|(?:\t\d{4}){3}))(?![\d])(?![.,]\d)")
# the insurance named in the record (lower case): a stem inside any word ("застрахованное", "страхователь",
# "альфастрахование"), the fund's and the policy's abbreviations as words, the insurers of the register of СМО
_INSURANCE = re.compile(
    r"страхов|ингосстрах|медстрах"
    r"|(?<![а-яёa-z])(?:т?ф?омс|смо|енп|ерзл|полис(?:а|у|ом|е|ы|ов|ам|ами|ах)?|oms|enp|insur\w*)(?![а-яёa-z])"
    r"|согаз|ресо-мед|капитал[ \-]?мс|капитал[ \t]+медицинск|максимус|макс-м(?![а-яё])|астрамед|ак[ \-]барс[ \-]мед"
)
# another paper named on the value's own line before it: its number, not the policy's (and a sample's, a container's,
# an order's, a barcode's: phones' lab-number stems, :data:`.phones.LAB_NUMBER`)
_OTHER_PAPER = re.compile(
    r"карт|card|visa|mastercard|(?<![а-яё])мир(?![а-яё])|истори|сертифик|договор|сч[её]т|заявк|направлен|талон|протокол"
    r"|квитанц|(?<![а-яё])чек(?:а|у|ом|е|и|ов)?(?![а-яё])"
    r"|barcode|(?<![а-яё])лот|серийн|снилс|(?<![а-яё])инн|паспорт|свидетельств|банк|телефон|(?<![а-яё])тел(?![а-яё])"
)
_VOLUNTARY = re.compile(rf"(?<![\w])(?:{MARK_BY_POLICY})(?![\w])")
# an export's value (a quoted JSON string, a key=value pair): the export's key decides it (:mod:`.export_ids`)
_EXPORT_VALUE = re.compile(r"(?:\"[ \t]*:[ \t]*\"|\w=)\Z")
_BLOCK = 600  # (how far back a table's or a form's title is looked for, up to a blank line)
_SCORE = 0.92  # (above the generic labels' record number, 0.86-0.87, and a message field's Patient ID, 0.9)
_CHECKED_BOOST = 0.05


def _record(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The lower-cased record around a value (its line and the lines before and after it, unless blank), and the start
    and end of the value's own line in it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    begin, stop = line_start, line_end
    if line_start > 1:
        previous = text.rfind("\n", 0, line_start - 1) + 1
        if text[previous : line_start - 1].strip():
            begin = previous
    if line_end < len(text):
        following = text.find("\n", line_end + 1)
        following = len(text) if following < 0 else following
        if text[line_end + 1 : following].strip():
            stop = following
    return text[begin:stop].lower(), line_start - begin, start - begin


class InsuredRecordContext(Context):
    """Keeps a value only where its record names the insurance and no other paper or a voluntary insurance."""

    def adjust(self, text: str, start: int, end: int, score: float) -> float:
        if _EXPORT_VALUE.search(text, max(0, start - 8), start):
            return 0.0
        record, own_line, at = _record(text, start, end)
        if _INSURANCE.search(record) is None or _VOLUNTARY.search(record):
            return 0.0
        block = max(0, start - _BLOCK, text.rfind("\n\n", 0, start))
        if TITLE_MARK.search(text, block, start):  # ("Реестр услуг по ДМС" above the table)
            return 0.0
        # (another paper's word counts between the value and the last cue before it on its line: "Паспорт ..., полис ОМС")
        for found in _INSURANCE.finditer(record, own_line, at):
            own_line = found.end()
        if _OTHER_PAPER.search(record, own_line, at) or LAB_NUMBER.search(record, own_line, at):
            return 0.0
        return score + _CHECKED_BOOST if enp_valid(digits_only(text[start:end])) else score


ENP_IN_RECORD = Rule("enp_in_record", _ENP, _SCORE, InsuredRecordContext(), gate=has_long_number, at_digit_runs=True)
