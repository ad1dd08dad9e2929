"""Block families of blind split 62: messenger exports, portal chats, chat-bots, SMS and push logs."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind62_kit import (
    Doc,
    Who,
    date_fmt,
    enp,
    fmt_date,
    hm,
    inn_spaced,
    mrn,
    nickname,
    oms_any,
    passport,
    patient_email,
    patient_url,
    spoken_date,
    spoken_phone,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted, address, phone, snils

MOB = phone("+7 9AA BBB-CC-DD", "89AABBBCCDD", "8 (9AA) BBB CC DD", "+79AABBBCCDD", "8-9AA-BBB-CC-DD")
ADDR = address("{T}, ул. {S}, д. {N}, кв. {Q}", "г. {T}, {S} {N}-{Q}", "{R}, {T}, ул {S} {N} кв {Q}",
               "пос. {V}, ул. {S}, {N}")
SNILS = snils("XXX-XXX-XXX XX", "XXXXXXXXXXX", "XXX XXX XXX XX")


def _stamp(d: Doc, layout: str, day: Any = None, time: str | None = None) -> None:
    """A message timestamp; one ``day`` and rising ``time`` keep a conversation in order."""
    value = date_fmt(day, layout) if day is not None else fmt_date(d.rng, d.fake, layout, start="-2y")
    d.put("DATE_TIME", value.replace("HH", time or hm(d.rng)))


def whatsapp(rng: random.Random, fake: Any) -> Planted:
    """A WhatsApp export: «[12.03.2024, 14:22:05] Ник: текст», the patient under a nickname."""
    d, pat, doc = Doc(rng, fake), Who(rng, fake), Who(rng, fake)
    nick = nickname(rng)
    lay = rng.choice(("dd.mm.yyyy, HH:05", "d.m.yy, HH", "dd.mm.yy HH"))
    day = fake.date_between(start_date="-2y", end_date="today")
    times = iter(sorted(hm(rng) for _ in range(4)))
    d.add("[")
    _stamp(d, lay, day, next(times))
    d.add(f"] {nick}: здравствуйте это ")
    d.put("PERSON", rng.choice((pat.fio(), f"{pat.f()} {pat.i()}", pat.fio().lower())))
    d.add(rng.choice((" запись на ", " хочу на консультацию онлайн на ")))
    d.put("DATE_TIME", fmt_date(rng, fake, "dd.mm", "d MG", "dd.mm.yyyy", start="today", end="+30d"))
    d.add("\n[")
    _stamp(d, lay, day, next(times))
    d.add("] Клиника Здоровье: Добрый день! Уточните дату рождения и полис ОМС\n[")
    _stamp(d, lay, day, next(times))
    d.add(f"] {nick}: ")
    d.put("DATE_TIME", fmt_date(rng, fake, "dd.mm.yyyy", "d.mm.yy", "dd mm yyyy", "d MG yyyy"))
    d.add(rng.choice((" полис ", "\nполис ", " омс ")))
    d.val("RU_OMS_POLICY", oms_any())
    d.add(rng.choice(("\nпочта ", " на почту ", " и почта если что ")))
    d.put("EMAIL_ADDRESS", pat.email())
    d.add("\n[")
    _stamp(d, lay, day, next(times))
    d.add(f"] Клиника Здоровье: Записали вас к врачу {rng.choice(('', 'терапевту '))}")
    d.put("PERSON", doc.short("datv"))
    d.add(", ссылка придет за час до приема\n")
    return d.done()


def telegram_json(rng: random.Random, fake: Any) -> Planted:
    """A Telegram «result.json» piece: from, from_id, date, text; real names and handles side by side."""
    d, pat = Doc(rng, fake), Who(rng, fake)
    op = Who(rng, fake)
    day = fake.date_between(start_date="-2y", end_date="today")
    first, second = sorted((hm(rng), hm(rng)))
    d.add('{"name": "Телемедицина ГП №3", "type": "private_supergroup", "messages": [\n {"id": ')
    d.add(f'{rng.randrange(1000, 99999)}, "type": "message", "date": "')
    _stamp(d, "yyyy-mm-ddTHH:12", day, first)
    d.add('", "from": "')
    d.put("PERSON", f"{pat.i()} {pat.f()}")
    d.add(f'", "from_id": "user{rng.randrange(10**8, 10**10)}", "text": "снилс ')
    d.val("RU_SNILS", SNILS)
    d.add(' телефон ')
    d.val("PHONE_NUMBER", MOB)
    d.add('"},\n {"id": ')
    d.add(f'{rng.randrange(1000, 99999)}, "type": "message", "date": "')
    _stamp(d, "yyyy-mm-ddTHH:40", day, second)
    d.add('", "from": "')
    d.put("PERSON", f"{op.i()} {op.f()}")
    d.add('", "text": "')
    d.put("PERSON", pat.io())
    d.add(', ваша заявка ')
    d.val("MEDICAL_RECORD_NUMBER", mrn())
    d.add(', консультация ')
    d.put("DATE_TIME", fmt_date(rng, fake, "dd.mm.yyyy в 10:00", "d MG в 15:30", start="today", end="+20d"))
    d.add(', вход: ')
    d.val("URL", patient_url())
    d.add('"}\n]}')
    return d.done()


def portal_chat(rng: random.Random, fake: Any) -> Planted:
    """A patient-portal chat with the registry; operator names, the patient types in lower case."""
    d, pat, op, child = Doc(rng, fake), Who(rng, fake), Who(rng, fake), Who(rng, fake)
    t = fmt_date(rng, fake, "dd.mm.yyyy", start="-1y")
    d.add("Чат «Вопрос в регистратуру», обращение от ")
    d.put("DATE_TIME", t)
    d.add(f"\n{hm(rng)} ")
    d.put("PERSON", f"{pat.f()} {pat.i()[0]}.")
    d.add(": добрый вечер у ребенка температура 39 можно вызвать врача на дом\n")
    d.add(f"{hm(rng)} Оператор ")
    d.put("PERSON", op.i())
    d.add(": Здравствуйте! Назовите ФИО и дату рождения ребенка, адрес\n")
    d.add(f"{hm(rng)} ")
    d.put("PERSON", f"{pat.f()} {pat.i()[0]}.")
    d.add(": ")
    d.put("PERSON", f"{child.f()} {child.i()}".lower() if rng.random() < 0.5 else f"{child.f()} {child.i()}")
    d.add(" ")
    d.put("DATE_TIME", fmt_date(rng, fake, "dd.mm.yyyy", "d.m.yyyy", "ddmmyyyy", start="-17y"))
    d.add(rng.choice((" ", "\n", ", ")))
    d.val("LOCATION", address("{T} {S} {N} кв {Q}", "ул {S} {N} кв{Q}", "{S} {N}/{K}, {Q}"))
    d.add(rng.choice((" домофон не работает", " подъезд 2", "")))
    d.add(f"\n{hm(rng)} Оператор ")
    d.put("PERSON", op.i())
    d.add(": Вызов принят, № ")
    d.val("MEDICAL_RECORD_NUMBER", mrn())
    d.add(". Врач перезвонит на номер ")
    d.val("PHONE_NUMBER", MOB)
    d.add(" из профиля.\n")
    return d.done()


def chatbot(rng: random.Random, fake: Any) -> Planted:
    """A chat-bot dialogue for booking a teleconsultation: prompts and the patient's raw answers."""
    d, pat = Doc(rng, fake), Who(rng, fake)
    d.add("🤖 Бот: Введите фамилию, имя, отчество\n👤 Вы: ")
    d.put("PERSON", rng.choice((pat.fio(), pat.fio().lower(), pat.fio().upper())))
    d.add("\n🤖 Бот: Дата рождения в формате ДД.ММ.ГГГГ\n👤 Вы: ")
    d.put("DATE_TIME", fmt_date(rng, fake, "dd.mm.yyyy", "d.m.yyyy", "dd mm yyyy", "ddmmyyyy", "d MG yyyy"))
    d.add("\n🤖 Бот: Номер полиса ОМС (16 цифр)\n👤 Вы: ")
    d.val("RU_OMS_POLICY", enp())
    d.add("\n🤖 Бот: СНИЛС\n👤 Вы: ")
    d.val("RU_SNILS", SNILS)
    d.add("\n🤖 Бот: Номер мобильного телефона\n👤 Вы: ")
    d.val("PHONE_NUMBER", MOB)
    d.add("\n🤖 Бот: Спасибо! Ваша заявка ")
    d.val("MEDICAL_RECORD_NUMBER", mrn())
    d.add(" зарегистрирована. Консультация ")
    d.put("DATE_TIME", fmt_date(rng, fake, "dd.mm.yyyy в 09:30", "d MG в 17:00", start="today", end="+14d"))
    d.add(". Ссылка: ")
    d.val("URL", patient_url())
    d.add("\n")
    return d.done()


