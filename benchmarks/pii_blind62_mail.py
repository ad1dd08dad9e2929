"""Block families of blind split 62: e-mails to the clinic, forwarded messages, portal profiles, TMK protocols."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind62_kit import Doc, Who, enp, fmt_date, hm, mrn, oms_any, passport, patient_url
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted, address, digits_layout, inn, phone, snils

MOB = phone("+7 (9AA) BBB-CC-DD", "8 9AA BBB CC DD", "+7 9AA BBBCCDD", "89AABBBCCDD")
ADDR = address("{P}, {R}, г. {T}, ул. {S}, д. {N}, кв. {Q}", "г. {T}, ул. {S}, д. {N}, кв. {Q}",
               "{R}, {D} р-н, с. {V}, ул. {S}, д. {N}", "{T}, {S}, {N}, кв. {Q}")
SNILS = snils("XXX-XXX-XXX XX", "XXX-XXX-XXX-XX", "XXXXXXXXXXX")
WEEK = ("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс")


def email_to_clinic(rng: random.Random, fake: Any) -> Planted:
    """A patient's e-mail to the clinic with a mail client's header and a signature."""
    d, pat = Doc(rng, fake), Who(rng, fake)
    addr = pat.email()
    d.add("От: ")
    if rng.random() < 0.6:
        d.put("PERSON", f"{pat.i()} {pat.f()}")
        d.add(" <")
        d.put("EMAIL_ADDRESS", addr)
        d.add(">")
    else:
        d.put("EMAIL_ADDRESS", addr)
    d.add("\nКому: info@kdc-zdorovie.ru\nДата: ")
    d.put("DATE_TIME", fmt_date(rng, fake, f"{rng.choice(WEEK)}, d MG yyyy г. в HH", "dd.mm.yyyy HH",
                                start="-1y").replace("HH", hm(rng)))
    d.add("\nТема: Re: результаты ТМК\n\nЗдравствуйте! Я, ")
    d.put("PERSON", pat.fio())
    d.add(", дата рождения ")
    d.put("DATE_TIME", fmt_date(rng, fake, "dd.mm.yyyy", "d MG yyyy г.", "dd.mm.yy"))
    d.add(rng.choice((", прошла консультацию ", ", была на онлайн-приеме ", ", консультировалась ")))
    d.put("DATE_TIME", fmt_date(rng, fake, "dd.mm.yyyy", "d MG", start="-30d"))
    d.add(" у доктора ")
    d.put("PERSON", Who(rng, fake).short("gent"))
    d.add(", но заключение в личном кабинете не появилось (карта ")
    d.val("MEDICAL_RECORD_NUMBER", mrn())
    d.add(").\nПрошу выслать на эту почту.\n\n--\nС уважением, ")
    d.put("PERSON", rng.choice((f"{pat.i()}", f"{pat.f()} {pat.i()[0]}.", pat.io())))
    d.add("\nтел. ")
    d.val("PHONE_NUMBER", MOB)
    d.add(rng.choice(("\nОтправлено с iPhone\n", "\nОтправлено из мобильной Почты Mail.ru\n", "\n")))
    return d.done()


def forwarded(rng: random.Random, fake: Any) -> Planted:
    """A forwarded message chain: the daughter forwards her father's letter to the clinic."""
    d, dad, kid = Doc(rng, fake), Who(rng, fake, False), Who(rng, fake)
    d.add("Добрый день, пересылаю письмо папы, он не может войти в кабинет.\n")
    d.put("PERSON", kid.i())
    d.add("\n\n-------- Пересылаемое сообщение --------\n")
    d.put("DATE_TIME", fmt_date(rng, fake, "dd.mm.yyyy, HH", "d MG yyyy, HH", start="-60d").replace("HH", hm(rng)))
    d.add(", ")
    d.put("PERSON", f"{dad.f()} {dad.i()}")
    d.add(" <")
    d.put("EMAIL_ADDRESS", dad.email())
    d.add(">:\n\n> ")
    d.add(rng.choice(("дочка отправь в поликлинику мои данные\n> ", "вот данные для врача\n> ")))
    d.add("полис ")
    d.val("RU_OMS_POLICY", oms_any())
    d.add("\n> снилс ")
    d.val("RU_SNILS", SNILS)
    d.add("\n> паспорт ")
    d.val("RU_PASSPORT", passport())
    d.add("\n> ")
    d.put("PERSON", dad.fio().lower() if rng.random() < 0.5 else dad.fio())
    d.add("\n-------- Конец пересылаемого сообщения --------\n")
    return d.done()


