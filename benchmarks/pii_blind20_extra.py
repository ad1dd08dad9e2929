"""Extra blind20 content: scanned forms with boxes and OCR noise, exports, SAE narratives, e-mails."""

from __future__ import annotations

from benchmarks.pii_blind20_gen import (
    DAT,
    EML,
    INN,
    LOC,
    MRN,
    OMS,
    PAS,
    PER,
    PHO,
    SNI,
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
    pass_number,
    pass_series,
    snils,
    ymd,
)
from benchmarks.pii_blind20_places import FOREIGN_ADDR, address, email, phone
from benchmarks.pii_families import BlockFamily, Family, Planted

S = "blind20"
MON_EN = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def en_date(rng: R, t: tuple[int, int, int] | None = None) -> str:
    y, m, d = t or ymd(rng)
    return rng.choice(
        (
            f"{d:02d}-{MON_EN[m - 1]}-{y}",
            f"{d:02d}{MON_EN[m - 1]}{y}",
            f"{d} {MON_EN[m - 1].title()} {y}",
            f"{MON_EN[m - 1].title()} {d}, {y}",
            f"UNK-{MON_EN[m - 1]}-{y}",
        )
    )


def boxed(s: str, rng: R) -> str:
    sep = rng.choice((" ", "|", "  "))
    return sep.join(s)


def _en_date(rng: R, fake: A, case: str) -> str:
    return en_date(rng)


def _sample_no(rng: R, fake: A, case: str) -> str:
    y = rng.randint(22, 26)
    return rng.choice(
        (
            f"{dg(rng, 2)}-{dg(rng, 6)}",
            f"M{y}-{dg(rng, 5)}",
            f"{dg(rng, 9)}",
            f"ПЦР/{dg(rng, 4)}/{y}",
            f"KDL {dg(rng, 4)} {dg(rng, 4)}",
        )
    )


def _relative(rng: R, fake: A, case: str) -> str:
    return Person(rng, fake).shape(rng, case, "FAL")


def _snils_noisy(rng: R, fake: A, case: str) -> str:
    v = snils(rng, rng.choice((0, 1, 2, 3)))
    return v.replace("-", " - ", 1) if rng.random() < 0.2 else v


def _oms_old(rng: R, fake: A, case: str) -> str:
    ser = rng.choice(("ЯА", "ВТ", "МО", "КАЗ", "РТ", "77"))
    return rng.choice(
        (f"{ser} {dg(rng, 7)}", f"{ser} № {dg(rng, 8)}", f"{ser}-{dg(rng, 6)}", enp(rng, rng.choice((0, 1))))
    )


def _inn_noisy(rng: R, fake: A, case: str) -> str:
    return inn12(rng, rng.choice((0, 0, 1, 2)))


EXTRA_SINGLE: list[Family] = [
    Family(
        "b20_snils_misspelt_label",
        SNI,
        S,
        (
            "СНИЛЗ {} (так в направлении), МСЭ не проходил.",
            "снилс-{} ; Д-учёт у фтизиатра с 2021 г.",
            "Страх. свид-во ПФР {}, группа инв. II.",
            "С Н И Л С: {}",
        ),
        _snils_noisy,
    ),
    Family(
        "b20_oms_old_policy",
        OMS,
        S,
        (
            "Полис ОМС старого образца {}, обменять на ЕНП.",
            "Полюс ОМС {}; СМО «СОГАЗ-Мед», прикрепление к ЦРБ.",
            "Мед. полис (ОМС) № {} предъявлен при госпитализации.",
        ),
        _oms_old,
    ),
    Family(
        "b20_inn_misspelt_label",
        INN,
        S,
        (
            "ИНН физлица:{} (для справки в ФНС), оплата 12 400 руб.",
            "инн плат-ка {}, ИНН ООО 7714123456 — не его.",
            "И.Н.Н. {} — указан в договоре ДМС.",
        ),
        _inn_noisy,
    ),
    Family(
        "b20_date_crf_english",
        DAT,
        S,
        (
            "AE onset date: {}; нейтропения 3 ст., доза снижена до 75 мг/м2.",
            "Informed consent signed {} (версия 4.0 от 2023 года).",
            "Дата визита скрининга (EDC): {}",
            "Date of death: {}, причина — прогрессирование ЗНО.",
        ),
        _en_date,
    ),
    Family(
        "b20_mrn_sample",
        MRN,
        S,
        (
            "Мазок из зева (образец № {}) направлен в ЦГиЭ на ПЦР.",
            "Сыворотка для ИФА на ВИЧ, пробирка {}, t хранения +4 °C.",
            "Кровь на корь IgM, № пробы {}; 5 мл, палата 3.",
        ),
        _sample_no,
    ),
    Family(
        "b20_person_relative_case",
        PER,
        S,
        (
            "Сведения о смерти сообщены {datv} (сын), тел. в карте.",
            "Ребёнок привит по согласию {gent}, законного представителя.",
            "Справку о донорстве получил(а) лично — {nomn}.",
            "О диагнозе ВИЧ уведомлена супруга, беседу проводили с {ablt} наедине.",
            "Свидетельство о смерти выдано {datv}, доверенность № 77 АГ 1234567 (номер нотариальный).",
        ),
        _relative,
    ),
]


