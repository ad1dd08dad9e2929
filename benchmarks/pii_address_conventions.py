"""Tuning families of round 20: Russian addresses in the layouts the documented conventions give them.

Our address readers fit the layouts our tuning authors happened to write. These families come from the
conventions themselves instead, each naming its source in a comment:

* the official abbreviations of address elements (Приказ Минфина России от 05.11.2015 № 171н, the rules for
  shortening the names of address elements in ГАР/ФИАС), with and without their stops and spaces, the element's
  type before its name and after it ("ул. Ленина" / "Ленина ул.");
* the ГАР/ФИАС order (region, district or municipal formation, settlement, planning structure, street, house,
  building, flat; Постановление Правительства РФ от 19.11.2014 № 1221, п. 44), Почта России's order (street,
  house, flat, settlement, region, postcode; Правила оказания услуг почтовой связи, Приказ Минцифры № 382) and
  the reverse, six-digit postcodes;
* how notes write addresses: lower case without commas, "house-flat" ("5-12", "5/2-12"), numbered and
  memorial streets ("2-я Парковая", "ул. 50 лет Октября"), oblique cases after prepositions ("в г. Кирове на
  ул. Ленина"), rural addresses, garden partnerships (СНТ, Федеральный закон № 217-ФЗ), military towns,
  dormitories, an address broken over two lines, in a table cell, in JSON/XML (CDA ``addr``), FHIR ``Address``
  and HL7 v2 XAD (street^other^city^state^zip), and a town and street with no cue word at all.

A LOCATION gold is the whole address field as written (the writers' brief). ``python -m
benchmarks.pii_address_conventions`` plants these families alone and prints recall per family with its misses.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from typing import Any

from benchmarks.pii_conventions import _district, village
from benchmarks.pii_families import TUNE, BlockFamily, Family, Planted, _region, _street, _town
from medsyn_dataset.validation.pii.inflect import inflect_word

# ----- values --------------------------------------------------------------------------------
# Приказ Минфина № 171н, приложение: settlement types and their short forms
SETTLEMENT_TYPES = ("г.", "пгт", "рп", "с.", "д.", "п.", "х.", "ст-ца", "аул", "сл.", "пос.", "дер.")
# planning structures and streets (171н): type before the name in ГАР, often after it in notes
STREET_TYPES = ("ул.", "пр-кт", "б-р", "ш.", "наб.", "пер.", "туп.", "проезд", "ал.", "пл.", "мкр.", "тер.")
# numbered and memorial street names, as towns name them
NUMBERED_STREETS = ("50 лет Октября", "8 Марта", "9 Мая", "40 лет Победы", "1 Мая", "60 лет ВЛКСМ", "26 Бакинских Комиссаров")
ORDINAL = ("1-я", "2-я", "3-я", "4-я", "5-я")


def _house(rng: random.Random) -> str:
    return str(rng.randrange(1, 180)) + rng.choice(("", "", "", "а", "б", "/1", "/2"))


def _flat(rng: random.Random) -> str:
    return str(rng.randrange(1, 400))


def _street_name(rng: random.Random, fake: Any) -> str:
    roll = rng.random()
    if roll < 0.15:
        return rng.choice(NUMBERED_STREETS)
    if roll < 0.25:
        return f"{rng.choice(ORDINAL)} {_street(fake)}"
    return _street(fake)


def _undotted(text: str, rng: random.Random) -> str:
    """The same abbreviations written without their stops, as the ФИАС short names are ("ул", "д", "кв")."""
    return text.replace(". ", " ").replace(".", " ") if rng.random() < 0.5 else text


def _values(rng: random.Random, fake: Any) -> dict[str, str]:
    return {"T": _town(fake), "V": village(rng, fake), "S": _street_name(rng, fake), "N": _house(rng), "Q": _flat(rng),
            "K": str(rng.randrange(1, 6)), "P": f"{rng.randrange(101000, 692999)}", "R": _region(fake, rng, False),
            "RF": _region(fake, rng, True), "D": _district(rng, fake), "st": rng.choice(STREET_TYPES),
            "set": rng.choice(SETTLEMENT_TYPES)}


def layouts(*shapes: str, lower: float = 0.0, undot: bool = False) -> Any:
    """A value from one of ``shapes`` (``str.format`` fields of :func:`_values`); ``lower``: the share typed in lower
    case; ``undot``: half of them without the abbreviations' stops."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        out = rng.choice(shapes).format(**_values(rng, fake))
        if undot:
            out = _undotted(out, rng).replace("  ", " ").strip()
        return out.lower() if rng.random() < lower else out

    return make


