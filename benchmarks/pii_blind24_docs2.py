"""Document-level blocks of the blind24 split, part 2: exports, tables, prose, chats, scans."""

from __future__ import annotations

from benchmarks.pii_blind24_gen import (
    DAT,
    EML,
    INNT,
    LOC,
    MRN,
    OMS,
    PAS,
    PER,
    PHO,
    SNI,
    URLT,
    Doc,
    any_person,
    cis_parts,
    dg,
    dg1,
    enp_digits,
    inn12,
    latin,
    latin_person,
    name_in,
    oms,
    passport,
    passport_parts,
    ru_parts,
    snils,
    snils_digits,
)
from benchmarks.pii_blind24_ids import (
    accession,
    card_no,
    case_history,
    email_of,
    emr_id,
    foreign_passport,
    migration_card,
    non_pii,
)
from benchmarks.pii_blind24_vals import (
    FOREIGN_TOWNS,
    birth,
    date_val,
    foreign_address,
    phone_city,
    phone_foreign,
    phone_ru,
    ru_address,
)


def b_hl7_pid(rng, fake):
    p = cis_parts(rng)
    y, m, d = rng.randint(1960, 2005), rng.randint(1, 12), rng.randint(1, 28)
    ts = date_val(rng, "iso").replace("-", "") + f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
    doc = Doc().t("MSH|^~\\&|MIS|GKB15|LIS|LAB|").v(DAT, ts).t("||ADT^A01|MSG").t(dg(rng, 6)).t("|P|2.5\n")
    doc.t("PID|1||").v(MRN, emr_id(rng)).t("^^^GKB15^MR~").v(MRN, foreign_passport(rng)).t("^^^UZB^PPN||")
    doc.v(PER, latin(p[0], True)).t("^").v(PER, latin(p[1], True)).t("||").v(DAT, f"{y}{m:02d}{d:02d}")
    doc.t(f"|{'F' if p[3] else 'M'}|||").v(LOC, f"ул. {fake.street_title()}, д. {rng.randint(1, 99)}").t(
        "^^"
    ).v(LOC, fake.city_name()).t("^^").v(LOC, fake.postcode()).t("^RUS")
    doc.t("||").v(PHO, phone_ru(rng).replace(" ", "")).t("\nNK1|1|").v(PER, latin(p[0], True)).t("^")
    doc.v(PER, latin(rng.choice(("Гульнара", "Зарина", "Алишер")), True))
    doc.t("|SPO|||").v(PHO, phone_foreign(rng)).t("\nPV1|1|I|TER^12^3")
    return doc.done()


def b_json_export(rng, fake):
    p = cis_parts(rng)
    d = (
        Doc()
        .t('{"patient": {"id": "')
        .v(MRN, emr_id(rng))
        .t('", "fio": "')
        .v(PER, name_in(p, "nomn", "full"))
    )
    d.t('", "name_lat": "').v(PER, f"{latin(p[0], True)} {latin(p[1], True)}").t('", "birth_date": "')
    d.v(DAT, birth(rng, "iso")).t('", "citizenship": "UZB", "doc": {"type": "foreign_passport", "number": "')
    d.v(MRN, foreign_passport(rng)).t('"}, "snils": "').v(SNI, snils_digits(rng)).t('", "enp": "').v(
        OMS, enp_digits(rng)
    )
    d.t('", "phones": ["').v(PHO, phone_ru(rng)).t('", "').v(PHO, phone_foreign(rng)).t(
        '"], "address_stay": "'
    )
    d.v(LOC, ru_address(fake, rng).replace('"', "")).t('"}, "ward": "12", "icd10": "J18.0", "dose_mg": 500}')
    return d.done()


def b_xml_export(rng, fake):
    p = ru_parts(fake, rng) if rng.random() < 0.3 else cis_parts(rng)
    s, n = passport_parts(rng)
    d = Doc().t("<Patient>\n  <LastName>").v(PER, p[0]).t("</LastName>\n  <FirstName>").v(PER, p[1])
    d.t("</FirstName>\n  <MiddleName>").v(PER, p[2]).t("</MiddleName>\n  <BirthDate>").v(
        DAT, birth(rng, "iso")
    )
    d.t("</BirthDate>\n  <Passport><Series>").v(PAS, s).t("</Series><Number>").v(PAS, n)
    d.t("</Number></Passport>\n  <Inn>").v(INNT, inn12(rng)).t("</Inn>\n  <Email>").v(
        EML, email_of(latin(p[0]), rng, fake)
    )
    d.t("</Email>\n  <CaseNumber>").v(MRN, case_history(rng)).t("</CaseNumber>\n  <OrgInn>7705")
    d.t(f"{dg(rng, 6)}</OrgInn>\n</Patient>")
    return d.done()


