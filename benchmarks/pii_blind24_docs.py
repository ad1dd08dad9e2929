"""Document-level blocks of the blind24 split, part 1: admission, migrant documents, letters."""

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
    cis_parts,
    dg,
    dg1,
    inn12,
    latin,
    name_in,
    oms,
    passport,
    passport_parts,
    ru_parts,
    snils,
)
from benchmarks.pii_blind24_ids import (
    accession,
    card_no,
    case_history,
    dms_policy,
    eln,
    email_of,
    foreign_passport,
    migration_card,
    non_pii,
    patent,
    rvp_vnzh,
)
from benchmarks.pii_blind24_vals import (
    FOREIGN_TOWNS,
    birth,
    date_pair,
    date_val,
    foreign_address,
    phone_city,
    phone_foreign,
    phone_ru,
    ru_address,
)

COUNTRIES = (
    "Узбекистан",
    "Таджикистан",
    "Кыргызстан",
    "Казахстан",
    "Армения",
    "Азербайджан",
    "Китай",
    "Турция",
    "Вьетнам",
    "Египет",
    "Нигерия",
    "Индия",
)


def b_admission(rng, fake):
    p = cis_parts(rng)
    d = Doc().t("ПРИЁМНОЕ ОТДЕЛЕНИЕ\nФ.И.О.: ").v(PER, name_in(p, "nomn", "full"))
    d.t("\nФ.И.О. (лат.): ").v(PER, f"{latin(p[0], True)} {latin(p[1], True)}")
    d.t("\nДата рожд.: ").v(DAT, birth(rng)).t(f"\nГражданство: {rng.choice(COUNTRIES[:6])}")
    d.t("\nДокумент: нац. паспорт ").v(MRN, foreign_passport(rng))
    d.t("\nМигр. карта: ").v(MRN, migration_card(rng)).t(", въезд ").v(DAT, date_val(rng, "ru"))
    d.t("\nАдрес пребывания: ").v(LOC, ru_address(fake, rng))
    d.t("\nТел.: ").v(PHO, phone_ru(rng)).t(rng.choice(("; ", ", ", " / "))).v(PHO, phone_foreign(rng))
    d.t(f"\nДоставлен СМП {rng.randint(8, 23):02d}:{rng.randint(0, 59):02d}. ").t(non_pii(rng))
    d.t("\nИБ № ").v(MRN, case_history(rng))
    return d.done()


def b_patent_exam(rng, fake):
    p = cis_parts(rng)
    d = Doc().t("Медицинское освидетельствование иностранного гражданина (для получения патента)\n")
    d.t("Пациент: ").v(PER, name_in(p, "nomn", rng.choice(("full", "sf")))).t(", д.р. ").v(DAT, birth(rng))
    d.t("\nНаправление № ").v(MRN, f"{dg1(rng, 3)}-ИГ/{dg(rng, 2)}").t(" от ").v(DAT, date_val(rng, "ru"))
    d.t("\nПаспорт ин. гражданина: ").v(MRN, foreign_passport(rng))
    d.t("\nЗаключение нарколога № ").v(MRN, f"Н-{dg1(rng, 5)}").t("; сертификат об отсутствии ВИЧ № ")
    d.v(MRN, f"{dg1(rng, 6)}").t(" выдан ").v(DAT, date_val(rng, rng.choice(("ru", "ru_words"))))
    d.t("\nФлюорография: без очаговых теней. Код МКБ-10 Z02.4. Ф. 001-ГС/у.\nВрач-терапевт ")
    d.v(PER, name_in(ru_parts(fake, rng), "nomn", "sur_ini"))
    return d.done()


