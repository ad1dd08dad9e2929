"""Document blocks of the blind20 split: notifications, registries, pathology, death, donors, trials."""

from __future__ import annotations

from benchmarks.pii_blind20_gen import (
    DAT,
    EML,
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
    latin,
    pass_number,
    pass_series,
    snils,
    ymd,
)
from benchmarks.pii_blind20_places import address, email, phone
from benchmarks.pii_families import BlockFamily, Planted

S = "blind20"
ICD = ("A15.0", "A16.2", "B05.9", "A39.0", "B20.7", "A01.0", "B15.9", "A37.0", "B01.9", "A08.0", "J12.8")
ONKO = ("C50.4", "C34.1", "C18.7", "C61", "C16.2", "C64", "C73", "C43.5")


def f058(rng: R, fake: A) -> Planted:
    p, who = Person(rng, fake), Person(rng, fake, "ru")
    d = D().t("ЭКСТРЕННОЕ ИЗВЕЩЕНИЕ об инфекционном заболевании (ф. 058/у)\n")
    d.t(f"1. Диагноз: {rng.choice(ICD)}, подтверждён лабораторно\n2. Фамилия, имя, отчество: ").v(
        PER, p.full()
    )
    d.t("\n3. Пол: " + ("муж." if p.male else "жен.") + "   4. Дата рождения: ").v(
        DAT, date(rng, birth(rng), rng.choice("nnsw"))
    )
    d.t("\n5. Адрес, населенный пункт: ").v(LOC, address(rng, fake, rng.choice("uUrmR")))
    d.t(
        f"\n   улица, дом, кв. — см. выше\n6. Место работы: {rng.choice(('ООО «Агрофирма Заря»', 'АО «Птицефабрика Северная»', 'МБДОУ д/с № 41', 'ООО «Вектор-Строй»', 'рынок «Садовод»'))}, цех № 3\n"
    )
    t0 = ymd(rng, 2025, 2026)
    d.t("7. Даты: заболевания ").v(DAT, date(rng, t0, "n")).t("; первичного обращения ").v(
        DAT, date(rng, None, "s")
    )
    d.t("; установления диагноза ").v(DAT, date(rng, None, "n")).t(
        "\n8. Госпитализирован в ГБУЗ «ИКБ № 2», отд. 4, бокс 7\n"
    )
    d.t("9. Дата и час первичной сигнализации в СЭС: ").v(DAT, dtime(rng))
    d.t("\n10. Фамилия сообщившего: ").v(PER, who.shape(rng, "nomn", "LN")).t(", тел. ").v(
        PHO, phone(rng, rng.choice("cC"))
    )
    d.t("\n11. Кто принял сообщение: ").v(PER, Person(rng, fake, "ru").shape(rng, "nomn", "IL")).t(
        f", рег. № {rng.randint(1, 400)} в журнале ф. 060/у"
    )
    return d.p()


def contacts_table(rng: R, fake: A) -> Planted:
    d = D().t(f"Список лиц, контактировавших с больным ({rng.choice(ICD)}), очаг № {rng.randint(1, 90)}\n")
    sep = rng.choice((" | ", "\t", "; "))
    d.t(
        sep.join(("№", "ФИО", "Дата рожд.", "Адрес", "Место работы/учёбы", "Телефон", "Дата контакта")) + "\n"
    )
    for i in range(rng.randint(2, 4)):
        c = Person(rng, fake)
        d.t(f"{i + 1}{sep}").v(PER, c.shape(rng, "nomn", "FL")).t(sep).v(
            DAT, date(rng, birth(rng), rng.choice("nns"))
        )
        d.t(sep).v(LOC, address(rng, fake, rng.choice("uumF"))).t(
            sep + rng.choice(("МБОУ СОШ № 14", "пенсионер", "ИП, рынок «Восток»", "не работает"))
        )
        d.t(sep).v(PHO, phone(rng, rng.choice("mMf"))).t(sep).v(DAT, date(rng, None, rng.choice("nr"))).t(
            "\n"
        )
    d.t("Составил: помощник эпидемиолога ").v(PER, Person(rng, fake, "ru").shape(rng, "nomn", "LI"))
    return d.p()


