"""Pattern recognizers for structured Russian identifiers: e-mail, URL, SNILS, INN, passport, OMS
policy and medical record numbers (phones: :mod:`.phones`; dates: :mod:`.dates`).

Scores are designed around the default threshold of 0.5: a bare shape that is rarely anything
but PII ("+7 (999) 123-45-67", a SNILS with a valid checksum) scores above it on its own; an
ambiguous shape (ten digits, "4508 123456", "12 марта") needs a context word to pass; numbers
next to units ("мг", "мм рт. ст.", "уд/мин") or in lab/dose phrasing are pushed below it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import (
    Candidate,
    CandidateRecognizer,
    RegexRecognizer,
    Rule,
    has_long_number,
    lowered,
    word_starts,
)
from medsyn_dataset.validation.pii.blank_series import blank_series_numbers
from medsyn_dataset.validation.pii.case_references import case_reference_numbers
from medsyn_dataset.validation.pii.checksums import enp_valid, inn_valid, snils_valid
from medsyn_dataset.validation.pii.context import Context, stems
from medsyn_dataset.validation.pii.declared_passports import DECLARED_PASSPORT
from medsyn_dataset.validation.pii.dictated_records import dictated_record_numbers
from medsyn_dataset.validation.pii.document_numbers import document_numbers
from medsyn_dataset.validation.pii.document_typing import InnContext, PassportContext
from medsyn_dataset.validation.pii.emails import EMAIL
from medsyn_dataset.validation.pii.host_links import ADDRESS_HOST, PRIVATE_HOST
from medsyn_dataset.validation.pii.id_fields import (
    DIGIT_SEPARATOR,
    INN_CUED,
    OMS_CUED,
    PASSPORT_CUED,
    PASSPORT_FIELDS,
    SNILS_CUED,
    SNILS_SEPARATOR,
)
from medsyn_dataset.validation.pii.latin import has_latin
from medsyn_dataset.validation.pii.normalize import ascii_bytes
from medsyn_dataset.validation.pii.numbered_values import item_or_invoice_number, numbered_values
from medsyn_dataset.validation.pii.ocr_homoglyphs import fold_homoglyphs
from medsyn_dataset.validation.pii.passport_parts import PassportRecognizer
from medsyn_dataset.validation.pii.patient_papers import patient_paper_numbers
from medsyn_dataset.validation.pii.policy_cells import ENP_CELL
from medsyn_dataset.validation.pii.policy_records import ENP_IN_RECORD
from medsyn_dataset.validation.pii.policy_words import POLICY_ANCHORS, POLICY_WORDS
from medsyn_dataset.validation.pii.record_numbers import record_numbers
from medsyn_dataset.validation.pii.record_values import BARE_SCORE, SIGNED_SCORE
from medsyn_dataset.validation.pii.sick_leaves import SICK_LEAVE_WORDS, sick_leave_numbers
from medsyn_dataset.validation.pii.units import LAB_STEMS
from medsyn_dataset.validation.pii.unsigned_documents import same_shape_items, unsigned_document_numbers

# Units, lab and vital-sign words: a number right next to them is a measurement, not an identifier.
MEASUREMENT = stems(
    "ммоль", "мкмоль", "нмоль", "г/л", "г/дл", "%", "уд/", "табл", "капс", "ампул", "мэкв", "кпа", "°",
    "×10", "x10", "*10", *LAB_STEMS,
    whole=("мг", "мкг", "мл", "ед", "ме", "мм", "см", "кг", "уд", "раз", "раза", "мин", "сек",
           "ч", "час", "часа", "часов", "сут", "лет", "года", "год", "мес", "нед", "дн", "дней", "балл",
           "баллов", "гр", "ад", "чсс", "чдд", "соэ", "iu", "доза", "дозе", "дозы", "мкр", "ммhg"),
)
# A span never starts inside a longer number, decimal or fraction. The check sits right after the
# first digit (a 2-character lookbehind) rather than before it, so the pattern begins with a
# digit and the regex engine can skip to digits instead of trying every position.
# (A pattern opening with it matches only where a run of digits starts: no digit stands before its first one. Its rules
# are tried at the runs' starts alone, ``at_digit_runs``: ``re`` skipping to a digit still tests every character of the
# note against ``\d``, ~10 scans of a note that has a long number for the gate of :func:`.base.has_long_number`.)
_D0 = r"\d(?<![\d\-.,/]\d)"
_D0_LOOK = r"(?<![\d\-.,/])"
_END = r"(?![\d])(?![.,]\d)"

# ----- URLs (e-mail: :mod:`.emails`) -----------------------------------------------------------------------
# generic TLDs, the CIS and European country codes, and the short ones link shorteners and
# messengers use ("bit.ly", "t.me", "wa.me", "clck.ru")
_TLDS = ("ru|su|com|org|net|info|biz|io|edu|gov|me|pro|online|site|ua|by|kz|uz|kg|tj|am|az|ge|md|lv|lt|ee|fi|pl|cz"
         "|de|fr|it|es|il|tr|cn|eu|uk|us|co|ly|gl|cc|tv|app|dev|ai|xyz|club|space|tech|health|clinic|moscow|spb"
         "|рф|рус|москва|дети|онлайн|сайт")
# a top-level domain after a stop: a scan that starts at a literal "." is far cheaper than the
# domain pattern, whose opening lookbehind makes the regex engine try every position
_TLD_AFTER_STOP = re.compile(rf"\.(?:{_TLDS})(?![a-zа-яё0-9\-])", re.IGNORECASE)
_CYRILLIC_TLD_AFTER_STOP = re.compile(r"\.(?:рф|рус|москва|дети|онлайн|сайт)(?![a-zа-яё0-9\-])", re.IGNORECASE)


def _has_domain(text: str) -> bool:
    """A Latin TLD only where the text has Latin letters at all (a check shared with other recognizers)."""
    if has_latin(text):
        return _TLD_AFTER_STOP.search(text) is not None
    return _CYRILLIC_TLD_AFTER_STOP.search(text) is not None


# what a link with a scheme or "www." must hold, in any case: tested before the case-insensitive
# patterns, which have no literal to skip to and try every position of a note
# (each looked for in the note's ASCII bytes first, :func:`.normalize.ascii_bytes`, made for the normaliser: ~0.4 us to
# the text's ~2. A string of ASCII characters that stands in the text stands in them too, as they keep the text's ASCII
# characters in order, dropping the others; only where they hold it is the text itself asked)
def _has_scheme(text: str) -> bool:
    return b"://" in ascii_bytes(text) and "://" in text


def _has_www(text: str) -> bool:
    # (only "W" and "w" lower to "w", and only "." to "."; so "www." in the lowered text is four ASCII characters of the
    # text, which the ASCII bytes, lowered, hold as "www.")
    return b"www." in ascii_bytes(text).lower() and "www." in (lowered(text) or text.lower())

_URL_TAIL = r"(?:/[^\s<>\"'«»]*[^\s<>\"'«».,;:!?)\]])?"
URL = RegexRecognizer(
    "URL",
    "UrlRecognizer",
    [
        Rule(
            "scheme",
            re.compile(r"(?P<value>(?:https?|ftp)://[^\s<>\"'«»]*[^\s<>\"'«».,;:!?)\]])", re.IGNORECASE),
            0.95,
            gate=_has_scheme,
        ),
        Rule("www", re.compile(r"(?<![\w/.])(?P<value>www\.[^\s<>\"'«»]*[^\s<>\"'«».,;:!?)\]])", re.IGNORECASE), 0.9,
             gate=_has_www),
        Rule(
            "domain",
            re.compile(
                # one "value" group for both alternatives (a second group left "value" unset: a bare
                # Cyrillic domain such as "пациент.рф" gave the span (-1, -1) and the scan crashed)
                rf"(?<![\w@.\-/])(?P<value>(?:(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:{_TLDS})"
                rf"|(?:[а-яё0-9\-]+\.)+(?:рф|рус|москва|дети|онлайн|сайт)){_URL_TAIL})(?![\w@\-])",
                re.IGNORECASE,
            ),
            0.7,
            gate=_has_domain,
        ),
        PRIVATE_HOST,  # (an intranet's link without a scheme: "mis.gkb12.local/emk/patient/1", "10.12.0.45:8080/lk")
        ADDRESS_HOST,
    ],
    needs=r"\.\w",
)

# ----- SNILS, INN, passport, OMS -------------------------------------------------------------
_SEP = DIGIT_SEPARATOR  # "995.869.344 20", "240-423-108  06": the checksum decides, not the separators
_SSEP = SNILS_SEPARATOR  # "129/683/488/10" too
# (the cue may follow the number: "895-548-125 71 - СНИЛС пациента")
# (and the registers a SNILS is the key of: ЕГИССО (social benefits), СФР/ПФР (the Social Fund, the former Pension Fund):
# "сведения в ЕГИССО по 123-456-789 01")
# (the words naming a SNILS or the fund that keeps it are also the gate of the spaced-dash rule: :data:`_SNILS_WORDS`)
# (and its Latin transliteration, an IT system's key: "Key (snils)=(74753823637)", "SNILS;848-324-49436")
_SNILS_NAMES = ("снилс", "пенсион", "сфр", "пфр", "snils")
SNILS_CONTEXT = Context(positive=stems(*_SNILS_NAMES, "страхов", "спп", "лицев", "егиссо", "соцфонд"),
                        negative=MEASUREMENT, after=24)
_SPACED_DASH = r"[ \t]{1,3}-[ \t]{1,3}"


def _has_spaced_dash(text: str) -> bool:
    """The note names a SNILS or its register somewhere (the shared cue index: most notes do not), and a dash with a space
    on each side stands between two digits ("142 - 19"; a prose dash between words, in about every other note, opens no
    scan). The en dash is a hyphen here (:mod:`.normalize`); the em dash between groups is one character of
    :data:`.id_fields.SNILS_SEPARATOR`."""
    lower = lowered(text)
    if not lower or not word_starts(lower, _SNILS_WORDS):
        return False
    at = text.find(" - ")
    while at > 0:
        if text[at - 1].isdigit() and text[at + 3 : at + 4].isdigit():
            return True
        at = text.find(" - ", at + 3)
    return False


# the gate's words: the names of :data:`SNILS_CONTEXT`, and "страх" for its "страхов" (the gate's shorter stem, as the
# rule was measured with it); not the context's accounts and registers ("лицев", "спп", "егиссо", "соцфонд"), which
# open no scan of this rule (see test_pii_one_place_round19)
# (and "застрах": the insured person of the Pension Fund's reports, "Сведения о застрахованном лице 744 - 265 - 444 07", whose
# key the SNILS is; the checksum decides)
_SNILS_WORDS = (*_SNILS_NAMES, "страх", "застрах")


SNILS = RegexRecognizer(
    "RU_SNILS",
    "RuSnilsRecognizer",
    [
        *SNILS_CUED,
        Rule("formatted", re.compile(rf"(?P<value>{_D0}\d{{2}}(?:{_SSEP}\d{{3}}){{2}}{_SSEP}\d{{2}}){_END}"), 0.85, SNILS_CONTEXT, snils_valid,
             gate=has_long_number, at_digit_runs=True),
        # a whole cell of a comma-separated row ("...,08.09.2004,564-174-261 96,водитель,..."): the comma before it, which
        # :data:`_D0` takes for a decimal's ("4,564"), is the row's separator when the SNILS's own groups follow and the
        # cell ends right after it; no decimal continues in dashed or spaced groups of three
        Rule("csv_cell", re.compile(rf"(?P<value>\d(?<=,\d)\d{{2}}(?:{_SSEP}\d{{3}}){{2}}{_SSEP}\d{{2}})(?=[ \t]*(?:[,;\r\n]|$))"),
             0.85, SNILS_CONTEXT, snils_valid, gate=has_long_number, at_digit_runs=True),
        # (its eleven digits unseparated too: scored as a bare grouping is, below, a column's "СНИЛС" lifting it)
        Rule("csv_cell_digits", re.compile(r"(?P<value>\d(?<=,\d)\d{10})(?=[ \t]*(?:[,;\r\n]|$))"), 0.65, SNILS_CONTEXT,
             snils_valid, gate=has_long_number, at_digit_runs=True),
        # eleven digits in any grouping ("806451231 79", "11223344595") whose checksum holds
        Rule("grouped", re.compile(rf"(?P<value>{_D0}(?:[ \-]?\d){{10}}){_END}"), 0.65, SNILS_CONTEXT, snils_valid, gate=has_long_number, at_digit_runs=True),
        # the card's groups with a dash spaced as a word processor writes it, "438 - 927 - 142  19", "503 - 509 - 680 65"
        # (no long number for :func:`.base.has_long_number`, whose separators are single characters): the checksum decides
        Rule("formatted_spaced_dash", re.compile(rf"(?P<value>{_D0}\d{{2}}(?:{_SPACED_DASH}\d{{3}}){{2}}(?:{_SPACED_DASH}|[ \t]{{1,3}})\d{{2}}){_END}"),
             0.85, SNILS_CONTEXT, snils_valid, gate=_has_spaced_dash, at_digit_runs=True),
    ],
    needs=r"\d",
)

# (the cue may follow the number: "789379165463 (ИНН)", a form's caption under its field)
# a label naming another paper or object of the patient's, a sample's tube or barcode, a specimen, an aliquot, an order:
# the number it labels is that one's, whatever check digits its digits pass by chance (an INN's two pass about one
# number in a hundred, an ЕНП's one in ten: "Штрихкод пробирки 7730 083690 07", "Номер заказа 240351 5803509062";
# review A r25, findings 6 and 7)
OTHER_OBJECT_LABELS = ("штрих", "баркод", "пробирк", "образц", "образец", "аликвот", "заказ")
INN_CONTEXT = InnContext(
    positive=stems("инн", "налог", "идентификационн"),
    after=16,
    negative=stems("тел", "моб", "паспорт", "серия", "полис", "снилс", "омс", "карт", "+7", "№ и/б", *OTHER_OBJECT_LABELS),
    negative_before=30,
    boost=0.4,
    penalty=0.3,
    labels_only=True,
    region_unless_named=True,
)
_INN_GROUPS = r"\d{4}(?P<s1>[ \-])\d{6}(?P=s1)\d{2}|\d{2}(?P<s2>[ \-])\d{2}(?P=s2)\d{6}(?P=s2)\d{2}|\d{3}(?P<s3>[ \-])\d{3}(?P=s3)\d{3}(?P=s3)\d{3}"


def _names_tax_number(text: str) -> bool:
    """The note has a tax number's word somewhere ("ИНН", its misspelling "ИИН", "налог-", "идентификационн-", a tax
    form's "НДФЛ", "вычет", "плательщик"): twelve grouped digits are looked at only then (most notes have none)."""
    lower = lowered(text)
    return bool(lower) and bool(word_starts(lower, _TAX_WORDS))