def b_translated_discharge(rng, fake):
    rp = ru_parts(fake, rng)
    sur, first = latin(rp[0]), latin(rp[1])
    d = Doc().t("Перевод с английского языка\nВЫПИСНОЙ ЭПИКРИЗ (Discharge summary)\nПациент (Patient): ")
    d.v(PER, rng.choice((f"{sur} {first}", f"{sur.upper()}, {first}", f"{first} {sur}")))
    d.t("\nДата рождения (DOB): ").v(DAT, date_val(rng, rng.choice(("en", "us_num", "en_dash")), 1950, 2005))
    d.t("\nMRN: ").v(MRN, rng.choice((f"{dg1(rng, 8)}", f"MRN-{dg1(rng, 7)}", f"H{dg(rng, 7)}")))
    adm, dis = date_pair(rng, rng.choice(("en_us", "us_num", "en")))
    d.t("\nПоступил (Admitted): ").v(DAT, adm)
    d.t("\nВыписан (Discharged): ").v(DAT, dis)
    d.t("\nЛечащий врач (Attending): Dr. ").v(
        PER,
        f"{rng.choice(('Emily', 'Ahmet', 'Klaus', 'Sophie'))} "
        f"{rng.choice(('Carter', 'Öztürk', 'Becker', 'Martin'))}",
    )
    d.t("\nДиагноз: STEMI, I21.0. Метопролол 25 mg BID.\nПеревод выполнен переводчиком ")
    d.v(PER, name_in(ru_parts(fake, rng), "ablt", rng.choice(("full", "ini_sur")))).t(" ")
    d.v(DAT, date_val(rng, "ru")).t(". Подпись переводчика удостоверена нотариусом.")
    return d.done()


def b_embassy_letter(rng, fake):
    p = cis_parts(rng)
    d = Doc().t(
        f"ПОСОЛЬСТВО РЕСПУБЛИКИ {rng.choice(('УЗБЕКИСТАН', 'ТАДЖИКИСТАН', 'КЫРГЫЗСТАН'))} В РОССИЙСКОЙ ФЕДЕРАЦИИ\n"
    )
    d.t("Главному врачу\n\nПосольство просит предоставить сведения о состоянии здоровья гражданина ")
    d.v(PER, name_in(p, "gent", "full")).t(", ").v(DAT, birth(rng, "ru")).t(" г.р., паспорт ")
    d.v(MRN, foreign_passport(rng)).t(", уроженца г. ").v(LOC, rng.choice(FOREIGN_TOWNS))
    d.t(", госпитализированного ").v(DAT, date_val(rng, "ru_words")).t(".\nКонсул ")
    d.v(PER, name_in(cis_parts(rng), "nomn", "ini_sur")).t("\nТел.: ").v(PHO, phone_city(rng))
    d.t(", e-mail: ").v(EML, f"consul{dg(rng, 2)}@{rng.choice(('mfa.uz', 'mfa.tj', 'mfa.kg'))}")
    return d.done()


def b_employer_letter(rng, fake):
    p = cis_parts(rng)
    d = Doc().t(f"ООО «{rng.choice(('СтройИнвест', 'ТрансЛогистик', 'АгроСнаб'))}», ИНН 77{dg(rng, 8)}, ")
    d.t(f"ОГРН 11{dg(rng, 11)}\nСправка\nДана ").v(PER, name_in(p, "datv", rng.choice(("full", "sf"))))
    d.t(" в том, что он(а) работает в должности подсобного рабочего с ").v(DAT, date_val(rng, "ru"))
    d.t(". Патент ").v(MRN, patent(rng)).t(", ИНН работника ").v(INNT, inn12(rng))
    d.t(".\nМесто проживания (предоставлено работодателем): ").v(LOC, ru_address(fake, rng))
    d.t("\nИнспектор ОК ").v(PER, name_in(ru_parts(fake, rng), "nomn", "sur_ini")).t(", тел. ")
    d.v(PHO, phone_city(rng))
    return d.done()


