"""Tuning families of round 20: the internal passport of a Russian citizen as its conventions and people write it.

The passport (Положение о паспорте гражданина РФ, постановление Правительства № 828 of 08.07.1997) carries a series of
four digits, two of the region's OKATO code and two of the year its blank was printed ("45 12": Moscow, 2012), and a
number of six digits; its page prints them as "45 12 654321" (twice: the red printed line and the perforation). The
families below write that pair in the layouts records use, each naming its source:

* the page and the ways people copy it: spaced, run together, "№" before the number, a dash, the labels "серия"/"номер"
  (two fields: two spans, the project's convention) or the number first ("№ 345678 серия 4512");
* the documents' words: "документ, удостоверяющий личность" (ДУЛ, УДЛ), "паспорт гражданина РФ", and the ФНС's code
  of the document's kind (справочник СПДУЛ: 21 is the passport of a citizen, as the tax forms and the certificate of
  paid medical services write "Код вида документа 21");
* the issuing subdivision's code "код подразделения 770-001" (three digits, a dash, three: printed on the page next to
  the series) standing near: it is the office's, never part of the passport's span;
* a table with separate series and number columns (a register, a CSV export);
* the exchange formats: the ФФОМС registers' XML (DOCTYPE 14, DOCSER, DOCNUM: приказ ФФОМС № 79 of 07.04.2011 and its
  successors), СЭМД's identity:IdentityDoc (identity:Series, identity:Number; the kind from НСИ 1.2.643.5.1.13.13.99.2.48,
  code 1), HL7 v2's PID-3 with the identifier type PPN (HL7 table 0203), FHIR's Patient.identifier of type PPN, JSON;
* a scan's look-alike letters (О for 0, З for 3, l for 1, б for 6).

All are ``tune`` families (ours). ``python -m benchmarks.pii_conventions_passports`` prints samples.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from benchmarks.pii_conventions_phones import ocr
from benchmarks.pii_families import TUNE, BlockFamily, Family, Maker, Planted

# first two digits of OKATO codes of regions (45 Moscow, 40 St Petersburg, 46 Moscow oblast, 65 Sverdlovsk, 92 Tatarstan,
# 80 Bashkortostan, 60 Rostov, 36 Samara, 22 Nizhny Novgorod, 03 Krasnodar, 04 Krasnoyarsk, 50 Novosibirsk, 71 Tyumen,
# 01 Altai krai, 05 Primorye, 08 Khabarovsk, 25 Irkutsk, 52 Omsk, 57 Perm, 75 Chelyabinsk, 17 Vladimir, 78 Yaroslavl)
_REGIONS = ("45", "40", "46", "65", "92", "80", "60", "36", "22", "03", "04", "50", "71", "01", "05", "08", "25", "52",
            "57", "75", "17", "78")


def _series_number(rng: random.Random) -> tuple[str, str, str]:
    """(region digits, blank year digits, number): blanks printed from 1997 on."""
    year = rng.choice((97, 98, 99, *range(0, 25)))
    return rng.choice(_REGIONS), f"{year:02d}", f"{rng.randrange(100000, 1000000)}"


def passport(*layouts: str) -> Maker:
    """Layouts: RR the region's digits, YY the blank's year, NNNNNN the number; the rest literal."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        region, year, number = _series_number(rng)
        return rng.choice(layouts).replace("RR", region).replace("YY", year).replace("NNNNNN", number)

    return make


def _subdivision(rng: random.Random) -> str:
    """The issuing subdivision's code: the region's code of three digits, a dash, the subdivision's three."""
    return f"{rng.randrange(10, 99)}{rng.randrange(10)}-{rng.randrange(1, 999):03d}"


def fields(*templates: str) -> Callable[[random.Random, Any], Planted]:
    """Several spans in one fragment: a template marks the golds with "[S]" (the series, from ``{RR}``/``{YY}``: "[S]{RR}
    {YY}[/S]"), "[N]...[/N]" (the number, ``{N}``), "[P]...[/P]" (series and number in one span); ``{C}`` is a subdivision
    code, ``{D}`` a date of issue, ``{F}`` a name. Golds are RU_PASSPORT."""

    def make(rng: random.Random, fake: Any) -> Planted:
        region, year, number = _series_number(rng)
        filled = rng.choice(templates).format(RR=region, YY=year, N=number, C=_subdivision(rng),
                                                D=fake.date_between(start_date="-20y").strftime("%d.%m.%Y"),
                                                F=f"{fake.last_name()} {fake.first_name()[0]}.{fake.middle_name()[0]}.")
        text, golds, open_at = "", [], -1
        position = 0
        while position < len(filled):
            if filled.startswith(("[S]", "[N]", "[P]"), position):
                open_at = len(text)
                position += 3
            elif filled.startswith(("[/S]", "[/N]", "[/P]"), position):
                golds.append(("RU_PASSPORT", open_at, len(text)))
                position += 4
            else:
                text += filled[position]
                position += 1
        return Planted(text, golds)

    return make


