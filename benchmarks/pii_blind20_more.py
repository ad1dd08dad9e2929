"""More blind20 blocks: prison and military records, paid care and ДМС, exports, migrants, letters."""

from __future__ import annotations

from benchmarks.pii_blind20_gen import (
    DAT,
    EML,
    FOREIGN_LATIN,
    INN,
    LOC,
    MRN,
    OMS,
    PAS,
    PER,
    PHO,
    SNI,
    URL,
    A,
    D,
    Person,
    R,
    birth,
    date,
    dg,
    dtime,
    enp,
    inn12,
    latin,
    org_inn10,
    pass_number,
    pass_series,
    snils,
    ymd,
)
from benchmarks.pii_blind20_places import FOREIGN_ADDR, address, email, phone
from benchmarks.pii_families import MONTHS_GENT, BlockFamily, Planted

S = "blind20"


def _org(rng: R) -> str:
    return f"ИНН {org_inn10(rng)}, КПП {dg(rng, 9)}, ОГРН 1{dg(rng, 12)}, лицензия Л041-{dg(rng, 5)}-77/{dg(rng, 8)}"


def fsin(rng: R, fake: A) -> Planted:
    p = Person(rng, fake)
    d = D().t(f"ФКУЗ МСЧ-{rng.randint(10, 79)} ФСИН России, филиал «Больница № {rng.randint(1, 3)}»\n")
    d.t("Медицинская карта амбулаторного больного (осуждённого) № ").v(
        MRN, f"{dg(rng, 4)}/{rng.randint(19, 26)}"
    )
    d.t("\nОсуждённый ").v(PER, p.shape(rng, "nomn", "FLX")).t(", ").v(
        DAT, date(rng, birth(rng), rng.choice("ns"))
    )
    d.t(
        f" г.р., ИК-{rng.randint(1, 30)}, отряд № {rng.randint(1, 12)}, ст. 228 ч. 2 УК РФ\nДо ареста проживал: "
    )
    d.v(LOC, address(rng, fake, rng.choice("uUrR"))).t("\nПрибыл этапом ").v(
        DAT, date(rng, None, rng.choice("nw"))
    )
    d.t(" из СИЗО-1. R-графия ОГК от ").v(DAT, date(rng, None, "s")).t(" — очаговые тени S1-2 справа.\n")
    d.t("Анти-ВИЧ положит. (ИБ ").v(DAT, date(rng, None, "n")).t("), направлен в ПТД. Мать ").v(
        PER, Person(rng, fake, "ru", False).shape(rng, "nomn", "FA")
    )
    d.t(" уведомлена, тел. ").v(PHO, phone(rng))
    return d.p()


def military(rng: R, fake: A) -> Planted:
    p = Person(rng, fake, "ru", True)
    d = D().t(f"ФГКУ «{rng.randint(1, 1900)} ВКГ» МО РФ, {rng.randint(1, 5)} хирургическое отделение\n")
    d.t("История болезни № ").v(MRN, f"{dg(rng, 4)}/{rng.choice('ВКГ')}").t(
        "\nВоеннослужащий по контракту, в/ч "
    )
    d.t(f"{dg(rng, 5)}, рядовой ").v(PER, p.shape(rng, "nomn", "FL")).t(", ").v(
        DAT, date(rng, birth(rng), "n")
    ).t(" г.р.\n")
    d.t("Поступил ").v(DAT, dtime(rng)).t(" из ВМедР; огнестрельное ранение правого бедра (S71.1, W34).\n")
    d.t("Жена: ").v(PER, Person(rng, fake, "ru", False).shape(rng, "nomn", "FA")).t(", ").v(
        LOC, address(rng, fake, rng.choice("uUrm"))
    )
    d.t(", ").v(PHO, phone(rng)).t("\nВВК: заключение № ").v(MRN, f"{dg(rng, 3)}/{rng.randint(1, 12)}").t(
        " от "
    ).v(DAT, date(rng, None, "n"))
    return d.p()