_TAX_WORDS = ("инн", "иин", "налог", "идентификацион", "ндфл", "вычет", "плательщик")
INN = RegexRecognizer(
    "RU_INN",
    "RuInnRecognizer",
    [
        *INN_CUED,
        Rule("person", re.compile(rf"(?P<value>{_D0}\d{{11}}){_END}"), 0.7, INN_CONTEXT, inn_valid, gate=has_long_number,
             at_digit_runs=True),
        # (and as a whole cell of a comma-separated row, "...,Шилов Л.А.,5937362686396889,143542742817,I11.9": the comma
        # that :data:`_D0` takes for a decimal's is the row's separator where the cell ends right after the twelve digits)
        Rule("person_cell", re.compile(r"(?P<value>\d(?<=,\d)\d{11})(?=[ \t]*(?:[,;|\t\r\n]|$))"), 0.7, INN_CONTEXT,
             inn_valid, gate=has_long_number, at_digit_runs=True),
        # a person's twelve digits in any grouping ("7654 329261 94", "477 572 132 860", "5039-776933-67"): its two check
        # digits decide, as for twelve digits written whole (a passport's "4+6" grouping inside them is no passport);
        # not a group of a longer run (a policy's sixteen digits, a phone with "+")
        Rule("person_grouped", re.compile(rf"(?<![+\d][ \t])(?<![+\d\-.,/])(?P<value>\d(?:[ \-.]?\d){{11}})(?![ \t\-.]?\d){_END}"),
             0.7, INN_CONTEXT, inn_valid, gate=_names_tax_number, at_digit_runs=True),
        # (and with no tax word in the note, in the groups an INN's own structure gives it, one separator throughout: the
        # region and tax office, the record, the check digits, "7712 345678 59", "77 12 345678 59", or threes, "771 234
        # 567 859"; a passport's "4+6" inside them is no passport, as above; any twelve digits with other breaks, a date
        # and a time run together, "12.03.2020 12.03", are not looked at without the word)
        Rule("person_structured", re.compile(rf"(?<![+\d][ \t])(?<![+\d\-.,/])(?P<value>{_INN_GROUPS})(?![ \t\-.]?\d){_END}"),
             0.7, INN_CONTEXT, inn_valid, gate=has_long_number, at_digit_runs=True),
        Rule("organisation", re.compile(rf"(?P<value>{_D0}\d{{9}}){_END}"), 0.45, INN_CONTEXT, inn_valid, gate=has_long_number, at_digit_runs=True),
    ],
    needs=r"\d",
)