def b_tourism_email(rng, fake):
    coord = name_in(ru_parts(fake, rng), "nomn", rng.choice(("fp", "sf")))
    pat_sur, pat_first = rng.choice(
        (
            ("AL-HASHIMI", "YOUSEF"),
            ("MAHMOUD", "OMAR"),
            ("KHAN", "AYESHA"),
            ("NASSER", "LAYLA"),
            ("OKONKWO", "CHIDI"),
            ("HASSAN", "FATIMA"),
        )
    )
    d = (
        Doc()
        .t("From: ")
        .v(PER, coord)
        .t(" <")
        .v(EML, email_of(latin(coord), rng, fake))
        .t(">\nTo: intl@clinic.ru\n")
    )
    d.t("Date: ").v(DAT, date_val(rng, rng.choice(("en", "en_us")))).t("\nSubject: пациент ")
    d.v(PER, f"{pat_sur} {pat_first}").t("\n\nДобрый день! Пациент ").v(
        PER, f"{pat_first.title()} {pat_sur.title()}"
    )
    d.t(", passport ").v(MRN, foreign_passport(rng)).t(", прилетает ").v(
        DAT, date_val(rng, rng.choice(("ru", "dm")))
    )
    d.t(" рейсом из Дубая. Снимки: ").v(URLT, f"https://wetransfer.com/downloads/{fake.md5()[:20]}")
    d.t("\nWhatsApp пациента: ").v(PHO, phone_foreign(rng)).t("\nС уважением, ").v(PER, coord.split()[0])
    d.t(", координатор программ медицинского туризма")
    return d.done()


def b_vhi_guarantee(rng, fake):
    p = ru_parts(fake, rng) if rng.random() < 0.4 else cis_parts(rng)
    d = Doc().t("ГАРАНТИЙНОЕ ПИСЬМО № ").v(MRN, f"ГП-{dg1(rng, 6)}/{dg(rng, 2)}")
    d.t("\nСтраховая компания гарантирует оплату медицинских услуг застрахованному лицу: ")
    d.v(PER, name_in(p, "datv", "full")).t(", дата рождения ").v(DAT, birth(rng))
    a, b = date_pair(rng, rng.choice(("ru", "short", "ru_words")))
    d.t(".\nПолис ДМС ").v(MRN, dms_policy(rng)).t(", срок действия с ").v(DAT, a)
    d.t(" по ").v(DAT, b).t(".\nЛимит 150 000 руб. Программа «Мигрант-Стандарт».\nКуратор ")
    d.v(PER, name_in(ru_parts(fake, rng), "nomn", "ini_sur")).t(", ").v(
        EML, email_of(latin(fake.last_name()), rng, fake)
    )
    return d.done()


def b_travel_insurance(rng, fake):
    sur, first = rng.choice(
        (
            ("SCHMIDT", "LUKAS"),
            ("NOVAK", "PETRA"),
            ("CHEN", "JING"),
            ("TANAKA", "YUKI"),
            ("SILVA", "JOAO"),
            ("KOWALSKI", "PIOTR"),
            ("OKAFOR", "NGOZI"),
        )
    )
    d = (
        Doc()
        .t("TRAVEL MEDICAL INSURANCE / Страховой полис путешественника\nInsured: ")
        .v(PER, f"{sur} {first}")
    )
    d.t("\nDate of birth: ").v(DAT, date_val(rng, rng.choice(("slash_eu", "en", "iso")), 1950, 2005))
    d.t("\nPassport: ").v(MRN, foreign_passport(rng)).t("\nPolicy No.: ").v(MRN, dms_policy(rng))
    a, b = date_pair(rng, rng.choice(("slash_eu", "en", "iso")))
    d.t("\nPeriod: ").v(DAT, a).t(" – ").v(DAT, b)
    d.t("\nCoverage: EUR 30 000, deductible EUR 0.\nЗастрахованный ").v(PER, f"{first.title()} {sur.title()}")
    d.t(" обратился с травмой голеностопа.")
    return d.done()


