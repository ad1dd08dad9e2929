"""Key-value exports of the blind31 split (JSON, XML, CSV, HL7) and the fragment builder of its blocks.

A fragment is a list of parts: plain text (including look-alikes that are not PII) or ``(type, value)``.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind31_gen import address_layout, date_layout, raw_person, translit
from benchmarks.pii_blind31_ids import (
    email,
    enp_digits,
    inn_layout,
    mrn_layout,
    oms_layout,
    passport_parts,
    phone_layout,
    snils_digits,
    snils_layout,
)
from benchmarks.pii_families import Planted

P, D, L, PH = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
E, U, SN, INN = "EMAIL_ADDRESS", "URL", "RU_SNILS", "RU_INN"
PAS, OMS, MRN = "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER"


def build(parts: list[Any]) -> Planted:
    text, golds = "", []
    for part in parts:
        if isinstance(part, str):
            text += part
        else:
            kind, value = part
            golds.append((kind, len(text), len(text) + len(value)))
            text += value
    return Planted(text, golds)


def _org_inn(rng: random.Random) -> str:
    return f"{rng.randint(1000, 9999)}{rng.randint(100000, 999999)}"


def json_export(rng: random.Random, fake: Any) -> Planted:
    sur, first, patr, female = raw_person(rng, fake)
    s = snils_digits(rng)
    values = [
        ("patient_id", MRN, mrn_layout(rng, "mis")),
        ("last_name", P, sur),
        ("first_name", P, first),
        ("middle_name", P, patr),
        ("birth_date", D, date_layout(rng, "iso")),
        ("snils", SN, s),
        ("enp", OMS, enp_digits(rng)),
        ("phone", PH, phone_layout(rng, "plus7_flat")),
        ("email", E, email(rng, fake, "nomn")),
        ("address", L, address_layout(rng, fake, "index_first")),
    ]
    parts: list[Any] = ['{"resourceType": "Patient", "gender": "' + ("female" if female else "male") + '", ']
    for i, (key, kind, value) in enumerate(values):
        parts += [f'"{key}": "', (kind, value), '"' + (", " if i < len(values) - 1 else "")]
    parts.append(', "org_inn": "' + _org_inn(rng) + '", "ward": "7", "dose_mg": 500}')
    return build(parts)


def xml_export(rng: random.Random, fake: Any) -> Planted:
    sur, first, patr, _ = raw_person(rng, fake)
    se, no = passport_parts(rng)
    return build(
        [
            '<patient>\n  <id root="1.2.643.5.1.13" extension="',
            (MRN, mrn_layout(rng, "emk")),
            '"/>\n',
            "  <family>",
            (P, sur),
            "</family><given>",
            (P, first),
            "</given><given>",
            (P, patr),
            "</given>\n",
            '  <birthTime value="',
            (D, date_layout(rng, "yyyymmdd")),
            '"/>\n',
            '  <doc type="passport"><series>',
            (PAS, se),
            "</series><number>",
            (PAS, no),
            "</number></doc>\n",
            "  <inn>",
            (INN, inn_layout(rng, "flat")),
            "</inn>\n",
            '  <telecom value="tel:',
            (PH, phone_layout(rng, "plus7_flat")),
            '"/>\n',
            "  <addr>",
            (L, address_layout(rng, fake, rng.choice(("city_full", "region_city")))),
            "</addr>\n",
            '  <dose unit="mg">10</dose><icd>E11.9</icd>\n</patient>',
        ]
    )


def csv_row(rng: random.Random, fake: Any) -> Planted:
    sur, first, patr, _ = raw_person(rng, fake)
    return build(
        [
            "card_no;fio;dob;snils;policy;phone;icd;ward\n",
            (MRN, mrn_layout(rng, rng.choice(("ak_letters", "ib_slash")))),
            ";",
            (P, f"{sur} {first} {patr}"),
            ";",
            (D, date_layout(rng, "dmy")),
            ";",
            (SN, snils_layout(rng, rng.choice(("std", "flat")))),
            ";",
            (OMS, oms_layout(rng, "flat")),
            ";",
            (PH, phone_layout(rng, rng.choice(("eight_dash", "plus7")))),
            ";J44.1;12",
        ]
    )


def hl7(rng: random.Random, fake: Any) -> Planted:
    sur, first, patr, female = raw_person(rng, fake)
    ts = f"{rng.randint(2020, 2026)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
    return build(
        [
            "MSH|^~\\&|MIS|GKB|LIS|LAB|",
            (D, ts),
            "||ADT^A01|",
            str(rng.randint(10**5, 10**6)),
            "|P|2.5\n",
            "PID|1||",
            (MRN, mrn_layout(rng, "hl7")),
            "||",
            (P, translit(sur).upper()),
            "^",
            (P, translit(first).upper()),
            "^",
            (P, translit(patr).upper()),
            "||",
            (D, date_layout(rng, "yyyymmdd")),
            "|",
            "F" if female else "M",
            "|||",
            (L, address_layout(rng, fake, "city_short")),
            "||",
            (PH, phone_layout(rng, "eight_par")),
            "\n",
            "PV1|1|I|KARD^512^2",
        ]
    )
