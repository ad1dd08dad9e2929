"""Tuning families of round 20: identity and personal documents other than the internal passport, by their conventions.

The documents come from a neutral official list, not from any split: the ФНС's reference of the kinds of identity
documents (справочник СПДУЛ, "Код вида документа" of the tax forms; its codes and the templates of "серия и номер" as
the ФНС orders give them: приказ ФНС России от 13.10.2006 № САЭ-3-04/706@, п. 5 "Шаблоны для ввода реквизита «серия
и номер документа, удостоверяющего личность»", where "Б" is a Cyrillic capital, "9" a digit, "0" a digit that may be
left out, "R" a Roman numeral and "S" any character). A person's passport is RU_PASSPORT whoever issued it (definition
change r26, README's PII section): the citizen's passport (21, :mod:`benchmarks.pii_conventions_passports`), the passport
for travel abroad (22) and a foreign citizen's national passport (10). Every other one is, by our definition, "any other
unique identifying number" of the person: MEDICAL_RECORD_NUMBER (the seaman's passport 26 too: a seaman's paper, not a
person's passport).

* 03 birth certificate, "R-ББ 999999": a Roman numeral, a dash, two capitals, six digits ("II-МЮ № 123456", the ЗАГС
  blank of приказ Минюста № 201 of 2018 prints the numeral in Latin capitals);
* 07 military ID, 08 the temporary certificate instead of it, 24 a serviceman's identity card, 27 a reserve officer's
  military ID: "ББ 0999999" (two capitals, six or seven digits: "АН 1234567");
* 26 seaman's passport "ББ 0999999" (the 1990s' template of the Ministry of the Merchant Fleet, "МФ 0123456");
* 22 the citizen's passport for travel abroad, "99 0999999" (two digits, seven: "75 1234567"): RU_PASSPORT since r26
  (until round 25 our MRN, as the writers' brief had it);
* 12 residence permit (its blank of 2012-2019: "82 № 1234567"), 15 temporary residence permit, 11 certificate of a
  refugee application, 13 refugee's certificate, 19 certificate of temporary asylum, 10 a foreign citizen's passport,
  23 a birth certificate issued abroad: "S...S", any characters (their blanks print two digits or two capitals and
  seven digits; a foreign state's own shapes); of them only 10 is a passport (RU_PASSPORT since r26);
* and the personal papers the writers' brief lists next to them: the driving licence (ГОСТ Р 52542-2006 / Венская
  конвенция sample: "99 99 999999", before 2011 "99 ББ 999999") and the electronic sick leave's twelve digits (ЭЛН,
  приказ Минздрава № 1089н).

Layouts: the document's full name in any case, its abbreviation, the ФНС code ("код документа 07", "вид ДУЛ: 03"),
key=value/JSON/XML (the ФНС's КодВидДок/СерНомДок, a ФФОМС register's DOCTYPE/DOCSER/DOCNUM), a CSV row with separate
series and number columns, "серия ... номер ...", glued or split, lower case, look-alike Latin capitals in the series.
Golds: the whole "series number" when one value holds both; when the series stands in a field of its own, the number
alone (a series of two letters names no one; one of digits is still marked, as the passport's is). The type is the
paper's: a family or block that names several papers plants each under its own (:data:`PASSPORT_CODES`); the r26
relabelling changed only types, never a text, a span or a random draw.

All are ``tune`` families (ours). ``python -m benchmarks.pii_conventions_identity`` prints samples.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from benchmarks.pii_families import TUNE, BlockFamily, Family, Maker, Planted

MRN = "MEDICAL_RECORD_NUMBER"
PASSPORT = "RU_PASSPORT"
# definition change r26: a travel/foreign passport is RU_PASSPORT (СПДУЛ 22 the travel passport, 10 a foreign citizen's)
PASSPORT_CODES = frozenset({"22", "10"})
# capitals a blank's series uses (no Ё, Й, Ъ, Ы, Ь: they do not open series)
_CAPITALS = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ"
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIV", "XVI", "XIX")
# Cyrillic capitals a scan or a Latin keyboard gives back as Latin look-alikes
_LATIN_LOOKALIKE = {"А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
                    "Х": "X", "У": "Y"}


def _capitals(rng: random.Random, count: int = 2) -> str:
    return "".join(rng.choice(_CAPITALS) for _ in range(count))


def _digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(count))


# each document kind: (series, number) by its template
Parts = Callable[[random.Random], tuple[str, str]]


def _birth(rng: random.Random) -> tuple[str, str]:
    return f"{rng.choice(_ROMAN)}-{_capitals(rng)}", _digits(rng, 6)


def _military(rng: random.Random) -> tuple[str, str]:
    return _capitals(rng), _digits(rng, rng.choice((7, 7, 6)))


def _travel(rng: random.Random) -> tuple[str, str]:
    return rng.choice(("75", "76", "71", "72", "73", "53", "64", "65")), _digits(rng, 7)


def _stay(rng: random.Random) -> tuple[str, str]:
    return rng.choice(("82", "83", "90", "91", _capitals(rng))), _digits(rng, 7)


def _foreign(rng: random.Random) -> tuple[str, str]:
    latin = "ABCEFHKMNPRSTUXYZ"
    return "".join(rng.choice(latin) for _ in range(rng.choice((1, 2, 2)))), _digits(rng, rng.choice((7, 7, 8)))


def _licence(rng: random.Random) -> tuple[str, str]:
    region = f"{rng.randrange(1, 99):02d}"
    return rng.choice((f"{region} {rng.randrange(10, 40)}", f"{region} {_capitals(rng)}")), _digits(rng, 6)


# code of СПДУЛ -> (the document's names, nominative and in an oblique case as records write them; its parts)
DOCUMENTS: dict[str, tuple[tuple[str, ...], Parts]] = {
    "03": (("Свидетельство о рождении", "свидетельство о рождении", "св-во о рожд.", "свид. о рождении",
            "по свидетельству о рождении", "свидетельства о рождении"), _birth),
    "07": (("Военный билет", "военный билет", "в/б", "по военному билету", "военного билета", "ВБ"), _military),
    "08": (("Временное удостоверение, выданное взамен военного билета,", "временное удостоверение взамен военного билета",
            "врем. удостоверение взамен в/б"), _military),
    "24": (("Удостоверение личности военнослужащего", "удостоверение личности военнослужащего РФ",
            "уд. личности военнослужащего", "по удостоверению личности военнослужащего"), _military),
    "27": (("Военный билет офицера запаса", "военный билет офицера запаса", "в/б офицера запаса"), _military),
    "26": (("Паспорт моряка", "паспорт моряка", "удостоверение личности моряка", "по паспорту моряка"), _military),
    "22": (("Заграничный паспорт", "загранпаспорт", "загран. паспорт", "паспорт для выезда за границу",
            "по загранпаспорту", "Паспорт гражданина РФ для выезда за пределы РФ"), _travel),
    "12": (("Вид на жительство", "вид на жительство в РФ", "ВНЖ", "по виду на жительство"), _stay),
    "15": (("Разрешение на временное проживание", "РВП", "разрешение на временное проживание в РФ"), _stay),
    "11": (("Свидетельство о рассмотрении ходатайства о признании беженцем",
            "свидетельство о рассмотрении ходатайства о признании лица беженцем"), _stay),
    "13": (("Удостоверение беженца", "удостоверение беженца", "по удостоверению беженца"), _stay),
    "19": (("Свидетельство о предоставлении временного убежища", "свидетельство о временном убежище"), _stay),
    "10": (("Паспорт иностранного гражданина", "паспорт иностранного гражданина", "национальный паспорт",
            "нац. паспорт"), _foreign),
    "23": (("Свидетельство о рождении, выданное за рубежом", "иностранное свидетельство о рождении"), _foreign),
}
LICENCE_NAMES = ("Водительское удостоверение", "водительское удостоверение", "вод. удостоверение", "ВУ", "в/у",
                 "водит. уд.", "по водительскому удостоверению")


def paper_type(code: str) -> str:
    """The gold type of a document of the СПДУЛ ``code``: a person's passport is RU_PASSPORT, any other paper MRN."""
    return PASSPORT if code in PASSPORT_CODES else MRN


