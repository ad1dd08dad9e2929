"""Block families of split 60, part 2: MIS exports (CSV, TSV, JSON, XML, HL7, key=value, fixed width)."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind60_docs import ADDR, BIRTH, DAY, ENP, PHONE, SNILS, Doc
from benchmarks.pii_blind60_gen import (
    addr_val,
    d,
    date_val,
    digits_val,
    email_val,
    inn_val,
    passport_val,
    pers,
    snils_val,
    someone,
    street,
    url_val,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted

P, T, E, U, D, L = "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "DATE_TIME", "LOCATION"
S, INN, PS, OMS, M = "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER"
ISO = date_val("yyyy-mm-dd", birth=True)
TOWN = addr_val("{T}", "{V}")
SNILS_PLAIN = snils_val("XXXXXXXXXXX", "XXX-XXX-XXX XX")
DOC_NAME = pers("F io", "F I O")


def _parts(rng: random.Random, fake: Any, caps: bool) -> tuple[str, str, str]:
    last, first, middle, _, _ = someone(rng, fake)
    if caps:
        return last.upper(), first.upper(), middle.upper()
    return last, first, middle


def _csv(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice((";", ",", "\t"))
    doc = Doc(rng, fake).t(sep.join(("id", "fio", "dr", "snils", "enp", "phone", "icd")) + "\n")
    for _ in range(rng.randrange(2, 4)):
        doc.v(M, digits_val("NXXXXXX", "NXXXXXXXX")).t(sep)
        last, first, middle, _, _ = someone(rng, fake)
        doc.raw(P, " ".join(x for x in (last, first, middle) if x)).t(sep)
        doc.v(D, date_val("dd.mm.yyyy", "yyyy-mm-dd", birth=True)).t(sep).v(S, SNILS).t(sep).v(OMS, ENP).t(sep)
        doc.v(T, PHONE).t(sep + rng.choice(("E11.9", "I10", "J45.0", "C50.4", "N18.3")) + "\n")
    return doc.done()


def _json(rng: random.Random, fake: Any) -> Planted:
    last, first, middle = _parts(rng, fake, False)
    doc = Doc(rng, fake).t('{"patient": {"mis_id": "').v(M, digits_val("NXXXXXXXXX", "NXXXXXXX"))
    doc.t('", "lastName": "').raw(P, last).t('", "firstName": "').raw(P, first)
    if middle:
        doc.t('", "middleName": "').raw(P, middle)
    doc.t('", "birthDate": "').v(D, ISO).t('", "gender": "').t(rng.choice(("M", "F")))
    doc.t('", "snils": "').v(S, SNILS).t('", "oms": "').v(OMS, ENP)
    doc.t('", "address": {"city": "').v(L, TOWN).t('", "street": "').raw(L, street(rng, fake))
    doc.t(f'", "house": "{rng.randrange(1, 99)}"}}, "mobile": "').v(T, PHONE)
    doc.t('", "email": "').v(E, email_val()).t('"}, "visit": {"date": "')
    doc.v(D, date_val("yyyy-mm-ddTHH:MM:00+03:00")).t('", "icd10": "K29.5", "dose_mg": 20}}')
    return doc.done()


def _xml(rng: random.Random, fake: Any) -> Planted:
    last, first, middle = _parts(rng, fake, rng.random() < 0.3)
    doc = Doc(rng, fake).t("<ClinicalDocument>\n  <patientRole>\n    <id root=\"1.2.643.5.1.13\" extension=\"")
    doc.v(M, digits_val("NXXXXXXX")).t("\"/>\n    <snils>").v(S, SNILS_PLAIN).t("</snils>\n")
    doc.t("    <family>").raw(P, last).t("</family><given>").raw(P, first).t("</given>")
    if middle:
        doc.t("<patronymic>").raw(P, middle).t("</patronymic>")
    doc.t("\n    <birthTime value=\"").v(D, date_val("yyyymmdd", birth=True)).t("\"/>\n")
    doc.t("    <addr><city>").v(L, TOWN).t("</city><streetAddressLine>")
    doc.v(L, addr_val("ул. {S}, д. {N}, кв. {Q}", "{S} {N}-{Q}")).t("</streetAddressLine></addr>\n")
    doc.t("    <telecom value=\"tel:").v(T, PHONE).t("\"/>\n  </patientRole>\n")
    doc.t("  <author><name>").v(P, DOC_NAME).t("</name></author>\n</ClinicalDocument>")
    return doc.done()


def _hl7(rng: random.Random, fake: Any) -> Planted:
    last, first, middle = _parts(rng, fake, True)
    doc = Doc(rng, fake).t("MSH|^~\\&|MIS|RKB|LIS|RKB|").v(D, date_val("yyyymmddHHMM"))
    doc.t(f"||ADT^A01|{d(rng, 8)}|P|2.5\r")
    doc.t("PID|1||").v(M, digits_val("NXXXXXX")).t("^^^MIS^MR~").v(OMS, ENP).t("^^^OMS^HC||")
    doc.raw(P, last).t("^").raw(P, first)
    if middle:
        doc.t("^").raw(P, middle)
    doc.t("||").v(D, date_val("yyyymmdd", birth=True)).t("|" + rng.choice("MF") + "|||")
    doc.v(L, addr_val("ул. {S} {N}-{Q}", "{S} д.{N} кв.{Q}")).t("^^").v(L, TOWN).t("^^")
    doc.t(f"{rng.randrange(360000, 678999)}||").v(T, PHONE).t("|||||||").v(S, SNILS)
    doc.t("\rPV1|1|I|CARD^312^2||||").raw(P, DOC_NAME(rng, fake, "nomn").upper()).t("\r")
    return doc.done()


def _keyvalue(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t(f"[{rng.randrange(10, 23)}:{rng.randrange(10, 59)}:0{rng.randrange(10)}] INFO sync_patient ")
    doc.t("emk_id=").v(M, digits_val("NXXXXXXXXX")).t(" fio=\"").v(P, DOC_NAME).t("\" dob=").v(D, ISO)
    doc.t(" enp=").v(OMS, ENP).t(" tel=").v(T, PHONE).t(" status=OK retries=2 took_ms=").t(str(rng.randrange(20, 900)))
    if rng.random() < 0.5:
        doc.t(" lk_url=").v(U, url_val("lk"))
    return doc.done()


def _fixed(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("УЧ  ФАМИЛИЯ И.О.            Д/Р         СНИЛС           ДИАГН\n")
    for _ in range(rng.randrange(2, 5)):
        last, first, middle = _parts(rng, fake, True)
        name = f"{last} {first[0]}.{middle[0] + '.' if middle else ''}"
        doc.t(f"{rng.randrange(1, 30):<4}").raw(P, name).t(" " * max(1, 24 - len(name)))
        doc.v(D, date_val("dd.mm.yyyy", birth=True)).t("  ").v(S, SNILS).t("  ")
        doc.t(rng.choice(("E11.9", "I11.9", "J44.1", "I63.5")) + "\n")
    return doc.done()


def _appointments(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("Запись к врачу-эндокринологу на ").v(D, date_val("dd.mm.yyyy", "d MG"))
    doc.t(", каб. 214\n")
    for hour in range(9, 9 + rng.randrange(2, 4)):
        doc.t(f"{hour}:{rng.choice(('00', '20', '40'))}  ").v(P, DOC_NAME).t("  ")
        doc.v(T, PHONE).t(rng.choice(("  первичн.", "  повт.", "  ЕПГУ")) + "\n")
    doc.t("Колл-центр 122 / 8-800-100-36-00")
    return doc.done()


def _passport_form(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("Сведения о пациенте (заполняется регистратором)\n")
    doc.t("Документ: ").t(rng.choice(("паспорт РФ", "Паспорт гражданина РФ", "ПАСПОРТ"))).t(" сер./№ ")
    doc.v(PS, passport_val("XX XX XXXXXX", "XXXX XXXXXX", "XXXX/XXXXXX")).t("  дата выдачи ").v(D, DAY)
    doc.t("\nИНН ").v(INN, inn_val("XXXXXXXXXXXX")).t("   СНИЛС ").v(S, SNILS).t("\nПолис ").v(OMS, ENP)
    doc.t("\nМесто рождения: ").v(L, addr_val("г. {A}", "{V}", "гор. {T}", "{A}, {C}"))
    doc.t("\nАдрес: ").v(L, ADDR).t("\nТел. ").v(T, PHONE).t("   Эл. почта: ").v(E, email_val(caps=0.2))
    return doc.done()


def _sms_log(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("Журнал оповещений МИС\n")
    for _ in range(rng.randrange(2, 4)):
        doc.v(D, date_val("dd.mm.yyyy HH:MM", "dd.mm HH:MM")).t(" -> ").v(T, PHONE).t(" : «")
        doc.t(rng.choice(("Вам назначен прием на ", "Готовы результаты анализов от ", "Напоминаем о вакцинации ")))
        doc.v(D, date_val("dd.mm", "d MG")).t("» статус: доставлено\n")
    doc.t("Отправлено также на ").v(E, email_val()).t(", ссылка ").v(U, url_val("lk"))
    return doc.done()


def _tsv_vacc(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("ФИО\tДата рожд.\tАдрес\tПрепарат\tСерия\tДата\n")
    for _ in range(rng.randrange(2, 4)):
        doc.v(P, DOC_NAME).t("\t").v(D, BIRTH).t("\t").v(L, addr_val("{T}, {S} {N}-{Q}", "{V}, {S}, {N}")).t("\t")
        doc.t(rng.choice(("Спутник V\tI-1150321", "Гриппол плюс\t1020521", "АДС-М\tN123"))).t("\t").v(D, DAY).t("\n")
    doc.t("Всего привито: ").t(str(rng.randrange(10, 90)))
    return doc.done()


BLOCKS_B: list[BlockFamily] = [
    BlockFamily("b60-exp-csv", HELDOUT, _csv),
    BlockFamily("b60-exp-json-mis", HELDOUT, _json),
    BlockFamily("b60-exp-xml-cda", HELDOUT, _xml),
    BlockFamily("b60-exp-hl7-adt", HELDOUT, _hl7),
    BlockFamily("b60-exp-keyvalue-log", HELDOUT, _keyvalue),
    BlockFamily("b60-exp-fixed-width", HELDOUT, _fixed),
    BlockFamily("b60-exp-appointments", HELDOUT, _appointments),
    BlockFamily("b60-exp-registrar-form", HELDOUT, _passport_form),
    BlockFamily("b60-exp-sms-log", HELDOUT, _sms_log),
    BlockFamily("b60-exp-tsv-vaccination", HELDOUT, _tsv_vacc),
]
