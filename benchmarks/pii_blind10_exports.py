"""Machine exports of the blind10 split: HL7, JSON, XML (СЭМД), CSV, DICOM dumps, logs, registries."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind10_gen import (
    Doc,
    Name,
    birth,
    d,
    dnz,
    fmt_addr,
    fmt_date,
    fmt_phone,
    hm,
    translit,
    ymd,
)
from benchmarks.pii_blind10_ids import (
    fmt_inn,
    fmt_oms,
    fmt_snils,
    inn_digits,
    oms_digits,
    org_inn,
    passport_parts,
    snils_digits,
)
from benchmarks.pii_blind10_single import mrn_value
from benchmarks.pii_families import Planted

DATE = "DATE_TIME"
PER = "PERSON"
LOC = "LOCATION"
PH = "PHONE_NUMBER"
MRN = "MEDICAL_RECORD_NUMBER"
EM = "EMAIL_ADDRESS"


def hl7(rng: random.Random, fake: Any) -> Planted:
    n, doc = Name(fake, rng), Name(fake, rng)
    by, bm, bd = birth(rng)
    y, m, dd = ymd(rng)
    town, st = fake.city_name(), fake.street_title()
    x = (
        Doc()
        .t("MSH|^~\\&|MIS|OKB76|LIS|LAB|")
        .v(DATE, f"{y}{m:02d}{dd:02d}{rng.randint(0, 23):02d}{rng.randint(10, 59)}")
    )
    x.t(f"||ADT^A01|{d(rng, 10)}|P|2.5\nPID|1||").v(MRN, dnz(rng, 7)).t("^^^OKB76^MR~").v(
        "RU_SNILS", snils_digits(rng)
    )
    x.t("^^^PFR^SS||").v(PER, n.F().upper()).t("^").v(PER, n.I().upper()).t("^").v(PER, n.O().upper())
    x.t("||").v(DATE, f"{by}{bm:02d}{bd:02d}").t(f"|{'F' if n.female else 'M'}|||")
    x.v(LOC, f"ул. {st} {rng.randint(1, 99)}-{rng.randint(1, 150)}^^{town}^^{fake.postcode()}").t("^RUS||")
    x.v(PH, fmt_phone(rng, "plus_solid")).t(f"\nPV1|1|I|TER^305^2||||{dnz(rng, 4)}^")
    x.v(PER, doc.F().upper()).t("^").v(PER, doc.I().upper()).t("|||||||||||").v(MRN, f"V{dnz(rng, 8)}")
    x.t("|||||||||||||||||||||||||").v(
        DATE, f"{y}{m:02d}{dd:02d}{rng.randint(6, 20):02d}{rng.randint(10, 59):02d}"
    )
    return x.done()


def json_mis(rng: random.Random, fake: Any) -> Planted:
    n = Name(fake, rng)
    by, bm, bd = birth(rng)
    y, m, dd = ymd(rng)
    q = '"'
    x = (
        Doc()
        .t('{"patient": {"id": ')
        .v(MRN, dnz(rng, 8))
        .t(', "emk": "')
        .v(MRN, mrn_value(rng, "emk"))
        .t('",\n')
    )
    x.t(' "lastName": "').v(PER, n.F()).t('", "firstName": "').v(PER, n.I()).t('", "middleName": "').v(
        PER, n.O()
    )
    x.t(f'",\n "gender": {1 if not n.female else 2}, "birthDate": "').v(DATE, f"{by}-{bm:02d}-{bd:02d}")
    x.t('",\n "snils": "').v("RU_SNILS", snils_digits(rng)).t('", "enp": "').v(
        "RU_OMS_POLICY", oms_digits(rng)
    )
    x.t('",\n "contacts": [{"type": "mobile", "value": "').v(
        PH, fmt_phone(rng, rng.choice(("seven_solid", "plus_solid")))
    )
    x.t('"}, {"type": "email", "value": "').v(EM, fake.free_email()).t('"}],\n "address": {"full": "')
    x.v(LOC, fmt_addr(rng, fake, rng.choice(("idx_first", "city", "rural")))).t(
        f'", "fias": "{fake.uuid4()}"}}}},\n'
    )
    x.t(' "visit": {"date": "').v(DATE, fmt_date(rng, y, m, dd, "iso_t")).t(
        f'", "mkb": "J06.9", "cabinet": {q}214{q},'
    )
    x.t(f' "org": {{"inn": "{org_inn(rng)}", "ogrn": "{dnz(rng, 13)}"}}}}}}')
    return x.done()


def xml_semd(rng: random.Random, fake: Any) -> Planted:
    n, doc = Name(fake, rng), Name(fake, rng)
    by, bm, bd = birth(rng)
    y, m, dd = ymd(rng)
    x = Doc().t('<ClinicalDocument>\n  <id root="1.2.643.5.1.13.13.12.2.76.7744.100.1.1.51" extension="')
    x.v(MRN, dnz(rng, 9)).t('"/>\n  <effectiveTime value="').v(
        DATE, f"{y}{m:02d}{dd:02d}{rng.randint(8, 19):02d}{rng.randint(10, 59):02d}+0300"
    )
    x.t('"/>\n  <patientRole>\n    <id root="1.2.643.100.3" extension="').v("RU_SNILS", snils_digits(rng))
    x.t('"/>\n    <id root="1.2.643.5.1.13.13.12.2.76.7744.100.1.1.15" extension="').v(
        MRN, mrn_value(rng, "amb")
    )
    x.t('"/>\n    <addr use="H"><streetAddressLine>').v(
        LOC, fmt_addr(rng, fake, rng.choice(("idx_first", "idx_last")))
    )
    x.t('</streetAddressLine></addr>\n    <telecom value="tel:').v(PH, fmt_phone(rng, "plus_solid"))
    x.t('"/>\n    <telecom value="mailto:').v(EM, fake.free_email()).t('"/>\n    <patient><name><family>')
    x.v(PER, n.F()).t("</family><given>").v(PER, n.I()).t("</given><given>").v(PER, n.O())
    x.t('</given></name>\n      <birthTime value="').v(DATE, f"{by}{bm:02d}{bd:02d}").t(
        '"/></patient>\n  </patientRole>\n'
    )
    x.t("  <author><assignedPerson><name><family>").v(PER, doc.F()).t("</family><given>").v(PER, doc.I())
    x.t(
        '</given></name></assignedPerson></author>\n  <code code="60" codeSystem="1.2.643.5.1.13.13.11.1522"/>\n'
    )
    x.t("</ClinicalDocument>")
    return x.done()


def csv_register(rng: random.Random, fake: Any) -> Planted:
    x = Doc().t("№;ФИО;Дата рождения;СНИЛС;Полис;Телефон;Дата осмотра;Группа здоровья\n")
    for i in range(rng.randint(2, 4)):
        n = Name(fake, rng)
        x.t(f"{i + 1};").v(PER, n.shape(rng.choice(("FIO", "Fio")))).t(";").v(
            DATE, fmt_date(rng, *birth(rng), "dmy")
        )
        x.t(";").v("RU_SNILS", fmt_snils(rng, rng.choice(("std", "solid")))).t(";")
        x.v("RU_OMS_POLICY", fmt_oms(rng, rng.choice(("solid", "solid", "temp")))).t(";")
        x.v(PH, fmt_phone(rng, rng.choice(("eight_solid", "seven_solid", "plus")))).t(";")
        x.v(DATE, fmt_date(rng, *ymd(rng), "dmy")).t(f";{rng.choice(('I', 'II', 'IIIа', 'IIIб'))}\n")
    x.t("Итого: диспансеризация взрослого населения, форма 131/у, квартал III")
    return x.done()


def dicom(rng: random.Random, fake: Any) -> Planted:
    n, ref = Name(fake, rng), Name(fake, rng)
    by, bm, bd = birth(rng)
    y, m, dd = ymd(rng)
    x = Doc().t("(0008,0020) DA [").v(DATE, f"{y}{m:02d}{dd:02d}").t("]  StudyDate\n(0008,0030) TM [")
    x.t(
        f"{rng.randint(8, 19):02d}{rng.randint(10, 59):02d}{rng.randint(10, 59):02d}]  StudyTime\n(0008,0050) SH ["
    )
    x.v(MRN, mrn_value(rng, "acc")).t("]  AccessionNumber\n(0008,0090) PN [").v(
        PER, f"{translit(ref.F())}^{translit(ref.I())}"
    )
    x.t("]  ReferringPhysicianName\n(0010,0010) PN [").v(
        PER, f"{translit(n.F()).upper()}^{translit(n.I()).upper()}"
    )
    x.t("]  PatientName\n(0010,0020) LO [").v(MRN, dnz(rng, 10)).t("]  PatientID\n(0010,0030) DA [")
    x.v(DATE, f"{by}{bm:02d}{bd:02d}").t(
        f"]  PatientBirthDate\n(0010,1010) AS [0{rng.randint(10, 90)}Y]  PatientAge\n"
    )
    x.t("(0018,0050) DS [1.25]  SliceThickness\n(0020,000D) UI [1.2.840.113619.2.55.3.")
    x.t(f"{d(rng, 10)}.{d(rng, 3)}]  StudyInstanceUID\n(0008,1030) LO [CT CHEST W/O]")
    return x.done()


def mis_log(rng: random.Random, fake: Any) -> Planted:
    x = Doc()
    for _ in range(rng.randint(3, 4)):
        n = Name(fake, rng)
        y, m, dd = ymd(rng, 2025, 2026)
        x.v(DATE, fmt_date(rng, y, m, dd, "iso") + f" {hm(rng)}:{rng.randint(10, 59)}").t(" INFO  [reg-")
        x.t(f"{rng.randint(1, 9)}] event=appointment.create patient_id=").v(MRN, dnz(rng, 7)).t(' fio="')
        x.v(PER, n.shape(rng.choice(("Fio", "FIO")))).t('" phone=').v(
            PH, fmt_phone(rng, rng.choice(("seven_solid", "plus_solid")))
        )
        x.t(
            f" cab={rng.randint(100, 420)} slot={hm(rng)} user=reg_{translit(fake.last_name_female()).lower()}\n"
        )
    x.v(DATE, "2026-01-01 00:00:00").t(" WARN  cron: sync ЕГИСЗ, 0 errors")
    return x.done()


def fixed_registry(rng: random.Random, fake: Any) -> Planted:
    x = Doc().t("РЕЕСТР СЧЕТОВ ЗА ОКАЗАННУЮ МЕДИЦИНСКУЮ ПОМОЩЬ  МО 760012  период ")
    x.v(DATE, f"{rng.randint(1, 12):02d}.{rng.randint(2023, 2026)}").t("\n")
    x.t("N  ЕНП              ФАМИЛИЯ        ИМЯ        ДР        ДИАГ   СУММА\n")
    for i in range(rng.randint(2, 4)):
        n = Name(fake, rng)
        by, bm, bd = birth(rng)
        x.t(f"{i + 1:<3}").v("RU_OMS_POLICY", oms_digits(rng)).t(" ").v(PER, n.F().upper()).t(
            " " * max(1, 15 - len(n.F()))
        )
        x.v(PER, n.I().upper()).t(" " * max(1, 11 - len(n.I()))).v(DATE, f"{bd:02d}{bm:02d}{by}")
        x.t(f"  {rng.choice(('I10', 'E11.9', 'J44.1', 'K80.1'))}  {rng.randint(800, 45000)},{d(rng, 2)}\n")
    x.t(f"ИНН МО {org_inn(rng)}  КПП {dnz(rng, 9)}  р/с 40102810{d(rng, 12)}")
    return x.done()


def ward_table(rng: random.Random, fake: Any) -> Planted:
    x = Doc().t(
        "| Пал. | Пациент | Возр. | № и/б | Поступил | Диагноз | Лечащий |\n|---|---|---|---|---|---|---|\n"
    )
    for _ in range(rng.randint(3, 4)):
        n, doc = Name(fake, rng), Name(fake, rng)
        x.t(f"| {rng.randint(1, 20)}{rng.choice(('', 'а', '-1'))} | ").v(
            PER, n.shape(rng.choice(("Fio", "F", "FIO")))
        )
        x.t(f" | {rng.randint(18, 95)} | ").v(MRN, mrn_value(rng, rng.choice(("ib", "ib_letter", "hist")))).t(
            " | "
        )
        x.v(DATE, fmt_date(rng, *ymd(rng, 2025, 2026), rng.choice(("dm_num", "dmy", "dmy_short")))).t(" | ")
        x.t(f"{rng.choice(('ОНМК', 'ХОБЛ обостр.', 'ЖКБ', 'ИБС, ОКС'))} | ").v(PER, doc.shape("F")).t(" |\n")
    x.t("Всего коек 60, занято 57. Дежурный врач с 08:00 до 08:00.")
    return x.done()


def lis_result(rng: random.Random, fake: Any) -> Planted:
    n, lab = Name(fake, rng), Name(fake, rng)
    y, m, dd = ymd(rng)
    x = Doc().t("КДЛ. РЕЗУЛЬТАТ ИССЛЕДОВАНИЯ\nЗаявка: ").v(MRN, mrn_value(rng, "lab")).t("   Штрихкод: ")
    x.v(MRN, dnz(rng, 10)).t("\nПациент: ").v(PER, n.shape(rng.choice(("FIO_UP", "FIO")))).t("   Д/р: ")
    x.v(DATE, fmt_date(rng, *birth(rng), rng.choice(("dmy", "dmy_short")))).t("\nКарта: ").v(
        MRN, mrn_value(rng, "mis")
    )
    x.t("\nВзятие: ").v(DATE, fmt_date(rng, y, m, dd, "dmy_t")).t("   Выполнено: ").v(
        DATE, fmt_date(rng, y, m, dd, "dmy_t")
    )
    x.t(
        "\nГлюкоза  6,1 ммоль/л (3,9-6,1)\nHbA1c  7,4 % ↑\nКреатинин 98 мкмоль/л, СКФ (CKD-EPI) 64 мл/мин/1,73м2\n"
    )
    x.t(f"Анализатор Cobas c311 s/n {d(rng, 4)}-{d(rng, 2)}. Лот реагента {d(rng, 6)}.\nВрач КДЛ ").v(
        PER, lab.shape("Fio")
    )
    return x.done()


def fhir(rng: random.Random, fake: Any) -> Planted:
    n = Name(fake, rng)
    by, bm, bd = birth(rng)
    s, num = passport_parts(rng)
    x = Doc().t('{"resourceType":"Patient","identifier":[{"system":"urn:oid:1.2.643.100.3","value":"')
    x.v("RU_SNILS", fmt_snils(rng, "std")).t('"},{"system":"urn:oid:1.2.643.2.69.1.1.1.6.14","value":"')
    x.v("RU_PASSPORT", s).t(":").v("RU_PASSPORT", num).t('"},{"system":"urn:oid:1.2.643.100.4","value":"')
    x.v("RU_INN", inn_digits(rng)).t('"},{"system":"urn:oid:1.2.643.2.69.1.1.1.6.228","value":"').v(
        "RU_OMS_POLICY", oms_digits(rng)
    )
    x.t('"}],"name":[{"family":"').v(PER, n.F()).t('","given":["').v(PER, n.I()).t('","').v(PER, n.O())
    x.t('"]}],"telecom":[{"system":"phone","value":"').v(
        PH, fmt_phone(rng, rng.choice(("plus", "eight_solid")))
    )
    x.t('"}],"birthDate":"').v(DATE, f"{by}-{bm:02d}-{bd:02d}").t('","address":[{"text":"')
    x.v(LOC, fmt_addr(rng, fake, rng.choice(("idx_first", "city", "snt")))).t('"}]}')
    return x.done()


def kv_export(rng: random.Random, fake: Any) -> Planted:
    n = Name(fake, rng)
    x = Doc().t("[PATIENT]\nCARD_NO=").v(MRN, mrn_value(rng, rng.choice(("amb", "mis"))))
    x.t("\nFAM=").v(PER, n.F()).t("\nIM=").v(PER, n.I()).t("\nOT=").v(PER, n.O()).t("\nDR=")
    x.v(DATE, fmt_date(rng, *birth(rng), rng.choice(("dmy", "compact", "iso")))).t("\nW=").t(
        "2" if n.female else "1"
    )
    x.t("\nSNILS=").v("RU_SNILS", fmt_snils(rng, rng.choice(("solid", "dash")))).t("\nNPOLIS=").v(
        "RU_OMS_POLICY", fmt_oms(rng, "solid")
    )
    x.t("\nSPOLIS=\nINN=").v("RU_INN", fmt_inn(rng, "solid")).t("\nTEL1=").v(
        PH, fmt_phone(rng, "eight_solid")
    )
    x.t("\nTEL2=").v(PH, fmt_phone(rng, rng.choice(("city", "rural"))))
    x.t("\nADRES=").v(LOC, fmt_addr(rng, fake, rng.choice(("upper", "nodots", "city"))))
    x.t(f"\nLPU=760012\nPROFIL=97\nDS=Z00.0\nVERS=3.1.{rng.randint(0, 9)}")
    return x.done()


EXPORT_BLOCKS = (
    ("b10_hl7", hl7),
    ("b10_json_mis", json_mis),
    ("b10_xml_semd", xml_semd),
    ("b10_csv_register", csv_register),
    ("b10_dicom", dicom),
    ("b10_mis_log", mis_log),
    ("b10_fixed_registry", fixed_registry),
    ("b10_ward_table", ward_table),
    ("b10_lis_result", lis_result),
    ("b10_fhir", fhir),
    ("b10_kv_export", kv_export),
)
