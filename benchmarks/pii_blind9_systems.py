"""blind9 blocks: MIS/EMR screens, lab/imaging/pharmacy systems, exports, messengers and e-mail."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind9_values import (
    SPLIT,
    Doc,
    Person,
    address,
    date_str,
    digits,
    email,
    enp,
    inn12,
    passport,
    phone,
    record_no,
    snils,
    translit,
)
from benchmarks.pii_families import BlockFamily, Planted

P, D, L, T = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
MRN, SN, INN, PAS, OMS, EM, URL = (
    "MEDICAL_RECORD_NUMBER",
    "RU_SNILS",
    "RU_INN",
    "RU_PASSPORT",
    "RU_OMS_POLICY",
    "EMAIL_ADDRESS",
    "URL",
)


def mis_screen(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = Doc().t("[ЕМИАС] Карточка пациента ─ ").v(P, p.shape("UP")).t(" │ ДР ").v(D, date_str(rng, "dot"))
    d.t(f" │ {rng.randint(18, 90)} л. │ ЕНП ").v(OMS, enp(rng)).t(f" │ Уч. {rng.randint(1, 30)}\n")
    d.t("Прикрепление: ГП №").t(str(rng.randint(1, 220))).t(" │ СНИЛС ").v(SN, snils(rng)).t(" │ Моб. ").v(
        T, phone(rng)
    )
    d.t("\nАдрес: ").v(L, address(rng, fake)).t(" │ ЭМК: ").v(MRN, record_no(rng, "emr"))
    d.t("\nПоследнее посещение: ").v(D, date_str(rng, "dt", 2026, 2026)).t(" │ Диагноз: I10 │ Д-учёт: да")
    return d.done()


def json_export(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = Doc().t('{"patient": {"id": "').v(MRN, f"{digits(rng, 8)}").t('", "lastName": "').v(P, p.F())
    d.t('", "firstName": "').v(P, p.I()).t('", "middleName": "').v(P, p.O()).t('",\n  "birthDate": "')
    d.v(D, date_str(rng, "iso")).t('", "gender": "').t("F" if p.female else "M").t('", "snils": "').v(
        SN, snils(rng, "bare")
    )
    d.t('",\n  "enp": "').v(OMS, enp(rng)).t('", "inn": "').v(INN, inn12(rng)).t('", "phone": "').v(
        T, phone(rng, "bare")
    )
    d.t('",\n  "email": "').v(EM, email(rng, fake, p)).t('", "address": {"text": "').v(
        L, address(rng, fake, "city")
    )
    d.t('"}},\n "visit": {"date": "').v(D, date_str(rng, "dt_iso", 2026, 2026)).t(
        '", "icd10": "E11.9", "room": "214"}}'
    )
    return d.done()


def xml_semd(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    y, m, dd = rng.randint(1940, 2010), rng.randint(1, 12), rng.randint(1, 28)
    d = Doc().t(
        '<recordTarget><patientRole>\n  <id root="1.2.643.5.1.13.13.12.2.77.7973.100.1.1.17" extension="'
    )
    d.v(MRN, digits(rng, 7)).t('"/>\n  <id root="1.2.643.100.3" extension="').v(SN, snils(rng, "bare"))
    d.t('"/>\n  <identity:DocInfo><identity:Series>').v(PAS, passport(rng)[0]).t(
        "</identity:Series><identity:Number>"
    )
    d.v(PAS, digits(rng, 6)).t('</identity:Number></identity:DocInfo>\n  <addr use="H"><streetAddressLine>')
    d.v(L, address(rng, fake, rng.choice(("index_first", "korp")))).t(
        '</streetAddressLine></addr>\n  <telecom value="tel:'
    )
    d.v(T, phone(rng, "bare")).t('"/>\n  <telecom value="mailto:').v(EM, email(rng, fake, p)).t(
        '"/>\n  <patient><name><family>'
    )
    d.v(P, p.F()).t("</family><given>").v(P, p.I()).t("</given><identity:Patronymic>").v(P, p.O())
    d.t('</identity:Patronymic></name>\n  <birthTime value="').v(D, f"{y}{m:02d}{dd:02d}").t(
        '"/></patient>\n</patientRole></recordTarget>'
    )
    return d.done()


def csv_export(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("id_pac;fam;im;ot;dr;snils;enp;tel;adres\n")
    for _ in range(rng.randint(2, 4)):
        p = Person(rng, fake)
        d.v(MRN, digits(rng, 6)).t(";").v(P, p.F()).t(";").v(P, p.I()).t(";").v(P, p.O()).t(";")
        d.v(D, date_str(rng, rng.choice(("dot", "iso")))).t(";").v(
            SN, snils(rng, rng.choice(("bare", "std")))
        )
        d.t(";").v(OMS, enp(rng)).t(";").v(T, phone(rng, "bare")).t(';"').v(L, address(rng, fake, "city")).t(
            '"\n'
        )
    return d.done()


def hl7_v2(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = Doc().t("MSH|^~\\&|MIS|GKB15|LIS|CKDL|").v(D, date_str(rng, "hl7", 2026, 2026)).t("||ORM^O01|")
    d.t(digits(rng, 9)).t("|P|2.5\nPID|1||").v(MRN, digits(rng, 8)).t("^^^MIS^MR~").v(
        SN, snils(rng, "bare")
    ).t("^^^PFR^SS||")
    d.v(P, translit(p.f).upper()).t("^").v(P, translit(p.i).upper()).t("^").v(P, translit(p.o).upper()).t(
        "||"
    )
    d.v(D, date_str(rng, "compact")).t("|").t("F" if p.female else "M").t("|||").v(
        L, f"ul. {translit(fake.street_title())} {rng.randint(1, 99)}-{rng.randint(1, 200)}"
    )
    d.t("^^").v(L, translit(fake.city_name())).t("^^").v(L, fake.postcode()).t("||").v(T, phone(rng, "bare"))
    d.t("\nPV1|1|I|KARD^412^2||||").v(P, Person(rng, fake).shape("lat").replace(" ", "^")).t("\nORC|NW|").v(
        MRN, record_no(rng, "lab")
    )
    d.t("\nOBR|1||").v(MRN, f"ACC{digits(rng, 7)}").t("|CBC^Общий анализ крови")
    return d.done()


def fhir_patient(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = Doc().t(
        '{"resourceType": "Patient",\n "identifier": [{"system": "urn:oid:1.2.643.2.69.1.1.1.6.223", "value": "'
    )
    d.v(SN, snils(rng, "bare")).t('"}, {"system": "urn:oid:1.2.643.2.69.1.1.1.6.228", "value": "').v(
        OMS, enp(rng)
    )
    d.t('"}, {"system": "urn:mis:mrn", "value": "').v(MRN, f"MRN-{digits(rng, 7)}").t(
        '"}],\n "name": [{"family": "'
    )
    d.v(P, p.F()).t('", "given": ["').v(P, p.I()).t('", "').v(P, p.O()).t('"]}],\n "birthDate": "').v(
        D, date_str(rng, "iso")
    )
    d.t('",\n "telecom": [{"system": "phone", "value": "').v(T, phone(rng, "plus")).t(
        '"}, {"system": "email", "value": "'
    )
    d.v(EM, email(rng, fake, p)).t('"}],\n "address": [{"line": ["').v(
        L, f"ул. {fake.street_title()}, д. {rng.randint(1, 90)}"
    )
    d.t('"], "city": "').v(L, fake.city_name()).t('", "postalCode": "').v(L, fake.postcode()).t('"}]}')
    return d.done()


def dicom_header(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = Doc().t("(0008,0020) DA StudyDate: ").v(D, date_str(rng, "compact", 2025, 2026))
    d.t("\n(0008,0050) SH AccessionNumber: ").v(MRN, f"{rng.randint(10, 99)}{digits(rng, 7)}")
    d.t("\n(0008,0080) LO InstitutionName: GKB N52\n(0008,0090) PN ReferringPhysicianName: ")
    d.v(P, Person(rng, fake).shape("lat").replace(" ", "^")).t("\n(0010,0010) PN PatientName: ")
    d.v(P, f"{translit(p.f).upper()}^{translit(p.i).upper()}^{translit(p.o).upper()}")
    d.t("\n(0010,0020) LO PatientID: ").v(MRN, digits(rng, 9)).t("\n(0010,0030) DA PatientBirthDate: ").v(
        D, date_str(rng, "compact")
    )
    d.t(
        f"\n(0010,1010) AS PatientAge: 0{rng.randint(18, 90)}Y\n(0018,0015) CS BodyPartExamined: CHEST\n(0020,000D) UI StudyInstanceUID: "
    )
    d.v(MRN, record_no(rng, "dicom"))
    return d.done()


def lis_printout(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = (
        Doc()
        .t("ЦКДЛ. РЕЗУЛЬТАТ ИССЛЕДОВАНИЯ\nЗаявка № ")
        .v(MRN, digits(rng, 10))
        .t("   Штрих-код: ")
        .v(MRN, digits(rng, 12))
    )
    d.t("\nПациент: ").v(P, p.shape(rng.choice(("F I O", "F io")))).t("   Д/р: ").v(D, date_str(rng, "dot2"))
    d.t(f"   Пол: {'Ж' if p.female else 'М'}\nОтделение: кардиология, пал. {rng.randint(1, 30)}   Направил: ")
    d.v(P, Person(rng, fake).shape("F io")).t("\nВзятие биоматериала: ").v(D, date_str(rng, "dt", 2026, 2026))
    d.t("\nГлюкоза 5,8 ммоль/л (3,9–6,1)\nКреатинин 112 мкмоль/л\nHbA1c 6,4 %\nВыполнил: ").v(
        P, Person(rng, fake).shape("F i o")
    )
    d.t("   Валидировано: ").v(D, date_str(rng, "dt", 2026, 2026))
    return d.done()


def pharmacy(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = Doc().t("АПТЕКА ГБУЗ — отпуск по льготному рецепту\nРецепт: ").v(MRN, record_no(rng, "rx"))
    d.t(" от ").v(D, date_str(rng, "dot", 2026, 2026)).t("\nПолучатель: ").v(P, p.shape("F io")).t(
        " СНИЛС "
    ).v(SN, snils(rng))
    d.t("\nЛП: Инсулин гларгин 100 ЕД/мл 3 мл № 5, серия 1023456 (1 уп.)\n")
    d.t("Получил по доверенности: ").v(P, Person(rng, fake).shape("F I O")).t(", паспорт ").v(
        PAS, f"{passport(rng)[0]} {digits(rng, 6)}"
    )
    d.t("\nОтпустил провизор ").v(P, Person(rng, fake).shape("F io")).t(", ").v(
        D, date_str(rng, "dt", 2026, 2026)
    )
    return d.done()


def messenger(rng: random.Random, fake: Any) -> Planted:
    p, rel, doc = Person(rng, fake), Person(rng, fake), Person(rng, fake)
    d = Doc().t("Скриншот переписки (Telegram), приложен по просьбе родственников:\n[")
    d.v(D, date_str(rng, "dt", 2026, 2026)).t("] ").v(P, rel.shape("I F")).t(
        ": Здравствуйте, доктор! Это по "
    )
    d.v(P, p.shape(rng.choice(("F I", "I O", "F")), "datv")).t(", как он(а)? мой номер ").v(
        T, phone(rng, "bare")
    ).t("\n[")
    d.v(D, date_str(rng, "dt", 2026, 2026)).t("] ").v(P, doc.shape("I O")).t(
        ": Состояние стабильное, выписка планируется "
    )
    d.v(D, f"{rng.randint(1, 28)}.{rng.randint(1, 12):02d}").t(". Вопросы — на почту ").v(
        EM, email(rng, fake, doc)
    ).t("\n[")
    d.v(D, date_str(rng, "dt", 2026, 2026)).t("] ").v(P, rel.shape("I F")).t(
        ": Спасибо. Профиль мамы для связи "
    )
    d.v(URL, f"https://t.me/{translit(rel.i).lower()}_{digits(rng, 3)}")
    return d.done()


def email_thread(rng: random.Random, fake: Any) -> Planted:
    a, b, p = Person(rng, fake), Person(rng, fake), Person(rng, fake)
    y, m, dd = rng.randint(2025, 2026), rng.randint(1, 12), rng.randint(1, 28)
    mon = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")[m - 1]
    d = (
        Doc()
        .t("From: ")
        .v(P, a.shape("I F"))
        .t(" <")
        .v(EM, email(rng, fake, a))
        .t(">\nTo: ")
        .v(EM, email(rng, fake, b))
    )
    d.t("\nDate: ").v(D, f"Mon, {dd} {mon} {y} {rng.randint(8, 20)}:{rng.randint(10, 59)}:07 +0300")
    d.t("\nSubject: Консультация, пациент ").v(P, p.shape("F io")).t(", ИБ ").v(MRN, record_no(rng, "ib"))
    d.t("\n\nКоллеги, направляем данные пациента ").v(P, p.shape("F I O", "gent")).t(" (").v(
        D, date_str(rng, "dot")
    )
    d.t(" г.р.). Снимки доступны по ссылке ").v(
        URL, f"https://pacs.{fake.domain_name()}/viewer?study={digits(rng, 8)}"
    )
    d.t("\nС уважением, ").v(P, a.shape("F io")).t("\nтел. ").v(T, phone(rng, "ext"))
    return d.done()


def queue_log(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    for _ in range(rng.randint(2, 3)):
        p = Person(rng, fake)
        d.v(D, date_str(rng, "dt_iso", 2026, 2026)).t(" INFO  booking.created slot_id=").t(digits(rng, 6))
        d.t(" patient_id=").v(MRN, digits(rng, 7)).t(' name="').v(P, p.shape("F io")).t('" phone=').v(
            T, phone(rng, "bare")
        )
        d.t(" visit_at=").v(D, date_str(rng, "dt_iso", 2026, 2026)).t(" room=2").t(
            str(rng.randint(10, 40))
        ).t("\n")
    return d.done()


def pacs_worklist(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("Рабочий список КТ (смена ").v(D, date_str(rng, "dot", 2026, 2026)).t(")\n")
    d.t("Время  | Accession   | Пациент                  | Д.р.       | Исследование\n")
    for _ in range(rng.randint(2, 4)):
        p = Person(rng, fake)
        d.t(f"{rng.randint(8, 19):02d}:{rng.choice(('00', '15', '30', '45'))}  | ").v(
            MRN, record_no(rng, "acc")
        )
        d.t(" | ").v(P, p.shape("F io")).t(" | ").v(D, date_str(rng, "dot")).t(" | КТ ОГК, 120 кВ\n")
    return d.done()


def sql_dump(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("INSERT INTO pacients (nib, fio, dr, pasp_ser, pasp_num, inn, snils, adr) VALUES\n")
    n = rng.randint(1, 3)
    for i in range(n):
        p = Person(rng, fake)
        s, num = passport(rng)
        d.t("('").v(MRN, record_no(rng, "ib")).t("', '").v(P, p.shape("F I O")).t("', '").v(
            D, date_str(rng, "iso")
        )
        d.t("', '").v(PAS, s).t("', '").v(PAS, num).t("', '").v(INN, inn12(rng)).t("', '").v(
            SN, snils(rng, "bare")
        )
        d.t("', '").v(L, address(rng, fake, rng.choice(("city", "rural")))).t("')").t(
            ",\n" if i < n - 1 else ";"
        )
    return d.done()


def lab_label(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = (
        Doc()
        .t("*")
        .v(MRN, digits(rng, 10))
        .t("*\n")
        .v(P, p.shape("F io").upper())
        .t("  ")
        .v(D, date_str(rng, "dot"))
    )
    d.t("\nПРОБ: ").v(MRN, f"{digits(rng, 2)}-{digits(rng, 6)}").t("  ЭДТА К3  4 мл\nОтд: ХИР-2  ").v(
        D, date_str(rng, "dt", 2026, 2026)
    )
    return d.done()


def telemed(rng: random.Random, fake: Any) -> Planted:
    p, c = Person(rng, fake), Person(rng, fake)
    d = (
        Doc()
        .t("Протокол телемедицинской консультации № ")
        .v(MRN, f"ТМК-{rng.randint(2025, 2026)}-{digits(rng, 5)}")
    )
    d.t("\nПациент: ").v(P, p.shape("F I O")).t(", ").v(D, date_str(rng, "dot")).t(" г.р., ИБ № ").v(
        MRN, record_no(rng, "ib")
    )
    d.t("\nКонсультант НМИЦ: ").v(P, c.shape("F i o")).t(" (").v(EM, email(rng, fake, c)).t(
        ")\nСсылка на сеанс: "
    )
    d.v(URL, f"https://tmk.{fake.domain_name()}/room/{digits(rng, 6)}").t("\nДата/время сеанса: ").v(
        D, date_str(rng, "dt", 2026, 2026)
    )
    return d.done()


def gosuslugi(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = Doc().t("Госуслуги. Заявление № ").v(MRN, digits(rng, 10)).t(" — запись к врачу\n")
    d.t("Заявитель: ").v(P, p.shape("F I O")).t("\nСНИЛС: ").v(SN, snils(rng)).t("  Полис: ").v(OMS, enp(rng))
    d.t("\nЭл. почта: ").v(EM, email(rng, fake, p)).t("  Телефон: ").v(T, phone(rng, "paren"))
    d.t("\nПрием: ").v(D, date_str(rng, rng.choice(("words_noy", "dt")), 2026, 2026)).t(
        ", ГП № 12 (ул. Ленина, 5)"
    )
    return d.done()


def audit_log(rng: random.Random, fake: Any) -> Planted:
    u, p = Person(rng, fake), Person(rng, fake)
    d = (
        Doc()
        .t("Журнал доступа к ЭМК\n")
        .v(D, date_str(rng, "dt", 2026, 2026))
        .t(" пользователь ")
        .v(P, u.shape("F io"))
    )
    d.t(" (роль: врач) открыл ЭМК ").v(MRN, record_no(rng, "emr")).t(" пациента ").v(
        P, p.shape("F io", "gent")
    )
    d.t("\n").v(D, date_str(rng, "dt", 2026, 2026)).t(" печать: выписка, 3 стр.; IP 10.12.4.17")
    return d.done()


B9_SYSTEMS: list[BlockFamily] = [
    BlockFamily("b9_mis_screen", SPLIT, mis_screen),
    BlockFamily("b9_json_export", SPLIT, json_export),
    BlockFamily("b9_xml_semd", SPLIT, xml_semd),
    BlockFamily("b9_csv_export", SPLIT, csv_export),
    BlockFamily("b9_hl7_v2", SPLIT, hl7_v2),
    BlockFamily("b9_fhir_patient", SPLIT, fhir_patient),
    BlockFamily("b9_dicom_header", SPLIT, dicom_header),
    BlockFamily("b9_lis_printout", SPLIT, lis_printout),
    BlockFamily("b9_pharmacy_dispense", SPLIT, pharmacy),
    BlockFamily("b9_messenger_chat", SPLIT, messenger),
    BlockFamily("b9_email_thread", SPLIT, email_thread),
    BlockFamily("b9_queue_log", SPLIT, queue_log),
    BlockFamily("b9_pacs_worklist", SPLIT, pacs_worklist),
    BlockFamily("b9_sql_dump", SPLIT, sql_dump),
    BlockFamily("b9_lab_tube_label", SPLIT, lab_label),
    BlockFamily("b9_telemed_protocol", SPLIT, telemed),
    BlockFamily("b9_gosuslugi_application", SPLIT, gosuslugi),
    BlockFamily("b9_emr_audit_log", SPLIT, audit_log),
]
