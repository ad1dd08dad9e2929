"""Single-value families of the blind29 split: one value in a sentence frame of a maternity,
paediatric or school note."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind29_gen import (
    EM,
    INN,
    MRN,
    OMS,
    PAS,
    PH,
    SN,
    URL,
    D,
    L,
    P,
    date_str,
    datetime_str,
    fmt_date,
    noisy_date,
    partial_date,
    person,
    rdate,
    translit,
)
from benchmarks.pii_blind29_vals import (
    VILLAGES,
    _d,
    address,
    birth_cert,
    email,
    inn,
    med_id,
    oms,
    passport,
    phone,
    snils,
    street,
    town,
)
from benchmarks.pii_families import Family

S = "blind29"

FOREIGN_F = (
    ("Rakhimova", "Zarina"),
    ("Karimova", "Dilnoza"),
    ("Usmonova", "Madina"),
    ("Nazarova", "Gulnora"),
    ("Abdullaeva", "Shakhnoza"),
    ("Toshmatova", "Malika"),
    ("Aliyeva", "Aygun"),
    ("Hovhannisyan", "Anahit"),
)
FOREIGN_M = (
    ("Rakhimov", "Farrukh"),
    ("Karimov", "Sardor"),
    ("Usmonov", "Jasur"),
    ("Mamedov", "Elchin"),
    ("Sargsyan", "Davit"),
    ("Tursunov", "Bekzod"),
    ("Nurmatov", "Aziz"),
    ("Kim", "Vyacheslav"),
)


def _mother(rng: random.Random, fake: Any, case: str) -> str:
    who = person(fake, rng, female=True)
    return who.shape(rng.choice(("F I O", "F io", "F i o", "F", "F I O", "I O", "io F")), case)


def _father(rng: random.Random, fake: Any, case: str) -> str:
    who = person(fake, rng, female=False)
    return who.shape(rng.choice(("F I O", "F io", "F I O", "I O F", "F")), case)


def _child(rng: random.Random, fake: Any, case: str) -> str:
    who = person(fake, rng, kid=True)
    return who.shape(rng.choice(("F I", "F I O", "I F", "F I", "FU I O", "F io")), case)


def _caregiver(rng: random.Random, fake: Any, case: str) -> str:
    who = person(fake, rng)
    return who.shape(rng.choice(("F I O", "F io", "F i o", "io F", "I O")), case)


def _teacher(rng: random.Random, fake: Any, case: str) -> str:
    who = person(fake, rng, female=rng.random() < 0.8)
    return who.shape(rng.choice(("I O", "F I O", "F io", "io F")), case)


def _diminutive(rng: random.Random, fake: Any, case: str) -> str:
    who = person(fake, rng, kid=True)
    return rng.choice((who.shape("D"), who.shape("D F"), who.shape("D")))


def _latin(rng: random.Random, fake: Any, case: str) -> str:
    if rng.random() < 0.6:
        last, first = rng.choice(FOREIGN_F if rng.random() < 0.6 else FOREIGN_M)
        return rng.choice((f"{last} {first}", f"{last.upper()} {first.upper()}", f"{first} {last}"))
    who = person(fake, rng)
    return rng.choice((who.shape("LF LI"), f"{translit(who.last).upper()} {translit(who.first).upper()}"))


def _town(rng: random.Random, fake: Any, case: str) -> str:
    return town(fake)


def _street_house(rng: random.Random, fake: Any, case: str) -> str:
    return f"{street(fake, rng)}, д. {fake.building_number()}" + rng.choice(
        ("", f", кв. {rng.randint(1, 200)}")
    )


def _url(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice(
        (
            f"https://vk.com/id{_d(rng, 9)}",
            f"vk.com/{translit(fake.last_name_female()).lower()}_mama",
            f"https://t.me/{translit(fake.first_name_female()).lower()}{_d(rng, 2)}",
            f"https://disk.yandex.ru/d/{''.join(rng.choice('AbCdEfGhKmNpQrStUvXyZ23456789') for _ in range(14))}",
            f"https://ok.ru/profile/{_d(rng, 12)}",
            f"www.{translit(fake.last_name_male()).lower()}-family.ru",
        )
    )


def _birth_dt(rng: random.Random, fake: Any, case: str) -> str:
    return datetime_str(rng, rdate(rng, 2015, 2026))


def _date_words(rng: random.Random, fake: Any, case: str) -> str:
    d = rdate(rng, 2008, 2025)
    return fmt_date(
        d, rng.choice(("d MG yyyy года", "d MG yyyy г.", "«d» MG yyyy г.", "dd MG yyyy", "d-го MG yyyy г."))
    )


def _date_partial(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice((partial_date(rng), date_str(rng), date_str(rng)))


def _noisy(rng: random.Random, fake: Any, case: str) -> str:
    return noisy_date(rng)


FAMILIES: list[Family] = [
    # ----- PERSON: mothers, fathers, children, carers, teachers; every case and shape
    Family(
        "b29_mother_gent",
        P,
        S,
        (
            "Ребёнок от матери {gent}, беременность 2-я, роды 1-е.",
            "Новорождённый {gent}, мальчик, вес 3480 г, рост 52 см, Апгар 8/9 баллов.",
            "Со слов {gent} (мать), ребёнок лихорадит вторые сутки, t до 38,6.",
            "Согласие на вакцинацию получено от {gent}.",
        ),
        _mother,
    ),
    Family(
        "b29_father_ablt_datv",
        P,
        S,
        (
            "Ребёнок доставлен в приёмное отделение отцом — {ablt}.",
            "Беседа о вскармливании проведена с {ablt} (отец).",
            "Справка выдана отцу ребёнка {datv} для предъявления по месту работы.",
            "Отцовство установлено: отец — {nomn}.",
        ),
        _father,
    ),
    Family(
        "b29_child_datv_accs",
        P,
        S,
        (
            "Ребёнку {datv} проведена вакцинация АКДС-3 в левое бедро, 0,5 мл.",
            "Прошу допустить {accs} к занятиям физкультурой в основной группе.",
            "Осмотрена {nomn}, 6 лет, перед поступлением в 1 класс.",
            "Выписка дана {datv} для представления в детский сад.",
        ),
        _child,
    ),
    Family(
        "b29_guardian_loct",
        P,
        S,
        (
            "Сведения о законном представителе {loct} внесены в карту.",
            "Ребёнок находится под опекой, информация об опекуне {loct} — в органе опеки.",
            "В акте обследования семьи указано о {loct} как о приёмной матери.",
            "Записано со слов бабушки, {nomn}, которая сопровождает ребёнка.",
        ),
        _caregiver,
    ),
    Family(
        "b29_teacher",
        P,
        S,
        (
            "Травма получена на уроке физкультуры, учитель — {nomn}.",
            "Со слов классного руководителя {gent}, ребёнок жаловался на головную боль.",
            "Вызов в школу № 14 принят от воспитателя {gent}.",
            "Информация передана медсестре школы {datv}.",
        ),
        _teacher,
    ),
    Family(
        "b29_diminutive",
        P,
        S,
        (
            "Со слов мамы, {} плохо ест второй день, срыгивает.",
            "Мама называет ребёнка «{}», на имя откликается.",
            "{} в группе не спит днём, со слов воспитателя.",
        ),
        _diminutive,
    ),
    Family(
        "b29_latin_name",
        P,
        S,
        (
            "Пациент(ка) {}, гражданство — Узбекистан, полиса ОМС нет.",
            "Patient name: {}; переводчик — муж.",
            "Ребёнок иностранных граждан, в документах записан как {}.",
        ),
        _latin,
    ),
    # ----- DATE_TIME
    Family(
        "b29_birth_datetime",
        D,
        S,
        (
            "Роды произошли {}, родился живой доношенный мальчик.",
            "Время рождения ребёнка: {}.",
            "Родилась девочка {}, закричала сразу.",
        ),
        _birth_dt,
    ),
    Family(
        "b29_date_words",
        D,
        S,
        (
            "Ребёнок родился {} в родильном доме № 2.",
            "Прививка БЦЖ-М сделана {} в роддоме.",
            "Поставлена на учёт по беременности {}.",
        ),
        _date_words,
    ),
    Family(
        "b29_date_obstetric",
        D,
        S,
        (
            "Последняя менструация {}, срок по УЗИ 12 нед. 3 дня.",
            "ПДР: {}.",
            "Первое шевеление плода — {}.",
            "Последнее посещение ЖК {}, жалоб не было.",
        ),
        _date_partial,
    ),
    Family(
        "b29_date_ocr",
        D,
        S,
        (
            "V1 ИПВ {} серия 0123 доза 0,5 мл.",
            "Дата выдачи справки: {}",
            "Манту 5 мм {} — папула.",
        ),
        _noisy,
    ),
    # ----- LOCATION
    Family(
        "b29_addr_reg",
        L,
        S,
        (
            "Адрес регистрации матери: {}.",
            "Ребёнок проживает по адресу: {}, с родителями.",
            "Патронаж новорождённого по адресу {}.",
        ),
        lambda rng, fake, case: address(fake, rng),
    ),
    Family(
        "b29_addr_nextline",
        L,
        S,
        (
            "Место фактического проживания:\n{}\nЖилищные условия удовлетворительные.",
            "Адрес семьи (для патронажа)\n{}",
        ),
        lambda rng, fake, case: address(fake, rng),
    ),
    Family(
        "b29_town",
        L,
        S,
        (
            "Семья переехала из г. {} в прошлом году, прививочный сертификат утерян.",
            "Ребёнок отдыхал в лагере под г. {}, вернулся с сыпью.",
            "Место рождения матери: г. {}.",
        ),
        _town,
    ),
    Family(
        "b29_street",
        L,
        S,
        (
            "Живут на {}, в частном доме с печным отоплением.",
            "Вызов на дом: {}, подъезд 2, домофон не работает.",
        ),
        _street_house,
    ),
    Family(
        "b29_village",
        L,
        S,
        (
            "Семья проживает в с. {}, до ФАПа 5 км.",
            "Ребёнок из д. {}, детский сад не посещает.",
            "Роженица доставлена из пос. {} санавиацией.",
        ),
        lambda rng, fake, case: rng.choice(VILLAGES),
    ),
    # ----- contacts
    Family(
        "b29_phone",
        PH,
        S,
        (
            "Телефон мамы: {}.",
            "Связаться с отцом по тел. {} после 18 ч.",
            "Контактный номер бабушки {}",
            "Мать просит звонить на {}, другой номер не отвечает.",
        ),
        lambda rng, fake, case: phone(rng),
    ),
    Family(
        "b29_email",
        EM,
        S,
        (
            "Результаты неонатального скрининга направить на почту матери: {}.",
            "E-mail законного представителя {}",
            "Справку для лагеря выслать на {}.",
        ),
        lambda rng, fake, case: email(fake, rng, person(fake, rng, female=True)),
    ),
    Family(
        "b29_url",
        URL,
        S,
        (
            "Мама прислала фото сыпи через {}.",
            "Страница сбора средств на лечение ребёнка: {}",
            "Выписку загрузили по ссылке {}.",
        ),
        _url,
    ),
    # ----- identifiers
    Family(
        "b29_snils",
        SN,
        S,
        (
            "СНИЛС новорождённого оформлен: {}.",
            "СНИЛС ребёнка {}",
            "Страховой номер (СНИЛС) матери: {}.",
            "снилс {} - проверен",
        ),
        lambda rng, fake, case: snils(rng),
    ),
    Family(
        "b29_inn",
        INN,
        S,
        (
            "ИНН матери {} (для налогового вычета за лечение ребёнка).",
            "ИНН ребёнка: {}.",
            "Справка об оплате медуслуг, ИНН налогоплательщика {}.",
        ),
        lambda rng, fake, case: inn(rng),
    ),
    Family(
        "b29_oms",
        OMS,
        S,
        (
            "Полис ОМС ребёнка № {}.",
            "Новорождённому оформлен полис ОМС {}",
            "Обслуживается по полису матери {} до получения своего.",
            "ЕНП {}.",
        ),
        lambda rng, fake, case: oms(rng),
    ),
    Family(
        "b29_passport",
        PAS,
        S,
        (
            "Паспорт матери {}, выдан ГУ МВД.",
            "Документ законного представителя: паспорт РФ {}.",
            "Паспорт отца ребёнка: {}",
        ),
        lambda rng, fake, case: passport(rng),
    ),
    Family(
        "b29_birth_cert",
        MRN,
        S,
        (
            "Свидетельство о рождении {} выдано отделом ЗАГС.",
            "Св-во о рожд. {}",
            "Документ ребёнка: свидетельство о рождении {}.",
        ),
        lambda rng, fake, case: birth_cert(rng),
    ),
    Family(
        "b29_mrn_birth_history",
        MRN,
        S,
        (
            "История родов № {}.",
            "Выписка из истории родов №{}, родильное отделение.",
            "Ист. развития новорождённого № {} приложена.",
        ),
        lambda rng, fake, case: med_id(rng, rng.choice(("rod", "nb", "ib"))),
    ),
    Family(
        "b29_mrn_exchange",
        MRN,
        S,
        (
            "Обменная карта № {} на руках у беременной.",
            "Медицинское свидетельство о рождении № {} выдано.",
            "Индивидуальная карта беременной № {}.",
        ),
        lambda rng, fake, case: med_id(rng, rng.choice(("obm", "msr", "amb"))),
    ),
    Family(
        "b29_sick_leave_child",
        MRN,
        S,
        (
            "Открыт ЭЛН № {} по уходу за больным ребёнком.",
            "Листок нетрудоспособности по уходу за ребёнком {} продлён.",
            "ЛН {} закрыт, ребёнок выписан в сад.",
        ),
        lambda rng, fake, case: med_id(rng, "bl"),
    ),
    Family(
        "b29_mrn_card",
        MRN,
        S,
        (
            "Медкарта ребёнка (ф. 112/у) № {}.",
            "Карта 026/у № {} передана в школу.",
            "Номер пробы неонатального скрининга {}.",
            "Направление № {} на аудиологический скрининг.",
        ),
        lambda rng, fake, case: med_id(rng, rng.choice(("amb", "lab", "emk", "ref"))),
    ),
]
