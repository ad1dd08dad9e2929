"""Block families of the blind27 split: short mixed fragments, exports and forms with their gold spans."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind27_gen import (
    MONTHS_GENT,
    _dd,
    address,
    date,
    date_range,
    decl_first,
    decl_patr,
    decl_surname,
    person,
    pick_person,
)
from benchmarks.pii_blind27_values import (
    email,
    enp_digits,
    inn_digits,
    mrn,
    passport_parts,
    phone,
    snils,
    snils_digits,
    url,
)
from benchmarks.pii_families import BlockFamily, Planted

S = "blind27"
P, D, L, PH = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
MRN = "MEDICAL_RECORD_NUMBER"


class B:
    """Text builder: ``t`` appends plain text, ``v`` appends a gold value."""

    def __init__(self) -> None:
        self.text = ""
        self.golds: list[tuple[str, int, int]] = []

    def t(self, s: str) -> B:
        self.text += s
        return self

    def v(self, kind: str, s: str) -> B:
        self.golds.append((kind, len(self.text), len(self.text) + len(s)))
        self.text += s
        return self

    def done(self) -> Planted:
        return Planted(self.text, self.golds)


def _v(maker, rng: random.Random, fake: Any, case: str = "nomn") -> str:
    return maker(rng, fake, case)


DOB = date("dd.mm.yyyy", "d.m.yy", "words", "dd.mm.yyyy г", hi=2010)
RECENT = date("dd.mm.yyyy", "date-time", "words", lo=2024)
ADDR = address("city", "idx-first", "idx-last", "rural", "mkr", "reversed", "snt")
MOB = phone("+7 (9xx)", "8-9xx", "89", "+79", "8(9xx)", "7 9xx sp")
ORG_INN = ("1655063726", "0274062111", "0541018037", "1435029760", "7710474375")
ORG = (
    "ГАУЗ «Республиканская клиническая больница» МЗ РТ",
    "ГБУЗ РБ ГКБ № 21 г. Уфа",
    "ГБУ РД «Республиканская клиническая больница»",
    "ГАУ РС(Я) «РБ № 1 – НЦМ»",
    "ГБУЗ «ГКБ № 7»",
)
DX = ("I11.9", "J18.1", "K80.1", "E11.65", "I63.5", "S72.00", "N20.0", "O80.0", "A41.9", "I21.4")


def discharge_header(rng: random.Random, fake: Any) -> Planted:
    s, n, p, fem = pick_person(rng)
    b = B().t(
        f"{rng.choice(ORG)}\nОтделение кардиологии № 2, палата {rng.randint(1, 40)}\n\nВЫПИСНОЙ ЭПИКРИЗ\n"
    )
    b.t("из медицинской карты стационарного больного № ").v(
        MRN, _v(mrn("n/yy", "yyyy-n", "letters"), rng, fake)
    )
    b.t("\nФ.И.О.: ").v(P, f"{s} {n} {p}").t("\nДата рождения: ").v(D, _v(DOB, rng, fake))
    b.t(f" ({rng.randint(18, 90)} лет)\nАдрес: ").v(L, _v(ADDR, rng, fake))
    a, z, _ = date_range(rng)
    b.t("\nНаходилась на лечении с " if fem else "\nНаходился на лечении с ").v(D, a).t(" по ").v(D, z)
    b.t(f"\nДиагноз основной: {rng.choice(DX)} Гипертоническая болезнь III ст., риск 4. ")
    b.t("Ф.в. ЛЖ 48 %. Бисопролол 5 мг 1 р/д в 08:00.\nЛечащий врач: ").v(P, _v(person("F I.O."), rng, fake))
    return b.done()


def referral_057(rng: random.Random, fake: Any) -> Planted:
    b = B().t("Форма № 057/у-04\nНАПРАВЛЕНИЕ на госпитализацию, обследование, консультацию № ")
    b.v(MRN, _v(mrn("yyyy-n", "long", "dash-yy"), rng, fake))
    b.t(f"\nВ {rng.choice(ORG)}\n1. Номер страхового полиса ОМС ").v("RU_OMS_POLICY", enp_digits(rng))
    b.t("\n2. Код льготы 081\n3. ФИО ").v(P, _v(person("FIO", "UPFIO"), rng, fake))
    b.t("\n4. Дата рождения ").v(D, _v(DOB, rng, fake)).t("\n5. Адрес постоянного места жительства ")
    b.v(L, _v(ADDR, rng, fake)).t("\n6. Место работы: ООО «Татнефть-Сервис», водитель\n")
    b.t(f"7. Код диагноза по МКБ {rng.choice(DX)}\nСНИЛС ").v(
        "RU_SNILS", _v(snils("std", "plain"), rng, fake)
    )
    b.t("\nДолжность медицинского работника, направившего больного: врач общей практики ")
    b.v(P, _v(person("F I.O.", "I.O. F"), rng, fake)).t("\nДата ").v(D, _v(RECENT, rng, fake))
    return b.done()


def lab_form(rng: random.Random, fake: Any) -> Planted:
    b = B().t("КДЛ. Бланк результатов. Образец № ").v(MRN, _v(mrn("sample", "long"), rng, fake))
    b.t("\nПациент: ").v(P, _v(person("F I.O.", "CAPS", "FIO"), rng, fake)).t("   Пол: ")
    b.t(rng.choice(("М", "Ж"))).t("   Д.р.: ").v(D, _v(date("dd.mm.yyyy", "d.m.yy"), rng, fake))
    b.t("\nИБ: ").v(MRN, _v(mrn("n/yy", "letters"), rng, fake)).t("  Отд.: хирургия, пал. 305\n")
    b.t("Взятие: ").v(D, _v(date("date-time", "time-date", lo=2024), rng, fake))
    b.t("\nГемоглобин  121 г/л   (120–160)\nЛейкоциты   9,8 ×10^9/л\nСРБ  46,2 мг/л ↑\n")
    b.t("Глюкоза 7,1 ммоль/л  (3,9–6,1)\nВыполнил: лаборант ").v(P, _v(person("F I.O.", "F"), rng, fake))
    return b.done()


def json_export(rng: random.Random, fake: Any) -> Planted:
    s, n, p, fem = pick_person(rng)
    y, m, d = rng.randint(1940, 2008), rng.randint(1, 12), rng.randint(1, 28)
    b = B().t('{"patient": {"id": "').v(MRN, _dd(rng, rng.randint(6, 10))).t('", "lastName": "').v(P, s)
    b.t('", "firstName": "').v(P, n).t('", "middleName": "').v(P, p).t('", "birthDate": "')
    b.v(D, f"{y}-{m:02d}-{d:02d}").t('", "gender": "').t("F" if fem else "M").t('", "snils": "')
    b.v("RU_SNILS", snils_digits(rng)).t('", "enp": "').v("RU_OMS_POLICY", enp_digits(rng))
    b.t('", "phone": "').v(PH, _v(phone("+79", "89"), rng, fake)).t('", "email": "')
    b.v("EMAIL_ADDRESS", _v(email(), rng, fake)).t('"}, "encounter": {"ward": "12", "dx": "')
    b.t(rng.choice(DX)).t('", "dose_mg": 500}}')
    return b.done()


def hl7_pid(rng: random.Random, fake: Any) -> Planted:
    s, n, p, fem = pick_person(rng)
    y, m, d = rng.randint(1940, 2008), rng.randint(1, 12), rng.randint(1, 28)
    b = B().t("MSH|^~\\&|MIS|RKB|LIS|RKB|").v(D, f"2025{rng.randint(1, 12):02d}{rng.randint(10, 28)}1030")
    b.t("||ADT^A01|")
    b.t(f"{_dd(rng, 8)}|P|2.5\rPID|1||").v(MRN, _dd(rng, 7)).t("^^^RKB^MR~").v("RU_SNILS", snils_digits(rng))
    b.t("^^^PFR^SS||").v(P, s.upper()).t("^").v(P, n.upper()).t("^").v(P, p.upper()).t("||")
    b.v(D, f"{y}{m:02d}{d:02d}").t("|" + ("F" if fem else "M") + "|||")
    town = _v(address("town"), rng, fake)
    st = f"ул. {rng.choice(('Баумана', 'Ленина', 'Мира'))} {rng.randint(1, 99)}"
    b.v(L, st).t("^^").v(L, town).t("^^").v(L, f"{rng.randint(100000, 699999)}").t("||")
    b.v(PH, _v(phone("89", "+79"), rng, fake)).t("\rPV1|1|I|KARD^305^2")
    return b.done()


def csv_rows(rng: random.Random, fake: Any) -> Planted:
    b = B().t("№;ИБ;Фамилия И.О.;Д/р;Телефон;Койка\n")
    for i in range(1, rng.randint(2, 4)):
        b.t(f"{i};").v(MRN, _v(mrn("n/yy", "dash-yy"), rng, fake)).t(";")
        b.v(P, _v(person("F I.O.", "F IO"), rng, fake)).t(";").v(
            D, _v(date("dd.mm.yyyy", "d.m.yy"), rng, fake)
        )
        b.t(";").v(PH, _v(MOB, rng, fake)).t(f";{rng.randint(1, 30)}\n")
    return b.done()


def xml_doc(rng: random.Random, fake: Any) -> Planted:
    s, n, p, fem = pick_person(rng)
    b = B().t('<recordTarget>\n  <patientRole>\n    <id root="1.2.643.100.3" extension="')
    b.v("RU_SNILS", _v(snils("std", "plain"), rng, fake)).t('"/>\n    <id root="1.2.643.5.1.13" extension="')
    b.v(MRN, _dd(rng, 9)).t('"/>\n    <addr><streetAddressLine>').v(L, _v(ADDR, rng, fake))
    b.t('</streetAddressLine></addr>\n    <telecom value="tel:').v(PH, _v(phone("+79"), rng, fake))
    b.t('"/>\n    <patient><name><family>').v(P, s).t("</family><given>").v(P, n).t("</given><given>").v(P, p)
    b.t('</given></name>\n    <birthTime value="').v(
        D, f"{rng.randint(1940, 2010)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    )
    b.t(f'"/>\n    <administrativeGenderCode code="{2 if fem else 1}"/></patient>\n')
    b.t("  </patientRole>\n</recordTarget>")
    return b.done()


def next_line_ids(rng: random.Random, fake: Any) -> Planted:
    sn = snils_digits(rng)
    b = (
        B()
        .t("Документы пациента:\nСНИЛС\n")
        .v("RU_SNILS", " - ".join(" ".join(sn[i : i + 3]) for i in (0, 3, 6)) + "   " + " ".join(sn[9:]))
    )
    b.t("\nИНН\n").v("RU_INN", "|".join(inn_digits(rng))).t("\nПолис ОМС (ЕНП)\n")
    b.v("RU_OMS_POLICY", enp_digits(rng)).t("\nПаспорт: серия\n")
    ser, num = passport_parts(rng)
    b.v("RU_PASSPORT", ser).t("\nномер\n").v("RU_PASSPORT", num).t("\nКод подразделения 160-005")
    return b.done()


def passport_fields(rng: random.Random, fake: Any) -> Planted:
    ser, num = passport_parts(rng)
    b = B().t("Документ: паспорт гражданина РФ, серия ").v("RU_PASSPORT", f"{ser[:2]} {ser[2:]}")
    b.t(rng.choice((" номер ", " № ", ", №"))).v("RU_PASSPORT", num).t(", выдан ")
    b.t(
        rng.choice(
            (
                "МВД по Республике Татарстан",
                "ОУФМС России по РД в Кировском р-не г. Махачкалы",
                "ТП УФМС России по РС(Я) в Чурапчинском улусе",
            )
        )
    )
    b.t(" ").v(D, _v(date("dd.mm.yyyy", "words"), rng, fake)).t(", к/п 050-003.\nДоверенное лицо: ")
    b.v(P, _v(person("FIO", "F I.O."), rng, fake)).t(", паспорт ").v(
        "RU_PASSPORT", "".join(passport_parts(rng))
    )
    return b.done()


def phones_line(rng: random.Random, fake: Any) -> Planted:
    b = B().t("Контакты: моб. ").v(PH, _v(MOB, rng, fake)).t(rng.choice((", ", "; ", " / ")))
    b.t("дом. ").v(PH, _v(phone("city", "local"), rng, fake)).t(", родств. (").v(
        P, _v(person("IO", "DIM"), rng, fake)
    )
    b.t(") ").v(PH, _v(phone("+7 (9xx)", "8-9xx", "uz", "kg", "tj"), rng, fake))
    b.t(". Не звонить с 22:00 до 08:00.")
    return b.done()


def sick_leave(rng: random.Random, fake: Any) -> Planted:
    a, z, _ = date_range(rng)
    b = B().t("Листок нетрудоспособности (ЭЛН) № ").v(MRN, f"9{_dd(rng, 11)}").t(" — первичный.\n")
    b.t("Выдан: ").v(P, _v(person("FIO", "F I.O."), rng, fake)).t("\nМесто работы: МБОУ «СОШ № 12», ")
    b.t(f"ИНН {rng.choice(ORG_INN)}, ОГРН 10{_dd(rng, 11)}, КПП 16{_dd(rng, 7)}\n")
    b.t("Причина: 01 (заболевание). Освободить от работы с ").v(D, a).t(" по ").v(D, z)
    b.t("\nВрач: ").v(P, _v(person("F I.O.", "I.O. F"), rng, fake)).t("; председатель ВК ")
    b.v(P, _v(person("F I.O."), rng, fake))
    return b.done()


def smp_call(rng: random.Random, fake: Any) -> Planted:
    b = B().t("КАРТА ВЫЗОВА СМП № ").v(MRN, _v(mrn("call", "long"), rng, fake)).t("\nПринят: ")
    b.v(D, _v(date("date-time", "time-date", lo=2023), rng, fake)).t(" , бригада 7 (фельдш.)\n")
    b.t("Адрес вызова: ").v(L, _v(address("city", "rural", "nocomma", "street"), rng, fake))
    b.t(", подъезд 2, код 45К\nВызывающий: ").v(P, _v(person("IO", "F", "FIO"), rng, fake))
    b.t(f" ({rng.choice(('сосед', 'дочь', 'родственник', 'прохожий'))}), тел. ").v(PH, _v(MOB, rng, fake))
    b.t("\nПовод: 11Я — боль в груди. АД 160/95, SpO2 93 %, ЧДД 22.")
    return b.done()


def broken_ids(rng: random.Random, fake: Any) -> Planted:
    sn, enp = snils_digits(rng), enp_digits(rng)
    b = B().t("пациент предъявил: снилс ").v("RU_SNILS", f"{sn[:3]}-{sn[3:6]}-\n{sn[6:9]} {sn[9:]}")
    b.t(" полис\nомс ").v("RU_OMS_POLICY", f"{enp[:8]}\n{enp[8:]}").t("\nдата\nрождения ")
    y, m, d = rng.randint(1945, 2005), rng.randint(1, 12), rng.randint(1, 28)
    b.v(D, f"{d:02d}.{m:02d}.\n{y}").t(" тел ").v(
        PH, f"8-9{_dd(rng, 2)}-{_dd(rng, 3)}-\n{_dd(rng, 2)}-{_dd(rng, 2)}"
    )
    return b.done()


def prose_note(rng: random.Random, fake: Any) -> Planted:
    s, n, p, fem = pick_person(rng)
    b = B().t("Осмотр терапевта. ").v(P, f"{decl_surname(s, 'nomn', fem)} {n} {p}")
    b.t(f", {rng.randint(20, 85)} лет, обратил{'ась' if fem else 'ся'} ").v(D, _v(RECENT, rng, fake))
    b.t(" с жалобами на кашель с мокротой. Проживает в г. ").v(L, _v(address("town"), rng, fake))
    b.t(". Со слов ").v(P, f"{decl_surname(s, 'gent', fem)} {decl_first(n, 'gent')} {decl_patr(p, 'gent')}")
    b.t(", болеет с ").v(D, f"{rng.randint(1, 28)} {rng.choice(MONTHS_GENT)}")
    b.t(". Амоксициллин 500 мг 3 р/д 7 дней. Курит с 2009 года.\nЗапись к пульмонологу ")
    b.v(P, _v(person("F I.O.", "FIO"), rng, fake, "datv")).t(" на ").v(
        D, _v(date("dd.mm", "day-month"), rng, fake)
    )
    return b.done()


def lookalikes(rng: random.Random, fake: Any) -> Planted:
    b = B().t(f"Палата 4{rng.randint(10, 30)}. Форма 003/у. МКБ-10: {rng.choice(DX)}. ")
    b.t(f"Лицензия № Л041-01137-16/00{_dd(rng, 6)}. ИНН организации {rng.choice(ORG_INN)}.\n")
    b.t("Пациент ").v(P, _v(person("F I.O.", "FIO"), rng, fake)).t(
        " получает: метформин 1000 мг в 08:00 и в 20:00, "
    )
    b.t("инсулин гларгин 18 ЕД в 22:00. HbA1c 8,4 %. Курс 2019 года — без эффекта.\n")
    b.t("Контроль гликемии ").v(D, _v(date("dd.mm.yyyy", "words", lo=2025), rng, fake))
    b.t(f"; повторить через 3 мес. Кабинет 2{rng.randint(10, 40)}, тел. регистратуры — см. сайт ЛПУ.")
    return b.done()


def dicom_tags(rng: random.Random, fake: Any) -> Planted:
    fem = rng.random() < 0.5
    b = B().t("(0008,0020) StudyDate: ").v(D, f"2025{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}")
    b.t("\n(0008,0050) AccessionNumber: ").v(MRN, _v(mrn("accession"), rng, fake))
    b.t("\n(0008,0080) InstitutionName: RKB MZ RT\n(0010,0010) PatientName: ")
    lat = _v(person("LAT"), rng, fake).replace(" ", "^")
    b.v(P, lat).t("\n(0010,0020) PatientID: ").v(MRN, _dd(rng, 8)).t("\n(0010,0030) PatientBirthDate: ")
    b.v(D, f"{rng.randint(1940, 2010)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}")
    b.t(f"\n(0010,0040) PatientSex: {'F' if fem else 'M'}\n(0018,0050) SliceThickness: 1.25")
    return b.done()


def mse_referral(rng: random.Random, fake: Any) -> Planted:
    b = B().t("НАПРАВЛЕНИЕ НА МСЭ (форма 088/у) № ").v(MRN, _v(mrn("yyyy-n", "N-dot"), rng, fake))
    b.t("\n1. Фамилия, имя, отчество: ").v(P, _v(person("FIO"), rng, fake))
    b.t("\n2. Дата рождения: ").v(D, _v(DOB, rng, fake)).t("\n3. Адрес места жительства: ")
    b.v(L, _v(address("idx-first", "rural", "abbr-region"), rng, fake)).t("\n4. СНИЛС: ")
    b.v("RU_SNILS", _v(snils("std", "spaces"), rng, fake)).t("\n5. ИНН: ").v("RU_INN", inn_digits(rng))
    b.t("\n6. Полис ОМС: ").v("RU_OMS_POLICY", enp_digits(rng)).t("\n7. Телефон: ").v(PH, _v(MOB, rng, fake))
    b.t("\n8. E-mail: ").v("EMAIL_ADDRESS", _v(email(), rng, fake)).t("\n9. Инвалидность: II группа, ")
    b.t("впервые в 2021 году.")
    return b.done()


def portal_message(rng: random.Random, fake: Any) -> Planted:
    b = B().t("Обращение через портал от ").v(D, _v(date("date-time", "iso-t"), rng, fake)).t("\nОт: ")
    b.v(P, _v(person("IO", "FIO", "LAT"), rng, fake)).t(" <").v("EMAIL_ADDRESS", _v(email(), rng, fake))
    b.t(">\nТекст: прошу выслать выписку, мои анализы выложены тут ").v("URL", _v(url(), rng, fake))
    b.t(" , ИНН для вычета ").v("RU_INN", inn_digits(rng)).t(". Перезвоните на ").v(PH, _v(MOB, rng, fake))
    return b.done()


BLIND27_BLOCKS = [
    BlockFamily("b27_discharge_header", S, discharge_header),
    BlockFamily("b27_referral_057", S, referral_057),
    BlockFamily("b27_lab_form", S, lab_form),
    BlockFamily("b27_json_export", S, json_export),
    BlockFamily("b27_hl7_pid", S, hl7_pid),
    BlockFamily("b27_csv_rows", S, csv_rows),
    BlockFamily("b27_xml_cda", S, xml_doc),
    BlockFamily("b27_next_line_ids", S, next_line_ids),
    BlockFamily("b27_passport_fields", S, passport_fields),
    BlockFamily("b27_phones_line", S, phones_line),
    BlockFamily("b27_sick_leave", S, sick_leave),
    BlockFamily("b27_smp_call", S, smp_call),
    BlockFamily("b27_broken_ids", S, broken_ids),
    BlockFamily("b27_prose_note", S, prose_note),
    BlockFamily("b27_lookalikes", S, lookalikes),
    BlockFamily("b27_dicom_tags", S, dicom_tags),
    BlockFamily("b27_mse_referral", S, mse_referral),
    BlockFamily("b27_portal_message", S, portal_message),
]
