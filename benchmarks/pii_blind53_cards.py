"""Block families of blind split 53, part one: the sanatorium-resort papers themselves — 072/у and
076/у cards, обратный талон, путёвки and курсовки, the Social Fund (СФР) queue and its letters,
sanatorium reception and accommodation logs and the procedure book."""

from __future__ import annotations

import json
import random
from typing import Any

from benchmarks.pii_blind53_gen import (
    B,
    addr_v,
    birth_cert,
    d,
    date_v,
    dob,
    email_v,
    enp_v,
    inn_v,
    name3,
    ocr,
    oms,
    passport_v,
    phone_v,
    pname,
    snils_v,
    stay,
    voucher_no,
)
from benchmarks.pii_families import BlockFamily, Planted

H = "heldout"
_SANAT = ("санаторий «Белокуриха»", "санаторий им. Кирова", "ФГБУ «Санаторий „Дорохово“»", "санаторий «Янган-Тау»",
          "санаторий «Шахтёр»", "санаторий «Красноусольск»", "ДСО «Солнечный»", "санаторий «Увильды»")


def _full(rng: random.Random, fake: Any) -> str:
    return pname(rng, fake, "nomn", ("F I O", "F I O", "F I O UP"))


def card_072(rng: random.Random, fake: Any) -> Planted:
    b = B().t(ocr(rng, "САНАТОРНО-КУРОРТНАЯ КАРТА") + " № ").v("MEDICAL_RECORD_NUMBER", f"{d(rng, 3, True)}")
    b.t(rng.choice(("\nФорма № 072/у\n", "  (ф. 072/у)\n")))
    b.t("1. Фамилия, имя, отчество ").v("PERSON", _full(rng, fake))
    b.t(rng.choice(("\n2. Пол: ж\n3. Дата рождения ", "\n2. Пол м.\n3. Дата рождения: ")))
    b.v("DATE_TIME", dob(rng, fake, rng.choice(("dd.mm.yyyy", "dd mm yyyy", "d MG yyyy г."))))
    b.t("\n4. Адрес ").v("LOCATION", addr_v(rng, fake, "full"))
    b.t("\n5. Полис ОМС ").v("RU_OMS_POLICY", oms(rng, fake, "nomn"))
    b.t("  СНИЛС ").v("RU_SNILS", snils_v(rng, rng.choice(("XXX-XXX-XXX XX", "XXXXXXXXXXX"))))
    b.t("\n6. № медицинской карты амбулаторного больного ").v("MEDICAL_RECORD_NUMBER", f"{d(rng, 5, True)}")
    b.t("\n12. Лечащий врач ").v("PERSON", pname(rng, fake, "nomn", ("F io", "F i o")))
    b.t(rng.choice(("  тел. ", "  конт.тел ")) + "").v("PHONE_NUMBER", phone_v(rng, "any"))
    b.t("\nДата выдачи карты ").v("DATE_TIME", date_v(rng, fake, rng.choice(("dd.mm.yyyy", "«dd» MG yyyy г."))))
    return b.t("\nМ.П.").done()


def card_076(rng: random.Random, fake: Any) -> Planted:
    b = B().t("Санаторно-курортная карта для детей № ").v("MEDICAL_RECORD_NUMBER", f"{d(rng, 4, True)}")
    b.t(" (форма 076/у)\nФ.И.О. ребенка: ").v("PERSON", pname(rng, fake, "nomn", ("F I O",)))
    b.t(rng.choice(("\nДата рождения: ", "\nд.р. "))).v("DATE_TIME", dob(rng, fake, "dd.mm.yyyy", kid=True))
    b.t("\nСвидетельство о рождении: ").v("MEDICAL_RECORD_NUMBER", birth_cert(rng))
    b.t("\nПолис ОМС: ").v("RU_OMS_POLICY", enp_v(rng))
    b.t("\nСопровождающий (законный представитель): ").v("PERSON", pname(rng, fake, "nomn", ("F I O", "F io")))
    b.t(rng.choice((", паспорт ", "; паспорт РФ "))).v("RU_PASSPORT", passport_v(rng, rng.choice(("XX XX XXXXXX", "XXXX XXXXXX"))))
    b.t("\nАдрес: ").v("LOCATION", addr_v(rng, fake, "full"))
    b.t("\nТелефон матери: ").v("PHONE_NUMBER", phone_v(rng))
    return b.t("\nШкола № 12, 4 «Б» класс.").done()