def scanned_106(rng: R, fake: A) -> Planted:
    p = Person(rng, fake, "ru", False)
    s = snils(rng, 1)
    d = (
        D()
        .t("МЕДИЦИНСКОЕ СВИДЕТЕЛЬСТВО О ПЕРИНАТАЛЬНОЙ СМЕРТИ / скан, распознано OCR\nСЕРИЯ ")
        .v(MRN, f"{rng.randint(10, 92)}")
    )
    d.t("  N° ").v(MRN, dg(rng, 6)).t("\n1. Мать\nФамилия, имя, отчество\n").v(PER, p.full().upper())
    d.t("\nДата рождения\n").v(
        DAT, boxed(f"{birth(rng)[2]:02d}{rng.randint(1, 12):02d}{rng.randint(1975, 2004)}", rng)
    )
    d.t("\nСНИЛС\n").v(SNI, boxed(s, rng) if rng.random() < 0.5 else f"{s[:3]}-{s[3:6]}-{s[6:9]} {s[9:]}")
    d.t("\nПолис ОМС\n").v(OMS, boxed(enp(rng), rng)).t("\nМесто постоянного жительства:\n").v(
        LOC, address(rng, fake, rng.choice("Urs"))
    )
    d.t("\n2. Ребёнок: мертворождение, масса 980 г, рост 36 см, срок 28 нед.\nДата и время: ").v(
        DAT, dtime(rng)
    )
    d.t("\nВрач: ").v(PER, Person(rng, fake, "ru").shape(rng, "nomn", "LI")).t("  Подп1сь ______  М.П.")
    return d.p()


def vacc_csv(rng: R, fake: A) -> Planted:
    d = D().t("fio,birth_date,snils,enp,vaccine,lot,vacc_date,address,phone\n")
    for _ in range(rng.randint(2, 4)):
        p = Person(rng, fake)
        d.t('"').v(PER, p.full()).t('",').v(DAT, date(rng, birth(rng), rng.choice("ni"))).t(",").v(
            SNI, snils(rng, rng.choice((0, 1)))
        )
        d.t(",").v(OMS, enp(rng)).t(
            f",{rng.choice(('Спутник V', 'ЭпиВакКорона', 'Превенар 13', 'Pentaxim'))},{dg(rng, 4)}-{dg(rng, 2)},"
        )
        d.v(DAT, date(rng, None, rng.choice("nis"))).t(',"').v(LOC, address(rng, fake, rng.choice("uUrm"))).t(
            '",'
        ).v(PHO, phone(rng, "o")).t("\n")
    return d.p()


def tracing_json(rng: R, fake: A) -> Planted:
    idx = Person(rng, fake)
    d = (
        D()
        .t('{"case_id": "')
        .v(MRN, f"CV-{rng.randint(2020, 2023)}-{dg(rng, 6)}")
        .t('", "index": {"name": "')
        .v(PER, idx.full())
    )
    d.t('", "dob": "').v(DAT, date(rng, birth(rng), "i")).t('", "onset": "').v(DAT, date(rng, None, "T")).t(
        '"}, "contacts": ['
    )
    for i in range(rng.randint(2, 3)):
        c = Person(rng, fake)
        d.t(", " if i else "").t('{"fio": "').v(PER, c.shape(rng, "nomn", "FLX")).t('", "tel": "').v(
            PHO, phone(rng)
        )
        d.t('", "addr": "').v(LOC, address(rng, fake, rng.choice("umFp"))).t('", "last_contact": "').v(
            DAT, date(rng, None, "i")
        )
        d.t('", "relation": "' + rng.choice(("сосед", "коллега", "супруг(а)", "одноклассник")) + '"}')
    d.t('], "region_code": 77, "lab": "ЦГиЭ"}')
    return d.p()


