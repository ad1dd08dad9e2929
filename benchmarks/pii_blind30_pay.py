"""Document families of the blind30 split: prescriptions, pharmacy, home care, dental, paid services, ДМС."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind30_gen import (
    DAT,
    EML,
    INN,
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
)
from benchmarks.pii_blind30_ids import (
    dg,
    inn_digits,
    mrn_str,
    oms_str,
    org_inn,
    pass_parts,
    snils_str,
)
from benchmarks.pii_families import Planted

R = random.Random
CLINICS = (
    "ООО «МедЦентр Плюс»",
    "АО «Медицина»",
    "ООО «Стоматология Дента-Люкс»",
    "ГБУЗ «ГП № 134 ДЗМ»",
    "ООО «Клиника семейной медицины»",
    "ФГБУ «НМИЦ онкологии»",
)


def recipe_148(rng: R, fake: Any) -> Planted:
    p, dr = Who(rng, fake), Who(rng, fake)
    code = rng.choice(["081", "082", "030", "010", "702"])
    d = Doc().t(
        f"Код формы по ОКУД 3108805   Форма № 148-1/у-04 (л)\nШтамп МО: {rng.choice(CLINICS)}, код ОГРН 1{dg(rng, 12)}\n"
    )
    d.t("РЕЦЕПТ  Серия ").v(MRN, f"{dg(rng, 2, True)}-{dg(rng, 2)}").t(" № ").v(MRN, dg(rng, 7)).t("   «")
    d.v(DAT, date_str(rng, "dot", 2025, 2026)).t(
        f"»\nКод категории граждан {code}   Код нозологической формы (МКБ-10) E10.6\n"
    )
    d.t("Ф.И.О. пациента ").v(PER, p.shape(rng, "nomn", "fu")).t("\nДата рождения ").v(
        DAT, date_str(rng, rng.choice(["dot", "ocr"]), 1935, 2015)
    )
    d.t("\nСНИЛС ").v(SNILS, snils_str(rng, rng.choice(["std", "spaces"]))).t("\nN полиса ОМС ").v(
        OMS, oms_str(rng, rng.choice(["plain", "4x4"]))
    )
    d.t("\nN медицинской карты ").v(MRN, mrn_str(rng, "card")).t("\nФ.И.О. врача ").v(
        PER, f"{dr.L()} {dr.ini()}"
    )
    d.t(
        "\nRp.: Insulini glargini 100 ЕД/мл — 3 мл № 5\nD.S. по 18 ЕД п/к в 22:00\nРецепт действителен 30 дней"
    )
    return d.done()


def recipe_107(rng: R, fake: Any) -> Planted:
    p, dr = Who(rng, fake), Who(rng, fake)
    d = (
        Doc()
        .t("Форма № 107-1/у\nРЕЦЕПТ (взрослый, детский — нужное подчеркнуть)\n")
        .v(DAT, date_str(rng, "words_nog", 2025, 2026))
    )
    d.t(" г.\nФ.И.О. пациента: ").v(PER, p.shape(rng, "nomn", "fiI")).t("\nДата рождения: ").v(
        DAT, date_str(rng, rng.choice(["dot2", "dot"]), 1935, 2020)
    )
    d.t("\nФ.И.О. лечащего врача: ").v(PER, dr.shape(rng, "nomn", "fi"))
    d.t(
        "\nRp.: Tab. Amlodipini 10 mg № 30\nD.S. по 1 таб. 1 раз в день утром\nRp.: Tab. Atorvastatini 20 mg № 30\n"
    )
    d.t("D.S. по 1 таб. вечером\nНомер рецепта в МИС: ").v(MRN, mrn_str(rng, "recipe")).t(
        "\nПодпись и личная печать врача М.П."
    )
    return d.done()


def pharmacy_journal(rng: R, fake: Any) -> Planted:
    d = Doc().t(
        "Журнал отпуска льготных ЛП, аптека № "
        + str(rng.randint(1, 300))
        + "\nДата | Рецепт | Пациент | СНИЛС | ЛП\n"
    )
    for _ in range(rng.randint(2, 4)):
        p = Who(rng, fake)
        d.v(DAT, date_str(rng, rng.choice(["dot", "dot2"]), 2025, 2026)).t(" | ").v(
            MRN, mrn_str(rng, "recipe")
        ).t(" | ")
        d.v(PER, p.shape(rng, "nomn", "ifu")).t(" | ").v(
            SNILS, snils_str(rng, rng.choice(["std", "plain", "dashes"]))
        )
        d.t(
            f" | {rng.choice(['Эналаприл 10 мг №20', 'Бисопролол 5 мг №30', 'Метформин 850 мг №60', 'Ривароксабан 20 мг №28'])}\n"
        )
    d.t("Провизор: ").v(PER, Who(rng, fake).shape(rng, "nomn", "iI"))
    return d.done()


def deferred_service(rng: R, fake: Any) -> Planted:
    p = Who(rng, fake)
    d = Doc().t("ИЗВЕЩЕНИЕ об отсроченном обслуживании\nУважаемый(ая) ").v(PER, f"{p.F()} {p.M()}")
    d.t("!\nРецепт № ").v(MRN, mrn_str(rng, "recipe")).t(" поставлен на отсроченное обслуживание ").v(
        DAT, date_str(rng, "dot", 2025, 2026)
    )
    d.t(".\nО поступлении препарата сообщим по тел. ").v(
        PHO, phone_str(rng, rng.choice(["plus", "eight", "local"]))
    )
    d.t(".\nСправки — в аптечном пункте, пн–пт 08:00–20:00.")
    return d.done()


def delivery_order(rng: R, fake: Any) -> Planted:
    p = Who(rng, fake)
    d = (
        Doc()
        .t("Заказ № ")
        .v(MRN, mrn_str(rng, "order"))
        .t(" · доставка лекарств\nПолучатель: ")
        .v(PER, p.shape(rng, "nomn", "nfm"))
    )
    d.t("\nАдрес: ").v(LOC, addr_str(rng, fake, rng.choice(["city", "idx_last", "mkr", "litera", "short"])))
    d.t("\nПодъезд 2, код домофона 45К7891\nТелефон: ").v(
        PHO, phone_str(rng, rng.choice(["plus", "plus_sp", "bare"]))
    )
    d.t("\nИнтервал: ").v(DAT, date_str(rng, rng.choice(["daymonth", "dot"]), 2025, 2026)).t(
        ", 10:00–14:00\n"
    )
    d.t(
        "Состав: Ксарелто 20 мг №98 — 1; Омепразол 20 мг №28 — 2\nИтого: 7 845,00 ₽ (оплачено картой *"
        + dg(rng, 4)
        + ")"
    )
    if rng.random() < 0.6:
        d.t("\nКомментарий: при отсутствии звонить дочери ").v(
            PER, Who(rng, fake, False).shape(rng, "datv", "nm")
        )
        d.t(" ").v(PHO, phone_str(rng, "eight"))
    return d.done()


def home_nursing_visit(rng: R, fake: Any) -> Planted:
    p, ns, rel = Who(rng, fake), Who(rng, fake, False), Who(rng, fake)
    d = (
        Doc()
        .t("Патронажный лист. Визит медицинской сестры на дом\nДата визита: ")
        .v(DAT, date_str(rng, rng.choice(["dot_t", "words"]), 2025, 2026))
    )
    d.t("\nПациент: ").v(PER, p.shape(rng, "nomn", "fi")).t(", ").v(DAT, date_str(rng, "dot", 1925, 1960)).t(
        " г.р."
    )
    d.t("\nАдрес: ").v(LOC, addr_str(rng, fake, rng.choice(["rural", "deriv", "snt", "city"])))
    d.t("\nВыполнено: перевязка пролежня крестца (II ст.), смена катетера Фолея 16 Ch, АД 110/70.\n")
    d.t("Присутствовал(а): ").v(PER, rel.shape(rng, "nomn", "fmn")).t(", тел. ").v(
        PHO, phone_str(rng, rng.choice(["plus", "city"]))
    )
    d.t("\nМедсестра: ").v(PER, ns.shape(rng, "nomn", "iI")).t(". Следующий визит: ").v(
        DAT, date_str(rng, rng.choice(["daymonth", "dot"]), 2025, 2026)
    )
    return d.done()


def palliative_prescription(rng: R, fake: Any) -> Planted:
    p, dr = Who(rng, fake), Who(rng, fake)
    d = (
        Doc()
        .t("Выписка из протокола врачебной комиссии № " + str(rng.randint(1, 400)) + " от ")
        .v(DAT, date_str(rng, "dot", 2025, 2026))
    )
    d.t("\nО назначении наркотических ЛП пациенту ").v(PER, p.shape(rng, "datv", "fi")).t(", карта № ").v(
        MRN, mrn_str(rng, "card")
    )
    d.t(
        ".\nДиагноз: C34.1, хронический болевой синдром.\nМорфин 10 мг/мл 1 мл — по 1 мл п/к каждые 6 ч (06:00, 12:00, 18:00, 24:00)."
    )
    d.t("\nРецептурный бланк 107/у-НП серия ").v(MRN, f"{dg(rng, 2, True)}{dg(rng, 2)}").t(" № ").v(
        MRN, dg(rng, 6)
    )
    d.t("\nПредседатель ВК: ").v(PER, dr.shape(rng, "nomn", "iI")).t("\nПолучил(а) на руки: ").v(
        PER, Who(rng, fake).shape(rng, "nomn", "fi")
    )
    d.t(" (доверенность от ").v(DAT, date_str(rng, "dot", 2024, 2026)).t(")")
    return d.done()


def dental_card(rng: R, fake: Any) -> Planted:
    p, dr = Who(rng, fake), Who(rng, fake)
    d = Doc().t("МЕДИЦИНСКАЯ КАРТА СТОМАТОЛОГИЧЕСКОГО БОЛЬНОГО (ф. 043/у) № ").v(MRN, mrn_str(rng, "dental"))
    d.t("\nФамилия, имя, отчество ").v(PER, p.shape(rng, "nomn", "f")).t(
        "\nПол " + ("м" if p.male else "ж") + "  Возраст "
    )
    d.t(str(rng.randint(18, 80)) + "\nАдрес ").v(
        LOC, addr_str(rng, fake, rng.choice(["city", "short", "caps", "idx_last"]))
    )
    d.t("\nТел. ").v(PHO, phone_str(rng, rng.choice(["bare", "plus", "local"])))
    d.t("\nДата ").v(DAT, date_str(rng, rng.choice(["dot", "dot2"]), 2025, 2026))
    d.t(
        "  1.6 — К02.1, пломба Filtek Z550; анестезия Ubistesin 1,7 мл.\nЗубная формула: 18 17 16 ... 38 (С — 26, 36; П — 46)\nВрач "
    )
    d.v(PER, dr.L()).t("   Следующий приём ").v(
        DAT, date_str(rng, rng.choice(["daymonth", "dot_t"]), 2025, 2026)
    )
    return d.done()


def paid_contract(rng: R, fake: Any) -> Planted:
    p, dr = Who(rng, fake), Who(rng, fake)
    s, n = pass_parts(rng)
    d = Doc().t("ДОГОВОР № ").v(MRN, mrn_str(rng, "contract")).t(" на оказание платных медицинских услуг\n")
    d.t("г. Москва    ").v(DAT, date_str(rng, rng.choice(["words_nog", "words"]), 2025, 2026))
    d.t(
        f"\n\n{rng.choice(CLINICS)} (ИНН {org_inn(rng)}, КПП 7701{dg(rng, 5)}, лицензия № ЛО-77-01-0{dg(rng, 5)}), в лице главного врача "
    )
    d.v(PER, dr.shape(rng, "gent", "f")).t(", и гражданин(ка) ").v(PER, p.shape(rng, "nomn", "f"))
    d.t(", паспорт серия ").v(PASS, f"{s[:2]} {s[2:]}" if rng.random() < 0.5 else s).t(" № ").v(PASS, n)
    d.t(", выдан ").v(DAT, date_str(rng, "dot", 2005, 2024)).t(", зарегистрированный(ая) по адресу: ")
    d.v(LOC, addr_str(rng, fake, rng.choice(["idx_first", "city", "rural", "litera"])))
    d.t(", именуемый(ая) «Заказчик», заключили настоящий договор…\n\nЗаказчик: ").v(PER, f"{p.L()} {p.ini()}")
    d.t(" ________ Тел.: ").v(PHO, phone_str(rng, rng.choice(["plus", "eight"])))
    return d.done()


def receipt_deduction(rng: R, fake: Any) -> Planted:
    p, payer = Who(rng, fake), Who(rng, fake)
    d = Doc().t("СПРАВКА об оплате медицинских услуг для представления в налоговый орган\nПациент: ")
    d.v(PER, p.shape(rng, "nomn", "f")).t("\nНалогоплательщик: ").v(PER, payer.shape(rng, "nomn", "f")).t(
        ", ИНН "
    )
    d.v(INN, inn_digits(rng)).t("\nДата рождения налогоплательщика: ").v(
        DAT, date_str(rng, "dot", 1950, 2000)
    )
    d.t(
        f"\nСтоимость медицинских услуг: 42 300 руб. 00 коп. Код услуги 1.\nИНН медицинской организации {org_inn(rng)}"
    )
    d.t("\nДата выдачи справки: ").v(DAT, date_str(rng, rng.choice(["dot", "words"]), 2025, 2026))
    d.t(
        "\nКассовый чек № "
        + str(rng.randint(10, 999))
        + ", ФН 7281440500"
        + dg(rng, 6)
        + ", ФД "
        + dg(rng, 5)
    )
    return d.done()


def fiscal_receipt(rng: R, fake: Any) -> Planted:
    p = Who(rng, fake)
    d = Doc().t(
        f"{rng.choice(CLINICS)}\nИНН {org_inn(rng)}\nКАССОВЫЙ ЧЕК / ПРИХОД   Смена {rng.randint(1, 400)}\n"
    )
    d.t(
        "Прием врача-терапевта первичный  1 × 2 500,00\nАнализ крови общий (ОАК)  1 × 650,00\nИТОГ =3 150,00\n"
    )
    d.t("Покупатель: ").v(PER, p.shape(rng, "nomn", "fiu")).t("\nЭл. адрес покупателя: ").v(
        EML, email_str(rng, fake, p)
    )
    d.t("\n").v(DAT, date_str(rng, rng.choice(["dot_t", "dot2"]), 2025, 2026))
    d.t(f"  ФН 9961440300{dg(rng, 6)}  ФД {dg(rng, 5)}  ФП {dg(rng, 10, True)}\nСНО: ОСН   НДС не облагается")
    return d.done()


def dms_guarantee(rng: R, fake: Any) -> Planted:
    p, cur = Who(rng, fake), Who(rng, fake)
    d = (
        Doc()
        .t("ГАРАНТИЙНОЕ ПИСЬМО № ")
        .v(MRN, mrn_str(rng, "guarantee"))
        .t(" от ")
        .v(DAT, date_str(rng, rng.choice(["dot", "words"]), 2025, 2026))
    )
    d.t("\nСтраховая компания гарантирует оплату медицинских услуг, оказанных застрахованному ")
    d.v(PER, p.shape(rng, "datv", "fi")).t(" (").v(DAT, date_str(rng, "dot", 1950, 2005)).t(
        " г.р.), полис ДМС № "
    )
    d.v(MRN, mrn_str(rng, "dms")).t(", в период с ").v(DAT, date_str(rng, "dot", 2025, 2025)).t(" по ").v(
        DAT, date_str(rng, "dot", 2026, 2026)
    )
    d.t(".\nОбъём: МРТ поясничного отдела (A05.03.002), консультация невролога.\nКуратор: ").v(
        PER, cur.shape(rng, "nomn", "nI")
    )
    d.t(", ").v(PHO, phone_str(rng, "city_ext")).t(", ").v(EML, email_str(rng, fake, cur))
    return d.done()


def dms_claim(rng: R, fake: Any) -> Planted:
    d = Doc().t(
        "Реестр оказанных услуг по ДМС за месяц\n№ | Полис | Застрахованный | Дата | Услуга | Сумма\n"
    )
    for i in range(rng.randint(2, 4)):
        p = Who(rng, fake)
        d.t(f"{i + 1} | ").v(MRN, mrn_str(rng, "dms")).t(" | ").v(PER, p.shape(rng, "nomn", "ifs")).t(" | ")
        d.v(DAT, date_str(rng, rng.choice(["dot", "iso"]), 2025, 2026))
        d.t(
            f" | {rng.choice(['B01.047.001', 'A04.16.001', 'A09.05.010', 'B01.015.001'])} | {rng.randint(9, 60)} {dg(rng, 2)}0,00\n"
        )
    d.t("Исполнитель: бухгалтер ").v(PER, Who(rng, fake).shape(rng, "nomn", "iI"))
    return d.done()


def call_center(rng: R, fake: Any) -> Planted:
    p, op = Who(rng, fake), Who(rng, fake, False)
    d = (
        Doc()
        .t("Обращение № ")
        .v(MRN, mrn_str(rng, "call"))
        .t("  канал: входящий звонок  ")
        .v(DAT, date_str(rng, rng.choice(["dot_t", "iso_t"]), 2025, 2026))
    )
    d.t("\nОператор: Контакт-центр клиники, меня зовут ").v(PER, op.F()).t(", слушаю вас.\n")
    d.t("Клиент: Здравствуйте, это ").v(PER, p.shape(rng, "nomn", "fmn")).t(", я сдавал").t(
        "" if p.male else "а"
    )
    d.t(" анализы, номер заказа ").v(MRN, mrn_str(rng, "lab_order")).t(
        ".\nОператор: Назовите, пожалуйста, дату рождения.\nКлиент: "
    )
    d.v(DAT, date_str(rng, rng.choice(["words", "dot"]), 1950, 2005)).t(
        ".\nОператор: Спасибо. Результаты отправлю на почту — продиктуйте.\nКлиент: "
    )
    d.v(EML, email_str(rng, fake, p)).t(". И перезвоните мне на рабочий ").v(
        PHO, phone_str(rng, rng.choice(["city_ext", "city"]))
    )
    d.t(".\nИтог: результат отправлен, обращение закрыто.")
    return d.done()


def chatbot(rng: R, fake: Any) -> Planted:
    p = Who(rng, fake)
    d = Doc().t("[Бот] Добрый день! Чтобы записаться на забор крови на дому, введите ФИО.\n[Пользователь] ")
    d.v(
        PER,
        rng.choice(
            [f"{p.L().lower()} {p.F().lower()} {p.M().lower()}", f"{p.L()} {p.F()}", f"{p.L()} {p.ini()}"]
        ),
    )
    d.t("\n[Бот] Введите адрес.\n[Пользователь] ").v(
        LOC, addr_str(rng, fake, rng.choice(["short", "city", "mkr", "snt"]))
    )
    d.t("\n[Бот] Удобная дата?\n[Пользователь] ").v(
        DAT, date_str(rng, rng.choice(["daymonth", "dot", "typo"]), 2025, 2026)
    )
    d.t(" с утра\n[Бот] Ваш телефон для курьера?\n[Пользователь] ").v(
        PHO, phone_str(rng, rng.choice(["bare", "plain7", "eight", "dots"]))
    )
    d.t("\n[Бот] Спасибо! Заявка ").v(MRN, mrn_str(rng, "order")).t(" создана. Стоимость выезда 900 ₽.")
    return d.done()


def messenger_screenshot(rng: R, fake: Any) -> Planted:
    p, rel = Who(rng, fake), Who(rng, fake)
    dim = {"Александр": "Саша", "Мария": "Маша", "Екатерина": "Катя", "Татьяна": "Таня"}.get(rel.first)
    d = (
        Doc()
        .t("Скриншот переписки (приложен к жалобе)\n")
        .v(PER, dim or rel.F())
        .t(" ")
        .v(PER, rel.L()[0] + ".")
    )
    d.t("  ").v(PHO, phone_str(rng, rng.choice(["plus", "plus_sp"]))).t("\n— Мама сдавала анализы ").v(
        DAT, date_str(rng, rng.choice(["daymonth", "dot2"]), 2025, 2026)
    )
    d.t(", где результат? Заказ ").v(MRN, mrn_str(rng, "lab_order")).t("\n— Результат у ").v(
        PER, p.shape(rng, "gent", "ims")
    )
    d.t(" в личном кабинете, скинула ссылку: ").v(URL, f"https://lk.invitro.ru/result/{dg(rng, 10)}")
    d.t("\n— Спасибо!! 👍  12:4" + str(rng.randint(0, 9)))
    return d.done()


def email_letter(rng: R, fake: Any) -> Planted:
    p, dr = Who(rng, fake), Who(rng, fake)
    d = (
        Doc()
        .t("От: ")
        .v(PER, p.shape(rng, "nomn", "n"))
        .t(" <")
        .v(EML, email_str(rng, fake, p))
        .t(">\nКому: Отдел платных услуг\n")
    )
    d.t("Дата: ").v(DAT, date_str(rng, rng.choice(["dot_t", "eng"]), 2025, 2026)).t(
        "\nТема: Возврат средств за невыполненные услуги\n\n"
    )
    d.t("Здравствуйте! По договору № ").v(MRN, mrn_str(rng, "contract")).t(" я оплатил").t(
        "" if p.male else "а"
    )
    d.t(" приём у ").v(PER, dr.shape(rng, "gent", "iIs")).t(
        ", но приём отменили. Прошу вернуть 3 500 руб. на карту.\n"
    )
    d.t("Паспорт ").v(PASS, rng.choice(["{} {}", "{}{}"]).format(*pass_parts(rng))).t(", тел. ").v(
        PHO, phone_str(rng, rng.choice(["plus", "foreign"]))
    )
    d.t("\n\n--\nС уважением, ").v(PER, f"{p.L()} {p.ini()}")
    return d.done()


def foreign_patient(rng: R, fake: Any) -> Planted:
    men = (("Алишер", "Alisher"), ("Фаррух", "Farrukh"), ("Рустам", "Rustam"), ("Бахтиёр", "Bakhtiyor"))
    women = (("Зарина", "Zarina"), ("Дильноза", "Dilnoza"), ("Мадина", "Madina"), ("Гулнора", "Gulnora"))
    lasts = (("Каримов", "Karimov"), ("Юсупов", "Yusupov"), ("Рахимов", "Rakhimov"), ("Турсунов", "Tursunov"))
    male = rng.random() < 0.5
    (first, lat_f), (last, lat_l) = rng.choice(men if male else women), rng.choice(lasts)
    if not male:
        last, lat_l = last + "а", lat_l + "a"
    d = (
        Doc()
        .t("Анкета иностранного гражданина (платные услуги)\nФ.И.О.: ")
        .v(PER, f"{last} {first}")
        .t(" / ")
    )
    d.v(PER, rng.choice([f"{lat_l.upper()} {lat_f.upper()}", f"{lat_f} {lat_l}"]))
    d.t("\nГражданство: Республика Узбекистан\nНациональный паспорт: ").v(MRN, mrn_str(rng, "foreign_doc"))
    d.t("\nМиграционная карта: ").v(MRN, f"{dg(rng, 4)} № {dg(rng, 7)}").t("\nДата въезда: ").v(
        DAT, date_str(rng, rng.choice(["dot", "slash"]), 2024, 2026)
    )
    d.t("\nМесто пребывания: ").v(LOC, addr_str(rng, fake, rng.choice(["city", "idx_last", "mkr"])))
    d.t("\nТел. в РФ: ").v(PHO, phone_str(rng, "plus")).t("; на родине: ").v(
        PHO, f"+998 9{rng.randint(0, 9)} {dg(rng, 3)} {dg(rng, 2)} {dg(rng, 2)}"
    )
    d.t("\nУслуги: медосвидетельствование для патента (ВИЧ, RW, флюорография) — 5 600 руб.")
    return d.done()


def lk_registration(rng: R, fake: Any) -> Planted:
    p = Who(rng, fake)
    d = (
        Doc()
        .t("Регистрация в личном кабинете\nlogin: ")
        .v(EML, email_str(rng, fake, p))
        .t("\nФИО: ")
        .v(PER, p.shape(rng, "nomn", "fu"))
    )
    d.t("\nДата рождения: ").v(DAT, date_str(rng, rng.choice(["iso", "dot", "us"]), 1950, 2008))
    d.t("\nТелефон (подтверждён по SMS): ").v(PHO, phone_str(rng, rng.choice(["e164", "plus"])))
    d.t("\nСНИЛС (для Госуслуг): ").v(SNILS, snils_str(rng, rng.choice(["std", "plain", "spaces"])))
    d.t("\nЕНП: ").v(OMS, oms_str(rng, rng.choice(["plain", "4x4d"]))).t("\nИНН: ").v(INN, inn_digits(rng))
    d.t("\nID пациента: ").v(MRN, mrn_str(rng, "emr")).t("\nСоздан: ").v(
        DAT, date_str(rng, "iso_t", 2024, 2026)
    )
    return d.done()


PAY_BLOCKS = [
    ("recipe_148_1", recipe_148),
    ("recipe_107_1", recipe_107),
    ("pharmacy_journal", pharmacy_journal),
    ("deferred_service_notice", deferred_service),
    ("drug_delivery_order", delivery_order),
    ("home_nursing_visit", home_nursing_visit),
    ("palliative_narcotic", palliative_prescription),
    ("dental_card_043", dental_card),
    ("paid_contract", paid_contract),
    ("tax_deduction_certificate", receipt_deduction),
    ("fiscal_receipt", fiscal_receipt),
    ("dms_guarantee_letter", dms_guarantee),
    ("dms_claim_register", dms_claim),
    ("call_center_transcript", call_center),
    ("chatbot_home_visit", chatbot),
    ("messenger_screenshot", messenger_screenshot),
    ("email_refund", email_letter),
    ("foreign_patient_form", foreign_patient),
    ("lk_registration", lk_registration),
]
