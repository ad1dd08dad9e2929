"""Block families of blind split 62: speech-recognised dictation, call-centre transcripts and system exports."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind62_kit import (
    Doc,
    Who,
    date_fmt,
    day_gent,
    enp_digits,
    fmt_date,
    grouped,
    hm,
    inn12,
    mrn,
    oms_any,
    passport,
    passport_spoken,
    patient_url,
    say,
    snils_spoken,
    spoken_date,
    spoken_phone,
)
from benchmarks.pii_families import HELDOUT, MONTHS_GENT, BlockFamily, Planted, address, phone, snils

MOB = phone("89AABBBCCDD", "+79AABBBCCDD", "8 9AA BBB CC DD")
SPOKEN_ADDR = address("город {T} улица {S} дом {N} квартира {Q}", "{T} {S} {N} квартира {Q}",
                      "улица {S} дом {N} корпус {K} квартира {Q}", "деревня {V} {D} район", "{T}")


def dictation(rng: random.Random, fake: Any) -> Planted:
    """A note dictated into the MIS and recognised: no punctuation, numbers in words."""
    d, pat, doc = Doc(rng, fake), Who(rng, fake), Who(rng, fake)
    d.add("телемедицинская консультация пациент ")
    d.put("PERSON", pat.fio().lower())
    d.add(" дата рождения ")
    d.val("DATE_TIME", spoken_date(1.0))
    d.add(rng.choice((" на связи из дома ", " находится по адресу ", " подключается из ")))
    d.val("LOCATION", SPOKEN_ADDR)
    d.add(" жалобы на кашель с ")
    d.val("DATE_TIME", spoken_date(0.0, "-30d"))
    d.add(" температура тридцать семь и пять рекомендовано явиться очно ")
    d.val("DATE_TIME", spoken_date(0.0, "-30d"))
    d.add(" к участковому терапевту ")
    d.put("PERSON", rng.choice((doc.fio("datv").lower(), doc.f("datv").lower(), doc.io("datv").lower())))
    d.add(" телефон пациента ")
    d.val("PHONE_NUMBER", spoken_phone())
    d.add("\n")
    return d.done()


def dictation_commands(rng: random.Random, fake: Any) -> Planted:
    """Dictation where the recogniser kept the spoken commands («запятая», «точка», «новая строка»)."""
    d, pat = Doc(rng, fake), Who(rng, fake)
    d.add("Пациентка запятая ") if pat.female else d.add("Пациент запятая ")
    d.put("PERSON", rng.choice((pat.fio(), pat.fio().lower(), f"{pat.f()} {pat.i()}")))
    d.add(" запятая полис ")
    d.val("RU_OMS_POLICY", lambda r, f, c: grouped(enp_digits(r), 4))
    d.add(" точка новая строка СНИЛС ")
    d.val("RU_SNILS", snils_spoken())
    d.add(" точка новая строка Выписан ")
    day = fake.date_between(start_date="-1y", end_date="today")
    d.put("DATE_TIME", rng.choice((f"{day_gent(day.day)} {MONTHS_GENT[day.month - 1]}",
                                   date_fmt(day, "dd.mm.yyyy"), f"{day.day} {MONTHS_GENT[day.month - 1]}")))
    d.add(" точка история болезни номер ")
    d.val("MEDICAL_RECORD_NUMBER", lambda r, f, c: r.choice((say(r.randrange(100, 999)) + " дробь "
                                                              + say(r.randrange(20, 26)),
                                                              f"{r.randrange(1000, 99999)} дробь {r.randrange(20, 26)}",
                                                              str(r.randrange(10000, 99999)))))
    d.add(" точка\n")
    return d.done()


def call_centre(rng: random.Random, fake: Any) -> Planted:
    """A call-centre recording transcribed automatically, speakers labelled by diarisation."""
    d, pat, op = Doc(rng, fake), Who(rng, fake), Who(rng, fake)
    d.add("[00:00:02] Спикер 1: единый колл-центр здравоохранения оператор ")
    d.put("PERSON", op.i().lower())
    d.add(" здравствуйте\n[00:00:06] Спикер 2: здравствуйте меня зовут ")
    d.put("PERSON", rng.choice((pat.fio().lower(), f"{pat.i()} {pat.o()}".lower(), f"{pat.f()} {pat.i()}".lower())))
    d.add(" хочу записаться на видеоприем\n[00:00:14] Спикер 1: назовите номер полиса\n[00:00:17] Спикер 2: ")
    d.val("RU_OMS_POLICY", lambda r, f, c: r.choice((enp_digits(r), grouped(enp_digits(r), 4))))
    d.add("\n[00:00:31] Спикер 1: дата рождения\n[00:00:33] Спикер 2: ")
    d.val("DATE_TIME", spoken_date(1.0))
    d.add("\n[00:00:40] Спикер 1: номер телефона для связи\n[00:00:42] Спикер 2: ")
    d.val("PHONE_NUMBER", spoken_phone())
    d.add("\n[00:00:55] Спикер 1: записала вас на ")
    d.val("DATE_TIME", spoken_date(0.0, "-60d"))
    d.add(rng.choice((" на десять тридцать", " на пятнадцать ноль ноль", "")))
    d.add(" номер обращения ")
    d.val("MEDICAL_RECORD_NUMBER", mrn())
    d.add(" ссылку пришлем смс\n")
    return d.done()


def voice_message(rng: random.Random, fake: Any) -> Planted:
    """A voice message in a messenger with the app's automatic transcript beneath it."""
    d, pat = Doc(rng, fake), Who(rng, fake, True)
    d.add(f"🎤 Голосовое сообщение (0:{rng.randrange(10, 59)})\nРасшифровка: ")
    d.add(rng.choice(("алло здравствуйте ", "да добрый день ", "")))
    d.add("это ")
    d.put("PERSON", rng.choice((pat.fio().lower(), pat.i().lower(), f"{pat.i()} {pat.f()}".lower())))
    d.add(rng.choice((" я вчера сдавала кровь ", " я по поводу справки ", " мне врач сказал написать сюда ")))
    d.add("вот мой паспорт ")
    d.val("RU_PASSPORT", passport_spoken())
    d.add(rng.choice((" и снилс ", " снилс ")))
    d.val("RU_SNILS", snils_spoken())
    d.add(" перезвоните мне на ")
    d.val("PHONE_NUMBER", spoken_phone())
    d.add(" или на почту ")
    login = pat.email()
    user, host = login.split("@")
    host_spoken = host.replace(".", " точка ")
    d.put("EMAIL_ADDRESS", rng.choice((login, f"{user} собака {host_spoken}", f"{user} собачка {host}")))
    d.add("\n")
    return d.done()


