"""blind11 whole documents from systems: private-clinic CRM exports (JSON, CSV), HL7 and CDA
messages, telemedicine logs, MIS key-value dumps, OCR scans, lab requisitions, sick-leave data."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind11_gen import (
    FOREIGN,
    B,
    Person,
    address,
    birth,
    dg,
    dstr,
    dtime,
    email,
    enp,
    inn,
    inn12,
    mrn,
    oms,
    pass_number,
    pass_series,
    phone,
    shift,
    snils,
    snils_digits,
    translit,
    url,
    ymd,
)
from benchmarks.pii_families import Planted


def crm_json(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    by, bm, bd = birth(rng)
    b = (
        B()
        .t('{"patient_id": "')
        .v("MEDICAL_RECORD_NUMBER", mrn(rng, "crm"))
        .t('", "last_name": "')
        .v("PERSON", p.last)
    )
    b.t('", "first_name": "').v("PERSON", p.first).t('", "middle_name": "').v("PERSON", p.middle)
    b.t('", "birthday": "').v("DATE_TIME", f"{by}-{bm:02d}-{bd:02d}").t('", "phone": "').v(
        "PHONE_NUMBER", f"7{9}{dg(rng, 9)}"
    )
    b.t('", "email": "').v("EMAIL_ADDRESS", email(rng, p)).t('", "inn": "').v("RU_INN", inn12(rng))
    b.t('", "source": "instagram", "discount": 10, "balance": -2500.00, "tags": ["ортодонтия", "VIP"], ')
    b.t('"last_visit": "').v(
        "DATE_TIME",
        f"{dstr(rng, ymd(rng, 2025, 2026), 'iso')}T{rng.randint(8, 20):02d}:{rng.choice(('00', '30'))}:00+03:00",
    )
    b.t('", "doctor": "').v("PERSON", Person(rng, fake).f_io()).t('", "branch_id": 3}')
    return b.done()


def crm_csv(rng: random.Random, fake: Any) -> Planted:
    b = B().t("date;time;client;phone;service;doctor;status;amount\n")
    d = ymd(rng, 2025, 2026)
    for _ in range(rng.randint(3, 4)):
        c, doc = Person(rng, fake), Person(rng, fake)
        b.v("DATE_TIME", dstr(rng, d, "num")).t(f";{rng.randint(9, 19)}:{rng.choice(('00', '30'))};")
        b.v("PERSON", f"{c.f()} {c.i()}").t(";").v("PHONE_NUMBER", phone(rng, "mob")).t(";")
        b.t(
            rng.choice(
                ("Приём гинеколога первичный", "УЗИ ОМТ", "Чистка AirFlow", "Консультация психотерапевта")
            )
        )
        b.t(";").v("PERSON", doc.f_io()).t(";").t(rng.choice(("пришёл", "отмена", "не дозвонились"))).t(
            f";{rng.randint(15, 60)}00\n"
        )
    return b.done()


def hl7_adt(rng: random.Random, fake: Any) -> Planted:
    p, doc = Person(rng, fake), Person(rng, fake)
    y, m, d = ymd(rng, 2025, 2026)
    by, bm, bd = birth(rng)
    b = (
        B()
        .t("MSH|^~\\&|MEDIALOG|ONKO2|LIS|LAB|")
        .v("DATE_TIME", f"{y}{m:02d}{d:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}")
    )
    b.t(f"||ADT^A01|{dg(rng, 8)}|P|2.5\rPID|1||").v("MEDICAL_RECORD_NUMBER", dg(rng, 7)).t("^^^ONKO2^MR~")
    b.v("RU_SNILS", snils_digits(rng)).t("^^^PFR^SNILS||").v("PERSON", p.last).t("^").v("PERSON", p.first).t(
        "^"
    )
    b.v("PERSON", p.middle).t("||").v("DATE_TIME", f"{by}{bm:02d}{bd:02d}").t(f"|{'M' if p.male else 'F'}|||")
    b.v("LOCATION", f"ул. {fake.street_title()} {rng.randint(1, 99)}-{rng.randint(1, 200)}").t("^^")
    b.v("LOCATION", fake.city_name()).t("^^").v("LOCATION", f"{rng.randint(1, 69):02d}{dg(rng, 4)}")
    b.t("||").v("PHONE_NUMBER", f"+7{dg(rng, 10)}").t("\rPV1|1|I|ХИР2^214^1||||").v("PERSON", doc.last).t(
        "^"
    ).v("PERSON", doc.first)
    b.t("|||||||||||").v("MEDICAL_RECORD_NUMBER", f"{rng.randint(1, 9999)}/{y % 100}").t("\rIN1|1|OMS|")
    b.v("RU_OMS_POLICY", enp(rng)).t("|SOGAZ-MED")
    return b.done()


def cda_xml(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    by, bm, bd = birth(rng)
    b = B().t(
        '<recordTarget>\n <patientRole>\n  <id root="1.2.643.5.1.13.13.12.2.77.7973.100.1.1.17" extension="'
    )
    b.v("MEDICAL_RECORD_NUMBER", dg(rng, 8)).t('"/>\n  <id root="1.2.643.100.3" extension="').v(
        "RU_SNILS", snils_digits(rng)
    )
    b.t('"/>\n  <identity:IdentityDoc><identity:IdentityCardTypeId code="1"/>\n   <identity:Series>')
    b.v("RU_PASSPORT", pass_series(rng, False)).t("</identity:Series>\n   <identity:Number>").v(
        "RU_PASSPORT", pass_number(rng)
    )
    b.t("</identity:Number>\n  </identity:IdentityDoc>\n  <addr><streetAddressLine>").v(
        "LOCATION", address(rng, fake, "index")
    )
    b.t('</streetAddressLine></addr>\n  <telecom value="tel:').v("PHONE_NUMBER", f"+7{dg(rng, 10)}")
    b.t('"/>\n  <telecom value="mailto:').v("EMAIL_ADDRESS", email(rng, p)).t(
        '"/>\n  <patient>\n   <name><family>'
    )
    b.v("PERSON", p.last).t("</family><given>").v("PERSON", p.first).t("</given><identity:Patronymic>").v(
        "PERSON", p.middle
    )
    b.t('</identity:Patronymic></name>\n   <birthTime value="').v("DATE_TIME", f"{by}{bm:02d}{bd:02d}").t(
        '"/>\n  </patient>\n'
    )
    b.t(" </patientRole>\n</recordTarget>")
    return b.done()


def telemed_log(rng: random.Random, fake: Any) -> Planted:
    p, doc = Person(rng, fake), Person(rng, fake)
    d = ymd(rng, 2025, 2026)
    b = B().t("Протокол телемедицинской консультации (врач — пациент)\nИдентификатор сеанса: ")
    b.v("MEDICAL_RECORD_NUMBER", f"TM-{dg(rng, 4)}-{dg(rng, 6)}").t("\nНачало: ").v(
        "DATE_TIME", dtime(rng, d, "iso")
    )
    b.t("  Длительность: 18 мин\nПациент: ").v("PERSON", p.fio()).t(
        " (идентификация через ЕСИА)\nСсылка на комнату: "
    )
    b.v("URL", url(rng)).t("\nВрач-психотерапевт: ").v("PERSON", doc.fio()).t("\n")
    b.t(
        "Жалобы на тревогу, нарушение сна 2 мес. HADS: тревога 12, депрессия 8. Рекомендован эсциталопрам 5 мг утром.\n"
    )
    b.t("Следующая консультация: ").v("DATE_TIME", dtime(rng, ymd(rng, 2025, 2026), "num"))
    b.t(". Резервный контакт пациента: ").v("PHONE_NUMBER", phone(rng))
    return b.done()


def telemed_messenger(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = ymd(rng, 2025, 2026)
    b = B().t("Переписка в защищённом мессенджере (сохранено в ЭМК):\n")
    b.v("PERSON", f"{p.i()} {p.f()[0]}.").t(", ").v("DATE_TIME", dtime(rng, d, "num")).t(":\n")
    b.t("  Доктор, отправляю анализы, вот ссылка ").v("URL", url(rng, p)).t(". Мой новый номер ")
    b.v("PHONE_NUMBER", phone(rng)).t(", старый не работает.\n")
    b.t("Врач, ").v("DATE_TIME", dtime(rng, d, "num")).t(
        ":\n  Получил. Глюкоза 6,1, HbA1c 6,4% — преддиабет. Почта для заключения "
    )
    b.v("EMAIL_ADDRESS", email(rng, p)).t("?\n")
    b.t("Пациент: да. Зовут меня, если что, ").v("PERSON", p.fio()).t(".")
    return b.done()


def mis_keyvalue(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    b = B().t("[Patient]\n")
    b.t("Famil=").v("PERSON", p.f()).t("\nImya=").v("PERSON", p.i()).t("\nOtch=").v("PERSON", p.o()).t("\n")
    b.t("DR=").v("DATE_TIME", dstr(rng, birth(rng), rng.choice(("num", "nozero")))).t("\n")
    b.t("SNILS=").v("RU_SNILS", snils(rng, rng.choice(("nodash", "plain", "std")))).t("\n")
    b.t("ENP=").v("RU_OMS_POLICY", enp(rng)).t("\n")
    b.t("DUL_SER=").v("RU_PASSPORT", pass_series(rng, False)).t("\nDUL_NUM=").v(
        "RU_PASSPORT", pass_number(rng)
    ).t("\n")
    b.t("ADRES=").v("LOCATION", address(rng, fake, rng.choice(("city", "index", "short")))).t("\n")
    b.t("TEL_MOB=").v("PHONE_NUMBER", phone(rng, "mob")).t("\nLPU_ATTACH=0503012\nUCH=17\nMKB=E11.9\n")
    b.t("IB_NUM=").v("MEDICAL_RECORD_NUMBER", mrn(rng, "ib")).t("\nDATE_IN=").v(
        "DATE_TIME", dtime(rng, ymd(rng, 2025, 2026), "num")
    )
    return b.done()


def ocr_title_page(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    s = snils_digits(rng)
    b = B().t("МЕДИЦИНСКАЯ КАРТА ПАЦИЕНТА, ПОЛУЧАЮЩЕГО МЕДИЦИНСКУЮ ПОМОЩЬ\nВ АМБУЛАТОРНЫХ УСЛОВИЯХ  № ")
    b.v("MEDICAL_RECORD_NUMBER", mrn(rng, "amb")).t("\n1. Дата заполнения медицинской карты: ")
    b.v("DATE_TIME", dstr(rng, ymd(rng, 2010, 2025), "ocr")).t(
        rng.choice(("\n2. Фамилия, имя, отчество\n", "\n2. Ф.И.0.\n"))
    )
    b.v("PERSON", p.fio()).t(
        rng.choice(("\n3. Пол: муж. - 1, жен. - 2     4. Дата рождения: ", "\n3. Пол: 1/2  4. Дата рожд:  "))
    )
    b.v("DATE_TIME", " ".join(dstr(rng, birth(rng), "num"))).t("\n5. Место регистрации: ")
    b.v("LOCATION", address(rng, fake, rng.choice(("rural", "city")))).t(
        "\n6. Местность: городская - 1, сельская - 2\n"
    )
    b.t("7. Полис ОМС: серия ____ № ").v("RU_OMS_POLICY", oms(rng, "groups4")).t(
        rng.choice(("\n8. СНИЛС |", "\n8. CНИЛC |"))
    )
    b.v("RU_SNILS", "|".join(s)).t("|\n9. Наименование страховой медицинской организации: АО «МАКС-М»")
    return b.done()


def lab_requisition(rng: random.Random, fake: Any) -> Planted:
    p, doc = Person(rng, fake), Person(rng, fake)
    d = ymd(rng, 2025, 2026)
    b = (
        B()
        .t("БЛАНК-НАПРАВЛЕНИЕ на лабораторное исследование\nШтрих-код пробирки: ")
        .v("MEDICAL_RECORD_NUMBER", dg(rng, 10))
    )
    b.t("\nЗаявка ").v("MEDICAL_RECORD_NUMBER", mrn(rng, "lab")).t("\nФИО: ").v("PERSON", p.f_io()).t(
        "   Возраст: 54 г.\n"
    )
    b.t("Взятие биоматериала: ").v("DATE_TIME", dtime(rng, d, "num2")).t(
        "\nИсследования: ОАК, СРБ, ПСА общ., CA-125, CA 19-9, "
    )
    b.t("ферритин. Материал: сыворотка, 5 мл, пробирка с ЭДТА K3.\nНаправил: ").v("PERSON", doc.io_f())
    b.t(", к. 318, тел. ").v("PHONE_NUMBER", phone(rng, "ext"))
    return b.done()


def eln_data(rng: random.Random, fake: Any) -> Planted:
    p, doc = Person(rng, fake), Person(rng, fake)
    y, m, d = ymd(rng, 2025, 2026)
    b = (
        B()
        .t("Листок нетрудоспособности (электронный)\nНомер ЭЛН: ")
        .v("MEDICAL_RECORD_NUMBER", mrn(rng, "eln"))
    )
    b.t("\nПредыдущий ЭЛН (продолжение): ").v("MEDICAL_RECORD_NUMBER", dg(rng, 12)).t("\nСНИЛС: ").v(
        "RU_SNILS", snils(rng)
    )
    b.t("\nФИО: ").v("PERSON", p.fio()).t("\nПричина: 01 (заболевание)\nОсвобождение от работы:\n")
    b.t("  с ").v("DATE_TIME", f"{d:02d}.{m:02d}.{y}").t(" по ").v(
        "DATE_TIME", dstr(rng, shift((y, m, d), 6), "num")
    )
    b.t("  врач ").v("PERSON", doc.f_io()).t("\n  с ").v(
        "DATE_TIME", dstr(rng, shift((y, m, d), 7), "num")
    ).t(" по ")
    b.v("DATE_TIME", dstr(rng, shift((y, m, d), 12), "num")).t("  ВК № 412\nПриступить к работе: ")
    b.v("DATE_TIME", dstr(rng, shift((y, m, d), 13), "num")).t(
        "\nИНН работодателя 7707083893 (не заполняется для ИП)"
    )
    return b.done()


def callers_sheet(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    b = (
        B()
        .t("Лист контактов пациента ")
        .v("PERSON", p.f_io("gent"))
        .t(" (ИБ ")
        .v("MEDICAL_RECORD_NUMBER", mrn(rng, "ib"))
        .t(")\n")
    )
    b.t("Тел.: моб. ").v("PHONE_NUMBER", phone(rng, "mob")).t(", дом. ").v(
        "PHONE_NUMBER", phone(rng, "city")
    ).t(", раб. ")
    b.v("PHONE_NUMBER", phone(rng, "ext")).t("\n")
    for rel in rng.sample(("жена", "муж", "сын", "дочь", "сестра", "соцработник"), 2):
        r = Person(rng, fake, male=rel in ("муж", "сын"))
        b.t(f"{rel.capitalize()} — ").v("PERSON", r.io()).t(": ").v("PHONE_NUMBER", phone(rng)).t("; ")
        b.v("PHONE_NUMBER", phone(rng, "mob")).t("\n")
    b.t("Звонить с 9:00 до 21:00. Пост 3, палата 7, тел. поста 2-14.")
    return b.done()


def foreign_patient(rng: random.Random, fake: Any) -> Planted:
    last, first = rng.choice(FOREIGN)
    host = Person(rng, fake)
    b = (
        B()
        .t("Карта иностранного гражданина (платные услуги, ДМС)\nSurname / Фамилия: ")
        .v("PERSON", last.upper())
    )
    b.t("\nGiven names / Имя: ").v("PERSON", first.upper()).t("\nДата рождения / Date of birth: ")
    b.v("DATE_TIME", dstr(rng, birth(rng, 1975, 2006), rng.choice(("num", "iso", "slash")))).t(
        "\nАдрес временного пребывания: "
    )
    b.v("LOCATION", address(rng, fake, rng.choice(("city", "short", "reverse")))).t("\nТелефон: ").v(
        "PHONE_NUMBER", phone(rng, "foreign")
    )
    b.t(", в РФ: ").v("PHONE_NUMBER", phone(rng, "mob")).t("\nПринимающая сторона: ").v("PERSON", host.fio())
    b.t("\nМедосмотр для патента: флюорография, ВИЧ, сифилис, нарколог. Сертификат ВИЧ № ")
    b.v("MEDICAL_RECORD_NUMBER", f"{dg(rng, 2)}-{dg(rng, 6)}").t(", дата ").v(
        "DATE_TIME", dstr(rng, ymd(rng, 2025, 2026), "num")
    )
    return b.done()


def tax_deduction_request(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    b = B().t("Заявление на выдачу справки для налогового вычета (через личный кабинет ")
    b.v(
        "URL",
        f"https://lk.{rng.choice(('medsi', 'smclinic', 'doctor-plus', 'clinica-zdorovie'))}.ru/profile/{dg(rng, 6)}",
    ).t(")\n")
    b.t("Я, ").v("PERSON", p.fio()).t(", ИНН ").v("RU_INN", inn(rng)).t(
        ", прошу выдать справку об оплате услуг за "
    )
    b.t(f"{rng.randint(2022, 2025)} год, оказанных моему сыну ").v(
        "PERSON", Person(rng, fake, male=True).io_f("datv")
    )
    b.t(".\nИНН сына: ").v("RU_INN", inn(rng)).t("; СНИЛС: ").v("RU_SNILS", snils(rng)).t("\nE-mail: ").v(
        "EMAIL_ADDRESS", email(rng, p)
    )
    b.t("\nДата: ").v("DATE_TIME", dstr(rng, ymd(rng, 2026, 2026), "num"))
    return b.done()


def sms_reminders(rng: random.Random, fake: Any) -> Planted:
    b = B().t("Журнал SMS-напоминаний (шлюз МИС)\n")
    for _ in range(3):
        p = Person(rng, fake)
        d = ymd(rng, 2025, 2026)
        b.v("PHONE_NUMBER", f"7{dg(rng, 10)}").t(" | ").v("DATE_TIME", dtime(rng, d, "iso")).t(" | «")
        b.v("PERSON", p.io()).t(", напоминаем о приёме ").v(
            "DATE_TIME", dstr(rng, ymd(rng, 2025, 2026), "daymonth")
        )
        b.t(" в 14:20, каб. 12. Отмена: 0 в ответ» | DELIVERED\n")
    return b.done()


def transliterated_card(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    by, bm, bd = birth(rng)
    b = B().t("International medical certificate / Медицинская справка для выезда\nName: ")
    b.v("PERSON", f"{translit(p.last).upper()} {translit(p.first).upper()}").t("\nDate of birth: ")
    b.v(
        "DATE_TIME",
        f"{bd:02d} {('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')[bm - 1]} {by}",
    )
    b.t("\nRussian internal passport: ").v("RU_PASSPORT", f"{pass_series(rng, False)} {pass_number(rng)}")
    b.t("\nOMS policy: ").v("RU_OMS_POLICY", oms(rng, "plain")).t(
        "\nVaccinated against COVID-19 (Sputnik V): "
    )
    b.v("DATE_TIME", dstr(rng, ymd(rng, 2021, 2022), "iso")).t("\nDiagnosis: Z02.7. Fit to travel.")
    return b.done()


SYSTEM_BLOCKS = [
    ("b11_crm_json", crm_json),
    ("b11_crm_csv", crm_csv),
    ("b11_hl7_adt", hl7_adt),
    ("b11_cda_xml", cda_xml),
    ("b11_telemed_log", telemed_log),
    ("b11_telemed_messenger", telemed_messenger),
    ("b11_mis_keyvalue", mis_keyvalue),
    ("b11_ocr_title_page", ocr_title_page),
    ("b11_lab_requisition", lab_requisition),
    ("b11_eln_data", eln_data),
    ("b11_callers_sheet", callers_sheet),
    ("b11_foreign_migrant_card", foreign_patient),
    ("b11_tax_deduction_request", tax_deduction_request),
    ("b11_sms_reminders", sms_reminders),
    ("b11_transliterated_card", transliterated_card),
]
