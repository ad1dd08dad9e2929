"""Multi-value fragments of blind split 49 from systems: clinic CRM exports (CSV, JSON, XML, HL7,
key=value, fixed width), booking confirmations, lab order forms, admin comments, ДМС registers."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind49_gen import (
    Doc,
    addr_v,
    date_v,
    email_v,
    enp_digits,
    fmt,
    inn_v,
    name,
    oms_v,
    passport_v,
    phone_v,
    pick,
    snils_v,
    typo,
    url_v,
    who,
)
from benchmarks.pii_families import BlockFamily, Planted

H = "heldout"
PER, TEL, DT, LOC, MRN = "PERSON", "PHONE_NUMBER", "DATE_TIME", "LOCATION", "MEDICAL_RECORD_NUMBER"
EMAIL = email_v(1.0)
PLAIN_PHONE = phone_v("+79XXXXXXXXX", "79XXXXXXXXX", "89XXXXXXXXX")


def crm_csv(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice((";", ",", "|"))
    doc = Doc(rng, fake).t(sep.join(("id", "fio", "birth_date", "phone", "email", "last_visit", "source")) + "\n")
    for _ in range(rng.randrange(2, 4)):
        doc.v(MRN, pick("XXXXXX", "КXXXXXX")).t(sep).v(PER, name("F I O", "F I", upper=0.2))
        doc.t(sep).v(DT, date_v("dd.mm.yyyy", "yyyy-mm-dd", kind="birth")).t(sep).v(TEL, PLAIN_PHONE).t(sep)
        doc.v("EMAIL_ADDRESS", EMAIL).t(sep).v(DT, date_v("dd.mm.yyyy HH:MI", "yyyy-mm-dd"))
        doc.t(sep + rng.choice(("сайт", "звонок", "prodoctorov", "повторный")) + "\n")
    return doc.done()


def crm_json(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t('{"client": {"id": "').v(MRN, pick("XXXXXXX", "XXXXXX-X")).t('", "last_name": "')
    female = rng.random() < 0.5
    last = fake.last_name_female() if female else fake.last_name_male()
    first = fake.first_name_female() if female else fake.first_name_male()
    doc.v(PER, last).t('", "first_name": "').v(PER, first).t('", "birthday": "').v(DT, date_v("yyyy-mm-dd", kind="birth"))
    doc.t('", "phone": "').v(TEL, PLAIN_PHONE).t('", "email": "').v("EMAIL_ADDRESS", EMAIL).t('", "snils": "')
    doc.v("RU_SNILS", snils_v("XXXXXXXXXXX", "XXX-XXX-XXX XX")).t('"}, "appointment": {"start": "')
    doc.v(DT, date_v("yyyy-mm-ddTHH:MI:00+03:00", "yyyy-mm-dd HH:MI")).t('", "doctor": "').v(PER, name("F I O", "F io"))
    doc.t('", "service": "Консультация трихолога", "paid": true}}')
    return doc.done()


def crm_xml(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("<Patient>\n  <CardNumber>").v(MRN, pick("XXXXXX", "К-XXXXX")).t("</CardNumber>\n  <FIO>")
    doc.v(PER, name("F I O")).t("</FIO>\n  <BirthDate>").v(DT, date_v("yyyy-mm-dd", "dd.mm.yyyy", kind="birth"))
    doc.t("</BirthDate>\n  <Passport>").v("RU_PASSPORT", passport_v("XXXX XXXXXX", "XXXXXXXXXX")).t("</Passport>\n  <INN>")
    doc.v("RU_INN", inn_v("XXXXXXXXXXXX")).t("</INN>\n  <Address>").v(LOC, addr_v("{T}, {S}, {N}, {Q}", "г. {T}, ул. {S}, д. {N}, кв. {Q}"))
    doc.t("</Address>\n  <Policy type=\"DMS\">").v(MRN, pick("XXX-XXXXXX-Y", "XX-XXXXXXXXX")).t("</Policy>\n</Patient>")
    return doc.done()


def hl7_adt(rng: random.Random, fake: Any) -> Planted:
    female = rng.random() < 0.5
    last = fake.last_name_female() if female else fake.last_name_male()
    first = fake.first_name_female() if female else fake.first_name_male()
    mid = fake.middle_name_female() if female else fake.middle_name_male()
    ts = f"2025{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{rng.randrange(8, 20):02d}{rng.randrange(60):02d}"
    doc = Doc(rng, fake).t(f"MSH|^~\\&|MEDIALOG|CLINIC|LIS|LAB|{ts}||ADT^A04|{rng.randrange(10**6, 10**7)}|P|2.5\n")
    doc.t("PID|1||").v(MRN, pick("XXXXXXX", "XXXXXXXX")).t("^^^CLINIC^MR~").v("RU_SNILS", snils_v("XXXXXXXXXXX"))
    doc.t("^^^PFR^SS||").v(PER, last).t("^").v(PER, first).t("^").v(PER, mid).t("||")
    doc.v(DT, date_v("yyyymmdd", kind="birth")).t("|" + ("F" if female else "M") + "|||")
    town, street = fake.city_name().split(" (")[0], fake.street_title()
    doc.v(LOC, f"ул. {street}, д. {rng.randrange(1, 90)}, кв. {rng.randrange(1, 200)}").t("^^").v(LOC, town).t("^^")
    doc.v(LOC, str(rng.randrange(101000, 692999))).t("||").v(TEL, phone_v("89XXXXXXXXX", "+79XXXXXXXXX")).t("\n")
    doc.t("PV1|1|O|COSM^^^^||||^").v(PER, fake.last_name_female()).t("^").v(PER, fake.first_name_female()).t("^^^^^DOC")
    return doc.done()


def keyvalue_log(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t(f"[{rng.choice(('INFO', 'WARN'))}] booking.created ").t("ts=")
    doc.v(DT, date_v("yyyy-mm-ddTHH:MI:00Z", "yyyy-mm-dd HH:MI:00")).t(" patient_id=").v(MRN, pick("XXXXXXX", "pXXXXXX"))
    doc.t(' name="').v(PER, name("F I O", "F I")).t('" phone=').v(TEL, PLAIN_PHONE).t(" email=").v("EMAIL_ADDRESS", EMAIL)
    doc.t(" doctor_id=" + str(rng.randrange(10, 999)) + " slot=").v(DT, date_v("dd.mm.yyyy HH:MI"))
    doc.t(" utm_source=yandex confirm_url=").v("URL", url_v(1.0))
    return doc.done()


def fixed_width(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("КАРТА   ФАМИЛИЯ И.О.            ДАТА РОЖД.  ТЕЛЕФОН           ИНН\n")
    for _ in range(rng.randrange(2, 4)):
        card = pick("XXXXXX")(rng, fake)
        who = name("F io")(rng, fake).upper()
        doc.v(MRN, card).t(" " * (8 - len(card))).v(PER, who).t(" " * max(1, 24 - len(who)))
        doc.v(DT, date_v("dd.mm.yyyy", kind="birth")).t("  ")
        tel = phone_v("8(9XX)XXX-XX-XX", "+7 9XX XXX-XX-XX")(rng, fake)
        doc.v(TEL, tel).t(" " * max(1, 18 - len(tel))).v("RU_INN", inn_v("XXXXXXXXXXXX")).t("\n")
    return doc.done()


def booking_sms(rng: random.Random, fake: Any) -> Planted:
    female = rng.random() < 0.5
    first = fake.first_name_female() if female else fake.first_name_male()
    mid = fake.middle_name_female() if female else fake.middle_name_male()
    doc = Doc(rng, fake).t(rng.choice(("Здравствуйте, ", "Добрый день, ", "Уважаемый(ая) "))).v(PER, f"{first} {mid}")
    doc.t("! Вы записаны к врачу ").v(PER, name("F I O", "F io")).t(" на ").v(DT, date_v("dd.mm в HH:MI", "d MG в HH:MI", "dd.mm.yyyy HH:MI"))
    doc.t(" по адресу: ").v(LOC, addr_v("{T}, ул. {S}, {N}", "ул. {S}, д. {N}, пом. {E}")).t(". Номер записи ")
    doc.v(MRN, pick("XXXXXXX", "ЗXXXXXX")).t(". Отмена: ").v("URL", url_v(1.0)).t(" или по тел. ").v(TEL, phone_v(city=1.0))
    return doc.done()


def booking_email(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("От: ").v("EMAIL_ADDRESS", email_v(0.0)).t("\nКому: ").v("EMAIL_ADDRESS", EMAIL)
    doc.t("\nТема: Подтверждение записи на МРТ\n\nПациент: ").v(PER, name("F I O")).t("\nДата рождения: ")
    doc.v(DT, date_v("dd.mm.yyyy", kind="birth")).t("\nВремя исследования: ").v(DT, date_v("dd.mm.yyyy, HH:MI", "d MG yyyy г., HH:MI"))
    doc.t("\nПредоплата 50%. Оплатить онлайн: ").v("URL", url_v(1.0)).t("\nС уважением, администратор ").v(PER, name("I", "I F"))
    return doc.done()


def lab_order(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("БЛАНК-ЗАКАЗ № ").v(MRN, pick("XXXXXXXXXX", "XXXXXXXXX")).t("\n")
    p = who(rng, fake)
    full = fmt(p, "F I O")
    doc.t(typo(rng, "Ф.И.О. пациента: ")).v(PER, full.upper() if rng.random() < 0.4 else full).t("   Пол: ")
    doc.t("Ж" if p[3] else "М")
    doc.t("\nДата рождения: ").v(DT, date_v("dd.mm.yyyy", "dd/mm/yyyy", kind="birth")).t("\nДата/время взятия: ")
    doc.v(DT, date_v("dd.mm.yyyy HH:MI", "dd.mm.yy HH:MI")).t("\nТелефон: ").v(TEL, phone_v()).t("\nE-mail для результатов: ")
    doc.v("EMAIL_ADDRESS", EMAIL).t("\nИсследования: 70-001 ОАК, 31-018 ТТГ, 22-123 Ферритин\nНаправивший врач: ")
    doc.v(PER, name("F io", "F i o")).t("\nОплата: наличные / карта")
    return doc.done()


def admin_comments(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("Комментарии администратора:\n").v(DT, date_v("dd.mm", "dd.mm.yy")).t(" — клиентка ")
    female_last = fake.last_name_female()
    doc.v(PER, female_last).t(" звонила, просит перенести чистку лица на пятницу; ")
    rel = rng.choice(("муж", "мама", "сестра", "сын"))
    kin = who(rng, fake, rel in ("мама", "сестра"))
    doc.t(rel + " ").v(PER, fmt(kin, rng.choice(("I O", "I", "I F"))))
    doc.t(" оплатит картой, для налогового вычета нужен " + ("её" if kin[3] else "его") + " ИНН ")
    doc.v("RU_INN", inn_v("XXXXXXXXXXXX")).t(".\n").v(DT, date_v("dd.mm", "d.m")).t(" — не дозвонились на ").v(TEL, phone_v())
    doc.t(", написали в телеграм. Справку для ФНС отправить на ").v("EMAIL_ADDRESS", EMAIL).t(" (ФИО в справке — ")
    doc.v(PER, female_last + " " + fake.first_name_female()).t(").")
    return doc.done()


def dms_register(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("РЕЕСТР оказанных услуг застрахованным по ДМС за ").v(DT, date_v("mm.yyyy", "mm/yyyy г."))
    doc.t("\nN п/п; ФИО застрахованного; № полиса; Дата оказания; Код услуги; Сумма\n")
    for i in range(rng.randrange(2, 4)):
        doc.t(f"{i + 1}; ").v(PER, name("F I O", "F io")).t("; ").v(MRN, pick("XXX-XXXXXX-Y", "ДМС-XXXXXXX", "XX-XXXXXXXXX"))
        doc.t("; ").v(DT, date_v("dd.mm.yyyy")).t(f"; B01.{rng.randrange(1, 70):03d}.001; {rng.randrange(12, 60)}00,00\n")
    return doc.done()


def referral_out(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("НАПРАВЛЕНИЕ № ").v(MRN, pick("XXXXX", "Н-XXXXXX")).t(" на ").one("КТ", "УЗИ", "консультацию")
    doc.t("\nФИО: ").v(PER, name("F I O")).t(" | д.р. ").v(DT, date_v("dd.mm.yyyy", kind="birth")).t(" | ОМС ")
    doc.v("RU_OMS_POLICY", oms_v(old=0.15)).t(" | СНИЛС ").v("RU_SNILS", snils_v()).t("\nАдрес: ").v(LOC, addr_v(
        "{R}, {T}, ул. {S}, д. {N}, кв. {Q}", "{T}, {S} ул., {N}-{Q}")).t("\nОплата: за счёт пациента (договор ")
    doc.v(MRN, pick("ПМУ-Y/XXXXX", "XXX-П/Y")).t(")\nВрач ").v(PER, name("F io")).t(", тел. ").v(TEL, phone_v(city=0.5))
    return doc.done()


def sick_leave_note(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("Выписной эпикриз (клиника пластической хирургии)\nПациентка ").v(PER, fmt(who(rng, fake, True), rng.choice(("F I O", "F io"))))
    doc.t(", ").v(DT, date_v("yyyy", kind="birth")).t(" г.р., И/б № ").v(MRN, pick("XXX/Y", "XXXX-П"))
    doc.t(", находилась в стационаре с ").v(DT, date_v("dd.mm.yyyy", "dd.mm")).t(" по ").v(DT, date_v("dd.mm.yyyy"))
    doc.t(".\nОткрыт ЭЛН № ").v(MRN, pick("9XXXXXXXXXXX")).t(", продлён до ").v(DT, date_v("dd.mm.yyyy", "dd.mm.yy"))
    doc.t(".\nПаспорт ").v("RU_PASSPORT", passport_v()).t("; СНИЛС ").v("RU_SNILS", snils_v()).t("\nЛечащий врач ").v(PER, name("F io"))
    return doc.done()


def fitness_card(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("Анкета члена клуба\nКлубная карта № ").v(MRN, pick("XXXXXXXX", "FXXXXX")).t("\n")
    doc.t("ФИО: ").v(PER, name("F I O", "F I", lower=0.2)).t("\nДата рождения: ").v(DT, date_v("dd.mm.yyyy", "d.m.yy", kind="birth"))
    doc.t("\nТелефон: ").v(TEL, phone_v()).t("\nЭкстренный контакт: ").v(PER, name("I", "I F", "F I O")).t(" (")
    doc.one("жена", "муж", "мать", "отец").t(") ").v(TEL, phone_v()).t("\nСправка терапевта от ").v(DT, date_v("dd.mm.yyyy"))
    doc.t(": противопоказаний к занятиям в тренажёрном зале и бассейне нет.\nАдрес: ").v(LOC, addr_v("{T}, {S}, {N}-{Q}", "ул. {S}, {N}, кв. {Q}"))
    return doc.done()


def mis_card_print(rng: random.Random, fake: Any) -> Planted:
    enp = enp_digits(rng)
    doc = Doc(rng, fake).t("КАРТОЧКА ПАЦИЕНТА (МИС)\nФамилия ").v(PER, fake.last_name_male()).t("\nИмя ")
    doc.v(PER, fake.first_name_male()).t("\nОтчество ").v(PER, fake.middle_name_male()).t("\nДата рождения ")
    doc.v(DT, date_v("dd.mm.yyyy", kind="birth")).t("\nЕНП ").val("RU_OMS_POLICY", enp).t("\nСНИЛС ").v("RU_SNILS", snils_v())
    doc.t("\nИНН ").v("RU_INN", inn_v("XXXXXXXXXXXX")).t("\nКанал записи: ").one("сайт", "колл-центр", "агрегатор").t("\nСайт записи: ")
    doc.v("URL", url_v(0.0)).t("\nАдрес места жительства: ").v(LOC, addr_v("{P}, {R}, {T}, ул. {S}, д. {N}, кв. {Q}"))
    return doc.done()


EXPORT_BLOCKS49: list[BlockFamily] = [
    BlockFamily("b49-crm-csv", H, crm_csv),
    BlockFamily("b49-crm-json", H, crm_json),
    BlockFamily("b49-crm-xml", H, crm_xml),
    BlockFamily("b49-hl7-adt", H, hl7_adt),
    BlockFamily("b49-keyvalue-log", H, keyvalue_log),
    BlockFamily("b49-fixed-width", H, fixed_width),
    BlockFamily("b49-booking-sms", H, booking_sms),
    BlockFamily("b49-booking-email", H, booking_email),
    BlockFamily("b49-lab-order", H, lab_order),
    BlockFamily("b49-admin-comments", H, admin_comments),
    BlockFamily("b49-dms-register", H, dms_register),
    BlockFamily("b49-referral-out", H, referral_out),
    BlockFamily("b49-sick-leave-note", H, sick_leave_note),
    BlockFamily("b49-fitness-card", H, fitness_card),
    BlockFamily("b49-mis-card-print", H, mis_card_print),
]