def return_coupon(rng: random.Random, fake: Any) -> Planted:
    start, end = stay(rng, fake)
    b = B().t(ocr(rng, "ОБРАТНЫЙ ТАЛОН", 0.4) + " к путевке № ").v("MEDICAL_RECORD_NUMBER", voucher_no(rng))
    b.t("\nБольной(ая) ").v("PERSON", pname(rng, fake, "nomn", ("F I O", "F io")))
    b.t(rng.choice((" находился(ась) на лечении в ", " пролечен(а) в "))).t(rng.choice(_SANAT))
    b.t("\nс ").v("DATE_TIME", start).t(" по ").v("DATE_TIME", end)
    b.t("\nСанаторно-курортная карта № ").v("MEDICAL_RECORD_NUMBER", f"{d(rng, 3, True)}")
    b.t("\nЛечащий врач санатория ").v("PERSON", pname(rng, fake, "nomn", ("F io", "io F")))
    return b.t("\nРекомендовано: повторное лечение через 12 мес.").done()


def voucher_ocr(rng: random.Random, fake: Any) -> Planted:
    start, end = stay(rng, fake)
    b = B().t(ocr(rng, "ПУТЕВКА", 0.6) + " Серия ").v("MEDICAL_RECORD_NUMBER", f"{rng.choice(('АБ', 'СФ', 'КТ'))} {d(rng, 6)}")
    b.t("\n" + ocr(rng, "Фамилия", 0.5) + " ")
    last, first, _ = name3(rng, fake)
    b.v("PERSON", last).t("  " + ocr(rng, "Имя", 0.5) + " ").v("PERSON", first)
    b.t("\n" + ocr(rng, "Срок лечения", 0.5) + " с ").v("DATE_TIME", start).t(" по ").v("DATE_TIME", end)
    b.t("\n" + ocr(rng, "Адрес больного", 0.5) + ": ").v("LOCATION", addr_v(rng, fake, "full"))
    return b.t("\nСтоимость оплачена СФР").done()


def kursovka(rng: random.Random, fake: Any) -> Planted:
    b = B().t("Курсовка № ").v("MEDICAL_RECORD_NUMBER", f"{d(rng, 5, True)}")
    b.t(" на амбулаторно-курортное лечение. ").v("PERSON", pname(rng, fake, "nomn", ("F I O", "F io")))
    b.t(", ").v("DATE_TIME", dob(rng, fake, rng.choice(("yyyy", "dd.mm.yyyy")))).t(" г.р., проживает ")
    b.v("LOCATION", addr_v(rng, fake, rng.choice(("full", "town")))).t(". Начало курса ")
    b.v("DATE_TIME", date_v(rng, fake, rng.choice(("dd.mm.yyyy", "d MG", "dd.mm")))).t(", питание без проживания.")
    return b.done()


def sfr_letter(rng: random.Random, fake: Any) -> Planted:
    start, end = stay(rng, fake)
    sex = rng.choice("fm")
    who = pname(rng, fake, "nomn", ("I O",), sex)
    greet = rng.choice(("Уважаемый(ая) ", "Уважаемая " if sex == "f" else "Уважаемый "))
    b = B().t(greet).v("PERSON", who).t("!\n")
    b.t("Отделение СФР сообщает, что по Вашему заявлению от ").v("DATE_TIME", date_v(rng, fake, "dd.mm.yyyy"))
    b.t(" № ").v("MEDICAL_RECORD_NUMBER", f"{d(rng, 2)}-{d(rng, 2)}/{d(rng, 5)}")
    b.t(" Вам предоставляется путёвка № ").v("MEDICAL_RECORD_NUMBER", voucher_no(rng))
    b.t(f" в {rng.choice(_SANAT)} на период с ").v("DATE_TIME", start).t(" по ").v("DATE_TIME", end).t(".\n")
    b.t("Для получения путёвки обратитесь в клиентскую службу с паспортом и СНИЛС.\nИсполнитель: ")
    b.v("PERSON", pname(rng, fake, "nomn", ("F I O", "F io"))).t(", тел. ").v("PHONE_NUMBER", phone_v(rng, "any"))
    return b.done()


