"""Whole documents of blind split 64: certificates, УМО, injuries, doping control, fitness clubs."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind64_gen as g
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted

H = HELDOUT
Doc = g.Doc


def admission_cert(rng: random.Random, fake: Any) -> Planted:
    w = g.who(fake, rng)
    doc = Doc().t("МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ № ").v("MEDICAL_RECORD_NUMBER", g.mrn(rng, "umo"))
    doc.t("\nо допуске к занятиям физической культурой и спортом / к выполнению нормативов ГТО\nВыдано: ")
    doc.v("PERSON", w.fio(rng.choice(("nomn", "datv")))).t("\nДата рождения: ").v("DATE_TIME", g.birth(rng, "words_g", 2007, 2016))
    doc.t("\nАдрес: ").v("LOCATION", g.addr(fake, rng)).t("\nГруппа здоровья: II. Медицинская группа: основная.\n")
    doc.t("Допущен(а) к занятиям по виду спорта «" + rng.choice(g.SPORTS) + "» (тренировочный этап).\n")
    doc.t("Дата выдачи ").v("DATE_TIME", g.recent(rng, "num")).t(", действительно 12 мес.\nВрач ")
    doc.v("PERSON", g.who(fake, rng).fio_short()).t("   М.П.\n")
    return doc.done()


def umo_conclusion(rng: random.Random, fake: Any) -> Planted:
    w = g.who(fake, rng)
    doc = Doc().t("ГАУЗ «Областной врачебно-физкультурный диспансер», тел. регистратуры 8 (800) 100-22-33\n")
    doc.t("ЗАКЛЮЧЕНИЕ по результатам углублённого медицинского обследования (").v("DATE_TIME", g.recent(rng, "num"))
    doc.t(")\nФ.И.О.: ").v("PERSON", w.fio().upper()).t("   Дата рождения ").v("DATE_TIME", g.birth(rng, "short"))
    doc.t("\nМед. карта № ").v("MEDICAL_RECORD_NUMBER", g.mrn(rng, "card")).t(", ЕНП ").v("RU_OMS_POLICY", g.enp(rng))
    doc.t(", СНИЛС ").v("RU_SNILS", g.snils(rng)).t(f"\nВид спорта: {rng.choice(g.SPORTS)}, {rng.choice(g.RANKS)}, ")
    doc.t("тренер ").v("PERSON", g.who(fake, rng).fio_short()).t(".\nЭКГ: синусовый ритм, ЧСС 52. ЭхоКГ: КДР ЛЖ 54 мм. ")
    doc.t("ПВНП: умеренная ваготония. Лактат 1,8 ммоль/л.\nЗаключение: здоров, допущен к тренировкам и соревнованиям.")
    doc.t("\nСледующее УМО не позднее ").v("DATE_TIME", g.recent(rng, "month")).t(".\nВрач по спортивной медицине ")
    doc.v("PERSON", g.who(fake, rng).ini_f()).t("\n")
    return doc.done()


def injury_report(rng: random.Random, fake: Any) -> Planted:
    w, coach = g.who(fake, rng), g.who(fake, rng)
    doc = Doc().t("АКТ № ").v("MEDICAL_RECORD_NUMBER", g.mrn(rng, "inj")).t(" о несчастном случае (спортивной травме)\n")
    doc.t("1. Пострадавший: ").v("PERSON", w.fio()).t(", ").v("DATE_TIME", str(rng.randrange(1995, 2012)))
    doc.t(" г.р., проживающий: ").v("LOCATION", g.addr(fake, rng)).t(".\n2. Дата и время травмы: ").v("DATE_TIME", g.when(rng))
    doc.t(".\n3. Обстоятельства: во время тренировки под руководством тренера ").v("PERSON", coach.fio_short("gent"))
    doc.t(" при приземлении после прыжка почувствовал резкую боль в правом коленном суставе.\n")
    doc.t("4. Первая помощь оказана врачом команды ").v("PERSON", g.who(fake, rng).fio_short("ablt"))
    doc.t("; доставлен в травмпункт, И/б № ").v("MEDICAL_RECORD_NUMBER", g.mrn(rng, "card")).t(".\n")
    doc.t("5. Диагноз: S83.5 Растяжение ПКС. МРТ ").v("DATE_TIME", g.recent(rng, "words")).t(".\n")
    doc.t("6. Родитель уведомлён: ").v("PERSON", g.who(fake, rng).fio()).t(", ").v("PHONE_NUMBER", g.phone(rng)).t("\n")
    return doc.done()


def doping_form(rng: random.Random, fake: Any) -> Planted:
    w = g.who(fake, rng)
    doc = Doc().t("ФОРМА ДОПИНГ-КОНТРОЛЯ / DOPING CONTROL FORM\nФамилия / Surname: ").v("PERSON", w.f())
    doc.t("   Имя / Given name: ").v("PERSON", w.i()).t("\nLatin: ").v("PERSON", w.lat(rng)).t("\nДата рождения / DOB: ")
    doc.v("DATE_TIME", g.birth(rng, rng.choice(("num", "en", "slash")))).t("\nMobile: ").v("PHONE_NUMBER", g.phone(rng))
    doc.t("   E-mail: ").v("EMAIL_ADDRESS", g.email(fake, rng, w)).t("\nАдрес / Address: ").v("LOCATION", g.addr(fake, rng))
    doc.t("\nУведомлён / Notified: ").v("DATE_TIME", g.when(rng)).t("\nКод пробы / Sample code: ")
    doc.v("MEDICAL_RECORD_NUMBER", g.mrn(rng, "dc")).t("   Объём 110 мл, удельная плотность 1.012\n")
    doc.t("Препараты за 7 дней: магне B6, ибупрофен.\nИДК / DCO: ").v("PERSON", g.who(fake, rng).lat(rng))
    doc.t("\nПредставитель спортсмена: ").v("PERSON", g.who(fake, rng).fio_short()).t("\n")
    return doc.done()


def tue_application(rng: random.Random, fake: Any) -> Planted:
    w = g.who(fake, rng)
    doc = Doc().t("ЗАПРОС НА ТЕРАПЕВТИЧЕСКОЕ ИСПОЛЬЗОВАНИЕ (ТИ) / TUE APPLICATION FORM\n")
    doc.t("1. Athlete information\nSurname: ").v("PERSON", g.translit(w.last).upper()).t("  Given names: ")
    doc.v("PERSON", g.translit(w.first)).t("\nФИО: ").v("PERSON", w.fio()).t("\nDate of birth (dd/mm/yyyy): ")
    doc.v("DATE_TIME", g.birth(rng, "slash")).t("\nAddress: ").v("LOCATION", g.addr(fake, rng)).t("\nTel.: ")
    doc.v("PHONE_NUMBER", g.phone(rng)).t("  E-mail: ").v("EMAIL_ADDRESS", g.email(fake, rng, w))
    doc.t("\nADAMS ID: ").v("MEDICAL_RECORD_NUMBER", g.mrn(rng, "sid")).t("\nSport/discipline: " + rng.choice(g.SPORTS))
    doc.t("\n2. Medical information: J45.0 бронхиальная астма, подтверждена спирометрией ").v("DATE_TIME", g.recent(rng, "num"))
    doc.t(".\nСальметерол 50 мкг 2 р/д. Врач: ").v("PERSON", g.who(fake, rng).ini_f()).t(", пульмонолог.\n")
    doc.t("Ref. № ").v("MEDICAL_RECORD_NUMBER", g.mrn(rng, "tue")).t("\n")
    return doc.done()


def fitness_questionnaire(rng: random.Random, fake: Any) -> Planted:
    w = g.who(fake, rng)
    doc = Doc().t("АНКЕТА ЗДОРОВЬЯ КЛИЕНТА (PAR-Q) фитнес-клуба «Атлетика», тел. клуба +7 (495) 640-00-10\n")
    doc.t("Фамилия Имя: ").v("PERSON", rng.choice((f"{w.f()} {w.i()}", f"{w.i()} {w.f()}"))).t("\nДата рождения: ")
    doc.v("DATE_TIME", g.birth(rng, rng.choice(("num", "nozero", "words")), 1960, 2006)).t("\nТелефон: ")
    doc.v("PHONE_NUMBER", g.phone(rng)).t("\nE-mail: ").v("EMAIL_ADDRESS", g.email(fake, rng, w))
    doc.t("\n1. Говорил ли вам врач о проблемах с сердцем? [ ] да [x] нет\n2. Боли в груди при нагрузке? [ ] да [x] нет\n")
    doc.t("3. Травмы за последний год: ").t(rng.choice(("растяжение голеностопа ", "перелом луча ")))
    em = g.who(fake, rng)
    rel = ("жена", "мама", "сестра") if em.female else ("муж", "папа", "брат")
    doc.v("DATE_TIME", g.recent(rng, "mmyy")).t("\nКонтакт на экстренный случай: ").v("PERSON", em.i())
    doc.t(" (" + rng.choice(rel) + ") ").v("PHONE_NUMBER", g.phone(rng))
    doc.t("\nПодпись ________ Дата ").v("DATE_TIME", g.recent(rng, "short")).t("\n")
    return doc.done()


def fitness_contract(rng: random.Random, fake: Any) -> Planted:
    w = g.who(fake, rng)
    doc = Doc().t(f"ДОГОВОР № FC-{g.d(rng, 6)} оказания физкультурно-оздоровительных услуг\n")
    doc.t("ООО «Фитнес Лайн» (ИНН 7701234567), именуемое «Исполнитель», и гражданин(ка) ")
    doc.v("PERSON", w.fio()).t(", паспорт ").v("RU_PASSPORT", g.passport(rng)).t(", выдан ")
    doc.v("DATE_TIME", g.birth(rng, "num", 2010, 2024)).t(", ИНН ").v("RU_INN", g.inn(rng)).t(", зарегистрированный(ая) по адресу: ")
    doc.v("LOCATION", g.addr(fake, rng)).t(", именуемый(ая) «Клиент», заключили настоящий договор.\n")
    doc.t("Клиент подтверждает отсутствие противопоказаний (справка терапевта от ").v("DATE_TIME", g.recent(rng, "num"))
    doc.t(").\nРеквизиты Клиента: тел. ").v("PHONE_NUMBER", g.phone(rng)).t(", e-mail ").v("EMAIL_ADDRESS", g.email(fake, rng, w))
    doc.t("\nКлиент ____ /").v("PERSON", w.fio_short()).t("/\n")
    return doc.done()


def parent_consent(rng: random.Random, fake: Any) -> Planted:
    par, kid = g.who(fake, rng), g.who(fake, rng)
    kid.last = par.last if par.female == kid.female else kid.last
    doc = Doc().t("ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ\nЯ, ").v("PERSON", par.fio())
    doc.t(", паспорт ").v("RU_PASSPORT", g.passport(rng)).t(", проживающий(ая): ").v("LOCATION", g.addr(fake, rng))
    doc.t(",\nявляясь законным представителем ребёнка ").v("PERSON", kid.fio("gent")).t(", ")
    doc.v("DATE_TIME", g.birth(rng, "num", 2010, 2018)).t(" г.р., СНИЛС ребёнка ").v("RU_SNILS", g.snils(rng))
    doc.t(", полис ОМС ").v("RU_OMS_POLICY", g.oms(rng)).t(",\nдаю согласие на проведение УМО и нагрузочного тестирования.\n")
    doc.t("Контактный телефон: ").v("PHONE_NUMBER", g.phone(rng)).t("\n")
    doc.v("DATE_TIME", g.recent(rng, "words_g")).t("   ____________ ").v("PERSON", par.ini_f()).t("\n")
    return doc.done()


def rehab_summary(rng: random.Random, fake: Any) -> Planted:
    w = g.who(fake, rng)
    doc = Doc().t("ВЫПИСНОЙ ЭПИКРИЗ (отделение спортивной реабилитации)\nИ/б № ")
    doc.v("MEDICAL_RECORD_NUMBER", g.mrn(rng, "card")).t("\nПациент ").v("PERSON", w.fio()).t(", ")
    a, b = g.period(rng)
    doc.t(f"{rng.randrange(17, 35)} лет ({rng.choice(g.SPORTS)}, {rng.choice(g.RANKS)}), на лечении с ")
    doc.v("DATE_TIME", a).t(" по ").v("DATE_TIME", b).t(".\n")
    doc.t("Анамнез: травма ").v("DATE_TIME", g.recent(rng, "words")).t(" на матче, артроскопическая пластика ПКС ")
    doc.v("DATE_TIME", g.recent(rng, "num")).t(" (хирург ").v("PERSON", g.who(fake, rng).fio_short()).t(").\n")
    doc.t("Проведено: ЛФК, изокинетика, гидрокинезотерапия. Объём движений 0-135°.\n")
    doc.t("ЭЛН ").v("MEDICAL_RECORD_NUMBER", g.mrn(rng, "eln")).t(" закрыт. Рекомендовано: бег с 4 мес., контакт с 9 мес.\n")
    doc.t("Видео упражнений для самостоятельных занятий: ").v("URL", g.purl(rng, w)).t("\nЛечащий врач ")
    doc.v("PERSON", g.who(fake, rng).ini_f()).t("\n")
    return doc.done()


def whereabouts(rng: random.Random, fake: Any) -> Planted:
    w = g.who(fake, rng)
    doc = Doc().t("Информация о местонахождении (whereabouts), квартал ").t(f"Q{rng.randrange(1, 5)}\n")
    doc.t("Спортсмен: ").v("PERSON", w.lat(rng)).t(" / ").v("PERSON", w.fio_short()).t("\nID: ")
    doc.v("MEDICAL_RECORD_NUMBER", g.mrn(rng, "sid")).t("\nАдрес ночёвки: ").v("LOCATION", g.addr(fake, rng))
    a, b = g.period(rng, rng.choice(("num", "short")))
    doc.t("\n60-минутный интервал: 07:00-08:00 по адресу проживания\nС ").v("DATE_TIME", a)
    doc.t(" по ").v("DATE_TIME", b).t(" — сборы в ").v("LOCATION", g.town_case(fake, "loct"))
    doc.t("\nЗагранпаспорт ").v("RU_PASSPORT", g.intl_passport(rng)).t("; тел. ").v("PHONE_NUMBER", g.phone(rng)).t("\n")
    return doc.done()


def coach_email(rng: random.Random, fake: Any) -> Planted:
    coach, kid = g.who(fake, rng), g.who(fake, rng, False)
    doc = Doc().t("От: ").v("EMAIL_ADDRESS", g.email(fake, rng, coach)).t("\nКому: sportmed@vfd-region.ru\nТема: справка ")
    doc.v("PERSON", kid.f()).t("\n\nДобрый день! Прошу ускорить заключение по ").v("PERSON", f"{kid.f('datv')} {kid.i('datv')}")
    doc.t(" (").v("DATE_TIME", g.birth(rng, "nozero", 2009, 2015)).t("), ему ехать на первенство ")
    doc.t("в конце месяца. УМО проходили ").v("DATE_TIME", g.recent(rng, "short")).t(", ждём ЭхоКГ.\n")
    doc.t("Мама мальчика — ").v("PERSON", g.who(fake, rng, True).i() + " " + g.who(fake, rng, True).o())
    doc.t(", её номер ").v("PHONE_NUMBER", g.phone(rng)).t(".\n\nС уважением, тренер ").v("PERSON", coach.ini_f())
    doc.t("\n").v("PHONE_NUMBER", g.phone(rng)).t("\n")
    return doc.done()


def section_application(rng: random.Random, fake: Any) -> Planted:
    par, kid = g.who(fake, rng), g.who(fake, rng)
    doc = Doc().t("Директору МБУ СШ «Спартак»\nот ").v("PERSON", par.fio("gent")).t(",\nпроживающего(ей) по адресу: ")
    doc.v("LOCATION", g.addr(fake, rng)).t("\nтел. ").v("PHONE_NUMBER", g.phone(rng)).t("\n\nЗАЯВЛЕНИЕ\n")
    doc.t("Прошу зачислить моего сына (дочь) ").v("PERSON", kid.fio("accs")).t(", дата рождения ")
    doc.v("DATE_TIME", g.birth(rng, "words", 2012, 2019)).t(", место рождения ").v("LOCATION", "г. " + g.town(fake))
    doc.t(", свидетельство о рождении " + rng.choice(("II-ИК", "I-МЮ", "III-ЛО")) + f" № {g.d(rng, 6)},\n")
    doc.t("в группу начальной подготовки. Медицинская справка прилагается. СНИЛС ребёнка: ").v("RU_SNILS", g.snils(rng))
    doc.t("\nПочта для уведомлений: ").v("EMAIL_ADDRESS", g.email(fake, rng, par)).t("\n")
    doc.v("DATE_TIME", g.recent(rng, "num")).t("      подпись ").v("PERSON", par.fio_short()).t("\n")
    return doc.done()


def licence_application(rng: random.Random, fake: Any) -> Planted:
    w = g.who(fake, rng)
    doc = Doc().t("Заявка на получение лицензии спортсмена на сезон\nЛицензия № ")
    doc.v("MEDICAL_RECORD_NUMBER", g.mrn(rng, "lic")).t("\nФИО (рус.): ").v("PERSON", w.fio()).t("\nФИО (лат.): ")
    doc.v("PERSON", w.lat(rng)).t("\nДата рождения: ").v("DATE_TIME", g.birth(rng, "num")).t("\nМесто рождения: ")
    doc.v("LOCATION", g.town(fake)).t("\nПаспорт: ").v("RU_PASSPORT", g.passport(rng)).t("\nИНН: ").v("RU_INN", g.inn(rng))
    doc.t("\nСНИЛС: ").v("RU_SNILS", g.snils(rng)).t("\nТелефон: ").v("PHONE_NUMBER", g.phone(rng)).t("\nСоцсети: ")
    doc.v("URL", g.purl(rng, w)).t("\nМед. допуск до: ").v("DATE_TIME", g.recent(rng, "num")).t("\n")
    return doc.done()


BLOCKS: list[BlockFamily] = [
    BlockFamily("b64-admission-cert", H, admission_cert),
    BlockFamily("b64-umo-conclusion", H, umo_conclusion),
    BlockFamily("b64-injury-report", H, injury_report),
    BlockFamily("b64-doping-form", H, doping_form),
    BlockFamily("b64-tue-application", H, tue_application),
    BlockFamily("b64-fitness-questionnaire", H, fitness_questionnaire),
    BlockFamily("b64-fitness-contract", H, fitness_contract),
    BlockFamily("b64-parent-consent", H, parent_consent),
    BlockFamily("b64-rehab-summary", H, rehab_summary),
    BlockFamily("b64-whereabouts", H, whereabouts),
    BlockFamily("b64-coach-email", H, coach_email),
    BlockFamily("b64-section-application", H, section_application),
    BlockFamily("b64-licence-application", H, licence_application),
]