def tb_card(rng: R, fake: A) -> Planted:
    p = Person(rng, fake)
    d = (
        D()
        .t("Медицинская карта больного туберкулёзом, ф. 081/у\nКарта № ")
        .v(MRN, f"{dg(rng, 4)}-ТБ/{rng.randint(19, 26)}")
    )
    d.t("\nФамилия ").v(PER, p.L()).t("  Имя ").v(PER, p.F())
    if p.mid:
        d.t("  Отчество ").v(PER, p.M())
    d.t("\nДата рожд. ").v(DAT, date(rng, birth(rng), "n")).t("   СНИЛС ").v(SNI, snils(rng))
    d.t("\nАдрес ").v(LOC, address(rng, fake)).t(
        "\nГруппа ДУ: IA, МБТ+ (ЛУ: H, R), CD4 не опр.\nВзят на учёт "
    )
    d.t(rng.choice(("", " "))).v(DAT, date(rng)).t(
        f"; ВК № {rng.randint(10, 99)} (протокол ЦВКК, не ИД пациента)\n"
    )
    d.t("Режим химиотерапии IV: Bq 400 мг, Lzd 600 мг, приём в 09:00 под контролем.\nТелефон: ").v(
        PHO, phone(rng)
    )
    return d.p()


def hiv_extract(rng: R, fake: A) -> Planted:
    p = Person(rng, fake)
    b = birth(rng)
    d = (
        D()
        .t("Выписка из регистра лиц, инфицированных ВИЧ\nУникальный номер записи: ")
        .v(MRN, f"{rng.randint(1, 92):02d}{dg(rng, 7, False)}")
    )
    d.t("\nКод пациента (по ф. 266/у): ").v(
        MRN, f"{latin(p.last[:3]).upper()}{b[2]:02d}{b[1]:02d}{b[0] % 100:02d}"
    )
    d.t("\nФ.И.О.: ").v(PER, p.shape(rng, "nomn", "FX")).t("\nДата рождения: ").v(
        DAT, date(rng, b, rng.choice("nio"))
    )
    d.t("\nСНИЛС: ").v(SNI, snils(rng)).t("   Полис: ").v(OMS, enp(rng, rng.choice((0, 1))))
    d.t("\nДата установления диагноза: ").v(DAT, date(rng)).t(
        "\nСтадия 4А, фаза прогрессирования; CD4 312 кл/мкл (19 %), ВН 1 240 коп/мл\n"
    )
    d.t("АРВТ: TDF+3TC+DTG с 2021 года. Контакты: половой партнёр ").v(
        PER, Person(rng, fake).shape(rng, "nomn", "FA")
    )
    d.t(", тел. ").v(PHO, phone(rng))
    return d.p()


def cancer_registry(rng: R, fake: A) -> Planted:
    p = Person(rng, fake, "ru")
    d = D().t("Извещение о больном с впервые в жизни установленным диагнозом ЗНО (ф. 090/у)\n")
    d.t("Рег. номер канцер-регистра: ").v(MRN, f"{rng.randint(1, 92):02d}-{dg(rng, 6)}-{rng.randint(19, 26)}")
    d.t("\n").v(PER, p.full().upper()).t(", ").v(DAT, date(rng, birth(rng), "n")).t(
        " г.р.\nМесто жительства: "
    ).v(LOC, address(rng, fake, rng.choice("UrRu")))
    d.t(f"\nДиагноз: {rng.choice(ONKO)} T{rng.randint(1, 4)}N{rng.randint(0, 2)}M0, ст. II; гистология № ")
    d.t("").v(MRN, f"{dg(rng, 5)}/{rng.randint(21, 26)}").t("\nДата установления: ").v(
        DAT, date(rng, None, rng.choice("nwi"))
    )
    d.t("\nСНИЛС ").v(SNI, snils(rng)).t("; ЕНП ").v(OMS, enp(rng))
    d.t("\nИзвещение заполнил: врач-онколог ").v(PER, Person(rng, fake, "ru").shape(rng, "nomn", "LI"))
    return d.p()