# ----- values with more than one gold --------------------------------------------------------
def _oblique(rng: random.Random, fake: Any) -> Planted:
    """A settlement and a street in running text, each in the case its preposition takes ("проживает в г. Кирове
    на ул. Ленина, д. 5"): two golds, the settlement and the street with its house."""
    v = _values(rng, fake)
    town = " ".join(inflect_word(w, "loct", "Geox") for w in v["T"].split())
    first_kind = rng.choice(("г.", "с.", "пос.", "д."))
    first = f"{first_kind} {town if first_kind == 'г.' else v['V']}"
    street = rng.choice((f"ул. {v['S']}, д. {v['N']}", f"ул. {v['S']}, {v['N']}-{v['Q']}", f"{v['S']} ул., {v['N']}"))
    lead = rng.choice(("Проживает в ", "Прописан в ", "Живёт с дочерью в ", "Зарегистрирована в "))
    middle = rng.choice((" на ", ", "))
    text = lead + first + middle + street + rng.choice((".", " (со слов).", ", квартира неблагоустроенная."))
    a = len(lead)
    b = a + len(first) + len(middle)
    return Planted(text, [("LOCATION", a, a + len(first)), ("LOCATION", b, b + len(street))])


def _structured(rng: random.Random, fake: Any) -> Planted:
    """One address in a machine export, each part in its own field: JSON keys, a CDA ``addr`` element, a FHIR
    ``Address`` (line/city/district/state/postalCode) or an HL7 v2 PID-11 XAD (street^other^city^state^zip^country):
    each part's value is a gold of its own, the XAD field one gold."""
    v = _values(rng, fake)
    street = f"ул. {v['S']}, д. {v['N']}, кв. {v['Q']}"
    shape = rng.randrange(4)
    if shape == 3:
        prefix = f"PID|1||{rng.randrange(10**5, 10**6)}^^^MIS||||||F|||"
        value = f"{street}^^{v['T']}^{v['R']}^{v['P']}^RUS"
        return Planted(prefix + value + "||", [("LOCATION", len(prefix), len(prefix) + len(value))])
    parts = (("line" if shape == 1 else "streetAddressLine", street), ("city", v["T"]), ("state", v["RF"]),
             ("postalCode", v["P"]))
    text, golds = "", []
    for i, (key, value) in enumerate(parts):
        if shape == 2:  # CDA
            opening = ("<addr use=\"H\">" if i == 0 else "") + f"<{key}>"
            text += opening
            golds.append(("LOCATION", len(text), len(text) + len(value)))
            text += value + f"</{key}>" + ("</addr>" if i == len(parts) - 1 else "")
            continue
        opening = ("{\"address\": {" if i == 0 else ", ") + f"\"{key}\": " + ("[\"" if key == "line" else "\"")
        text += opening
        golds.append(("LOCATION", len(text), len(text) + len(value)))
        text += value + ("\"]" if key == "line" else "\"") + ("}}" if i == len(parts) - 1 else "")
    return Planted(text, golds)


def _split_line(rng: random.Random, fake: Any) -> Planted:
    """An address broken over two lines of a form, the break after a comma: one gold from its first part to its last."""
    v = _values(rng, fake)
    first, second = rng.choice(((f"{v['P']}, {v['RF']}, г. {v['T']},", f"ул. {v['S']}, д. {v['N']}, кв. {v['Q']}"),
                                (f"г. {v['T']}, ул. {v['S']},", f"д. {v['N']}, кв. {v['Q']}"),
                                (f"{v['R']}, {v['D']} р-н,", f"с. {v['V']}, ул. {v['S']}, {v['N']}")))
    label = rng.choice(("Адрес регистрации: ", "Место жительства:\n", "Адрес: "))
    value = first + "\n" + rng.choice(("", "   ")) + second
    return Planted(label + value + "\n", [("LOCATION", len(label), len(label) + len(value))])


