"""System exports of blind split 38: registers of transfers and ВМП talons (CSV, TSV, fixed width,
pipe tables), telemedicine requests (JSON, XML), HL7 v2 transfer messages, dispatch logs
(key=value), e-mail between hospitals and a coordinator's chat."""

from __future__ import annotations

from typing import Any

from benchmarks.pii_blind38_gen import (
    DOC_SHAPES,
    TOWNISH,
    Doc,
    bdate,
    edate,
    email,
    enp,
    link,
    mrn,
    name_parts,
    passport,
    person,
    phone,
    pick,
    place,
    snils,
    translit,
)
from benchmarks.pii_families import Planted

R = Any


def _rows(rng: R) -> int:
    return rng.randrange(2, 4)


def transfer_csv(rng: R, fake: R) -> Planted:
    sep = pick(rng, ";", ",", ";")
    doc = Doc().t(sep.join(("№", "ФИО", "Дата рождения", "Откуда", "Дата перевода", "Карта вызова", "Телефон")), "\n")
    for i in range(_rows(rng)):
        doc.t(str(i + 1), sep).v("PERSON", person(rng, fake, shapes=("F I O", "F io"))).t(sep)
        doc.v("DATE_TIME", bdate(rng, fake, ("DD.MM.YYYY",))).t(sep)
        quoted = sep == ","
        doc.t('"' if quoted else "").v("LOCATION", place(rng, fake, TOWNISH)).t('"' if quoted else "", sep)
        doc.v("DATE_TIME", edate(rng, fake, ("DD.MM.YYYY hh:mm", "DD.MM.YYYY"))).t(sep)
        doc.v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "call")).t(sep).v("PHONE_NUMBER", phone(rng, fake, "mobile")).t("\n")
    return doc.done()


def vmp_tsv(rng: R, fake: R) -> Planted:
    doc = Doc().t("talon_no\tfio\tbirth_date\tsnils\tenp\tstatus\tstatus_date\n")
    for _ in range(_rows(rng)):
        doc.v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "talon")).t("\t")
        doc.v("PERSON", person(rng, fake, shapes=("F I O",), caps=rng.random() < 0.5)).t("\t")
        doc.v("DATE_TIME", bdate(rng, fake, ("DD.MM.YYYY", "YYYY-MM-DD"))).t("\t")
        doc.v("RU_SNILS", snils(rng, fake, ("XXX-XXX-XXX XX", "XXXXXXXXXXX"))).t("\t")
        doc.v("RU_OMS_POLICY", enp(rng, fake, "XXXXXXXXXXXXXXXX")).t("\t")
        doc.t(pick(rng, "Лист ожидания", "Госпитализирован", "Решение МО"), "\t")
        doc.v("DATE_TIME", edate(rng, fake, ("DD.MM.YYYY", "YYYY-MM-DD"))).t("\n")
    return doc.done()


def tmk_json(rng: R, fake: R) -> Planted:
    last, first, middle, female = name_parts(rng, fake)
    doc = Doc().t('{"requestId": "').v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "tmk")).t('", "type": "doctor-doctor",\n')
    doc.t(' "patient": {"lastName": "').v("PERSON", last).t('", "firstName": "').v("PERSON", first)
    if middle:
        doc.t('", "middleName": "').v("PERSON", middle)
    doc.t('", "gender": "', "female" if female else "male", '", "birthDate": "')
    doc.v("DATE_TIME", bdate(rng, fake, ("YYYY-MM-DD",))).t('",\n  "snils": "').v("RU_SNILS", snils(rng, fake, ("XXXXXXXXXXX", "XXX-XXX-XXX XX")))
    doc.t('", "oms": "').v("RU_OMS_POLICY", enp(rng, fake, "XXXXXXXXXXXXXXXX")).t('", "misId": "').v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "mis"))
    doc.t('"},\n "requester": {"doctor": "').v("PERSON", person(rng, fake, shapes=("F I O", "F io")))
    doc.t('", "phone": "').v("PHONE_NUMBER", phone(rng, fake)).t('", "email": "').v("EMAIL_ADDRESS", email(rng, fake))
    doc.t('"},\n "scheduled": "').v("DATE_TIME", edate(rng, fake, ("YYYY-MM-DDThh:mm:ss+09:00", "YYYY-MM-DDThh:mm:00")))
    return doc.t('", "conferenceUrl": "').v("URL", link(rng, fake)).t('"}').done()