def histology(rng: R, fake: A) -> Planted:
    p = Person(rng, fake)
    y = rng.randint(2023, 2026)
    d = D().t("ПРОТОКОЛ прижизненного патолого-анатомического исследования (ф. 014-1/у)\n")
    d.t("Регистрационный № ").v(MRN, f"{rng.choice('ГБЦ')}{dg(rng, 5)}-{y % 100}").t("   Направление № ").v(
        MRN, dg(rng, 7)
    )
    d.t("\nПациент: ").v(PER, p.shape(rng, "nomn", "FLI")).t(", дата рождения ").v(
        DAT, date(rng, birth(rng), "s")
    )
    d.t("\nИБ/АК: ").v(MRN, f"{dg(rng, 5)}/{y}").t("\nМатериал поступил: ").v(DAT, dtime(rng))
    d.t(
        f"\nМакроописание: {rng.randint(2, 6)} фрагмента 0,3–0,8 см; маркировка {rng.randint(1, 3)}а–{rng.randint(4, 6)}б\n"
    )
    d.t(
        f"Заключение: умереннодифференцированная аденокарцинома (8140/3), {rng.choice(ONKO)}.\nВрач-патологоанатом "
    )
    d.v(PER, Person(rng, fake, "ru").shape(rng, "nomn", "LIF")).t("\nДата: ").v(DAT, date(rng, None, "n"))
    return d.p()


def forensic(rng: R, fake: A) -> Planted:
    p = Person(rng, fake)
    d = D().t("ЗАКЛЮЧЕНИЕ ЭКСПЕРТА № ").v(MRN, f"{dg(rng, 3)}/{rng.randint(1, 9)}-{rng.randint(2023, 2026)}")
    d.t(" (экспертиза трупа)\nНа основании постановления следователя ").v(
        PER, Person(rng, fake, "ru").shape(rng, "gent", "LI")
    )
    d.t(" от ").v(DAT, date(rng, None, "w")).t(" государственный судебно-медицинский эксперт ").v(
        PER, Person(rng, fake, "ru").shape(rng, "nomn", "FL")
    )
    d.t(" произвёл экспертизу трупа ").v(PER, p.full("gent")).t(", ").v(DAT, date(rng, birth(rng), "n"))
    d.t(" г.р., проживавшего по адресу: ").v(LOC, address(rng, fake)).t(
        ".\nДата и время смерти (со слов): "
    ).v(DAT, dtime(rng))
    d.t(".\nОпознание проведено сестрой умершего ").v(
        PER, Person(rng, fake, "ru", male=False).shape(rng, "ablt", "FA")
    )
    d.t(". Этанол в крови 2,4 ‰, ЭКГ-ленты не прилагаются. Шифр МКБ: T71, X70.")
    return d.p()


def death_106(rng: R, fake: A) -> Planted:
    p, rel = Person(rng, fake), Person(rng, fake)
    d = (
        D()
        .t("МЕДИЦИНСКОЕ СВИДЕТЕЛЬСТВО О СМЕРТИ (ф. 106/у)\nСерия ")
        .v(MRN, f"{rng.randint(1, 92):02d} {rng.randint(1, 9)}")
    )
    d.t(" № ").v(MRN, dg(rng, 6, False)).t("   Дата выдачи ").v(DAT, date(rng, None, rng.choice("nW")))
    d.t("\n1. Фамилия, имя, отчество умершего: ").v(PER, p.full()).t(
        "\n2. Пол: " + ("мужской" if p.male else "женский")
    )
    d.t("\n3. Дата рождения: ").v(DAT, date(rng, birth(rng), rng.choice("nw"))).t("\n4. Дата смерти: ").v(
        DAT, dtime(rng)
    )
    d.t("\n5. Регистрация по месту жительства: ").v(LOC, address(rng, fake, rng.choice("uUrsF")))
    d.t(f"\n6. Смерть наступила: в стационаре (ГБУЗ ГКБ № {rng.randint(1, 70)})\n")
    d.t("19. Причины смерти: а) I21.0, б) I25.1, в) E11.7; II. N18.4. Период: 3 ч / 10 лет\n")
    d.t("Врач (фельдшер): ").v(PER, Person(rng, fake, "ru").shape(rng, "nomn", "LI")).t("\nПолучатель: ").v(
        PER, rel.shape(rng, "nomn", "FL")
    )
    d.t(", документ: паспорт серия ").v(PAS, pass_series(rng)).t(" номер ").v(PAS, pass_number(rng))
    return d.p()


