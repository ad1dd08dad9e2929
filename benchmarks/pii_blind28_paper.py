"""Paperwork blocks of the blind28 split: complaints and answers, ТФОМС/СМО reviews, copies of records,
notary and court papers, archives, tax-deduction certificates."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind28_gen as g
from benchmarks.pii_blind28_gen import Doc, Person
from benchmarks.pii_families import Planted

P, D, L, PH = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
SN, INN, PS, OMS, MRN, EM, URL = (
    "RU_SNILS",
    "RU_INN",
    "RU_PASSPORT",
    "RU_OMS_POLICY",
    "MEDICAL_RECORD_NUMBER",
    "EMAIL_ADDRESS",
    "URL",
)


def complaint_rzn(rng: random.Random, fake: Any) -> Planted:
    p, doc = Person(rng, fake), Person(rng, fake)
    d = (
        Doc()
        .t("Руководителю Территориального органа Росздравнадзора по Самарской области\nот ")
        .v(P, p.full("gent"))
    )
    d.t(",\nпроживающей(его) по адресу: ").v(L, g.address(rng, fake)).t(",\nтел.: ").v(PH, g.phone(rng)).t(
        ", "
    )
    d.v(PH, g.phone(rng, rng.choice(("m2", "m3", "city")))).t("\nэл. почта: ").v(EM, g.email(rng, fake))
    d.t("\n\nЖАЛОБА\n").v(D, g.fdate(rng, g.rdate(rng), rng.choice(("words_g", "dot")))).t(
        " я обратилась в поликлинику № 5 "
    )
    d.t("для получения справки на санаторно-курортное лечение. Врач-терапевт ").v(P, doc.ini(before=True))
    d.t(" отказал(а) в оформлении карты 070/у, сославшись на отсутствие анализов. Прошу провести проверку.\n")
    d.t("Приложение: копия талона № ").v(MRN, g.mrn(rng, "plain")).t(".\nПодпись ______ ").v(
        P, p.ini(before=True)
    )
    return d.done()


def complaint_answer(rng: random.Random, fake: Any) -> Planted:
    p, doc, boss = Person(rng, fake), Person(rng, fake), Person(rng, fake)
    a = g.rdate(rng)
    d = (
        Doc()
        .v(P, p.ini("datv", before=True))
        .t("\n")
        .v(L, g.address(rng, fake, rng.choice(("idx_last", "city_idx", "rev"))))
    )
    d.t("\n\nУважаем").t("ый " if p.male else "ая ").v(P, p.io()).t("!\n")
    d.t("Рассмотрев Ваше обращение от ").v(D, g.date_any(rng)).t(", сообщаем: по данным медицинской карты № ")
    d.v(MRN, g.mrn(rng)).t(" Вы находились на лечении с ").v(D, g.fdate(rng, a, "dot")).t(" по ")
    d.v(D, g.fdate(rng, a.fromordinal(a.toordinal() + rng.randrange(2, 25)), "dot")).t(". С врачом ").v(
        P, doc.sur("ablt") + " " + doc.first[0] + "." + doc.patr[0] + "."
    )
    d.t(" проведена беседа, случай разобран на заседании ВК (протокол № ").v(
        MRN, str(rng.randrange(1, 500))
    ).t(").\n")
    d.t("Главный врач ").v(P, boss.ini(before=True)).t("\nИсп. ").v(P, Person(rng, fake).sur()).t(
        ", каб. 305"
    )
    return d.done()


def tfoms_ekmp(rng: random.Random, fake: Any) -> Planted:
    p, exp = Person(rng, fake), Person(rng, fake)
    a = g.rdate(rng)
    b = a.fromordinal(a.toordinal() + rng.randrange(3, 20))
    d = (
        Doc()
        .t("АКТ ЭКСПЕРТИЗЫ КАЧЕСТВА МЕДИЦИНСКОЙ ПОМОЩИ № ")
        .v(MRN, f"{rng.randrange(1, 9999)}-ЭКМП/{a.year}")
    )
    d.t("\n(целевая, по жалобе застрахованного лица)\nЗастрахованное лицо: ").v(P, p.full())
    d.t("\nЕНП: ").v(OMS, g.oms(rng)).t("\nМедицинская карта стационарного больного № ").v(
        MRN, g.mrn(rng, "slash", a.year)
    )
    d.t("\nСроки лечения: ").v(D, g.fdate(rng, a, "dot")).t(" – ").v(D, g.fdate(rng, b, "dot"))
    d.t(
        f"\nДиагноз: {g.icd(rng)}. Код дефекта 3.2.1; уменьшение оплаты 30 %; штраф 0,3 подушевого норматива."
    )
    d.t("\nЭксперт качества медицинской помощи ").v(P, exp.full()).t(" (стаж 18 лет)")
    return d.done()


def insurer_letter(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = Doc().t("АО «Страховая компания «СОГАЗ-Мед»\nИсх. от ").v(D, g.date_any(rng)).t("\n")
    d.t("Уважаем").t("ый " if p.male else "ая ").v(P, p.io()).t("!\nВаше обращение по полису ОМС ")
    d.v(OMS, g.oms(rng)).t(" рассмотрено. Ваш страховой представитель ").v(P, Person(rng, fake).io()).t(
        " свяжется с Вами по номеру "
    )
    d.v(PH, g.phone(rng, rng.choice(("m1", "m2")))).t(".\nОтвет на обращение дан в срок 30 дней.")
    return d.done()


def copies_request(rng: random.Random, fake: Any) -> Planted:
    p, boss = Person(rng, fake), Person(rng, fake)
    s, n = g.passport_parts(rng)
    d = (
        Doc()
        .t("Главному врачу ГБУЗ «ГКБ № 1»\n")
        .v(P, boss.ini("datv", before=rng.random() < 0.5))
        .t("\nот ")
        .v(P, p.full("gent"))
    )
    d.t("\nпаспорт:\n").v(PS, s).t(" ").v(PS, n).t("\nвыдан ").v(
        D, g.fdate(rng, g.rdate(rng, 2005, 2024), "dot")
    )
    d.t(" ГУ МВД России, код подразделения 630-00").t(str(rng.randrange(1, 9)))
    d.t("\nадрес: ").v(L, g.address(rng, fake)).t("\nтел. ").v(PH, g.phone(rng)).t(" / ").v(PH, g.phone(rng))
    d.t("\n\nЗАЯВЛЕНИЕ\nНа основании ч. 5 ст. 22 ФЗ № 323-ФЗ прошу выдать заверенные копии:\n")
    d.t("1) медицинской карты стационарного больного № ").v(MRN, g.mrn(rng)).t(";\n2) протокола ВК № ").v(
        MRN, str(rng.randrange(1, 999))
    )
    d.t(";\n3) результатов МРТ (исследование ").v(MRN, f"ACC{g._d(rng, 8)}").t(").\n")
    d.t("Способ получения: лично / почтой / на e-mail ").v(EM, g.email(rng, fake)).t("\n").v(
        D, g.date_any(rng)
    ).t("  ____ /").v(P, p.ini()).t("/")
    return d.done()


def copies_receipt(rng: random.Random, fake: Any) -> Planted:
    p, relative = Person(rng, fake), Person(rng, fake)
    d = Doc().t("Журнал выдачи копий медицинской документации\n")
    d.t("Дата: ").v(D, g.fdate(rng, g.rdate(rng), "time")).t("\nПациент: ").v(P, p.ini(before=False)).t(
        ", ИБ "
    ).v(MRN, g.mrn(rng, "dash"))
    d.t("\nКопии получил(а): ").v(P, relative.full()).t(" (").t(
        rng.choice(
            ("сын", "супруг", "представитель") if relative.male else ("дочь", "супруга", "представитель")
        )
    ).t(")")
    d.t(", доверенность от ").v(D, g.date_any(rng)).t("\nВыдал: мед. регистратор ")
    d.v(P, Person(rng, fake).sur()).t(". Кол-во листов: 48.")
    return d.done()


def notary_power(rng: random.Random, fake: Any) -> Planted:
    p, a = Person(rng, fake), Person(rng, fake)
    s, n = g.passport_parts(rng)
    d = Doc().t("ДОВЕРЕННОСТЬ\n").v(D, g.fdate(rng, g.rdate(rng), "words")).t(" года\n")
    d.t("Я, ").v(P, p.full()).t(", ").v(D, g.fdate(rng, g.birth(rng), "dot")).t(
        " года рождения, паспорт серии "
    ).v(PS, s)
    d.t(" № ").v(PS, n).t(", зарегистрирован(а) по адресу: ").v(L, g.address(rng, fake)).t(
        ",\nнастоящей доверенностью уполномочиваю "
    )
    d.v(P, a.full("accs")).t(
        " получать в медицинских организациях копии моих медицинских документов, справки и выписки, "
    )
    d.t("представлять мои интересы в бюро МСЭ и ТФОМС.\nДоверенность выдана сроком на три года.\nНотариус ")
    d.v(P, Person(rng, fake).ini(before=True)).t(". Зарегистрировано в реестре.")
    return d.done()


def court_request(rng: random.Random, fake: Any) -> Planted:
    p, judge = Person(rng, fake), Person(rng, fake)
    d = Doc().t(
        "Октябрьский районный суд\nГлавному врачу\n\nВ производстве суда находится гражданское дело по иску "
    )
    d.v(P, p.full("gent")).t(" к ГБУЗ «СГКБ № 2» о компенсации морального вреда.\n")
    d.t("Суд просит в срок до ").v(D, g.fdate(rng, g.rdate(rng), "words_g")).t(
        " представить подлинники медицинской карты "
    )
    d.v(P, p.ini("gent", before=rng.random() < 0.5)).t(", ").v(D, g.fdate(rng, g.birth(rng), "dot")).t(
        " г.р., "
    )
    d.t("проживающ").t("его" if p.male else "ей").t(" по адресу: ").v(L, g.address(rng, fake))
    d.t(", а также рентгенограммы (DICOM, StudyID ").v(
        MRN, f"1.2.643.5.1.13.{g._d(rng, 5)}.{g._d(rng, 6)}"
    ).t(").\n")
    d.t("Судья ").v(P, judge.ini(before=True)).t("\nСекретарь судебного заседания ").v(
        P, Person(rng, fake).sur()
    ).t(", тел. ")
    d.v(PH, g.phone(rng, "city"))
    return d.done()


def archive_cert(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    y = rng.randrange(1985, 2015)
    a = g.rdate(rng, y, y)
    b = a.fromordinal(a.toordinal() + rng.randrange(5, 30))
    d = Doc().t("АРХИВНАЯ СПРАВКА\n")
    d.t("По документам архивного фонда ГБУЗ «Областная больница» значится: ").v(P, p.full())
    d.t(", ").v(D, g.fdate(rng, g.birth(rng), "dot")).t(" г.р.,\nнаходил").t("ся" if p.male else "ась").t(
        " на стационарном лечении в хирургическом отделении с "
    )
    d.v(D, g.fdate(rng, a, "dot")).t(" по ").v(D, g.fdate(rng, b, "dot")).t(" (история болезни № ").v(
        MRN, f"{rng.randrange(1, 9999)}/{y}"
    )
    d.t(").\nОснование: ").v(MRN, f"ф. Р-{rng.randrange(1, 99)}, оп. 1, д. {rng.randrange(1, 999)}").t(
        ", л. 12–14.\n"
    )
    d.t("Справка выдана для представления в Социальный фонд. Заведующий архивом ").v(
        P, Person(rng, fake).ini()
    )
    return d.done()


def tax_cert(rng: random.Random, fake: Any) -> Planted:
    payer, pat = Person(rng, fake), Person(rng, fake)
    d = (
        Doc()
        .t("Справка об оплате медицинских услуг для представления в налоговый орган\n№ ")
        .v(MRN, g._d(rng, 6))
    )
    d.t("   Отчётный год: ").t(str(rng.randrange(2019, 2026))).t("\nИНН медицинской организации ").t(
        g.org_inn(rng)
    )
    d.t("   КПП ").t(g.kpp(rng)).t("\nФамилия ").v(P, payer.sur()).t("\nИмя ").v(P, payer.fir()).t(
        "\nОтчество "
    ).v(P, payer.pat())
    d.t("\nИНН налогоплательщика ").v(INN, g.inn12(rng)).t("\nДата рождения ").v(
        D, g.fdate(rng, g.birth(rng), "dot")
    )
    d.t("\nПациент: ").v(P, pat.full()).t(", ИНН пациента ").v(INN, g.inn(rng)).t(
        "\nКод услуги: 01   Стоимость: 45 600 руб. 00 коп."
    )
    d.t("\nДата выдачи справки ").v(D, g.fdate(rng, g.rdate(rng), "dot")).t("\nОтветственное лицо ").v(
        P, Person(rng, fake).ini()
    )
    return d.done()


def tax_request(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = (
        Doc()
        .t("Заявление на выдачу справки для налогового вычета\nОт: ")
        .v(P, p.ini(before=True))
        .t("\nИНН: ")
    )
    d.v(INN, g.inn(rng)).t("\nИНН супруга(и) (за кого оплачено): ").v(INN, g.inn12(rng)).t(
        "\nДоговор на оказание платных услуг № "
    )
    d.v(MRN, f"ПУ-{rng.randrange(1, 99999)}").t(" от ").v(D, g.date_any(rng)).t("\nКонтакты: ").v(
        PH, g.phone(rng)
    ).t("; ").v(EM, g.email(rng, fake))
    return d.done()


def appeal_mse(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = (
        Doc()
        .t("Руководителю ФКУ «ГБ МСЭ по Самарской области»\nот ")
        .v(P, p.full("gent"))
        .t(",\n")
        .v(D, _dob(rng))
        .t(" г.р.,\n")
    )
    d.t("СНИЛС ").v(SN, g.snils(rng)).t(",\nадрес: ").v(
        L, g.address(rng, fake, rng.choice(("rural", "snt", "mkr")))
    )
    d.t("\nЗАЯВЛЕНИЕ\nОбжалую решение бюро № 7 от ").v(D, g.date_any(rng)).t(" (акт № ").v(
        MRN, f"{rng.randrange(100, 2999)}.7.63/{rng.randrange(2019, 2027)}"
    )
    d.t(") об отказе в установлении инвалидности. Прошу провести освидетельствование заочно.\nТел. ").v(
        PH, g.phone(rng)
    )
    return d.done()


def _dob(rng: random.Random) -> str:
    return g.fdate(rng, g.birth(rng), rng.choice(("dot", "dot2", "iso")))


def vk_sms(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = Doc().t("SMS: Уважаем").t("ый " if p.male else "ая ").v(P, p.io()).t(", заседание ВК назначено на ")
    d.v(D, g.fdate(rng, g.rdate(rng), rng.choice(("time", "dot")))).t(
        ", каб. 214. Возьмите паспорт, СНИЛС и ЭЛН "
    )
    d.v(MRN, "9" + g._d(rng, 11)).t(". Отмена записи: ").v(PH, g.phone(rng, "m1")).t(" или ").v(
        URL, f"https://gosuslugi.ru/{g._d(rng, 6)}"
    )
    return d.done()


PAPER_BLOCKS = [
    ("b28_complaint_rzn", complaint_rzn),
    ("b28_complaint_answer", complaint_answer),
    ("b28_tfoms_ekmp", tfoms_ekmp),
    ("b28_insurer_letter", insurer_letter),
    ("b28_copies_request", copies_request),
    ("b28_copies_receipt", copies_receipt),
    ("b28_notary_power", notary_power),
    ("b28_court_request", court_request),
    ("b28_archive_cert", archive_cert),
    ("b28_tax_cert", tax_cert),
    ("b28_tax_request", tax_request),
    ("b28_appeal_mse", appeal_mse),
    ("b28_vk_sms", vk_sms),
]
