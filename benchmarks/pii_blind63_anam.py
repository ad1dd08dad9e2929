"""Anamnesis and note fragments of blind split 63, where several personal values crowd together."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind63_gen import (
    ADDR,
    CITY,
    DAY,
    MOB,
    NBSP,
    PASSPORT,
    TOWN,
    Doc,
    anyname,
    eln,
    email63,
    enp,
    gendered,
    mrn63,
    nat,
    oms_any,
    snils63,
    url63,
    when,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted, address, date, person

YEAR = date("в yyyy г.", "в yyyy году", "yyyy г.", "в ML yyyy г.", "MN yyyy", "mm.yyyy")
JOBS = ("водитель в ООО «ТрансЛогистик»", "продавец в магазине «Пятёрочка»", "пенсионер, ранее — шахтёр",
        "учитель начальных классов", "охранник ЧОП", "не работает", "сварщик на заводе", "медсестра поликлиники")
RELS = (("Мать", "мать"), ("Отец", "отец"), ("Жена", "жена"), ("Муж", "муж"), ("Сын", "сын"), ("Дочь", "дочь"),
        ("Сестра", "сестра"), ("Брат", "брат"))


def _vitae(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("Anamnesis vitae. Родился(ась) в ").v("LOCATION", TOWN(rng, fake, "loct")).t(", ")
    d.v("DATE_TIME", date("yyyy", "d MG yyyy", "dd.mm.yyyy")(rng, fake, "nomn")).t(
        rng.choice((" г.р. ", " г. ")) + "Образование среднее специальное. Работает: " + rng.choice(JOBS))
    if rng.random() < 0.6:
        d.t(", адрес работы: ").v("LOCATION", address("г. {T}, ул. {S}, д. {N}", "{T}, промзона, ул. {S}, {N}")(
            rng, fake, "nomn"))
    d.t(". Проживает ").t(rng.choice(("по адресу: ", "по адресу ", ""))).v("LOCATION", ADDR(rng, fake, "nomn"))
    d.t(rng.choice((" с женой.", ", один.", " с дочерью.")) + " Перенесённые заболевания: ")
    for _ in range(rng.randrange(1, 4)):
        d.t(rng.choice(("пневмония", "холецистэктомия", "ОИМ", "перелом левой лучевой кости", "COVID-19")) + " (")
        d.v("DATE_TIME", YEAR(rng, fake, "nomn")).t(rng.choice((", лечился в ЦРБ ", ", стационар ", ", ")))
        d.v("LOCATION", TOWN(rng, fake, "gent" if rng.random() < 0.5 else "nomn")).t("), ")
    d.t("туберкулёз, гепатиты отрицает. Аллергоанамнез не отягощён.\nНаследственность: ")
    label, _ = rng.choice(RELS)
    female = label in ("Мать", "Жена", "Дочь", "Сестра")
    d.t(label.lower() + " — ").v("PERSON", gendered(female, "F I O", "I O")(rng, fake, "nomn"))
    d.t(f", {rng.randrange(40, 90)} лет, ГБ. Контакт: ").v("PHONE_NUMBER", MOB(rng, fake, "nomn")).t(".")
    return d.done()


def _morbi(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("Anamnesis morbi: считает себя больным с ")
    d.v("DATE_TIME", date("MG yyyy г.", "mm.yyyy", "d MG", "dd.mm.yyyy")(rng, fake, "nomn"))
    d.t(", когда впервые появились боли за грудиной. Обследовался амбулаторно в поликлинике по месту жительства (")
    d.v("LOCATION", TOWN(rng, fake, "nomn")).t("). ")
    for _ in range(rng.randrange(2, 4)):
        d.t(rng.choice(("Госпитализирован ", "Стационарное лечение ", "Лечился в кардиологии "))).v(
            "DATE_TIME", DAY(rng, fake, "nomn")).t(rng.choice((" — ", " в ", ", "))).t(
            rng.choice(("ГБУЗ «ГКБ №", "ГБУЗ «ЦРБ №", "«ОКБ №")) + str(rng.randrange(1, 70)) + "», ")
        d.v("LOCATION", TOWN(rng, fake, "nomn")).t(", и/б № ").v("MEDICAL_RECORD_NUMBER", mrn63()(rng, fake, "nomn"))
        d.t(". ")
    d.t("Ухудшение с ").v("DATE_TIME", when(rng, fake)).t(", вызвал СМП. Доставлен ")
    who = rng.choice(("сыном ", "женой ", "соседом ", "дочерью "))
    d.t(who).v("PERSON", gendered(who in ("женой ", "дочерью "), "F I O", "I O", "F")(rng, fake, "ablt"))
    d.t(" (тел. ").v("PHONE_NUMBER", MOB(rng, fake, "nomn")).t(").")
    return d.done()


def _epid(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("Эпидемиологический анамнез: ")
    d.t(rng.choice(("за последние 14 дней выезжал в ", "в течение месяца находился в ", "вернулся из поездки в ")))
    d.v("LOCATION", address("{Tc}", "г. {Tc}", "Республику Узбекистан", "Турцию, г. Анталья")(rng, fake, "accs"))
    d.t(" (").v("DATE_TIME", DAY(rng, fake, "nomn")).t(" — ").v("DATE_TIME", DAY(rng, fake, "nomn")).t("). ")
    d.t("Контакт с инфекционными больными: ")
    if rng.random() < 0.6:
        d.t("сосед по комнате ").v("PERSON", anyname("F I O", "F io", "F I")(rng, fake, "nomn"))
        d.t(" госпитализирован с ОКИ ").v("DATE_TIME", date("d MG", "dd.mm", "dd.mm.yyyy")(rng, fake, "nomn")).t(". ")
    else:
        d.t("отрицает. ")
    d.t("Место работы: ").v("LOCATION", address("{T}, ул. {S}, д. {N}", "склад, {T}, {S} ул., {N}")(rng, fake, "nomn"))
    d.t(". Питание вне дома: кафе у дома. Укусы клещей отрицает. Прививочный анамнез со слов.")
    return d.done()


def _who_to_call(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t(rng.choice(("ПРИЁМНОЕ ОТДЕЛЕНИЕ\n", "Запись дежурного врача\n", "")))
    d.t("Пациент(ка) ").v("PERSON", nat("F I O", "F io")(rng, fake, "nomn")).t(", ")
    d.v("DATE_TIME", date("dd.mm.yyyy", "yyyy")(rng, fake, "nomn")).t(" г.р., доставлен(а) в ").v(
        "DATE_TIME", date("dd.mm.yyyy")(rng, fake, "nomn") + f" {rng.randrange(0, 24):02d}:{rng.randrange(60):02d}")
    d.t(rng.choice((" бригадой СМП с адреса: ", " родственниками из дома: "))).v("LOCATION", ADDR(rng, fake, "nomn"))
    d.t(".\nКто доставил: ").v("PERSON", anyname("F I O", "F io", "I O")(rng, fake, "nomn")).t(
        rng.choice((" (дочь)", " (сосед)", ", внук")))
    whom = rng.choice(("сына ", "дочь ", "жену ", "племянника "))
    d.t(". Кого известить: ").t(whom)
    d.v("PERSON", gendered(whom in ("дочь ", "жену "), "F I O", "I O", "I")(rng, fake, "accs")).t(", ").v("PHONE_NUMBER", MOB(rng, fake, "nomn"))
    if rng.random() < 0.5:
        d.t(", доп. ").v("PHONE_NUMBER", CITY(rng, fake, "nomn"))
    d.t(".\nДокументы: паспорт ").v("RU_PASSPORT", PASSPORT(rng, fake, "nomn")).t(", полис ОМС ").v(
        "RU_OMS_POLICY", oms_any()(rng, fake, "nomn")).t(".")
    return d.done()


def _ambulance(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("КАРТА ВЫЗОВА СМП № ").v("MEDICAL_RECORD_NUMBER", str(rng.randrange(100, 99999)))
    d.t("\nПринят: ").v("DATE_TIME", when(rng, fake)).t("\nАдрес вызова: ").v("LOCATION", ADDR(rng, fake, "nomn"))
    d.t(rng.choice((", подъезд 2, этаж 5", ", код домофона 45К", ""))).t("\nВызывает: ")
    d.t(rng.choice(("родственник", "сосед", "сам"))).t(", тел. ").v("PHONE_NUMBER", MOB(rng, fake, "nomn"))
    d.t("\nБольной: ").v("PERSON", anyname("F I O", "F I")(rng, fake, "nomn")).t(", возраст ")
    d.t(f"{rng.randrange(18, 95)} л.\nПовод: боль в груди. Доставлен в ГКБ.\nФельдшер ")
    d.v("PERSON", person("F io", "io F")(rng, fake, "nomn")).t(" ______")
    return d.done()


def _discharge_paste(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice(("&nbsp;", NBSP, " ", "  "))
    br = rng.choice(("", "\n", "\n\n", " "))
    d = Doc().t("ВЫПИСНОЙ ЭПИКРИЗ" + br + "из медицинской карты стационарного больного&nbsp;№" + sep)
    d.v("MEDICAL_RECORD_NUMBER", mrn63()(rng, fake, "nomn")).t(br + "ФИО:" + sep)
    d.v("PERSON", anyname("F I O")(rng, fake, "nomn")).t(br + "Дата" + sep + "рождения:" + sep)
    d.v("DATE_TIME", date("dd.mm.yyyy")(rng, fake, "nomn")).t(br + "Адрес:" + sep).v("LOCATION", ADDR(rng, fake, "nomn"))
    d.t(br + "Находился на лечении с" + sep).v("DATE_TIME", DAY(rng, fake, "nomn")).t(sep + "по" + sep)
    d.v("DATE_TIME", DAY(rng, fake, "nomn")).t(br + "Диагноз: &quot;ИБС. Стенокардия напряжения ФК II&quot;" + br)
    d.t("Лечащий" + sep + "врач:" + sep).v("PERSON", person("F io", "F I O")(rng, fake, "nomn"))
    d.t(br + "Зав." + sep + "отделением:" + sep).v("PERSON", anyname("F io")(rng, fake, "nomn"))
    return d.done()


def _sick_leave(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("Сформирован ЭЛН № ").v("MEDICAL_RECORD_NUMBER", eln()(rng, fake, "nomn")).t(" на имя ")
    d.v("PERSON", anyname("F I O", "F io")(rng, fake, "gent")).t(", СНИЛС ").v(
        "RU_SNILS", snils63("XXX-XXX-XXX XX", "XXXXXXXXXXX")(rng, fake, "nomn"))
    d.t(", место работы: ООО «Вектор». Освобождён от работы с ").v("DATE_TIME", DAY(rng, fake, "nomn"))
    d.t(" по ").v("DATE_TIME", DAY(rng, fake, "nomn")).t(". Врач ").v("PERSON", person("F io")(rng, fake, "nomn"))
    if rng.random() < 0.5:
        d.t(". По уходу за: ").v("PERSON", anyname("F I O")(rng, fake, "nomn")).t(", ")
        d.v("DATE_TIME", date("dd.mm.yyyy")(rng, fake, "nomn")).t(" г.р")
    d.t(".")
    return d.done()


def _referral(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("НАПРАВЛЕНИЕ (ф. 057/у-04) № ").v("MEDICAL_RECORD_NUMBER", str(rng.randrange(1000, 999999)))
    d.t("\nна госпитализацию в ГБУЗ «ОКБ»\n1. Полис ОМС: ").v(
        "RU_OMS_POLICY", enp("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX")(rng, fake, "nomn"))
    d.t("  СНИЛС: ").v("RU_SNILS", snils63("XXX-XXX-XXX XX")(rng, fake, "nomn"))
    d.t("\n2. ФИО: ").v("PERSON", anyname("F I O")(rng, fake, "nomn")).t("\n3. Дата рождения: ")
    d.v("DATE_TIME", date("dd.mm.yyyy", "d MG yyyy г.")(rng, fake, "nomn")).t("\n4. Адрес постоянного места жительства: ")
    d.v("LOCATION", ADDR(rng, fake, "nomn")).t("\n5. Место работы, должность: ").t(rng.choice(JOBS))
    d.t("\nВрач ").v("PERSON", person("F io", "io F")(rng, fake, "nomn")).t("  Тел. пациента ").v(
        "PHONE_NUMBER", MOB(rng, fake, "nomn"))
    return d.done()


def _certificate(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("СПРАВКА\nВыдана ").v("PERSON", anyname("F I O", "F io")(rng, fake, "datv")).t(", ")
    d.v("DATE_TIME", date("dd.mm.yyyy", "yyyy")(rng, fake, "nomn")).t(" г.р., паспорт ").v(
        "RU_PASSPORT", PASSPORT(rng, fake, "nomn"))
    d.t(", проживающему(ей) по адресу: ").v("LOCATION", ADDR(rng, fake, "nomn"))
    d.t(", в том, что он(а) находился(ась) на амбулаторном лечении с ").v("DATE_TIME", DAY(rng, fake, "nomn"))
    d.t(" по ").v("DATE_TIME", DAY(rng, fake, "nomn")).t(". ИНН ").v("RU_INN", _inn12(rng))
    d.t(" (для налогового вычета).\nМ.П.   Врач ").v("PERSON", person("F io")(rng, fake, "nomn"))
    return d.done()


def _inn12(rng: random.Random) -> str:
    from benchmarks.pii_blind63_gen import inn63
    return inn63("XXXXXXXXXXXX")(rng, None, "nomn")


def _duty_note(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("Дневник дежурного врача ").v("DATE_TIME", when(rng, fake)).t(". Состояние средней тяжести. ")
    d.t("Звонила ").t(rng.choice(("дочь", "жена", "сестра"))).t(" пациента, ").v(
        "PERSON", gendered(True, "I O", "F I O", "I")(rng, fake, "nomn"))
    d.t(", с номера ").v("PHONE_NUMBER", MOB(rng, fake, "nomn")).t(", информация о состоянии дана в пределах ")
    d.t("разрешённого (согласие от ").v("DATE_TIME", DAY(rng, fake, "nomn")).t("). Просит прислать выписку на ")
    d.v("EMAIL_ADDRESS", email63()(rng, fake, "nomn")).t(rng.choice((".", "", " .")))
    if rng.random() < 0.5:
        d.t(" Снимки переданы по ссылке ").v("URL", url63()(rng, fake, "nomn")).t(".")
    d.t(" Дежурный врач ").v("PERSON", person("F io", "io F")(rng, fake, "nomn"))
    return d.done()


def _consult(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("Консультация ").t(rng.choice(("невролога", "эндокринолога", "хирурга"))).t(" ")
    d.v("PERSON", person("F io", "F I O")(rng, fake, "gent")).t(" от ").v("DATE_TIME", DAY(rng, fake, "nomn"))
    d.t(".\nПациентка ").v("PERSON", gendered(True, "F I O", "F io", "F")(rng, fake, "nomn")).t(", ")
    d.t(f"{rng.randrange(18, 90)} лет, переведена из ").v("LOCATION", TOWN(rng, fake, "gent"))
    d.t(". Со слов мужа (").v("PERSON", gendered(False, "I O", "F I O")(rng, fake, "gent")).t("), ухудшение ")
    d.v("DATE_TIME", date("d MG", "dd.mm", f"d MG в {rng.randrange(8, 22)}:00")(rng, fake, "nomn"))
    d.t(". Рекомендовано: МРТ головного мозга, повторный осмотр. Ссылка на телеконсультацию: ")
    d.v("URL", url63()(rng, fake, "nomn"))
    return d.done()


BLOCKS: list[BlockFamily] = [
    BlockFamily("b63-anamnesis-vitae", HELDOUT, _vitae),
    BlockFamily("b63-anamnesis-morbi", HELDOUT, _morbi),
    BlockFamily("b63-epid-history", HELDOUT, _epid),
    BlockFamily("b63-who-brought-who-to-call", HELDOUT, _who_to_call),
    BlockFamily("b63-ambulance-card", HELDOUT, _ambulance),
    BlockFamily("b63-discharge-mis-paste", HELDOUT, _discharge_paste),
    BlockFamily("b63-sick-leave-note", HELDOUT, _sick_leave),
    BlockFamily("b63-referral-057", HELDOUT, _referral),
    BlockFamily("b63-certificate", HELDOUT, _certificate),
    BlockFamily("b63-duty-note-relatives", HELDOUT, _duty_note),
    BlockFamily("b63-consult-peoples", HELDOUT, _consult),
]