def sfr_queue_json(rng: random.Random, fake: Any) -> Planted:
    b = B().t("{")
    items = [("snils", "RU_SNILS", snils_v(rng, rng.choice(("XXX-XXX-XXX XX", "XXXXXXXXXXX")))),
             ("fio", "PERSON", pname(rng, fake, "nomn", ("F I O", "F I O UP"))),
             ("birthDate", "DATE_TIME", dob(rng, fake, rng.choice(("yyyy-mm-dd", "dd.mm.yyyy")))),
             ("applicationNumber", "MEDICAL_RECORD_NUMBER", d(rng, 10, True)),
             ("registrationDate", "DATE_TIME", date_v(rng, fake, "yyyy-mm-ddThh:ii:00")),
             ("phone", "PHONE_NUMBER", phone_v(rng)), ("email", "EMAIL_ADDRESS", email_v(rng, fake))]
    rng.shuffle(items)
    items.insert(rng.randrange(len(items)), ("queuePosition", "", str(rng.randrange(1, 900))))
    for i, (key, kind, value) in enumerate(items):
        b.t(("" if i == 0 else ", ") + json.dumps(key) + ": ")
        if kind:
            b.t('"').v(kind, value).t('"')
        else:
            b.t(value)
    return b.t(', "category": "инвалид II гр."}').done()


def sfr_queue_xml(rng: random.Random, fake: Any) -> Planted:
    last, first, middle = name3(rng, fake)
    b = B().t("<Заявитель>\n  <Фамилия>").v("PERSON", last).t("</Фамилия>\n  <Имя>").v("PERSON", first)
    b.t("</Имя>\n  <Отчество>").v("PERSON", middle).t("</Отчество>\n  <ДатаРождения>")
    b.v("DATE_TIME", dob(rng, fake, "yyyy-mm-dd")).t("</ДатаРождения>\n  <СНИЛС>")
    b.v("RU_SNILS", snils_v(rng, "XXX-XXX-XXX XX")).t("</СНИЛС>\n  <Паспорт Серия=\"")
    series_number = passport_v(rng, "XXXX XXXXXX")
    b.v("RU_PASSPORT", series_number[:4]).t('" Номер="').v("RU_PASSPORT", series_number[5:])
    b.t('"/>\n  <АдресРегистрации>').v("LOCATION", addr_v(rng, fake, "full")).t("</АдресРегистрации>\n")
    b.t("  <НомерЗаявления>").v("MEDICAL_RECORD_NUMBER", f"{d(rng, 3)}-{d(rng, 6)}").t("</НомерЗаявления>\n</Заявитель>")
    return b.done()


def sfr_application(rng: random.Random, fake: Any) -> Planted:
    b = B().t("В Отделение Фонда пенсионного и социального страхования\nот ")
    b.v("PERSON", pname(rng, fake, "gent", ("F I O",))).t(",\nпроживающего(ей) по адресу: ").v("LOCATION", addr_v(rng, fake, "full"))
    b.t(",\nпаспорт серия ")
    pas = passport_v(rng, rng.choice(("XX XX № XXXXXX", "XXXX № XXXXXX", "XXXX XXXXXX")))
    b.v("RU_PASSPORT", pas).t(" выдан ").t(rng.choice(("ОУФМС России", "ГУ МВД России", "МВД по Республике")))
    b.t(" ").v("DATE_TIME", date_v(rng, fake, "dd.mm.yyyy", "-20y")).t(",\nСНИЛС ").v("RU_SNILS", snils_v(rng))
    b.t(", ИНН ").v("RU_INN", inn_v(rng)).t(",\nтел. ").v("PHONE_NUMBER", phone_v(rng))
    b.t(", e-mail: ").v("EMAIL_ADDRESS", email_v(rng, fake))
    b.t("\nЗАЯВЛЕНИЕ\nПрошу предоставить путёвку на санаторно-курортное лечение. Справка 070/у № ")
    b.v("MEDICAL_RECORD_NUMBER", f"{d(rng, 3, True)}").t(" от ").v("DATE_TIME", date_v(rng, fake, "dd.mm.yyyy")).t(".")
    return b.done()


