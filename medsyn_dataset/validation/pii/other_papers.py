"""Identity and insurance papers that are none of the national types: their numbers are record numbers.

RU_PASSPORT is a person's passport whoever issued it (since round 26: the internal passport, the passport for travel
abroad and a foreign state's passport, :mod:`.foreign_ids`); RU_OMS_POLICY is the compulsory state policy (its ЕНП). A record of a
foreigner, a migrant worker or a privately insured patient writes other papers' numbers in the same fields, and
each is still "any other unique identifying number" of the patient (HIPAA), i.e. MEDICAL_RECORD_NUMBER:

* a foreigner's papers of stay: a residence permit ("ВНЖ № 82 1234567", "вид на жительство"), a temporary
  residence permit ("РВП"), a migration card ("Миграционная карта: 45 21 1234567"), a work patent;
* a driving licence (водительское удостоверение, ВУ): by its standard ten characters, the region's two digits, two
  digits (or, on the blanks before 2011, two Cyrillic capitals) of the series and six of the number ("77 24 978700",
  "68 ХА 835468"), the shape of a passport's series and number: after the licence's word it is the licence's;
* a civil-status certificate after its word (birth, death, marriage, ...), whatever the shape of its series;
* a military ID (военный билет); an employee's personnel number (табельный номер, "таб. 093337");
* a notarial act on the person's behalf (a power of attorney): its blank's or its register entry's number;
* a voluntary (private) health insurance policy, ДМС, or a travel one (ВЗР, "Insurance (travel): policy
  TRV-123456789"): an insurer's contract number, not the state's ЕНП.

A foreign state's passport is read by :mod:`.foreign_ids` alone (its ICAO shape, any Latin series, a cue that calls it
foreign), and reported RU_PASSPORT there.

The passport and policy recognizers also read some of these values (their cues are the same words); this
recognizer scores above their cue score (0.9), so the record number's type wins the same span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medsyn_dataset.validation.pii import paper_nouns
from medsyn_dataset.validation.pii.base import RegexRecognizer, Rule
from medsyn_dataset.validation.pii.context import Context
from medsyn_dataset.validation.pii.document_typing import IDENTITY_HOLDER
from medsyn_dataset.validation.pii.field_cues import NEXT_FIELD_CUE
from medsyn_dataset.validation.pii.voluntary_insurance import ANCHORS as VOLUNTARY_ANCHORS
from medsyn_dataset.validation.pii.voluntary_insurance import MARK_BY_POLICY, TITLE_MARK

#: above a cued passport's or policy's score (:data:`.id_fields.ID_CUE_SCORE`, 0.9): the paper's word decides
SCORE = 0.95

# another field's label ("ИНН", "СНИЛС", "тел.", "ОМС", ...: :data:`.field_cues.NEXT_FIELD_CUE`): the gap never crosses
# one, nor a comma or a semicolon ("Патент на работу, ИНН 500100732259" is an INN), and no series is one
_NOT_CUE = rf"(?!{NEXT_FIELD_CUE.pattern})"
# between the paper's word and its number: words, brackets, "№", a colon, never a digit, another line or field
_GAP = rf"(?:{_NOT_CUE}[^\d\n;,]){{0,30}}?(?<![\w\-])"
# digits with single separators (a space, a dash, a slash, "№") and, before them, a series of letters
_DIGITS = r"\d(?:(?:[ \t]{1,2}|[ \t]?[\-–/][ \t]?|[ \t]?№[ \t]?)?\d){5,15}"
_END = r"(?![\w])(?![.,/\-]\d)"
# (a Roman numeral, a dash and two capitals too: the birth certificate's template "R-ББ 999999" of the ФНС's list of
# identity documents, приказ ФНС САЭ-3-04/706@, п. 5, typed with a dash before the number as well, "IX-ЗС-711224")
_SERIES = rf"(?:{_NOT_CUE}(?:[IVXХ]{{1,5}}[ \t]?[\-–][ \t]?[А-ЯЁ]{{2}}|[A-ZА-ЯЁ]{{1,4}})[ \t]?[\-–]?[ \t]?(?:№[ \t]?)?)?"

# a residence permit, a temporary one, a migration card, a work patent (in Russian and in English)
# ("патент" only as the noun: "патентованный препарат" is a drug's)
_STAY_CUE = (r"(?:(?i:вид\w*[ \t]+на[ \t]+жительство|разрешени\w*[ \t]+на[ \t]+временное[ \t]+проживание"
             # (the migration card's word cut short too: "миграц. карта", "мигр. карта")
             r"|(?:миграционн\w*|мигр(?:ац)?\.)[ \t]*карт\w*|патент(?:а|ом|е|у)?|residence[ \t]+permit|migration[ \t]+card)|ВНЖ|РВП)")
_STAY_ANCHOR = ("вид", "разрешени", "миграционн", "мигр", "патент", "residence", "migration", "внж", "рвп")

# a policy's word with a voluntary or travel insurance's mark (either order), or the mark alone before "№"
_POLICY = r"(?:полис\w*|policy|страховк\w*|insurance)"
_INSURANCE_CUE = (rf"(?i:{_POLICY}[^\d\n;]{{0,25}}?(?<!\w){MARK_BY_POLICY}"
                  rf"|(?<!\w){MARK_BY_POLICY}[^\d\n;]{{0,25}}?(?<!\w){_POLICY})")
_INSURANCE_ANCHOR = ("полис", "policy", "страховк", "insurance", *VOLUNTARY_ANCHORS)


# a driving licence, written out or cut short ("вод. удостоверение", "водит. уд.", "в/у"), and its ten characters
# (the word cut short anywhere after "уд": "вод. уд.", "вод. удост.", "водит. удостов.")
_LICENCE_CUE = r"(?:(?i:вод(?:ительск\w*|ит\.|\.)?[ \t]*(?:удостоверени\w*|уд(?:ост[а-яё]{0,6})?\.)|в/у|driver'?s?[ \t]+licen[cs]e)|ВУ)"
_LICENCE_ANCHOR = ("вод", "в/у", "driver", "ву")
_LICENCE = r"\d{2}[ \t]?(?:\d{2}|[А-ЯЁ]{2})[ \t]*(?:№[ \t]?)?\d{6}"
# (records write a licence's number in other groupings too, a foreign one with a Latin series ("FA8966894"), capitals
# and seven digits ("БА 2130787"), four and seven ("3406 7239974"): after the licence's word any paper's number will do)
_ANY_LICENCE = rf"(?:{_LICENCE}|{_SERIES}{_DIGITS})"

# a civil-status certificate by its word (birth, death, marriage, divorce, change of name, paternity; the medical
# certificates of birth and death too), whatever its series' shape ("Свидетельство о рождении АТ 8814958", "св-во о рожд.
# 8837 498605", "свидетельство о смерти серия 81 81 797796"); the ЗАГС forms' own shape needs no word (:mod:`.patient_papers`)
_CIVIL_CUE = (r"(?i:(?:свидетельств\w*|св-в[оа]|свид\.)[ \t]+о[ \t]+(?:рожд|смерт|брак|заключени\w*[ \t]+брак|расторжени"
              r"|перемен\w*[ \t]+им|установлени\w*[ \t]+отцовств)[а-яё]*\.?)")
_CIVIL_ANCHOR = ("свидетельств", "св-во", "св-ва", "свид.")

# a military ID (военный билет: a series of two capitals and a number of seven digits, "АН 1234567", as the military
# registration offices issue it to each conscript and reservist), or its number in other groupings after its word
# (and the conscript's certificate, "удостоверение гражданина, подлежащего призыву на военную службу", the draft office's
# paper of the same series and number before the military ID, "удостоверение призывника" as records call it: "Удостоверение
# гражданина, подлежащего призыву, АВ 1610189", "удостоверение призывника ГП № 7260758")
_MILITARY_CUE = (rf"(?i:{paper_nouns.MILITARY_ID}|в/б|удостоверени\w*[ \t]+(?:призывник\w*|гражданин\w*,?[ \t]+подлежащ\w*[ \t]+призыв\w*"
                 r"(?:[ \t]+на[ \t]+военн\w*[ \t]+служб\w*)?),?)")
_MILITARY_ANCHOR = (paper_nouns.MILITARY_ADJECTIVE, "удостоверени", "в/б")

# the identity papers of the ФНС's list of their kinds (СПДУЛ) that a passport's or an identity card's words name with
# their holder: 24 a serviceman's identity card, 26 a seaman's passport, an officer's identity card of the old list (:data:`.document_typing.IDENTITY_HOLDER`); their template is "ББ 0999999" (приказ ФНС
# САЭ-3-04/706@, п. 5), and a hurried note types its capitals in lower case ("паспорт моряка хщ 6822031")
_HOLDER_CUE = rf"(?i:(?:паспорт\w*|удостоверени\w*(?:[ \t]+личност\w*)?)[ \t]+{IDENTITY_HOLDER}\w*(?:[ \t]+(?:рф|росси\w*))?)"
_HOLDER_ANCHOR = ("паспорт", "удостоверени")
_LOWER_SERIES = r"(?:[ivxх]{1,5}[ \t]?[\-–][ \t]?[а-яё]{2}|[а-яё]{2})[ \t]?(?:№[ \t]?)?"

# a notarial act on one person's behalf (a power of attorney to receive the records, a consent): a notary's blank of
# strict accountability is numbered by the region's two digits, two capitals and seven digits ("Доверенность 82 АБ
# 9032114", "бланк доверенности 47АА4976638"), and the act's entry in the notaries' single information system by the
# region, the notary's number with "-н", the region, the year, the register's volume and the entry
# ("64/684-н/67-2025-2-711")
_NOTARIAL_CUE = r"(?i:доверенност\w*|нотариальн\w*|реестр\w*)"
_NOTARIAL_ANCHOR = ("доверенност", "нотариальн", "реестр")
_NOTARIAL = r"\d{2}[ \t]?[А-ЯЁ]{2}[ \t]?\d{7}|\d{2}/\d{1,5}-н/\d{2}-\d{4}-\d{1,4}-\d{1,6}"


# an employee's personnel number (табельный номер, the field of the unified forms Т-1 and Т-2 that names one worker at
# his employer, as :mod:`.table_cells` reads its column), cut short to "таб." in a journal's line ("Кузнецов Н., таб.
# 093337"): five or six digits and no unit after them, "таб." being the tablet's abbreviation too ("1 таб. 500 мг": a
# count before it, three or four digits, a unit; a word right before it with no comma, the drug's name: "Метформин таб.
# 85000", where a journal puts a comma or initials before the worker's number)
_PERSONNEL_NUMBER = re.compile(r"(?<![\d][ \t])(?<!\d)(?i:таб(?:ельн\w*|(?<![^\W\d_]{3}[ \t]таб)\.))(?:[ \t]*(?:№|(?i:номер\w*)))?[ \t]*:?[ \t]*"
                               r"(?P<value>\d{5,6})(?![\w])(?![.,/\-]\d)(?![ \t]*(?i:мг|мкг|г|мл|ед|ме|шт|таб|mg)(?![а-яёa-z]))")
PERSONNEL_NUMBER = Rule("personnel_number", _PERSONNEL_NUMBER, SCORE, Context(), anchor=("таб",))


# A form whose title names a voluntary insurance ("Заявление на страховую выплату ... по договору ДМС", "Гарантийное
# письмо страховой компании (ДМС)") gives a bare "Полис:" field under it the insurer's contract, as a table's title gives
# its policy column (:mod:`.table_cells`): the mark on a line up to four lines above the field's, no compulsory one
# (ОМС, ЕНП, "обязательного") between
_TITLE_LINES = 4
_COMPULSORY = re.compile(r"(?<![\w])(?i:омс|енп|обязательн\w*)(?![\w])")
_POLICY_FIELD = re.compile(rf"(?:^|(?<=\n))[ \t]*(?i:полис)[ \t]*[:\-–—][ \t]*(?P<value>(?:\d{{2}}[А-ЯЁA-Z]{{1,4}})?{_SERIES}{_DIGITS}){_END}")


@dataclass(frozen=True)
class _VoluntaryTitle(Context):
    def adjust(self, text: str, start: int, end: int, score: float) -> float:
        above = text.rfind("\n", 0, start)
        for _ in range(_TITLE_LINES):
            if above <= 0:
                return 0.0
            line_start = text.rfind("\n", 0, above) + 1
            if _COMPULSORY.search(text, line_start, above):
                return 0.0
            if TITLE_MARK.search(text, line_start, above):
                return score
            above = line_start - 1
        return 0.0


TITLED_VOLUNTARY_POLICY = Rule("titled_voluntary_policy", _POLICY_FIELD, SCORE, _VoluntaryTitle(), anchor=("полис",))


# a form's two fields after the paper's word, "серия 91 номер 3941494", "серии УБ № 0475614": the number is read after its
# series (the labels of the ФНС's forms, "серия и номер документа", written as two fields)
_SERIES_FIELD = (r"(?:(?i:сери[яийе]|сер\.)[ \t]*:?[ \t]*(?:[IVXХ]{1,5}[ \t]?[\-–][ \t]?[А-ЯЁ]{2}|[A-ZА-ЯЁ]{1,4}|\d{2}(?:[ \t]?\d{2})?)"
                 r"[ \t]*,?[ \t]*(?:(?i:номер|ном\.)|№)[ \t]*:?[ \t]*)?")


def _rule(name: str, cue: str, value: str, anchor: tuple[str, ...]) -> Rule:
    # (a comma after the paper's word only before its series' label: "Паспорт моряка, серии УБ номер 0475614")
    pattern = re.compile(rf"(?<!\w){cue}(?!\w)(?:,(?=[ \t]*(?i:сери|сер\.)))?{_GAP}{_SERIES_FIELD}(?P<value>{value}){_END}")
    return Rule(name, pattern, SCORE, Context(), anchor=anchor)


OTHER_PAPERS = RegexRecognizer(
    "MEDICAL_RECORD_NUMBER",
    "OtherPapersRecognizer",
    [
        _rule("stay_paper", _STAY_CUE, _SERIES + _DIGITS, _STAY_ANCHOR),
        _rule("voluntary_policy", _INSURANCE_CUE, _SERIES + _DIGITS, _INSURANCE_ANCHOR),
        _rule("driving_licence", _LICENCE_CUE, _ANY_LICENCE, _LICENCE_ANCHOR),
        _rule("civil_certificate", _CIVIL_CUE, _SERIES + _DIGITS, _CIVIL_ANCHOR),
        _rule("notarial_act", _NOTARIAL_CUE, _NOTARIAL, _NOTARIAL_ANCHOR),
        _rule("military_id", _MILITARY_CUE, _SERIES + _DIGITS, _MILITARY_ANCHOR),
        _rule("holder_identity_paper", _HOLDER_CUE, rf"(?:{_LOWER_SERIES}|{_SERIES}){_DIGITS}", _HOLDER_ANCHOR),
        PERSONNEL_NUMBER,
        TITLED_VOLUNTARY_POLICY,
    ],
    needs=r"\d",
)