def b_csv_rows(rng, fake):
    d = Doc().t("№;ФИО;Гражданство;Д/р;Документ;Телефон;Дата осмотра\n")
    for i in range(rng.randint(2, 3)):
        p = cis_parts(rng)
        d.t(f"{i + 1};").v(PER, name_in(p, "nomn", rng.choice(("full", "sur_ini", "sf")))).t(";")
        d.t(rng.choice(("UZB", "TJK", "KGZ", "Узбекистан"))).t(";").v(
            DAT, birth(rng, rng.choice(("ru", "short")))
        )
        d.t(";").v(MRN, foreign_passport(rng)).t(";").v(PHO, rng.choice((phone_ru, phone_foreign))(rng)).t(
            ";"
        )
        d.v(DAT, date_val(rng, "ru")).t("\n")
    d.t("Итого осмотрено: 3; направлено в ПТД: 1")
    return d.done()


def b_dicom_tags(rng, fake):
    p = cis_parts(rng) if rng.random() < 0.5 else ru_parts(fake, rng)
    y, m, dd = rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)
    d = Doc().t("(0010,0010) PN PatientName: ").v(PER, f"{latin(p[0], True)}^{latin(p[1], True)}")
    d.t("\n(0010,0020) LO PatientID: ").v(MRN, emr_id(rng)).t("\n(0010,0030) DA PatientBirthDate: ")
    d.v(DAT, f"{y}{m:02d}{dd:02d}").t("\n(0008,0050) SH AccessionNumber: ").v(MRN, accession(rng))
    d.t("\n(0008,0020) DA StudyDate: ").v(DAT, date_val(rng, "iso").replace("-", ""))
    d.t("\n(0008,0080) LO InstitutionName: GKB No 1\n(0018,0050) DS SliceThickness: 1.25")
    return d.done()


def b_family_contacts(rng, fake):
    d = Doc().t("Контакты родственников:\n")
    for rel in rng.sample(("мать", "брат", "жена", "дядя", "сын", "земляк"), 3):
        d.t(f"{rel} — ").v(PER, any_person(rng, fake)).t(": ").v(
            PHO, rng.choice((phone_ru, phone_foreign))(rng)
        )
        if rng.random() < 0.4:
            d.t(", ").v(PHO, rng.choice((phone_ru, phone_foreign))(rng))
        d.t("\n")
    d.t("Языки: узбекский, русский (слабо).")
    return d.done()


def b_outpatient_prose(rng, fake):
    p = cis_parts(rng)
    d = Doc().t("Повторный приём ").v(DAT, date_val(rng, rng.choice(("ru", "ru_time")))).t(". ")
    d.v(PER, name_in(p, "nomn", rng.choice(("sur_ini", "sf")))).t(" явился в сопровождении дяди ")
    d.v(PER, name_in(cis_parts(rng), "gent", "sf")).t(", который переводит. ")
    d.t(f"Жалобы на боли в пояснице после подъёма тяжести. {non_pii(rng)} Со слов, ранее лечился в г. ")
    d.v(LOC, rng.choice(FOREIGN_TOWNS)).t(" в 2019 году. Проживает: ").v(LOC, ru_address(fake, rng))
    d.t(". Амб. карта ").v(MRN, card_no(rng)).t(". Явка ").v(DAT, date_val(rng, rng.choice(("dm", "ru"))))
    d.t(" к 09:00, контакт дяди ").v(PHO, phone_ru(rng)).t(".")
    return d.done()


