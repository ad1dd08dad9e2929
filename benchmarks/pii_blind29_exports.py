"""Machine exports and tabular layouts of the blind29 split: JSON, XML (СЭМД-like), HL7 v2, FHIR,
DICOM headers, CSV registries, pipe tables, boxed paper forms, misspelt labels."""

from __future__ import annotations

import datetime as dt
import json
import random
from typing import Any

from benchmarks.pii_blind29_gen import MRN, OMS, PAS, PH, SN, D, Doc, L, P, fmt_date, person, rdate, translit
from benchmarks.pii_blind29_vals import (
    _d,
    address,
    birth_cert,
    inn_digits,
    med_id,
    mobile,
    oms_digits,
    passport_parts,
    phone,
    snils,
    snils_digits,
    street,
    town,
)
from benchmarks.pii_families import Planted

EM = "EMAIL_ADDRESS"


def _q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def json_newborn(rng: random.Random, fake: Any) -> Planted:
    mom = person(fake, rng, female=True)
    born = rdate(rng, 2015, 2026)
    x = (
        Doc()
        .t('{"record_type": "newborn", "form": "097/у", "mis_id": "')
        .v(MRN, med_id(rng, "emk"))
        .t('",\n')
    )
    x.t(' "mother": {"last_name": "').v(P, mom.f()).t('", "first_name": "').v(P, mom.i()).t(
        '", "middle_name": "'
    )
    x.v(P, mom.o()).t('", "birth_date": "').v(D, fmt_date(rdate(rng, 1980, 2006), "yyyy-mm-dd")).t('",\n')
    x.t('  "snils": "').v(SN, snils_digits(rng)).t('", "enp": "').v(OMS, oms_digits(rng)).t('", "phone": "')
    x.v(PH, phone(rng)).t('"},\n "child": {"sex": "').t(rng.choice(("M", "F"))).t('", "born_at": "')
    x.v(D, f"{fmt_date(born, 'yyyy-mm-dd')}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00+03:00")
    x.t('", "weight_g": 3420, "apgar": [8, 9], "icd10": "Z38.0"},\n "address": "')
    x.v(L, _q(address(fake, rng))).t('",\n "ward": 12, "bed": 3, "org_inn": "7714012345"}')
    return x.done()


def xml_semd(rng: random.Random, fake: Any) -> Planted:
    kid = person(fake, rng, kid=True)
    born = rdate(rng, 2010, 2025)
    x = Doc().t(
        '<recordTarget><patientRole>\n  <id root="1.2.643.5.1.13.13.12.2.77.7800.100.1.1.17" extension="'
    )
    x.v(MRN, med_id(rng, "emk")).t('"/>\n  <id root="1.2.643.100.3" extension="').v(SN, snils_digits(rng)).t(
        '"/>\n'
    )
    x.t('  <addr use="H"><streetAddressLine>').v(L, address(fake, rng)).t("</streetAddressLine></addr>\n")
    x.t("  <patient><name><family>").v(P, kid.f()).t("</family><given>").v(P, kid.i()).t("</given>")
    x.t("<identity:Patronymic>").v(P, kid.o()).t("</identity:Patronymic></name>\n")
    x.t('  <administrativeGenderCode code="').t("2" if kid.female else "1").t('"/><birthTime value="')
    x.v(D, fmt_date(born, "yyyymmdd")).t('"/>\n  <guardian><guardianPerson><name><family>')
    mom = person(fake, rng, female=True, last=kid.last)
    x.v(P, mom.f()).t("</family><given>").v(P, mom.i()).t("</given></name></guardianPerson>\n")
    x.t('  <telecom value="tel:').v(PH, mobile(rng)).t(
        '"/></guardian>\n</patient></patientRole></recordTarget>'
    )
    return x.done()