def sms_csv(rng: random.Random, fake: Any) -> Planted:
    """The SMS gateway's outgoing log exported as CSV (semicolons); message text names the patient."""
    d = Doc(rng, fake)
    d.add("msisdn;sent_at;status;text\n")
    for _ in range(rng.randrange(2, 4)):
        pat = Who(rng, fake)
        d.val("PHONE_NUMBER", phone("7AAABBBCCDD", "+7AAABBBCCDD"))
        d.add(";")
        _stamp(d, "yyyy-mm-dd HH:00")
        d.add(f";{rng.choice(('DELIVERED', 'SENT', 'UNDELIV'))};\"")
        d.put("PERSON", pat.io())
        d.add(rng.choice((", напоминаем о видеоконсультации ", ", вы записаны на ТМК ", ", прием врача ")))
        d.put("DATE_TIME", fmt_date(rng, fake, "dd.mm в HH", "dd.mm.yy HH", start="today", end="+9d")
              .replace("HH", hm(rng)))
        d.add(rng.choice((". Ссылка ", ". Вход: ")))
        d.val("URL", patient_url())
        d.add("\"\n")
    return d.done()


def push_json(rng: random.Random, fake: Any) -> Planted:
    """Push notifications sent by the portal's mobile app (one JSON object per line)."""
    d = Doc(rng, fake)
    for _ in range(rng.randrange(2, 4)):
        pat = Who(rng, fake)
        d.add('{"ts":"')
        _stamp(d, "yyyy-mm-ddTHH:33+03:00")
        d.add(f'","device":"{rng.choice(("android", "ios"))}","user_email":"')
        d.put("EMAIL_ADDRESS", pat.email())
        d.add('","emk":"')
        d.val("MEDICAL_RECORD_NUMBER", lambda r, f, c: str(r.randrange(10**9, 10**10)))
        d.add('","title":"')
        d.put("PERSON", pat.i())
        d.add(rng.choice((', готовы результаты анализов"', ', врач ответил на ваш вопрос"', ', подтвердите запись"')))
        d.add("}\n")
    return d.done()