def b_interpreter_consent(rng, fake):
    p = cis_parts(rng)
    d = Doc().t("ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ\nЯ, ").v(PER, name_in(p, "nomn", "full"))
    d.t(", ").v(DAT, birth(rng, "ru")).t(" г.р., проживающий(ая) по адресу: ").v(LOC, ru_address(fake, rng))
    d.t(
        ", даю согласие на оперативное вмешательство. Содержание разъяснено мне на родном языке переводчиком "
    )
    d.v(PER, name_in(ru_parts(fake, rng), "ablt", rng.choice(("full", "sur_ini")))).t(" (паспорт РФ ")
    s, n = passport_parts(rng)
    d.v(PAS, f"{s} {n}").t(", тел. ").v(PHO, phone_ru(rng)).t(").\n")
    d.t("Подпись пациента ____ Дата ").v(DAT, date_val(rng, rng.choice(("ru", "short"))))
    return d.done()


def b_arrival_notice(rng, fake):
    p = cis_parts(rng)
    d = Doc().t("УВЕДОМЛЕНИЕ О ПРИБЫТИИ (отрывная часть, копия в карте)\nФамилия: ").v(PER, p[0].upper())
    d.t("\nИмя: ").v(PER, p[1].upper()).t("\nОтчество: ").v(PER, p[2].upper())
    d.t(f"\nГражданство: {rng.choice(COUNTRIES[:4]).upper()}\nДата рождения: ")
    y, m, dd = rng.randint(1960, 2005), rng.randint(1, 12), rng.randint(1, 28)
    d.t("число ").v(DAT, f"{dd:02d}").t(" месяц ").v(DAT, f"{m:02d}").t(" год ").v(DAT, str(y))
    d.t("\nВид документа: ПАСПОРТ  серия ").v(MRN, rng.choice(("FA", "AC", "AA", "АС"))).t("  № ").v(
        MRN, dg(rng, 7)
    )
    d.t("\nАдрес места пребывания: ").v(LOC, ru_address(fake, rng))
    d.t("\nСрок пребывания до: ").v(DAT, date_val(rng, "ru")).t("\nПринимающая сторона: ")
    d.v(PER, name_in(ru_parts(fake, rng), "nomn", "full")).t(", тел. ").v(PHO, phone_ru(rng))
    return d.done()


def b_rvp_oms_application(rng, fake):
    p = cis_parts(rng)
    d = (
        Doc()
        .t("Заявление о выборе СМО (иностранный гражданин, ЕАЭС)\n1. ")
        .v(PER, name_in(p, "nomn", "full"))
    )
    d.t("\n2. Дата рождения ").v(DAT, birth(rng)).t("\n3. Место рождения: ").v(LOC, rng.choice(FOREIGN_TOWNS))
    d.t("\n4. Вид на жительство / РВП: ").v(MRN, rvp_vnzh(rng))
    d.t("\n5. СНИЛС: ").v(SNI, snils(rng)).t("\n6. ИНН: ").v(INNT, inn12(rng))
    d.t("\n7. Адрес регистрации: ").v(LOC, ru_address(fake, rng)).t("\n8. Тел. ").v(PHO, phone_ru(rng))
    d.t("\n9. Выдан полис (ЕНП): ").v(OMS, oms(rng)).t(" ").v(DAT, date_val(rng, "ru"))
    return d.done()


