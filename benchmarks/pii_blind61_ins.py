"""Block families of blind split 61: insurance claims, insurers' and banks' requests, ДМС letters, exports."""

from __future__ import annotations

import json
import random
from typing import Any

from benchmarks.pii_blind61_common import (
    Doc,
    addr_legal,
    any_form,
    birth,
    date_legal,
    dt_time,
    email_v,
    enp,
    inn10,
    inn12,
    ins_policy,
    mrn,
    old_oms,
    org_phone,
    out_no,
    passport,
    phone_v,
    snils_v,
    town,
    who,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted

P, D, L, PH, EM, U = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL"
SN, INN, PAS, OMS, MRN = "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER"


def life_claim(rng: random.Random, fake: Any) -> Planted:
    ins, ben = who(rng, fake), who(rng, fake)
    doc = Doc().t("В ООО «СК «Сбербанк страхование жизни»\nЗАЯВЛЕНИЕ О СТРАХОВОМ СОБЫТИИ\n\n")
    doc.t("1. Застрахованное лицо: ").v(P, ins.full()).t("\n   Дата рождения: ").v(D, birth(rng, fake, "num"))
    doc.t("\n   Договор (сертификат) страхования № ").v(MRN, ins_policy(rng)).t("\n")
    doc.t("2. Заявитель (выгодоприобретатель): ").v(P, ben.full()).t(", ").v(D, birth(rng, fake, "num")).t(" г.р.\n   ")
    doc.v(PAS, passport(rng)).t(" выдан ").v(D, date_legal(rng, fake, "-15y", "num")).t("\n   ИНН ").v(INN, inn12(rng))
    doc.t("  СНИЛС ").v(SN, snils_v(rng)).t("\n   Адрес регистрации: ").v(L, addr_legal(rng, fake))
    doc.t("\n   Тел.: ").v(PH, phone_v(rng)).t("   E-mail: ").v(EM, email_v(rng, fake, ben))
    doc.t("\n3. Описание события: ").v(D, date_legal(rng, fake, "-1y", rng.choice(("num", "q"))))
    doc.t(rng.choice((" застрахованному установлена II группа инвалидности", " застрахованный скончался в больнице",
                      " застрахованная получила перелом при падении")))
    doc.t(". Лечение проходил(а) в ГБУЗ «ГКБ им. Боткина», медицинская карта № ").v(MRN, mrn(rng, "ib")).t(".\n")
    doc.t("4. Реквизиты для выплаты: получатель ").v(P, ben.caps()).t(", счёт № 40817810").t(f"{rng.randrange(10**11, 10**12)}\n")
    doc.t("Подпись ________ /").v(P, ben.short()).t("/   ").v(D, date_legal(rng, fake, "-1y", "num")).t("\n")
    return doc.done()


def insurer_request(rng: random.Random, fake: Any) -> Planted:
    pat, spec = who(rng, fake), who(rng, fake)
    doc = Doc().t(f"АО «АльфаСтрахование»\nИсх. № {out_no(rng)}\nГлавному врачу ГБУЗ МО «{town(fake)} ЦРБ»\n\n")
    doc.t("Уважаемый главный врач!\nВ связи с рассмотрением заявления о наступлении страхового случая по договору страхования от несчастных ")
    doc.t("случаев № ").v(MRN, ins_policy(rng)).t(" (убыток № ").v(MRN, f"{rng.randrange(10**6, 10**7)}/{rng.randrange(22, 26)}")
    doc.t(") просим предоставить выписку из медицинской карты ").v(P, pat.full("gent")).t(", ")
    doc.v(D, birth(rng, fake)).t(" года рождения, зарегистрированн").t(pat.a("ого", "ой")).t(": ").v(L, addr_legal(rng, fake))
    doc.t(", с указанием даты первичного обращения, диагноза и сроков лечения за период с ").v(D, date_legal(rng, fake, "-5y", "partial"))
    doc.t(" по настоящее время.\nСогласие застрахованного на передачу сведений (п. 7.3 Правил страхования) прилагается.\n")
    doc.t("Ответ просим направить на medexpert@alfastrah.ru или по адресу страховщика.\n")
    doc.t("Врач-эксперт ").v(P, spec.short(before=True)).t(f", тел. {org_phone(rng)}, моб. ").v(PH, phone_v(rng)).t("\n")
    return doc.done()


def dms_guarantee(rng: random.Random, fake: Any) -> Planted:
    pat, coord = who(rng, fake), who(rng, fake)
    doc = Doc().t(f"ГАРАНТИЙНОЕ ПИСЬМО № {rng.randrange(10000, 99999)}-ГП\n")
    doc.t("СПАО «Ингосстрах» гарантирует оплату медицинских услуг, оказанных застрахованному лицу:\n")
    rows = [("ФИО", P, pat.caps() if rng.random() < 0.4 else pat.full()),
            ("Дата рождения", D, birth(rng, fake, "num")),
            ("Полис ДМС", MRN, ins_policy(rng)),
            ("Место работы (страхователь)", "", f"ООО «{fake.last_name_male()} и партнёры»"),
            ("Мобильный телефон", PH, phone_v(rng)),
            ("Срок действия", D, date_legal(rng, fake, "-1y", "num"))]
    rng.shuffle(rows)
    for label, kind, value in rows:
        doc.t(f"{label}: ")
        if kind:
            doc.v(kind, value)
        else:
            doc.t(value)
        doc.t("\n")
    doc.t("Объём: госпитализация в плановом порядке для оперативного лечения, дата госпитализации ")
    doc.v(D, date_legal(rng, fake, "-1y", rng.choice(("num", "words")))).t(".\nКоординатор пульта ").v(P, coord.short())
    doc.t(f", тел. {org_phone(rng)}\n")
    return doc.done()


def dms_refusal(rng: random.Random, fake: Any) -> Planted:
    pat = who(rng, fake)
    doc = Doc().t("Уважаем").t(pat.a("ый ", "ая ")).v(P, pat.io()).t("!\n")
    doc.t("По результатам рассмотрения Вашего обращения от ").v(D, date_legal(rng, fake, "-1y", "num"))
    doc.t(" по полису ДМС № ").v(MRN, ins_policy(rng)).t(" сообщаем, что заболевание, диагностированное ")
    doc.v(D, date_legal(rng, fake, "-4y", "partial")).t(", имелось до начала действия договора и не является страховым случаем ")
    doc.t("(п. 4.2.1 Правил ДМС).\nВ оплате счёта клиники за лечение с ").v(D, date_legal(rng, fake, "-1y", "num"))
    doc.t(" по ").v(D, date_legal(rng, fake, "-1y", "num")).t(" (медкарта № ").v(MRN, mrn(rng, "amb")).t(") отказано.\n")
    doc.t("Обжаловать решение можно в личном кабинете: ").v(U, f"https://lk.reso.ru/appeal/{rng.randrange(10**7, 10**8)}")
    doc.t("\nКопия: ").v(EM, email_v(rng, fake, pat)).t("\n")
    return doc.done()


def bank_request(rng: random.Random, fake: Any) -> Planted:
    pat, off = who(rng, fake), who(rng, fake)
    doc = Doc().t("ПАО Банк «ФК Открытие»\nЗапрос о предоставлении сведений по кредитному договору с условием страхования\n\n")
    doc.t("Заёмщик: ").v(P, pat.full()).t("; д/р ").v(D, birth(rng, fake, "num")).t("; ИНН ").v(INN, inn12(rng))
    doc.t("; ").v(PAS, passport(rng)).t(".\nКредитный договор № ").t(f"{rng.randrange(10**7, 10**8)}-КД")
    doc.t(", программа коллективного страхования, сертификат ").v(MRN, ins_policy(rng)).t(".\n")
    doc.t("Поступило уведомление о смерти заёмщика ").v(D, date_legal(rng, fake, "-1y")).t(". Для передачи в страховую компанию ")
    doc.t("просим выдать родственникам (").v(P, who(rng, fake).full()).t(", тел. ").v(PH, phone_v(rng))
    doc.t(") справку о посмертном диагнозе и выписку из амбулаторной карты № ").v(MRN, mrn(rng, "amb")).t(".\n")
    doc.t("Менеджер ").v(P, off.short()).t("\n")
    return doc.done()


def pension_request(rng: random.Random, fake: Any) -> Planted:
    pat = who(rng, fake)
    doc = Doc().t("Отделение Фонда пенсионного и социального страхования РФ по ").t(rng.choice(("г. Москве и Московской области", "Тверской области", "Республике Татарстан")))
    doc.t("\nЗАПРОС в медицинскую организацию\n")
    doc.t("Гражданин(ка): ").v(P, pat.full()).t("\nСНИЛС: ").v(SN, snils_v(rng, rng.choice(("XXX-XXX-XXX XX", "XXX-XXX-XXX-XX"))))
    doc.t("\nДата рождения: ").v(D, birth(rng, fake, "num")).t("\nЕНП: ").v(OMS, enp(rng))
    doc.t("\nАдрес: ").v(L, addr_legal(rng, fake)).t("\n")
    doc.t("Просим подтвердить период временной нетрудоспособности по ЭЛН № ").v(MRN, mrn(rng, "eln")).t(" с ")
    doc.v(D, date_legal(rng, fake, "-1y", "num")).t(" по ").v(D, date_legal(rng, fake, "-1y", "num"))
    doc.t(" и наличие направления на МСЭ (протокол ВК № ").v(MRN, f"{rng.randrange(1, 999)}/{rng.randrange(1, 12)}").t(").\n")
    return doc.done()


def travel_claim(rng: random.Random, fake: Any) -> Planted:
    pat = who(rng, fake)
    lat = fake.user_name()
    doc = Doc().t("Medical claim / Заявление по полису ВЗР\n")
    doc.t("Insured / Застрахованный: ").v(P, pat.caps()).t("\nPolicy / Полис: ").v(MRN, f"VZR-{rng.randrange(10**8, 10**9)}")
    doc.t("\nDate of birth: ").v(D, birth(rng, fake, "num")).t("\nЗагранпаспорт: ").v(PAS, f"{rng.randrange(70, 79)} {rng.randrange(10**6, 10**7)}")
    doc.t("\nIncident: ").v(D, dt_time(rng, fake)).t(", ").v(L, rng.choice(("Анталья, Турция", "Хургада, Египет", "Пхукет", "Дубай, ОАЭ")))
    doc.t("\nHospital: Medical Park, invoice ").t(f"INV-{rng.randrange(1000, 9999)}")
    doc.t("\nContact phone: ").v(PH, phone_v(rng)).t("\nE-mail: ").v(EM, email_v(rng, fake, pat))
    doc.t("\nDocuments: ").v(U, f"https://disk.yandex.ru/d/{lat.lower()}{rng.randrange(100, 999)}").t("\n")
    return doc.done()


def claims_csv(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice((";", ",", "\t"))
    doc = Doc().t(sep.join(("claim_id", "fio", "birth_date", "policy_oms", "snils", "phone", "event_date")) + "\n")
    for _ in range(rng.randrange(3, 6)):
        p = who(rng, fake)
        doc.v(MRN, f"У-{rng.randrange(10**5, 10**6)}").t(sep).v(P, p.full() if rng.random() < 0.7 else p.short())
        doc.t(sep).v(D, birth(rng, fake, rng.choice(("num", "iso")))).t(sep)
        doc.v(OMS, enp(rng) if rng.random() < 0.8 else old_oms(rng)).t(sep).v(SN, snils_v(rng, "XXXXXXXXXXX")).t(sep)
        doc.v(PH, phone_v(rng)).t(sep).v(D, date_legal(rng, fake, "-1y", "iso")).t("\n")
    return doc.done()


def _jstr(doc: Doc, key: str, kind: str, value: str, last: bool = False) -> None:
    doc.t(f'  "{key}": "').v(kind, json.dumps(value, ensure_ascii=False)[1:-1]).t('"' + ("\n" if last else ",\n"))


def claim_json(rng: random.Random, fake: Any) -> Planted:
    p, heir = who(rng, fake), who(rng, fake)
    doc = Doc().t("{\n").t(f'  "requestId": "{rng.randrange(10**8, 10**9)}",\n')
    _jstr(doc, "insuredFullName", P, p.full())
    _jstr(doc, "birthDate", D, birth(rng, fake, "iso"))
    _jstr(doc, "passport", PAS, passport(rng))
    _jstr(doc, "inn", INN, inn12(rng))
    _jstr(doc, "enp", OMS, enp(rng))
    _jstr(doc, "regAddress", L, addr_legal(rng, fake))
    _jstr(doc, "claimNumber", MRN, ins_policy(rng))
    _jstr(doc, "beneficiary", P, heir.full())
    _jstr(doc, "beneficiaryPhone", PH, phone_v(rng))
    _jstr(doc, "docsLink", U, f"https://lk.sogaz.ru/files/{rng.randrange(10**9, 10**10)}", last=True)
    doc.t("}\n")
    return doc.done()


def claim_xml(rng: random.Random, fake: Any) -> Planted:
    p = who(rng, fake)
    doc = Doc().t('<?xml version="1.0" encoding="UTF-8"?>\n<Запрос тип="выписка">\n  <Пациент>\n')
    doc.t("    <Фамилия>").v(P, p.last).t("</Фамилия>\n    <Имя>").v(P, p.first).t("</Имя>\n    <Отчество>").v(P, p.middle)
    doc.t("</Отчество>\n    <ДатаРождения>").v(D, birth(rng, fake, "iso")).t("</ДатаРождения>\n    <СНИЛС>").v(SN, snils_v(rng))
    doc.t("</СНИЛС>\n    <ПолисОМС>").v(OMS, enp(rng)).t("</ПолисОМС>\n    <ИНН>").v(INN, inn12(rng)).t("</ИНН>\n")
    doc.t("    <Адрес>").v(L, addr_legal(rng, fake)).t("</Адрес>\n  </Пациент>\n")
    doc.t("  <НомерКарты>").v(MRN, mrn(rng, "emk")).t("</НомерКарты>\n  <Страхователь ИНН=\"").t(inn10(rng)).t('"/>\n</Запрос>\n')
    return doc.done()


def keyvalue_export(rng: random.Random, fake: Any) -> Planted:
    p = who(rng, fake)
    doc = Doc().t(f"[claim]\nsource=crm\nstatus={rng.choice(('new', 'in_review', 'paid'))}\n")
    doc.t("client_fio=").v(P, any_form(p, rng)).t("\nclient_dob=").v(D, birth(rng, fake, "num")).t("\nclient_passport=")
    doc.v(PAS, passport(rng)).t("\nclient_phone=").v(PH, phone_v(rng)).t("\nclient_email=").v(EM, email_v(rng, fake, p))
    doc.t("\npolicy=").v(MRN, ins_policy(rng)).t("\nevent_ts=").v(D, dt_time(rng, fake)).t("\nevent_place=").v(L, f"{town(fake)}")
    doc.t("\nclinic_card=").v(MRN, mrn(rng, rng.choice(("amb", "emk")))).t("\n")
    return doc.done()


def hl7_export(rng: random.Random, fake: Any) -> Planted:
    p = who(rng, fake)
    dob = birth(rng, fake, "iso").replace("-", "")
    doc = Doc().t(f"MSH|^~\\&|MIS|GKB{rng.randrange(1, 70)}|INSURER|SOGAZ|{rng.randrange(2023, 2026)}0312101500||ADT^A03|{rng.randrange(10**5, 10**6)}|P|2.5\n")
    doc.t("PID|1||").v(MRN, f"{rng.randrange(10**6, 10**7)}").t("^^^MIS^MR~").v(OMS, enp(rng)).t("^^^OMS^NI||")
    doc.v(P, p.last.upper()).t("^").v(P, p.first.upper()).t("^").v(P, p.middle.upper()).t("||").v(D, dob)
    doc.t(f"|{p.a('M', 'F')}|||").v(L, f"ул. {fake.street_title()}, д. {rng.randrange(1, 99)}").t("^^").v(L, town(fake)).t("^^")
    doc.t(f"{rng.randrange(101000, 692999)}^RUS||")
    doc.v(PH, phone_v(rng)).t("\nPV1|1|I|||||||||||||||||").v(MRN, f"{rng.randrange(10000, 99999)}/{rng.randrange(22, 26)}")
    when = fake.date_between(start_date="-2y", end_date="today")
    doc.t("|||||||||||||||||||||||").v(D, f"{when:%Y%m%d}{rng.randrange(0, 24):02d}{rng.randrange(0, 60):02d}").t("\n")
    return doc.done()


BLOCKS: list[BlockFamily] = [
    BlockFamily("b61-life-claim", HELDOUT, life_claim),
    BlockFamily("b61-insurer-request", HELDOUT, insurer_request),
    BlockFamily("b61-dms-guarantee", HELDOUT, dms_guarantee),
    BlockFamily("b61-dms-refusal", HELDOUT, dms_refusal),
    BlockFamily("b61-bank-request", HELDOUT, bank_request),
    BlockFamily("b61-pension-request", HELDOUT, pension_request),
    BlockFamily("b61-travel-claim", HELDOUT, travel_claim),
    BlockFamily("b61-claims-csv", HELDOUT, claims_csv),
    BlockFamily("b61-claim-json", HELDOUT, claim_json),
    BlockFamily("b61-claim-xml", HELDOUT, claim_xml),
    BlockFamily("b61-keyvalue-export", HELDOUT, keyvalue_export),
    BlockFamily("b61-hl7-export", HELDOUT, hl7_export),
]
