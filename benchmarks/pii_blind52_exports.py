"""Multi-value fragments for blind split 52: LIS exports, sample labels, tube lists, DICOM and HL7 dumps."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind52_gen import (
    B,
    addr,
    birth,
    dicom_name,
    dt,
    enp_v,
    inn_v,
    lab_email,
    lab_url,
    name_parts,
    num,
    passport_v,
    phone_v,
    pname,
    snils_v,
    translit,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted

S = HELDOUT
TESTS = ("ОАК", "Биохимия (АЛТ, АСТ, креатинин)", "Коагулограмма", "HbA1c", "ТТГ, Т4 св.", "Ферритин", "ПСА общ.",
         "Anti-HCV", "HBsAg", "Глюкоза", "СРБ", "Группа крови + Rh")


def csv_export(rng: random.Random, fake: Any) -> Planted:
    b = B().t("sample_id;fio;birth_date;policy;test;taken_at\n")
    for _ in range(rng.randrange(2, 4)):
        b.v("MEDICAL_RECORD_NUMBER", num(rng, "NXXXXXXXXX")).t(";")
        b.v("PERSON", pname(rng, fake, rng.choice(("F I O", "F io")))).t(";")
        b.v("DATE_TIME", birth(rng, fake)).t(";")
        b.v("RU_OMS_POLICY", enp_v(rng)).t(f";{rng.choice(TESTS)};")
        b.v("DATE_TIME", dt(rng, fake, "yyyy-mm-dd HH:MI")).t("\n")
    return b.done()


def tsv_tube_list(rng: random.Random, fake: Any) -> Planted:
    b = B().t("Лист пробирок процедурного кабинета — смена ").v("DATE_TIME", dt(rng, fake, "dd.mm.yyyy")).t("\n")
    b.t("№\tШК\tФИО\tИ/б\tКрышка\n")
    for i in range(1, rng.randrange(3, 5)):
        b.t(f"{i}\t").v("MEDICAL_RECORD_NUMBER", num(rng, "XXXXXXXXXXXX")).t("\t")
        b.v("PERSON", pname(rng, fake, rng.choice(("F io", "F i o", "F io nodot")))).t("\t")
        b.v("MEDICAL_RECORD_NUMBER", num(rng, rng.choice(("NXXXX", "NXXX/Y")))).t(f"\t{rng.choice(('фиол.', 'красн.', 'сер.', 'голуб.'))}\n")
    b.t("Сдала: ").v("PERSON", pname(rng, fake, "F io")).t("  Приняла: ").v("PERSON", pname(rng, fake, "F io"))
    return b.done()


def json_export(rng: random.Random, fake: Any) -> Planted:
    b = B().t('{"order": {"id": "').v("MEDICAL_RECORD_NUMBER", num(rng, "NXXXXXXXX")).t('", "patient": {"name": "')
    b.v("PERSON", pname(rng, fake, "F I O")).t('", "birthDate": "').v("DATE_TIME", birth(rng, fake, "yyyy-mm-dd"))
    b.t('", "snils": "').v("RU_SNILS", snils_v(rng, rng.choice(("XXXXXXXXXXX", "XXX-XXX-XXX XX"))))
    b.t('", "phone": "').v("PHONE_NUMBER", phone_v(rng, rng.choice(("+79XXXXXXXXX", "89XXXXXXXXX"))))
    b.t('", "email": "').v("EMAIL_ADDRESS", lab_email(rng, fake)).t('"}, "created": "')
    b.v("DATE_TIME", dt(rng, fake, "yyyy-mm-ddTHH:MI:SS+03:00")).t('", "tests": ["')
    b.t(rng.choice(TESTS)).t('"], "resultUrl": "').v("URL", lab_url(rng, fake)).t('"}}')
    return b.done()


def xml_export(rng: random.Random, fake: Any) -> Planted:
    b = B().t("<Patient>\n  <FIO>").v("PERSON", pname(rng, fake, rng.choice(("F I O", "FIO")))).t("</FIO>\n  <BirthDate>")
    b.v("DATE_TIME", birth(rng, fake, rng.choice(("yyyy-mm-dd", "dd.mm.yyyy")))).t("</BirthDate>\n  <Oms>")
    b.v("RU_OMS_POLICY", enp_v(rng)).t("</Oms>\n  <Document type=\"21\">").v("RU_PASSPORT", passport_v(rng, "XXXX XXXXXX"))
    b.t("</Document>\n  <Address>").v("LOCATION", addr(rng, fake)).t("</Address>\n</Patient>\n<Sample barcode=\"")
    b.v("MEDICAL_RECORD_NUMBER", num(rng, "NXXXXXXXXX")).t("\" material=\"сыворотка\"/>")
    return b.done()


def hl7_orm(rng: random.Random, fake: Any) -> Planted:
    last, first, middle, female = name_parts(rng, fake)
    hl7_name = f"{last}^{first}^{middle}".upper() if rng.random() < 0.5 else f"{translit(last).upper()}^{translit(first).upper()}"
    b = B().t("MSH|^~\\&|MIS|GKB|LIS|KDL|").v("DATE_TIME", dt(rng, fake, "yyyymmddHHMI")).t("||ORM^O01|")
    b.t(num(rng, "XXXXX")).t("|P|2.5\rPID|1||").v("MEDICAL_RECORD_NUMBER", num(rng, "NXXXXXX")).t("^^^MIS^MR||")
    b.v("PERSON", hl7_name).t("||").v("DATE_TIME", birth(rng, fake, "yyyymmdd"))
    b.t(f"|{'F' if female else 'M'}|||").v("LOCATION", addr(rng, fake).replace(", ", "^", 1)).t("||")
    b.v("PHONE_NUMBER", phone_v(rng, "89XXXXXXXXX")).t("\rORC|NW|").v("MEDICAL_RECORD_NUMBER", num(rng, "NXXXXXXX"))
    b.t("\rOBR|1||").v("MEDICAL_RECORD_NUMBER", num(rng, "NXXXXXXXXX")).t("|B03.016.003^ОАК")
    return b.done()


def hl7_oru(rng: random.Random, fake: Any) -> Planted:
    b = B().t("PID|||").v("MEDICAL_RECORD_NUMBER", num(rng, "YXXXXXX")).t("||").v("PERSON", dicom_name(rng, fake, True))
    b.t("||").v("DATE_TIME", birth(rng, fake, "yyyymmdd")).t("|F\nPV1||O|||||").v("PERSON", dicom_name(rng, fake))
    b.t("\nOBR|1||").v("MEDICAL_RECORD_NUMBER", num(rng, "NXXXXXXXX")).t("|SARS-CoV-2 PCR|||")
    b.v("DATE_TIME", dt(rng, fake, "yyyymmddHHMI")).t("\nOBX|1|ST|94500-6^SARS-CoV-2 RNA||не обнаружено||||||F")
    return b.done()


def keyvalue_export(rng: random.Random, fake: Any) -> Planted:
    b = B().t("patient_fio=").v("PERSON", pname(rng, fake, rng.choice(("F I O", "F io")))).t("\ndob=")
    b.v("DATE_TIME", birth(rng, fake)).t("\nsnils=").v("RU_SNILS", snils_v(rng, "XXXXXXXXXXX")).t("\ninn=")
    b.v("RU_INN", inn_v(rng, rng.random() < 0.8))
    b.t("\npay_type=платно\nlab_order=").v("MEDICAL_RECORD_NUMBER", num(rng, "NXXXXXXX")).t("\nnotify_email=")
    b.v("EMAIL_ADDRESS", lab_email(rng, fake)).t("\n")
    return b.done()


def fixed_width(rng: random.Random, fake: Any) -> Planted:
    b = B().t("ШК          ФАМИЛИЯ И.О.          Д/Р        ОТД\n")
    for _ in range(rng.randrange(2, 4)):
        code = num(rng, "NXXXXXXXXX")
        who = pname(rng, fake, rng.choice(("FU io", "F io")))
        b.v("MEDICAL_RECORD_NUMBER", code).t(" " * (12 - len(code)))
        b.v("PERSON", who).t(" " * max(1, 22 - len(who)))
        b.v("DATE_TIME", birth(rng, fake, rng.choice(("dd.mm.yyyy", "dd.mm.yy")))).t(f" {rng.choice(('ТЕР', 'ХИР', 'КАР', 'ГИН'))}\n")
    return b.done()


def tube_label(rng: random.Random, fake: Any) -> Planted:
    """A printed tube sticker, sometimes read back by OCR with its typical slips."""
    who = pname(rng, fake, rng.choice(("FU io", "F io", "FIO")))
    code = num(rng, "NXXXXXXXXX")
    if rng.random() < 0.35:
        who = who.replace("О", "0", 1)
        code = code.replace("1", "l", 1) if "1" in code else code
    b = B().t("|||| ||| |||| |\n").v("MEDICAL_RECORD_NUMBER", code).t("\n").v("PERSON", who).t("\n")
    b.t(rng.choice(("Д/Р ", "ДР:", "dob "))).v("DATE_TIME", birth(rng, fake, rng.choice(("dd.mm.yyyy", "dd.mm.yy"))))
    b.t("  ").t(rng.choice(("ЭДТА К3", "Сыв. гель", "Цитрат 3,2%"))).t("\nвзят ").v("DATE_TIME", dt(rng, fake, "dd.mm HH:MI"))
    return b.done()


def dicom_dump(rng: random.Random, fake: Any) -> Planted:
    female = rng.random() < 0.5
    b = B().t("(0008,0020) DA StudyDate                 ").v("DATE_TIME", dt(rng, fake, "yyyymmdd"))
    b.t("\n(0008,0050) SH AccessionNumber           ").v("MEDICAL_RECORD_NUMBER", num(rng, rng.choice(("CTYXXXXXX", "NXXXXXXXX"))))
    b.t("\n(0008,0080) LO InstitutionName           ГБУЗ ОКБ\n(0008,0090) PN ReferringPhysicianName   ")
    b.v("PERSON", dicom_name(rng, fake)).t("\n(0010,0010) PN PatientName               ").v("PERSON", dicom_name(rng, fake, female))
    b.t("\n(0010,0020) LO PatientID                 ").v("MEDICAL_RECORD_NUMBER", num(rng, "NXXXXXXX"))
    b.t("\n(0010,0030) DA PatientBirthDate          ").v("DATE_TIME", birth(rng, fake, "yyyymmdd"))
    b.t("\n(0010,0040) CS PatientSex                ").t("F" if female else "M")
    if rng.random() < 0.5:
        b.t("\n(0010,1040) LO PatientAddress            ").v("LOCATION", addr(rng, fake))
    else:
        b.t("\n(0010,2154) SH PatientTelephoneNumbers   ").v("PHONE_NUMBER", phone_v(rng))
    return b.done()


def dicom_pydicom(rng: random.Random, fake: Any) -> Planted:
    b = B().t("Dataset.file_meta -------------------------------\n(0008, 0021) Series Date  DA: '")
    b.v("DATE_TIME", dt(rng, fake, "yyyymmdd")).t("'\n(0008, 0050) Accession Number  SH: '")
    b.v("MEDICAL_RECORD_NUMBER", num(rng, "MRYXXXXX")).t("'\n(0010, 0010) Patient's Name  PN: '")
    b.v("PERSON", dicom_name(rng, fake)).t("'\n(0010, 0020) Patient ID  LO: '").v("MEDICAL_RECORD_NUMBER", num(rng, "XXXXXXXXXX"))
    b.t("'\n(0010, 1000) Other Patient IDs  LO: '").v("RU_OMS_POLICY", enp_v(rng)).t("'\n(0018, 0015) Body Part Examined  CS: 'HEAD'")
    return b.done()


def worklist_rows(rng: random.Random, fake: Any) -> Planted:
    b = B().t("Рабочий список КТ-кабинета на ").v("DATE_TIME", dt(rng, fake, "dd.mm.yyyy")).t("\n")
    for _ in range(rng.randrange(2, 4)):
        b.t(dt(rng, fake, "HH:MI")).t(" | ").v("PERSON", pname(rng, fake, rng.choice(("F I O", "F io"))))
        b.t(" | ").v("DATE_TIME", birth(rng, fake, "dd.mm.yyyy")).t(" | Acc ").v("MEDICAL_RECORD_NUMBER", num(rng, "CTYXXXXXX"))
        b.t(f" | {rng.choice(('ОГК', 'ГМ с к/у', 'ОБП', 'почки'))}\n")
    return b.done()


def qr_label(rng: random.Random, fake: Any) -> Planted:
    b = B().t("[QR] ").v("URL", lab_url(rng, fake)).t("\nЗаказ ").v("MEDICAL_RECORD_NUMBER", num(rng, "NXXXXXXXX"))
    b.t(" • ").v("PERSON", pname(rng, fake, "F I O")).t(" • тел ").v("PHONE_NUMBER", phone_v(rng))
    return b.done()


EXPORT_BLOCKS: list[BlockFamily] = [
    BlockFamily("b52-lis-csv", S, csv_export),
    BlockFamily("b52-tube-list-tsv", S, tsv_tube_list),
    BlockFamily("b52-lis-json", S, json_export),
    BlockFamily("b52-lis-xml", S, xml_export),
    BlockFamily("b52-hl7-orm", S, hl7_orm),
    BlockFamily("b52-hl7-oru-pcr", S, hl7_oru),
    BlockFamily("b52-lis-keyvalue", S, keyvalue_export),
    BlockFamily("b52-fixed-width-journal", S, fixed_width),
    BlockFamily("b52-tube-label-ocr", S, tube_label),
    BlockFamily("b52-dicom-dcmdump", S, dicom_dump),
    BlockFamily("b52-dicom-pydicom", S, dicom_pydicom),
    BlockFamily("b52-ct-worklist", S, worklist_rows),
    BlockFamily("b52-qr-order-label", S, qr_label),
]