def _table_cell(rng: random.Random, fake: Any) -> Planted:
    """A row of a register with the address in a cell of its own ("|" or tab between cells), no keyword for it."""
    v = _values(rng, fake)
    address = rng.choice((f"{v['T']}, {v['S']} {v['N']}-{v['Q']}", f"г. {v['T']}, ул. {v['S']}, {v['N']}-{v['Q']}",
                          f"{v['T']}, ул. {v['S']}, д. {v['N']}", f"с. {v['V']}, {v['S']}, {v['N']}"))
    sep = rng.choice((" | ", "\t"))
    name = f"{fake.last_name_male()} {fake.first_name_male()[0]}.{fake.middle_name_male()[0]}."
    lead = f"{rng.randrange(1, 40)}{sep}{name}{sep}{rng.randrange(1940, 2020)}{sep}"
    text = lead + address + sep + rng.choice(("Д-учёт", "ГБ II ст.", "СД 2 типа", "ХОБЛ")) + "\n"
    return Planted(text, [("LOCATION", len(lead), len(lead) + len(address))])


# the address column's name in a register's header, as forms and exports name it (the form cells of 025/у, 003/у:
# "Место жительства", "Место регистрации", "Населённый пункт"; the cells of ГАР's hierarchy: "Город", "Нас. пункт"). Not
# "М/Ж": a register's "М/Ж" column is the patient's sex (мужской/женский), so the addresses this family planted under
# it were wrong gold (review A of round 20)
COLUMN_NAMES = ("Адрес", "Место жительства", "Место жит.", "Место регистрации", "Место проживания", "Населённый пункт",
                "Нас. пункт", "НАС.ПУНКТ", "Город", "Адрес проживания", "Прописка")


def _register(rng: random.Random, fake: Any) -> Planted:
    """A register with a header: the address column named in any of the forms' ways; bars or aligned by spaces."""
    v = _values(rng, fake)
    column = rng.choice(COLUMN_NAMES)
    town_only = "пункт" in column.lower() or column == "Город" or "ПУНКТ" in column
    value = v["T"] if town_only else rng.choice((f"{v['T']}, {v['S']} {v['N']}-{v['Q']}", f"г. {v['T']}, ул. {v['S']}, {v['N']}"))
    name = f"{fake.last_name_male()} {fake.first_name_male()[0]}.{fake.middle_name_male()[0]}."
    born = f"{rng.randrange(1, 28):02d}.{rng.randrange(1, 13):02d}.{rng.randrange(1940, 2020)}"
    if rng.random() < 0.5:
        header = f"№ | ФИО | Дата рождения | {column} | Диагноз\n"
        lead = f"{rng.randrange(1, 40)} | {name} | {born} | "
        text = header + lead + value + " | " + rng.choice(("I11.9", "E11.9", "J44.1")) + "\n"
    else:
        header = f"{'№':5}{'ФИО':26}{'Д.р.':12}{column}\n"
        lead = f"{rng.randrange(1, 40):<5}{name:26}{born:12}"
        text = header + lead + value + "\n"
    start = len(header) + len(lead) + 1
    return Planted("\n" + text, [("LOCATION", start, start + len(value))])


