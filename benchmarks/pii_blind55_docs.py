"""Letters and forms of blind split 55: complaints and replies, requests from courts, police and lawyers,
requests for copies of one's own record, consent and refusal forms, incident reports, ВК protocols."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind55_gen import (
    Doc,
    _parts,
    addr,
    bday,
    born,
    dt,
    enp,
    event,
    fio,
    inn,
    link,
    mail,
    mrn,
    old_policy,
    pair,
    passport,
    snils,
    tel,
    town,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted

P, D, L, PH = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
E, U, S, IN, PS, OM, M = "EMAIL_ADDRESS", "URL", "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER"
CLINICS = ("ГБУЗ «Городская клиническая больница № 7»", "ГАУЗ «РКБ»", "ОГБУЗ «ЦРБ»", "ГБУЗ «Детская городская поликлиника № 2»",
           "ФГБУ «НМИЦ»", "ГБУЗ «Областной онкологический диспансер»")


def complaint(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t(rng.choice(("В Территориальный орган Росздравнадзора\n", "Министру здравоохранения области\n",
                              "Главному врачу " + rng.choice(CLINICS) + "\n")))
    who = _parts(rng, fake)
    doc.t("от ").v(P, fio(rng, fake, "gent", ("F I O", "F I O", "F io"), who)).t(",\n")
    doc.t(rng.choice(("проживающего(ей) по адресу: ", "адрес: ", "зарег. по адресу "))).v(L, addr(rng, fake)).t(",\n")
    doc.t(rng.choice(("тел. ", "телефон: ", "моб.: "))).v(PH, tel(rng))
    if rng.random() < 0.6:
        doc.t(rng.choice((", e-mail: ", "\nэл. почта: ", ", почта "))).v(E, mail(rng, fake))
    kin, female = rng.choice((("Моя мать, ", True), ("Мой отец, ", False), ("Мой муж, ", False), ("Моя дочь, ", True)))
    doc.t("\n\nЖАЛОБА\n\n").t(kin).v(P, fio(rng, fake, "nomn", ("F I O", "I O F"), female=female)).t(", ")
    doc.v(D, bday(rng, fake)).t(" г.р., ").t("была госпитализирована " if female else "был госпитализирован ")
    doc.v(D, event(rng, fake)).t(" в ").t(rng.choice(CLINICS))
    doc.t(". Лечащий врач ").v(P, fio(rng, fake, "nomn", ("F io", "F I O", "F"))).t(rng.choice((
        " отказывался разговаривать с родственниками", " не назначил обследование", " грубил")))
    doc.t(". ").t(rng.choice(("Прошу провести проверку", "Прошу разобраться и наказать виновных", "прошу принять меры")))
    doc.t(".\n\n").v(D, dt(rng, fake, ("dd.mm.yyyy", "«dd» MG yyyy г.", "d.mm.yy"))).t("   подпись ________ ")
    doc.v(P, fio(rng, fake, "nomn", ("F io", "io F"), who))
    return doc.done()


def reply(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t(rng.choice(CLINICS)).t("\nИсх. № ").t(f"{rng.randrange(10, 999)}/01-{rng.randrange(10, 99)}").t(" от ")
    who = _parts(rng, fake)
    doc.v(D, event(rng, fake)).t("\n").v(P, fio(rng, fake, "datv", ("F io", "F I O"), who))
    doc.t("\n").v(L, addr(rng, fake)).t("\n\nУважаем").t(rng.choice(("ый(ая) ", "ая " if who[3] else "ый ")))
    doc.v(P, fio(rng, fake, "nomn", ("I O",), who)).t("!\n\nВаше обращение от ").v(D, event(rng, fake))
    doc.t(rng.choice((" (вх. № ", " (рег. № "))).v(M, mrn(rng, "ref")).t(") по вопросу оказания медицинской помощи ")
    doc.v(P, fio(rng, fake, "datv", ("F I O", "F io"))).t(" рассмотрено. Проведена служебная проверка, медицинская карта № ")
    doc.v(M, mrn(rng, rng.choice(("ib", "amb")))).t(" изучена на заседании врачебной комиссии ")
    doc.v(D, event(rng, fake)).t(rng.choice((". Доводы не нашли подтверждения.", ". Доводы частично подтвердились, "
                                             "к врачу применено дисциплинарное взыскание.")))
    doc.t("\n\nГлавный врач ").v(P, fio(rng, fake, "nomn", ("io F", "F io")))
    doc.t("\nИсп. ").v(P, fio(rng, fake, "nomn", ("F io", "F i o", "F"))).t(", ").v(PH, tel(rng, mobile=False))
    return doc.done()


def court(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t(rng.choice(("Районный суд", "Мировой судья судебного участка № 3", "Арбитражный суд"))).t(" г. ")
    doc.t(town(fake, "gent")).t("\n").t("ЗАПРОС\n")
    doc.t("В производстве суда находится гражданское дело по иску ").v(P, fio(rng, fake, "gent", ("F I O", "F io")))
    doc.t(" о возмещении вреда здоровью. Прошу в срок до ").v(D, event(rng, fake)).t(" предоставить заверенные копии ")
    doc.t(rng.choice(("медицинской карты стационарного больного № ", "истории болезни № "))).v(M, mrn(rng, "ib"))
    doc.t(rng.choice((", а также амбулаторной карты № ", " и карты № "))).v(M, mrn(rng, "amb")).t(" на имя ")
    doc.v(P, fio(rng, fake, "gent", ("F I O",))).t(", ").v(D, bday(rng, fake)).t(" года рождения, проживающего: ")
    doc.v(L, addr(rng, fake)).t(".\nСудья ").v(P, fio(rng, fake, "nomn", ("F io", "io F")))
    doc.t("\nСекретарь с/з: тел. ").v(PH, tel(rng, mobile=False))
    return doc.done()


def police(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("ОМВД России по ").t(rng.choice(("Ленинскому району", "г. " + town(fake), "Кировскому району")))
    doc.t("\nГлавному врачу ГБУЗ «ССМП»\n\nВ связи с проверкой по материалу КУСП прошу предоставить сведения об обращении ")
    doc.v(P, fio(rng, fake, "gent", ("F I O", "F I O", "^F I O"))).t(", ").v(D, bday(rng, fake)).t(" г.р., за медицинской помощью ")
    doc.v(D, dt(rng, fake, ("dd.mm.yyyy", "dd.mm.yyyy около HH:MI", "dd.mm.yyyy в HH ч. MI мин.")))
    doc.t(" по адресу: ").v(L, addr(rng, fake)).t(", копию карты вызова СМП № ").v(M, mrn(rng, "call"))
    doc.t(" и сведения о диагнозе.\nУУП ОУУП и ПДН ").v(P, fio(rng, fake, "nomn", ("F io", "F i o")))
    doc.t("\nтел. ").v(PH, tel(rng))
    return doc.done()


def lawyer(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("АДВОКАТСКИЙ ЗАПРОС\n\nАдвокат ").v(P, fio(rng, fake, "nomn", ("F I O",)))
    doc.t(", рег. № в реестре ").t(f"{rng.randrange(10, 99)}/{rng.randrange(100, 9999)}").t(", ИНН ").v(IN, inn(rng, 12))
    doc.t(",\nдействуя в интересах ").v(P, fio(rng, fake, "gent", ("F I O", "F io"))).t(" (паспорт ").v(PS, passport(rng))
    doc.t(", СНИЛС ").v(S, snils(rng)).t("),\nпрошу предоставить копии медицинской документации за период с ")
    since, until = pair(rng, fake, ("dd.mm.yyyy", "dd.mm.yyyy г."), gap=900)
    doc.v(D, since).t(" по ").v(D, until)
    doc.t(".\nОтвет направить по адресу: ").v(L, addr(rng, fake)).t(" или на ").v(E, mail(rng, fake))
    doc.t("\nТел. ").v(PH, tel(rng))
    return doc.done()


def copy_request(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice(("\n", "\n", "; "))
    doc = Doc().t("ЗАЯВЛЕНИЕ о предоставлении копий медицинских документов\n")
    doc.t("Ф.И.О. пациента: ").v(P, fio(rng, fake, "nomn", ("F I O", "^F I O"))).t(sep)
    doc.t("Дата рождения: ").v(D, born(rng, fake)).t(sep)
    doc.t("Документ, удостоверяющий личность: паспорт ").v(PS, passport(rng)).t(", выдан ")
    doc.t(rng.choice(("ОУФМС России по ", "ГУ МВД России по ", "ТП УФМС в ")) + rng.choice(("Респ. Татарстан", "Свердловской обл.", "г. Москве")))
    doc.t(" ").v(D, dt(rng, fake, ("dd.mm.yyyy", "dd.mm.yyyy г."), "-20y")).t(", к/п ").t(f"{d3(rng)}-{d3(rng)}").t(sep)
    doc.t("Адрес места жительства: ").v(L, addr(rng, fake)).t(sep)
    doc.t("Почтовый адрес для направления копий: ").v(L, addr(rng, fake)).t(sep)
    since, until = pair(rng, fake)
    doc.t("Период оказания медицинской помощи: с ").v(D, since).t(" по ").v(D, until).t(sep)
    doc.t("Номер медицинской карты (если известен): ").v(M, mrn(rng, rng.choice(("ib", "amb")))).t(sep)
    way = rng.choice(("лично", "почтой", "в электронном виде на e-mail ", "на эл. почту "))
    doc.t("Способ получения: ").t(way)
    if way.endswith(" "):
        doc.v(E, mail(rng, fake))
    doc.t(sep)
    doc.t("Контактный телефон: ").v(PH, tel(rng))
    return doc.done()


def d3(rng: random.Random) -> str:
    return f"{rng.randrange(1000):03d}"


def consent(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ на виды медицинских вмешательств\n\nЯ, ")
    who = _parts(rng, fake)
    doc.v(P, fio(rng, fake, "nomn", ("F I O",), who)).t(", ").v(D, bday(rng, fake)).t(" г. рождения,\n")
    doc.t("зарегистрированный(ая) по адресу: ").v(L, addr(rng, fake)).t(",\n")
    if rng.random() < 0.5:
        doc.t("являясь законным представителем (мать, отец) ").v(P, fio(rng, fake, "gent", ("F I O", "F I")))
        doc.t(", ").v(D, dt(rng, fake, ("dd.mm.yyyy",), "-17y")).t(" г.р. (свидетельство о рождении ").v(M, mrn(rng, "cert")).t("),\n")
    doc.t("даю информированное добровольное согласие на виды медицинских вмешательств, включенные в Перечень, ")
    doc.t("для получения первичной медико-санитарной помощи в ").t(rng.choice(CLINICS)).t(".\n")
    doc.t("Медицинским работником ").v(P, fio(rng, fake, "ablt", ("F I O", "F io"))).t(" в доступной форме мне разъяснены цели...\n")
    doc.t("Сведения о выбранных мною лицах, которым может быть передана информация о состоянии моего здоровья: ")
    kin, female = rng.choice(((" (дочь), тел. ", True), (" (сын) ", False), (", жена — ", True), (", тел. ", None)))
    doc.v(P, fio(rng, fake, "nomn", ("F I O", "F io"), female=female)).t(kin).v(PH, tel(rng)).t("\n")
    doc.t(rng.choice(("подпись ____ ", "_______ /"))).v(P, fio(rng, fake, "nomn", ("F io",), who)).t(rng.choice(("/", "")))
    doc.t("\nДата: ").v(D, event(rng, fake))
    return doc.done()


def refusal(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t(rng.choice(("ОТКАЗ от медицинского вмешательства\n", "Отказ от госпитализации\n", "ОТКАЗ ОТ ГЕМОТРАНСФУЗИИ\n")))
    doc.t("Я, ").v(P, fio(rng, fake, "nomn", ("F I O", "^F I O", "F I O"))).t(", ").v(D, bday(rng, fake)).t(" г.р.,\n")
    doc.t("полис ОМС ").v(OM, enp(rng) if rng.random() < 0.8 else old_policy(rng)).t(",\n")
    doc.t("при оказании мне медицинской помощи в ").t(rng.choice(CLINICS)).t(" отказываюсь от ")
    doc.t(rng.choice(("госпитализации", "коронарографии", "переливания компонентов крови", "эндоскопического исследования")))
    doc.t(".\nВозможные последствия отказа мне разъяснены врачом ").v(P, fio(rng, fake, "ablt", ("F I O", "F io", "F i o")))
    doc.t(".\nДата и время: ").v(D, dt(rng, fake, ("dd.mm.yyyy HH:MI", "dd.mm.yyyy в HH:MI", "HH:MI dd.mm.yy")))
    if rng.random() < 0.7:
        doc.t("\nОт подписи отказался в присутствии свидетелей: м/с ").v(P, fio(rng, fake, "gent", ("F io",)))
        doc.t(", ").v(P, fio(rng, fake, "gent", ("F io", "F I O")))
    return doc.done()


def vk_protocol(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("ПРОТОКОЛ заседания подкомиссии врачебной комиссии по экспертизе временной нетрудоспособности\nот ")
    doc.v(D, event(rng, fake)).t("\nПредседатель: ").v(P, fio(rng, fake, "nomn", ("F io", "F i o")))
    doc.t("\nЧлены: ").v(P, fio(rng, fake, "nomn", ("F io",))).t(", ").v(P, fio(rng, fake, "nomn", ("F io", "io F")))
    doc.t("\nПациент: ").v(P, fio(rng, fake, "nomn", ("F I O",))).t(rng.choice((", д.р. ", ", ", " ("))).v(D, born(rng, fake))
    doc.t(rng.choice((")", ""))).t("\nСНИЛС ").v(S, snils(rng)).t(", ЕНП ").v(OM, enp(rng))
    doc.t("\nМесто работы: ").t(fake.company()).t(", ").v(L, addr(rng, fake))
    opened, until = pair(rng, fake, ("dd.mm.yyyy", "d.mm.yyyy", "dd.mm.yy"), gap=60)
    doc.t("\nЭЛН № ").v(M, mrn(rng, "eln")).t(" открыт ").v(D, opened)
    doc.t(rng.choice(("\nРешение: продлить ЭЛН до ", "\nРешение: направить на МСЭ, ЭЛН продлить по ")))
    doc.v(D, until)
    return doc.done()


def incident(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("Извещение о нежелательном событии (внутренний учет)\n")
    rows = (("Пациент", P, lambda: fio(rng, fake, "nomn", ("F I O", "F io"))),
            ("№ МКСБ", M, lambda: mrn(rng, "ib")),
            ("Дата рождения", D, lambda: born(rng, fake)),
            ("Дата и время события", D, lambda: dt(rng, fake, ("dd.mm.yyyy HH:MI", "dd.mm.yy HH:MI", "yyyy-mm-dd HH:MI"))),
            ("Выявил", P, lambda: fio(rng, fake, "nomn", ("F io", "F i o"))),
            ("Очевидец", P, lambda: fio(rng, fake, "nomn", ("F I O", "F io"))))
    sep = rng.choice((": ", " - ", ":\t"))
    for label, kind, make in rows:
        doc.t(label + sep).v(kind, make()).t("\n")
    doc.t("Вид: ").t(rng.choice(("падение", "ошибка идентификации пациента", "ошибка назначения ЛС", "пролежень")))
    doc.t("\nПринятые меры: осмотр дежурным врачом, родственник (").v(PH, tel(rng)).t(") уведомлен.")
    return doc.done()


def messenger(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("[").v(D, dt(rng, fake, ("dd.mm.yyyy HH:MI", "dd.mm.yy, HH:MI"))).t("] ")
    doc.t(rng.choice(("Горячая линия ТФОМС", "Чат-бот Госуслуг", "Оператор 122"))).t(": обращение от ")
    doc.v(P, fio(rng, fake, "gent", ("F I", "F I O")).lower() if rng.random() < 0.5 else fio(rng, fake, "gent", ("F I O",)))
    doc.t("\nтекст: здравствуйте, маму ").v(P, fio(rng, fake, "accs", ("I O", "F I O"), female=True))
    doc.t(rng.choice((" не берут в больницу", " выписали с температурой", " уже 3 дня не могут записать к онкологу")))
    doc.t(", полис ").v(OM, enp(rng, ("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX", "XXXXXXXX XXXXXXXX"))).t(", живем ")
    doc.v(L, rng.choice((f"{town(fake)} {fake.street_title()} {rng.randrange(1, 99)}",
                         f"в {town(fake, 'loct')}", f"с. {town(fake)}"))).t(" перезвоните ").v(PH, tel(rng))
    if rng.random() < 0.5:
        doc.t(" фото направления: ").v(U, link(rng, fake))
    return doc.done()


def email_appeal(rng: random.Random, fake: Any) -> Planted:
    who = _parts(rng, fake)
    doc = Doc().t("От: ").v(P, fio(rng, fake, "nomn", ("F I O", "I F", "F I"), who)).t(" <").v(E, mail(rng, fake)).t(">\n")
    doc.t("Кому: priemnaya@").t(rng.choice(("gkb7.ru", "minzdrav-rt.ru", "crb-med.ru"))).t("\nДата: ")
    doc.v(D, dt(rng, fake, ("dd.mm.yyyy HH:MI", "d MG yyyy г., HH:MI", "dd.mm.yyyy, HH:MI"))).t("\nТема: жалоба на врача\n\n")
    doc.t(rng.choice(("добрый день. ", "Здравствуйте! ", ""))).t("моя фамилия ").v(P, fio(rng, fake, "nomn", ("F",), who))
    doc.t(rng.choice((", полис ", " , номер полиса "))).v(OM, enp(rng)).t(". ").v(D, dt(rng, fake, ("dd.mm", "d MG", "dd.mm.yy")))
    doc.t(" была на приеме у терапевта ").v(P, fio(rng, fake, "gent", ("F", "F io", "F I O")))
    doc.t(rng.choice((", прием длился 3 минуты.", " - меня не осмотрели.", ", отказали в направлении.")))
    doc.t(" Ответ прошу по тел ").v(PH, tel(rng)).t(rng.choice(("", " или в вк ")))
    if doc.text.endswith("вк "):
        doc.v(U, f"https://vk.com/id{rng.randrange(10**6, 10**9)}")
    return doc.done()


def copies_log(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("Журнал выдачи копий медицинской документации\n")
    doc.t("№ п/п | дата | кому выдано | документ получателя | что выдано | основание\n")
    for n in range(rng.randrange(2, 4)):
        doc.t(f"{n + 1} | ").v(D, event(rng, fake)).t(" | ").v(P, fio(rng, fake, "datv", ("F io", "F I O")))
        doc.t(" | паспорт ").v(PS, passport(rng)).t(" | копия ")
        doc.t(rng.choice(("МКСБ № ", "ИБ № ", "амб. карты № "))).v(M, mrn(rng, rng.choice(("ib", "amb"))))
        doc.t(" | ").t(rng.choice(("заявление пациента", "доверенность", "запрос суда", "адвокатский запрос"))).t("\n")
    return doc.done()


DOC_BLOCKS: list[BlockFamily] = [
    BlockFamily("b55-complaint-letter", HELDOUT, complaint),
    BlockFamily("b55-reply-letter", HELDOUT, reply),
    BlockFamily("b55-court-request", HELDOUT, court),
    BlockFamily("b55-police-request", HELDOUT, police),
    BlockFamily("b55-lawyer-request", HELDOUT, lawyer),
    BlockFamily("b55-copy-request", HELDOUT, copy_request),
    BlockFamily("b55-ids-consent", HELDOUT, consent),
    BlockFamily("b55-refusal-form", HELDOUT, refusal),
    BlockFamily("b55-vk-protocol", HELDOUT, vk_protocol),
    BlockFamily("b55-incident-report", HELDOUT, incident),
    BlockFamily("b55-hotline-chat", HELDOUT, messenger),
    BlockFamily("b55-email-appeal", HELDOUT, email_appeal),
    BlockFamily("b55-copies-log", HELDOUT, copies_log),
]
