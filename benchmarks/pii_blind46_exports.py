"""Exports for blind split 46: registers and system messages of military, police and forensic services
(CSV, TSV, JSON, XML, HL7 v2, key=value logs, fixed-width journals)."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind46_gen import (
    DOB,
    HELD,
    Doc,
    addr,
    case_no,
    d,
    enp_v,
    expert_no,
    fmt_date,
    inn_v,
    letters,
    lichny_nomer,
    link,
    mail,
    name,
    passport_v,
    person_parts,
    snils_v,
    tel,
    town,
    ud_kusp,
)
from benchmarks.pii_families import BlockFamily, Planted

P, PH, DT, LOC, MRN = "PERSON", "PHONE_NUMBER", "DATE_TIME", "LOCATION", "MEDICAL_RECORD_NUMBER"
R = random.Random


def dtp_csv(rng: R, fake: Any) -> Planted:
    sep = rng.choice((";", ",", ";"))
    x = Doc().t(sep.join(("№ п/п", "ФИО пострадавшего", "Дата рождения", "Адрес", "Дата/время поступления", "№ И/Б",
                          "Телефон")) + "\n")
    for i in range(rng.randrange(2, 4)):
        x.t(f"{i + 1}{sep}").v(P, name(rng, fake, "nomn", ("F I O", "F io"), 0.3, 0.2)).t(sep)
        x.v(DT, fmt_date(rng, rng.choice(("dd.mm.yyyy", "yyyy-mm-dd")), "dob")).t(sep + '"')
        x.v(LOC, addr(rng, fake, True)).t('"' + sep)
        x.v(DT, fmt_date(rng, rng.choice(("dd.mm.yyyy hh:nn", "yyyy-mm-dd hh:nn")))).t(sep).v(MRN, case_no(rng)).t(sep)
        if rng.random() < 0.7:
            x.v(PH, tel(rng))
        x.t("\n")
    return x.done()


def conscripts_tsv(rng: R, fake: Any) -> Planted:
    x = Doc().t("фамилия\tимя\tотчество\tд.р.\tудост.призывника\tснилс\tкатегория\n")
    for _ in range(rng.randrange(2, 4)):
        last, first, middle, _female = person_parts(rng, fake, 0.35)
        x.v(P, last).t("\t").v(P, first).t("\t").v(P, middle).t("\t")
        x.v(DT, fmt_date(rng, rng.choice(("dd.mm.yyyy", "dd.mm.yy")), "conscript")).t("\t")
        x.v(MRN, f"{letters(rng)}{rng.choice((' ', ''))}{d(rng, 7)}").t("\t")
        x.v("RU_SNILS", snils_v(rng, rng.choice(("XXXXXXXXXXX", "XXX-XXX-XXX XX")))).t("\t")
        x.t(rng.choice(("А-1", "Б-3", "Г", "В", "Д")) + "\n")
    return x.done()


def mis_json_307(rng: R, fake: Any) -> Planted:
    x = Doc().t('{"doc_type": "307/у-05", "act_no": "').v(MRN, d(rng, 4, True)).t('", "patient": {"fio": "')
    x.v(P, name(rng, fake, "nomn", ("F I O",), 0.3)).t('", "birth_date": "').v(DT, fmt_date(rng, "yyyy-mm-dd", "dob"))
    x.t('", "snils": "').v("RU_SNILS", snils_v(rng, rng.choice(("XXXXXXXXXXX", "XXX-XXX-XXX XX"))))
    x.t('", "address": "').v(LOC, addr(rng, fake)).t('"}, "started": "')
    x.v(DT, fmt_date(rng, rng.choice(("yyyy-mm-ddThh:nn:00", "yyyy-mm-dd hh:nn")))).t('", "referred_by": "')
    x.v(P, name(rng, fake, "nomn", ("F io", "F I O"), 0.1)).t('", "result": "установлено состояние опьянения", ')
    x.t('"alco_mg_l": 0.' + d(rng, 2) + "}")
    return x.done()


def egisz_xml(rng: R, fake: Any) -> Planted:
    last, first, middle, _female = person_parts(rng, fake, 0.3)
    x = Doc().t("<MilitaryExam>\n  <Person>\n    <LastName>").v(P, last).t("</LastName>\n    <FirstName>").v(P, first)
    x.t("</FirstName>\n    <MiddleName>").v(P, middle).t("</MiddleName>\n    <BirthDate>")
    x.v(DT, fmt_date(rng, "yyyy-mm-dd", "conscript")).t("</BirthDate>\n    <Snils>")
    x.v("RU_SNILS", snils_v(rng, "XXXXXXXXXXX")).t("</Snils>\n    <Enp>").v("RU_OMS_POLICY", enp_v(rng))
    x.t("</Enp>\n    <PersonalNumber>").v(MRN, lichny_nomer(rng)).t("</PersonalNumber>\n  </Person>\n")
    x.t("  <Commission date=\"").v(DT, fmt_date(rng, "yyyy-mm-dd")).t("\" category=\"Б\"/>\n  <Contact phone=\"")
    x.v(PH, tel(rng, "mobile")).t("\" email=\"").v("EMAIL_ADDRESS", mail(rng, fake)).t("\"/>\n</MilitaryExam>")
    return x.done()


def hl7_adt(rng: R, fake: Any) -> Planted:
    last, first, middle, female = person_parts(rng, fake, 0.3)
    stamp = fmt_date(rng, "yyyymmddhhnn")
    x = Doc().t("MSH|^~\\&|MIS|FSIN_MCH|HIS|GKB|").v(DT, stamp).t(f"||ADT^A01|{d(rng, 8)}|P|2.5\r")
    x.t("PID|1||").v(MRN, d(rng, rng.choice((7, 8, 9)), True)).t("^^^FSIN^MR~").v("RU_SNILS", snils_v(rng, "XXXXXXXXXXX"))
    x.t("^^^PFR^SS||").v(P, last).t("^").v(P, first).t("^").v(P, middle).t("||")
    x.v(DT, fmt_date(rng, "yyyymmdd", "dob")).t(f"|{'F' if female else 'M'}|||")
    x.v(LOC, f"ул. {fake.street_title()}, д. {rng.randrange(1, 150)}^^{town(fake)}").t("||").v(PH, tel(rng)).t("\r")
    x.t("PV1|1|I|ХИР^12^1||||^").v(P, name(rng, fake, "nomn", ("F I O",), 0.1).replace(" ", "^")).t("|||||||||||")
    x.v(MRN, d(rng, 6, True)).t("|||||||||||||||||||||||||").v(DT, fmt_date(rng, "yyyymmddhhnn")).t("\r")
    x.t("ZCV|конвой|ИВС\r")
    return x.done()


def request_log(rng: R, fake: Any) -> Planted:
    x = Doc()
    for _ in range(rng.randrange(2, 4)):
        x.t("ts=").v(DT, fmt_date(rng, rng.choice(("yyyy-mm-ddThh:nn:00", "dd.mm.yyyy hh:nn:00")))).t(" source=")
        x.t(rng.choice(("omvd", "sk", "voenkomat", "fssp"))).t(" kusp=").v(MRN, ud_kusp(rng)).t(' subject="')
        x.v(P, name(rng, fake, "nomn", ("F I O", "F io"), 0.3)).t('" dob=').v(DT, fmt_date(rng, "dd.mm.yyyy", "dob"))
        x.t(" reply_to=").v("EMAIL_ADDRESS", mail(rng, fake)).t(" status=").t(rng.choice(("sent", "new", "overdue")))
        x.t("\n")
    return x.done()


def expertise_journal(rng: R, fake: Any) -> Planted:
    x = Doc().t("ЖУРНАЛ РЕГИСТРАЦИИ ЭКСПЕРТИЗ ЖИВЫХ ЛИЦ\n")
    x.t(f"{'№':<10}{'Дата':<12}{'ФИО освидетельствуемого':<38}{'Г.р.':<6}{'Кем назначена':<24}\n")
    for _ in range(rng.randrange(2, 4)):
        no, date_, person = expert_no(rng), fmt_date(rng, "dd.mm.yyyy"), name(rng, fake, "nomn", ("F I O", "F io"), 0.3)
        year = fmt_date(rng, "yyyy", "dob")
        officer = name(rng, fake, "nomn", ("F io",), 0.1)
        x.v(MRN, no).t(" " * max(1, 10 - len(no))).v(DT, date_).t("  ").v(P, person).t(" " * max(1, 38 - len(person)))
        x.v(DT, year).t("  ОМВД, ").v(P, officer).t("\n")
    return x.done()


def kv_detainee(rng: R, fake: Any) -> Planted:
    sep = rng.choice(("=", ": "))
    x = Doc().t(f"card_type{sep}осмотр_задержанного\n")
    x.t(f"fio{sep}").v(P, name(rng, fake, "nomn", ("F I O",), 0.35, 0.5)).t("\n")
    x.t(f"birth{sep}").v(DT, fmt_date(rng, rng.choice(DOB), "dob")).t("\n")
    x.t(f"passport{sep}").v("RU_PASSPORT", passport_v(rng, rng.choice(("XXXXXXXXXX", "XXXX XXXXXX", "XX XX XXXXXX"))))
    x.t(f"\ninn{sep}").v("RU_INN", inn_v(rng)).t(f"\nreg_addr{sep}").v(LOC, addr(rng, fake)).t("\n")
    x.t(f"exam_dt{sep}").v(DT, fmt_date(rng, "dd.mm.yyyy hh:nn")).t(f"\nconvoy_phone{sep}").v(PH, tel(rng)).t("\n")
    x.t(f"photo_url{sep}").v("URL", link(rng, fake)).t("\n")
    return x.done()


def referral_json(rng: R, fake: Any) -> Planted:
    x = Doc().t("{\n  \"referral\": {\"number\": \"").v(MRN, f"{d(rng, 3, True)}/{d(rng, 2)}").t("\", \"date\": \"")
    x.v(DT, fmt_date(rng, "dd.mm.yyyy")).t("\"},\n  \"conscript\": {\"name\": \"")
    x.v(P, name(rng, fake, "nomn", ("F I O",), 0.35)).t("\", \"oms\": \"").v("RU_OMS_POLICY", enp_v(rng))
    x.t("\", \"inn\": \"").v("RU_INN", inn_v(rng)).t("\", \"phone\": \"").v(PH, tel(rng, "mobile"))
    x.t("\"},\n  \"results_url\": \"").v("URL", link(rng, fake)).t("\",\n  \"commissar\": \"")
    x.v(P, name(rng, fake, "nomn", ("F io", "io F"), 0.1)).t("\"\n}")
    return x.done()


def scan_gibdd_card(rng: R, fake: Any) -> Planted:
    x = Doc().t("СВЕДЕНИЯ О ПОСТРАДАВШЕМ В ДТП (скан, распознано)\n")
    x.t(rng.choice(("Ф И О: ", "Ф.И.0.: ", "ФИ0 "))).v(P, name(rng, fake, "nomn", ("F I O",), 0.3, 0.6)).t("\n")
    x.t(rng.choice(("Дата рожд: ", "Дата p0ждения: ", "д.р "))).v(DT, fmt_date(rng, rng.choice(("dd.mm.yyyy", "dd. mm. yyyy")), "dob"))
    x.t("\n").t(rng.choice(("Адрес: ", "Адpес: ", "А дрес "))).v(LOC, addr(rng, fake)).t("\n")
    x.t(rng.choice(("Полис ОМС ", "П0лис 0МС ", "полис "))).v("RU_OMS_POLICY", enp_v(rng, rng.choice(("XXXXXXXXXXXXXXXX",
                                                                                                       "XXXX XXXX XXXX XXXX"))))
    x.t("\nДата ДТП ").v(DT, fmt_date(rng, rng.choice(("dd.mm.yyyy", "dd.mm.yyyy hh:nn")))).t(" ; тяжесть вреда: средняя\n")
    x.t("Сообщено: ").v("EMAIL_ADDRESS", mail(rng, fake))
    return x.done()


EXPORT_BLOCKS: list[BlockFamily] = [
    BlockFamily("b46-dtp-csv", HELD, dtp_csv),
    BlockFamily("b46-conscripts-tsv", HELD, conscripts_tsv),
    BlockFamily("b46-mis-json-307", HELD, mis_json_307),
    BlockFamily("b46-egisz-xml", HELD, egisz_xml),
    BlockFamily("b46-hl7-adt-fsin", HELD, hl7_adt),
    BlockFamily("b46-request-log-kv", HELD, request_log),
    BlockFamily("b46-expertise-journal-fixed", HELD, expertise_journal),
    BlockFamily("b46-detainee-kv", HELD, kv_detainee),
    BlockFamily("b46-referral-json", HELD, referral_json),
    BlockFamily("b46-scan-gibdd-card", HELD, scan_gibdd_card),
]