def dms_letter(rng: R, fake: A) -> Planted:
    p, cur = Person(rng, fake), Person(rng, fake, "ru")
    d = (
        D()
        .t("ГАРАНТИЙНОЕ ПИСЬМО № ")
        .v(MRN, f"ГП-{rng.randint(2024, 2026)}/{dg(rng, 6)}")
        .t(" от ")
        .v(DAT, date(rng, None, rng.choice("nW")))
    )
    d.t(
        f"\n{rng.choice(('АО «СОГАЗ»', 'ПАО СК «Росгосстрах»', 'САО «РЕСО-Гарантия»', 'АО «АльфаСтрахование»', 'СПАО «Ингосстрах»'))}, {_org(rng)}\nНастоящим гарантируем оплату мед. услуг застрахованному: "
    )
    d.v(PER, p.full("datv")).t(", ").v(DAT, date(rng, birth(rng), "n")).t(" г.р., полис ДМС № ").v(
        MRN, f"{dg(rng, 3)}-{dg(rng, 6)}-{dg(rng, 2)}"
    )
    d.t("\nОбъём: госпитализация, лимит 350 000 руб., МКБ-10 K80.1. Срок действия до ").v(
        DAT, date(rng, None, "n")
    )
    d.t("\nКуратор: ").v(PER, cur.shape(rng, "nomn", "LFA")).t(", тел. ").v(PHO, phone(rng, "C")).t(
        " доб. 2214, "
    ).v(EML, email(rng, cur))
    return d.p()


def paid_contract(rng: R, fake: A) -> Planted:
    p = Person(rng, fake)
    d = (
        D()
        .t("Договор на оказание платных медицинских услуг № ")
        .v(MRN, f"{dg(rng, 5)}-ПМУ")
        .t(" г. Москва, ")
        .v(DAT, date(rng, None, "W"))
    )
    d.t(
        f"\nИсполнитель: ООО «Клиника Здоровье», {_org(rng)}, адрес: г. Москва, ул. Тверская, д. 12\nПотребитель: "
    )
    d.v(PER, p.full()).t("\nПаспорт: серия ").v(PAS, pass_series(rng)).t(
        rng.choice((" № ", " номер ", "\nномер "))
    ).v(PAS, pass_number(rng))
    d.t(", выдан ").v(DAT, date(rng, None, "n")).t("\nАдрес: ").v(LOC, address(rng, fake)).t("\nИНН: ").v(
        INN, inn12(rng, rng.choice((0, 0, 1)))
    )
    d.t("\nТелефон: ").v(PHO, phone(rng)).t(", ").v(PHO, phone(rng, "C"))
    d.t("\nИтого к оплате: 14 850,00 руб. (МРТ ОБП с к/у 9 900, консультация 4 950)")
    return d.p()


def hl7(rng: R, fake: A) -> Planted:
    p = Person(rng, fake)
    y, m, dd = birth(rng)
    my, mm, md = ymd(rng, 2025, 2026)
    d = D().t(f"MSH|^~\\&|LIS|CGE{rng.randint(10, 99)}|RISE|MZ|")
    d.v(DAT, f"{my}{mm:02d}{md:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}")
    d.t(f"||ORU^R01|MSG{dg(rng, 6)}|P|2.5\nPID|1||")
    d.v(MRN, dg(rng, 8)).t("^^^MIS^MR~").v(SNI, snils(rng, 1)).t("^^^PFR^SS~").v(OMS, enp(rng)).t(
        "^^^FOMS^HC||"
    )
    lat = rng.random() < 0.3
    d.v(PER, latin(p.last).upper() if lat else p.L()).t("^").v(PER, latin(p.first).upper() if lat else p.F())
    if p.mid and " " not in p.mid:
        d.t("^").v(PER, latin(p.mid).upper() if lat else p.M())
    d.t("||").v(DAT, f"{y}{m:02d}{dd:02d}").t(f"|{'M' if p.male else 'F'}|||").v(
        LOC, f"{fake.street_title()} {rng.randint(1, 99)}-{rng.randint(1, 99)}"
    )
    d.t("^^").v(LOC, fake.city_name()).t("^^^RUS||").v(PHO, phone(rng, "o"))
    yy, mm, d2 = ymd(rng, 2025, 2026)
    d.t("\nOBR|1|").v(MRN, f"{dg(rng, 10)}").t("||COVID-PCR|||").v(
        DAT, f"{yy}{mm:02d}{d2:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
    )
    d.t("\nOBX|1|ST|94500-6^SARS-CoV-2 RNA||DETECTED|||A|||F")
    return d.p()