# the value's joints: series and number with a space, "№", glued, split by a dash
_JOINTS = ("{S} {N}", "{S} № {N}", "{S} №{N}", "{S}{N}", "{S} {N}", "серия {S} № {N}", "сер. {S} № {N}", "{S}-{N}")


def _ocr_series(series: str, rng: random.Random) -> str:
    """The series with its Cyrillic capitals given back as Latin look-alikes (a scan or a Latin keyboard)."""
    return "".join(_LATIN_LOOKALIKE.get(ch, ch) if rng.random() < 0.7 else ch for ch in series)


def value(parts: Parts, joints: tuple[str, ...] = _JOINTS, *, lower: bool = False, ocr: bool = False) -> Maker:
    """One value of a document (its series and number joined as records write them)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        series, number = parts(rng)
        if ocr:
            series = _ocr_series(series, rng)
        text = rng.choice(joints).format(S=series, N=number)
        return text.lower() if lower else text

    return make


def document_frames(codes: tuple[str, ...], templates: tuple[str, ...]) -> tuple[str, ...]:
    """Frames of the documents' names in the templates ("{D} {{}}" -> "Военный билет {}")."""
    # (a name in an oblique case, "по военному билету", goes after no label: "Документ: по ..." is no record's)
    return tuple(template.format(D=name) for code in codes for name in DOCUMENTS[code][0] for template in templates
                 if not (name.startswith("по ") and template.startswith("Документ")))