def donor_card(rng: R, fake: A) -> Planted:
    p = Person(rng, fake)
    d = (
        D()
        .t("Учётная карточка донора (ф. 405-05/у)\nРег. № донора: ")
        .v(MRN, f"{rng.choice(('Д', 'D', ''))}{dg(rng, 7, False)}")
    )
    d.t("\nФИО: ").v(PER, p.shape(rng, "nomn", "FX")).t("\nДата рождения: ").v(
        DAT, date(rng, birth(rng), rng.choice("nsy"))
    )
    d.t("\nДокумент: паспорт РФ ").v(PAS, f"{pass_series(rng)} {pass_number(rng)}").t("\nСНИЛС ").v(
        SNI, snils(rng)
    )
    d.t("\nАдрес регистрации: ").v(LOC, address(rng, fake)).t("\nТел.: ").v(PHO, phone(rng)).t(
        ", e-mail: "
    ).v(EML, email(rng, p))
    d.t(f"\nГруппа крови B(III) Rh+, Kell-; Hb {rng.randint(125, 165)} г/л\nДонация: цельная кровь 450 мл, ")
    d.v(DAT, date(rng)).t(
        f"; следующая не ранее чем через 60 дней. Код донации {rng.choice(('не указан', 'см. этикетку'))}."
    )
    return d.p()


def transfusion(rng: R, fake: A) -> Planted:
    p = Person(rng, fake)
    d = (
        D()
        .t("Протокол переливания донорской крови и (или) её компонентов\nИБ № ")
        .v(MRN, f"{dg(rng, 5)}-{rng.choice('СХТ')}")
    )
    d.t("  Отделение реанимации, койка 6\nРеципиент: ").v(PER, p.shape(rng, "nomn", "FL")).t(", ")
    d.v(DAT, date(rng, birth(rng), "n")).t(" г.р.\nДата и время начала трансфузии: ").v(DAT, dtime(rng))
    d.t("\nКомпонент: эр. взвесь обедн. лейкоцитами, 280 мл, A(II) Rh-, годна до ").v(
        DAT, date(rng, None, "n")
    )
    d.t("\nПроба на совместимость — совместима. Биологическая проба 3×10 мл.\nПереливание провёл(а): ")
    d.v(PER, Person(rng, fake, "ru").shape(rng, "nomn", "LI")).t("; м/с ").v(
        PER, Person(rng, fake, "ru", male=False).shape(rng, "nomn", "NLM")
    )
    return d.p()


def waitlist_csv(rng: R, fake: A) -> Planted:
    d = D().t("id;fio;dob;abo;organ;region;phone;listed\n")
    for _ in range(rng.randint(2, 4)):
        p = Person(rng, fake)
        d.v(MRN, f"WL-{rng.randint(2018, 2026)}-{dg(rng, 4)}").t(";").v(PER, p.full()).t(";").v(
            DAT, date(rng, birth(rng), "i")
        )
        d.t(f";{rng.choice(('O', 'A', 'B', 'AB'))};{rng.choice(('почка', 'печень', 'сердце'))};")
        d.t(rng.choice(("", "г. "))).v(LOC, fake.city_name()).t(";").v(PHO, phone(rng, "M")).t(";").v(
            DAT, date(rng, None, "i")
        ).t("\n")
    return d.p()


def screening_log(rng: R, fake: A) -> Planted:
    site = rng.randint(1, 40)
    d = D().t(
        f"SCREENING LOG — протокол XYZ-{dg(rng, 3)}, центр {site:03d}\nСкрин. №\tДата ИС\tДата рожд.\tРезультат\n"
    )
    for _ in range(rng.randint(2, 4)):
        d.v(MRN, f"{site:03d}-{dg(rng, 3, False)}").t("\t").v(DAT, date(rng, None, rng.choice("nik")))
        d.t("\t").v(DAT, date(rng, birth(rng), rng.choice("mp"))).t(
            "\t" + rng.choice(("включён", "скрин-неудача (крит. 7)", "отзыв согласия")) + "\n"
        )
    d.t("Исследователь: ").v(PER, Person(rng, fake, "ru").shape(rng, "nomn", "LI")).t("   Подпись/дата: ").v(
        DAT, date(rng, None, "i")
    )
    return d.p()


def crf_json(rng: R, fake: A) -> Planted:
    inv, p = Person(rng, fake, "ru"), Person(rng, fake)
    d = (
        D()
        .t('{"study": "RU-ONC-0' + str(rng.randint(10, 99)) + '", "subject": "')
        .v(MRN, f"{rng.randint(1, 30):02d}-{dg(rng, 4)}")
    )
    d.t('", "visit": "V' + str(rng.randint(1, 9)) + '", "visit_date": "').v(DAT, date(rng, None, "i"))
    d.t('", "dob": "').v(DAT, date(rng, birth(rng), rng.choice("im")))
    d.t('", "ae": [{"term": "нейтропения", "grade": 3, "onset": "').v(DAT, date(rng, None, "i"))
    d.t('", "dose_mg": 175}], "investigator": "').v(PER, inv.shape(rng, "nomn", "LIF"))
    d.t('", "sae_contact": "').v(EML, email(rng, p)).t('", "emergency_name": "').v(
        PER, p.shape(rng, "nomn", "FAL")
    ).t('"}')
    return d.p()


