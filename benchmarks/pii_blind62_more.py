"""More block families of blind split 62: notification logs, CRM cards, site forms, incoming SMS, doctor chats."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind62_kit import (
    DOCTOR,
    Doc,
    Who,
    enp_digits,
    files_url,
    fmt_date,
    hm,
    inn12,
    latin,
    mrn,
    oms_any,
    passport,
    patient_email,
    say,
    spoken_date,
    spoken_phone,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted, address, phone, snils

MOB = phone("+7 9AA BBB-CC-DD", "89AABBBCCDD", "+79AABBBCCDD", "8(9AA)BBB-CC-DD")


def notify_tsv(rng: random.Random, fake: Any) -> Planted:
    """The portal's notification log exported as TSV: channel, recipient, time, patient, template."""
    d = Doc(rng, fake)
    d.add("channel\trecipient\tcreated\tpatient\temk_id\ttemplate\n")
    for _ in range(rng.randrange(2, 5)):
        pat = Who(rng, fake)
        chan = rng.choice(("sms", "email", "push", "sms"))
        d.add(chan + "\t")
        if chan == "sms":
            d.val("PHONE_NUMBER", phone("7AAABBBCCDD", "+7AAABBBCCDD", codes="any"))
        elif chan == "email":
            d.put("EMAIL_ADDRESS", pat.email())
        else:
            d.add(f"fcm:{rng.randrange(10**9, 10**10)}")
        d.add("\t")
        d.put("DATE_TIME", fmt_date(rng, fake, "dd.mm.yyyy HH", "yyyy-mm-dd HH:00", start="-60d")
              .replace("HH", hm(rng)))
        d.add("\t")
        d.put("PERSON", rng.choice((pat.short(), pat.fio(), pat.fio().upper())))
        d.add("\t")
        d.val("MEDICAL_RECORD_NUMBER", lambda r, f, c: str(r.randrange(10**6, 10**9)))
        d.add("\t" + rng.choice(("TMK_REMIND_24H", "LAB_READY", "RECIPE_READY", "SURVEY_AFTER_VISIT")) + "\n")
    return d.done()


def crm_card(rng: random.Random, fake: Any) -> Planted:
    """A call-centre CRM card exported as nested JSON, with the caller and the patient being different people."""
    d, caller, pat = Doc(rng, fake), Who(rng, fake), Who(rng, fake)
    d.add('{\n  "ticket": {"id": ')
    d.add(f'{rng.randrange(10**5, 10**6)}, "opened": "')
    d.put("DATE_TIME", fmt_date(rng, fake, "yyyy-mm-dd HH:00", start="-30d").replace("HH", hm(rng)))
    d.add('", "topic": "перенос ТМК"},\n  "caller": {"name": "')
    d.put("PERSON", rng.choice((caller.io(), caller.i(), f"{caller.i()} {caller.f()}")))
    d.add('", "relation": "' + rng.choice(("дочь", "сын", "супруг(а)", "соцработник")) + '", "phone": "')
    d.val("PHONE_NUMBER", MOB)
    d.add('"},\n  "patient": {"last_name": "')
    d.put("PERSON", pat.f())
    d.add('", "first_name": "')
    d.put("PERSON", pat.i())
    d.add('", "middle_name": "')
    d.put("PERSON", pat.o())
    d.add('", "birth_date": "')
    d.put("DATE_TIME", fmt_date(rng, fake, "yyyy-mm-dd", "dd.mm.yyyy", start="-95y", end="-50y"))
    d.add('", "oms": "')
    d.val("RU_OMS_POLICY", lambda r, f, c: enp_digits(r))
    d.add('", "snils": "')
    d.val("RU_SNILS", snils("XXXXXXXXXXX", "XXX-XXX-XXX XX"))
    d.add('", "address": "')
    d.val("LOCATION", address("{T}, {S}, {N}-{Q}", "г. {T}, ул. {S}, д. {N}, кв. {Q}"))
    d.add('", "mis_id": "')
    d.val("MEDICAL_RECORD_NUMBER", lambda r, f, c: str(r.randrange(10**7, 10**9)))
    d.add('"},\n  "operator": "')
    d.put("PERSON", DOCTOR(rng, fake, "nomn"))
    d.add('"\n}\n')
    return d.done()