_ISSUED = (", выдан ГУ МВД России по Тюменской обл. {D}, код подразделения {C}", " выдан ОУФМС России {D}, к/п {C}",
           ", выдан {D}, код подразделения: {C}", " (код подр. {C}, выдан {D})")

FAMILIES: list[Family] = [
    # the page's pair in every layout people copy it in
    Family("passport-layouts-conv", "RU_PASSPORT", TUNE,
           ("Паспорт {}.", "паспорт гражданина РФ: {}, выдан ОВД района Митино", "Паспорт РФ {}", "пасп. {}", "Паспортные данные: {}",
            "Паспорт: {}", "паспорт {}; прописка постоянная"),
           passport("RR YY NNNNNN", "RRYY NNNNNN", "RRYYNNNNNN", "RR YY № NNNNNN", "RRYY №NNNNNN", "RRYY-NNNNNN", "RR-YY NNNNNN",
                    "RR YY  NNNNNN", "RRYY № NNNNNN", "RR YY NNNNNN", "RRYY N NNNNNN", "RR YY-NNNNNN")),
    # the identity document's words and abbreviations
    Family("passport-identity-document-conv", "RU_PASSPORT", TUNE,
           ("Документ, удостоверяющий личность: паспорт {}", "ДУЛ: {}", "УДЛ: паспорт {}", "ДУЛ (паспорт РФ) {}",
            "Документ, удостоверяющий личность законного представителя: {}", "Реквизиты ДУЛ: паспорт гражданина РФ {}",
            "Документ: {}", "удостоверение личности — паспорт {}", "Личность установлена по паспорту {}.",
            "Тело выдано сыну, предъявлен паспорт {}.", "Телесных повреждений нет. Паспорт {}"),
           passport("RR YY NNNNNN", "RRYY NNNNNN", "RR YY № NNNNNN", "RRYYNNNNNN", "серия RRYY № NNNNNN")),
    # a scan's look-alike letters
    Family("passport-ocr-lookalike-conv", "RU_PASSPORT", TUNE,
           ("ПАСПОРТ {}", "Паспорт {}", "паспорт гражданина РФ {}", "Серия и номер паспорта: {}"),
           ocr(passport("RR YY NNNNNN", "RRYY NNNNNN", "RR YY № NNNNNN"), 1)),
]