def _passport_plausible(digits: str) -> bool:
    # series = region code (01-99) + year of the form; number is never all zeros
    return len(digits) == 10 and digits[:2] != "00" and digits[4:] != "000000"


def _document_context(*words: str) -> Context:
    """A document number's context: its words up to 48 characters before lift it, a unit next to it lowers it."""
    return Context(positive=stems(*words), negative=MEASUREMENT, before=48, boost=0.4)


# ("серия", "документ" lift a prescription's or a certificate's number too: the nearest document noun decides,
# :mod:`.document_typing`)
PASSPORT_CONTEXT = PassportContext(positive=stems("паспорт", "серия", "выдан", "документ", "удостоверен", "гражданин"),
                                   negative=MEASUREMENT, before=48, boost=0.4)
PASSPORT = PassportRecognizer(  # (series and number in labelled fields reported apart: :mod:`.passport_parts`)
    "RU_PASSPORT",
    "RuPassportRecognizer",
    [
        *PASSPORT_CUED,
        *PASSPORT_FIELDS,
        DECLARED_PASSPORT,  # (a field before the number declares the passport's kind: :mod:`.declared_passports`)
        Rule(
            "series_number_words",
            re.compile(
                r"(?i:серия)\s*:?\s*(?P<value>\d{2}\s?\d{2}\s*,?\s*(?:№|N|(?i:номер))\s*:?\s*\d{6})(?!\d)"
            ),
            0.95,
            PassportContext(),
            validate=_passport_plausible,
            anchor=("серия",),
        ),
        Rule("spaced", re.compile(rf"(?P<value>{_D0}\d{{1}}\s\d{{2}}\s(?:№\s?)?\d{{6}}){_END}"), 0.65, PASSPORT_CONTEXT, _passport_plausible,
             gate=has_long_number, at_digit_runs=True),
        Rule("series_number", re.compile(rf"(?P<value>{_D0}\d{{3}}\s(?:№\s?)?\d{{6}}){_END}"), 0.55, PASSPORT_CONTEXT, _passport_plausible,
             gate=has_long_number, at_digit_runs=True),
        Rule("plain", re.compile(rf"(?P<value>{_D0}\d{{9}}){_END}"), 0.2, PASSPORT_CONTEXT, _passport_plausible, gate=has_long_number, at_digit_runs=True),
    ],
    needs=r"\d",
)