def viber_relative(rng: random.Random, fake: Any) -> Planted:
    """A relative writes for an elderly patient, sending documents line by line (photos described)."""
    d, pat, rel = Doc(rng, fake), Who(rng, fake, True), Who(rng, fake, True)
    d.add(f"{nickname(rng)} ({hm(rng)}): добрый день пишу за маму ")
    d.put("PERSON", rng.choice((pat.fio("accs"), pat.io("accs"), pat.fio("accs").lower())))
    d.add(rng.choice((" ей за 80 сама не может\n", " ей уже тяжело самой\n", " сама не может она после инсульта\n")))
    d.add(rng.choice(("паспорт ", "паспорт её ", "пасп ")))
    d.val("RU_PASSPORT", passport())
    d.add("\nснилс ")
    d.val("RU_SNILS", SNILS)
    d.add("\nполис ")
    d.val("RU_OMS_POLICY", oms_any())
    d.add("\nживет ")
    d.val("LOCATION", address("{T} {S} {N} кв {Q}", "в {Tl} на {S} {N}", "{R} {T} ул. {S} д.{N}"))
    d.add("\nмой телефон ")
    d.val("PHONE_NUMBER", rng.choice((MOB, spoken_phone())))
    d.add(" я ")
    d.put("PERSON", rng.choice((rel.i(), rel.io(), f"{rel.i()} {rel.f()}")))
    d.add(", дочь\n[Фото: полис.jpg]\nОператор: Спасибо, ")
    d.put("PERSON", rel.i())
    d.add(". Запись для ")
    d.put("PERSON", pat.f("gent") if rng.random() < 0.5 else pat.short("gent"))
    d.add(" на ")
    d.put("DATE_TIME", rng.choice((spoken_date(0.0)(rng, fake, "nomn"), fmt_date(rng, fake, "dd.mm", start="today",
                                                                              end="+9d"))))
    d.add(" оформлена.\n")
    return d.done()


def tax_request_chat(rng: random.Random, fake: Any) -> Planted:
    """A portal request for the tax-deduction certificate, with INNs of the payer and the patient."""
    d, payer, pat = Doc(rng, fake), Who(rng, fake), Who(rng, fake)
    d.add("Тема: справка для налогового вычета\n")
    d.put("PERSON", payer.fio())
    d.add(" (ИНН ")
    d.val("RU_INN", inn_spaced())
    d.add(rng.choice(("): прошу справку об оплате лечения ", "): нужна справка за лечение ")))
    d.put("PERSON", pat.fio("gent") if rng.random() < 0.6 else pat.io("gent"))
    d.add(rng.choice((", ИНН пациента ", ", инн ребенка ")))
    d.val("RU_INN", inn_spaced())
    d.add(", дата рождения ")
    d.put("DATE_TIME", fmt_date(rng, fake, "dd.mm.yyyy", "d MG yyyy г."))
    d.add(", за 2024 год. Паспорт плательщика ")
    d.val("RU_PASSPORT", passport())
    d.add(". Ответ на ")
    d.val("EMAIL_ADDRESS", patient_email())
    d.add("\n")
    return d.done()


BLOCKS: list[BlockFamily] = [
    BlockFamily("b62-whatsapp-export", HELDOUT, whatsapp),
    BlockFamily("b62-telegram-json", HELDOUT, telegram_json),
    BlockFamily("b62-portal-chat", HELDOUT, portal_chat),
    BlockFamily("b62-chatbot-booking", HELDOUT, chatbot),
    BlockFamily("b62-sms-gateway-csv", HELDOUT, sms_csv),
    BlockFamily("b62-push-jsonl", HELDOUT, push_json),
    BlockFamily("b62-viber-relative", HELDOUT, viber_relative),
    BlockFamily("b62-tax-request-chat", HELDOUT, tax_request_chat),
]