def portal_profile(rng: random.Random, fake: Any) -> Planted:
    """The «Мой профиль» page of a patient portal as text copied from the browser."""
    d, pat, doc = Doc(rng, fake), Who(rng, fake), Who(rng, fake)
    d.add("Личный кабинет пациента › Мой профиль\n\n")
    d.put("PERSON", pat.fio())
    d.add("\nДата рождения\n")
    d.put("DATE_TIME", fmt_date(rng, fake, "dd.mm.yyyy", "d MG yyyy"))
    d.add("\nПол\n" + ("Женский" if pat.female else "Мужской") + "\nТелефон\n")
    d.val("PHONE_NUMBER", MOB)
    d.add(" ✓ подтвержден\nЭлектронная почта\n")
    d.put("EMAIL_ADDRESS", pat.email())
    d.add("\nПолис ОМС\n")
    d.val("RU_OMS_POLICY", enp())
    d.add("\nСНИЛС\n")
    d.val("RU_SNILS", SNILS)
    d.add("\nАдрес проживания\n")
    d.val("LOCATION", ADDR)
    d.add("\nПрикрепление\nГП № 2, участок 14, врач ")
    d.put("PERSON", doc.fio())
    d.add("\nНомер медкарты\n")
    d.val("MEDICAL_RECORD_NUMBER", mrn())
    d.add("\nИзменить  |  Выйти\n")
    return d.done()


def tmk_protocol(rng: random.Random, fake: Any) -> Planted:
    """A doctor-patient teleconsultation protocol (ТМК) as printed from the MIS."""
    d, pat, doc = Doc(rng, fake), Who(rng, fake), Who(rng, fake)
    d.add("ПРОТОКОЛ КОНСУЛЬТАЦИИ С ПРИМЕНЕНИЕМ ТЕЛЕМЕДИЦИНСКИХ ТЕХНОЛОГИЙ № ")
    d.val("MEDICAL_RECORD_NUMBER", digits_layout("ТМК-XXXXX", "XXXXXX/ТМ", "XXXXXXX"))
    d.add("\nФорма: плановая, врач — пациент\nДата и время проведения: ")
    d.put("DATE_TIME", fmt_date(rng, fake, "dd.mm.yyyy HH", "dd.mm.yyyy с HH", start="-1y").replace("HH", hm(rng)))
    d.add("\nПациент: ")
    d.put("PERSON", pat.fio())
    d.add(", ")
    d.put("DATE_TIME", fmt_date(rng, fake, "dd.mm.yyyy"))
    d.add(rng.choice((" г.р.", "", " г. р.")))
    d.add("\nПолис ОМС: ")
    d.val("RU_OMS_POLICY", oms_any())
    d.add("   СНИЛС: ")
    d.val("RU_SNILS", SNILS)
    d.add("\nМесто нахождения пациента во время консультации: ")
    d.val("LOCATION", address("{T}", "г. {T}, {S} ул., {N}", "{R}, с. {V}", "{T}, дом"))
    d.add("\nИдентификация: ЕСИА" + rng.choice(("", " / паспорт ")))
    if d.text.endswith("паспорт "):
        d.val("RU_PASSPORT", passport())
    d.add("\nВрач-консультант: ")
    d.put("PERSON", rng.choice((doc.short(), doc.fio())))
    d.add(", врач-" + rng.choice(("кардиолог", "эндокринолог", "терапевт", "невролог")))
    d.add("\nЖалобы: со слов пациента, ")
    d.add(rng.choice(("головокружение", "повышение АД до 160/100", "сухость во рту", "боли в спине")))
    d.add(rng.choice((" с ", " в течение недели, с ")))
    d.put("DATE_TIME", fmt_date(rng, fake, "dd.mm", "d MG", start="-20d"))
    d.add(".\nЗапись сеанса: ")
    link = patient_url()(rng, fake, "nomn")
    while "t.me" in link or "vk.com" in link:
        link = patient_url()(rng, fake, "nomn")
    d.put("URL", link)
    d.add("\nКонтакт для обратной связи: ")
    d.val("PHONE_NUMBER", MOB)
    d.add("\nПодписано УКЭП: ")
    d.put("PERSON", doc.short())
    d.add("\n")
    return d.done()