def donor_sms(rng: R, fake: A) -> Planted:
    d = D().t("Журнал SMS-рассылки службы крови\nдата/время отправки | номер | получатель | текст\n")
    for _ in range(rng.randint(2, 4)):
        p = Person(rng, fake)
        y, m, dd = ymd(rng, 2025, 2026)
        d.v(DAT, f"{dd:02d}.{m:02d}.{y} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}").t(" | ").v(
            PHO, phone(rng, rng.choice("mMo"))
        )
        d.t(" | ").v(PER, p.shape(rng, "nomn", "AML")).t(" | «").v(PER, p.F())
        d.t(", ждём вас на донацию ").v(
            DAT, f"{rng.randint(1, 28)}.{rng.randint(1, 12):02d} в {rng.randint(8, 13)}:00"
        ).t(", ул. Поликарпова, 14»\n")
    return d.p()


def sae_narrative(rng: R, fake: A) -> Planted:
    inv = Person(rng, fake, "ru")
    age = rng.randint(25, 80)
    d = (
        D()
        .t("SAE REPORT — Serious Adverse Event narrative\nSubject ")
        .v(MRN, f"{rng.randint(1, 40):03d}-{rng.randint(1, 99):03d}")
    )
    d.t(f", a {age}-year-old {'male' if rng.random() < 0.5 else 'female'}, randomized on ").v(
        DAT, en_date(rng)
    )
    d.t(", received study drug 200 mg IV q3w. On ").v(DAT, en_date(rng)).t(
        " the subject was hospitalized (ИБ № "
    ).v(MRN, f"{dg(rng, 5)}/{rng.randint(24, 26)}")
    d.t(") with febrile neutropenia (ANC 0.3×10^9/L). Recovered ").v(DAT, en_date(rng))
    d.t(".\nReported by: Dr. ").v(
        PER, f"{latin(inv.first)} {latin(inv.last)}" if rng.random() < 0.5 else inv.shape(rng, "nomn", "LI")
    )
    d.t(", e-mail ").v(EML, email(rng, inv)).t(", tel. ").v(PHO, phone(rng, "C"))
    d.t("\nSite 0" + str(rng.randint(10, 99)) + ": ГБУЗ «Онкодиспансер № 1», Москва (адрес центра в CTMS)")
    return d.p()


def dms_email(rng: R, fake: A) -> Planted:
    cur, p = Person(rng, fake, "ru"), Person(rng, fake)
    d = (
        D()
        .t("From: ")
        .v(PER, f"{cur.F()} {cur.L()}")
        .t(" <")
        .v(EML, email(rng, cur))
        .t(">\nTo: ")
        .v(EML, "dms@clinic-zdorovie.ru")
        .t("\nDate: ")
    )
    y, m, dd = ymd(rng, 2025, 2026)
    d.v(
        DAT,
        f"{('Mon', 'Tue', 'Wed', 'Thu', 'Fri')[rng.randint(0, 4)]}, {dd} {MON_EN[m - 1].title()} {y} {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d} +0300",
    )
    d.t("\nSubject: Согласование МРТ, застрахованный ").v(PER, p.shape(rng, "nomn", "LN")).t(
        "\n\nДобрый день! Согласовываем МРТ коленного сустава для "
    )
    d.v(PER, p.full("gent")).t(" (полис ДМС ").v(MRN, f"{dg(rng, 2)}-{dg(rng, 7)}/{rng.randint(24, 26)}").t(
        ", д.р. "
    ).v(DAT, date(rng, birth(rng), "n"))
    d.t("). Просьба выставить счёт до ").v(DAT, date(rng, None, "r")).t(".\n--\nС уважением, ").v(
        PER, cur.shape(rng, "nomn", "AL")
    ).t("\nмоб. ").v(PHO, phone(rng, "m"))
    return d.p()


