"""Pattern recognizers for structured Russian identifiers: e-mail, URL, SNILS, INN, passport, OMS
policy and medical record numbers (phones: :mod:`.phones`; dates: :mod:`.dates`).

Scores are designed around the default threshold of 0.5: a bare shape that is rarely anything
but PII ("+7 (999) 123-45-67", a SNILS with a valid checksum) scores above it on its own; an
ambiguous shape (ten digits, "4508 123456", "12 марта") needs a context word to pass; numbers
next to units ("мг", "мм рт. ст.", "уд/мин") or in lab/dose phrasing are pushed below it.
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.base import RegexRecognizer, Rule
from medsyn_dataset.validation.pii.checksums import inn_valid, snils_valid
from medsyn_dataset.validation.pii.context import Context, stems

# Units, lab and vital-sign words: a number right next to them is a measurement, not an identifier.
MEASUREMENT = stems(
    "ммоль", "мкмоль", "нмоль", "г/л", "г/дл", "%", "уд/", "табл", "капс", "ампул", "мэкв", "кпа", "°",
    "×10", "x10", "*10", "давлен", "пульс", "гемоглобин", "лейкоцит", "эритроцит", "тромбоцит", "глюкоз",
    "холестерин", "креатинин", "билирубин", "анализ", "показател", "уровень", "норм", "референс",
    "дозиров", "сатурац", "температур",
    whole=("мг", "мкг", "мл", "ед", "ме", "мм", "см", "кг", "уд", "раз", "раза", "мин", "сек",
           "ч", "час", "часа", "часов", "сут", "лет", "года", "год", "мес", "нед", "дн", "дней", "балл",
           "баллов", "гр", "ад", "чсс", "чдд", "соэ", "iu", "доза", "дозе", "дозы", "мкр", "ммhg"),
)
# A span never starts inside a longer number, decimal or fraction. The check sits right after the
# first digit (a 2-character lookbehind) rather than before it, so the pattern begins with a
# digit and the regex engine can skip to digits instead of trying every position.
_D0 = r"\d(?<![\d\-.,/]\d)"
_D0_LOOK = r"(?<![\d\-.,/])"
_END = r"(?![\d])(?![.,]\d)"

# ----- e-mail and URLs -----------------------------------------------------------------------
EMAIL = RegexRecognizer(
    "EMAIL_ADDRESS",
    "EmailRecognizer",
    [
        Rule(
            "email",
            re.compile(
                r"(?<![\w.+\-])(?P<value>[A-Za-z0-9][A-Za-z0-9._%+\-]*@(?:[A-Za-z0-9\-]+\.)+[A-Za-z]{2,24}"
                r"|[А-Яа-яЁё0-9][А-Яа-яЁё0-9._\-]*@(?:[А-Яа-яЁё0-9\-]+\.)+(?:рф|рус))(?![\w\-@])"
            ),
            0.95,
        )
    ],
    needs="@",
)

_TLDS = "ru|su|com|org|net|info|biz|io|edu|gov|me|pro|online|site|ua|by|kz|de|uk|us|co|рф|рус"
_URL_TAIL = r"(?:/[^\s<>\"'«»]*[^\s<>\"'«».,;:!?)\]])?"
URL = RegexRecognizer(
    "URL",
    "UrlRecognizer",
    [
        Rule(
            "scheme",
            re.compile(r"(?P<value>(?:https?|ftp)://[^\s<>\"'«»]*[^\s<>\"'«».,;:!?)\]])", re.IGNORECASE),
            0.95,
        ),
        Rule("www", re.compile(r"(?<![\w/.])(?P<value>www\.[^\s<>\"'«»]*[^\s<>\"'«».,;:!?)\]])", re.IGNORECASE), 0.9),
        Rule(
            "domain",
            re.compile(
                rf"(?<![\w@.\-/])(?P<value>(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:{_TLDS}){_URL_TAIL})(?![\w@\-])"
                rf"|(?<![\w@.\-/])(?P<cyr>(?:[а-яё0-9\-]+\.)+(?:рф|рус){_URL_TAIL})(?![\w@\-])",
                re.IGNORECASE,
            ),
            0.7,
        ),
    ],
    needs=r"\.\w",
)

# ----- SNILS, INN, passport, OMS -------------------------------------------------------------
SNILS_CONTEXT = Context(positive=stems("снилс", "страхов", "пенсион", "спп", "лицев"), negative=MEASUREMENT)
SNILS = RegexRecognizer(
    "RU_SNILS",
    "RuSnilsRecognizer",
    [
        Rule("formatted", re.compile(rf"(?P<value>{_D0}\d{{2}}[-\s]\d{{3}}[-\s]\d{{3}}[-\s]\d{{2}}){_END}"), 0.85, SNILS_CONTEXT, snils_valid),
        Rule("plain", re.compile(rf"(?P<value>{_D0}\d{{10}}){_END}"), 0.65, SNILS_CONTEXT, snils_valid),
    ],
    needs=r"\d{2}",
)

INN_CONTEXT = Context(
    positive=stems("инн", "налог", "идентификационн"),
    negative=stems("тел", "моб", "паспорт", "серия", "полис", "снилс", "омс", "карт", "+7", "№ и/б"),
    negative_before=30,
    boost=0.4,
    penalty=0.3,
)
INN = RegexRecognizer(
    "RU_INN",
    "RuInnRecognizer",
    [
        Rule("person", re.compile(rf"(?P<value>{_D0}\d{{11}}){_END}"), 0.7, INN_CONTEXT, inn_valid),
        Rule("organisation", re.compile(rf"(?P<value>{_D0}\d{{9}}){_END}"), 0.45, INN_CONTEXT, inn_valid),
    ],
    needs=r"\d{10}",
)


def _passport_plausible(digits: str) -> bool:
    # series = region code (01-99) + year of the form; number is never all zeros
    return len(digits) == 10 and digits[:2] != "00" and digits[4:] != "000000"


PASSPORT_CONTEXT = Context(
    positive=stems("паспорт", "серия", "выдан", "документ", "удостоверен", "гражданин"),
    negative=MEASUREMENT,
    before=48,
    boost=0.4,
)
PASSPORT = RegexRecognizer(
    "RU_PASSPORT",
    "RuPassportRecognizer",
    [
        Rule(
            "series_number_words",
            re.compile(
                r"(?i:серия)\s*:?\s*(?P<value>\d{2}\s?\d{2}\s*,?\s*(?:№|N|(?i:номер))\s*:?\s*\d{6})(?!\d)"
            ),
            0.95,
            validate=_passport_plausible,
        ),
        Rule("spaced", re.compile(rf"(?P<value>{_D0}\d{{1}}\s\d{{2}}\s(?:№\s?)?\d{{6}}){_END}"), 0.65, PASSPORT_CONTEXT, _passport_plausible),
        Rule("series_number", re.compile(rf"(?P<value>{_D0}\d{{3}}\s(?:№\s?)?\d{{6}}){_END}"), 0.55, PASSPORT_CONTEXT, _passport_plausible),
        Rule("plain", re.compile(rf"(?P<value>{_D0}\d{{9}}){_END}"), 0.2, PASSPORT_CONTEXT, _passport_plausible),
    ],
    needs=r"\d{4}",
)

OMS_CONTEXT = Context(
    positive=stems("полис", "омс", "енп", "страхов", "медицинского страхования", "единый номер"),
    negative=MEASUREMENT,
    before=48,
    boost=0.4,
)
OMS = RegexRecognizer(
    "RU_OMS_POLICY",
    "RuOmsPolicyRecognizer",
    [
        # The 16-digit unified policy number (ЕНП). Its control digit algorithm is not public in a
        # form we can verify here, so the shape plus context decides; 16-digit numbers essentially
        # never occur in clinical text otherwise.
        Rule("enp", re.compile(rf"(?P<value>{_D0}\d{{3}}[\s\-]?\d{{4}}[\s\-]?\d{{4}}[\s\-]?\d{{4}}){_END}"), 0.55, OMS_CONTEXT),
    ],
    needs=r"\d{4}",
)

# ----- medical record / case numbers ---------------------------------------------------------
_MRN_DOC = (
    r"(?i:истори[яиюей]\s+болезни|и/б|медицинск\w*\s+карт\w*(?:\s+(?:амбулаторного|стационарного)\s+(?:больного|пациента))?"
    r"|мед\.\s*карт\w*|амб(?:\.|улаторн\w*)\s*карт\w*|карт\w*\s+(?:пациента|больного|амбулаторного\s+больного)"
    r"|мкаб|мксб|номер\s+карты|карт[аыу]\s+(?=№))"
)
_MRN_VALUE = r"(?P<value>(?:[A-ZА-ЯЁ]{1,3}-?)?\d(?:[\d/\-]*\d)?)(?![\w/\-])(?![.,]\d)"
# after a bare colon ("История болезни:") a short number is usually a list item ("1. Анамнез")
_MRN_LONG_VALUE = r"(?P<value>(?:[A-ZА-ЯЁ]{1,3}-?)?\d[\d/\-]*\d\d)(?![\w/\-])(?![.,]\d)"
MRN_CONTEXT = Context(negative=MEASUREMENT, negative_before=0, negative_after=3)  # only a unit right after
_MRN_ANCHOR = re.compile(r"истори|и/б|мед|амб|карт|мкаб|мксб|номер")
_MRN_NUMBER_ANCHOR = re.compile(r"№|номер")
MRN = RegexRecognizer(
    "MEDICAL_RECORD_NUMBER",
    "RuMedicalRecordRecognizer",
    [
        Rule("numbered", re.compile(rf"{_MRN_DOC}[ \t]*(?:№|N|No\.?|(?i:номер))[ \t]*:?[ \t]*{_MRN_VALUE}"), 0.9, MRN_CONTEXT, digits=False,
             anchor=_MRN_ANCHOR),
        Rule("colon", re.compile(rf"{_MRN_DOC}[ \t]*:[ \t]*{_MRN_LONG_VALUE}"), 0.8, MRN_CONTEXT, digits=False, anchor=_MRN_ANCHOR),
        Rule(
            "number_first",
            re.compile(
                r"(?:№|(?i:номер))\s*(?i:истории\s+болезни|и/б|амб\w*\.?\s*карты|(?:медицинской\s+)?карты)[ \t]*:?[ \t]*"
                + _MRN_VALUE
            ),
            0.9,
            MRN_CONTEXT,
            digits=False,
            anchor=_MRN_NUMBER_ANCHOR,
        ),
    ],
    needs=r"\d",
)

STRUCTURED_RECOGNIZERS = (EMAIL, URL, SNILS, INN, PASSPORT, OMS, MRN)