def site_form(rng: random.Random, fake: Any) -> Planted:
    """The site's «new request» e-mail generated from the online-consultation form."""
    d, pat = Doc(rng, fake), Who(rng, fake)
    d.add("Новая заявка с сайта (форма «Онлайн-консультация»)\n\nИмя: ")
    d.put("PERSON", rng.choice((pat.i(), f"{pat.i()} {pat.f()}", pat.fio(), pat.i().lower())))
    d.add("\nТелефон: ")
    d.val("PHONE_NUMBER", phone("+7 (9AA) BBB-CC-DD", "+7 (9AA) BBB-CCDD"))
    d.add("\nE-mail: ")
    d.put("EMAIL_ADDRESS", pat.email())
    d.add("\nГород: ")
    d.val("LOCATION", address("{T}", "{T}", "{R}, {T}"))
    d.add("\nКомментарий: ")
    d.add(rng.choice(("хочу второе мнение по мрт, снимки тут ", "посмотрите пожалуйста мои анализы ",
                      "ребенку нужна консультация невролога, выписка по ссылке ")))
    d.val("URL", files_url())
    d.add(rng.choice((" родилась ", " др ", " дата рождения ")))
    d.put("DATE_TIME", fmt_date(rng, fake, "dd.mm.yyyy", "d.mm.yy", "yyyy"))
    d.add("\n\nОтправлено: ")
    d.put("DATE_TIME", fmt_date(rng, fake, "dd.mm.yyyy HH", start="-10d").replace("HH", hm(rng)))
    d.add(f"\nIP: 185.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(256)}\n")
    return d.done()


def incoming_sms(rng: random.Random, fake: Any) -> Planted:
    """Incoming SMS to the short number: the patient's own shorthand, in capitals or without spaces."""
    d, pat = Doc(rng, fake), Who(rng, fake)
    d.add("Входящее SMS на 1414 от ")
    d.val("PHONE_NUMBER", phone("+79AABBBCCDD", "79AABBBCCDD"))
    d.add(" (")
    d.put("DATE_TIME", fmt_date(rng, fake, "dd.mm.yyyy HH", "dd.mm HH", start="-20d").replace("HH", hm(rng)))
    d.add("):\n")
    style = rng.random()
    surname = pat.f().upper() if style < 0.5 else pat.f().lower()
    d.add("ЗАПИСЬ " if style < 0.5 else "запись ")
    d.put("PERSON", surname)
    d.add(" ")
    d.put("DATE_TIME", fmt_date(rng, fake, "ddmmyyyy", "dd.mm.yyyy", "ddmmyy"))
    d.add(" ")
    d.val("RU_OMS_POLICY", lambda r, f, c: enp_digits(r))
    d.add(rng.choice((" ТЕРАПЕВТ", " кардиолог", " ОТМЕНА")))
    d.add("\nАвтоответ: Заявка ")
    d.val("MEDICAL_RECORD_NUMBER", mrn())
    d.add(" принята.\n")
    return d.done()


def doctor_chat(rng: random.Random, fake: Any) -> Planted:
    """A doctor-patient chat in the portal on remote monitoring; dates of readings, the doctor's orders."""
    d, pat, doc = Doc(rng, fake), Who(rng, fake), Who(rng, fake)
    d.add("Чат с врачом — ")
    d.put("PERSON", doc.short())
    d.add("\n")
    for _ in range(rng.randrange(2, 4)):
        d.add("\n")
        d.put("PERSON", rng.choice((f"{pat.i()} {pat.f()[0]}.", pat.i(), f"{pat.i()} {pat.o()}")))
        d.add(", ")
        d.put("DATE_TIME", fmt_date(rng, fake, "d MG, HH", "dd.mm.yy HH", start="-30d").replace("HH", hm(rng)))
        d.add(rng.choice((": давление утром 150/95 вечером 140/90\n", ": сахар 8,2 натощак\n",
                          ": таблетки закончились, выпишите рецепт\n")))
    d.add("\n")
    d.put("PERSON", f"{doc.i()} {doc.o()}")
    d.add(rng.choice((" (врач): ", ", врач: ")))
    d.put("PERSON", pat.io())
    d.add(rng.choice((", рецепт ", ", электронный рецепт № ")))
    d.val("MEDICAL_RECORD_NUMBER", lambda r, f, c: f"{r.randrange(10, 99)}-{r.randrange(10**6, 10**7)}")
    d.add(" выписан, контроль ")
    d.put("DATE_TIME", fmt_date(rng, fake, "dd.mm", "d MG", start="today", end="+20d"))
    d.add(". Если станет хуже — 103; мой рабочий мобильный для срочных вопросов: ")
    d.val("PHONE_NUMBER", MOB)
    d.add("\n")
    return d.done()