def reception_tsv(rng: random.Random, fake: Any) -> Planted:
    b = B().t("№\tФИО\tД/р\tПутёвка\tЗаезд\tКорпус/комн.\tТелефон\n")
    for i in range(rng.randrange(2, 4)):
        start, _ = stay(rng, fake)
        b.t(f"{i + 1}\t").v("PERSON", pname(rng, fake, "nomn", ("F I O", "F io"))).t("\t")
        b.v("DATE_TIME", dob(rng, fake, rng.choice(("dd.mm.yyyy", "dd.mm.yy")))).t("\t")
        b.v("MEDICAL_RECORD_NUMBER", voucher_no(rng)).t("\t").v("DATE_TIME", start)
        b.t(f"\t{rng.randrange(1, 5)}/{rng.randrange(100, 420)}\t").v("PHONE_NUMBER", phone_v(rng)).t("\n")
    return b.done()


def accommodation_csv(rng: random.Random, fake: Any) -> Planted:
    b = B().t("room;guest;arrival;departure;escort;escort_phone\n")
    for _ in range(rng.randrange(2, 4)):
        start, end = stay(rng, fake)
        b.t(f"{rng.randrange(101, 520)};").v("PERSON", pname(rng, fake, "nomn", ("F I O", "F I", "F io"))).t(";")
        b.v("DATE_TIME", start).t(";").v("DATE_TIME", end).t(";")
        if rng.random() < 0.6:
            b.v("PERSON", pname(rng, fake, "nomn", ("F I O", "F io"))).t(";").v("PHONE_NUMBER", phone_v(rng)).t("\n")
        else:
            b.t("-;-\n")
    return b.done()


def procedure_book(rng: random.Random, fake: Any) -> Planted:
    b = B().t(rng.choice(("Журнал отпуска процедур (грязелечение)\n", "Книга учёта процедур, ванное отделение\n")))
    for _ in range(rng.randrange(3, 5)):
        b.v("DATE_TIME", date_v(rng, fake, rng.choice(("dd.mm", "dd.mm.yy", "dd.mm hh:ii")))).t(rng.choice((" — ", " | ", "  ")))
        b.v("PERSON", pname(rng, fake, "nomn", ("F io", "F i o", "F io lo"))).t(", и/б ").v("MEDICAL_RECORD_NUMBER", d(rng, 4, True))
        b.t(rng.choice((", радоновая ванна 12 мин", ", грязевая аппликация t 42°", ", подводный душ-массаж", ", галотерапия")))
        b.t(", отпустила ").v("PERSON", pname(rng, fake, "nomn", ("F", "F i"))).t("\n")
    return b.done()


def vk_protocol(rng: random.Random, fake: Any) -> Planted:
    b = B().t("Протокол ВК № ").v("MEDICAL_RECORD_NUMBER", f"{d(rng, 3, True)}/{d(rng, 2)}").t(" от ")
    b.v("DATE_TIME", date_v(rng, fake, "dd.mm.yyyy")).t("\nПациент: ").v("PERSON", pname(rng, fake, "nomn", ("F I O", "F io")))
    b.t(", ").v("DATE_TIME", dob(rng, fake, "dd.mm.yyyy")).t(" г.р.\nРешение: медицинские показания к санаторно-курортному лечению имеются, ")
    b.t("противопоказаний нет. Выдана справка ф. 070/у № ").v("MEDICAL_RECORD_NUMBER", d(rng, 4, True))
    b.t("\nПредседатель ВК ").v("PERSON", pname(rng, fake, "nomn", ("F io", "io F")))
    b.t("\nЧлены: ").v("PERSON", pname(rng, fake, "nomn", ("F io",))).t(", ").v("PERSON", pname(rng, fake, "nomn", ("F io",)))
    return b.done()


