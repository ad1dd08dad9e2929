"""Block families of blind split 53, part three: the sanatorium's guest registration form and tax
certificate, SFR/Госуслуги status messages and the voucher register, the phone log of inter-hospital
transfer requests and a children's sanatorium arrival list."""

from __future__ import annotations

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
    inn_v,
    name3,
    ocr,
    passport_v,
    phone_v,
    pname,
    snils_v,
    stay,
    town,
    two_dates,
    voucher_no,
)
from benchmarks.pii_families import BlockFamily, Planted

H = "heldout"


def guest_form(rng: random.Random, fake: Any) -> Planted:
    last, first, middle = name3(rng, fake)
    b = B().t(ocr(rng, "АНКЕТА ОТДЫХАЮЩЕГО") + "\nФамилия: ").v("PERSON", last).t("\nИмя: ").v("PERSON", first)
    b.t("\nОтчество: ").v("PERSON", middle).t("\nДата рождения: ").v("DATE_TIME", dob(rng, fake, rng.choice(("dd.mm.yyyy", "dd/mm/yyyy"))))
    b.t("\nМесто рождения: ").v("LOCATION", rng.choice((f"г. {town(fake)}", f"с. {town(fake)}", town(fake))))
    pas = passport_v(rng, rng.choice(("XX XX XXXXXX", "XXXX XXXXXX")))
    b.t("\nДокумент: паспорт ").v("RU_PASSPORT", pas).t(", выдан ").v("DATE_TIME", date_v(rng, fake, "dd.mm.yyyy", "-20y"))
    b.t("\nАдрес регистрации: ").v("LOCATION", addr_v(rng, fake, "full"))
    b.t("\nМоб. телефон: ").v("PHONE_NUMBER", phone_v(rng)).t("\nE-mail: ").v("EMAIL_ADDRESS", email_v(rng, fake))
    b.t("\nС правилами проживания ознакомлен(а). Подпись ____")
    return b.done()


def tax_certificate(rng: random.Random, fake: Any) -> Planted:
    payer_sex = rng.choice("fm")
    b = B().t("СПРАВКА об оплате медицинских услуг для представления в налоговый орган № ").v("MEDICAL_RECORD_NUMBER", d(rng, 4, True))
    b.t("\nВыдана налогоплательщику ").v("PERSON", pname(rng, fake, "datv", ("F I O",), payer_sex))
    b.t("\nИНН налогоплательщика ").v("RU_INN", inn_v(rng, rng.choice(("XXXXXXXXXXXX", "XXXXXXXXXXXX", "XX XX XXXXXX XX"))))
    b.t("\nв том, что он(а) оплатил(а) санаторно-курортное лечение ").v("PERSON", pname(rng, fake, "gent", ("F I O", "F io")))
    b.t(" (ИНН ").v("RU_INN", inn_v(rng)).t(")\nДата оплаты ").v("DATE_TIME", date_v(rng, fake, "dd.mm.yyyy"))
    b.t("\nКод услуги 01. Сумма 84 600 руб. 00 коп.")
    return b.done()


def gosuslugi_status(rng: random.Random, fake: Any) -> Planted:
    b = B().t(rng.choice(("Госуслуги: ", "СФР: ", "")))
    b.v("PERSON", pname(rng, fake, "nomn", ("I O", "I"))).t(", ").t(rng.choice((
        "по заявлению № ", "ваше заявление на санаторно-курортное лечение № ", "заявление на путёвку №")))
    b.v("MEDICAL_RECORD_NUMBER", d(rng, 10, True)).t(" от ").v("DATE_TIME", date_v(rng, fake, rng.choice(("dd.mm.yyyy", "dd.mm.yy"))))
    b.t(rng.choice((" рассмотрено, номер в очереди — 214. ", " принято. Позиция в очереди: 1031. ")))
    b.t("Подробнее: ").v("URL", rng.choice((
        f"https://www.gosuslugi.ru/600{d(rng, 3)}/1/form?orderId={d(rng, 10, True)}",
        f"https://lk.sfr.gov.ru/voucher/{d(rng, 9, True)}", f"gosuslugi.ru/order/{d(rng, 10, True)}")))
    return b.done()


