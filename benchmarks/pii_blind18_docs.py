"""blind18 documents and fragments mixing PII types (forms, exports, HL7/DICOM/JSON/XML/CSV),
with look-alikes that are not PII (doses, lab values, ICD-10 codes, form codes, org INN/ОГРН)."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind18_gen import (
    date,
    digits,
    email,
    enp,
    inn_digits,
    org_inn,
    passport_parts,
    phone,
    snils,
    snils_digits,
)
from benchmarks.pii_blind18_names import latin, name, person_parts
from benchmarks.pii_blind18_places import address, region
from benchmarks.pii_families import BlockFamily, Planted

S = "blind18"
P, D, L, T = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
M, E, U = "MEDICAL_RECORD_NUMBER", "EMAIL_ADDRESS", "URL"
SN, INN, PAS, OMS = "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY"


class Doc:
    def __init__(self) -> None:
        self.text = ""
        self.golds: list[tuple[str, int, int]] = []

    def t(self, s: str) -> Doc:
        self.text += s
        return self

    def v(self, kind: str, value: str) -> Doc:
        self.golds.append((kind, len(self.text), len(self.text) + len(value)))
        self.text += value
        return self

    def done(self) -> Planted:
        return Planted(self.text, self.golds)


def _hosp(rng: random.Random) -> str:
    return rng.choice(
        (
            "ГАУЗ «РКБ» МЗ РТ",
            "ГБУЗ ГКБ № 15",
            "ГБУ РС(Я) «РБ № 1 — НЦМ»",
            "ГБУЗ РБ ГКБ № 21",
            "ЦРБ Гунибского р-на",
            "ФГБУ «НМИЦ ТПМ»",
            "ГАУЗ «Городская поликлиника № 7»",
        )
    )


def referral(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t(f"{_hosp(rng)}\nКод формы по ОКУД 0301001, Учётная форма № 057/у-04\nНАПРАВЛЕНИЕ № ")
    d.v(M, f"{rng.randint(100, 9999)}-{rng.randint(10, 26)}").t(
        "\nна госпитализацию, обследование, консультацию\n"
    )
    d.t("1. Номер страхового полиса ОМС: ").v(OMS, enp(rng)).t(
        "\n2. Код льготы: 081\n3. Фамилия, имя, отчество: "
    )
    d.v(P, name("F I O", rng, fake)).t("\n4. Дата рождения: ").v(D, date("dmy", rng, 1940, 2010))
    d.t("\n5. Адрес постоянного места жительства: ").v(L, address(rng.choice(("full", "rural")), rng, fake))
    d.t(f"\n7. Обоснование: J18.9, SpO2 {rng.randint(88, 94)}%\nВрач ").v(P, name("F io", rng, fake))
    return (
        d.t(" Зав. отделением ")
        .v(P, name("F io", rng, fake))
        .t("\n«")
        .v(D, date("dmy", rng, 2024))
        .t("» М.П.")
        .done()
    )


def stay_range(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t(rng.choice(("Находился на стационарном лечении с ", "Период нетрудоспособности: с ")))
    f1, f2 = rng.choice((("dmy", "dmy"), ("words", "words"), ("dmy2", "dmy2"), ("iso", "iso")))
    d.v(D, date(f1, rng, 2023)).t(" по ").v(D, date(f2, rng, 2023)).t(". Д-з: I21.4, фракция выброса 42%. ")
    return (
        d.t("Повторный осмотр ").v(D, date("dm", rng)).t(" или ").v(D, date("dm", rng)).t(" в 10:00.").done()
    )


def phones_line(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("Контакты: ").v(T, phone(rng.choice(("plus", "eight", "bare")), rng)).t(", ")
    d.v(T, phone(rng.choice(("city", "sp", "brackets8")), rng)).t(" (жена — ").v(
        P, name(rng.choice(("I O", "I")), rng, fake)
    )
    d.t("), ").v(T, phone(rng.choice(("kz", "uz", "tj", "ext")), rng)).t(
        " — брат. Жалобы на боль в пояснице, ВАШ 7."
    )
    return d.done()


def json_export(rng: random.Random, fake: Any) -> Planted:
    last, first, middle, female = person_parts(rng, fake)
    d = Doc().t('{"resourceType": "Patient", "org": {"inn": "').t(org_inn(rng)).t('", "ogrn": "1')
    d.t(digits(rng, 12)).t('"},\n "name": {"family": "').v(P, last).t('", "given": "').v(P, first)
    d.t('", "middle": "').v(P, middle).t('"},\n "gender": "').t("female" if female else "male")
    d.t('", "birthDate": "').v(D, date("iso", rng, 1940, 2020)).t('",\n "snils": "').v(SN, snils_digits(rng))
    d.t('", "enp": "').v(OMS, enp(rng)).t('", "telecom": [{"system": "phone", "value": "')
    d.v(T, phone("plus_flat", rng)).t('"}, {"system": "email", "value": "').v(E, email(rng, fake))
    d.t('"}],\n "mrn": "').v(M, f"{rng.choice(('KZN', 'UFA', 'YKT'))}-{digits(rng, 7)}").t('", "bmi": 27.4}')
    return d.done()


def hl7_pid(rng: random.Random, fake: Any) -> Planted:
    last, first, middle, female = person_parts(rng, fake)
    _, town, _ = region(rng)
    d = Doc().t("MSH|^~\\&|MIS|RKB|LIS|LAB|").t(date("hl7", rng, 2025)).t("||ADT^A01|")
    d.t(digits(rng, 8)).t("|P|2.5\rPID|1||").v(M, digits(rng, 8)).t("^^^MIS^MR||").v(P, latin(last).upper())
    d.t("^").v(P, latin(first).upper()).t("^").v(P, latin(middle).upper()).t("||").v(
        D, date("compact", rng, 1940, 2020)
    )
    d.t("|").t("F" if female else "M").t("|||").v(L, f"{fake.street_title()} {rng.randint(1, 90)}").t("^^")
    d.v(L, latin(town)).t("^^").t(f"{rng.randint(101, 694)}{digits(rng, 3)}").t("||").v(
        T, phone("plus_flat", rng)
    )
    return d.t("\rPV1|1|I|KARD^512^2").done()


def xml_card(rng: random.Random, fake: Any) -> Planted:
    last, first, middle, _ = person_parts(rng, fake)
    s, n = passport_parts(rng)
    d = Doc().t("<Patient>\n  <LastName>").v(P, last).t("</LastName>\n  <FirstName>").v(P, first)
    d.t("</FirstName>\n  <MiddleName>").v(P, middle).t("</MiddleName>\n  <BirthDate>").v(
        D, date("iso", rng, 1940, 2015)
    )
    d.t("</BirthDate>\n  <Passport><Series>").v(PAS, s).t("</Series><Number>").v(PAS, n)
    d.t("</Number></Passport>\n  <INN>").v(INN, inn_digits(rng)).t("</INN>\n  <CardNumber>")
    return (
        d.v(M, f"{rng.randint(1, 99999)}/{rng.randint(15, 26)}")
        .t("</CardNumber>\n  <Ward>304</Ward>\n</Patient>")
        .done()
    )


def csv_rows(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("№;ФИО;Дата рождения;СНИЛС;Телефон;Палата;Доза\n")
    for i in range(1, rng.randint(2, 3) + 1):
        d.t(f"{i};").v(P, name(rng.choice(("F I O", "F io")), rng, fake)).t(";").v(
            D, date("dmy", rng, 1935, 2010)
        )
        d.t(";").v(SN, snils("std", rng)).t(";").v(T, phone(rng.choice(("bare", "eight")), rng))
        d.t(f";{rng.randint(101, 520)};{rng.choice(('5 мг', '0,5 мл', '1 таб.'))}\n")
    return d.done()


def sick_leave(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("ЛИСТОК НЕТРУДОСПОСОБНОСТИ (электронный) № ").v(M, "9" + digits(rng, 11))
    d.t("\nМесто работы: ООО «Стройсервис», ИНН организации ").t(org_inn(rng)).t(", КПП 165501001\n")
    d.t("Фамилия И.О. ").v(P, name("F io", rng, fake)).t("  СНИЛС ").v(SN, snils("std", rng))
    d.t("\nОсвобождение от работы с ").v(D, date("dmy", rng, 2025)).t(" по ").v(D, date("dmy", rng, 2025))
    return d.t(", врач ").v(P, name("F i o", rng, fake)).t("\nПричина: 01, код МКБ не указывается.").done()


def discharge_header(rng: random.Random, fake: Any) -> Planted:
    d = (
        Doc()
        .t("ВЫПИСНОЙ ЭПИКРИЗ из медицинской карты стационарного больного № ")
        .v(M, f"{rng.randint(1, 30000)}")
    )
    d.t("\nФ.И.О.: ").v(P, name("F I O", rng, fake)).t(", ").v(D, date("dmy", rng, 1935, 2005)).t(" г.р.\n")
    d.t("Проживает: ").v(L, address(rng.choice(("full", "reversed", "district", "mkr")), rng, fake))
    d.t("\nДата и время поступления: ").v(D, date("dmy_time", rng, 2025)).t("\nДата выписки: ")
    d.v(D, date("dmy", rng, 2025)).t("\nДиагноз: K35.8, перитонит. Аппендэктомия ").v(
        D, date("dmy", rng, 2025)
    )
    d.t(".\nЛечащий врач: ").v(P, name("F I O", rng, fake)).t("\nЗав. отд.: ").v(P, name("F io", rng, fake))
    return d.done()


def lab_form(rng: random.Random, fake: Any) -> Planted:
    d = (
        Doc()
        .t(f"Лаборатория {_hosp(rng)}, лицензия ЛО-16-01-00{digits(rng, 4)}\nЗаявка ")
        .v(M, digits(rng, 10))
    )
    d.t(" | Образец ").v(M, f"{rng.choice(('B', 'S', 'U'))}{digits(rng, 8)}").t("\nПациент: ")
    d.v(P, name(rng.choice(("F I O", "F io")), rng, fake)).t(", д.р. ").v(D, date("dmy", rng, 1935, 2020))
    d.t("\nВзятие биоматериала: ").v(D, date(rng.choice(("dmy_time", "iso_t")), rng, 2025))
    d.t(
        f"\nHb 1{rng.randint(10, 60)} г/л; Le {rng.randint(3, 15)},{rng.randint(0, 9)}; СОЭ {rng.randint(2, 40)} мм/ч; "
    )
    return d.t("глюкоза 5,1 ммоль/л\nНаправил: ").v(P, name("F io", rng, fake)).done()


def boxes(rng: random.Random, fake: Any) -> Planted:
    pol, sn = enp(rng), snils_digits(rng)
    d = Doc().t("Полис ОМС: |").v(OMS, "|".join(pol)).t("|\nСНИЛС: [").v(SN, "][".join(sn)).t("]\nФИО: ")
    return d.v(P, name("FF I O", rng, fake)).t("\nФорма 025-1/у, отделение 2, койка 14").done()


def consent_guardian(rng: random.Random, fake: Any) -> Planted:
    s, n = passport_parts(rng)
    d = Doc().t("ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ\nЯ, ").v(P, name("F I O", rng, fake))
    d.t(", паспорт серия ").v(PAS, s).t(" номер ").v(PAS, n).t(", выдан ").v(D, date("dmy", rng, 2005))
    d.t(", зарегистрированный(ая) по адресу: ").v(
        L, address(rng.choice(("full", "idx_last", "rural")), rng, fake)
    )
    d.t(",\nявляясь законным представителем ребёнка ").v(P, name("F I O", rng, fake, "gent"))
    d.t(", ").v(D, date("dmy", rng, 2012, 2025)).t(" г.р., даю согласие на вакцинацию (Пентаксим 0,5 мл).\n")
    return (
        d.t("Тел. ").v(T, phone("plus", rng)).t("  Подпись ______ Дата ").v(D, date("dmy", rng, 2026)).done()
    )


def dicom(rng: random.Random, fake: Any) -> Planted:
    last, first, middle, _ = person_parts(rng, fake)
    d = (
        Doc()
        .t("(0008,0020) StudyDate: ")
        .v(D, date("compact", rng, 2024))
        .t("\n(0008,0050) AccessionNumber: ")
    )
    d.v(M, f"CT{digits(rng, 9)}").t("\n(0010,0010) PatientName: ").v(P, latin(last).upper()).t("^")
    d.v(P, latin(first).upper()).t("^").v(P, latin(middle).upper()).t("\n(0010,0020) PatientID: ").v(
        M, digits(rng, 7)
    )
    d.t("\n(0010,0030) PatientBirthDate: ").v(D, date("compact", rng, 1940, 2015))
    return d.t("\n(0018,0050) SliceThickness: 1.25\n(0020,0011) SeriesNumber: 3").done()


def call_card(rng: random.Random, fake: Any) -> Planted:
    d = (
        Doc()
        .t("КАРТА ВЫЗОВА СМП № ")
        .v(M, f"{rng.randint(1, 999)}/{digits(rng, 4)}")
        .t(" (ф. 110/у)\nПринят: ")
    )
    d.v(D, date("dmy_time", rng, 2025)).t(", бригада 12\nВызывающий: ").v(
        P,
        name(
            rng.choice(("I", "F", "I O")),
            rng,
            fake,
            female=(who := rng.choice(("соседка", "сын", "дочь", "прохожий"))) in ("соседка", "дочь"),
        ),
    )
    d.t(" (" + who + ")").t(", тел. ").v(T, phone(rng.choice(("bare", "eight", "plus")), rng))
    d.t("\nАдрес вызова: ").v(L, address(rng.choice(("town", "bare_street", "mkr", "rural")), rng, fake))
    d.t(", подъезд 3, код домофона 45К\nБольной: ").v(P, name("F I O", rng, fake)).t(
        f", {rng.randint(18, 95)} лет"
    )
    return d.t("\nАД 90/60, ЧСС 118, сатурация 91%. Глюкометрия 3,2 ммоль/л.").done()


def next_line(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("Фамилия\tИмя\tОтчество\n")
    last, first, middle, _ = person_parts(rng, fake)
    d.v(P, last).t("\t").v(P, first).t("\t").v(P, middle).t("\nСНИЛС\n").v(
        SN, snils(rng.choice(("std", "space")), rng)
    )
    d.t("\nИНН\n").v(INN, inn_digits(rng)).t("\nПолис ОМС\n").v(OMS, enp(rng)).t("\nДата рождения\n")
    return d.v(D, date(rng.choice(("dmy", "words")), rng, 1940, 2010)).t("\nГруппа крови: A(II) Rh+").done()


def foreign_patient(rng: random.Random, fake: Any) -> Planted:
    people = rng.choice(("uzbek", "tajik", "kyrgyz", "kazakh", "azerbaijani", "armenian"))
    last, first, _, _ = person_parts(rng, fake, people)
    d = (
        Doc()
        .t("Иностранный гражданин: ")
        .v(P, f"{last} {first}")
        .t(" (")
        .v(P, f"{latin(last).upper()} {latin(first).upper()}")
    )
    d.t("), д.р. ").v(D, date(rng.choice(("dmy", "iso")), rng, 1960, 2005)).t(".\nТел. ")
    d.v(T, phone(rng.choice(("uz", "tj", "kg", "kz", "am")), rng)).t(", российский: ").v(
        T, phone("plus", rng)
    )
    d.t("\nМесто пребывания: ").v(L, address(rng.choice(("town", "no_g", "district")), rng, fake))
    d.t("\nПолис ДМС мигранта, обращение по экстренным показаниям. Амб. карта ").v(M, f"И-{digits(rng, 5)}")
    return d.t(". Жалобы на боль в животе, T 38,1.").done()


def dental(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("Медицинская карта стоматологического больного № ").v(M, f"{rng.randint(1, 9999)}-С")
    d.t(" (ф. 043/у)\nПациент: ").v(P, name("F I O", rng, fake)).t("; e-mail ").v(E, email(rng, fake))
    d.t("; запись: ").v(U, f"https://prodoctorov.ru/patient/{digits(rng, 7)}/")
    d.t(
        f"\nЖалобы на боль в зубе {rng.choice((36, 46, 27, 17))} при накусывании. Анестезия: Ультракаин 1,7 мл.\n"
    )
    return (
        d.t("Дата: ")
        .v(D, date(rng.choice(("dmy", "words")), rng, 2025))
        .t("  Врач-стоматолог: ")
        .v(P, name("F io", rng, fake))
        .done()
    )


def family_history(rng: random.Random, fake: Any) -> Planted:
    reg, town, village = region(rng)
    d = (
        Doc()
        .t("Анамнез жизни: место рождения — ")
        .v(L, village)
        .t(" (")
        .v(L, reg)
        .t("), с 2011 года живёт в г. ")
        .v(L, town)
    )
    d.t(". Мать, ").v(P, name("I O", rng, fake, female=True)).t(", умерла ").v(D, date("dmy", rng, 1990))
    d.t(" от ОНМК; отец ").v(P, name(rng.choice(("I", "I O")), rng, fake, female=False)).t(" — СД 2 типа. ")
    return (
        d.t("Муж — ")
        .v(P, name("F I", rng, fake, female=False))
        .t(", тел. ")
        .v(T, phone(rng.choice(("eight", "plus")), rng))
        .t(".")
        .done()
    )


BLOCKS: list[BlockFamily] = [
    BlockFamily("b18_doc_referral_057", S, referral),
    BlockFamily("b18_doc_two_dates_range", S, stay_range),
    BlockFamily("b18_doc_phones_one_line", S, phones_line),
    BlockFamily("b18_doc_json_patient", S, json_export),
    BlockFamily("b18_doc_hl7_pid", S, hl7_pid),
    BlockFamily("b18_doc_xml_card", S, xml_card),
    BlockFamily("b18_doc_csv_ward_list", S, csv_rows),
    BlockFamily("b18_doc_sick_leave", S, sick_leave),
    BlockFamily("b18_doc_discharge_header", S, discharge_header),
    BlockFamily("b18_doc_lab_form", S, lab_form),
    BlockFamily("b18_doc_boxes", S, boxes),
    BlockFamily("b18_doc_consent_guardian", S, consent_guardian),
    BlockFamily("b18_doc_dicom_tags", S, dicom),
    BlockFamily("b18_doc_call_card", S, call_card),
    BlockFamily("b18_doc_value_next_line", S, next_line),
    BlockFamily("b18_doc_foreign_patient", S, foreign_patient),
    BlockFamily("b18_doc_dental_card", S, dental),
    BlockFamily("b18_doc_family_history", S, family_history),
]
