"""Single-value families of the blind10 split: one value in a prose frame, the way outside checkers
plant PII into short complaint-style notes."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind10_gen import DIMINUTIVES, Name, address, d, date, dnz, person, phone, translit
from benchmarks.pii_blind10_ids import email, inn, oms, passport, snils
from benchmarks.pii_families import Family

B = "blind10"


def mrn_value(rng: random.Random, kind: str) -> str:
    y = rng.randint(2019, 2026)
    yy = y % 100
    return {
        "ib": f"{rng.randint(1, 9999)}/{yy}",
        "ib_letter": f"{rng.randint(100, 9999)}-{rng.choice(('Т', 'Х', 'Н', 'Р', 'Г'))}/{yy}",
        "amb": f"{rng.choice(('А', 'Б', 'В', 'Ж'))}-{d(rng, 5)}",
        "emk": f"ЭМК-{y}-{d(rng, 6)}",
        "mis": f"{dnz(rng, 8)}",
        "dent": f"СТ{d(rng, 4)}/{yy}",
        "eln": dnz(rng, 12),
        "napr": f"{rng.randint(10, 99)}/{y}-{d(rng, 5)}",
        "recipe": f"{rng.randint(10, 99)}-{d(rng, 2)}-{d(rng, 6)}",
        "smp": f"{rng.randint(1, 999)}-{d(rng, 2)}",
        "lab": f"{yy}{rng.randint(1, 12):02d}{d(rng, 5)}",
        "acc": f"RG{y}{d(rng, 6)}",
        "mse": f"{rng.randint(100, 2999)}.{rng.randint(1, 30)}.{rng.randint(1, 89)}/{y}",
        "hist": f"{yy}-{d(rng, 4)}-{rng.choice(('К', 'С', 'ХО', 'ГО'))}",
        "cert": f"{rng.randint(1, 89):02d} {d(rng, 6)}",
    }[kind]


def mrn(*kinds: str):
    return lambda rng, fake, case: mrn_value(rng, rng.choice(kinds))


def _dimin(rng: random.Random, fake: Any, case: str) -> str:
    from benchmarks.pii_blind10_gen import _first

    full = rng.choice(list(DIMINUTIVES))
    short = rng.choice(DIMINUTIVES[full])
    female = short in (
        "Аня",
        "Анечка",
        "Маша",
        "Лена",
        "Леночка",
        "Оля",
        "Таня",
        "Наташа",
        "Катя",
        "Света",
        "Люда",
        "Галя",
        "Настя",
        "Ксюша",
    )
    return _first(short, case, female) if case != "nomn" else short


def _latin(rng: random.Random, fake: Any, case: str) -> str:
    n = Name(fake, rng)
    f, i, o = translit(n.f), translit(n.i), translit(n.o)
    return rng.choice(
        (f"{f.upper()} {i.upper()}", f"{i} {f}", f"{f} {i} {o}", f"{f}, {i}", f"{f.upper()}/{i.upper()}")
    )


def _town(rng: random.Random, fake: Any, case: str) -> str:
    return fake.city_name()


def _email(rng: random.Random, fake: Any, case: str) -> str:
    return email(fake, rng, Name(fake, rng))


def _url(rng: random.Random, fake: Any, case: str) -> str:
    n = Name(fake, rng)
    nick = translit(n.f).lower() + str(rng.randint(70, 2005))
    return rng.choice(
        (
            f"https://vk.com/{nick}",
            f"vk.com/id{d(rng, 9)}",
            f"https://t.me/{nick}",
            f"ok.ru/profile/{d(rng, 12)}",
            f"https://disk.yandex.ru/d/{translit(n.i)[:3]}{d(rng, 4)}Xq",
            f"http://{nick}.narod.ru",
            f"https://drive.google.com/file/d/1{d(rng, 6)}Ab{d(rng, 5)}/view",
        )
    )


FAMILIES: list[Family] = [
    # --- PERSON: cases, shapes, relatives, staff
    Family(
        "b10_rel_gent",
        "PERSON",
        B,
        (
            "Со слов дочери {gent}, пациентка плохо спит последнюю неделю.",
            "Анамнез собран со слов родственника ({gent}), т.к. больная дезориентирована.",
            "Доставлена бригадой по вызову соседей ({gent}, кв. 12).",
        ),
        person("FIO", "IO", "Fio", "IF"),
    ),
    Family(
        "b10_doc_ablt",
        "PERSON",
        B,
        (
            "Осмотрена совместно с зав. отделением {ablt}.",
            "Консультирован неврологом {ablt}, рекомендовано МРТ.",
            "Случай обсуждён с к.м.н. {ablt} по телефону.",
        ),
        person("Fio", "FIO", "ioF", "Fi o"),
    ),
    Family(
        "b10_dat_loct",
        "PERSON",
        B,
        (
            "Направление выдано на руки {datv}.",
            "Больничный лист выписан {datv} по уходу за ребёнком.",
            "Сведения о {loct} переданы участковому терапевту.",
            "Справка о {loct} выдана по запросу опекуна.",
        ),
        person("FIO", "F", "Fio", "IO"),
    ),
    Family(
        "b10_nurse_accs",
        "PERSON",
        B,
        (
            "Прошу ознакомить {accs} с результатами анализов.",
            "Выписку забрала м/с {nomn}, передала в регистратуру.",
            "Пациент просит не информировать {accs} о диагнозе.",
        ),
        person("IO", "F", "IF", "ioF_", "FIO"),
    ),
    Family(
        "b10_dimin",
        "PERSON",
        B,
        (
            "Мама говорит, что {nomn} хуже ест после детского сада.",
            "Продукты раз в неделю привозит {nomn} из соседнего подъезда.",
            "Со слов матери, у {gent} сыпь появилась после клубники.",
        ),
        _dimin,
    ),
    Family(
        "b10_latin",
        "PERSON",
        B,
        (
            "Пациент — гражданин Узбекистана, в паспорте: {}.",
            "Patient name on the insurance card: {}.",
            "Страховой полис иностранного гражданина выдан на имя {}.",
        ),
        _latin,
    ),
    Family(
        "b10_upper_sig",
        "PERSON",
        B,
        (
            "С планом лечения согласен. Подпись /{}/",
            "ПАЦИЕНТ {} ОТ ГОСПИТАЛИЗАЦИИ ОТКАЗАЛСЯ.",
            "Информированное добровольное согласие подписано: {}",
        ),
        person("FIO_UP", "F_UP io", "Fio"),
    ),
    # --- DATE_TIME
    Family(
        "b10_date_words",
        "DATE_TIME",
        B,
        (
            "Болеет с {}, когда после переохлаждения поднялась температура.",
            "Последняя менструация {}.",
            "Прививка от гриппа сделана {}.",
        ),
        date("words", "words_go", "dm_words", "words_full"),
    ),
    Family(
        "b10_date_partial",
        "DATE_TIME",
        B,
        (
            "Ухудшение отмечает с {}.",
            "Операция по поводу аппендицита в {}.",
            "Последний раз флюорография — {}.",
        ),
        date("my_words", "my_num", "my_loct", "dm_num"),
    ),
    Family(
        "b10_date_noise",
        "DATE_TIME",
        B,
        (
            "Дата последнего ЭКГ: {} — без динамики.",
            "Поступил {} самотёком.",
            "Выписана {} в удовлетворительном состоянии.",
        ),
        date("ocr", "typo", "comma", "dmy_sp", "dmy_short", "roman"),
    ),
    Family(
        "b10_date_time",
        "DATE_TIME",
        B,
        (
            "Травма получена {} на улице, упал на льду.",
            "Время последнего приёма пищи: {}.",
            "Смерть констатирована {}.",
        ),
        date("dmy_t", "dmy_g_t", "t_dmy", "iso_t"),
    ),
    Family(
        "b10_dob_odd",
        "DATE_TIME",
        B,
        (
            "Пациентка {} г.р., пенсионерка.",
            "Ребёнок, д.р. {}, от второй беременности.",
            "Born {} in Dushanbe.",
        ),
        date("dmy", "dmy_short", "us", "eng", "compact", lo=1935, hi=2023),
    ),
    # --- PHONE
    Family(
        "b10_phone_rel",
        "PHONE_NUMBER",
        B,
        (
            "Телефон дочери для связи {}, звонить после 18:00.",
            "Контактный тел. соседки: {} (ключи от квартиры у неё).",
            "Родственники просили сообщать по номеру {} в любое время.",
        ),
        phone("plus", "eight_dash", "eight_solid", "plus_sp", "paren", "dots", "seven_solid"),
    ),
    Family(
        "b10_phone_city",
        "PHONE_NUMBER",
        B,
        (
            "Домашний телефон {}, мобильного нет.",
            "Рабочий тел. {} — бухгалтерия.",
            "Звонить на стационарный {}.",
        ),
        phone("city", "city_ext", "city_plus", "rural", "msk"),
    ),
    Family(
        "b10_phone_foreign",
        "PHONE_NUMBER",
        B,
        (
            "Мигрант, связь через брата: {} (WhatsApp).",
            "Номер телефона на родине: {}.",
            "Телефон работодателя {}.",
        ),
        phone("by", "uz", "kz", "de", "tj", "am"),
    ),
    # --- EMAIL / URL
    Family(
        "b10_email",
        "EMAIL_ADDRESS",
        B,
        (
            "Результаты анализов просит прислать на почту {}.",
            "E-mail для направлений: {} .",
            "Переписка с пациентом велась через {} (скриншоты в деле).",
        ),
        _email,
    ),
    Family(
        "b10_url",
        "URL",
        B,
        (
            "Пациентка ведёт блог о болезни: {}.",
            "Снимки КТ выложены родственниками по ссылке {} .",
            "Связь с матерью через страницу {}.",
        ),
        _url,
    ),
    Family(
        "b10_url_bare",
        "URL",
        B,
        (
            "Фото высыпаний мать прислала через {}, качество плохое.",
            "Пациент сам нашёл информацию и показывает свою страницу {} с дневником давления.",
            "Согласно переписке (ссылка: {}), жалобы с весны.",
        ),
        _url,
    ),
    # --- LOCATION
    Family(
        "b10_addr_prose",
        "LOCATION",
        B,
        (
            "Проживает по адресу: {}, один.",
            "Вызов на дом: {}, 3 этаж, домофон не работает.",
            "Зарегистрирован: {}; фактически живёт у дочери.",
        ),
        address("city", "idx_first", "idx_last", "reversed", "mkr", "mkr_num", "nodots", "obshch"),
    ),
    Family(
        "b10_addr_rural",
        "LOCATION",
        B,
        (
            "Живёт в {}, до ФАПа 12 км.",
            "Доставлен из {}, дорога не чищена.",
            "Летом проживает на даче: {}.",
        ),
        address("rural", "rural_full", "rural_short", "snt", "pos", "upper"),
    ),
    # --- identifiers
    Family(
        "b10_snils",
        "RU_SNILS",
        B,
        (
            "СНИЛС {} предъявлен.",
            "Страховое свидетельство ПФР №{}.",
            "Для льготных лекарств нужен СНИЛС, пациент назвал: {}.",
        ),
        snils("std", "dash", "solid", "spaces", "dots"),
    ),
    Family(
        "b10_inn",
        "RU_INN",
        B,
        (
            "ИНН пациента {} (для налогового вычета).",
            "Справка об оплате мед. услуг: ИНН налогоплательщика {}.",
            "инн {} указан в заявлении.",
        ),
        inn("solid", "sp", "dash", "sp3"),
    ),
    Family(
        "b10_oms",
        "RU_OMS_POLICY",
        B,
        (
            "Полис ОМС {} , СМО «Капитал МС».",
            "Единый номер полиса: {}.",
            "ОМС: {}; прикреплён к поликлинике №3.",
        ),
        oms("solid", "sp4", "dash4", "old"),
    ),
    Family(
        "b10_passport",
        "RU_PASSPORT",
        B,
        (
            "Паспорт гражданина РФ {} выдан ОВД района.",
            "Документ, удостоверяющий личность: паспорт {}.",
            "Личность установлена по паспорту {}.",
        ),
        passport("sp", "no", "solid", "sp4", "dash", "seria"),
    ),
    Family(
        "b10_mrn_cards",
        "MEDICAL_RECORD_NUMBER",
        B,
        (
            "История болезни № {} направлена в архив.",
            "Амбулаторная карта {} затеряна, заведена новая.",
            "Старая карта №{} (до объединения поликлиник) в архиве.",
        ),
        mrn("ib", "ib_letter", "amb", "emk", "dent", "hist", "mis"),
    ),
    Family(
        "b10_mrn_docs",
        "MEDICAL_RECORD_NUMBER",
        B,
        (
            "ЭЛН № {} закрыт, к труду с завтрашнего дня.",
            "Больничный {} продлён через ВК.",
            "Листок нетрудоспособности №{} выдан на 10 дней.",
        ),
        mrn("eln"),
    ),
    Family(
        "b10_mrn_referral",
        "MEDICAL_RECORD_NUMBER",
        B,
        (
            "Направление на госпитализацию №{} от поликлиники.",
            "Рецепт {} на инсулин выписан, льгота федеральная.",
            "По направлению N {} выполнена МРТ.",
        ),
        mrn("napr", "recipe"),
    ),
    Family(
        "b10_mrn_lab",
        "MEDICAL_RECORD_NUMBER",
        B,
        (
            "Пробирка со штрихкодом {} — гемолиз, повторить забор.",
            "Исследование КТ, accession {}, описание в PACS.",
            "Биоматериал (заявка {}) доставлен в КДЛ с опозданием.",
        ),
        mrn("lab", "acc"),
    ),
    Family(
        "b10_mrn_services",
        "MEDICAL_RECORD_NUMBER",
        B,
        (
            "Карта вызова СМП № {} приложена.",
            "Протокол МСЭ {} — установлена II группа.",
            "Медицинское свидетельство о смерти серии {} выдано родственникам.",
        ),
        mrn("smp", "mse", "cert"),
    ),
    Family(
        "b10_town_only",
        "LOCATION",
        B,
        (
            "Приехала из г. {} к дочери, наблюдалась там у эндокринолога.",
            "Место жительства — пос. {}, работает вахтой.",
            "Постоянно проживает: г. {}; здесь временно.",
        ),
        _town,
    ),
]
