"""Document families of the blind30 split: lab requisitions, results and LIS/HL7/FHIR/CSV/XML exports."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind30_gen import (
    DAT,
    EML,
    LOC,
    MRN,
    OMS,
    PASS,
    PER,
    PHO,
    SNILS,
    URL,
    Doc,
    Who,
    addr_str,
    date_str,
    email_str,
    phone_str,
    town,
    translit,
    url_str,
)
from benchmarks.pii_blind30_ids import (
    dg,
    mrn_str,
    oms_str,
    org_inn,
    pass_parts,
    snils_str,
)
from benchmarks.pii_families import Planted

R = random.Random
LABS = (
    "ООО «Лаборатория Гемотест»",
    "ИНВИТРО",
    "КДЛ ГБУЗ «ГКБ № 52 ДЗМ»",
    "ООО «Хеликс»",
    "ЦКДЛ ОКБ",
    "Лаборатория «CMD» ЦНИИЭ",
)
TESTS = (
    ("Гемоглобин", "128 г/л", "120–140"),
    ("Глюкоза", "6,8 ммоль/л", "3,9–6,1"),
    ("ТТГ", "2,31 мкМЕ/мл", "0,4–4,0"),
    ("Креатинин", "104 мкмоль/л", "62–106"),
    ("Ферритин", "9 нг/мл", "13–150"),
    ("СРБ", "17 мг/л", "<5"),
    ("HbA1c", "7,9 %", "<6,0"),
    ("ПСА общий", "3,2 нг/мл", "0–4"),
    ("АЛТ", "54 Ед/л", "<41"),
)


def _tests(rng: R, d: Doc, n: int, sep: str = "\n") -> None:
    for name, val, ref in rng.sample(TESTS, n):
        d.t(f"{sep}{name}{rng.choice([': ', '  ', ' — '])}{val} (реф. {ref})")


def requisition(rng: R, fake: Any) -> Planted:
    p, doc = Who(rng, fake), Who(rng, fake)
    d = Doc().t(f"НАПРАВЛЕНИЕ НА ЛАБОРАТОРНОЕ ИССЛЕДОВАНИЕ (ф. 200/у)\n{rng.choice(LABS)}\n№ направления: ")
    d.v(MRN, mrn_str(rng, "referral")).t("\nФ.И.О. пациента: ").v(PER, f"{p.L()} {p.F()} {p.M()}")
    d.t("\nДата рождения: ").v(DAT, date_str(rng, rng.choice(["dot", "dot2"]), 1940, 2010))
    d.t("\nПолис ОМС: ").v(OMS, oms_str(rng, rng.choice(["plain", "4x4"])))
    d.t("\nДиагноз: E11.9; N18.3\nИсследования: ОАК, биохимия (A09.05.020, A09.05.023)\nДата забора: ")
    d.v(DAT, date_str(rng, "dot_t", 2023, 2026)).t("\nВрач: ").v(PER, f"{doc.L()} {doc.ini()}").t(
        "  подпись ______"
    )
    return d.done()


def commercial_blank(rng: R, fake: Any) -> Planted:
    p = Who(rng, fake)
    d = Doc().t("БЛАНК-ЗАКАЗ  |  ИНЗ ").v(MRN, mrn_str(rng, "lab_order")).t("  |  медофис № 0" + dg(rng, 3))
    d.t("\nКлиент: ").v(PER, p.L().upper()).t(" / ").v(PER, p.F().upper()).t(" / ").v(PER, p.M().upper())
    d.t("\nПол: " + ("М" if p.male else "Ж") + "   Д.р.: ").v(
        DAT, date_str(rng, rng.choice(["dot", "compact"]), 1950, 2015)
    )
    d.t("\nТелефон: ").v(PHO, phone_str(rng, rng.choice(["plus", "bare", "eight"])))
    if rng.random() < 0.7:
        d.t("   E-mail: ").v(EML, email_str(rng, fake, p))
    d.t("\nФаза цикла: —   Приём препаратов: L-тироксин 50 мкг\nКоды: 21, 24, 1515 (итого 2 350 руб.)")
    d.t("\nШтрихкоды пробирок: ").v(MRN, mrn_str(rng, "tube")).t(", ").v(MRN, mrn_str(rng, "tube"))
    return d.done()


def result_form(rng: R, fake: Any) -> Planted:
    p, lab = Who(rng, fake), Who(rng, fake)
    d = Doc().t(
        f"{rng.choice(LABS)}\nИНН {org_inn(rng)} лицензия Л041-01137-77/0036{dg(rng, 4)}\n\nРЕЗУЛЬТАТЫ ИССЛЕДОВАНИЙ\n"
    )
    d.t("Пациент: ").v(PER, p.shape(rng, "nomn", "fu")).t("   Возраст: " + str(rng.randint(18, 90)) + " лет")
    d.t("\nЗаказ: ").v(MRN, mrn_str(rng, "lab_order")).t("   Дата взятия: ").v(
        DAT, date_str(rng, rng.choice(["dot_t", "dot"]), 2022, 2026)
    )
    d.t("\nДата выполнения: ").v(DAT, date_str(rng, rng.choice(["dot", "abbr"]), 2022, 2026))
    _tests(rng, d, rng.randint(2, 4))
    d.t("\n\nВрач КЛД: ").v(PER, rng.choice([f"{lab.L()} {lab.ini(True)}", f"{lab.ini()} {lab.L()}"]))
    d.t("\nРезультаты не являются диагнозом. Проверить подлинность: ").v(URL, url_str(rng, fake, "lab"))
    return d.done()


def hl7_oru(rng: R, fake: Any) -> Planted:
    p, dr = Who(rng, fake), Who(rng, fake)
    d = Doc().t(f"MSH|^~\\&|LIS|CKDL|MIS|GKB{rng.randint(1, 70)}|").v(DAT, date_str(rng, "hl7", 2024, 2026))
    sg = rng.choice(["\r", "\n", "\r\n"])
    d.t(f"||ORU^R01|MSG{dg(rng, 6)}|P|2.5{sg}PID|1||").v(MRN, mrn_str(rng, "emr")).t("^^^MIS^MR~")
    d.v(SNILS, snils_str(rng, "plain")).t("^^^PFR^SS||").v(PER, p.L().upper()).t("^").v(PER, p.F().upper()).t(
        "^"
    )
    d.v(PER, p.M().upper()).t("||").v(DAT, date_str(rng, "hl7d", 1940, 2010)).t(
        "|" + ("M" if p.male else "F") + "|||"
    )
    a = addr_str(rng, fake, "city")
    d.v(LOC, a.replace(", ", "^", 1)).t("||").v(PHO, phone_str(rng, "e164"))
    d.t(f"{sg}ORC|RE|").v(MRN, mrn_str(rng, "lab_order")).t("|").v(MRN, mrn_str(rng, "lis")).t(
        f"||CM{sg}OBR|1|||57021-8^CBC^LN|||"
    )
    d.v(DAT, date_str(rng, "hl7", 2024, 2026)).t("||||||||").v(PER, dr.L().upper()).t("^").v(
        PER, dr.F().upper()
    ).t("^").v(PER, dr.M().upper())
    d.t(f"{sg}OBX|1|NM|718-7^HGB^LN||131|g/L|120-160|N|||F")
    return d.done()


def hl7_adt(rng: R, fake: Any) -> Planted:
    p, nk = Who(rng, fake), Who(rng, fake)
    d = Doc().t("PID|||").v(MRN, mrn_str(rng, "emr")).t("^^^HIS||").v(PER, translit(p.last).upper()).t("^")
    d.v(PER, translit(p.first).upper()).t("||").v(DAT, date_str(rng, "hl7d", 1940, 2010)).t("|U||")
    d.v(
        LOC,
        f"ул. {fake.street_title()} {fake.building_number()}-{rng.randint(1, 99)}^^{town(fake)}^^{fake.postcode()}",
    )
    d.t("||^PRN^CP^^^").v(PHO, phone_str(rng, rng.choice(["plain7", "bare"])))
    d.t("\nNK1|1|").v(PER, f"{nk.L()}^{nk.F()}").t(
        f"|{rng.choice(['MTH', 'FTH', 'SPO', 'CHD', 'SIB'])}|||"
    ).v(PHO, phone_str(rng, "e164"))
    d.t("\nPV1|1|O|LAB^^^^^^^^CKDL||||||||||||||||").v(MRN, mrn_str(rng, "case"))
    return d.done()


def fhir_json(rng: R, fake: Any) -> Planted:
    p = Who(rng, fake)
    d = Doc().t(
        '{"resourceType": "Patient", "identifier": [{"system": "urn:oid:1.2.643.2.69.1.1.1.6.223", "value": "'
    )
    d.v(SNILS, snils_str(rng, rng.choice(["plain", "std"]))).t(
        '"}, {"system": "urn:oid:1.2.643.2.69.1.1.1.6.228", "value": "'
    )
    d.v(OMS, oms_str(rng, "plain")).t(
        '"}, {"system": "urn:oid:1.2.643.5.1.13.13.12.2.77.7814.100.1.1.17", "value": "'
    )
    d.v(MRN, mrn_str(rng, "emr")).t('"}], "name": [{"family": "').v(PER, p.L()).t('", "given": ["').v(
        PER, p.F()
    )
    d.t('", "').v(PER, p.M()).t('"]}], "gender": "' + ("male" if p.male else "female") + '", "birthDate": "')
    d.v(DAT, date_str(rng, "iso", 1935, 2020)).t('", "telecom": [{"system": "phone", "value": "')
    d.v(PHO, phone_str(rng, "e164")).t('"}, {"system": "email", "value": "').v(EML, email_str(rng, fake, p))
    d.t('"}], "address": [{"text": "').v(LOC, addr_str(rng, fake, rng.choice(["idx_first", "city"]))).t(
        '"}]}'
    )
    return d.done()


def fhir_observation(rng: R, fake: Any) -> Planted:
    p = Who(rng, fake)
    d = (
        Doc()
        .t('{"resourceType":"DiagnosticReport","id":"')
        .v(MRN, mrn_str(rng, "lis"))
        .t('","status":"final",')
    )
    d.t('"subject":{"reference":"Patient/').v(MRN, mrn_str(rng, "emr")).t('","display":"').v(
        PER, p.shape(rng, "nomn", "fi")
    )
    d.t('"},"effectiveDateTime":"').v(DAT, date_str(rng, "iso_tz", 2024, 2026)).t('","issued":"')
    d.v(DAT, date_str(rng, "iso_t", 2024, 2026)).t('","specimen":[{"identifier":"').v(
        MRN, mrn_str(rng, "tube")
    )
    d.t('"}],"conclusion":"Гликированный гемоглобин 7,1 %, ЛПНП 3,4 ммоль/л","code":"A09.05.083"}')
    return d.done()


def csv_export(rng: R, fake: Any) -> Planted:
    sep = rng.choice([";", ",", "\t"])
    d = Doc().t(sep.join(["sample_id", "fio", "birth", "snils", "phone", "taken", "test", "value"]))
    for _ in range(rng.randint(2, 3)):
        p = Who(rng, fake)
        d.t("\n").v(MRN, mrn_str(rng, "tube")).t(sep).v(PER, p.shape(rng, "nomn", "fiu")).t(sep)
        d.v(DAT, date_str(rng, rng.choice(["dot", "iso"]), 1940, 2015)).t(sep).v(
            SNILS, snils_str(rng, rng.choice(["std", "plain"]))
        )
        d.t(sep).v(PHO, phone_str(rng, rng.choice(["plain7", "bare", "e164"]))).t(sep)
        d.v(DAT, date_str(rng, rng.choice(["dot_t", "iso_t"]), 2025, 2026)).t(sep)
        name, val, _ = rng.choice(TESTS)
        d.t(f"{name}{sep}{val.split()[0]}")
    return d.done()


def xml_export(rng: R, fake: Any) -> Planted:
    p = Who(rng, fake)
    s, n = pass_parts(rng)
    d = (
        Doc()
        .t('<?xml version="1.0" encoding="windows-1251"?>\n<Заявка Номер="')
        .v(MRN, mrn_str(rng, "lab_order"))
    )
    d.t('" МО="1.2.643.5.1.13.13.12.4.77.21">\n  <Пациент>\n    <Фамилия>').v(PER, p.L()).t(
        "</Фамилия>\n    <Имя>"
    )
    d.v(PER, p.F()).t("</Имя>\n    <Отчество>").v(PER, p.M()).t("</Отчество>\n    <ДатаРождения>")
    d.v(DAT, date_str(rng, "iso", 1940, 2015)).t('</ДатаРождения>\n    <Паспорт Серия="').v(PASS, s).t(
        '" Номер="'
    ).v(PASS, n)
    d.t('"/>\n    <ЕНП>').v(OMS, oms_str(rng, "plain")).t("</ЕНП>\n    <Адрес>").v(
        LOC, addr_str(rng, fake, "idx_first")
    )
    d.t('</Адрес>\n  </Пациент>\n  <Проба ШК="').v(MRN, mrn_str(rng, "tube")).t(
        '" Тип="EDTA" Объём="4 мл"/>\n</Заявка>'
    )
    return d.done()


def barcode_labels(rng: R, fake: Any) -> Planted:
    d = Doc()
    for _ in range(rng.randint(2, 3)):
        p = Who(rng, fake)
        d.t("┌──────────────────────────┐\n│ ").v(MRN, mrn_str(rng, "tube")).t(
            "\n│ ||||| |||| || ||||| |||\n│ "
        )
        d.v(PER, f"{p.L().upper()} {p.ini()}").t(" ").v(DAT, date_str(rng, "dot2", 1940, 2015))
        d.t(f"\n│ {rng.choice(['EDTA', 'СЫВ', 'ЦИТР', 'МОЧА'])}  ").v(
            DAT, date_str(rng, rng.choice(["dot_t", "time_first"]), 2025, 2026)
        )
        d.t("\n└──────────────────────────┘\n")
    return Planted(d.text.rstrip("\n"), d.golds)


def lis_worklist(rng: R, fake: Any) -> Planted:
    d = Doc().t(
        f"Рабочий лист анализатора Sysmex XN-1000, штатив {rng.randint(1, 40)}\nПоз | Образец | Пациент | Отд./палата\n"
    )
    for i in range(rng.randint(3, 4)):
        p = Who(rng, fake)
        d.t(f"{i + 1:>3} | ").v(MRN, mrn_str(rng, "lis")).t(" | ").v(PER, f"{p.L()} {p.ini()}")
        d.t(f" | {rng.choice(['ТО-2', 'ХО', 'ОРИТ', 'Кардио'])}/{rng.randint(101, 520)}\n")
    d.t("Оператор: ").v(PER, Who(rng, fake).shape(rng, "nomn", "iI")).t("   Сформирован: ").v(
        DAT, date_str(rng, "dot_t", 2025, 2026)
    )
    return d.done()


def covid_certificate(rng: R, fake: Any) -> Planted:
    p = Who(rng, fake)
    d = Doc().t("MEDICAL CERTIFICATE / МЕДИЦИНСКАЯ СПРАВКА\nРезультат исследования методом ПЦР\n")
    d.t("Ф.И.О. / Name: ").v(PER, p.L()).t(" ").v(PER, p.F()).t(" / ").v(PER, translit(p.last).upper()).t(" ")
    d.v(PER, translit(p.first).upper()).t("\nДата рождения / Date of birth: ").v(
        DAT, date_str(rng, "dot", 1940, 2015)
    )
    d.t("\nЗагранпаспорт / Passport No: ").v(MRN, f"{rng.randint(70, 79)} {dg(rng, 7)}")
    d.t("\nДата взятия / Sampling date: ").v(DAT, date_str(rng, rng.choice(["dot_t", "eng"]), 2024, 2026))
    d.t("\nРезультат / Result: не обнаружено / NEGATIVE (Ct > 40)\nПроверка: ").v(
        URL, url_str(rng, fake, "lab")
    )
    return d.done()


def lab_sms_log(rng: R, fake: Any) -> Planted:
    d = Doc().t("Журнал уведомлений\n")
    for _ in range(rng.randint(2, 3)):
        p = Who(rng, fake)
        d.v(DAT, date_str(rng, rng.choice(["dot_t", "iso_t"]), 2025, 2026)).t(" SMS → ").v(
            PHO, phone_str(rng, rng.choice(["e164", "plain7"]))
        )
        d.t(f" [{rng.choice(['доставлено', 'ошибка', 'в очереди'])}] «").v(PER, f"{p.F()} {p.M()}")
        d.t(", ваши результаты по заказу ")
        d.v(MRN, mrn_str(rng, "lab_order")).t(" готовы»\n")
    return Planted(d.text.rstrip("\n"), d.golds)


def histology_referral(rng: R, fake: Any) -> Planted:
    p, sur = Who(rng, fake), Who(rng, fake)
    d = Doc().t(
        "НАПРАВЛЕНИЕ НА ПРИЖИЗНЕННОЕ ПАТОЛОГО-АНАТОМИЧЕСКОЕ ИССЛЕДОВАНИЕ (ф. 014/у)\n1. Отделение: хирургическое, палата 7\n"
    )
    d.t("2. Фамилия, имя, отчество: ").v(PER, p.shape(rng, "nomn", "f")).t("\n3. Пол: ").t(
        "м" if p.male else "ж"
    )
    d.t("  4. Дата рождения: число ").v(DAT, date_str(rng, "words", 1940, 2005)).t("\n5. Полис ОМС: ").v(
        OMS, oms_str(rng, "6_10")
    )
    d.t("  СНИЛС: ").v(SNILS, snils_str(rng, "std")).t("\n6. Номер медицинской карты: ").v(
        MRN, mrn_str(rng, "case")
    )
    d.t("\n7. Диагноз: C18.7 Рак сигмовидной кишки\n8. Биопсия взята ").v(
        DAT, date_str(rng, "dot_t", 2024, 2026)
    )
    d.t(", 6 фрагментов, флаконы 1–3.\n9. Врач: ").v(PER, sur.shape(rng, "nomn", "iI")).t(
        "\n10. Маркировка флаконов: "
    ).v(MRN, mrn_str(rng, "lis"))
    return d.done()


def blood_bank_request(rng: R, fake: Any) -> Planted:
    p = Who(rng, fake)
    d = Doc().t("Требование на компоненты крови\nРеципиент: ").v(PER, p.shape(rng, "nomn", "fi"))
    d.t(", И/Б № ").v(MRN, mrn_str(rng, "case")).t(
        "\nГруппа A(II) Rh+, Kell отр.\nЭритроцитная взвесь 2 дозы, "
    )
    d.t("ШК дозы 1112-2026-" + dg(rng, 6) + "\nДата/время: ").v(
        DAT, date_str(rng, rng.choice(["dot_t", "time_first"]), 2025, 2026)
    )
    d.t("\nПроба на совместимость: ").v(DAT, date_str(rng, "dot", 2025, 2026)).t(", выполнила м/с ").v(
        PER, Who(rng, fake, False).shape(rng, "nomn", "si")
    )
    return d.done()


LAB_BLOCKS = [
    ("requisition_200u", requisition),
    ("commercial_blank", commercial_blank),
    ("result_form", result_form),
    ("hl7_oru", hl7_oru),
    ("hl7_adt_latin", hl7_adt),
    ("fhir_patient_json", fhir_json),
    ("fhir_report", fhir_observation),
    ("csv_export", csv_export),
    ("xml_export", xml_export),
    ("barcode_labels", barcode_labels),
    ("lis_worklist", lis_worklist),
    ("pcr_certificate_bilingual", covid_certificate),
    ("lab_sms_log", lab_sms_log),
    ("histology_referral", histology_referral),
    ("blood_bank_request", blood_bank_request),
]