def tmk_doctor_xml(rng: random.Random, fake: Any) -> Planted:
    """A doctor-to-doctor TMK request as an XML message between MIS and the regional TMK hub."""
    d, pat, doc = Doc(rng, fake), Who(rng, fake), Who(rng, fake)
    d.add('<TmkRequest version="2.1">\n  <RequestId>')
    d.val("MEDICAL_RECORD_NUMBER", lambda r, f, c: f"{r.randrange(10**7, 10**8)}")
    d.add("</RequestId>\n  <Patient>\n    <Family>")
    d.put("PERSON", pat.f())
    d.add("</Family>\n    <Given>")
    d.put("PERSON", pat.i())
    d.add("</Given>\n    <Middle>")
    d.put("PERSON", pat.o())
    d.add("</Middle>\n    <BirthDate>")
    d.put("DATE_TIME", fmt_date(rng, fake, "yyyy-mm-dd"))
    d.add("</BirthDate>\n    <Snils>")
    d.val("RU_SNILS", snils("XXXXXXXXXXX", "XXX-XXX-XXX XX"))
    d.add("</Snils>\n    <Enp>")
    d.val("RU_OMS_POLICY", lambda r, f, c: enp()(r, f, c).replace(" ", "").replace("-", ""))
    d.add("</Enp>\n    <Address>")
    d.val("LOCATION", ADDR)
    d.add("</Address>\n  </Patient>\n  <CaseNumber>")
    d.val("MEDICAL_RECORD_NUMBER", digits_layout("XXXXX/XX", "XXXXXX"))
    d.add("</CaseNumber>\n  <Requester>")
    d.put("PERSON", doc.short())
    d.add("</Requester>\n  <Created>")
    d.put("DATE_TIME", fmt_date(rng, fake, "yyyy-mm-ddTHH:00", start="-1y").replace("HH", hm(rng)))
    d.add("</Created>\n</TmkRequest>\n")
    return d.done()


def sick_leave_mail(rng: random.Random, fake: Any) -> Planted:
    """An employee writes to get an electronic sick leave opened after a remote consultation."""
    d, pat = Doc(rng, fake), Who(rng, fake)
    d.add("Добрый день! Прошу продлить больничный ")
    d.val("MEDICAL_RECORD_NUMBER", digits_layout("9XXXXXXXXXXX", "XXXXXXXXXXXX"))
    d.add(rng.choice((", открыт ", ", выдан ")))
    d.put("DATE_TIME", fmt_date(rng, fake, "dd.mm.yyyy", "d MG", "dd.mm", start="-15d"))
    d.add(". Работаю в ")
    d.add(rng.choice(("ООО «Вектор»", "АО «Теплосеть»", "школе № 5")))
    d.add(", ИНН мой ")
    d.val("RU_INN", inn("XXXXXXXXXXXX"))
    d.add(". Адрес: ")
    d.val("LOCATION", ADDR)
    d.add(".\n")
    d.put("PERSON", rng.choice((pat.fio(), pat.short(), f"{pat.i()} {pat.f()}")))
    d.add(", ")
    d.val("PHONE_NUMBER", MOB)
    d.add("\n")
    return d.done()


BLOCKS: list[BlockFamily] = [
    BlockFamily("b62-email-to-clinic", HELDOUT, email_to_clinic),
    BlockFamily("b62-forwarded-chain", HELDOUT, forwarded),
    BlockFamily("b62-portal-profile", HELDOUT, portal_profile),
    BlockFamily("b62-tmk-protocol", HELDOUT, tmk_protocol),
    BlockFamily("b62-tmk-doctor-xml", HELDOUT, tmk_doctor_xml),
    BlockFamily("b62-sick-leave-mail", HELDOUT, sick_leave_mail),
]