def b_russian_abroad(rng, fake):
    p = ru_parts(fake, rng)
    d = Doc().t("Перевод с немецкого. Arztbrief / Письмо врача\nPatient(in): ")
    d.v(PER, f"{latin(p[0])}, {latin(p[1])}").t(", geb. ").v(DAT, date_val(rng, "de", 1950, 2000))
    a, b = date_pair(rng, "de")
    d.t("\nStationär vom ").v(DAT, a).t(" bis ").v(DAT, b)
    d.t("\nДиагноз: перелом лучевой кости (S52.5).\n\nПримечание переводчика: пациент ")
    d.v(PER, name_in(p, "nomn", "full")).t(", паспорт РФ ").v(PAS, passport(rng)).t(", полис ОМС ").v(
        OMS, oms(rng)
    )
    d.t(", СНИЛС ").v(SNI, snils(rng)).t(".\nАдрес в РФ: ").v(LOC, ru_address(fake, rng))
    d.t("\nАдрес в Германии: ").v(
        LOC,
        f"{rng.choice(('Lindenstraße', 'Bahnhofstr.', 'Goethestraße'))} "
        f"{rng.randint(1, 90)}, {rng.randint(10000, 99999)} "
        f"{rng.choice(('München', 'Köln', 'Hamburg'))}",
    )
    return d.done()


def b_call_card(rng, fake):
    d = Doc().t("Карта вызова СМП № ").v(MRN, f"{dg1(rng, 3)}-{dg(rng, 5)}").t(" от ")
    d.v(DAT, date_val(rng, "ru_time")).t("\nАдрес вызова: ").v(LOC, ru_address(fake, rng))
    d.t(" (строительный вагончик)\nВызывающий: бригадир ").v(
        PER, name_in(cis_parts(rng), "nomn", rng.choice(("sf", "sur")))
    )
    d.t(", тел. ").v(PHO, any_phone_pair(rng)).t("\nБольной: ").v(PER, name_in(cis_parts(rng), "nomn", "sf"))
    d.t(", возраст ~30 лет, документов нет, по-русски не говорит.\nВремя прибытия 14:32. SpO2 94%.")
    return d.done()


def any_phone_pair(rng):
    return rng.choice((phone_ru, phone_foreign))(rng)


def b_sick_leave(rng, fake):
    p = cis_parts(rng) if rng.random() < 0.6 else ru_parts(fake, rng)
    d = Doc().t("ЭЛН № ").v(MRN, eln(rng)).t(" сформирован.\nПолучатель: ").v(PER, name_in(p, "nomn", "full"))
    a, b = date_pair(rng, "ru")
    d.t("\nСНИЛС: ").v(SNI, snils(rng)).t("\nОсвобождение от работы: с ").v(DAT, a)
    d.t(" по ").v(DAT, b).t("\nМесто работы: ООО «Чистый город», ИНН 5024")
    d.t(f"{dg(rng, 6)}\nВрач ").v(PER, name_in(ru_parts(fake, rng), "nomn", "ini_sur"))
    return d.done()


def b_tb_referral(rng, fake):
    p = cis_parts(rng)
    d = (
        Doc()
        .t("НАПРАВЛЕНИЕ № ")
        .v(MRN, f"{dg1(rng, 4)}")
        .t(" (ф. 057/у-04)\nв противотуберкулёзный диспансер\n")
    )
    d.t("Ф.И.О. ").v(PER, name_in(p, "nomn", rng.choice(("full", "sur_ini")))).t(" (")
    d.v(PER, f"{latin(p[0])} {latin(p[1])}").t(")\nГ.р. ").v(DAT, str(rng.randint(1965, 2004))).t("\nАдрес: ")
    d.v(LOC, ru_address(fake, rng)).t("\nДиагноз: A15.0? Rg ОГК от ").v(DAT, date_val(rng, "short"))
    d.t(" — инфильтрат S1-2 справа.\nДата ").v(DAT, date_val(rng, "ru")).t("   Врач ")
    d.v(PER, name_in(ru_parts(fake, rng), "nomn", "ini_sur_sp"))
    return d.done()


def b_hiv_certificate(rng, fake):
    p = cis_parts(rng)
    d = Doc().t("СЕРТИФИКАТ об обследовании на ВИЧ-инфекцию\n№ ").v(MRN, f"{dg1(rng, 2)}/{dg(rng, 6)}")
    d.t("\nВыдан ").v(PER, name_in(p, "datv", "full")).t(",\n").v(DAT, birth(rng, "ru")).t(
        " года рождения,\n"
    )
    d.t("документ: ").v(MRN, foreign_passport(rng)).t("\nДата забора крови: ").v(DAT, date_val(rng, "ru"))
    d.t(", проба № ").v(MRN, accession(rng)).t("\nРезультат ИФА: отрицательный.")
    return d.done()