def hl7_adt(rng: random.Random, fake: Any) -> Planted:
    kid = person(fake, rng, kid=True)
    mom = person(fake, rng, female=True, last=kid.last)
    born = rdate(rng, 2010, 2026)
    now = rdate(rng, 2020, 2026)
    x = (
        Doc()
        .t("MSH|^~\\&|MIS|DGB2|LIS|LAB|")
        .v(D, fmt_date(now, "yyyymmdd") + f"{rng.randrange(24):02d}{rng.randrange(60):02d}")
    )
    x.t(f"||ADT^A01|{_d(rng, 8)}|P|2.5\rPID|1||").v(MRN, _d(rng, 7)).t("^^^DGB2^MR~").v(SN, snils_digits(rng))
    x.t("^^^PFR^SS||").v(P, translit(kid.last).upper()).t("^").v(P, translit(kid.first).upper()).t("^")
    x.v(P, translit(kid.middle).upper()).t("||").v(D, fmt_date(born, "yyyymmdd")).t("|").t(
        "F" if kid.female else "M"
    )
    x.t("|||").v(L, f"{street(fake, rng)} {fake.building_number()}^^{town(fake)}^^{fake.postcode()}").t("||")
    x.v(PH, phone(rng)).t("\rNK1|1|").v(P, mom.f().upper()).t("^").v(P, mom.i().upper()).t("|MTH\r")
    x.t("PV1|1|I|PED^12^3||||").v(P, person(fake, rng).f().upper()).t("^A^V\r")
    return x.done()


def fhir_patient(rng: random.Random, fake: Any) -> Planted:
    kid = person(fake, rng, kid=True)
    dad = person(fake, rng, female=False, last=kid.last)
    born = rdate(rng, 2010, 2026)
    x = Doc().t(
        '{\n  "resourceType": "Patient",\n  "identifier": [\n    {"system": "urn:oid:1.2.643.2.69.1.1.1.6.3", "value": "'
    )
    x.v(MRN, birth_cert(rng)).t('"},\n    {"system": "urn:oid:1.2.643.2.69.1.1.1.6.228", "value": "').v(
        OMS, oms_digits(rng)
    )
    x.t('"}\n  ],\n  "name": [{"family": "').v(P, kid.f()).t('", "given": ["').v(P, kid.i()).t('", "')
    x.v(P, kid.o()).t('"]}],\n  "birthDate": "').v(D, fmt_date(born, "yyyy-mm-dd")).t(
        '",\n  "contact": [{"relationship": '
    )
    x.t('[{"text": "отец"}], "name": {"text": "').v(P, dad.shape("F I O")).t(
        '"}, "telecom": [{"system": "phone", "value": "'
    )
    x.v(PH, phone(rng)).t('"}, {"system": "email", "value": "').v(
        EM, f"{translit(dad.last).lower()}{_d(rng, 2)}@mail.ru"
    )
    x.t('"}]}]\n}')
    return x.done()


def dicom_neurosono(rng: random.Random, fake: Any) -> Planted:
    kid = person(fake, rng, kid=True)
    born = rdate(rng, 2018, 2026)
    x = (
        Doc()
        .t("(0008,0020) DA StudyDate: ")
        .v(D, fmt_date(born + dt.timedelta(days=rng.randint(2, 60)), "yyyymmdd"))
    )
    x.t("\n(0008,0050) SH AccessionNumber: ").v(MRN, f"US{_d(rng, 8)}").t("\n(0008,0060) CS Modality: US\n")
    x.t("(0010,0010) PN PatientName: ").v(P, f"{translit(kid.last).upper()}^{translit(kid.first).upper()}").t(
        "\n"
    )
    x.t("(0010,0020) LO PatientID: ").v(MRN, _d(rng, 9)).t("\n(0010,0030) DA PatientBirthDate: ")
    x.v(D, fmt_date(born, "yyyymmdd")).t(
        "\n(0010,1010) AS PatientAge: 003D\n(0008,1030) LO StudyDescription: НСГ\n"
    )
    x.t("(0008,0090) PN ReferringPhysicianName: ").v(
        P, f"{translit(person(fake, rng).last)}^{rng.choice('AEIMNOST')}"
    )
    return x.done()


