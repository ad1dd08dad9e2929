"""Blocks of blind split 58: MIS user accounts and access/audit logs, service-desk tickets, call-centre and
appointment-line logs, SMS/e-mail reminder queues, backups, integration exports and data-correction requests."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind58_vals import (
    Doc,
    addr,
    born,
    d,
    day,
    enp_v,
    fio,
    gender_fio,
    mrn_v,
    old_oms_v,
    passport_v,
    snils_v,
    staff_email,
    stamp,
    tel,
    translit,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted

P, PH, DT, LOC = "PERSON", "PHONE_NUMBER", "DATE_TIME", "LOCATION"
SN, INN, PAS, OMS, MRN = "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER"
EM, URL = "EMAIL_ADDRESS", "URL"
ACTIONS = ("VIEW", "OPEN_EMK", "PRINT", "EDIT", "EXPORT", "DELETE_DOC", "SIGN")
HOSTS = ("mis.gkb12.local", "emk.okb.ru", "qms.crb-zarechnyi.ru", "portal.gp3-mz.ru", "lk.gkb1.zdrav.spb.ru")


def _names(rng: random.Random, fake: Any) -> tuple[str, str, str]:
    if rng.random() < 0.5:
        return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female()
    return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male()


def _uid(rng: random.Random) -> str:
    return rng.choice(("usr", "u", "op", "doc")) + str(rng.randrange(100, 9999))


def mis_account_request(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("ЗАЯВКА на создание учётной записи в МИС\nСотрудник: ").v(P, fio(rng, fake, "F I O"))
    doc.t("\nДолжность: " + rng.choice(("врач-терапевт участковый", "медрегистратор", "м/с процедурной")))
    doc.t("\nСНИЛС (для ЕСИА/ЕГИСЗ): ").v(SN, snils_v(rng)).t("\nE-mail: ").v(EM, staff_email(rng, fake))
    doc.t("\nМоб. тел.: ").v(PH, tel(rng, fake)).t("\nРоли: просмотр ЭМК, запись на приём\nРуководитель: ")
    doc.v(P, fio(rng, fake, "F io", "io F")).t(" ________ ").v(DT, day(rng, fake, "dd.mm.yyyy", "«dd» MG yyyy г."))
    return doc.done()


def audit_pipe(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("ts | user | fio_user | action | patient | emk_id\n")
    for _ in range(rng.randrange(2, 5)):
        doc.v(DT, stamp(rng, fake, "yyyy-mm-dd HH:MI:SS", "dd.mm.yyyy HH:MI:SS")).t(f" | {_uid(rng)} | ")
        doc.v(P, fio(rng, fake, "F io", "F i o")).t(f" | {rng.choice(ACTIONS)} | ").v(P, fio(rng, fake, "F I O", "F io"))
        doc.t(" | ").v(MRN, mrn_v(rng, "emk")).t("\n")
    return doc.done()


def audit_json(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("[")
    for i in range(rng.randrange(1, 3)):
        doc.t(",\n " if i else "\n ").t('{"event": "' + rng.choice(ACTIONS) + '", "time": "')
        doc.v(DT, stamp(rng, fake, "yyyy-mm-ddTHH:MI:SS", "yyyy-mm-ddTHH:MI:SS+03:00")).t('", "user": {"login": "')
        doc.t(_uid(rng) + '", "name": "').v(P, fio(rng, fake, "F I O", "F io")).t('"}, "patient": {"id": "')
        doc.v(MRN, mrn_v(rng, "emk")).t('", "name": "').v(P, fio(rng, fake, "F I O")).t('", "birthDate": "')
        doc.v(DT, born(rng, fake, "yyyy-mm-dd")).t('", "snils": "').v(SN, snils_v(rng, "XXXXXXXXXXX", "XXX-XXX-XXX XX"))
        doc.t('"}, "ip": "10.' + f'{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(256)}"' + "}")
    return doc.t("\n]").done()


def audit_xml(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t(f'<AuditRecord id="{d(rng, 9)}">\n  <Timestamp>').v(DT, stamp(rng, fake, "yyyy-mm-ddTHH:MI:SS"))
    doc.t("</Timestamp>\n  <User>").v(P, fio(rng, fake, "F I O", "F io")).t("</User>\n  <Action>")
    doc.t(rng.choice(ACTIONS) + "</Action>\n  <PatientId>").v(MRN, mrn_v(rng, "emk")).t("</PatientId>\n  <PatientName>")
    doc.v(P, fio(rng, fake, "F I O")).t("</PatientName>\n  <Policy>").v(OMS, enp_v(rng)).t("</Policy>\n</AuditRecord>")
    return doc.done()


def audit_kv(rng: random.Random, fake: Any) -> Planted:
    doc = Doc()
    for _ in range(rng.randrange(2, 4)):
        doc.v(DT, stamp(rng, fake, "yyyy-mm-dd HH:MI:SS", "dd.mm.yyyy HH:MI:SS")).t(f" INFO access user={_uid(rng)} ")
        doc.t('user_name="').v(P, fio(rng, fake, "F io", "F I O")).t('" pid=').v(MRN, mrn_v(rng, "emk"))
        doc.t(f" doc_type={rng.choice(('epicrisis', 'protocol', 'lab', 'recipe'))} result=OK\n")
    return doc.done()


def audit_investigation(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("Акт проверки журнала доступа. По обращению ").v(P, fio(rng, fake, "F I O", "F io", case="gent"))
    doc.t(" от ").v(DT, day(rng, fake, "dd.mm.yyyy", "d MG yyyy г.")).t(" установлено, что ЭМК заявителя (ID ")
    doc.v(MRN, mrn_v(rng, "emk")).t(") в период с ").v(DT, day(rng, fake, "dd.mm.yyyy", "dd.mm")).t(" по ")
    doc.v(DT, day(rng, fake, "dd.mm.yyyy", "dd.mm")).t(" открывали: ")
    for i in range(rng.randrange(2, 4)):
        doc.t(", " if i else "").v(P, fio(rng, fake, "F io", "F I O")).t(" (").v(DT, stamp(rng, fake, "dd.mm.yyyy HH:MI", "dd.mm HH:MI")).t(")")
    doc.t(". Лечебная связь подтверждена не для всех.")
    return doc.done()


def patient_access_request(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("Главному врачу\nот ").v(P, fio(rng, fake, "F I O", case="gent")).t(",\n")
    doc.t("дата рождения: ").v(DT, born(rng, fake, "dd.mm.yyyy")).t(", СНИЛС ").v(SN, snils_v(rng)).t(",\nпроживающей(его): ")
    doc.v(LOC, addr(rng, fake)).t(",\nэл. почта: ").v(EM, fake.free_email())
    doc.t("\nПрошу предоставить сведения о лицах, получавших доступ к моей медицинской карте № ")
    doc.v(MRN, mrn_v(rng, "amb")).t(" с ").v(DT, day(rng, fake, "MN yyyy г.", "dd.mm.yyyy", "yyyy г.")).t(".")
    return doc.done()


def servicedesk_ticket(rng: random.Random, fake: Any) -> Planted:
    n = rng.randrange(10000, 999999)
    doc = Doc().t(f"SD-{n} | Приоритет: высокий | Создана: ").v(DT, stamp(rng, fake, "dd.mm.yyyy HH:MI"))
    doc.t("\nИнициатор: ").v(P, fio(rng, fake, "F I O", "F io")).t(", ").v(PH, tel(rng, fake, "city"))
    doc.t(rng.choice((" (внутр. 2214), ", ", ", "; "))).v(EM, staff_email(rng, fake))
    doc.t("\nОписание: при попытке открыть карту пациента ").v(P, fio(rng, fake, "F I O", "F io", case="gent"))
    doc.t(" (").v(MRN, mrn_v(rng, "emk")).t(rng.choice((") выдаёт ошибку доступа. Ссылка: ", ") висит. См. ")))
    doc.v(URL, f"https://{rng.choice(HOSTS)}/emk/patient/{rng.randrange(100000, 9999999)}")
    return doc.done()


def correction_request(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("Заявка на исправление персональных данных пациента в МИС\nПациент: ").v(P, fio(rng, fake, "F I O"))
    doc.t(", ЭМК ").v(MRN, mrn_v(rng, "emk")).t("\nБыло: д.р. ").v(DT, born(rng, fake, "dd.mm.yyyy"))
    doc.t(", СНИЛС ").v(SN, snils_v(rng)).t("\nСтало: д.р. ").v(DT, born(rng, fake, "dd.mm.yyyy")).t(", СНИЛС ")
    doc.v(SN, snils_v(rng)).t("\nПолис: ").v(OMS, enp_v(rng) if rng.random() < 0.7 else old_oms_v(rng))
    doc.t("\nОснование: копия паспорта ").v(PAS, passport_v(rng)).t(". Заявитель: м/р ").v(P, fio(rng, fake, "F io"))
    return doc.done()


def merge_duplicates(rng: random.Random, fake: Any) -> Planted:
    name = fio(rng, fake, "F I O")
    doc = Doc().t("Обнаружены дубли: ").v(P, name).t(" — карты ").v(MRN, mrn_v(rng, "emk")).t(" и ")
    doc.v(MRN, mrn_v(rng, "emk")).t(" (д.р. ").v(DT, born(rng, fake, "dd.mm.yyyy", "dd.mm.yy")).t(" в обеих, адрес ")
    doc.v(LOC, addr(rng, fake)).t("). Объединение выполнил ").v(P, fio(rng, fake, "F io", "F i o"))
    doc.t(" ").v(DT, stamp(rng, fake, "dd.mm.yyyy HH:MI")).t(".")
    return doc.done()


def backup_log(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("[").v(DT, stamp(rng, fake, "yyyy-mm-dd HH:MI:SS")).t("] restore started: emk_db, patient_id=")
    doc.v(MRN, mrn_v(rng, "emk")).t(", requested_by=\"").v(P, fio(rng, fake, "F io", "F I O")).t("\"\n[")
    doc.v(DT, stamp(rng, fake, "yyyy-mm-dd HH:MI:SS")).t("] restored 14 documents from snapshot of ")
    doc.v(DT, day(rng, fake, "yyyy-mm-dd", "dd.mm.yyyy")).t("\nОбоснование: по ошибке удалён эпикриз пациента ")
    doc.v(P, fio(rng, fake, "F I O", "F io", case="gent")).t(".")
    return doc.done()


def calllog_tsv(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("время\tномер\tФИО пациента\tд.р.\tполис\tрезультат\n")
    for _ in range(rng.randrange(2, 4)):
        doc.v(DT, stamp(rng, fake, "dd.mm.yyyy HH:MI", "dd.mm HH:MI")).t("\t").v(PH, tel(rng, fake)).t("\t")
        doc.v(P, fio(rng, fake, "F I O", "F io", "F I")).t("\t").v(DT, born(rng, fake, "dd.mm.yyyy"))
        doc.t("\t").v(OMS, enp_v(rng)).t("\t" + rng.choice(("записан", "отказ", "перезвон", "нет талонов")) + "\n")
    return doc.done()


def appointment_dialogue(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("Оператор: Единый колл-центр, слушаю.\nАбонент: Здравствуйте, хочу записать маму, ")
    doc.v(P, gender_fio(rng, fake, True, "nomn", rng.choice(("F I O", "F I")))).t(rng.choice((", ", ". Она "))).v(DT, born(rng, fake, "yyyy года", "d MG yyyy года"))
    doc.t(" рождения.\nОператор: Номер полиса?\nАбонент: ").v(OMS, enp_v(rng, "XXXX XXXX XXXX XXXX", "XXXXXXXXXXXXXXXX"))
    doc.t("\nОператор: Записала к ").v(P, fio(rng, fake, "F io", "F", case="datv")).t(" на ")
    doc.v(DT, stamp(rng, fake, "dd.mm в HH:MI", "d MG в HH:MI")).t(". Номер для SMS?\nАбонент: ").v(PH, tel(rng, fake))
    return doc.done()


def complaint_log(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t(f"Обращение № {rng.randrange(100, 9999)}/ОГ от ").v(DT, day(rng, fake))
    doc.t(". Заявитель: ").v(P, fio(rng, fake, "F I O")).t(", ").v(LOC, addr(rng, fake)).t(", тел. ").v(PH, tel(rng, fake))
    doc.t(". Суть: регистратор ").v(P, fio(rng, fake, "F", "F io")).t(" отказал(а) в записи. Ответ направить на ")
    doc.v(EM, fake.free_email()).t(".")
    return doc.done()


def sms_queue_csv(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("id;msisdn;text;send_at;status\n")
    for _ in range(rng.randrange(2, 4)):
        doc.t(f"{d(rng, 7)};").v(PH, tel(rng, fake, "digits")).t(';"Уважаемый(ая) ').v(P, fio(rng, fake, "I O", "I O F"))
        doc.t(", напоминаем о приёме ").v(DT, stamp(rng, fake, "dd.mm в HH:MI", "dd.mm.yyyy HH:MI")).t(" у врача ")
        doc.v(P, fio(rng, fake, "F io", case="gent")).t('";').v(DT, stamp(rng, fake, "yyyy-mm-dd HH:MI:SS"))
        doc.t(";" + rng.choice(("QUEUED", "SENT", "FAILED", "DELIVERED")) + "\n")
    return doc.done()


def email_queue_json(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t('{"queue": "reminders", "to": "').v(EM, fake.free_email()).t('", "patient": "')
    doc.v(P, fio(rng, fake, "F I O")).t('", "visit": "').v(DT, stamp(rng, fake, "yyyy-mm-ddTHH:MI:SS"))
    doc.t('", "doctor": "').v(P, fio(rng, fake, "F io")).t('", "cancel_link": "')
    doc.v(URL, f"https://{rng.choice(HOSTS)}/cancel?token={d(rng, 6)}{translit(fake.last_name())[:3]}{d(rng, 4)}")
    doc.t('", "phone": "').v(PH, tel(rng, fake, "digits")).t('"}')
    return doc.done()


def sms_gateway_log(rng: random.Random, fake: Any) -> Planted:
    doc = Doc()
    for _ in range(rng.randrange(2, 4)):
        doc.v(DT, stamp(rng, fake, "dd.mm.yyyy HH:MI:SS", "yyyy-mm-dd HH:MI:SS")).t(" SMS to ")
        doc.v(PH, tel(rng, fake, "digits")).t(" (").v(P, fio(rng, fake, "F io", "F I")).t(") status=")
        doc.t(rng.choice(("DELIVERED", "EXPIRED", "REJECTED", "UNDELIV")) + f" msgid={d(rng, 10)}\n")
    return doc.done()


def hl7_adt(rng: random.Random, fake: Any) -> Planted:
    last, first, middle = _names(rng, fake)
    doc = Doc().t("MSH|^~\\&|MIS|GKB12|LIS|LAB|").v(DT, stamp(rng, fake, "yyyymmddHHMISS", "yyyymmddHHMI"))
    doc.t("||ADT^A08|" + d(rng, 8) + "|P|2.5\nPID|1||").v(MRN, mrn_v(rng, "emk")).t("^^^MIS^MR~")
    doc.v(SN, snils_v(rng, "XXXXXXXXXXX")).t("^^^PFR^SS||").v(P, f"{last}^{first}^{middle}").t("||")
    doc.v(DT, born(rng, fake, "yyyymmdd")).t("|" + ("F" if middle.endswith("на") else "M") + "|||").v(LOC, addr(rng, fake, "ул. {S}, д. {N}^^{T}^^{P}"))
    doc.t("||").v(PH, tel(rng, fake, "digits"))
    return doc.done()


def lis_barcode_ticket(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("Тикет: перепечатать штрихкод пробирки ").v(MRN, mrn_v(rng, "lab")).t(" — на этикетке ")
    doc.v(P, fio(rng, fake, "F io", "F I")).t(", а в направлении ").v(P, fio(rng, fake, "F io", "F I"))
    doc.t(rng.choice((". Д.р. по направлению ", ", др "))).v(DT, born(rng, fake, "dd.mm.yyyy", "dd.mm.yy"))
    doc.t(". Заявку открыла ").v(P, fio(rng, fake, "F i o", "F io")).t(" ").v(DT, stamp(rng, fake, "dd.mm.yy HH:MI"))
    return doc.done()


def export_kv_regiz(rng: random.Random, fake: Any) -> Planted:
    last, first, _ = _names(rng, fake)
    doc = Doc().t("REGIZ upload error: ")
    doc.t("lastName=").v(P, last).t("; firstName=").v(P, first).t("; birthDate=")
    doc.v(DT, born(rng, fake, "yyyy-mm-dd")).t("; snils=").v(SN, snils_v(rng, "XXXXXXXXXXX")).t("; enp=")
    doc.v(OMS, enp_v(rng)).t("; passport=").v(PAS, passport_v(rng, "XXXX XXXXXX", "XXXXXXXXXX"))
    doc.t("; code=" + rng.choice(("E042 (СНИЛС не найден)", "E017 (дубль ЕНП)", "W003")))
    return doc.done()


def birth_cert_fix(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("Просьба внести в МИС свидетельство о рождении новорождённого: ")
    doc.v(MRN, rng.choice(("I", "II", "III", "IV")) + "-" + rng.choice(("АГ", "ВЛ", "МЮ", "КБ")) + f" № {d(rng, 6)}")
    doc.t(", мать — ").v(P, gender_fio(rng, fake, True, "nomn", rng.choice(("F I O", "F io")))).t(", дата рождения ребёнка ").v(DT, day(rng, fake))
    doc.t(". Ответственный за исправление: оператор ").v(P, fio(rng, fake, "F io")).t(", ").v(EM, staff_email(rng, fake))
    return doc.done()


def chat_shift_group(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("[").v(DT, stamp(rng, fake, "dd.mm.yyyy HH:MI", "dd.mm.yy, HH:MI")).t("] ")
    doc.v(P, fio(rng, fake, "I F", "I")).t(": девочки кто сегодня в ночь? у ").v(P, fio(rng, fake, "F", case="gent"))
    doc.t(" из 12й сахар 19, позвоните дочке ").v(PH, tel(rng, fake)).t("\n[")
    doc.v(DT, stamp(rng, fake, "dd.mm.yyyy HH:MI", "dd.mm.yy, HH:MI")).t("] ").v(P, fio(rng, fake, "I", "I F"))
    doc.t(": я, с ").v(P, fio(rng, fake, "I", "F", case="ablt")).t(". карта ").v(MRN, mrn_v(rng, "ib")).t(" у меня")
    return doc.done()


BLOCKS: list[BlockFamily] = [BlockFamily("w58-" + fn.__name__.replace("_", "-"), HELDOUT, fn) for fn in (
    mis_account_request, audit_pipe, audit_json, audit_xml, audit_kv, audit_investigation, patient_access_request,
    servicedesk_ticket, correction_request, merge_duplicates, backup_log, calllog_tsv, appointment_dialogue,
    complaint_log, sms_queue_csv, email_queue_json, sms_gateway_log, hl7_adt, lis_barcode_ticket, export_kv_regiz,
    birth_cert_fix, chat_shift_group)]