def semd_xml(rng: R, fake: A) -> Planted:
    p = Person(rng, fake, "ru")
    d = (
        D()
        .t(
            '<recordTarget><patientRole>\n  <id root="1.2.643.5.1.13.13.12.2.77.7'
            + dg(rng, 3)
            + '.100.1.1.10" extension="'
        )
        .v(MRN, dg(rng, 7))
    )
    d.t('"/>\n  <id root="1.2.643.100.3" extension="').v(SNI, snils(rng, 1)).t(
        '"/>\n  <addr><streetAddressLine>'
    ).v(LOC, address(rng, fake, "U"))
    d.t('</streetAddressLine></addr>\n  <telecom value="tel:').v(PHO, phone(rng, "o")).t(
        '"/>\n  <telecom value="mailto:'
    ).v(EML, email(rng, p))
    d.t('"/>\n  <patient><name><family>').v(PER, p.L()).t("</family><given>").v(PER, p.F()).t(
        "</given><identity:Patronymic>"
    )
    d.v(PER, p.M()).t('</identity:Patronymic></name>\n  <birthTime value="').v(
        DAT, date(rng, birth(rng), "I")
    ).t('"/></patient>\n')
    d.t(
        '</patientRole></recordTarget>\n<code code="60" codeSystem="1.2.643.5.1.13.13.11.1522" displayName="Протокол вакцинации"/>'
    )
    return d.p()


def rare_registry(rng: R, fake: A) -> Planted:
    child, mom = Person(rng, fake, "ru"), Person(rng, fake, "ru", False)
    d = (
        D()
        .t("Регистр лиц с орфанными заболеваниями (ПП № 403) — выписка\nРег. запись: ")
        .v(MRN, f"{rng.randint(1, 92):02d}.{dg(rng, 6)}")
    )
    d.t("\nПациент: ").v(PER, child.full()).t("\nД.р.: ").v(
        DAT, date(rng, birth(rng, True), rng.choice("nws"))
    )
    d.t(
        f"\nДиагноз: {rng.choice(('E84.0 муковисцидоз', 'E75.2 болезнь Гоше', 'D66 гемофилия А', 'G12.0 СМА 1 типа'))}"
    )
    d.t("\nЗаконный представитель: мать ").v(PER, mom.shape(rng, "nomn", "FLA")).t(", СНИЛС ").v(
        SNI, snils(rng)
    )
    d.t("\nСНИЛС ребёнка: ").v(SNI, snils(rng)).t("\nЕНП: ").v(OMS, enp(rng, rng.choice((0, 1, 2))))
    d.t("\nАдрес: ").v(LOC, address(rng, fake, rng.choice("rsumR"))).t("\nТел.: ").v(PHO, phone(rng)).t(
        "; "
    ).v(PHO, phone(rng))
    if rng.random() < 0.6:
        d.t("\nСбор на лечение: ").v(
            URL,
            f"https://{rng.choice(('rusfond.ru/issues', 'podari-zhizn.ru/ru/give-help', 'nuzhnapomosh.ru/funds'))}/{dg(rng, 6)}",
        )
    d.t("\nЛекарственное обеспечение (фонд «Круг добра»): нусинерсен 12 мг интратекально 1 раз в 4 мес.")
    return d.p()


def epid_prose(rng: R, fake: A) -> Planted:
    p, c1, c2 = Person(rng, fake), Person(rng, fake), Person(rng, fake, "ru")
    epi = Person(rng, fake, "ru")
    d = D().t("Акт эпидемиологического расследования очага. Заболевший ").v(PER, p.shape(rng, "nomn", "FL"))
    d.t(" заболел ").v(DAT, date(rng, None, rng.choice("rwn"))).t(", проживает в общежитии по адресу ").v(
        LOC, address(rng, fake, rng.choice("umU"))
    )
    d.t(". В комнате также проживают ").v(PER, c1.shape(rng, "nomn", "FLN")).t(" и ").v(
        PER, c2.shape(rng, "nomn", "FA")
    )
    d.t(f"; с {rng.randint(2, 4)} контактными связаться не удалось. С ").v(PER, c1.shape(rng, "ablt", "LN"))
    d.t(" беседа проведена по телефону ").v(PHO, phone(rng, rng.choice("mf"))).t(
        ". Работает на стройке, прораб "
    ).v(PER, Person(rng, fake, "ru", True).shape(rng, "nomn", "AMN"))
    d.t(". Вакцинация против кори: ").v(DAT, date(rng, None, "p")).t(" (со слов). Расследование провела ").v(
        PER, epi.shape(rng, "nomn", "LIN")
    ).t(".")
    return d.p()