def b_prescription(rng, fake):
    p = cis_parts(rng) if rng.random() < 0.5 else ru_parts(fake, rng)
    d = Doc().t("Форма № 107-1/у\nРЕЦЕПТ серия ").v(MRN, f"{dg1(rng, 2)}-{dg(rng, 2)} № {dg1(rng, 6)}")
    d.t("   Дата ").v(DAT, date_val(rng, rng.choice(("ru", "short")))).t("\nФ.И.О. пациента ")
    d.v(PER, name_in(p, "nomn", "full")).t("\nДата рождения ").v(DAT, birth(rng, "ru"))
    d.t("\nНомер мед. карты ").v(MRN, card_no(rng)).t(
        "\nRp.: Amoxicillini 500 mg D.t.d. N 20\nS. по 1 капс. 3 р/д\n"
    )
    d.t("Врач ").v(PER, name_in(ru_parts(fake, rng), "nomn", "sur_ini"))
    return d.done()


def b_whatsapp_log(rng, fake):
    coord = name_in(ru_parts(fake, rng), "nomn", "f")
    pat = latin_person(rng, fake)
    d = (
        Doc()
        .t("Скриншот переписки (приложен к карте):\n[")
        .v(DAT, f"{date_val(rng, 'short')}, {rng.randint(8, 22)}:{rng.randint(10, 59)}")
    )
    d.t("] ").v(PER, coord).t(" (координатор): Здравствуйте, это клиника, уточните дату прилёта\n[")
    d.v(DAT, f"{date_val(rng, 'short')}, {rng.randint(8, 22)}:{rng.randint(10, 59)}").t("] ").v(
        PHO, phone_foreign(rng)
    )
    d.t(": Hello, my relative ").v(PER, pat).t(" arrives on ").v(
        DAT, date_val(rng, rng.choice(("en", "en_us")))
    )
    d.t(", flight TK 413 at 07:45\n[").v(
        DAT, f"{date_val(rng, 'short')}, {rng.randint(8, 22)}:{rng.randint(10, 59)}"
    )
    d.t("] ").v(PER, coord).t(" (координатор): Отправьте скан паспорта на ").v(
        EML, email_of(latin(coord), rng, fake)
    )
    return d.done()


def b_lab_report(rng, fake):
    rp = ru_parts(fake, rng)
    sur, first = latin(rp[0], True), latin(rp[1], True)
    d = Doc().t("LABORATORY REPORT (перевод прилагается)\nName: ").v(PER, f"{sur}, {first}")
    d.t("   DOB: ").v(DAT, date_val(rng, rng.choice(("us_num", "en_dash")), 1950, 2005)).t(
        f"   Sex: {'F' if rp[3] else 'M'}\nSample ID: "
    )
    d.v(MRN, accession(rng)).t("   Collected: ").v(
        DAT, f"{date_val(rng, 'us_num')} {rng.randint(1, 12)}:{rng.randint(10, 59)} AM"
    )
    d.t("\nHbA1c 7.9 % (ref 4.0-5.6)\nCreatinine 1.1 mg/dL\nPhysician: Dr. ").v(
        PER, f"{rng.choice(('R.', 'S.', 'A.'))} {rng.choice(('Patel', 'Nguyen', 'Haddad'))}"
    )
    return d.done()


def b_vaccination_list(rng, fake):
    p = cis_parts(rng)
    d = Doc().t("Сведения о прививках ребёнка ").v(PER, name_in(p, "gent", rng.choice(("sf", "f"))))
    d.t(" (из сертификата, выданного в Таджикистане, перевод):\n")
    for vac in rng.sample(("БЦЖ", "АКДС-1", "АКДС-2", "ОПВ", "Корь-краснуха-паротит", "Гепатит В"), 3):
        d.t(f"- {vac}: ").v(DAT, date_val(rng, rng.choice(("ru", "slash_eu", "short")), 2012, 2022)).t("\n")
    d.t("Мать: ").v(PER, name_in(cis_parts(rng), "nomn", "full")).t(", тел. ").v(PHO, phone_foreign(rng))
    return d.done()


def b_ocr_scan(rng, fake):
    p = ru_parts(fake, rng) if rng.random() < 0.5 else cis_parts(rng)
    d = Doc().t("[скан, распознано]\nФамиля Имя Отчесво\n").v(PER, name_in(p, "nomn", "full"))
    d.t("\nДата рожд ения\n").v(DAT, birth(rng, "ocr")).t("\nСНИIС\n").v(SNI, snils(rng))
    d.t("\nПолис 0МС\n").v(OMS, oms(rng)).t("\nАдрсс\n").v(LOC, ru_address(fake, rng))
    d.t("\nт ел.\n").v(PHO, phone_ru(rng))
    return d.done()