def hl7_adt(rng: random.Random, fake: Any) -> Planted:
    """An HL7 v2 message sent by the TMK scheduler to the MIS (PID with name parts and contacts)."""
    d, pat, doc = Doc(rng, fake), Who(rng, fake), Who(rng, fake)
    stamp = fmt_date(rng, fake, "yyyymmdd", start="-1y") + hm(rng).replace(":", "")
    d.add(f"MSH|^~\\&|TMKHUB|REG77|MIS|GP2|{stamp}||SIU^S12|{rng.randrange(10**6, 10**7)}|P|2.5\rSCH|")
    d.val("MEDICAL_RECORD_NUMBER", lambda r, f, c: f"TMK{r.randrange(10**6, 10**7)}")
    d.add("||||||ТМК^Телеконсультация|||||")
    d.put("DATE_TIME", fmt_date(rng, fake, "yyyymmdd", start="today", end="+20d") + hm(rng).replace(":", ""))
    d.add("\rPID|1||")
    d.val("MEDICAL_RECORD_NUMBER", lambda r, f, c: str(r.randrange(10**6, 10**8)))
    d.add("^^^GP2^MR~")
    d.val("RU_OMS_POLICY", lambda r, f, c: enp_digits(r))
    d.add("^^^ФОМС^HC||")
    d.put("PERSON", pat.f().upper())
    d.add("^")
    d.put("PERSON", pat.i().upper())
    d.add("^")
    d.put("PERSON", pat.o().upper())
    d.add("||")
    d.put("DATE_TIME", fmt_date(rng, fake, "yyyymmdd"))
    d.add(f"|{'F' if pat.female else 'M'}|||")
    d.val("LOCATION", address("ул. {S}, д. {N}, кв. {Q}", "{S} {N}-{Q}"))
    d.add("^^")
    d.val("LOCATION", address("{T}"))
    if rng.random() < 0.5:
        d.add("^^")
        d.put("LOCATION", str(rng.randrange(101000, 692999)))
    d.add("||")
    d.val("PHONE_NUMBER", MOB)
    d.add("^PRN^PH~^NET^Internet^")
    d.put("EMAIL_ADDRESS", pat.email())
    d.add("\rAIP|1||")
    d.put("PERSON", doc.f())
    d.add("^")
    d.put("PERSON", doc.i())
    d.add("^")
    d.put("PERSON", doc.o())
    d.add("\r")
    return d.done()


def remote_monitoring_fixed(rng: random.Random, fake: Any) -> Planted:
    """A fixed-width list of patients on remote blood-pressure monitoring, from the MIS report."""
    d = Doc(rng, fake)
    d.add("ДИСТАНЦИОННЫЙ МОНИТОРИНГ АД — список на " + rng.choice(("неделю", "текущий месяц")) + "\n")
    d.add(f"{'ФИО':<34}{'Д.Р.':<12}{'Телефон':<14}{'ЕНП':<18}{'Карта'}\n")
    for _ in range(rng.randrange(2, 4)):
        pat = Who(rng, fake)
        name = pat.short() if rng.random() < 0.5 else pat.fio()
        d.put("PERSON", name)
        d.add(" " * max(1, 34 - len(name)))
        d.put("DATE_TIME", fmt_date(rng, fake, "dd.mm.yyyy", start="-90y", end="-30y"))
        d.add("  ")
        d.val("PHONE_NUMBER", phone("89AABBBCCDD"))
        d.add("   ")
        d.val("RU_OMS_POLICY", lambda r, f, c: enp_digits(r))
        d.add("  ")
        d.val("MEDICAL_RECORD_NUMBER", lambda r, f, c: f"{r.randrange(10000, 99999)}/{r.choice(('А', 'Т', 'Д'))}")
        d.add("\n")
    return d.done()


