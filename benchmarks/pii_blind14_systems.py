"""blind14 blocks from data systems: CDA XML, FHIR, CSV/Excel exports, logs, LIS/ASTM, HL7, PACS."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind14_gen as g
from benchmarks.pii_families import BlockFamily, Planted

S = "blind14"
P, D, L, PH = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
SN, INN, OMS, PAS, MRN = "RU_SNILS", "RU_INN", "RU_OMS_POLICY", "RU_PASSPORT", "MEDICAL_RECORD_NUMBER"


def cda(rng: random.Random, fake: Any) -> Planted:
    f, i, o, _ = g.person(fake, rng)
    d = g.Doc().t(
        '<ClinicalDocument xmlns="urn:hl7-org:v3">\n  <id root="1.2.643.5.1.13.13.17.1.1" extension="'
    )
    d.v(MRN, g.dg(rng, 9)).t(
        '"/>\n  <code code="57" codeSystem="1.2.643.5.1.13.13.11.1522"/>\n  <effectiveTime value="'
    )
    d.v(D, g.dt_s(rng, fake, "hl7")).t(
        '+0300"/>\n  <recordTarget><patientRole>\n    <id root="1.2.643.100.3" extension="'
    )
    d.v(SN, g.snils(rng)).t('"/>\n    <id root="1.2.643.100.148" extension="').v(OMS, g.enp_digits(rng))
    d.t('"/>\n    <addr><streetAddressLine>').v(L, g.address(rng, fake)).t("</streetAddressLine></addr>\n")
    d.t('    <telecom value="tel:').v(PH, g.mobile(rng).replace(" ", "")).t('"/>\n    <patient><name>')
    d.t("<family>").v(P, f).t("</family><given>").v(P, i).t("</given><given>").v(P, o).t("</given></name>\n")
    d.t('      <birthTime value="').v(D, g.date_s(rng, fake, True, "ymd8")).t('"/>\n')
    d.t('      <administrativeGenderCode code="1"/></patient>\n  </patientRole></recordTarget>\n')
    d.t("  <author><assignedAuthor><assignedPerson><name><family>").v(P, fake.last_name())
    d.t(
        '</family></name></assignedPerson>\n  <representedOrganization><id extension="1.2.643.5.1.13.13.12.2.72.7054"/>'
    )
    d.t(f"<name>ГБУЗ ТО «Областная больница № {rng.randrange(1, 25)}»</name></representedOrganization>")
    return d.t("</assignedAuthor></author>\n</ClinicalDocument>").done()


def fhir(rng: random.Random, fake: Any) -> Planted:
    f, i, o, fem = g.person(fake, rng)
    d = g.Doc().t(
        '{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Patient",'
    )
    d.t('"identifier":[{"system":"urn:oid:1.2.643.100.3","value":"').v(SN, g.snils_digits(rng))
    d.t('"},{"system":"urn:oid:1.2.643.2.69.1.1.1.6.14","value":"').v(
        PAS, f"{g.passport(rng)[0]}:{g.passport(rng)[1]}"
    )
    d.t('"},{"system":"urn:oid:1.2.643.5.1.13.2.7.100.5","value":"').v(
        MRN, f"{rng.randrange(1, 9)}-{g.dg(rng, 7)}"
    )
    d.t('"}],"name":[{"family":"').v(P, f).t('","given":["').v(P, i).t('","').v(P, o).t('"]}],')
    d.t(f'"gender":"{"female" if fem else "male"}","birthDate":"').v(D, g.date_s(rng, fake, True, "iso"))
    d.t('","telecom":[{"system":"phone","value":"').v(PH, g.mobile(rng)).t('"},{"system":"email","value":"')
    d.v("EMAIL_ADDRESS", g.email(rng, fake)).t('"}],"address":[{"text":"').v(L, g.address(rng, fake))
    d.t('"}]}},{"resource":{"resourceType":"Encounter","id":"').v(MRN, f"enc-{g.dg(rng, 8)}")
    d.t('","period":{"start":"').v(D, g.dt_s(rng, fake, "iso")).t(
        '"},"serviceProvider":{"display":"ГКБ № 15"}}}]}'
    )
    return d.done()


def csv_semicolon(rng: random.Random, fake: Any) -> Planted:
    f, i, o, _ = g.person(fake, rng)
    d = g.Doc().t("№ п/п;Фамилия;Имя;Отчество;Дата рождения;СНИЛС;Полис ОМС;Адрес;Телефон;Отделение;Койка\n")
    d.t(f"{rng.randrange(1, 40)};").v(P, f).t(";").v(P, i).t(";").v(P, o).t(";").v(
        D, g.date_s(rng, fake, True, "dmy")
    )
    d.t(";").v(SN, g.snils(rng)).t(";").v(OMS, g.enp_digits(rng)).t(';"').v(L, g.address(rng, fake)).t('";')
    return d.v(PH, g.mobile(rng)).t(f";Терапия-{rng.randrange(1, 4)};{rng.randrange(1, 60)}").done()


def csv_pipe(rng: random.Random, fake: Any) -> Planted:
    d = g.Doc().t("ID|FIO|DR|POL|INN|PHONE|DATE_IN\n")
    for _ in range(2):
        d.v(MRN, f"{rng.randrange(10, 99)}{g.dg(rng, 5)}").t("|")
        d.v(P, g.name(rng, fake, "nomn", "F I O", "F io").upper()).t("|").v(
            D, g.date_s(rng, fake, True, "dmy")
        )
        d.t(f"|{rng.choice('МЖ')}|").v(INN, g.inn12_digits(rng)).t("|").v(PH, g.mobile(rng).replace(" ", ""))
        d.t("|").v(D, g.date_s(rng, fake, False, "iso")).t("\n")
    return Planted(d.text.rstrip("\n"), d.golds)


def excel_paste(rng: random.Random, fake: Any) -> Planted:
    f, i, o, _ = g.person(fake, rng)
    d = g.Doc().t("Фамилия\tИмя\tОтчество\tД/р\tСерия\tНомер\tКем выдан\n")
    ser, num = g.passport(rng)
    d.v(P, f.upper()).t("\t").v(P, i.upper()).t("\t").v(P, o.upper()).t("\t").v(
        D, g.date_s(rng, fake, True, "dmy")
    )
    d.t("\t").v(PAS, ser).t("\t").v(PAS, num).t("\t").t("ГУ МВД России по Тюменской обл.\t\t")
    return d.done()


def app_log(rng: random.Random, fake: Any) -> Planted:
    d = g.Doc()
    pid = g.dg(rng, 7)
    d.v(D, g.dt_s(rng, fake, "log")).t(" INFO  [mis.emk] user=doc_").t(g.dg(rng, 3)).t(
        " open EMK patient_id="
    )
    d.v(MRN, pid).t(' fio="').v(P, g.name(rng, fake, "nomn", "F I O")).t('"\n')
    d.v(D, g.dt_s(rng, fake, "log")).t(" WARN  [sms.gateway] send failed to=").v(
        PH, "+7" + "9" + g.dg(rng, 9)
    )
    d.t(" retry=3 timeout=3000ms\n")
    d.v(D, g.dt_s(rng, fake, "log")).t(" DEBUG [egisz.semd] POST /semd/registry ok, snils=").v(
        SN, g.snils_digits(rng)
    )
    d.t(" doc_id=").v(MRN, f"{g.dg(rng, 8)}-{g.dg(rng, 4)}").t(" http=200 size=")
    return d.t(f"{rng.randrange(1000, 90000)}b").done()


def astm(rng: random.Random, fake: Any) -> Planted:
    f, i, o, fem = g.person(fake, rng)
    d = g.Doc().t(f"H|\\^&|||Sysmex XN-{rng.choice((350, 550, 1000))}^00-22|||||||P|1|")
    d.t("\nP|1||").v(MRN, g.dg(rng, 8)).t("||").v(P, g.latin(f).upper()).t("^").v(P, g.latin(i).upper())
    d.t("^").v(P, g.latin(o).upper()).t("||").v(D, g.date_s(rng, fake, True, "ymd8")).t(
        f"|{'F' if fem else 'M'}\n"
    )
    d.t("O|1|").v(MRN, g.dg(rng, 10)).t(
        f"^{rng.randrange(1, 9)}^{rng.randrange(1, 10)}||^^^WBC\\^^^RBC\\^^^HGB|R|"
    )
    d.v(D, g.dt_s(rng, fake, "hl7")).t("\nR|1|^^^WBC^1|")
    return d.t(
        f"{rng.randrange(30, 150) / 10}|10*3/uL||N||F\nR|2|^^^HGB^1|{rng.randrange(90, 170)}|g/L||N||F\nL|1|N"
    ).done()


def hl7(rng: random.Random, fake: Any) -> Planted:
    f, i, o, fem = g.person(fake, rng)
    d = g.Doc().t("MSH|^~\\&|MIS|GKB15|LIS|CDL|").v(D, g.dt_s(rng, fake, "hl7")).t("||ADT^A01|")
    d.t(f"MSG{g.dg(rng, 6)}|P|2.5\nPID|1||").v(MRN, g.dg(rng, 6)).t("^^^GKB15^MR~").v(SN, g.snils_digits(rng))
    d.t("^^^PFR^SN||").v(P, f).t("^").v(P, i).t("^").v(P, o).t("||").v(D, g.date_s(rng, fake, True, "ymd8"))
    d.t(f"|{'F' if fem else 'M'}|||").v(L, g.address(rng, fake).replace(",", "^", 1)).t("||").v(
        PH, g.mobile(rng)
    )
    d.t("\nPV1|1|I|TER^").t(f"{rng.randrange(100, 520)}^{rng.randrange(1, 4)}||||").v(
        P, fake.last_name_male()
    ).t("^")
    d.v(P, fake.first_name_male()).t("|||||||||||").v(MRN, f"V{g.dg(rng, 7)}")
    return d.done()


def pacs(rng: random.Random, fake: Any) -> Planted:
    f, i, o, fem = g.person(fake, rng)
    d = g.Doc().t("(0008,0050) SH AccessionNumber      [").v(MRN, f"CT{g.dg(rng, 8)}").t("]\n")
    d.t("(0008,0020) DA StudyDate            [").v(D, g.dt_s(rng, fake, "dicom")).t("]\n")
    d.t("(0008,0080) LO InstitutionName      [OKB2 TYUMEN]\n(0008,0090) PN ReferringPhysician   [")
    d.v(P, g.latin(fake.last_name_male()).upper()).t("^").v(P, g.latin(fake.first_name_male()).upper()).t(
        "]\n"
    )
    d.t("(0010,0010) PN PatientName          [").v(P, g.latin(f).upper()).t("^").v(P, g.latin(i).upper())
    d.t("^").v(P, g.latin(o).upper()).t("]\n(0010,0020) LO PatientID            [").v(MRN, g.dg(rng, 9)).t(
        "]\n"
    )
    d.t("(0010,0030) DA PatientBirthDate     [").v(D, g.date_s(rng, fake, True, "ymd8")).t("]\n")
    return d.t(
        f"(0010,0040) CS PatientSex           [{'F' if fem else 'M'}]\n(0018,0050) DS SliceThickness [1.25]"
    ).done()


def worklist(rng: random.Random, fake: Any) -> Planted:
    d = g.Doc().t("РАБОЧИЙ СПИСОК КТ  каб. 114\nВремя | Пациент | Д.р. | Accession | Исследование\n")
    for _ in range(3):
        d.t(f"{rng.randrange(8, 19):02d}:{rng.choice(('00', '20', '40'))} | ")
        d.v(P, g.name(rng, fake, "nomn", "F io", "F I O", "F i o")).t(" | ").v(
            D, g.date_s(rng, fake, True, "dmy")
        )
        d.t(" | ").v(MRN, f"A{g.dg(rng, 7)}").t(f" | КТ ОГК {rng.choice(('нативно', 'с КУ'))}\n")
    return Planted(d.text.rstrip("\n"), d.golds)


def semd_meta(rng: random.Random, fake: Any) -> Planted:
    d = g.Doc().t('{\n  "semdType": "Протокол инструментального исследования",\n  "localUid": "')
    d.v(MRN, f"{g.dg(rng, 8)}-{g.dg(rng, 4)}-{g.dg(rng, 4)}").t('",\n  "patientSnils": "').v(SN, g.snils(rng))
    d.t('",\n  "patientOms": "').v(OMS, g.enp(rng)).t('",\n  "createdAt": "').v(D, g.dt_s(rng, fake, "iso"))
    d.t('",\n  "author": {"snils": "').v(SN, g.snils_digits(rng)).t('", "fio": "').v(
        P, g.name(rng, fake, "nomn", "F I O")
    )
    d.t(f'"}},\n  "orgOid": "1.2.643.5.1.13.13.12.2.{rng.randrange(10, 89)}.{rng.randrange(1000, 9999)}",\n')
    return d.t(f'  "orgInn": "{g.inn10_org(rng)}"\n}}').done()


def yaml_kv(rng: random.Random, fake: Any) -> Planted:
    d = (
        g.Doc()
        .t("patient:\n  last_name: ")
        .v(P, fake.last_name_female())
        .t("\n  first_name: ")
        .v(P, fake.first_name_female())
    )
    d.t("\n  birth_date: ").v(D, g.date_s(rng, fake, True, "iso")).t("\n  inn: '").v(INN, g.inn12_digits(rng))
    d.t("'\n  phones: [").v(PH, g.mobile(rng)).t(", ").v(PH, g.city_phone(rng)).t("]\n  email: ").v(
        "EMAIL_ADDRESS", g.email(rng, fake)
    )
    d.t("\n  address: >\n    ")
    d.v(L, g.address(rng, fake)).t("\ncase:\n  number: ").v(MRN, g.mrn(rng)).t("\n  admitted: ")
    return (
        d.v(D, g.dt_s(rng, fake, "ru"))
        .t(f"\n  ward: {rng.randrange(1, 30)}\n  icd10: J18.{rng.randrange(10)}")
        .done()
    )


def pharmacy(rng: random.Random, fake: Any) -> Planted:
    d = g.Doc().t("АПТЕКА ГБУЗ — журнал отпуска льготных ЛП\n")
    d.t("Дата отпуска: ").v(D, g.date_s(rng, fake, False, "dmy")).t(" | Рецепт: ").v(
        MRN, f"{g.dg(rng, 4)}Л{g.dg(rng, 7)}"
    )
    d.t("\nПолучатель: ").v(P, g.name(rng, fake, "nomn", "F I O", "F io")).t(" | СНИЛС: ").v(SN, g.snils(rng))
    d.t("\nПрепарат: Инсулин гларгин 100 ЕД/мл 3 мл №5, по 18 ЕД п/к в 22:00 | Кол-во: 2 уп.\n")
    return (
        d.t("Выписал: ")
        .v(P, g.name(rng, fake, "nomn", "F io", "io F"))
        .t(f" | Код ЛПУ {g.dg(rng, 7)}")
        .done()
    )


def barcode_label(rng: random.Random, fake: Any) -> Planted:
    s = g.dg(rng, 10)
    d = (
        g.Doc()
        .t("┌──────────────────────────┐\n│ *")
        .v(MRN, s)
        .t("*\n│ ")
        .v(P, g.name(rng, fake, "nomn", "F io", "F I").upper())
    )
    d.t("\n│ ").v(D, g.date_s(rng, fake, True, "dmy")).t(
        f"  отд. ТЕР-{rng.randrange(1, 4)} пал.{rng.randrange(1, 40)}\n│ "
    )
    d.t(f"ЭДТА К3 {rng.choice(('фиол.', 'сирен.'))}  забор ").v(D, g.dt_s(rng, fake, "ru"))
    return d.t("\n└──────────────────────────┘").done()


def wristband(rng: random.Random, fake: Any) -> Planted:
    d = g.Doc().t("БРАСЛЕТ ПАЦИЕНТА\n").v(P, g.name(rng, fake, "nomn", "F I O").upper()).t("\nДР:")
    d.v(D, g.date_s(rng, fake, True, "dmy")).t("  ИБ№").v(MRN, g.mrn(rng)).t(
        "\nАллергия: пенициллин   Группа крови: A(II) Rh+"
    )
    return d.done()


BLOCKS: list[BlockFamily] = [
    BlockFamily("b14_cda_xml", S, cda),
    BlockFamily("b14_fhir_bundle", S, fhir),
    BlockFamily("b14_csv_semicolon", S, csv_semicolon),
    BlockFamily("b14_csv_pipe_caps", S, csv_pipe),
    BlockFamily("b14_excel_paste", S, excel_paste),
    BlockFamily("b14_app_log", S, app_log),
    BlockFamily("b14_astm_lis", S, astm),
    BlockFamily("b14_hl7_adt", S, hl7),
    BlockFamily("b14_dicom_tags", S, pacs),
    BlockFamily("b14_pacs_worklist", S, worklist),
    BlockFamily("b14_semd_meta_json", S, semd_meta),
    BlockFamily("b14_yaml_export", S, yaml_kv),
    BlockFamily("b14_pharmacy_journal", S, pharmacy),
    BlockFamily("b14_barcode_label", S, barcode_label),
    BlockFamily("b14_wristband", S, wristband),
]
