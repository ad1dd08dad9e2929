"""Document blocks of the blind16 split: machine-made records (exports, registers, analysers, tables)."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from benchmarks.pii_blind16_gen import (
    FOREIGN,
    Doc,
    date_fmt,
    date_pair,
    digits,
    email,
    enp_fmt,
    inn12,
    passport,
    person,
    phone,
    rand_date,
    raw_person,
    snils_fmt,
    translit,
    url,
)
from benchmarks.pii_blind16_places import address, mrn
from benchmarks.pii_families import Planted

P, D, L, PH = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
SN, INN, OMS, PAS, MRN = "RU_SNILS", "RU_INN", "RU_OMS_POLICY", "RU_PASSPORT", "MEDICAL_RECORD_NUMBER"
EM, URL = "EMAIL_ADDRESS", "URL"


def csv_mis(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("id;fam;im;ot;dr;snils;enp;adres;tel\n")
    for _ in range(rng.randrange(2, 4)):
        last, first, middle, _ = raw_person(rng, fake)
        d.v(MRN, digits(rng, 8, True)).t(";").v(P, last).t(";").v(P, first).t(";").v(P, middle).t(";")
        d.v(D, date_fmt(rng, style="iso")).t(";").v(SN, snils_fmt(rng, "raw")).t(";").v(
            OMS, enp_fmt(rng, "raw")
        )
        d.t(';"').v(L, address(rng, fake, rng.choice(("city", "index_first")))).t('";').v(
            PH, phone(rng, "raw7")
        ).t("\n")
    d.t("-- выгрузка РМИС, 3 строки, кодировка cp1251")
    return d.done()


def json_egisz(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    last, first, middle, female = raw_person(rng, fake)
    d.t('{"patient": {"localId": "').v(MRN, mrn(rng, "emr")).t('", "lastName": "').v(P, last)
    d.t('", "firstName": "').v(P, first).t('", "middleName": "').v(P, middle)
    d.t(f'", "gender": {2 if female else 1}, "birthDate": "').v(D, date_fmt(rng, style="iso"))
    d.t('", "snils": "').v(SN, snils_fmt(rng, rng.choice(("raw", "std")))).t('", "oms": {"number": "')
    d.v(OMS, enp_fmt(rng, "raw")).t('", "smoOgrn": "1').t(digits(rng, 12)).t(
        '"}, "contacts": [{"type": "mobile", "value": "'
    )
    d.v(PH, phone(rng, rng.choice(("raw7", "p7")))).t('"}, {"type": "email", "value": "').v(
        EM, email(rng, fake, last)
    )
    d.t('"}]}, "case": {"id": "').v(MRN, mrn(rng, "ib")).t('", "openDate": "')
    d.v(D, date_fmt(rng, rand_date(rng, 2026), "iso", time=True)).t(
        '", "mkb": "J06.9", "orgOid": "1.2.643.5.1.13.13.12.2.77.'
    )
    d.t(digits(rng, 4)).t('"}}')
    return d.done()


def xml_semd(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    last, first, middle, _ = raw_person(rng, fake)
    d.t('<recordTarget><patientRole>\n  <id root="1.2.643.5.1.13.13.12.2.66.').t(digits(rng, 4)).t(
        '.100.1.1.17" extension="'
    )
    d.v(MRN, digits(rng, 7, True)).t('"/>\n  <id root="1.2.643.100.3" extension="').v(
        SN, snils_fmt(rng, "raw")
    )
    d.t('"/>\n  <addr use="H"><streetAddressLine>').v(
        L, address(rng, fake, rng.choice(("index_first", "rural", "micro")))
    )
    d.t('</streetAddressLine></addr>\n  <telecom value="tel:').v(PH, phone(rng, "raw7"))
    d.t('"/>\n  <patient><name><family>').v(P, last).t("</family><given>").v(P, first).t(
        "</given><identity:Patronymic>"
    )
    d.v(P, middle).t('</identity:Patronymic></name>\n  <birthTime value="').v(D, date_fmt(rng, style="hl7"))
    d.t('"/></patient>\n  <identity:IdentityDoc><identity:Series>')
    s, n = passport(rng)
    d.v(PAS, s).t("</identity:Series><identity:Number>").v(PAS, n).t(
        "</identity:Number></identity:IdentityDoc>\n"
    )
    d.t("</patientRole></recordTarget>")
    return d.done()


def hl7_adt(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    last, first, middle, female = raw_person(rng, fake)
    ts = rand_date(rng, 2026)
    d.t("MSH|^~\\&|LIS|GKB").t(str(rng.randrange(1, 70))).t("|MIS|HOSP|").v(
        D, date_fmt(rng, ts, "hl7", time=True)
    )
    d.t("||ADT^A01|").t(digits(rng, 6)).t("|P|2.5\nPID|1||").v(MRN, digits(rng, 9, True)).t("^^^MIS^MR~")
    d.v(SN, snils_fmt(rng, "raw")).t("^^^PFR^SS||").v(P, translit(last).upper()).t("^").v(
        P, translit(first).upper()
    )
    d.t("^").v(P, translit(middle).upper()).t("||").v(D, date_fmt(rng, style="hl7")).t(
        f"|{'F' if female else 'M'}|||"
    )
    street = fake.street_name()
    city = fake.city_name()
    house = rng.randrange(1, 99)
    d.v(L, f"{translit(street)} {house}").t("^^").v(L, translit(city)).t("^^").v(L, digits(rng, 6)).t(
        "^RUS||"
    ).v(PH, phone(rng, "raw7"))
    d.t("\nPV1|1|I|KARD^412^2||||").t(digits(rng, 4)).t("^").v(
        P, translit(raw_person(rng, fake)[0]).upper()
    ).t("^")
    d.v(P, translit(raw_person(rng, fake)[1]).upper()).t("\nIN1|1|OMS|").t(digits(rng, 5)).t(
        "|SOGAZ||||||||||||||||||||||||||||||||||"
    )
    d.v(OMS, enp_fmt(rng, "raw"))
    return d.done()


def fixed_width_register(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("РЕЕСТР СЧЕТОВ ОМС  период 10.2026  МО 770").t(digits(rng, 3)).t(
        "\nN   ENP              FAM            IM         DR        DS    SUM\n"
    )
    for i in range(rng.randrange(2, 4)):
        last, first, _, _ = raw_person(rng, fake)
        d.t(f"{i + 1:<4}").v(OMS, enp_fmt(rng, "raw")).t(" ").v(P, last.upper()).t(
            " " * max(1, 15 - len(last))
        )
        d.v(P, first.upper()).t(" " * max(1, 11 - len(first))).v(D, date_fmt(rng, style="compact"))
        d.t(
            f"  {rng.choice(('I10', 'J18.9', 'K29.5', 'E11.9'))}  {rng.randrange(800, 90000)}.{rng.randrange(10, 99)}\n"
        )
    d.t("ИТОГО: ").t(str(rng.randrange(3, 900))).t(" случаев")
    return d.done()


def insurance_register_dms(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("ГАРАНТИЙНОЕ ПИСЬМО № ").v(MRN, f"ГП-{digits(rng, 6)}").t(
        " (ДМС, на лечение застрахованного)\nЗастрахованный: "
    )
    d.v(P, person(rng, fake, "nomn", "F I O")).t(", полис ДМС № ").v(
        MRN, f"{digits(rng, 3)}-{digits(rng, 6)}-{digits(rng, 2)}"
    )
    d1, d2 = date_pair(rng, 2026)
    d.t(", д.р. ").v(D, date_fmt(rng, style="dmy")).t("\nСрок действия ").v(D, date_fmt(rng, d1, "dmy"))
    d.t(" — ").v(D, date_fmt(rng, d2 + timedelta(days=300), "dmy")).t(". Куратор СК: ").v(
        P, person(rng, fake, "nomn", "I F")
    )
    d.t(", ").v(PH, phone(rng, "ext")).t(", ").v(EM, email(rng, fake)).t(
        "\nЛимит 150 000 руб., франшиза 10%."
    )
    return d.done()


def lab_analyser(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    last, first, middle, _ = raw_person(rng, fake)
    d.t("Sysmex XN-1000  S/N 1").t(digits(rng, 4)).t("\nSample No.: ").v(MRN, digits(rng, 10, True))
    d.t("   Rack 0").t(str(rng.randrange(1, 9))).t("-").t(str(rng.randrange(1, 10))).t("\nPatient ID: ").v(
        MRN, mrn(rng, "emr")
    )
    d.t("\nName: ").v(
        P, f"{translit(last).upper()} {translit(first)[0].upper()}.{translit(middle)[0].upper()}."
    )
    d.t("   DOB ").v(D, date_fmt(rng, style="dmy_slash")).t("\nAnalysis: ").v(
        D, date_fmt(rng, rand_date(rng, 2026), "dmy_slash", time=True)
    )
    d.t(
        f"\nWBC   {rng.randrange(3, 15)}.{rng.randrange(10, 99)} 10^9/L\nRBC   4.{rng.randrange(10, 99)} 10^12/L\n"
    )
    d.t(f"HGB   {rng.randrange(90, 170)} g/L\nPLT   {rng.randrange(120, 420)} 10^9/L\nOperator: ")
    d.v(P, translit(raw_person(rng, fake)[0]))
    return d.done()


def pharmacy_out(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("АПТЕКА ГУП «Фармация» ИНН ").t(digits(rng, 10, True)).t(
        " КАССА 3\nОтпуск по льготному рецепту ф.148-1/у-04(л)\n"
    )
    d.t("Рецепт: серия ").v(MRN, f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 6)}").t("  от ")
    d.v(D, date_fmt(rng, rand_date(rng, 2026), "dmy")).t("\nПациент: ").v(
        P, person(rng, fake, "nomn", "F io")
    )
    d.t("  СНИЛС ").v(SN, snils_fmt(rng)).t(
        "\nЛьгота 081, ЕДВ\nИнсулин гларгин 100 ЕД/мл 3 мл №5 ... 1 уп.\n"
    )
    d.t("Врач: ").v(P, person(rng, fake, "nomn", "F io")).t("   Отпустил фармацевт ").v(
        P, person(rng, fake, "nomn", "F")
    )
    d.t("\nЧек № ").t(digits(rng, 4)).t(" 08:43")
    return d.done()


def dicom_header(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    last, first, middle, female = raw_person(rng, fake)
    d.t("(0008,0050) AccessionNumber       ").v(MRN, mrn(rng, "dicom")).t(
        "\n(0010,0010) PatientName           "
    )
    d.v(P, f"{translit(last)}^{translit(first)}^{translit(middle)}").t("\n(0010,0020) PatientID             ")
    d.v(MRN, digits(rng, 8, True)).t("\n(0010,0030) PatientBirthDate      ").v(D, date_fmt(rng, style="hl7"))
    d.t(f"\n(0010,0040) PatientSex            {'F' if female else 'M'}\n(0008,0020) StudyDate             ")
    d.v(D, date_fmt(rng, rand_date(rng, 2025), "hl7")).t("\n(0008,0090) ReferringPhysicianName ")
    d.v(P, f"{translit(raw_person(rng, fake)[0])}^{translit(raw_person(rng, fake)[1])}").t(
        "\n(0018,0050) SliceThickness 1.25"
    )
    return d.done()


def spreadsheet_paste(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("№\tФИО\tДата рожд.\tТелефон\tУчасток\tПримечание\n")
    for i in range(rng.randrange(2, 5)):
        d.t(f"{i + 1}\t").v(P, person(rng, fake, "nomn", rng.choice(("F I O", "F io")))).t("\t")
        d.v(D, date_fmt(rng, style=rng.choice(("dmy", "dmy2", "iso")))).t("\t")
        d.v(PH, phone(rng, rng.choice(("plain", "p7", "8dash")))).t(f"\t{rng.randrange(1, 40)}\t")
        d.t(rng.choice(("ДН по I11.9", "вакцинация 2025 г.", "инв. II гр.", "", "умер"))).t("\n")
    d.t("Итого\t\t\t\t\t")
    return d.done()


def keyvalue_misspelt(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("Фамлия Имя Отч-во:\n").v(P, person(rng, fake, "nomn", "F I O")).t("\nДата рож-я:\n")
    d.v(D, date_fmt(rng, style=rng.choice(("dmy", "words", "dmy_dash")))).t("\nCНИЛС:\n").v(
        SN, snils_fmt(rng)
    )
    d.t("\nИНН:\n").v(INN, inn12(rng)).t("\nПолис ОМC:\n").v(OMS, enp_fmt(rng)).t("\nПаспрт:\n")
    s, n = passport(rng)
    d.v(PAS, f"{s[:2]} {s[2:]} {n}").t("\nАдресс регистр.:\n").v(L, address(rng, fake)).t("\nМоб.тел:\n").v(
        PH, phone(rng)
    ).t("\nСоцсеть/мессенджер:\n").v(URL, url(rng, fake))
    return d.done()


def newborn(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    born = rand_date(rng, 2026)
    d.t("История развития новорождённого № ").v(MRN, f"{rng.randrange(1, 3000)}/Н").t("\nМать: ")
    d.v(P, person(rng, fake, "nomn", "F I O", "f")).t(", ИБ матери № ").v(MRN, mrn(rng, "ib")).t(
        "\nРебёнок: "
    )
    sex = rng.choice(("f", "m"))
    d.v(P, raw_person(rng, fake, sex)[0]).t(" (девочка)" if sex == "f" else " (мальчик)").t(", родился(ась) ")
    d.v(D, date_fmt(rng, born, "dmy", time=True)).t(", масса 3450 г, рост 52 см, Апгар 8/9.\n")
    d.t("Медсвидетельство о рождении серия 45 № ").v(MRN, digits(rng, 6, True)).t("\nПолис ОМС ребёнка: ")
    d.v(OMS, enp_fmt(rng, "raw")).t("; СНИЛС ребёнка: ").v(SN, snils_fmt(rng)).t("\nАкушерка ").v(
        P, person(rng, fake, "nomn", "F io")
    )
    return d.done()


def phone_log(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("Журнал телефонограмм, отд. реанимации\n")
    for _ in range(rng.randrange(2, 4)):
        d.v(D, date_fmt(rng, rand_date(rng, 2026), rng.choice(("dmy", "dmy2")), time=True)).t(" | ")
        d.v(PH, phone(rng)).t(" | звонил(а) ").v(
            P, person(rng, fake, "nomn", rng.choice(("F I O", "I O", "F")))
        )
        d.t(rng.choice((" (брат)", " (жена)", " (дочь)", " (участковый)"))).t(" | принял(а) ").v(
            P, person(rng, fake, "nomn", "F io")
        )
        d.t(" | сообщено: состояние тяжёлое\n")
    d.t("Доп. номера родственников: ").v(PH, phone(rng, "p7")).t("; ").v(
        PH, phone(rng, rng.choice(("uz", "kz", "city")))
    )
    return d.done()


def narcotic_rx(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t(f"Рецептурный бланк ф. 107/у-НП  серия 77 {digits(rng, 2)} № ").v(MRN, digits(rng, 6, True))
    d.t("\nДата выписки: ").v(D, date_fmt(rng, rand_date(rng, 2026), "words")).t("\nФ.И.О. пациента: ")
    d.v(P, person(rng, fake, "nomn", "F I O")).t("\nВозраст 67 лет. № мед. карты: ").v(MRN, mrn(rng, "amb"))
    d.t("\nRp.: Sol. Morphini hydrochloridi 1% - 1 ml\nD.t.d. N 10 in amp.\nS. по 1 мл п/к в 08:00 и 20:00\n")
    d.t("Врач ").v(P, person(rng, fake, "nomn", "F i o")).t("   Тел. справочной: ").v(
        PH, f"8-800-200-{digits(rng, 2)}-00"
    )
    return d.done()


def registry_ferzl(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    last, first, middle, _ = raw_person(rng, fake)
    d.t("Ответ ФЕРЗЛ на запрос ").t(digits(rng, 5)).t(": найдено 1 совпадение\nОРИГ_ФАМ=").v(P, last.upper())
    d.t(" ОРИГ_ИМ=").v(P, first.upper()).t(" ОРИГ_ОТЧ=").v(P, middle.upper()).t(" ДР=").v(
        D, date_fmt(rng, style="dmy")
    )
    d.t("\nENP=").v(OMS, enp_fmt(rng, "raw")).t(" SNILS=").v(SN, snils_fmt(rng, "raw")).t(" INN=").v(
        INN, inn12(rng)
    )
    s, n = passport(rng)
    d.t("\nDOCTYPE=14 DOCSER=").v(PAS, f"{s[:2]} {s[2:]}").t(" DOCNUM=").v(PAS, n).t(" DOCDATE=")
    d.v(D, date_fmt(rng, rand_date(rng, 2005), "iso")).t("\nSMO=").t(digits(rng, 5)).t(" ATTACH_MO=").t(
        digits(rng, 6)
    )
    return d.done()


def foreign_employee_card(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    last, first, country = rng.choice(FOREIGN)
    d.t("Предварительный медосмотр (приказ 29н). Работник: ").v(P, f"{last} {first}").t(f" ({country}).\n")
    d.t("ИНН (выдан в РФ): ").v(INN, inn12(rng)).t("; СНИЛС: ").v(
        SN, snils_fmt(rng, rng.choice(("std", "spaces")))
    )
    d.t("\nВНЖ № ").v(MRN, f"{rng.randrange(80, 83)} {digits(rng, 7)}").t(", адрес регистрации: ").v(
        L, address(rng, fake)
    )
    d.t("\nЗаключение № ").v(MRN, f"ПМО-{digits(rng, 5)}").t(" от ").v(
        D, date_fmt(rng, rand_date(rng, 2026), "dmy")
    )
    d.t(": годен. Контакт работодателя — отдел кадров (не пациент).")
    return d.done()


BLIND16_EXPORTS = [
    ("b16_csv_mis", csv_mis),
    ("b16_json_egisz", json_egisz),
    ("b16_xml_semd", xml_semd),
    ("b16_hl7_adt", hl7_adt),
    ("b16_fixed_width_register", fixed_width_register),
    ("b16_dms_guarantee", insurance_register_dms),
    ("b16_lab_analyser", lab_analyser),
    ("b16_pharmacy_out", pharmacy_out),
    ("b16_dicom_header", dicom_header),
    ("b16_spreadsheet_paste", spreadsheet_paste),
    ("b16_keyvalue_misspelt", keyvalue_misspelt),
    ("b16_newborn", newborn),
    ("b16_phone_log", phone_log),
    ("b16_narcotic_rx", narcotic_rx),
    ("b16_registry_ferzl", registry_ferzl),
    ("b16_foreign_employee", foreign_employee_card),
]