def b_chinese_card(rng, fake):
    sur, first = rng.choice(
        (("WANG", "LEI"), ("ZHANG", "WEI"), ("LIU", "YANG"), ("CHEN", "XIAOMING"), ("LI", "NA"))
    )
    cyr = {"WANG": "Ван", "ZHANG": "Чжан", "LIU": "Лю", "CHEN": "Чэнь", "LI": "Ли"}[sur]
    cyr_first = {"LEI": "Лэй", "WEI": "Вэй", "YANG": "Ян", "XIAOMING": "Сяомин", "NA": "На"}[first]
    d = Doc().t("姓名 / ФИО: ").v(PER, f"{sur} {first}").t(" / ").v(PER, f"{cyr} {cyr_first}")
    d.t("\n出生日期 / Дата рождения: ").v(DAT, date_val(rng, rng.choice(("cn", "ymd_slash")), 1960, 2004))
    d.t("\n护照号 / Паспорт: ").v(MRN, f"E{dg(rng, 8)}").t("\n电话 / Тел.: ").v(
        PHO, f"+86 13{dg(rng, 1)} {dg(rng, 4)} {dg(rng, 4)}"
    )
    d.t("\n微信 / WeChat: ").v(URLT, f"https://u.wechat.com/{fake.pystr(min_chars=12, max_chars=12)}")
    d.t("\nАдрес в РФ: ").v(LOC, ru_address(fake, rng)).t("\nМедкарта № ").v(MRN, card_no(rng))
    return d.done()


def b_kazakh_bilingual(rng, fake):
    p = cis_parts(rng)
    d = Doc().t("Науқастың аты-жөні / ФИО пациента: ").v(PER, name_in(p, "nomn", "full"))
    d.t("\nТуған күні / Дата рождения: ").v(DAT, date_val(rng, "kz", 1955, 2005))
    d.t("\nЖСН / ИИН (РК): ").v(MRN, dg(rng, 12)).t("\nМекенжайы / Адрес: ").v(
        LOC, foreign_address(rng, ("Казахстан", "Kazakhstan"))
    )
    d.t("\nТелефон: ").v(PHO, f"+7 7{rng.choice(('01', '05', '77'))} {dg(rng, 3)} {dg(rng, 2)} {dg(rng, 2)}")
    d.t("\nАуруханаға түскен күні / Дата поступления: ").v(DAT, date_val(rng, "ru")).t("\nДиагноз: K35.8.")
    return d.done()


def b_turkish_worker(rng, fake):
    sur, first = rng.choice(
        (("Yılmaz", "Mehmet"), ("Demir", "Ayşe"), ("Kaya", "Mustafa"), ("Çelik", "Emre"), ("Şahin", "Elif"))
    )
    d = Doc().t("Adı Soyadı / Имя Фамилия: ").v(PER, f"{first} {sur}").t("\nDoğum tarihi / Дата рождения: ")
    d.v(DAT, date_val(rng, rng.choice(("tr", "ru")), 1960, 2003)).t("\nPasaport No: ").v(
        MRN, f"U{dg(rng, 8)}"
    )
    d.t("\nİşveren / Работодатель: ООО «Ренессанс-Строй»\nCep / Моб.: ").v(
        PHO, f"+90 5{dg(rng, 2)} {dg(rng, 3)} {dg(rng, 2)} {dg(rng, 2)}"
    )
    d.t(" и ").v(PHO, phone_ru(rng)).t("\nYakını / Контакт родственника: ").v(
        PER, f"{rng.choice(('Fatma', 'Ali', 'Zeynep'))} {sur}"
    )
    return d.done()