def voucher_register(rng: random.Random, fake: Any) -> Planted:
    b = B().t(f"{'СНИЛС':<16}{'Ф.И.О.':<36}{'Путёвка':<14}Срок\n")
    for _ in range(rng.randrange(2, 4)):
        sn = snils_v(rng, rng.choice(("XXX-XXX-XXX XX", "XXXXXXXXXXX")))
        who = pname(rng, fake, "nomn", ("F I O", "F I O UP", "F io"))
        no = voucher_no(rng)
        start, end = stay(rng, fake)
        b.v("RU_SNILS", sn).t(" " * (16 - len(sn))).v("PERSON", who).t(" " * max(1, 36 - len(who)))
        b.v("MEDICAL_RECORD_NUMBER", no).t(" " * max(1, 14 - len(no))).v("DATE_TIME", start).t("-").v("DATE_TIME", end).t("\n")
    return b.done()


def transfer_phone_log(rng: random.Random, fake: Any) -> Planted:
    b = B().t("Журнал телефонных обращений по переводу больных (РЦМК)\n")
    for _ in range(rng.randrange(2, 4)):
        when, _ = two_dates(rng, fake, (rng.choice(("dd.mm.yy hh:ii", "dd.mm hh:ii", "hh:ii dd.mm.yyyy")), "dd.mm.yyyy"), 0)
        b.v("DATE_TIME", when).t(rng.choice((" звонил ", " — обратился ", " | ")))
        b.v("PERSON", pname(rng, fake, "nomn", ("F io", "F i o", "F io lo")))
        opened = rng.random() < 0.5
        b.t(" (ЦРБ " if opened else " из ЦРБ ").v("LOCATION", rng.choice((f"г. {town(fake)}", town(fake), f"с. {town(fake)}")))
        b.t(")" if opened else "").t(rng.choice((" тел. ", ", т. ", " "))).v("PHONE_NUMBER", phone_v(rng, "any"))
        b.t(", о больном ").v("PERSON", pname(rng, fake, "gent", ("F I O", "F io"))).t(rng.choice((
            " — вылет согласован\n", " — перевод наземным транспортом\n", " — отказ, нетранспортабелен\n")))
    return b.done()


def children_arrival_csv(rng: random.Random, fake: Any) -> Planted:
    b = B().t("fio_child,birth_date,birth_certificate,parent,parent_phone\n")
    for _ in range(rng.randrange(2, 4)):
        quote = rng.random() < 0.4
        b.t('"' if quote else "").v("PERSON", pname(rng, fake, "nomn", ("F I O", "F I"))).t('",' if quote else ",")
        b.v("DATE_TIME", dob(rng, fake, rng.choice(("dd.mm.yyyy", "yyyy-mm-dd")), kid=True)).t(",")
        b.v("MEDICAL_RECORD_NUMBER", birth_cert(rng)).t(",")
        b.v("PERSON", pname(rng, fake, "nomn", ("F I O", "F io"), rng.choice("ffm"))).t(",")
        b.v("PHONE_NUMBER", phone_v(rng)).t("\n")
    return b.done()


MORE_BLOCKS: list[BlockFamily] = [
    BlockFamily("b53-block-guest-form", H, guest_form),
    BlockFamily("b53-block-tax-certificate", H, tax_certificate),
    BlockFamily("b53-block-gosuslugi-status", H, gosuslugi_status),
    BlockFamily("b53-block-voucher-register-fixed", H, voucher_register),
    BlockFamily("b53-block-transfer-phone-log", H, transfer_phone_log),
    BlockFamily("b53-block-children-arrival-csv", H, children_arrival_csv),
]