def videocall_kv(rng: random.Random, fake: Any) -> Planted:
    """A videocall service's key=value log line for one teleconsultation session."""
    d, pat, doc = Doc(rng, fake), Who(rng, fake), Who(rng, fake)
    d.add(f"level=info svc=tmk-video session={rng.randrange(10**8, 10**9)} patient_id=")
    d.val("MEDICAL_RECORD_NUMBER", lambda r, f, c: str(r.randrange(10**6, 10**9)))
    d.add(' patient_name="')
    d.put("PERSON", pat.fio())
    d.add('" patient_phone=')
    d.val("PHONE_NUMBER", phone("+79AABBBCCDD", "79AABBBCCDD"))
    d.add(" join_url=")
    d.val("URL", patient_url())
    d.add(" started=")
    d.put("DATE_TIME", fmt_date(rng, fake, "yyyy-mm-ddTHH:00Z", start="-90d").replace("HH", hm(rng)))
    d.add(' doctor="')
    d.put("PERSON", doc.short())
    d.add(f'" duration_s={rng.randrange(300, 2400)} ip_city=')
    d.val("LOCATION", lambda r, f, c: address("{T}")(r, f, c))
    d.add("\n")
    return d.done()


def registration_csv(rng: random.Random, fake: Any) -> Planted:
    """The portal's teleconsultation sign-up export (CSV with a header, comma separated, quoted)."""
    d = Doc(rng, fake)
    d.add("fio,birth_date,passport,snils,inn,email\n")
    for _ in range(rng.randrange(2, 4)):
        pat = Who(rng, fake)
        d.add('"')
        d.put("PERSON", pat.fio())
        d.add('",')
        d.put("DATE_TIME", fmt_date(rng, fake, "yyyy-mm-dd", "dd.mm.yyyy"))
        d.add(",")
        d.val("RU_PASSPORT", lambda r, f, c: passport()(r, f, c).replace(" № ", " ").replace("№", ""))
        d.add(",")
        d.val("RU_SNILS", snils("XXX-XXX-XXX XX", "XXXXXXXXXXX"))
        d.add(",")
        d.put("RU_INN", inn12(rng))
        d.add(",")
        d.put("EMAIL_ADDRESS", pat.email())
        d.add("\n")
    return d.done()


def callback_request(rng: random.Random, fake: Any) -> Planted:
    """A call-back request the voice robot filled in from the caller's answers."""
    d, pat = Doc(rng, fake), Who(rng, fake)
    d.add("Заявка на обратный звонок (голосовой робот)\nРаспознано: ")
    d.put("PERSON", rng.choice((pat.fio().lower(), f"{pat.f()} {pat.i()}".lower())))
    d.add("\nТелефон (АОН): ")
    d.val("PHONE_NUMBER", MOB)
    d.add("\nНазванный номер: ")
    d.val("PHONE_NUMBER", spoken_phone())
    d.add("\nДата рождения (распознано): ")
    d.val("DATE_TIME", spoken_date(1.0))
    d.add("\nПолис (распознано): ")
    d.val("RU_OMS_POLICY", oms_any())
    d.add("\nПаспорт: ")
    d.val("RU_PASSPORT", passport_spoken())
    d.add("\nИНН (распознано): ")
    d.val("RU_INN", lambda r, f, c: grouped(inn12(r), 3))
    d.add("\nАдрес: ")
    d.val("LOCATION", SPOKEN_ADDR)
    d.add("\nСоздано: ")
    d.put("DATE_TIME", fmt_date(rng, fake, "dd.mm.yyyy HH", start="-30d").replace("HH", hm(rng)))
    d.add("\n")
    return d.done()



BLOCKS: list[BlockFamily] = [
    BlockFamily("b62-voice-dictation", HELDOUT, dictation),
    BlockFamily("b62-voice-commands", HELDOUT, dictation_commands),
    BlockFamily("b62-callcentre-asr", HELDOUT, call_centre),
    BlockFamily("b62-voice-message", HELDOUT, voice_message),
    BlockFamily("b62-hl7-tmk", HELDOUT, hl7_adt),
    BlockFamily("b62-monitoring-fixed", HELDOUT, remote_monitoring_fixed),
    BlockFamily("b62-videocall-kv", HELDOUT, videocall_kv),
    BlockFamily("b62-registration-csv", HELDOUT, registration_csv),
    BlockFamily("b62-callback-robot", HELDOUT, callback_request),
]
