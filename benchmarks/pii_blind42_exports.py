"""Blind split 42, short mixed fragments (2/2): what the hospital's systems export about one
patient (an HL7 v2 PID segment, a CSV register row, a JSON record, an XML fragment, a fixed-width
register line and a key=value audit line)."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind42_gen import build, enp_v, ident, link, mail, names, place, snils_v, tel, when
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted

P, D, L, PH, E, U = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL"
S, OMS_T, M = "RU_SNILS", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER"

_SNILS = snils_v("XXX-XXX-XXX XX", "XXXXXXXXXXX")
_ENP = enp_v("XXXXXXXXXXXXXXXX")
_MOB = tel("+7MMMXXXXXXX", "8MMMXXXXXXX", "+7 (MMM) XXX-XX-XX", "8-MMM-XXX-XX-XX")
_ADDR = place("г. {T}, ул. {S}, д. {N}, кв. {Q}", "{T}, {St}, {N}-{Q}", "{R}, {V}, ул. {S}, д. {N}")


def _v(maker: Any, rng: random.Random, fake: Any) -> str:
    return maker(rng, fake, "nomn")


def hl7_pid(rng: random.Random, fake: Any) -> Planted:
    surname, first, patr = _v(names("F I O", ethnic=0.2), rng, fake).split(" ", 2)
    sex = "F" if patr.endswith(("вна", "чна", "кызы")) else "M"
    return build(
        "MSH|^~\\&|MIS|GKB1|LIS|LAB|||ADT^A01|MSG00017|P|2.5\nPID|1||",
        (M, _v(ident("ZXXXXXX", "ZXXXXXXX"), rng, fake)), "^^^MIS^MR~", (S, _v(snils_v("XXXXXXXXXXX"), rng, fake)),
        "^^^PFR^SNILS||", (P, f"{surname}^{first}^{patr}"), "||",
        (D, _v(when("{yyyy}{mm}{dd}", born=True), rng, fake)), "|", sex, "|||",
        (L, _v(place("г. {T}, ул. {S}, д. {N}, кв. {Q}", "{T}, {St}, д. {N}"), rng, fake)), "^^^^^RU^H||",
        (PH, _v(tel("+7MMMXXXXXXX", "8MMMXXXXXXX"), rng, fake)), "\nPV1|1|I|TER^12^3")


def csv_row(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice((";", ",", "\t"))
    quote = '"' if sep == "," else ""
    return build(
        sep.join(("№ карты", "ФИО", "Дата рождения", "СНИЛС", "Полис ОМС", "Телефон")), "\n",
        (M, _v(ident("ZXXXX", "ZXXXX/y"), rng, fake)), sep, quote, (P, _v(names("F I O", ethnic=0.2), rng, fake)), quote, sep,
        (D, _v(when("{dd}.{mm}.{yyyy}", born=True), rng, fake)), sep, (S, _v(_SNILS, rng, fake)), sep,
        (OMS_T, _v(_ENP, rng, fake)), sep, (PH, _v(_MOB, rng, fake)), "\n")


def json_record(rng: random.Random, fake: Any) -> Planted:
    return build(
        '{"patientId": "', (M, _v(ident("ZXXXXXXX", "P-ZXXXXXX"), rng, fake)), '", "fullName": "',
        (P, _v(names("F I O", ethnic=0.2), rng, fake)), '", "birthDate": "',
        (D, _v(when("{yyyy}-{mm}-{dd}", born=True), rng, fake)), '", "snils": "', (S, _v(snils_v("XXXXXXXXXXX"), rng, fake)),
        '", "address": "', (L, _v(_ADDR, rng, fake)), '", "email": "', (E, _v(mail(), rng, fake)),
        '", "diagnosis": "I11.9"}')


def xml_fragment(rng: random.Random, fake: Any) -> Planted:
    return build(
        "<patient>\n  <id root=\"1.2.643.5.1.13.13.12.2.77.7803.100.1.1.17\" extension=\"",
        (M, _v(ident("ZXXXXXXX"), rng, fake)), "\"/>\n  <name>", (P, _v(names("F I O", ethnic=0.2), rng, fake)),
        "</name>\n  <birthTime value=\"", (D, _v(when("{yyyy}{mm}{dd}", born=True), rng, fake)), "\"/>\n  <policy>",
        (OMS_T, _v(_ENP, rng, fake)), "</policy>\n  <telecom value=\"tel:", (PH, _v(tel("+7MMMXXXXXXX"), rng, fake)),
        "\"/>\n  <telecom value=\"mailto:", (E, _v(mail(), rng, fake)), "\"/>\n</patient>")


def fixed_width(rng: random.Random, fake: Any) -> Planted:
    card = _v(ident("ZXXXXX"), rng, fake)
    fio = _v(names("F I O", ethnic=0.2, caps=0.5), rng, fake)
    born = _v(when("{dd}.{mm}.{yyyy}", born=True), rng, fake)
    snils = _v(snils_v("XXX-XXX-XXX XX"), rng, fake)
    town = _v(place("{T}"), rng, fake)
    return build(
        "КАРТА  ФИО                                     ДР          СНИЛС           НАС.ПУНКТ\n",
        (M, card), " " * (7 - len(card)), (P, fio), " " * max(1, 40 - len(fio)), (D, born), "  ",
        (S, snils), "  ", (L, town), "\n")


def audit_line(rng: random.Random, fake: Any) -> Planted:
    return build(
        "[INFO] export: patient_id=", (M, _v(ident("ZXXXXXXX"), rng, fake)), " fio=\"",
        (P, _v(names("F I O", "F io", ethnic=0.2), rng, fake)), "\" phone=", (PH, _v(_MOB, rng, fake)),
        " email=", (E, _v(mail(), rng, fake)), " link=", (U, _v(link(), rng, fake)), " status=sent")


BLOCKS_B: list[BlockFamily] = [
    BlockFamily("b42-export-hl7-pid", HELDOUT, hl7_pid),
    BlockFamily("b42-export-csv-row", HELDOUT, csv_row),
    BlockFamily("b42-export-json", HELDOUT, json_record),
    BlockFamily("b42-export-xml", HELDOUT, xml_fragment),
    BlockFamily("b42-export-fixed-width", HELDOUT, fixed_width),
    BlockFamily("b42-export-audit-line", HELDOUT, audit_line),
]