# =============================================================================================
FAMILIES: list[Family] = [
    # 171н: element types before the name, full chain; with and without stops
    Family("addr-171n-type-before-conv", "LOCATION", TUNE, ("Адрес: {}.", "Проживает: {}", "Место жительства: {}."),
           layouts("{set} {T}, {st} {S}, д. {N}, кв. {Q}", "{set} {V}, {st} {S}, д. {N}", "г. {T}, {st} {S}, влд. {N}",
                   "г. {T}, {st} {S}, д. {N}, корп. {K}, кв. {Q}", "г. {T}, {st} {S}, д. {N}, стр. {K}, помещ. {Q}",
                   "г. {T}, {st} {S}, д. {N}, лит. А, оф. {Q}", "г. {T}, {st} {S}, двлд. {N}, ком. {K}",
                   "г. {T}, {st} {S}, д. {N}, к. {K}, кв. {Q}", "{set}{V}, {st}{S}, д.{N}, кв.{Q}", "тер. СНТ {V}, уч. {N}",
           undot=True)),
    # 171н: the type after the name, as people write it ("Ленина ул.", "Садовый пер.")
    Family("addr-171n-type-after-conv", "LOCATION", TUNE, ("Адрес: {}.", "Фактический адрес: {}", "Прож.: {}."),
           layouts("{T} г., {S} ул., д. {N}, кв. {Q}", "{S} ул., {N}-{Q}, {T}", "{T}, {S} пр-кт, д. {N}, кв. {Q}",
                   "{V} с., {S} ул., {N}", "{T}, {S} б-р, {N}/{K}", "{T}, {S} ш., {N}", "{T}, {S} пер., д. {N}",
                   "{D} р-н, {V} д., {N}", "{RF}, {T} г., {S} ул., {N}-{Q}", undot=True)),
    # ГАР/ФИАС: the municipal division in full words (ПП РФ № 1221 п. 44: country, subject, municipal district,
    # settlement of the municipality, settlement, street, house, flat), and the ФИАС short names without stops
    Family("addr-gar-full-conv", "LOCATION", TUNE, ("Адрес регистрации (ГАР): {}", "Адрес места жительства: {}.", "{}"),
           layouts("Российская Федерация, {RF}, муниципальный район {D}, сельское поселение {D} сельсовет, "
                   "село {V}, улица {S}, дом {N}, квартира {Q}",
                   "Российская Федерация, {RF}, городской округ город {T}, город {T}, улица {S}, дом {N}, корпус {K}, квартира {Q}",
                   "{RF}, {D} муниципальный район, городское поселение {T}, г. {T}, ул. {S}, д. {N}",
                   "Респ Башкортостан, р-н {D}, с {V}, ул {S}, д. {N}", "{R}, г {T}, ул {S}, д {N}, кв {Q}",
                   "{R}, м.р-н {D}, с.п. {V}, с. {V}, ул. {S}, зд. {N}")),
    # Почта России (Правила оказания услуг почтовой связи): street, house, flat, settlement, district, region, index
    Family("addr-post-order-conv", "LOCATION", TUNE, ("Почтовый адрес: {}", "Кому: пациенту. Куда: {}", "{}"),
           layouts("ул. {S}, д. {N}, кв. {Q}, г. {T}, {R}, {P}", "ул. {S}, д. {N}, с. {V}, {D} р-н, {RF}, {P}",
                   "{S} ул., {N}-{Q}, {T}, {P}", "пр-кт {S}, д. {N}, корп. {K}, кв. {Q}, {T}, {RF}, {P}")),
    # the reverse: index first (ГОСТ Р 6.30-2003 requisites, forms, МИС cards)
    Family("addr-index-first-conv", "LOCATION", TUNE, ("Адрес: {}", "Адрес для корреспонденции: {}.", "{}"),
           layouts("{P}, {RF}, г. {T}, ул. {S}, д. {N}, кв. {Q}", "{P} {T} {S} {N}-{Q}", "{P}, {R}, {D} р-н, с. {V}, ул. {S}, {N}",
                   "{P}, г. {T}, {S} ул., {N}", "{P} {T}, ул. {S} {N} кв {Q}")),
    # how a note types it: lower case, no commas, no stops, "house-flat"
    Family("addr-note-lower-conv", "LOCATION", TUNE, ("проживает: {}", "прож. {} с женой", "адрес {}, инвалид 2 гр.", "живет {} одна"),
           layouts("г {T} ул {S} {N}-{Q}", "г. {T} ул. {S} д.{N} кв.{Q}", "{T} {S} {N}/{K}-{Q}", "с {V} ул {S} {N}",
                   "г {T} пр-кт {S} д {N} кв {Q}", "{T} ул {S} д {N} кв {Q}", "д {V} ул {S} {N}", "{set} {V} {S} {N}", lower=0.7)),
    # house numbering as notes write it: "д.5 кв.12", "5-12", "5/2-12", "д. 5, корп. 2, кв. 12", "5к2-12"
    Family("addr-house-forms-conv", "LOCATION", TUNE, ("Адрес: {}.", "Проживает по адресу {}", "Место жительства — {}."),
           layouts("ул. {S} д.{N} кв.{Q}", "ул. {S}, {N}-{Q}", "ул. {S}, {N}/{K}-{Q}", "ул. {S}, д. {N}, корп. {K}, кв. {Q}",
                   "ул. {S}, {N}к{K}-{Q}", "ул. {S}, д. {N}к{K}, кв. {Q}", "ул. {S}, {N}, кв. {Q}, под. {K}, эт. {K}",
                   "ул. {S}, дом {N}, квартира {Q}", "{S}, {N}-{Q}", "{S} {N} кв {Q}")),
    # rural: region, district, settlement, street ("Республика Башкортостан, Кигинский р-н, с. Леуза, ул. Салавата, 3")
    Family("addr-rural-conv", "LOCATION", TUNE, ("Проживает: {}.", "Адрес: {}", "Зарегистрирован по адресу: {}"),
           layouts("{RF}, {D} р-н, с. {V}, ул. {S}, {N}", "{R}, {D} район, д. {V}, д. {N}", "{D} р-н, {set} {V}, {S}, {N}",
                   "{RF}, {D} район, аул {V}, ул. {S}, {N}", "с. {V} {D} района, ул. {S}, {N}", "{V}, {D} р-н, {R}",
                   "х. {V}, {D} р-н", "ст-ца {V}, ул. {S}, {N}")),
    # garden partnerships (217-ФЗ: СНТ, ОНТ, ТСН; plots numbered), military towns and dormitories
    Family("addr-snt-military-dorm-conv", "LOCATION", TUNE, ("Проживает: {}.", "Адрес: {}", "Вызов по адресу {}."),
           layouts("СНТ «{V}», уч. {N}", "снт {V} участок {Q}", "СНТ {V}, ул. {K}-я линия, уч. {N}", "ТСН «{V}», д. {N}",
                   "{D} р-н, СНТ «{V}», уч. {N}", "в/г {K}, д. {N}, кв. {Q}", "военный городок № {K}, д. {N}",
                   "г. {T}-{K}, в/г, д. {N}, кв. {Q}", "ул. {S}, {N}, общ., ком. {Q}", "общежитие, ул. {S}, д. {N}, ком. {Q}",
                   "г. {T}, ул. {S}, {N}, комн. {Q}")),
    # a settlement and its street with no cue word: the address alone between other values
    Family("addr-no-cue-conv", "LOCATION", TUNE, ("{}.", "{} — вызов повторный.", "Выезд: {}", "Упала дома ({})."),
           layouts("{T}, {S} {N}-{Q}", "{T}, ул. {S}, {N}", "{T}, {S}, {N}", "г. {T}, {S} {N}", "{V}, ул. {S} {N}")),
]

