"""Blind split 57, short mixed fragments: a few values of different kinds in one piece of paperwork
(a passport page typed into an admission note, a referral header, a lab request, a call card, a MIS
export row in CSV/TSV/JSON/XML/HL7/key=value, a sick-leave line, a certificate, a foreign patient's papers).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from benchmarks.pii_blind57_gen import (
    date57,
    email57,
    enp57,
    inn57,
    mrn57,
    old_oms57,
    passport57,
    person57,
    place57,
    snils57,
    url57,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Maker, Planted, phone

H = HELDOUT
Part = str | tuple[str, Maker] | tuple[str, Maker, str]


def assemble(*parts: Part) -> Callable[[random.Random, Any], Planted]:
    """Literal strings and (type, maker[, case]) slots, joined as given."""

    def make(rng: random.Random, fake: Any) -> Planted:
        text, golds = "", []
        for part in parts:
            if isinstance(part, str):
                text += part
                continue
            kind, maker = part[0], part[1]
            value = maker(rng, fake, part[2] if len(part) > 2 else "nomn")
            golds.append((kind, len(text), len(text) + len(value)))
            text += value
        return Planted(text, golds)

    return make


def one_of(*makers: Callable[[random.Random, Any], Planted]) -> Callable[[random.Random, Any], Planted]:
    return lambda rng, fake: rng.choice(makers)(rng, fake)


def name_parts() -> tuple[Maker, Maker]:
    """Two makers for one person: the first makes a name and gives its surname, the second its first name
    (for exports that put them in separate fields; called in this order by :func:`assemble`)."""
    held: list[str] = []

    def surname(rng: random.Random, fake: Any, case: str) -> str:
        full = person57("F I")(rng, fake, case)
        held[:] = full.split(" ", 1)
        return held[0]

    def given(rng: random.Random, fake: Any, case: str) -> str:
        return held[1]

    return surname, given


XML_F, XML_I = name_parts()
HL7_F, HL7_I = name_parts()
P_FULL = person57("F I O")
P_SHORT = person57("F io", "F i o")
BIRTH = date57("dd.mm.yyyy", past="-90y")
EVENT = date57("dd.mm.yyyy")
MOB = phone("+7 (AAA) BBB-CC-DD", "8AAABBBCCDD", "8 AAA BBB-CC-DD", "+7AAABBBCCDD")
ADDR = place57("г. {T}, ул. {S}, д. {N}, кв. {Q}", "{R}, {D} р-н, с. {V}, ул. {S}, {N}", "{T}, {k} {S} {N}-{Q}")
ENP = enp57("XXXXXXXXXXXXXXXX")
SNILS = snils57("XXX-XXX-XXX XX", "XXXXXXXXXXX")

BLOCKS: list[BlockFamily] = [
    BlockFamily("b57-block-admission-passport-line", H, assemble(
        "Поступил(а) ", ("PERSON", P_FULL), ", ", ("DATE_TIME", BIRTH), " г.р., паспорт ",
        ("RU_PASSPORT", passport57("SS SS XXXXXX", "SSSS XXXXXX")), ", в приемном покое АД 170/100, ЧСС 104.")),
    BlockFamily("b57-block-referral-header", H, assemble(
        "НАПРАВЛЕНИЕ № ", ("MEDICAL_RECORD_NUMBER", mrn57("referral")), "\nна госпитализацию в кардиологическое "
        "отделение\nФИО: ", ("PERSON", P_FULL), "\nПолис ОМС ", ("RU_OMS_POLICY", ENP), "\nДиагноз: I20.8\n")),
    BlockFamily("b57-block-lab-request", H, assemble(
        "Бланк-заказ, проба ", ("MEDICAL_RECORD_NUMBER", mrn57("sample")), "; ", ("PERSON", P_SHORT),
        ", взятие ", ("DATE_TIME", date57("dd.mm.yyyy HH:MM", "dd.mm.yy HH:MM")), "; ОАК, СРБ, глюкоза.")),
    BlockFamily("b57-block-call-card", H, one_of(
        assemble("Вызов № ", ("MEDICAL_RECORD_NUMBER", mrn57("call")), " принят ",
                 ("DATE_TIME", date57("dd.mm.yyyy в HH:MM")), ", адрес: ", ("LOCATION", ADDR),
                 ", вызывает сосед, тел. ", ("PHONE_NUMBER", MOB), ". Повод: без сознания."),
        assemble("к/в ", ("MEDICAL_RECORD_NUMBER", mrn57("call")), " адр ",
                 ("LOCATION", place57("{S} {N} кв {Q}", "ул {S} д {N}")), " т. ", ("PHONE_NUMBER", MOB),
                 " боль в животе 2 сут"))),
    BlockFamily("b57-block-mis-csv", H, assemble(
        "id;fio;birth;snils;oms\n", ("MEDICAL_RECORD_NUMBER", mrn57("emk")), ";", ("PERSON", P_FULL), ";",
        ("DATE_TIME", date57("dd.mm.yyyy", "yyyy-mm-dd", past="-90y")), ";", ("RU_SNILS", SNILS), ";",
        ("RU_OMS_POLICY", ENP), "\n")),
    BlockFamily("b57-block-json-patient", H, assemble(
        '{"patientId": "', ("MEDICAL_RECORD_NUMBER", mrn57("emk")), '", "name": "', ("PERSON", P_FULL),
        '", "phone": "', ("PHONE_NUMBER", phone("+7AAABBBCCDD", "8AAABBBCCDD")), '", "email": "',
        ("EMAIL_ADDRESS", email57()), '", "diag": "E11.9"}')),
    BlockFamily("b57-block-xml-semd", H, assemble(
        "<patient>\n  <id root=\"1.2.643.100.3\" extension=\"", ("RU_SNILS", snils57("XXXXXXXXXXX")),
        "\"/>\n  <family>", ("PERSON", XML_F), "</family>\n  <given>", ("PERSON", XML_I),
        "</given>\n  <birthTime value=\"", ("DATE_TIME", date57("yyyymmdd", past="-90y")),
        "\"/>\n  <inn>", ("RU_INN", inn57("XXXXXXXXXXXX")), "</inn>\n</patient>")),
    BlockFamily("b57-block-hl7-pid", H, assemble(
        "MSH|^~\\&|LIS|GKB4|MIS|GKB4|", ("DATE_TIME", date57("yyyymmddHHMM")), "||ORU^R01|1|P|2.5\rPID|1||",
        ("MEDICAL_RECORD_NUMBER", mrn57("emk")), "^^^MIS||", ("PERSON", HL7_F), "^",
        ("PERSON", HL7_I), "||", ("DATE_TIME", date57("yyyymmdd", past="-90y")), "|U|||",
        ("LOCATION", place57("ул. {S}, д. {N}^^{T}")), "||", ("PHONE_NUMBER", phone("8AAABBBCCDD", "+7AAABBBCCDD")),
        "\r")),
    BlockFamily("b57-block-key-value-log", H, assemble(
        "event=visit patient_id=", ("MEDICAL_RECORD_NUMBER", mrn57("emk")), " ts=",
        ("DATE_TIME", date57("yyyy-mm-ddTHH:MM:00", "yyyy-mm-dd HH:MM")), " email=", ("EMAIL_ADDRESS", email57()),
        " status=done")),
    BlockFamily("b57-block-sick-leave-line", H, assemble(
        "ЭЛН ", ("MEDICAL_RECORD_NUMBER", mrn57("eln")), " открыт ", ("DATE_TIME", EVENT), ", ",
        ("PERSON", P_SHORT), ", СНИЛС ", ("RU_SNILS", SNILS), ", место работы — ООО «Вектор».")),
    BlockFamily("b57-block-certificate-086", H, assemble(
        "Справка 086/у выдана ", ("PERSON", person57("F I O", cis=0.4), "datv"), ", ", ("DATE_TIME", BIRTH),
        " г.р., проживающему(ей): ", ("LOCATION", ADDR), ". Противопоказаний к обучению нет.")),
    BlockFamily("b57-block-foreign-patient", H, assemble(
        "Гр. ", ("PERSON", person57("F I", "F I O", cis=1.0)), ", нац. паспорт ",
        ("MEDICAL_RECORD_NUMBER", mrn57("foreign_pass")), ", миграционная карта ",
        ("MEDICAL_RECORD_NUMBER", mrn57("migration")), ", полиса нет; тел. ", ("PHONE_NUMBER", MOB), ".")),
    BlockFamily("b57-block-tsv-visits", H, assemble(
        "дата\tпациент\tкарта\tврач\n", ("DATE_TIME", EVENT), "\t", ("PERSON", P_SHORT), "\t",
        ("MEDICAL_RECORD_NUMBER", mrn57("card")), "\t", ("PERSON", P_SHORT), "\n")),
    BlockFamily("b57-block-guardian-consent", H, assemble(
        "Согласие подписано матерью ребенка — ", ("PERSON", person57("F I O", sex="f"), "ablt"), " (паспорт ",
        ("RU_PASSPORT", passport57("SSSS XXXXXX", "SS SS XXXXXX")), "); свидетельство о рождении ",
        ("MEDICAL_RECORD_NUMBER", mrn57("birth_cert")), ".")),
    BlockFamily("b57-block-contacts-footer", H, assemble(
        "Пациент: ", ("PERSON", P_SHORT), " | ", ("PHONE_NUMBER", MOB), " | ", ("EMAIL_ADDRESS", email57()),
        " | соцсеть: ", ("URL", url57(0, 2)))),
    BlockFamily("b57-block-fixed-width-register", H, assemble(
        ("RU_OMS_POLICY", old_oms57()), "   ", ("PERSON", person57("F io")), "   ",
        ("DATE_TIME", date57("dd.mm.yyyy", past="-90y")), "   ", ("RU_INN", inn57("XXXXXXXXXXXX")), "   ",
        ("MEDICAL_RECORD_NUMBER", mrn57("card")))),
    BlockFamily("b57-block-driver-exam", H, assemble(
        "Осмотр водителя ", ("PERSON", person57("F io", "F I O"), "gent"), ", в/у ",
        ("MEDICAL_RECORD_NUMBER", mrn57("driver")), ", ", ("DATE_TIME", date57("dd.mm.yyyy HH:MM")),
        ", АД 130/80, пульс 72, алкотест 0,00 мг/л — допущен.")),
]