def foreign_intake(rng: R, fake: A) -> Planted:
    p = Person(rng, fake, "other")
    d = D().t("Карта пациента — иностранный гражданин (платно/ВЗР)\nМедкарта № ").v(MRN, f"И-{dg(rng, 5)}")
    d.t("\nName / ФИО: ").v(PER, latin(p.full()).upper()).t(" (").v(PER, p.full()).t(")\nDate of birth: ").v(
        DAT, en_date(rng, birth(rng))
    )
    d.t("\nHome address: ").v(LOC, rng.choice(FOREIGN_ADDR)).t("\nАдрес в Москве (отель/квартира): ").v(
        LOC, address(rng, fake, rng.choice("uU"))
    )
    d.t("\nTravel insurance policy No: ").v(MRN, f"{rng.choice(('VZR', 'TRV', 'ING'))}{dg(rng, 9)}").t(
        "\nPhone: "
    ).v(PHO, phone(rng, rng.choice("fx")))
    d.t(", ").v(PHO, phone(rng, "m")).t("\nЭкстренный контакт: ").v(PER, Person(rng, fake, "other").full()).t(
        ", "
    ).v(PHO, phone(rng, rng.choice("fx")))
    d.t("\nАллергия: пенициллин (крапивница). АД 130/85, ЧСС 88, SpO2 97 %.")
    return d.p()


def autopsy_013(rng: R, fake: A) -> Planted:
    p = Person(rng, fake)
    d = (
        D()
        .t("ПРОТОКОЛ патолого-анатомического вскрытия (ф. 013/у) № ")
        .v(MRN, f"{dg(rng, 3)}-{rng.randint(2023, 2026)}")
    )
    d.t("\nИстория болезни № ").v(MRN, dg(rng, 6)).t(
        rng.choice(("; отделение кардиологии, палата 512", "; ОРИТ, койка 3"))
    )
    d.t("\nФ.И.О. умершего: ").v(PER, p.full()).t("\nДата рождения: ").v(
        DAT, date(rng, birth(rng), rng.choice("nw"))
    )
    d.t("\nМесто жительства: ").v(LOC, address(rng, fake)).t("\nДата поступления: ").v(DAT, dtime(rng)).t(
        "\nДата смерти: "
    ).v(DAT, dtime(rng))
    d.t("\nДата вскрытия: ").v(DAT, date(rng, None, "n")).t("\nЛечащий врач: ").v(
        PER, Person(rng, fake, "ru").shape(rng, "nomn", "LI")
    )
    d.t(", зав. отделением ").v(PER, Person(rng, fake, "ru").shape(rng, "nomn", "IL")).t(
        "\nПрисутствовали: "
    ).v(PER, Person(rng, fake, "ru").shape(rng, "nomn", "LI"))
    d.t(
        "\nОсновное заболевание: I21.0 (трансмуральный ИМ передней стенки ЛЖ). Масса сердца 480 г.\nПатологоанатом "
    )
    d.v(PER, Person(rng, fake, "ru").shape(rng, "nomn", "LF"))
    return d.p()


def hospital_next_line(rng: R, fake: A) -> Planted:
    p = Person(rng, fake)
    d = (
        D()
        .t("ВЫПИСКА ИЗ РЕГИСТРА ВЗН (14 нозологий)\nСНИЛС:\n")
        .v(SNI, snils(rng))
        .t("\nФИО пациента:\n")
        .v(PER, p.full())
    )
    d.t("\nДата рож-\nдения: ").v(DAT, date(rng, birth(rng), rng.choice("nso"))).t("\nПаспорт\nсерия: ").v(
        PAS, pass_series(rng)
    )
    d.t("  №: ").v(PAS, pass_number(rng)).t("\nЕНП (полис):\n").v(OMS, enp(rng, rng.choice((1, 3)))).t(
        "\nНозология: рассеянный склероз G35; окрелизумаб 600 мг 1 раз в 6 мес."
    )
    d.t("\nЛечащий невролог: ").v(PER, Person(rng, fake, "ru").shape(rng, "nomn", "LI")).t(
        "\nТел. пациента:\n"
    ).v(PHO, phone(rng))
    return d.p()


B = BlockFamily
EXTRA_BLOCKS: list[BlockFamily] = [
    B("b20_scanned_perinatal_106_2", S, scanned_106),
    B("b20_vacc_register_csv", S, vacc_csv),
    B("b20_contact_tracing_json", S, tracing_json),
    B("b20_donor_sms_log", S, donor_sms),
    B("b20_sae_narrative_en", S, sae_narrative),
    B("b20_dms_email_thread", S, dms_email),
    B("b20_foreign_patient_intake", S, foreign_intake),
    B("b20_autopsy_protocol_013", S, autopsy_013),
    B("b20_vzn_registry_next_line", S, hospital_next_line),
]