def hurried_note(rng: random.Random, fake: Any) -> Planted:
    start, _ = stay(rng, fake)
    b = B().t(rng.choice(("пац-ка ", "б-ая ", "пац. "))).v("PERSON", pname(rng, fake, "nomn", ("F io lo", "F I lo", "F io"), "f"))
    b.t(f" {rng.randrange(40, 82)}л заезд ").v("DATE_TIME", start[:5] if rng.random() < 0.5 else start)
    b.t(" путевка ").v("MEDICAL_RECORD_NUMBER", d(rng, 6, True)).t(rng.choice((" опоздала на 1 сут ", " карта 072 без ЭКГ ")))
    b.t(rng.choice(("тел ", "т.", "моб "))).v("PHONE_NUMBER", phone_v(rng))
    b.t(" дочь ").v("PERSON", pname(rng, fake, "nomn", ("I", "I F"), "f"))
    return b.done()


def escort_contacts(rng: random.Random, fake: Any) -> Planted:
    b = B().t("Контакты родственников / сопровождающих:\n")
    roles = (("Мать", "f"), ("Отец", "m"), ("Супруг(а)", None), ("Сын", "m"), ("Дочь", "f"), ("Опекун", None),
             ("Сестра", "f"), ("Брат", "m"))
    for role, sex in rng.sample(roles, rng.randrange(2, 4)):
        b.t(f"{role}: ").v("PERSON", pname(rng, fake, "nomn", ("F I O", "I O", "F I"), sex))
        b.t(rng.choice((", тел. ", " — ", ", моб. ")))
        b.v("PHONE_NUMBER", phone_v(rng))
        if rng.random() < 0.3:
            b.t(", ").v("EMAIL_ADDRESS", email_v(rng, fake))
        b.t("\n")
    return b.done()


def epicrisis_header(rng: random.Random, fake: Any) -> Planted:
    start, end = stay(rng, fake)
    b = B().t(f"{rng.choice(_SANAT).upper()}\nВЫПИСКА ИЗ МЕДИЦИНСКОЙ КАРТЫ № ").v("MEDICAL_RECORD_NUMBER", f"{d(rng, 4, True)}/{d(rng, 2)}")
    b.t("\nФИО: ").v("PERSON", _full(rng, fake)).t("  Возраст: " + str(rng.randrange(18, 85)) + " лет\n")
    b.t("Период лечения: ").v("DATE_TIME", start[:5] if rng.random() < 0.4 else start).t(" - ").v("DATE_TIME", end)
    b.t("\nНаправлен: ").t(rng.choice(("СФР по ", "поликлиникой по месту жительства, "))).v("LOCATION", addr_v(rng, fake, "town"))
    b.t("\nСКК № ").v("MEDICAL_RECORD_NUMBER", d(rng, 3, True)).t(" от ").v("DATE_TIME", date_v(rng, fake, "dd.mm.yyyy"))
    return b.done()


CARD_BLOCKS: list[BlockFamily] = [
    BlockFamily("b53-block-card-072", H, card_072),
    BlockFamily("b53-block-card-076-child", H, card_076),
    BlockFamily("b53-block-return-coupon", H, return_coupon),
    BlockFamily("b53-block-voucher-ocr", H, voucher_ocr),
    BlockFamily("b53-block-kursovka", H, kursovka),
    BlockFamily("b53-block-sfr-letter", H, sfr_letter),
    BlockFamily("b53-block-sfr-queue-json", H, sfr_queue_json),
    BlockFamily("b53-block-sfr-queue-xml", H, sfr_queue_xml),
    BlockFamily("b53-block-sfr-application", H, sfr_application),
    BlockFamily("b53-block-reception-tsv", H, reception_tsv),
    BlockFamily("b53-block-accommodation-csv", H, accommodation_csv),
    BlockFamily("b53-block-procedure-book", H, procedure_book),
    BlockFamily("b53-block-vk-protocol", H, vk_protocol),
    BlockFamily("b53-block-hurried-note", H, hurried_note),
    BlockFamily("b53-block-escort-contacts", H, escort_contacts),
    BlockFamily("b53-block-epicrisis-header", H, epicrisis_header),
]