def csv_vaccination(rng: random.Random, fake: Any) -> Planted:
    x = Doc().t("fio;birth_date;snils;vaccine;lot;vacc_date;nurse\n")
    for _ in range(rng.randint(3, 4)):
        kid = person(fake, rng, kid=True)
        born = rdate(rng, 2012, 2025)
        x.v(P, kid.shape(rng.choice(("F I O", "F I")))).t(";").v(
            D, fmt_date(born, rng.choice(("dd.mm.yyyy", "yyyy-mm-dd")))
        )
        x.t(";").v(SN, snils(rng)).t(f";{rng.choice(('Пентаксим', 'Инфанрикс', 'Вактривир', 'Превенар'))};")
        x.t(f"{rng.choice('ABKM')}{_d(rng, 5)};").v(
            D, fmt_date(born + dt.timedelta(days=rng.randint(60, 700)), "dd.mm.yyyy")
        )
        x.t(";").v(P, person(fake, rng, female=True).shape("F io")).t("\n")
    return x.done()


def pipe_table_group(rng: random.Random, fake: Any) -> Planted:
    x = Doc().t("Список детей подготовительной группы № 4 для профосмотра ")
    x.v(D, fmt_date(rdate(rng, 2022, 2026), "dd.mm.yyyy"))
    x.t("\n| № | ФИО ребёнка | Дата рожд. | Полис ОМС | Гр. здор. | Рост/вес |\n")
    for i in range(1, rng.randint(4, 6)):
        kid = person(fake, rng, kid=True)
        x.t(f"| {i} | ").v(P, kid.shape(rng.choice(("F I", "F I O", "F I")))).t(" | ")
        x.v(D, fmt_date(rdate(rng, 2018, 2021), rng.choice(("dd.mm.yyyy", "dd.mm.yy")))).t(" | ")
        x.v(OMS, oms_digits(rng)).t(
            f" | {rng.choice(('I', 'II', 'III'))} | {rng.randint(105, 125)}/{rng.randint(17, 26)} |\n"
        )
    x.t("Воспитатель ").v(P, person(fake, rng, female=True).shape(rng.choice(("F I O", "F io"))))
    return x.done()


def boxed_form(rng: random.Random, fake: Any) -> Planted:
    """A scanned paper form with one digit per box."""
    kid = person(fake, rng, kid=True)
    sn = snils_digits(rng)
    en = oms_digits(rng)
    born = rdate(rng, 2010, 2026)
    box_sn = (
        "|".join(sn[:3]) + "|-|" + "|".join(sn[3:6]) + "|-|" + "|".join(sn[6:9]) + "| |" + "|".join(sn[9:])
    )
    box_en = "|".join(en)
    box_d = (
        "|".join(fmt_date(born, "dd"))
        + "|.|"
        + "|".join(fmt_date(born, "mm"))
        + "|.|"
        + "|".join(fmt_date(born, "yyyy"))
    )
    x = (
        Doc()
        .t("ЗАЯВЛЕНИЕ о выборе медицинской организации (для ребёнка)\nФамилия |")
        .v(P, "|".join(kid.f().upper()))
    )
    x.t("|\nИмя     |").v(P, "|".join(kid.i().upper())).t("|\nДата рождения |").v(D, box_d).t("|\n")
    x.t("СНИЛС |").v(SN, box_sn).t("|\nЕНП   |").v(OMS, box_en).t("|\n")
    x.t("Законный представитель: ").v(P, person(fake, rng, last=kid.last).shape("F I O")).t(", паспорт ")
    s, n = passport_parts(rng)
    x.v(PAS, f"{s[:2]} {s[2:]}").t(" ").v(PAS, n).t("\nКонтактный телефон |").v(PH, "|".join(mobile(rng)))
    x.t("|")
    return x.done()