def _is_enp(digits: str) -> bool:
    return len(digits) == 16


def _no_inn_before_break(value: str) -> bool:
    """Sixteen digits across a line break are one policy unless the line's part is a whole INN of a person."""
    head = value.split("\n", 1)[0].rstrip("\r") if "\n" in value else ""
    return not (len(head) == 12 and inn_valid(head))


OMS_CONTEXT = _document_context("полис", "омс", "енп", "страхов", "медицинского страхования", "единый номер")
OMS = RegexRecognizer(
    "RU_OMS_POLICY",
    "RuOmsPolicyRecognizer",
    [
        # The 16-digit unified policy number (ЕНП). Its control digit algorithm is not public in a
        # form we can verify here, so the shape plus context decides; 16-digit numbers essentially
        # never occur in clinical text otherwise.
        *OMS_CUED,
        # (a tab is a cell's border in a TSV row, no group's separator: "<12-digit INN>\t8900 199 81 42" are two cells)
        # (a line break inside only where the line before it ends in no INN: a register's row ends in a person's twelve
        # checksummed digits and the next row opens with its running number, "... 271706690735\n9785 КУЛАГИНА ...")
        Rule("enp", re.compile(rf"(?P<value>{_D0}\d{{3}}[ \n\r\-]?\d{{4}}[ \n\r\-]?\d{{4}}[ \n\r\-]?\d{{4}}){_END}"), 0.55, OMS_CONTEXT,
             _no_inn_before_break, digits=False, gate=has_long_number, at_digit_runs=True),
        # sixteen digits whose ЕНП check digit holds (the ФОМС rule, :func:`.checksums.enp_valid`) are a policy without its
        # word too (a register's row, a message's field); never a measurement, whatever unit follows ("... 46 лет": the
        # next number's); a bank card passes the same sum and is PII as well
        # (and as the policy's paper form prints it, six digits and ten, "772441 9373623257": the check digit decides; a tab
        # between its four groups only as their one separator: "<12-digit INN>\t0900 790548" are two cells of a row,
        # whatever sum their digits make)
        Rule("enp_checked", re.compile(rf"(?P<value>{_D0}(?:\d{{3}}(?:(?:[ \-]?\d{{4}}){{3}}|(?:\t\d{{4}}){{3}})|\d{{5}}[ \t\-]\d{{10}})){_END}"), 0.6,
             Context(positive=OMS_CONTEXT.positive, before=48, boost=0.4, negative=stems(*OTHER_OBJECT_LABELS), negative_before=30),
             enp_valid, gate=has_long_number, at_digit_runs=True),
        # (and as a whole cell of a register's delimited row: :mod:`.policy_cells`)
        ENP_CELL,
        # (and in a record that names the insurance anywhere, by a stem or an insurer's name: :mod:`.policy_records`)
        ENP_IN_RECORD,
        # the same sixteen digits in other groups: a policy's paper form prints its number as 6 + 10 ("772441 9373623257"),
        # people dictate it in twos and fours; only beside a policy's word (below the threshold without one: a phone
        # and a number after it, "8 912 345 67 89 12", are 16 digits too)
        Rule("enp_grouped", re.compile(rf"(?P<value>{_D0}\d{{2,10}}(?:[ \-]\d{{2,10}}){{1,3}}){_END}"), 0.45, OMS_CONTEXT,
             _is_enp, gate=has_long_number, at_digit_runs=True),
        # a dialogue (a call's transcript, a chat): the policy asked for in one turn, its number given in the next
        # ("— Полис у вас с собой?\n— Да, вот: 7723 4411 9373 6232"): the question is the cue across the line break
        Rule("enp_answer", re.compile(rf"(?i:{POLICY_WORDS})[^\n\d?]{{0,40}}\?[ \t]*\n[^\n\d]{{0,40}}?"
                                      rf"(?P<value>{_D0}\d{{2,10}}(?:[ \t\-]\d{{2,10}}){{0,3}}){_END}"), 0.9, Context(), _is_enp,
             gate=has_long_number, anchor=POLICY_ANCHORS),
    ],
    needs=r"\d",
)

