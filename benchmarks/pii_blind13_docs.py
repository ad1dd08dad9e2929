"""Whole documents of blind13 written by patients and relatives: complaints, letters, chats, SMS."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind13_gen as g
from benchmarks import pii_blind13_ids as ids
from benchmarks.pii_families import Planted

P, D, L, T, E, U = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL"
S, INN, OMS, PS, M = "RU_SNILS", "RU_INN", "RU_OMS_POLICY", "RU_PASSPORT", "MEDICAL_RECORD_NUMBER"


def complaint_head_doctor(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    x.t("Главному врачу ГБУЗ «Городская поликлиника № ").t(str(rng.randint(1, 220))).t("»\n")
    f, i, o, _m = g.parts(rng, fake, male=False)
    x.v(P, g.name(rng, fake, "datv", "F IO")).t("\nот ").v(P, g.fmt(f, i, o, False, "gent", "F I O")).t(",\n")
    x.t("проживающей по адресу: ").v(L, g.address(rng, fake)).t(",\nтел. ").v(T, g.phone(rng)).t("\n\n")
    x.t("ЖАЛОБА\n\n").v(D, g.date(rng, "dmy")).t(" я пришла на приём к врачу-терапевту ")
    x.v(P, g.name(rng, fake, "datv", rng.choice(("F I O", "F IO")))).t(" по талону на ")
    x.t(f"{rng.randint(8, 17)}:{rng.choice(('00', '20', '40'))}")  # a bare time is not PII
    x.t(", но приём начался только через два часа. ").t(ids.noise(rng)).t(" Прошу принять меры.\n\n")
    x.v(D, g.date(rng, rng.choice(("dmy", "words_g")))).t("  Подпись ______ ").v(
        P, g.fmt(f, i, o, False, "nomn", rng.choice(("IO F", "F IO")))
    )
    return x.done()


def roszdravnadzor(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    x.t("В Территориальный орган Росздравнадзора по ").t(
        rng.choice(("г. Москве и Московской области", "Свердловской области", "Республике Татарстан"))
    ).t("\n")
    x.t("Заявитель: ").v(P, g.name(rng, fake, "nomn", "F I O")).t(", ").v(D, g.birth(rng)).t(" г.р.\n")
    x.t("Почтовый адрес: ").v(L, g.address(rng, fake, "index")).t("\nЭл. почта: ").v(E, g.email(rng, fake)).t(
        "\n\n"
    )
    x.t("Моя мать, ").v(P, g.name(rng, fake, "nomn", "F I O", male=False)).t(
        ", находилась на лечении в кардиологическом "
    )
    x.t("отделении с ").v(D, g.date(rng, "dmy")).t(" по ").v(D, g.date(rng, "dmy")).t(" (история болезни № ")
    x.v(M, ids.mrn(rng, "ib")).t("). Лечащий врач ").v(P, g.name(rng, fake, "nomn", "F IO")).t(
        " не сообщал нам о "
    )
    x.t("ухудшении. Заведующий отделением ").v(P, g.name(rng, fake, "nomn", "F I O")).t(
        " отказался встретиться.\n"
    )
    x.t("Прошу провести внеплановую проверку. ").t(ids.noise(rng))
    return x.done()


def insurer_letter(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    x.t("В АО «Страховая компания «").t(rng.choice(("СОГАЗ-Мед", "Капитал МС", "Ингосстрах-М"))).t("»\n")
    x.t("от застрахованного лица ").v(P, g.name(rng, fake, "gent", "F I O")).t("\nполис ОМС № ").v(
        OMS, ids.enp(rng)
    )
    x.t("\nСНИЛС ").v(S, ids.snils(rng)).t("\nконт. тел.: ").v(T, g.phone(rng)).t(", ").v(T, g.phone(rng)).t(
        "\n\n"
    )
    x.t("Прошу разъяснить, почему с меня взяли плату за УЗИ ").v(D, g.date(rng, rng.choice(("dmy", "words"))))
    x.t(" в клинике по договору № ").v(M, ids.mrn(rng, "contract")).t(", хотя у меня было направление № ")
    x.v(M, ids.mrn(rng, "ref")).t(". ").t(ids.noise(rng)).t("\nЧек прилагаю.")
    return x.done()


def email_to_clinic(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    me, clin = (
        g.email(rng, fake),
        rng.choice(("info@medclinic-plus.ru", "reg@gkb15.ru", "priem@kdc-zdorovie.ru")),
    )
    x.t("От: ").v(E, me).t("\nКому: ").v(E, clin).t("\nДата: ").v(D, g.date(rng, "time")).t(
        "\nТема: результаты анализов\n\n"
    )
    x.t("Здравствуйте! Меня зовут ").v(P, g.name(rng, fake, "nomn", rng.choice(("I F", "F I O", "I O")))).t(
        ", "
    )
    x.t("сдавала кровь ").v(D, g.date(rng, rng.choice(("daymonth", "dmy")))).t(", номер заказа ").v(
        M, ids.mrn(rng, "lab")
    )
    x.t(". Результат так и не пришёл. Дата рождения ").v(D, g.birth(rng)).t(".\nС уважением, ")
    x.v(P, g.name(rng, fake, "nomn", "dim")).t("\n").v(T, g.phone(rng))
    return x.done()


def messenger_chat(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    f, i, o, _m = g.parts(rng, fake)
    admin = g.name(rng, fake, "nomn", "I F")
    y = rng.randint(2024, 2026)
    x.t("[").v(
        D,
        f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{y}, {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}",
    ).t("] ")
    x.v(P, f"{i} {f[0]}.").t(": Добрый день, хочу записаться к гинекологу на ").v(
        D, g.date(rng, "daymonth")
    ).t("\n[")
    x.v(
        D,
        f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{y}, {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}",
    ).t("] Клиника (")
    x.v(P, admin).t("): Здравствуйте! Напишите ФИО полностью и дату рождения\n[…] ")
    x.v(P, f"{i} {f[0]}.").t(": ").v(P, f"{f} {i} {o}").t(" ").v(D, g.birth(rng, "dmy2")).t(", тел ").v(
        T, g.phone(rng, "compact")
    )
    x.t("\n[…] Клиника: Записали на ").v(D, g.date(rng, "time")).t(", каб. ").t(str(rng.randint(100, 350)))
    x.t(", приём в 10:30. Адрес: ул. Профсоюзная, 12 (вход со двора).")
    return x.done()


def sms_reminders(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    for _ in range(rng.randint(2, 3)):
        x.t("SMS ").v(T, g.phone(rng, rng.choice(("compact", "plus")))).t(": ")
        x.v(P, g.name(rng, fake, "nomn", rng.choice(("I O", "I F")))).t(", напоминаем о приёме ")
        x.v(D, g.date(rng, rng.choice(("time", "dmy", "abbr")))).t(" у врача ").v(
            P, g.name(rng, fake, "gent", "F IO")
        )
        x.t(". Отменить: ").v(U, f"https://emias.info/c/{fake.lexify('??????')}").t("\n")
    x.t("Номер отправителя MEDCLINIC. Ответ 1 — подтвердить, 2 — отменить.")
    return x.done()


def portal_profile(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    x.t("Личный кабинет пациента\n\nФамилия\n").v(P, fake.last_name_female()).t("\nИмя\n").v(
        P, fake.first_name_female()
    )
    x.t("\nОтчество\n").v(P, fake.middle_name_female()).t("\nДата рождения\n").v(D, g.birth(rng, "dmy"))
    x.t("\nСНИЛС\n").v(S, ids.snils(rng)).t("\nПолис ОМС\n").v(OMS, ids.enp(rng, "plain")).t("\nТелефон\n").v(
        T, g.phone(rng, "plus")
    )
    x.t("\nЭлектронная почта\n").v(E, g.email(rng, fake)).t("\nПрикрепление: ГП № ").t(
        str(rng.randint(1, 220))
    )
    x.t(", участок ").t(str(rng.randint(1, 60))).t("\nНомер ЭМК: ").v(M, ids.mrn(rng, "emk"))
    return x.done()


def booking_record(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    x.t("Запись на приём подтверждена\nПациент: ").v(P, g.name(rng, fake, "nomn", "F I O")).t("\nВрач: ")
    x.v(P, g.name(rng, fake, "nomn", "F I O")).t(", офтальмолог\nДата и время: ").v(D, g.date(rng, "time"))
    x.t("\nНомер талона: ").v(M, f"{rng.choice('АБВГ')}{rng.randint(100, 999)}-{g.dn(rng, 6)}")
    x.t("\nКабинет 214, 2 этаж. Приходите за 15 минут. Талон действителен до 12:00.\nСсылка на отмену: ")
    x.v(U, f"https://www.gosuslugi.ru/booking/{g.dn(rng, 9)}")
    return x.done()


def power_of_attorney(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    f, i, o, m = g.parts(rng, fake)
    x.t("ДОВЕРЕННОСТЬ\n\n").t(" " * rng.randint(20, 40)).v(D, g.date(rng, "words")).t("\n\nЯ, ")
    x.v(P, g.fmt(f, i, o, m, "nomn", "F I O")).t(", ").v(D, g.birth(rng, "dmy")).t(" года рождения, паспорт ")
    x.v(PS, ids.passport(rng, rng.choice(("sp", "no")))).t(", выдан ").v(D, g.date(rng, "dmy")).t(
        ", зарегистрированный по адресу: "
    )
    x.v(L, g.address(rng, fake)).t(", доверяю ").v(P, g.name(rng, fake, "datv", "F I O")).t(
        ", паспорт серии "
    )
    ps = ids.passport(rng, "sp")
    x.v(PS, ps[:4]).t(" № ").v(PS, ps[5:]).t(
        ", получать мою медицинскую документацию, в т.ч. медицинскую карту № "
    )
    x.v(M, ids.mrn(rng, "amb")).t(", и результаты обследований.\nДоверенность выдана сроком на один год.\n")
    x.t("Подпись доверителя ________ ").v(P, g.fmt(f, i, o, m, "nomn", "IO F"))
    return x.done()


def court_request(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    x.t("АДВОКАТСКИЙ ЗАПРОС № ").t(f"{rng.randint(1, 99)}/{rng.randint(2020, 2026)}").t("\nАдвокат ")
    x.v(P, g.name(rng, fake, "nomn", "F I O")).t(" (рег. № 77/").t(g.dn(rng, 5)).t(" в реестре адвокатов)\n")
    x.t("В связи с рассмотрением гражданского дела № 2-").t(str(rng.randint(100, 9999))).t("/").t(
        str(rng.randint(2020, 2026))
    )
    x.t(" прошу предоставить заверенные копии медицинской документации на имя ")
    x.v(P, g.name(rng, fake, "gent", "F I O")).t(", ").v(D, g.birth(rng, "dmy")).t(" г.р., проживающего: ")
    x.v(L, g.address(rng, fake)).t(", в том числе карты вызова скорой помощи № ").v(
        M, ids.mrn(rng, "call")
    ).t(" от ")
    x.v(D, g.date(rng, "dmy")).t(" и медкарты стационарного больного № ").v(M, ids.mrn(rng, "ib")).t(".\n")
    x.t("Ответ направить по адресу: 125009, г. Москва, ул. Тверская, д. 7, офис 12.")
    return x.done()


def police_request(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    x.t("ОМВД России по району ").t(rng.choice(("Люблино", "Хамовники", "Кировский", "Центральный"))).t(
        "\nИсх. № "
    )
    x.t(f"{rng.randint(1, 9)}/{g.dn(rng, 5)}").t(" от ").v(D, g.date(rng, "dmy")).t(
        "\n\nВ производстве находится материал "
    )
    x.t("проверки КУСП № ").t(g.dn(rng, 5)).t(" по факту причинения телесных повреждений гр-ну ")
    x.v(P, g.name(rng, fake, "datv", rng.choice(("F I O", "F IO")), male=True)).t(
        ". Прошу сообщить, обращался ли он "
    )
    x.t("в травмпункт ").v(D, g.date(rng, rng.choice(("time", "words")))).t(", какой диагноз установлен.\n")
    x.t("Потерпевший проживает: ").v(L, g.address(rng, fake, rng.choice(("city", "short")))).t(". Свидетель ")
    x.v(P, g.name(rng, fake, "nomn", "F I O")).t(", тел. ").v(T, g.phone(rng)).t(".\nУУП ").v(
        P, g.name(rng, fake, "nomn", "F IO")
    )
    return x.done()


def relative_letter(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    x.t("Здравствуйте, доктор ").v(P, g.name(rng, fake, "nomn", "I O")).t(
        "!\nПишу вам по поводу моего папы, "
    )
    x.v(P, g.name(rng, fake, "gent", "F I O", male=True)).t(" — он лежал у вас в неврологии. ").t(
        ids.noise(rng)
    ).t(" ")
    x.t("После выписки (").v(D, g.date(rng, rng.choice(("daymonth", "dmy")))).t(
        ") у него опять отёки. Мы живём далеко — "
    )
    x.v(L, g.address(rng, fake, rng.choice(("rural", "snt", "region")))).t(
        ", до вас 80 км. Можно ли приехать "
    )
    x.v(D, g.date(rng, rng.choice(("daymonth", "dmy")))).t("? Мой номер ").v(T, g.phone(rng)).t(
        ", пишите в Телеграм: "
    )
    x.v(U, f"https://t.me/{g.translit(fake.first_name_male()).lower()}{g.d(rng, 3)}").t("\n")
    x.v(P, g.name(rng, fake, "nomn", "dim", male=False)).t(", дочь")
    return x.done()


def foreign_patient(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    f, i = rng.choice(
        (
            ("Karimov", "Rustam"),
            ("Nazarova", "Dilnoza"),
            ("Schmidt", "Anna"),
            ("Hovhannisyan", "Armen"),
            ("Rahimov", "Farrukh"),
            ("Li", "Wei"),
            ("Mirzoeva", "Gulnora"),
        )
    )
    x.t("Иностранный гражданин, полис ДМС. Фамилия/Surname: ").v(P, f.upper()).t("  Имя/Given name: ").v(
        P, i.upper()
    )
    x.t("\nДата рождения/Date of birth: ").v(D, g.birth(rng, rng.choice(("dmy", "iso", "abbr"))))
    x.t("\nКарта пациента № ").v(M, ids.mrn(rng, rng.choice(("amb", "emk"))))
    x.t("\nАдрес пребывания: ").v(L, g.address(rng, fake, rng.choice(("city", "mkr")))).t("\nContact: ").v(
        T, g.phone(rng, "foreign")
    )
    x.t(", ").v(E, f"{f.lower()}.{i.lower()}@{rng.choice(('gmail.com', 'mail.ru', 'outlook.com'))}")
    x.t("\nПереводчик: ").v(P, g.name(rng, fake, "nomn", "F I O")).t("\n").t(ids.noise(rng))
    return x.done()


def review_site(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    x.t("Отзыв с сайта, автор: ").v(P, g.name(rng, fake, "nomn", rng.choice(("I F", "dim", "I O")))).t(", ")
    x.v(D, g.date(rng, rng.choice(("words", "abbr", "dmy")))).t("\n«Ходила к ").v(
        P, g.name(rng, fake, "datv", "F")
    )
    x.t(" на УЗИ щитовидки, всё быстро. А вот администратор ").v(
        P, g.name(rng, fake, "nomn", "dim", male=False)
    )
    x.t(" нахамила. Оценка 2/5. Фото чека: ").v(U, g.url(rng, fake)).t("»\nОтвет клиники: ")
    x.v(P, g.name(rng, fake, "nomn", "I O")).t(", свяжитесь с нами: ").v(T, g.phone(rng, "ext"))
    return x.done()


DOC_MAKERS = {
    "b13_complaint_head_doctor": complaint_head_doctor,
    "b13_roszdravnadzor": roszdravnadzor,
    "b13_insurer_letter": insurer_letter,
    "b13_email_to_clinic": email_to_clinic,
    "b13_messenger_chat": messenger_chat,
    "b13_sms_reminders": sms_reminders,
    "b13_portal_profile": portal_profile,
    "b13_booking_record": booking_record,
    "b13_power_of_attorney": power_of_attorney,
    "b13_court_request": court_request,
    "b13_police_request": police_request,
    "b13_relative_letter": relative_letter,
    "b13_foreign_patient": foreign_patient,
    "b13_review_site": review_site,
}