def misspelt_labels(rng: random.Random, fake: Any) -> Planted:
    mom = person(fake, rng, female=True)
    kid = person(fake, rng, kid=True, last=mom.last)
    x = Doc().t("Ф.И.О рeбенка:\n").v(P, kid.shape(rng.choice(("F I O", "F I"))))  # Latin "e" in the label
    x.t("\nД.р\n").v(D, fmt_date(rdate(rng, 2012, 2025), rng.choice(("dd.mm.yyyy", "d.m.yy", "dd mm yyyy"))))
    x.t("\nМать ФИО/тел\n").v(P, mom.shape(rng.choice(("F io", "F I O")))).t(" / ").v(PH, phone(rng))
    x.t("\nСнилс реб-ка:").v(SN, snils(rng)).t("\nПолисс: ").v(OMS, oms_digits(rng))
    x.t("\nАдресс:  ").v(L, address(fake, rng)).t("\nИст. бол. №").v(MRN, med_id(rng, "ib"))
    x.t("\nДиагн.: J20.9, ДН0. Вес 18 кг, амоксиклав 250 мг х 3 р/д")
    return x.done()


def kv_export_parents(rng: random.Random, fake: Any) -> Planted:
    mom = person(fake, rng, female=True)
    dad = person(fake, rng, female=False)
    x = Doc().t("[Представители]\n")
    x.t("mother.fio = ").v(P, mom.shape("F I O")).t("\nmother.doc = паспорт ")
    s, n = passport_parts(rng)
    x.v(PAS, s).t(" ").v(PAS, n).t("\nmother.email = ").v(
        EM, f"{translit(mom.first).lower()}.{translit(mom.last).lower()}@gmail.com"
    )
    x.t("\nmother.inn = ").v("RU_INN", inn_digits(rng)).t("\nmother.vk = ")
    x.v("URL", f"https://vk.com/{translit(mom.first).lower()}{_d(rng, 4)}")
    x.t("\nfather.fio = ").v(P, dad.shape(rng.choice(("F I O", "F io")))).t("\nfather.phone = ").v(
        PH, phone(rng)
    )
    x.t("\nfather.doc = вод. удостоверение ").v(MRN, f"{_d(rng, 2)} {_d(rng, 2)} {_d(rng, 6)}")
    x.t("\nfamily.address = ").v(L, address(fake, rng)).t("\nlast_update = ")
    x.v(
        D,
        f"{fmt_date(rdate(rng, 2020, 2026), 'dd.mm.yyyy')} {rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}",
    )
    return x.done()


def lab_ticket(rng: random.Random, fake: Any) -> Planted:
    kid = person(fake, rng, kid=True)
    taken = rdate(rng, 2018, 2026)
    x = (
        Doc()
        .t("Бланк направления на исследование\nШтрихкод: ")
        .v(MRN, _d(rng, 10))
        .t("   Заявка ")
        .v(MRN, f"{_d(rng, 6)}")
    )
    x.t("\nПациент: ").v(P, kid.shape(rng.choice(("F I O", "F io", "F I")))).t("   Возраст: 4 г. 7 мес.\n")
    x.t("Взятие: ").v(
        D, f"{fmt_date(taken, 'dd.mm.yyyy')} {rng.randrange(7, 11):02d}:{rng.randrange(60):02d}"
    )
    x.t("   Материал: кал на яйца глистов, соскоб на энтеробиоз\n")
    x.t("Результат ").v(D, fmt_date(taken + dt.timedelta(days=1), "dd.mm")).t(": не обнаружено. Лаборант ")
    x.v(P, person(fake, rng, female=True).shape("F io")).t("\nОрганизация: ДГП № 7, ОГРН 1037739877291")
    return x.done()


BLOCKS = [
    ("b29_json_newborn", json_newborn),
    ("b29_xml_semd", xml_semd),
    ("b29_hl7_adt", hl7_adt),
    ("b29_fhir_patient", fhir_patient),
    ("b29_dicom_neurosono", dicom_neurosono),
    ("b29_csv_vaccination", csv_vaccination),
    ("b29_pipe_table_group", pipe_table_group),
    ("b29_boxed_form", boxed_form),
    ("b29_misspelt_labels", misspelt_labels),
    ("b29_kv_export_parents", kv_export_parents),
    ("b29_lab_ticket", lab_ticket),
]