def vacc_register(rng: R, fake: A) -> Planted:
    d = D().t("Журнал учёта профилактических прививок (ф. 064/у), ФАП ")
    d.t(f"№ {rng.randint(1, 20)}\n")
    vac = (("Гам-КОВИД-Вак", "I"), ("АДС-М", "R"), ("ЖКВ", "V1"), ("Гриппол плюс", "V"), ("Вактривир", "V2"))
    for _ in range(rng.randint(2, 4)):
        p = Person(rng, fake)
        v, kind = rng.choice(vac)
        d.v(DAT, date(rng, None, rng.choice("ns"))).t(" | ").v(PER, p.shape(rng, "nomn", "FLN")).t(", ")
        d.v(DAT, date(rng, birth(rng), rng.choice("nsm"))).t(" | ").v(
            LOC, address(rng, fake, rng.choice("Rmup"))
        )
        d.t(f" | {v} {kind}, серия {rng.choice('ABКМ')}{dg(rng, 5)}, 0,5 мл в/м | м/с ").v(
            PER, Person(rng, fake, "ru", False).L()
        ).t("\n")
    return d.p()


def vacc_cert(rng: R, fake: A) -> Planted:
    p = Person(rng, fake, "ru")
    d = (
        D()
        .t("Сертификат о профилактических прививках\n")
        .v(PER, latin(f"{p.last} {p.first}").upper())
        .t(" / ")
        .v(PER, p.full())
    )
    d.t("\nДата рождения / Date of birth: ").v(DAT, date(rng, birth(rng), "n")).t("\nПаспорт: ").v(
        PAS, f"{pass_series(rng)} {pass_number(rng)}"
    )
    d.t("\nСНИЛС: ").v(SNI, snils(rng, 0)).t("\nВакцинация завершена: ").v(
        DAT, date(rng, None, rng.choice("nw"))
    )
    d.t("\nПроверка: ").v(
        URL, f"https://www.gosuslugi.ru/covid-cert/verify/9{dg(rng, 15)}?lang=ru&ck={dg(rng, 8)}"
    )
    return d.p()


def mortality_csv(rng: R, fake: A) -> Planted:
    d = D().t(
        "# Росстат, погибшие/умершие, выгрузка для анализа (обезличить!)\nnum,mss,sex,dob,dod,residence,icd_a,icd_b\n"
    )
    for i in range(rng.randint(2, 4)):
        d.t(f"{i + 1},").v(MRN, f"{rng.randint(1, 92):02d}{rng.randint(1, 9)}{dg(rng, 6, False)}").t(
            f",{rng.choice('МЖ')},"
        )
        d.v(DAT, date(rng, birth(rng), "n")).t(",").v(DAT, date(rng, None, rng.choice("nt"))).t(',"').v(
            LOC, address(rng, fake, rng.choice("uRrF"))
        )
        d.t(
            f'",{rng.choice(("I21.9", "J18.9", "C34.9", "U07.1", "X42"))},{rng.choice(("I10", "E11.9", "-"))}\n'
        )
    return d.p()


B = BlockFamily
BLIND20_DOCS: list[BlockFamily] = [
    B("b20_f058_notification", S, f058),
    B("b20_epid_contacts_table", S, contacts_table),
    B("b20_tb_card_081", S, tb_card),
    B("b20_hiv_registry_extract", S, hiv_extract),
    B("b20_cancer_registry_090", S, cancer_registry),
    B("b20_histology_protocol", S, histology),
    B("b20_forensic_expert", S, forensic),
    B("b20_death_cert_106", S, death_106),
    B("b20_donor_card", S, donor_card),
    B("b20_transfusion_protocol", S, transfusion),
    B("b20_transplant_waitlist_csv", S, waitlist_csv),
    B("b20_trial_screening_log", S, screening_log),
    B("b20_trial_crf_json", S, crf_json),
    B("b20_vacc_register_064", S, vacc_register),
    B("b20_vacc_certificate", S, vacc_cert),
    B("b20_mortality_linelist_csv", S, mortality_csv),
]