BLOCKS: list[BlockFamily] = [
    BlockFamily("addr-oblique-cases-conv", TUNE, _oblique),
    BlockFamily("addr-exports-conv", TUNE, _structured),
    BlockFamily("addr-two-lines-conv", TUNE, _split_line),
    BlockFamily("addr-table-cell-conv", TUNE, _table_cell),
    BlockFamily("addr-register-header-conv", TUNE, _register),
]


def main(argv: list[str] | None = None) -> int:
    """Plant these families alone and print recall per family, with up to ``--show-misses`` misses each."""
    from benchmarks import bench_pii
    from medsyn_dataset.validation.pii import PiiScanner

    parser = argparse.ArgumentParser(prog="pii_address_conventions", description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-family", type=int, default=100)
    parser.add_argument("--show-misses", type=int, default=5)
    args = parser.parse_args(argv)
    notes = bench_pii.rumedtop3("train") or bench_pii.FIXTURE_NOTES
    rows = bench_pii.planted_corpus(notes, args.per_family, families=FAMILIES, blocks=BLOCKS)
    scanner = PiiScanner()
    result = bench_pii.score(rows, scanner.scan_many([text for _, _, text, _ in rows]), args.show_misses)
    scanner.close()
    total: Counter[str] = sum((c for c in result["by_family"].values()), start=Counter())
    for family, c in sorted(result["by_family"].items()):
        print(f"  {family:34} recall {c['hit'] / c['n']:.3f}  half {c['half'] / c['n']:.3f}  exact {c['exact'] / c['n']:.3f}  (n={c['n']})")
        for miss in result["misses"].get(family, []):
            print(f"      miss: {miss}")
    print(f"  {'all':34} recall {total['hit'] / total['n']:.3f}  half {total['half'] / total['n']:.3f}  "
          f"exact {total['exact'] / total['n']:.3f}  (n={total['n']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