def migrant_cert(rng: R, fake: A) -> Planted:
    last, first = rng.choice(FOREIGN_LATIN)
    d = D().t(
        "МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ об отсутствии (наличии) инфекционных заболеваний, представляющих опасность для окружающих\n"
    )
    d.t("№ ").v(MRN, f"{rng.randint(1, 92):02d}-{dg(rng, 7)}").t(" от ").v(
        DAT, date(rng, None, rng.choice("nwo"))
    )
    p = Person(rng, fake, "other")
    d.t("\nФИО (кириллицей): ").v(PER, p.full()).t("\nФИО (латиницей): ").v(
        PER, f"{last} {first}" if rng.random() < 0.5 else latin(p.full()).upper()
    )
    d.t("\nДата рождения: ").v(DAT, date(rng, birth(rng), rng.choice("ny"))).t(
        "   Гражданство: иностранное\nАдрес в стране проживания: "
    )
    d.v(LOC, rng.choice(FOREIGN_ADDR)).t("\nАдрес пребывания в РФ: ").v(
        LOC, address(rng, fake, rng.choice("uUm"))
    ).t("\nТелефон: ").v(PHO, phone(rng, rng.choice("mf")))
    d.t(
        "\nФлюорография: без патологии; ИФА ВИЧ отр.; RW отр.; лепра — не выявлено.\nПисьмо ГУ МВД: исх. № 12/7-4410 (не ИД пациента)"
    )
    return d.p()


def lab_referral(rng: R, fake: A) -> Planted:
    p = Person(rng, fake)
    d = D().t(
        f"НАПРАВЛЕНИЕ на исследование образцов крови в ИФА на ВИЧ (ф. 264/у-88)\nКод контингента: {rng.choice(('102', '109', '113', '118', '120'))}\n"
    )
    d.t("Штрих-код пробирки: ").v(MRN, dg(rng, 10)).t("\nФамилия И.О.: ").v(PER, p.shape(rng, "nomn", "LS"))
    d.t("\nДата рожд.: ").v(DAT, date(rng, birth(rng), rng.choice("nsIo"))).t("\nАдрес: ").v(
        LOC, address(rng, fake)
    )
    d.t("\nДата забора: ").v(DAT, date(rng, None, "n")).t("  Время: 08:30  Кровь 5 мл\nНаправивший врач: ").v(
        PER, Person(rng, fake, "ru").shape(rng, "nomn", "LI")
    )
    return d.p()


def phonogram(rng: R, fake: A) -> Planted:
    sender, taker = Person(rng, fake, "ru"), Person(rng, fake, "ru")
    p = Person(rng, fake)
    d = (
        D()
        .t("ТЕЛЕФОНОГРАММА № ")
        .v(MRN, f"{dg(rng, 3)}/{rng.randint(1, 12)}")
        .t("\nДата, время: ")
        .v(DAT, dtime(rng))
    )
    d.t("\nПередал: ").v(PER, sender.shape(rng, "nomn", "LIA")).t(" (тел. ").v(PHO, phone(rng, "c")).t(
        ", "
    ).v(PHO, phone(rng, "m"))
    d.t(")\nПринял: ").v(PER, taker.shape(rng, "nomn", "LIN")).t("\nТекст: в ИКБ доставлен(а) ").v(
        PER, p.shape(rng, "nomn", "FL")
    )
    d.t(", ").v(DAT, date(rng, birth(rng), "n")).t(
        " г.р., с подозрением на менингококковую инфекцию (A39.0). Проживает "
    )
    d.v(LOC, address(rng, fake)).t(". Посещает ДОУ № 87, группа «Солнышко».")
    return d.p()