def hl7_transfer(rng: R, fake: R) -> Planted:
    last, first, middle, female = name_parts(rng, fake)
    stamp = edate(rng, fake, ("YYYYMMDDhhmmss",))
    doc = Doc().t("MSH|^~\\&|MIS|CRB|MIS|OKB|").v("DATE_TIME", stamp).t("||ADT^A02|", str(rng.randrange(10**6, 10**7)), "|P|2.5\r")
    doc.t("PID|1||").v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "mis")).t("^^^CRB^MR~").v("RU_SNILS", snils(rng, fake, ("XXXXXXXXXXX",)))
    doc.t("^^^PFR^SNILS||").v("PERSON", "^".join(x for x in (last.upper(), first.upper(), middle.upper()) if x))
    doc.t("||").v("DATE_TIME", bdate(rng, fake, ("YYYYMMDD",))).t("|", "F" if female else "M", "|||")
    doc.v("LOCATION", place(rng, fake, ("ул. {S}, д. {N}, кв. {Q}^^{T}^^{P}^RUS", "{S} {N}-{Q}^^{T}^{A}^{P}")))
    doc.t("||").v("PHONE_NUMBER", phone(rng, fake, "mobile")).t("\rPV1|1|I|ОАР^^^OKB||||")
    doc.t(str(rng.randrange(100, 999)), "^").v("PERSON", person(rng, fake, shapes=("F I O",), caps=True).replace(" ", "^"))
    doc.t("|||||||||||").v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "ib")).t("\r")
    return doc.done()


def mse_xml(rng: R, fake: R) -> Planted:
    doc = Doc().t('<?xml version="1.0" encoding="UTF-8"?>\n<NapravlenieMSE Nomer="').v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "ref"))
    doc.t('" Data="').v("DATE_TIME", edate(rng, fake, ("YYYY-MM-DD",))).t('">\n  <Grazhdanin>\n    <FIO>')
    doc.v("PERSON", person(rng, fake)).t("</FIO>\n    <DataRozhdeniya>").v("DATE_TIME", bdate(rng, fake, ("YYYY-MM-DD",)))
    doc.t("</DataRozhdeniya>\n    <SNILS>").v("RU_SNILS", snils(rng, fake)).t("</SNILS>\n    <UDL Tip=\"21\">")
    doc.v("RU_PASSPORT", passport(rng, fake)).t("</UDL>\n    <Adres>").v("LOCATION", place(rng, fake)).t("</Adres>\n")
    doc.t("    <Telefon>").v("PHONE_NUMBER", phone(rng, fake)).t("</Telefon>\n    <Email>").v("EMAIL_ADDRESS", email(rng, fake))
    doc.t("</Email>\n  </Grazhdanin>\n  <ELN>").v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "eln"))
    doc.t("</ELN>\n  <PredsedatelVK>").v("PERSON", person(rng, fake, shapes=("F io", "F I O")))
    return doc.t("</PredsedatelVK>\n</NapravlenieMSE>").done()


def dispatch_log(rng: R, fake: R) -> Planted:
    doc = Doc()
    for _ in range(_rows(rng)):
        doc.v("DATE_TIME", edate(rng, fake, ("YYYY-MM-DD hh:mm:ss", "DD.MM.YYYY hh:mm:ss"))).t(" INFO tcmk.dispatch ")
        doc.t("call_id=").v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "call"))
        doc.t(' patient="').v("PERSON", person(rng, fake, shapes=("F I O", "F io", "F I"))).t('"')
        doc.t(' from="').v("LOCATION", place(rng, fake, TOWNISH)).t('"')
        doc.t(" caller_phone=").v("PHONE_NUMBER", phone(rng, fake, pick(rng, "city", "mobile")))
        doc.t(" board=", pick(rng, "RA-22478", "RA-24701", "RF-04433"), " status=", pick(rng, "ASSIGNED", "DEPARTED", "DONE"), "\n")
    return doc.done()