def vk_messages(rng: random.Random, fake: Any) -> Planted:
    """Messages to the clinic's VK community: profile name, profile link, and a forwarded message."""
    d, pat, rel = Doc(rng, fake), Who(rng, fake), Who(rng, fake)
    pid = rng.randrange(10**6, 10**9)
    d.put("PERSON", f"{pat.i()} {pat.f()}")
    d.add(" (")
    d.put("URL", rng.choice((f"https://vk.com/id{pid}", f"vk.com/{latin(pat.first)}.{latin(pat.last)}")))
    d.add(") ")
    d.add(hm(rng) + "\n")
    d.add(rng.choice(("добрый день отправляю данные мужа для записи на тмк\n",
                      "здравствуйте вот данные как просили\n")))
    d.add("Пересланное сообщение\n")
    d.put("PERSON", f"{rel.i()} {rel.f()}")
    d.add(" ")
    d.put("DATE_TIME", fmt_date(rng, fake, "d MG в HH", "d MG yyyy в HH", start="-10d").replace("HH", hm(rng)))
    d.add("\n")
    d.put("PERSON", rel.fio().lower() if rng.random() < 0.5 else rel.fio())
    d.add(rng.choice((" ", "\n")))
    d.put("DATE_TIME", fmt_date(rng, fake, "dd.mm.yyyy", "d.m.yyyy", "ddmmyyyy"))
    d.add("\nпаспорт ")
    d.val("RU_PASSPORT", passport())
    d.add("\nинн ")
    d.put("RU_INN", inn12(rng))
    d.add("\nпрописка ")
    d.val("LOCATION", address("{T} {S} {N} {Q}", "{R} {T} {S} д{N} кв{Q}", "с {V} ул {S} {N}"))
    d.add("\n")
    return d.done()


def asr_discharge(rng: random.Random, fake: Any) -> Planted:
    """A discharge summary dictated after a TMK, recognised with digits and words mixed and no punctuation."""
    d, pat = Doc(rng, fake), Who(rng, fake)
    d.add("выписной эпикриз ")
    d.put("PERSON", pat.fio().lower())
    d.add(" год рождения ")
    year = rng.randrange(1940, 2005)
    spoken = ("тысяча девятьсот " if year < 2000 else "две тысячи ") + say(year % 100)
    d.put("DATE_TIME", rng.choice((str(year), f"{year} г.", spoken.replace(" ноль", ""))))
    d.add(" место рождения ")
    d.val("LOCATION", address("город {T}", "село {V} {D} района", "{T}"))
    d.add(" поступил ")
    d.val("DATE_TIME", spoken_date(0.5, "-1y"))
    d.add(" выписан ")
    d.val("DATE_TIME", spoken_date(0.0, "-1y"))
    d.add(" история болезни ")
    d.val("MEDICAL_RECORD_NUMBER", lambda r, f, c: r.choice((
        f"{say(r.randrange(100, 999))} дробь {say(r.randrange(21, 26))}", f"{r.randrange(1000, 9999)}",
        f"{r.randrange(100, 999)} {r.randrange(10, 99)}")))
    d.add(" полис ")
    d.val("RU_OMS_POLICY", oms_any())
    d.add(" телефон родственников ")
    d.val("PHONE_NUMBER", spoken_phone())
    d.add(" почта для результатов ")
    d.val("EMAIL_ADDRESS", patient_email())
    d.add("\n")
    return d.done()


BLOCKS: list[BlockFamily] = [
    BlockFamily("b62-notify-tsv", HELDOUT, notify_tsv),
    BlockFamily("b62-crm-card-json", HELDOUT, crm_card),
    BlockFamily("b62-site-form-mail", HELDOUT, site_form),
    BlockFamily("b62-incoming-sms", HELDOUT, incoming_sms),
    BlockFamily("b62-doctor-chat", HELDOUT, doctor_chat),
    BlockFamily("b62-vk-messages", HELDOUT, vk_messages),
    BlockFamily("b62-asr-discharge", HELDOUT, asr_discharge),
]