def tb_letter(rng: R, fake: A) -> Planted:
    pt = Person(rng, fake)
    d = (
        D()
        .t(f"Главному врачу ГБУЗ «ГП № {rng.randint(1, 220)}»\nИсх. № 01-12/{dg(rng, 4)} от ")
        .v(DAT, date(rng, None, "n"))
    )
    d.t("\nВ связи с выявлением у ").v(PER, pt.full("gent")).t(" (").v(DAT, date(rng, birth(rng), "n"))
    d.t(") туберкулёза органов дыхания, МБТ+, прошу обследовать контактных лиц:\n")
    for i in range(rng.randint(2, 3)):
        c = Person(rng, fake)
        d.t(f"{i + 1}) ").v(PER, c.shape(rng, "nomn", "FL")).t(rng.choice((", ", " — "))).v(
            DAT, date(rng, birth(rng), rng.choice("nsw"))
        )
        d.t(", ").v(LOC, address(rng, fake, rng.choice("uFm"))).t(", тел. ").v(PHO, phone(rng)).t(";\n")
    d.t("Результаты направить на ").v(
        EML, f"ptd{rng.randint(1, 9)}.epid@zdrav.{rng.choice(('spb', 'mos', 'tatar'))}.ru"
    ).t(" (адрес диспансера).\n")
    d.t("Заведующий диспансерным отделением ").v(PER, Person(rng, fake, "ru").shape(rng, "nomn", "IL"))
    return d.p()


def dicom(rng: R, fake: A) -> Planted:
    p = Person(rng, fake)
    y, m, dd = birth(rng)
    sy, sm, sd = ymd(rng, 2024, 2026)
    last = latin(p.last).upper() if rng.random() < 0.5 else p.last
    first = latin(p.first).upper() if last.isascii() else p.first
    d = D().t("(0010,0010) PN PatientName: ").v(PER, last).t("^").v(PER, first)
    d.t("\n(0010,0020) LO PatientID: ").v(MRN, f"{rng.choice(('', 'KT', 'MR'))}{dg(rng, 7)}").t(
        "\n(0010,0030) DA PatientBirthDate: "
    ).v(DAT, f"{y}{m:02d}{dd:02d}")
    d.t(f"\n(0010,0040) CS PatientSex: {'M' if p.male else 'F'}\n(0008,0020) DA StudyDate: ").v(
        DAT, f"{sy}{sm:02d}{sd:02d}"
    )
    d.t("\n(0008,0030) TM StudyTime: 101512\n(0008,0050) SH AccessionNumber: ").v(MRN, f"A{sy}{dg(rng, 6)}")
    d.t(
        f"\n(0008,0080) LO InstitutionName: GBUZ GKB {rng.randint(1, 70)} DZM\n(0018,0050) DS SliceThickness: 1.25\n(0008,0090) PN ReferringPhysicianName: "
    )
    r = Person(rng, fake, "ru")
    d.v(PER, latin(r.last).upper()).t("^").v(PER, latin(r.first).upper())
    return d.p()


def prison_transfer(rng: R, fake: A) -> Planted:
    p = Person(rng, fake)
    d = D().t("Переводной эпикриз (для направления в ЛИУ-").t(f"{rng.randint(1, 20)})\n")
    d.v(PER, p.L().upper()).t(" ").v(PER, f"{p.F()} {p.M()}".strip()).t(", ").v(
        DAT, date(rng, birth(rng), "n")
    ).t(" г.р.\n")
    d.t("Паспорт: ").v(PAS, pass_series(rng, False)).t(rng.choice((" ", "\n"))).v(PAS, pass_number(rng)).t(
        "   СНИЛС: "
    ).v(SNI, snils(rng, rng.choice((0, 1))))
    d.t("\nНаходился в больнице с ").v(DAT, date(rng, None, "n")).t(" по ").v(DAT, date(rng, None, "n"))
    d.t(". Диагноз: B20.7, A15.0; вирусный гепатит С (B18.2). АРВТ: DTG 50 мг 1 р/д в 08:00.\nЛечащий врач ")
    d.v(PER, Person(rng, fake, "ru").shape(rng, "nomn", "LI")).t(". Начальник филиала ").v(
        PER, Person(rng, fake, "ru").shape(rng, "nomn", "IL")
    )
    return d.p()