BLOCKS: list[BlockFamily] = [
    # the two labelled fields: two spans ("№" inline joins them into one value, as the page prints it)
    BlockFamily("passport-series-number-labels-conv", TUNE, fields(
        "Паспорт серия [S]{RR}{YY}[/S] номер [N]{N}[/N]", "паспорт: серия [S]{RR} {YY}[/S], номер [N]{N}[/N]",
        "Паспорт гражданина РФ серии [S]{RR}{YY}[/S] номер [N]{N}[/N]", "сер. [P]{RR} {YY} №{N}[/P]",
        "Паспорт: серия [S]{RR} {YY}[/S] номер [N]{N}[/N]", "паспорт сер. [S]{RR}{YY}[/S] ном. [N]{N}[/N]",
        "Серия паспорта: [S]{RR}{YY}[/S]\nНомер паспорта: [N]{N}[/N]", "паспорт серия [P]{RR}{YY} № {N}[/P]",
        "документ: паспорт, серия [S]{RR} {YY}[/S], № [N]{N}[/N]")),
    # the number first, then the series
    BlockFamily("passport-number-first-conv", TUNE, fields(
        "Паспорт № [N]{N}[/N] серия [S]{RR}{YY}[/S]", "паспорт номер [N]{N}[/N], серия [S]{RR} {YY}[/S]",
        "пасп. №[N]{N}[/N] серии [S]{RR}{YY}[/S]", "Паспорт: номер [N]{N}[/N] серия [S]{RR} {YY}[/S], выдан {D}")),
    # the issuing subdivision's code nearby (never part of the passport's span)
    BlockFamily("passport-subdivision-code-conv", TUNE, fields(
        *(head + tail for head in ("Паспорт [P]{RR} {YY} {N}[/P]", "паспорт [P]{RR}{YY} {N}[/P]", "Паспорт гражданина РФ [P]{RR} {YY} № {N}[/P]",
                                    "Паспорт серия [S]{RR} {YY}[/S] номер [N]{N}[/N]") for tail in _ISSUED),
        "Код подразделения {C}. Паспорт [P]{RR}{YY} {N}[/P], выдан {D}")),
    # the ФНС's code of the document's kind (СПДУЛ 21) in the tax forms and the certificate of paid medical services
    BlockFamily("passport-fns-code-conv", TUNE, fields(
        "Код вида документа: 21\nСерия и номер документа: [P]{RR} {YY} {N}[/P]",
        "Код вида документа, удостоверяющего личность | 21 | Серия и номер | [P]{RR}{YY} {N}[/P]",
        "вид документа — 21; серия, номер — [P]{RR} {YY} {N}[/P]; дата выдачи {D}",
        "Налогоплательщик: {F}, код документа 21, [P]{RR}{YY}{N}[/P]",
        "Документ (код 21): серия [S]{RR}{YY}[/S] номер [N]{N}[/N]")),
    # a table with the series and the number in columns of their own
    BlockFamily("passport-table-columns-conv", TUNE, fields(
        "| ФИО | Документ | Серия | Номер |\n|---|---|---|---|\n| {F} | паспорт РФ | [S]{RR}{YY}[/S] | [N]{N}[/N] |",
        "fio;doc_type;doc_ser;doc_num\n{F};паспорт;[S]{RR} {YY}[/S];[N]{N}[/N]",
        "Получатель\tДУЛ\tСерия\tНомер\n{F}\tПаспорт гражданина РФ\t[S]{RR}{YY}[/S]\t[N]{N}[/N]",
        "ФИО: {F}   Вид документа: паспорт   Серия: [S]{RR} {YY}[/S]   Номер: [N]{N}[/N]")),
    # exchange formats: ФФОМС registers, СЭМД, HL7 v2, FHIR, JSON
    BlockFamily("passport-export-fields-conv", TUNE, fields(
        "<PERS><DOCTYPE>14</DOCTYPE><DOCSER>[S]{RR} {YY}[/S]</DOCSER><DOCNUM>[N]{N}[/N]</DOCNUM></PERS>",
        '<identity:IdentityDoc><identity:IdentityCardTypeId code="1" codeSystem="1.2.643.5.1.13.13.99.2.48" '
        'displayName="Паспорт гражданина Российской Федерации"/><identity:Series>[S]{RR}{YY}[/S]</identity:Series>'
        "<identity:Number>[N]{N}[/N]</identity:Number></identity:IdentityDoc>",
        "PID|1||[P]{RR}{YY}{N}[/P]^^^УФМС^PPN||",
        '{{"identifier": [{{"type": {{"coding": [{{"code": "PPN"}}]}}, "value": "[P]{RR}{YY} {N}[/P]"}}]}}',
        '"passport": {{"series": "[S]{RR}{YY}[/S]", "number": "[N]{N}[/N]"}}',
        '{{"docType": "21", "docSeries": "[S]{RR}{YY}[/S]", "docNumber": "[N]{N}[/N]"}}',
        "doc_type=passport_rf doc_series=[S]{RR}{YY}[/S] doc_number=[N]{N}[/N]")),
    # the journal of operations with narcotic drugs (постановление Правительства № 644 of 04.11.2006): a row gives the
    # prescription's series and number, then the identity document of the person who received the drug
    BlockFamily("passport-after-prescription-conv", TUNE, fields(
        "{D} | рецепт серия 45 07 № 611820 | получатель: {F}, паспорт [P]{RR}{YY} {N}[/P] | отпущено 5 амп.",
        "{D} | рецепт серия ЕН № 3826406 | получатель: {F}, пасп. [P]{RR}{YY} {N}[/P] | отпущено 10 табл.",
        "Расход: рецепт 148-1/у-88 серии АБ № 123456 от {D}; получил {F} (пасп. [P]{RR} {YY} № {N}[/P])",
        "рецепт серия ЕН № 3826406, получатель {F}, документ, удостоверяющий личность: паспорт [P]{RR}{YY} {N}[/P]",
        "Рецепт: серия 18 № 004512. Получатель — {F}, паспорт серия [S]{RR} {YY}[/S] номер [N]{N}[/N]")),
    # the page of the passport as a scan gives it back (the blank's layout: the issuing office, the date of issue, the
    # subdivision code, then the name, sex, birth date and place; the series and number printed along the page; OCR
    # leaves runs of spaces and Latin look-alikes in the printed words)
    BlockFamily("passport-page-scan-conv", TUNE, fields(
        "Паспорт выдан ОТДЕЛОМ УФМС РОССИИ\nДата выдачи {D}  Код подразделения {C}\nФамилия ИВАНОВА\n[P]{RR} {YY}  {N}[/P]",
        "Кoд пoдразделения {C}\nФaмилия ПЕТРОВ\nИмя СЕРГЕЙ\nМесто рождения ГОР. ОМСК\n[P]{RR} {YY}  {N}[/P]",
        "ПАСПОРТ ГРАЖДАНИНА РОССИЙСКОЙ ФЕДЕРАЦИИ\n[P]{RR} {YY} {N}[/P]\nДата выдачи {D}",
        "Дата выдачи {D} Кoд пoдразд. {C}\n[P]{RR}  {YY}  {N}[/P]\nМесто рождения С. ТАЛИЦА",
        "Паcпорт выдaн ГУ МВД\n{D}  {C}\n[P]{RR} {YY}   {N}[/P]")),
]


if __name__ == "__main__":
    import sys

    from benchmarks.pii_conventions_measure import show

    show(FAMILIES, BLOCKS, int(sys.argv[1]) if len(sys.argv) > 1 else 2)