def fixed_width(rng: R, fake: R) -> Planted:
    doc = Doc().t(f"{'НОМЕР ИБ':<12}{'ФИО':<40}{'Д/Р':<12}{'ПОЛИС ОМС':<20}НАПРАВЛЕН\n")
    for _ in range(_rows(rng)):
        values = [("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "ib"), 12),
                  ("PERSON", person(rng, fake, shapes=("F I O", "F io"), caps=True), 40),
                  ("DATE_TIME", bdate(rng, fake, ("DD.MM.YYYY",)), 12), ("RU_OMS_POLICY", enp(rng, fake, "XXXXXXXXXXXXXXXX"), 20)]
        for kind, value, width in values:
            doc.v(kind, value).t(" " * max(1, width - len(value)))
        doc.v("DATE_TIME", edate(rng, fake, ("DD.MM.YY", "DD.MM.YYYY"))).t("\n")
    return doc.done()


def email_thread(rng: R, fake: R) -> Planted:
    last, first, _, _ = name_parts(rng, fake, cis=0.2)
    sender = f"{last} {first}"
    addr = pick(rng, f"{translit(last)}.{translit(first)[0]}@mail.ru", f"{translit(first)}{rng.randrange(70, 99)}@yandex.ru")
    doc = Doc().t("От: ").v("PERSON", sender).t(" <").v("EMAIL_ADDRESS", addr).t(">\nКому: ").v("EMAIL_ADDRESS", email(rng, fake))
    doc.t("\nДата: ").v("DATE_TIME", edate(rng, fake, ("DD.MM.YYYY hh:mm", "D MG YYYY г., hh:mm")))
    doc.t("\nТема: ТМК, пациент ").v("PERSON", person(rng, fake, shapes=("F io", "F I"))).t(", ИБ ").v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "ib"))
    doc.t("\n\nДобрый день! Направляем документы на консультацию. Снимки: ").v("URL", link(rng, fake))
    doc.t("\nПрошу сообщить дату госпитализации по тел. ").v("PHONE_NUMBER", phone(rng, fake))
    return doc.t(".\n--\nС уважением, ", "врач-", pick(rng, "онколог", "кардиолог", "нейрохирург"), " ").v("PERSON", f"{last} {first[0]}.").done()


def coordinator_chat(rng: R, fake: R) -> Planted:
    doc = Doc()
    who = ("Коорд. ТМК", "Диспетчер СА", "Зав. ОАР")
    doc.t("[").v("DATE_TIME", edate(rng, fake, ("DD.MM.YYYY hh:mm", "DD.MM.YY, hh:mm"))).t("] ", rng.choice(who), ": пац-ка ")
    doc.v("PERSON", person(rng, fake, shapes=("F", "F io", "F I"), female=True)).t(" талон ").v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "talon"))
    doc.t(" одобрен, госпитализация ").v("DATE_TIME", edate(rng, fake, ("D MG", "DD.MM"))).t("\n[")
    doc.v("DATE_TIME", edate(rng, fake, ("hh:mm DD.MM", "DD.MM hh:mm"))).t("] ", rng.choice(who), ": борт завтра из ")
    doc.v("LOCATION", place(rng, fake, ("{V}", "{K} {V}"))).t(", тел сына ").v("PHONE_NUMBER", phone(rng, fake, "mobile"))
    doc.t("\n[").v("DATE_TIME", edate(rng, fake, ("DD.MM.YYYY hh:mm",))).t("] ", rng.choice(who), ": ок, встретит ")
    return doc.v("PERSON", person(rng, fake, shapes=("F", "F io", "I O"))).done()


def waiting_list(rng: R, fake: R) -> Planted:
    doc = Doc().t("| № | Пациент | Д.р. | Адрес | Паспорт | Дата постановки |\n|---|---|---|---|---|---|\n")
    for i in range(_rows(rng)):
        doc.t(f"| {i + 1} | ").v("PERSON", person(rng, fake, shapes=("F I O", "F io"))).t(" | ")
        doc.v("DATE_TIME", bdate(rng, fake, ("DD.MM.YYYY",))).t(" | ").v("LOCATION", place(rng, fake)).t(" | ")
        doc.v("RU_PASSPORT", passport(rng, fake)).t(" | ").v("DATE_TIME", edate(rng, fake, ("DD.MM.YYYY",))).t(" |\n")
    return doc.done()


def consilium_invite(rng: R, fake: R) -> Planted:
    """A video-consilium invitation with the doctors listed by name and the link."""
    doc = Doc().t("Приглашение на видеоконсилиум ").v("DATE_TIME", edate(rng, fake, ("DD.MM.YYYY в hh:mm", "D MG в hh:mm")))
    doc.t(" (МСК).\nПациент: ").v("PERSON", person(rng, fake, shapes=("F io", "F I O"))).t(", протокол ТМК № ")
    doc.v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "tmk")).t("\nУчастники: ")
    for i in range(rng.randrange(2, 4)):
        doc.t("; " if i else "").v("PERSON", person(rng, fake, shapes=DOC_SHAPES))
    doc.t("\nСсылка: ").v("URL", link(rng, fake)).t("\nОрганизатор: ").v("EMAIL_ADDRESS", email(rng, fake))
    return doc.done()


EXPORT_MAKERS = {
    "transfer-register-csv": transfer_csv, "vmp-register-tsv": vmp_tsv, "tmk-request-json": tmk_json,
    "hl7-adt-a02": hl7_transfer, "mse-xml": mse_xml, "dispatch-kv-log": dispatch_log,
    "fixed-width-register": fixed_width, "email-thread": email_thread, "coordinator-chat": coordinator_chat,
    "vmp-waiting-list-md": waiting_list, "consilium-invite": consilium_invite,
}
