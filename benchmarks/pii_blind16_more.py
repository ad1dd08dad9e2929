"""More blind16 blocks: passport page transcripts, lab referrals, attachment registers, faxed lab results."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind16_gen import (
    Doc,
    date_fmt,
    digits,
    enp_fmt,
    ocr,
    passport,
    person,
    phone,
    rand_date,
    raw_person,
    snils_fmt,
)
from benchmarks.pii_blind16_places import address, mrn
from benchmarks.pii_families import Planted

P, D, L, PH = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
SN, OMS, PAS, MRN = "RU_SNILS", "RU_OMS_POLICY", "RU_PASSPORT", "MEDICAL_RECORD_NUMBER"


def passport_page(rng: random.Random, fake: Any) -> Planted:
    """A passport page scanned in the admission office and run through OCR."""
    d = Doc()
    s, n = passport(rng)
    last, first, middle, female = raw_person(rng, fake)
    d.t("[скан паспорта, стр. 2-3, OCR]\nПаспорт выдан ГУ МВД России по ").t(
        rng.choice(("Пермскому краю", "г. Москве"))
    )
    d.t("\nДата выдачи ").v(D, ocr(rng, date_fmt(rng, rand_date(rng, 2004), "dmy"), 0.1))
    d.t(f"  Код подразделения {rng.randrange(100, 999)}-{rng.randrange(100, 999)}\n")
    d.v(PAS, f"{s[:2]} {s[2:]}").t(" ").v(PAS, n).t(" |\nФамилия ").v(P, ocr(rng, last.upper(), 0.08))
    d.t("\nИмя ").v(P, first.upper()).t("\nОтчество ").v(P, middle.upper()).t("\nПол ").t(
        "ЖЕН." if female else "МУЖ."
    )
    d.t("  Дата рождения ").v(D, date_fmt(rng, rand_date(rng, 1940, 2006), "dmy")).t("\nМесто рождения ")
    d.t(rng.choice(("ГОР. ", "Г. ", "ГОР."))).v(L, fake.city_name().upper())
    d.t("\n|||||||||||||||||||||||||||||| (полоса сканера)")
    return d.done()


def lab_referral(rng: random.Random, fake: Any) -> Planted:
    """A laboratory referral with a barcode and several sample numbers."""
    d = Doc()
    d.t("НАПРАВЛЕНИЕ НА ЛАБОРАТОРНОЕ ИССЛЕДОВАНИЕ ф.200/у\nЗаказ ЛИС № ").v(MRN, mrn(rng, "lab"))
    d.t("\nПациент: ").v(P, person(rng, fake, "nomn", rng.choice(("F I O", "F io")))).t(", г.р. ")
    d.v(D, date_fmt(rng, rand_date(rng, 1940, 2010), rng.choice(("dmy", "dmy2")))).t(", карта ")
    d.v(MRN, mrn(rng, "amb")).t("\nЕНП: ").v(OMS, enp_fmt(rng)).t("\n")
    for tube in ("ЭДТА (фиол.)", "сыв. (красн.)", "цитрат (голуб.)")[: rng.randrange(1, 4)]:
        d.t(f"  {tube}  № ").v(MRN, digits(rng, 10, True)).t("\n")
    d.t("Тесты: ОАК, СРБ, D-димер, глюкоза (норма 3,9-6,1 ммоль/л)\nЗабор: ")
    d.v(D, date_fmt(rng, rand_date(rng, 2026), "dmy", time=True)).t(", процедурная м/с ")
    d.v(P, person(rng, fake, "nomn", "F", "f")).t("; каб. 118")
    return d.done()


def attachment_register(rng: random.Random, fake: Any) -> Planted:
    """A register of attached population sent by the insurer as CSV with quoted fields."""
    d = Doc()
    d.t('"ENP","FAM","IM","OT","W","DR","SNILS","ADRES","DATE_ATTACH","UCH"\n')
    for _ in range(rng.randrange(2, 4)):
        sex = rng.choice(("f", "m"))
        last, first, middle, _ = raw_person(rng, fake, sex)
        d.t('"').v(OMS, enp_fmt(rng, "raw")).t('","').v(P, last).t('","').v(P, first).t('","').v(P, middle)
        d.t(f'","{1 if sex == "m" else 2}","').v(D, date_fmt(rng, style="dmy")).t('","')
        d.v(SN, snils_fmt(rng, rng.choice(("std", "raw")))).t('","').v(
            L, address(rng, fake, rng.choice(("upper", "city")))
        )
        d.t('","').v(D, date_fmt(rng, rand_date(rng, 2018), "dmy")).t(f'","{rng.randrange(1, 45)}"\n')
    d.t("# ТФОМС: файл ATT_").t(digits(rng, 6)).t(".csv, записей: ").t(str(rng.randrange(2, 4)))
    return d.done()


def fax_lab_result(rng: random.Random, fake: Any) -> Planted:
    """A lab result faxed from a private lab, with the header line of the fax machine."""
    d = Doc()
    d.t("").v(D, date_fmt(rng, rand_date(rng, 2026), "dmy2", time=True)).t("  FROM:").v(
        PH, phone(rng, "city")
    )
    d.t("  TO:").v(PH, phone(rng, "city")).t("   P.1\nРЕЗУЛЬТАТ ИССЛЕДОВАНИЯ  ИНЗ ").v(
        MRN, digits(rng, 9, True)
    )
    d.t("\nФ.И.О.: ").v(P, ocr(rng, person(rng, fake, "nomn", "F I O"), 0.1)).t("   Возраст: ")
    d.t(str(rng.randrange(18, 90))).t(" л.\nВрач: ").v(P, person(rng, fake, "nomn", "F io")).t("\n")
    d.t(
        f"ТТГ  {rng.randrange(1, 9)},{rng.randrange(10, 99)} мМЕ/л (0,4-4,0)\nСв. Т4  {rng.randrange(8, 25)},{rng.randrange(1, 9)} пмоль/л\n"
    )
    d.t("Дата выполнения: ").v(D, date_fmt(rng, rand_date(rng, 2026), "words_nog")).t("\nСНИЛС пациента: ")
    d.v(SN, ocr(rng, snils_fmt(rng), 0.05)).t("\nЛаборатория ООО «Диагност», ОГРН 1").t(digits(rng, 12))
    return d.done()


BLIND16_MORE = [
    ("b16_passport_page", passport_page),
    ("b16_lab_referral", lab_referral),
    ("b16_attachment_register", attachment_register),
    ("b16_fax_lab_result", fax_lab_result),
]