# ----- medical record / case numbers (a document noun phrase decides: :mod:`.record_numbers`) ---------
class RecordNumberRecognizer(CandidateRecognizer):
    """Record numbers, read by the noun-phrase grammar of :mod:`.record_numbers`, the numbers of a
    patient's other documents (:mod:`.document_numbers`) and numbers dictated in words
    (:mod:`.dictated_records`); OCR's Latin look-alikes in Cyrillic words are read as Cyrillic first."""

    def __init__(self) -> None:
        super().__init__("MEDICAL_RECORD_NUMBER", "RuMedicalRecordRecognizer")

    def candidates(self, text: str) -> Iterator[Candidate]:
        text = fold_homoglyphs(text)  # (one character for one: offsets stay)
        for start, end, score in record_numbers(text):
            if item_or_invoice_number(text, start):
                continue  # ("Тонометр, заводской номер: 2231774": a device's own number, not the patient's)
            yield Candidate(self.entity, start, end, score, self.name)
            for item_start, item_end in same_shape_items(text, start, end):  # "26-4710/1, 26-4711/2"
                yield Candidate(self.entity, item_start, item_end, score, self.name)
        for start, end, score in document_numbers(text):
            if item_or_invoice_number(text, start):
                continue
            yield Candidate(self.entity, start, end, score, self.name)
        for start, end, score in unsigned_document_numbers(text):
            yield Candidate(self.entity, start, end, score, self.name)
        lower = lowered(text)
        # (any identifier after "№" or "номер" whose words name nothing else: :mod:`.numbered_values`; "номер" looked up
        # in the shared cue index, a search of the note for it costs more)
        if "№" in text or "N" in text or (lower and word_starts(lower, ("номер",))):
            for start, end, score in numbered_values(text):
                yield Candidate(self.entity, start, end, score, self.name)
        if lower and word_starts(lower, SICK_LEAVE_WORDS):  # (a sick leave's number without "№")
            for start, end, score in sick_leave_numbers(text, lower):
                yield Candidate(self.entity, start, end, score, self.name)
        if lower:
            for start, end in dictated_record_numbers(text, lower):
                yield Candidate(self.entity, start, end, SIGNED_SCORE, self.name)
        # (papers the grammars above do not read: civil-status certificates, a form's series, ДМС, ...: :mod:`.patient_papers`)
        for start, end, score in patient_paper_numbers(text, lower):
            yield Candidate(self.entity, start, end, score, self.name)
        # (an archive's cipher, a commission's protocol, an anonymous code, a value under its label: :mod:`.case_references`)
        for start, end, score in case_reference_numbers(text, lower):
            yield Candidate(self.entity, start, end, score, self.name)
        # (a paper's number after its blank's series of capitals, whatever its label: :mod:`.blank_series`)
        for start, end in blank_series_numbers(text):
            yield Candidate(self.entity, start, end, BARE_SCORE, self.name)


MRN = RecordNumberRecognizer()

STRUCTURED_RECOGNIZERS = (EMAIL, URL, SNILS, INN, PASSPORT, OMS, MRN)