def b_referral_arabic_patient(rng, fake):
    name = rng.choice(
        ("Ахмед Мухаммед Аль-Саиди", "Омар Хасан Махмуд", "Фатима Али Наср", "Юсеф Абдулла Аль-Амири")
    )
    d = Doc().t("Направление на госпитализацию (медицинский туризм)\nПациент: ").v(PER, name)
    d.t(" (").v(PER, latin(name)).t(")\nДата рождения: ").v(
        DAT, date_val(rng, rng.choice(("slash_eu", "iso")), 1950, 2000)
    )
    d.t("\nПаспорт: ").v(MRN, foreign_passport(rng)).t("\nПоступление: ").v(DAT, date_val(rng, "ru_words"))
    d.t("\nСопровождающий переводчик: ").v(PER, name_in(ru_parts(fake, rng), "nomn", "sf")).t(", ")
    d.v(PHO, phone_ru(rng)).t("\nАдрес проживания: ").v(LOC, foreign_address(rng))
    d.t("\nСчёт выставлен агентству «MedTravel Group», ИНН 7714").t(dg(rng, 6))
    return d.done()


def b_child_migrant(rng, fake):
    c = cis_parts(rng)
    d = (
        Doc()
        .t("Ребёнок ")
        .v(PER, name_in(c, "nomn", "sf"))
        .t(", ")
        .v(DAT, date_val(rng, "ru", 2012, 2022))
        .t(" г.р., гражданин ")
    )
    d.t(rng.choice(("Кыргызстана", "Таджикистана"))).t(
        ", полис ОМС отсутствует (не оформлен).\nЗаконный представитель — отец "
    )
    d.v(PER, name_in(cis_parts(rng), "nomn", "full")).t(", патент ").v(MRN, f"77 № {dg1(rng, 10)}")
    d.t(", миграционная карта ").v(MRN, migration_card(rng)).t(".\nАдрес: ").v(LOC, ru_address(fake, rng))
    d.t("\nТел. отца ").v(PHO, phone_ru(rng)).t("; тел. бабушки ").v(PHO, phone_foreign(rng))
    return d.done()


def b_old_policy_fields(rng, fake):
    p = ru_parts(fake, rng)
    s, n = passport_parts(rng)
    d = Doc().t("Документ, удостоверяющий личность: паспорт РФ\nсерия: ").v(PAS, s).t("   номер: ").v(PAS, n)
    d.t("\nвыдан: ").v(DAT, date_val(rng, "ru", 2005, 2024)).t(", код подразд. 770-0").t(dg(rng, 2))
    d.t("\nПолис ОМС старого образца: серия ").v(OMS, f"{rng.choice(('ЯМ', 'РР', 'АБ'))} {dg(rng, 2)}").t(
        " № "
    )
    d.v(OMS, dg1(rng, 6)).t("\nГражданин ").v(PER, name_in(p, "nomn", "full")).t(" вернулся из ")
    d.t(rng.choice(("Турции", "Таиланда", "Египта"))).t(" ").v(DAT, date_val(rng, "ru")).t(
        ", представил выписку."
    )
    return d.done()


def b_unknown_patient(rng, fake):
    d = (
        Doc()
        .t("Пациент без документов, по-русски не говорит. Со слов сопровождающего (")
        .v(PER, any_person(rng, fake))
    )
    d.t(", тел. ").v(PHO, phone_ru(rng)).t(") — ").v(
        PER, name_in(cis_parts(rng), "nomn", rng.choice(("sf", "f")))
    )
    d.t(", около 25 лет, работает на рынке. Проживает, со слов, ").v(LOC, ru_address(fake, rng))
    d.t(". Сообщено в ОП ").v(DAT, date_val(rng, "ru_time")).t(", КУСП № ").v(MRN, dg1(rng, 5))
    d.t(". Запрос в посольство по e-mail ").v(EML, f"konsul.{dg(rng, 2)}@mfa.{rng.choice(('uz', 'tj'))}")
    return d.done()