def dms_invoice(rng: R, fake: A) -> Planted:
    p = Person(rng, fake)
    y, m, dd = ymd(rng, 2025, 2026)
    d = (
        D()
        .t(f"СЧЁТ-РЕЕСТР № {dg(rng, 4)} от ")
        .v(DAT, f"{dd} {MONTHS_GENT[m - 1]} {y} г.")
        .t(f" (сводный, по договору со страховщиком)\n{_org(rng)}\n")
    )
    d.t("Пациент: ").v(PER, p.shape(rng, "nomn", "LFX")).t("; полис ДМС ").v(
        MRN, f"{rng.choice(('ДМС', 'VZR', 'Z'))}-{dg(rng, 8)}"
    )
    d.t("; карта пациента ").v(MRN, dg(rng, 6)).t("\n№ | дата | код услуги | наименование | кол-во | сумма\n")
    for i in range(rng.randint(2, 4)):
        d.t(f"{i + 1} | ").v(DAT, date(rng, None, rng.choice("ns"))).t(
            f" | A{rng.randint(1, 26):02d}.{dg(rng, 2)}.{dg(rng, 3)} | "
        )
        d.t(rng.choice(("приём терапевта", "ОАК", "УЗИ ЩЖ", "ЭКГ")) + f" | 1 | {rng.randint(9, 60)}00,00\n")
    d.t("Ссылка на личный кабинет пациента: ").v(
        URL,
        f"https://lk.{rng.choice(('medsi', 'klinika-zdorovie', 'doc-plus'))}.ru/p/{dg(rng, 8)}?t={latin(p.first).lower()}",
    )
    return d.p()


def tax_certificate(rng: R, fake: A) -> Planted:
    payer = Person(rng, fake, "ru")
    child = Person(rng, fake, "ru")
    child.last = payer.last if payer.male == child.male else child.last
    y = rng.randint(2022, 2025)
    d = D().t("СПРАВКА об оплате медицинских услуг для представления в налоговый орган № ")
    d.v(MRN, f"{dg(rng, 4)}/{y}").t(f"\n{_org(rng)}\n")
    d.t("Налогоплательщик: ").v(PER, payer.full()).t("\nИНН налогоплательщика: ").v(
        INN, inn12(rng, rng.choice((0, 0, 1, 2)))
    )
    d.t("\nДата рождения налогоплательщика: ").v(DAT, date(rng, birth(rng), "n"))
    if rng.random() < 0.5:
        d.t("\nПациент (сын/дочь): ").v(PER, child.full()).t(", дата рождения ").v(
            DAT, date(rng, birth(rng, True), "n")
        )
        d.t(", ИНН ").v(INN, inn12(rng))
    else:
        d.t("\nПациент — налогоплательщик")
    d.t(f"\nСтоимость услуг: {rng.randint(5, 95)} 400 руб. 00 коп., код услуги 01; дата оплаты ").v(
        DAT, date(rng, None, "n")
    )
    d.t(f"\nВыдана в {y + 1} году. Серия документа НВ")
    return d.p()


B = BlockFamily
BLIND20_MORE: list[BlockFamily] = [
    B("b20_fsin_medcard", S, fsin),
    B("b20_military_hospital", S, military),
    B("b20_dms_guarantee_letter", S, dms_letter),
    B("b20_paid_services_contract", S, paid_contract),
    B("b20_hl7_oru_registry", S, hl7),
    B("b20_semd_xml_header", S, semd_xml),
    B("b20_orphan_registry", S, rare_registry),
    B("b20_epid_investigation_prose", S, epid_prose),
    B("b20_migrant_med_conclusion", S, migrant_cert),
    B("b20_hiv_lab_referral_264", S, lab_referral),
    B("b20_phonogram_ikb", S, phonogram),
    B("b20_tb_contacts_letter", S, tb_letter),
    B("b20_dicom_header", S, dicom),
    B("b20_prison_transfer_epicrisis", S, prison_transfer),
    B("b20_dms_invoice_register", S, dms_invoice),
    B("b20_tax_deduction_certificate", S, tax_certificate),
]
