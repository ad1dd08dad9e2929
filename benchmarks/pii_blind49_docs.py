"""Multi-value fragments of blind split 49: contracts, receipts, tax-deduction certificates, ДМС
letters, consents, sports and pool certificates, IVF forms."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind49_gen import (
    Doc,
    addr_v,
    date_v,
    email_v,
    fmt,
    inn_v,
    name,
    ocr,
    oms_v,
    passport_v,
    period,
    phone_v,
    pick,
    snils_v,
    typo,
    url_v,
    who,
)
from benchmarks.pii_families import BlockFamily, Planted

H = "heldout"
PER, TEL, DT, LOC, MRN = "PERSON", "PHONE_NUMBER", "DATE_TIME", "LOCATION", "MEDICAL_RECORD_NUMBER"
FIO = name("F I O")
SHORT = name("F io", "F i o", "io F")
BDAY = date_v("dd.mm.yyyy", "dd.mm.yyyy г.", "d MG yyyy г.", kind="birth")
BDAY_NOG = date_v("dd.mm.yyyy", "d MG yyyy", "dd.mm.yy", kind="birth")
DAY = date_v("dd.mm.yyyy", "«dd» MG yyyy г.", "dd.mm.yyyy г.")
ADDR = addr_v("{P}, {R}, г. {T}, ул. {S}, д. {N}, кв. {Q}", "г. {T}, ул. {S}, д. {N}, кв. {Q}", "{R}, {T}, {S} ул., {N}-{Q}")
CLINIC_ADDR = addr_v("г. {T}, ул. {S}, д. {N}, пом. {E}", "{P}, г. {T}, пр-т {S}, д. {N}", "{T}, ул. {S}, {N}, оф. {E}")
CONTRACT = pick("ПМУ-Y/XXXXX", "XXX-П/Y", "Д-XXXXXX", "XXXXX")
CARD = pick("XXXXXX", "К-XXXXX", "XX-XXXXX")
INN12, INN10 = inn_v("XXXXXXXXXXXX"), inn_v("XXXXXXXXXX")


def contract_head(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("ДОГОВОР № ").v(MRN, CONTRACT).t("\nна оказание платных медицинских услуг\n\nг. ")
    doc.t(rng.choice(("Москва", "Екатеринбург", "Самара", "Казань"))).t("                              ").v(DT, DAY)
    doc.t("\n\nОбщество с ограниченной ответственностью «").one("Клиника Здоровье", "Дельта-Мед", "Эстетика+", "СпортМед")
    doc.t("» (ИНН ").v("RU_INN", INN10).t("), в лице генерального директора ").v(PER, name("F I O"), "gent")
    doc.t(", действующего на основании Устава, именуемое в дальнейшем «Исполнитель», и гр. ").v(PER, FIO)
    doc.t(", ").v(DT, BDAY_NOG).t(" г.р., паспорт ").v("RU_PASSPORT", passport_v()).t(", зарегистрированный(ая) по адресу: ")
    doc.v(LOC, ADDR).t(", именуемый(ая) в дальнейшем «Заказчик», заключили настоящий договор о нижеследующем:")
    return doc.done()


def contract_requisites(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("9. АДРЕСА И РЕКВИЗИТЫ СТОРОН\nИсполнитель: ООО «").one("МедЛайн", "Добромед", "Семейный доктор")
    doc.t("»\nЮр. адрес: ").v(LOC, CLINIC_ADDR).t("\nИНН ").v("RU_INN", INN10).t("  КПП 7701").t(f"{rng.randrange(10000, 99999)}")
    doc.t("\nТел.: ").v(TEL, phone_v(city=1.0)).t("\nE-mail: ").v("EMAIL_ADDRESS", email_v(0.0))
    p = who(rng, fake)
    doc.t("\n\nЗаказчик: ").v(PER, fmt(p, "F I O")).t("\nДата рождения: ").v(DT, BDAY).t("\nПаспорт: ").v("RU_PASSPORT", passport_v())
    doc.t(" выдан ").one("ОВД района", "ГУ МВД России по г. Москве", "ТП УФМС России").t(" ").v(DT, date_v("dd.mm.yyyy"))
    doc.t("\nАдрес: ").v(LOC, ADDR).t("\nТел.: ").v(TEL, phone_v()).t("\n\n_____________ /").v(PER, fmt(p, rng.choice(("F io", "io F", "F i o")))).t("/")
    return doc.done()


def tax_certificate(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("СПРАВКА\nоб оплате медицинских услуг для представления в налоговый орган\n№ ")
    doc.v(MRN, pick("XXXX", "XXX/Y", "НВ-XXXXX")).t(" от ").v(DT, date_v("dd.mm.yyyy", "«dd» MG yyyy г."))
    doc.t("\nВыдана налогоплательщику (ФИО) ").v(PER, FIO).t("\nИНН налогоплательщика ").v("RU_INN", inn_v("XXXXXXXXXXXX", "XXXX XXXX XXXX"))
    doc.t("\nДата рождения ").v(DT, BDAY)
    if rng.random() < 0.5:
        doc.t("\nВид документа: паспорт гражданина РФ, серия и номер ").v("RU_PASSPORT", passport_v())
    doc.t("\nв том, что он(а) оплатил(а) медицинские услуги стоимостью 48 500 руб. 00 коп.,\nоказанные ")
    doc.one("ему (ей) лично", "супругу(е)", "ребёнку", "родителю", "пациенту").t(" — ").v(PER, FIO).t(", ИНН ").v("RU_INN", INN12)
    doc.t(",\nдата рождения ").v(DT, BDAY).t(",\nв ").v(DT, date_v("yyyy году", "yyyy г.")).t(". Код услуги: 1.")
    return doc.done()


def cash_receipt(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("КАССОВЫЙ ЧЕК / ПРИХОД\nООО «").one("Клиника Эксперт", "ЛабТест", "Бьюти Мед").t("»\n")
    doc.v(LOC, CLINIC_ADDR).t("\nИНН ").v("RU_INN", INN10).t("\n").v(DT, date_v("dd.mm.yy HH:MI", "dd.mm.yyyy HH:MI"))
    doc.t(f"\nСМЕНА {rng.randrange(1, 400)}  ЧЕК {rng.randrange(1, 200)}\n")
    doc.one("Прием (осмотр, консультация) врача-косметолога", "Взятие крови из вены", "Консультация спортивного врача")
    doc.t("  1 x 2 500.00\nИТОГ  =2 500.00\nБЕЗНАЛИЧНЫМИ  =2 500.00\nПОКУПАТЕЛЬ: ").v(PER, name("F I O", "F io", upper=0.5))
    doc.t("\nИНН ПОКУПАТЕЛЯ: ").v("RU_INN", INN12).t("\nЭЛ. АДР. ПОКУПАТЕЛЯ: ").v("EMAIL_ADDRESS", email_v(1.0))
    doc.t(f"\nФН 73840{rng.randrange(10**10, 10**11)}  ФД {rng.randrange(1000, 99999)}  ФП {rng.randrange(10**9, 10**10)}")
    return doc.done()


def cash_order_slip(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t(ocr(rng, "КВИТАНЦИЯ к приходному кассовому ордеру № ")).t(f"{rng.randrange(1, 900)}\n")
    doc.t(ocr(rng, "Принято от ")).v(PER, name("F I O", "F io"), "gent").t("\n")
    doc.t(ocr(rng, "Основание: оплата по договору № ")).v(MRN, CONTRACT).t(" за лечение ")
    doc.v(PER, name("F I O", "F io"), "gent").t("\nСумма: 17 300 руб. 00 коп.\n")
    doc.v(DT, date_v("«dd» MG yyyy г.", "dd.mm.yyyy")).t("\nКассир ________ ").v(PER, SHORT)
    return doc.done()


def dms_guarantee(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("Исх. № ").v(MRN, pick("ГП-Y-XXXXXX", "XXXXX-ГП")).t(" от ").v(DT, date_v("dd.mm.yyyy"))
    doc.t("\nГлавному врачу ООО «Клиника»\n").v(PER, name("F io", "io F"), "datv").t("\n\nГАРАНТИЙНОЕ ПИСЬМО\n")
    doc.t("Страховая компания гарантирует оплату медицинских услуг, оказанных застрахованному лицу: ")
    doc.v(PER, FIO).t(", дата рождения ").v(DT, BDAY).t(", полис ДМС № ").v(MRN, pick("XXX-XXXXXX-Y", "ДМС-XXXXXXX"))
    start, end = period(rng, fake, rng.choice(("dd.mm.yyyy", "«dd» MG yyyy г.")))
    doc.t(", в период с ").val(DT, start).t(" по ").val(DT, end)
    doc.t(".\nОбъём: консультации, лабораторная диагностика, МРТ.\nКуратор: ").v(PER, name("F I", "F I O", "I F"))
    doc.t(", тел. ").v(TEL, phone_v(city=0.6)).t(", ").v("EMAIL_ADDRESS", email_v(0.0))
    return doc.done()


def beauty_consent(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ\nна проведение косметологической процедуры (")
    doc.one("контурная пластика", "ботулинотерапия", "биоревитализация", "химический пилинг").t(")\n\nЯ, ")
    p = who(rng, fake, female=True)
    doc.v(PER, fmt(p, "F I O")).t(", ").v(DT, BDAY_NOG).t(" года рождения, проживающая по адресу: ").v(LOC, ADDR)
    doc.t(",\nпредупреждена врачом ").v(PER, name("F I O", "F io"), "ablt")
    doc.t(" о возможных осложнениях. Медицинская карта № ").v(MRN, CARD).t(".\n")
    doc.t("Согласна на фото- и видеосъёмку зоны коррекции до и после процедуры")
    if rng.random() < 0.5:
        doc.t(" и размещение снимков без лица на сайте ").v("URL", url_v(0.0))
    doc.t(".\nПодпись пациента _________ ").v(PER, fmt(p, rng.choice(("F io", "io F", "F i o")))).t("   Дата ").v(DT, date_v("dd.mm.yyyy", "dd.mm.yy"))
    return doc.done()


def plastic_photo_consent(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("Согласие на использование фотоизображений\n")
    p = who(rng, fake)
    doc.t(typo(rng, "Пациентка: " if p[3] else "Пациент: ")).v(PER, fmt(p, "F I O")).t("\nТел.: ").v(TEL, phone_v()).t("   e-mail: ").v("EMAIL_ADDRESS", email_v(1.0))
    doc.t("\nОперация: ").one("ринопластика", "маммопластика", "абдоминопластика", "блефаропластика")
    doc.t(", дата операции ").v(DT, date_v("dd.mm.yyyy", "d MG yyyy г.")).t(", хирург ").v(PER, SHORT)
    doc.t("\nРазрешаю публикацию фотографий ").one("с закрытыми глазами", "без лица", "в полном объёме")
    doc.t(" в соцсетях клиники и на ").v("URL", url_v(0.0)).t(".\nПаспорт ").v("RU_PASSPORT", passport_v())
    doc.t("\n_________ (").v(PER, fmt(p, rng.choice(("F io", "F i o")))).t(")")
    return doc.done()


def sports_admission(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ № ").v(MRN, pick("XX-XX-XXXXXXX", "СМ-XXXXX", "XXXX/Y"))
    doc.t("\nо допуске к тренировочным мероприятиям и к участию в спортивных соревнованиях\n")
    doc.t("Выдано: ").v(PER, FIO).t("\nДата рождения: ").v(DT, BDAY).t("\nАдрес: ").v(LOC, ADDR)
    doc.t("\nВид спорта: ").one("футбол", "дзюдо", "плавание", "лёгкая атлетика", "хоккей", "самбо").t("; группа здоровья I")
    issued, until = period(rng, fake, rng.choice(("dd.mm.yyyy", "d MG yyyy г.")), days=366)
    doc.t("\nДопущен(а). Срок действия до ").val(DT, until)
    doc.t("\nВрач по спортивной медицине ").v(PER, SHORT).t("   ").val(DT, issued)
    return doc.done()


def team_roster(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("ЗАЯВКА на участие в первенстве\n№ | Фамилия, имя | Дата рожд. | Допуск врача\n")
    for i in range(rng.randrange(2, 4)):
        doc.t(f"{i + 1} | ").v(PER, name("F I")).t(" | ").v(DT, date_v("dd.mm.yyyy", "d.m.yyyy", kind="birth"))
        doc.t(" | ").one("допущен ", "Допущен, ", "ДОПУЩЕН ").v(PER, name("F io", "F")).t("\n")
    doc.t("Представитель команды: ").v(PER, name("F I O", "F io")).t(", ").v(TEL, phone_v())
    return doc.done()


def pool_certificate(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t(ocr(rng, "СПРАВКА № ")).v(MRN, pick("XXXX", "XXXXX/Y", "Б-XXXX"))
    doc.t(ocr(rng, "\nдля посещения плавательного бассейна\nВыдана ")).v(PER, name("F I O", "F I"), "datv")
    doc.t(", ").v(DT, BDAY_NOG).t(" г.р.,\nпроживающему(ей): ").v(LOC, addr_v("г. {T}, ул. {S}, д. {N}, кв. {Q}", "{T}, {S} {N}-{Q}"))
    doc.t(",\nв том, что он(а) осмотрен(а) дерматологом, яйца гельминтов и энтеробиоз не обнаружены.\nДата выдачи ")
    doc.v(DT, date_v("dd.mm.yyyy", "dd.mm.yy")).t(". Действительна 3 месяца.\nВрач ").v(PER, SHORT)
    return doc.done()


def ivf_form(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("АНКЕТА СУПРУЖЕСКОЙ ПАРЫ (программа ЭКО")
    doc.one(" по ОМС)", ")", ", криопротокол)").t("\nЖена: ").v(PER, fmt(who(rng, fake, True), "F I O"))
    doc.t(", д.р. ").v(DT, BDAY).t("\nПолис ОМС: ").v("RU_OMS_POLICY", oms_v()).t("; СНИЛС ").v("RU_SNILS", snils_v())
    doc.t("\nМуж: ").v(PER, fmt(who(rng, fake, False), rng.choice(("F I O", "F io")))).t(", д.р. ").v(DT, BDAY).t("\nАдрес: ").v(LOC, ADDR)
    doc.t("\nТелефон: ").v(TEL, phone_v()).t("\nНаправление комиссии № ").v(MRN, pick("XX.XXXX.XXXXX.XXX", "ЭКО-Y-XXXX"))
    doc.t(" от ").v(DT, date_v("dd.mm.yyyy")).t("\nБесплодие ").one("трубное", "неуточнённое", "мужской фактор").t(", 6 лет.")
    return doc.done()


def tax_register_tsv(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("номер_справки\tфио_плательщика\tинн\tпациент\tгод\tсумма\n")
    for _ in range(rng.randrange(2, 4)):
        doc.v(MRN, pick("XXXX", "XXX/Y")).t("\t").v(PER, name("F I O", upper=0.3)).t("\t").v("RU_INN", INN12).t("\t")
        doc.v(PER, name("F I O", "F io")).t("\t").v(DT, date_v("yyyy")).t("\t").t(f"{rng.randrange(1, 150)}500.00\n")
    return doc.done()


DOC_BLOCKS49: list[BlockFamily] = [
    BlockFamily("b49-contract-head", H, contract_head),
    BlockFamily("b49-contract-requisites", H, contract_requisites),
    BlockFamily("b49-tax-certificate", H, tax_certificate),
    BlockFamily("b49-cash-receipt", H, cash_receipt),
    BlockFamily("b49-cash-order-slip", H, cash_order_slip),
    BlockFamily("b49-dms-guarantee", H, dms_guarantee),
    BlockFamily("b49-beauty-consent", H, beauty_consent),
    BlockFamily("b49-plastic-photo-consent", H, plastic_photo_consent),
    BlockFamily("b49-sports-admission", H, sports_admission),
    BlockFamily("b49-team-roster", H, team_roster),
    BlockFamily("b49-pool-certificate", H, pool_certificate),
    BlockFamily("b49-ivf-form", H, ivf_form),
    BlockFamily("b49-tax-register-tsv", H, tax_register_tsv),
]