def b_student_dorm(rng, fake):
    sur, first = rng.choice(
        (
            ("Кумар", "Раджеш"),
            ("Шарма", "Прия"),
            ("Окафор", "Обинна"),
            ("Менса", "Кофи"),
            ("Диалло", "Амаду"),
            ("Нгуен", "Ван Хунг"),
        )
    )
    d = (
        Doc()
        .t("Студент(ка) мед. университета ")
        .v(PER, f"{sur} {first}")
        .t(" (")
        .v(PER, latin(f"{first} {sur}").upper())
    )
    d.t("), ").v(DAT, birth(rng, rng.choice(("ru", "en")))).t(". Полис ДМС ").v(
        MRN, f"{dg(rng, 3)}-{dg(rng, 6)}-{dg(rng, 2)}"
    )
    d.t(". Общежитие № 3: ").v(LOC, ru_address(fake, rng)).t(". Куратор деканата ")
    d.v(PER, name_in(ru_parts(fake, rng), "nomn", "ini_sur")).t(", ").v(PHO, phone_city(rng))
    d.t(". Личная страница: ").v(URLT, f"https://vk.com/{fake.user_name()}")
    return d.done()


def b_uzbek_fragment(rng, fake):
    p = cis_parts(rng)
    d = Doc().t("Bemor / Пациент: ").v(PER, f"{latin(p[0])} {latin(p[1])} {latin(p[2])}")
    d.t("\nTug'ilgan sana / Д.р.: ").v(DAT, date_val(rng, "uz", 1960, 2004))
    d.t("\nManzil / Адрес: ").v(LOC, foreign_address(rng, ("Узбекистан", "Uzbekistan"))).t("\nTelefon: ").v(
        PHO, phone_foreign(rng)
    )
    d.t("\nKasallik tarixi / ИБ №: ").v(MRN, case_history(rng)).t(
        "\nДиагноз (перевод): язвенная болезнь, K25."
    )
    return d.done()


def b_repatriation(rng, fake):
    p = cis_parts(rng)
    d = Doc().t("Справка для перевозки тела (репатриация)\nУмерший: ").v(PER, name_in(p, "nomn", "full"))
    d.t(", ").v(DAT, birth(rng, "ru")).t(" г.р.\nДата и время смерти: ").v(DAT, date_val(rng, "ru_time"))
    d.t("\nМедицинское свидетельство о смерти серия ").v(MRN, f"{dg1(rng, 2)} № {dg1(rng, 6)}")
    d.t("\nМесто захоронения: ").v(LOC, foreign_address(rng)).t("\nПолучатель тела: ")
    d.v(PER, name_in(cis_parts(rng), "nomn", "sf")).t(", паспорт ").v(MRN, foreign_passport(rng))
    d.t(", тел. ").v(PHO, phone_foreign(rng)).t("\nФорма 106/у-08.")
    return d.done()


def b_snils_inn_table(rng, fake):
    d = Doc().t("| Сотрудник | СНИЛС | ИНН | Полис |\n|---|---|---|---|\n")
    for _ in range(2):
        p = cis_parts(rng)
        d.t("| ").v(PER, name_in(p, "nomn", "sur_ini")).t(" | ").v(SNI, snils(rng)).t(" | ").v(
            INNT, inn12(rng)
        )
        d.t(" | ").v(OMS, oms(rng)).t(" |\n")
    d.t("Работодатель: ИНН 50").t(dg(rng, 8)).t(", КПП 5001").t(dg(rng, 5))
    return d.done()


def b_ru_passport_variants(rng, fake):
    p = cis_parts(rng)
    d = Doc().t("Принят в гражданство РФ ").v(DAT, date_val(rng, rng.choice(("ru", "ru_words"))))
    d.t(". Паспорт гражданина РФ: ").v(PAS, passport(rng)).t(" (прежний нац. паспорт ").v(
        MRN, foreign_passport(rng)
    )
    d.t(" сдан).\nФИО до смены: ").v(PER, name_in(p, "nomn", "full")).t("; после: ").v(
        PER, name_in(p, "nomn", "sf")
    )
    d.t(".\nСНИЛС ").v(SNI, snils(rng)).t(", ЕНП ").v(OMS, oms(rng)).t(", e-mail ").v(
        EML, email_of(latin(p[0]), rng, fake)
    )
    return d.done()
