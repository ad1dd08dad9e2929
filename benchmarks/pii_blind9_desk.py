"""blind9 blocks: registration desk, insurance, consent, certificates, foreign patients, OCR, tables."""

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
    enp_styled,
    inn10_org,
    inn12,
    ogrn,
    passport,
    phone,
    record_no,
    snils,
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
_SMO = ("АО «СОГАЗ-Мед»", "ООО «Капитал МС»", "АО «МАКС-М»", "ООО «СМК РЕСО-Мед»", "АО «Ингосстрах-М»")
_HOSP = (
    "ГБУЗ «ГКБ № 15 им. О.М. Филатова ДЗМ»",
    "ГАУЗ «РКБ МЗ РТ»",
    "ОГБУЗ «Белгородская ОКБ Святителя Иоасафа»",
    "ГБУЗ ЛО «Всеволожская КМБ»",
    "ФГБУ «НМИЦ им. В.А. Алмазова»",
)


def reg_card(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    s, n = passport(rng)
    d = Doc().t("МЕДИЦИНСКАЯ КАРТА ПАЦИЕНТА, ПОЛУЧАЮЩЕГО МЕДИЦИНСКУЮ ПОМОЩЬ В АМБУЛАТОРНЫХ УСЛОВИЯХ № ")
    d.v(MRN, record_no(rng, "amb")).t("\n(форма 025/у)\n1. Дата заполнения: ").v(
        D, date_str(rng, "dot", 2015, 2026)
    )
    d.t("\n2. Фамилия ").v(P, p.F()).t("  Имя ").v(P, p.I()).t("  Отчество ").v(P, p.O())
    d.t(f"\n3. Пол: {'жен.' if p.female else 'муж.'}  4. Дата рождения: ").v(
        D, date_str(rng, rng.choice(("dot", "space")))
    )
    d.t("\n5. Место регистрации: ").v(L, address(rng, fake)).t("\n   тел. ").v(T, phone(rng, "city"))
    d.t("\n6. Местность: городская — 1, сельская — 2\n7. Полис ОМС: ").v(OMS, enp(rng))
    d.t(f"  СМО: {rng.choice(_SMO)}\n8. СНИЛС ").v(SN, snils(rng))
    d.t("\n9. Документ: паспорт  серия ").v(PAS, s).t(" номер ").v(PAS, n)
    d.t("\n10. Льгота: код 081\n11. Мобильный: ").v(T, phone(rng, rng.choice(("plus", "eight"))))
    return d.done()


def consent(rng: random.Random, fake: Any) -> Planted:
    p, r = Person(rng, fake), Person(rng, fake)
    d = Doc().t("ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ\nЯ, ").v(P, r.shape("F I O"))
    d.t(", ").v(D, date_str(rng, "words_noy", 1950, 2000)).t(" г.р., паспорт ").v(
        PAS, f"{passport(rng)[0]} {digits(rng, 6)}"
    )
    d.t(", зарегистрированный(ая) по адресу: ").v(L, address(rng, fake))
    d.t(", являясь законным представителем ").v(P, p.shape(rng.choice(("F I O", "F I")), "gent"))
    d.t(" (").v(D, date_str(rng, "dot", 2010, 2024)).t(" г.р.), даю согласие на медицинское вмешательство.\n")
    d.t("Врач ").v(P, Person(rng, fake).shape("F io")).t("   Подпись ________ /").v(P, r.shape("F io")).t(
        "/\n"
    )
    d.t("Дата: ").v(D, f"«{rng.randint(1, 28)}» {rng.choice(('ноября', 'декабря', 'января'))} 2026 г.")
    return d.done()


def smo_change(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    old = f"{rng.choice(('7701', '5002', '7803', '6601'))} {digits(rng, 8)}"
    d = Doc().t(f"В {rng.choice(_SMO)}\nЗАЯВЛЕНИЕ о выборе (замене) страховой медицинской организации\n")
    d.t("Фамилия: ").v(P, p.F()).t("\nИмя: ").v(P, p.I()).t("\nОтчество: ").v(P, p.O())
    d.t("\nДата рождения: ").v(D, date_str(rng, "dot"))
    d.t("\nМесто рождения: г. ").v(L, fake.city_name())
    d.t("\nСНИЛС (при наличии): ").v(SN, snils(rng, "bare"))
    d.t("\nПолис старого образца: серия и номер ").v(OMS, old)
    d.t("\nВыдан новый полис (ЕНП): ").v(OMS, enp_styled(rng))
    d.t("\nАдрес места жительства: ").v(L, address(rng, fake, rng.choice(("index_first", "reversed"))))
    d.t("\nКонтактная информация: ").v(T, phone(rng)).t(", ").v(EM, email(rng, fake, p))
    d.t("\nДата подачи заявления ").v(D, date_str(rng, "dot", 2025, 2026))
    return d.done()


def appointment(rng: random.Random, fake: Any) -> Planted:
    p, doc = Person(rng, fake), Person(rng, fake)
    d = Doc().t("ТАЛОН НА ПРИЁМ К ВРАЧУ\nНомер записи: ").v(MRN, f"{digits(rng, 4)}-{digits(rng, 6)}")
    d.t("\nПациент: ").v(P, p.shape(rng.choice(("F I O", "F io")))).t("\nВрач: ").v(P, doc.shape("F i o"))
    d.t(f" (терапевт участковый, участок {rng.randint(1, 40)})\nДата и время: ").v(
        D, date_str(rng, rng.choice(("dt", "dt_v")), 2026, 2026)
    )
    d.t(f"\nКабинет {rng.randint(100, 450)}, этаж {rng.randint(1, 4)}\nСМС-уведомление на номер ").v(
        T, phone(rng, "bare")
    )
    d.t("\nОтменить запись: 122 или ").v(URL, "https://www.gosuslugi.ru/" + digits(rng, 6))
    return d.done()


def sms_reminder(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = (
        Doc()
        .t("SMS от MEDPOLIS (")
        .v(D, date_str(rng, "dt", 2026, 2026))
        .t("):\nУважаем")
        .t("ая " if p.female else "ый ")
    )
    d.v(P, p.shape("I O")).t("! Вы записаны на ").v(
        D,
        f"{rng.randint(1, 28)}.{rng.randint(1, 12):02d} в {rng.randint(8, 19)}:{rng.choice(('00', '20', '40'))}",
    )
    d.t(" к врачу ").v(P, Person(rng, fake).shape("F io", "datv")).t(
        f", каб. {rng.randint(101, 330)}. Подтвердить: ответьте 1. "
    )
    d.t("Справки: ").v(T, phone(rng, "city"))
    return d.done()


def foreign_form(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = (
        Doc()
        .t("АНКЕТА ИНОСТРАННОГО ПАЦИЕНТА / FOREIGN PATIENT FORM\nSurname / Фамилия: ")
        .v(P, p.shape("lat").split()[0])
    )
    d.t("\nGiven name / Имя: ").v(P, p.shape("lat").split()[1]).t("\nФамилия, имя (кириллицей): ").v(
        P, p.shape("F I")
    )
    d.t("\nDate of birth / Дата рождения: ").v(D, date_str(rng, rng.choice(("us", "en", "iso"))))
    d.t("\nCitizenship: Republic of Kazakhstan\nAddress in Russia / Адрес пребывания: ").v(
        L, address(rng, fake)
    )
    d.t("\nPhone: ").v(T, phone(rng, "foreign")).t(" (home), ").v(T, phone(rng, "plus")).t(" (RU)")
    d.t("\nE-mail: ").v(EM, email(rng, fake, p))
    d.t("\nПолис ОМС (при ВНЖ): ").v(OMS, enp(rng)).t("\nArrival date / Дата въезда: ").v(
        D, date_str(rng, "dot", 2024, 2026)
    )
    d.t("\nEmergency contact / Контакт: ").v(P, Person(rng, fake).shape("Lat")).t(", ").v(
        T, phone(rng, "foreign")
    )
    return d.done()


def ocr_referral(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    sn = snils(rng, "bare")
    boxed = (
        "|".join(sn[:3]) + "|-|" + "|".join(sn[3:6]) + "|-|" + "|".join(sn[6:9]) + "| |" + "|".join(sn[9:])
    )
    d = Doc().t("НАПРАВЛЕН ИЕ  на госпитализацию, обследование,\nконсультацию (форма 057/у-04)  № ")
    d.v(MRN, record_no(rng, "ref")).t("\n1. Номер страхового полиса ОМС\n").v(OMS, " ".join(enp(rng)))
    d.t("\n2. Код льготы 0 0 0\n3. С Н И Л С  |").v(SN, boxed).t("|\n4. Ф.И.О.\n").v(P, p.shape("UP"))
    d.t("\n5. Дата рожд ения ").v(D, date_str(rng, "ocr")).t("\n6. Адрес постоянного места жительства\n")
    d.v(L, address(rng, fake, rng.choice(("city", "rural", "short")))).t(
        "\n7. Место работы, должность: пенсионер\n"
    )
    d.t(
        "8. Обоснование направления: I25.1, ХСН IIА ФК III\nДолжность медицинского работника, направившего больного: "
    )
    d.t("терапевт уч.\n").v(P, Person(rng, fake).shape("F i o")).t("   подпись   ").v(
        D, date_str(rng, "dot2", 2025, 2026)
    )
    return d.done()


def journal_table(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("Журнал учёта приёма больных (ф. 001/у), приёмное отделение\n")
    d.t(
        "| № | Дата/время | ФИО | Д.р. | Адрес | Тел. | № ИБ | Диагноз |\n|---|---|---|---|---|---|---|---|\n"
    )
    for i in range(rng.randint(2, 4)):
        p = Person(rng, fake)
        d.t(f"| {i + 1} | ").v(D, date_str(rng, "dt", 2026, 2026)).t(" | ").v(
            P, p.shape(rng.choice(("F I O", "F io")))
        )
        d.t(" | ").v(D, date_str(rng, "dot2")).t(" | ").v(L, address(rng, fake, "short")).t(" | ")
        d.v(T, phone(rng, rng.choice(("bare", "dash")))).t(" | ").v(MRN, record_no(rng, "ib"))
        d.t(f" | {rng.choice(('K35.8', 'S72.0', 'I63.5', 'J18.9'))} |\n")
    return d.done()


def sick_leave(rng: random.Random, fake: Any) -> Planted:
    p, doc = Person(rng, fake), Person(rng, fake)
    d = Doc().t("Листок нетрудоспособности (электронный)\n№ ЭЛН: ").v(MRN, record_no(rng, "eln"))
    d.t("  первичный\nФИО: ").v(P, p.shape("F I O")).t("\nДата рождения: ").v(
        D, date_str(rng, "dot", 1960, 2004)
    )
    d.t("\nСНИЛС: ").v(SN, snils(rng)).t("\nМесто работы: ООО «Вектор»   ИНН работодателя ")
    m, day = rng.randint(1, 12), rng.randint(1, 14)
    d.t(inn10_org(rng)).t(f", ОГРН {ogrn(rng)}\nОсвобождение от работы: с ").v(D, f"{day:02d}.{m:02d}.2026")
    d.t(" по ").v(D, f"{day + rng.randint(3, 14):02d}.{m:02d}.2026").t("   Врач ").v(P, doc.shape("F io")).t(
        "\nПричина: 01 (заболевание)"
    )
    return d.done()


def death_cert(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = (
        Doc()
        .t("МЕДИЦИНСКОЕ СВИДЕТЕЛЬСТВО О СМЕРТИ серия ")
        .v(MRN, f"{rng.randint(10, 99)} № {digits(rng, 6)}")
    )
    d.t("\nДата выдачи ").v(D, date_str(rng, "words", 2025, 2026)).t(
        "\n(окончательное)\n1. Фамилия, имя, отчество умершего "
    )
    d.v(P, p.shape("F I O")).t("\n2. Пол: ").t("женский" if p.female else "мужской").t(
        "\n3. Дата рождения: число "
    )
    y, m, dd = rng.randint(1930, 1970), rng.randint(1, 12), rng.randint(1, 28)
    d.v(D, f"{dd:02d} месяц {m:02d} год {y}").t("\n4. Дата смерти: ").v(D, date_str(rng, "dt", 2025, 2026))
    d.t("\n5. Регистрация по месту жительства: ").v(L, address(rng, fake))
    d.t("\nПолучатель: ").v(P, Person(rng, fake).shape("F I O")).t(", паспорт ").v(
        PAS, f"{passport(rng)[0]} {digits(rng, 6)}"
    )
    return d.done()


def mse_referral(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    s, n = passport(rng)
    d = (
        Doc()
        .t("НАПРАВЛЕНИЕ НА МЕДИКО-СОЦИАЛЬНУЮ ЭКСПЕРТИЗУ (ф. 088/у)\nДата выдачи: ")
        .v(D, date_str(rng, "iso", 2026, 2026))
    )
    d.t("\n8. Фамилия, имя, отчество: ").v(P, p.shape("F I O")).t("\n9. Дата рождения: ").v(
        D, date_str(rng, "dot")
    )
    d.t("\n11. Гражданство: РФ\n13. Адрес места жительства: ").v(
        L, address(rng, fake, rng.choice(("index_first", "snt", "mkr")))
    )
    d.t("\n15. Документ, удостоверяющий личность: паспорт; серия: ").v(PAS, s).t("; номер: ").v(PAS, n)
    d.t("; выдан: ").v(D, date_str(rng, "dot", 2005, 2025)).t("\n16. СНИЛС: ").v(SN, snils(rng))
    d.t("\n16.1. ИНН: ").v(INN, inn12(rng)).t("\n17. Законный представитель: ").v(
        P, Person(rng, fake).shape("F I O")
    )
    d.t(", тел.: ").v(T, phone(rng)).t("; ").v(T, phone(rng, "city"))
    d.t("\n19. Номер медицинской карты: ").v(MRN, record_no(rng, rng.choice(("amb", "emr"))))
    return d.done()


def rx_blank(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = (
        Doc()
        .t("Форма № 148-1/у-04 (л)\nРЕЦЕПТ серия ")
        .v(MRN, f"{rng.randint(40, 79)}-{rng.randint(10, 99)} № {digits(rng, 7)}")
    )
    d.t(" Дата выписки: ").v(D, date_str(rng, "dot", 2026, 2026)).t(
        "\nКод категории граждан 081, нозологии E11.9\n"
    )
    d.t("СНИЛС ").v(SN, snils(rng)).t("  № полиса ОМС ").v(OMS, enp(rng))
    d.t("\nФ.И.О. пациента ").v(P, p.shape(rng.choice(("F I O", "F io")))).t("\nДата рождения ").v(
        D, date_str(rng, "dot")
    )
    d.t("\nАдрес или № мед. карты ").v(MRN, record_no(rng, "amb"))
    d.t("\nRp.: Metformini 1000 mg № 60\nD.S. по 1 таб. 2 р/д (в 08:00 и 20:00)\nВрач ").v(
        P, Person(rng, fake).shape("F io")
    )
    return d.done()


def visitor_pass(rng: random.Random, fake: Any) -> Planted:
    p, v = Person(rng, fake), Person(rng, fake)
    d = Doc().t("ПРОПУСК ПОСЕТИТЕЛЯ В ОРИТ\nПосетитель: ").v(P, v.shape("F I O")).t(" (")
    d.t(rng.choice(("сын", "дочь", "супруг(а)", "брат"))).t(")\nпаспорт: ").v(
        PAS, f"{passport(rng)[0]} {digits(rng, 6)}"
    )
    d.t("\nк пациенту: ").v(P, p.shape("F io", "datv")).t(
        f", палата {rng.randint(1, 12)}, койка {rng.randint(1, 6)}"
    )
    d.t("\nДействителен: ").v(D, date_str(rng, "dot", 2026, 2026)).t(
        " с 16:00 до 18:00\nТел. посетителя: "
    ).v(T, phone(rng))
    return d.done()


def guarantee_letter(rng: random.Random, fake: Any) -> Planted:
    p, c = Person(rng, fake), Person(rng, fake)
    d = (
        Doc()
        .t(f"Главному врачу {rng.choice(_HOSP)}\nГАРАНТИЙНОЕ ПИСЬМО № ")
        .v(MRN, f"ГП-{digits(rng, 6)}/{rng.randint(24, 26)}")
    )
    d.t(" от ").v(D, date_str(rng, "dot", 2026, 2026)).t(
        "\nСтраховая компания гарантирует оплату медицинских услуг "
    )
    d.t("застрахованн").t("ой " if p.female else "ому ").v(P, p.shape("F I O", "datv")).t(", дата рождения ")
    d.v(D, date_str(rng, "dot")).t(", в рамках договора ДМС.\nКуратор: ").v(P, c.shape("I F")).t(", ")
    d.v(T, phone(rng, "ext")).t(", ").v(EM, email(rng, fake, c)).t(f"\nИНН страховщика {inn10_org(rng)}")
    return d.done()


def dental_card(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = (
        Doc()
        .t("МЕДИЦИНСКАЯ КАРТА СТОМАТОЛОГИЧЕСКОГО БОЛЬНОГО № ")
        .v(MRN, f"С-{rng.randint(1, 9999)}/{rng.randint(20, 26)}")
    )
    d.t("\nФ., и., о. ").v(P, p.shape("F I O")).t("  Возраст ").t(str(rng.randint(18, 80)))
    d.t("\nАдрес ").v(L, address(rng, fake)).t("\nПрофессия: инженер\nДиагноз: K02.1 (зуб 3.6)\n")
    d.t("Дата первичного обращения ").v(D, date_str(rng, rng.choice(("dot", "words")), 2024, 2026))
    d.t("\nЛечащий врач ").v(P, Person(rng, fake).shape("F i o"))
    return d.done()


B9_DESK: list[BlockFamily] = [
    BlockFamily("b9_reg_card_025", SPLIT, reg_card),
    BlockFamily("b9_consent_representative", SPLIT, consent),
    BlockFamily("b9_smo_change_application", SPLIT, smo_change),
    BlockFamily("b9_appointment_ticket", SPLIT, appointment),
    BlockFamily("b9_sms_reminder", SPLIT, sms_reminder),
    BlockFamily("b9_foreign_patient_form", SPLIT, foreign_form),
    BlockFamily("b9_ocr_referral_057", SPLIT, ocr_referral),
    BlockFamily("b9_admission_journal_table", SPLIT, journal_table),
    BlockFamily("b9_sick_leave_eln", SPLIT, sick_leave),
    BlockFamily("b9_death_certificate", SPLIT, death_cert),
    BlockFamily("b9_mse_referral_088", SPLIT, mse_referral),
    BlockFamily("b9_rx_blank_148", SPLIT, rx_blank),
    BlockFamily("b9_visitor_pass", SPLIT, visitor_pass),
    BlockFamily("b9_dms_guarantee_letter", SPLIT, guarantee_letter),
    BlockFamily("b9_dental_card", SPLIT, dental_card),
]