def passports(frames: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """``Family.frame_types`` that type ``frames`` (those naming a passport) RU_PASSPORT in a family of other papers."""
    return tuple((frame, PASSPORT) for frame in frames)


def lower_frames(codes: tuple[str, ...]) -> tuple[str, ...]:
    """Frames of the first two names of each document, in lower case, as notes typed in a hurry write them."""
    return tuple(f"{name.lower()} {{}}" for code in codes for name in DOCUMENTS[code][0][:2])


def kinds(*codes: str) -> Parts:
    """The parts of one of several kinds of the same template."""
    return lambda rng: DOCUMENTS[rng.choice(codes)][1](rng)


def coded(*templates: str) -> Callable[[random.Random, Any], Planted]:
    """A document named by its code of СПДУЛ: "{C}" the code, "{S}" the series, "{N}" the number, "{T}" the document's
    name; "[V]...[/V]" marks the gold (series and number, or the number alone); ``{F}`` a name, ``{D}`` a date."""

    def make(rng: random.Random, fake: Any) -> Planted:
        code = rng.choice(tuple(DOCUMENTS))
        kind = paper_type(code)
        names, parts = DOCUMENTS[code]
        series, number = parts(rng)
        filled = rng.choice(templates).format(
            C=code, S=series, N=number, T=names[0],
            F=f"{fake.last_name()} {fake.first_name()[0]}.{fake.middle_name()[0]}.",
            D=fake.date_between(start_date="-20y").strftime("%d.%m.%Y"))
        text, golds, open_at, position = "", [], -1, 0
        while position < len(filled):
            if filled.startswith("[V]", position):
                open_at, position = len(text), position + 3
            elif filled.startswith("[/V]", position):
                golds.append((kind, open_at, len(text)))
                position += 4
            else:
                text, position = text + filled[position], position + 1
        return Planted(text, golds)

    return make


_PLAIN = ("{D} {{}}", "{D}: {{}}", "{D} {{}}, выдан 12.03.2015", "Документ: {D} {{}}")
_MILITARY_CODES = ("07", "08", "24", "27")
_STAY_CODES = ("12", "15", "11", "13", "19")

FAMILIES: list[Family] = [
    # 03: the birth certificate's Roman numeral series
    Family("iddoc-birth-certificate-conv", MRN, TUNE,
           (*document_frames(("03",), _PLAIN), "Ребенок, свидетельство о рождении {}, полис ОМС не оформлен.",
            "Законный представитель предъявил свидетельство о рождении ребенка {}"),
           value(_birth, (*_JOINTS, "{S}№{N}", "{S} {N}"))),
    # 07, 08, 24, 27: the military papers' two capitals and seven digits
    Family("iddoc-military-conv", MRN, TUNE,
           (*document_frames(_MILITARY_CODES, _PLAIN), "Личность установлена по военному билету {}.",
            "военнослужащий, удостоверение личности {}"),
           value(_military)),
    # 26 and 22: the seaman's passport's capitals (MRN), the travel passport's digits (RU_PASSPORT since r26)
    Family("iddoc-seaman-conv", MRN, TUNE, document_frames(("26",), _PLAIN), value(DOCUMENTS["26"][1])),
    Family("iddoc-travel-passport-conv", PASSPORT, TUNE, document_frames(("22",), _PLAIN),
           value(_travel, ("{S} {N}", "{S} № {N}", "{S}{N}", "серия {S} № {N}", "{S}-{N}"))),
    # 11-19: a foreigner's papers of stay; 10, 23: a foreign state's papers (any characters; 10's passport RU_PASSPORT)
    Family("iddoc-stay-papers-conv", MRN, TUNE,
           (*document_frames(_STAY_CODES, _PLAIN), "Иностранный гражданин, ВНЖ {}"), value(_stay)),
    Family("iddoc-foreign-papers-conv", MRN, TUNE, document_frames(("10", "23"), _PLAIN), value(_foreign),
           passports(document_frames(("10",), _PLAIN))),
    # the driving licence: ten characters, the region's digits first
    Family("iddoc-driving-licence-conv", MRN, TUNE,
           tuple(f"{name} {{}}" for name in LICENCE_NAMES) + tuple(f"{name}: {{}}" for name in LICENCE_NAMES[:3]),
           value(_licence, ("{S} {N}", "{S} № {N}", "{S}{N}", "серия {S} № {N}"))),
    # lower case, as notes typed in a hurry (the value after a travel passport's name is that passport: RU_PASSPORT)
    Family("iddoc-lower-case-conv", MRN, TUNE, lower_frames(("03", "07", "24", "26", "22", "12", "13")),
           value(kinds("03", "07", "24", "26"), ("{S} {N}", "{S} № {N}", "серия {S} номер {N}"), lower=True),
           passports(lower_frames(("22",)))),
    # a scan's or a Latin keyboard's look-alike capitals in the series
    Family("iddoc-ocr-series-conv", MRN, TUNE, document_frames(("03", "07", "24", "26", "27"), ("{D} {{}}", "{D}: {{}}")),
           value(kinds("03", "07", "24", "26", "27"), ("{S} {N}", "{S} № {N}", "{S}{N}"), ocr=True)),
]

BLOCKS: list[BlockFamily] = [
    # the ФНС's code of the document's kind in the tax forms, the certificate of paid medical services, a register
    BlockFamily("iddoc-fns-code-conv", TUNE, coded(
        "Код вида документа: {C}\nСерия и номер документа: [V]{S} {N}[/V]",
        "Код вида документа, удостоверяющего личность | {C} | Серия и номер | [V]{S} {N}[/V]",
        "вид ДУЛ: {C}; серия, номер: [V]{S} № {N}[/V]; дата выдачи {D}",
        "Налогоплательщик: {F}, код документа {C}, [V]{S} {N}[/V]",
        "Документ (код {C}): серия {S} номер [V]{N}[/V]",
        "код ДУЛ {C}, серия {S}, номер [V]{N}[/V]",
        "Вид документа: {C} — {T}; Серия, номер: [V]{S} {N}[/V]")),
    # exchange formats: the ФНС's XML (КодВидДок/СерНомДок), a ФФОМС register's DOCTYPE/DOCSER/DOCNUM, JSON, key=value
    BlockFamily("iddoc-export-fields-conv", TUNE, coded(
        '<УдЛичнФЛ КодВидДок="{C}" СерНомДок="[V]{S} {N}[/V]" ДатаДок="{D}"/>',
        "<DocType>{C}</DocType><DocSer>{S}</DocSer><DocNum>[V]{N}[/V]</DocNum>",
        "<PERS><DOCTYPE>{C}</DOCTYPE><DOCSER>{S}</DOCSER><DOCNUM>[V]{N}[/V]</DOCNUM></PERS>",
        '{{"docType": "{C}", "docSeries": "{S}", "docNumber": "[V]{N}[/V]"}}',
        '{{"document": {{"type": "{T}", "series": "{S}", "number": "[V]{N}[/V]"}}}}',
        "doc_type={C} doc_series={S} doc_number=[V]{N}[/V]",
        "DOC_TYPE: {C}\nDOC_SER: {S}\nDOC_NUM: [V]{N}[/V]")),
    # a register's row with the series and the number in columns of their own
    BlockFamily("iddoc-table-columns-conv", TUNE, coded(
        "| ФИО | Вид документа | Серия | Номер |\n|---|---|---|---|\n| {F} | {T} | {S} | [V]{N}[/V] |",
        "fio;doc_code;doc_ser;doc_num\n{F};{C};{S};[V]{N}[/V]",
        "Получатель\tДУЛ\tСерия\tНомер\n{F}\t{T}\t{S}\t[V]{N}[/V]",
        "ФИО: {F}   Документ: {T}   Серия: {S}   Номер: [V]{N}[/V]",
        "ФИО,Код ДУЛ,Серия ДУЛ,Номер ДУЛ\n{F},{C},{S},[V]{N}[/V]")),
    # the document's name with "серия ... номер ..." (two fields) or its number first
    BlockFamily("iddoc-series-number-labels-conv", TUNE, coded(
        "{T} серия {S} номер [V]{N}[/V]", "{T}: серия {S}, № [V]{N}[/V], выдан {D}",
        "{T} № [V]{N}[/V] серия {S}", "{T}, серии {S} номер [V]{N}[/V]", "{T}\nСерия: {S}\nНомер: [V]{N}[/V]")),
]


if __name__ == "__main__":
    import sys

    from benchmarks.pii_conventions_measure import show

    show(FAMILIES, BLOCKS, int(sys.argv[1]) if len(sys.argv) > 1 else 2)
