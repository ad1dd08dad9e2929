"""Single-value families of blind26: one value in a short note of a sensitive specialty."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind26_gen import (
    address,
    date_value,
    digits,
    email,
    enp,
    inn,
    mrn,
    passport,
    phone,
    recent,
    snils,
    town,
    url,
)
from benchmarks.pii_blind26_names import Person, foreign
from benchmarks.pii_families import MONTHS_LOCT, Family

S = "blind26"


def _person(rng: random.Random, fake: Any, case: str) -> str:
    return Person(rng, fake).shape(rng, case)


def _person_full(rng: random.Random, fake: Any, case: str) -> str:
    p = Person(rng, fake)
    return p.full(case) if rng.random() < 0.6 else f"{p.last_c(case)} {p.initials()}"


def _doctor(rng: random.Random, fake: Any, case: str) -> str:
    p = Person(rng, fake)
    k = rng.randrange(3)
    if k == 0:
        return f"{p.initials()} {p.last_c(case)}"
    if k == 1:
        return f"{p.last_c(case)} {p.initials(True)}"
    return f"{p.first_c(case)} {p.mid_c(case)}"


def _latin(rng: random.Random, fake: Any, case: str) -> str:
    return foreign(rng)[1]


def _foreign_cyr(rng: random.Random, fake: Any, case: str) -> str:
    return foreign(rng)[0]


_DIM = (
    "Саша",
    "Света",
    "Лёша",
    "Коля",
    "Таня",
    "Наташа",
    "Вова",
    "Серёжа",
    "Дима",
    "Лена",
    "Оля",
    "Женя",
    "Витёк",
    "Толик",
    "Галя",
    "Маша",
    "Петя",
    "Юра",
    "Надя",
    "Костя",
)


_DIM_F = ("Света", "Таня", "Наташа", "Лена", "Оля", "Галя", "Маша", "Надя")


def _dim(rng: random.Random, fake: Any, case: str) -> str:
    name = rng.choice(_DIM)
    if rng.random() < 0.5:
        return f"{name} {Person(rng, fake, female=name in _DIM_F).last}"
    return name


def _date(rng: random.Random, fake: Any, case: str) -> str:
    return recent(rng)


def _date_loct(rng: random.Random, fake: Any, case: str) -> str:
    m, y = rng.randint(1, 12), rng.randint(2005, 2025)
    return f"{MONTHS_LOCT[m - 1]} {y}{rng.choice((' г.', ' года', 'г.', ''))}"


def _date_noisy(rng: random.Random, fake: Any, case: str) -> str:
    return date_value(rng, rng.choice(("ocr", "nodot", "roman", "dott", "isot", "dash", "slash")), 2018, 2025)


def _phone(rng: random.Random, fake: Any, case: str) -> str:
    return phone(rng)


def _phone_foreign(rng: random.Random, fake: Any, case: str) -> str:
    return phone(rng, "foreign")


def _email(rng: random.Random, fake: Any, case: str) -> str:
    return email(rng, fake, Person(rng, fake))


def _url(rng: random.Random, fake: Any, case: str) -> str:
    return url(rng, fake)


def _addr(rng: random.Random, fake: Any, case: str) -> str:
    return address(rng, fake)


def _town(rng: random.Random, fake: Any, case: str) -> str:
    return town(fake)


def _snils(rng: random.Random, fake: Any, case: str) -> str:
    return snils(rng)


def _inn(rng: random.Random, fake: Any, case: str) -> str:
    return inn(rng, rng.choice(("", "", "", " ")))


def _enp(rng: random.Random, fake: Any, case: str) -> str:
    return enp(rng)


def _pass(rng: random.Random, fake: Any, case: str) -> str:
    return passport(rng)


def _anon(rng: random.Random, fake: Any, case: str) -> str:
    k = rng.randrange(4)
    if k == 0:
        return mrn(rng, "ann")
    if k == 1:
        return f"А{rng.randint(1, 999):03d}/{rng.randint(19, 25)}"
    if k == 2:
        return f"{rng.choice('АБВГ')}{rng.choice('КМНС')}-{digits(rng, 4)}"
    return f"анон-{digits(rng, 5)}"


def _card(rng: random.Random, fake: Any, case: str) -> str:
    return mrn(rng)


def _eln(rng: random.Random, fake: Any, case: str) -> str:
    v = "9" + digits(rng, 11, False)
    return v if rng.random() < 0.7 else f"{v[:3]} {v[3:6]} {v[6:9]} {v[9:]}"


def _expert(rng: random.Random, fake: Any, case: str) -> str:
    k = rng.randrange(4)
    y = rng.randint(2019, 2025)
    if k == 0:
        return f"{rng.randint(1, 2999)}/{rng.choice(('СПЭ', 'А', 'С', 'АСПЭ'))}"
    if k == 1:
        return f"{rng.randint(1, 999)}-{rng.choice(('с', 'а', 'ст'))}/{y}"
    if k == 2:
        return f"{y}-{rng.randint(1, 99):02d}-{digits(rng, 4)}"
    return f"{digits(rng, 3)}/{y % 100}-н"


FAMILIES: list[Family] = [
    Family(
        "b26_person_psych_cases",
        "PERSON",
        S,
        (
            "Осмотр {gent} в приёмном покое ПНД. Жалобы на «голоса», бессонницу. F20.0? Галоперидол 5 мг в/м.",
            "Доставлен бригадой СМП. Со слов {gent}, употреблял спиртное 5 дней. Запах алкоголя, АД 150/90.",
            "Пациенту {datv} разъяснён порядок недобровольной госпитализации (ст. 29 Закона о психиатрической помощи).",
            "Беседа с {ablt}: критики к состоянию нет, от лечения отказывается. Палата № 6, пост 2.",
            "О {loct} сообщено дежурному врачу-наркологу. Тест-полоска на ПАВ положительна (морфин, THC).",
            "{} находится на принудительном лечении по решению суда, отделение № 12, режим общий.",
            "Направлен {ablt} в ГБУЗ «ПКБ № 1» для стационарной экспертизы. Диагноз при направлении F10.2.",
        ),
        _person,
    ),
    Family(
        "b26_person_relatives",
        "PERSON",
        S,
        (
            "Анамнез собран со слов родственника — {gent}; сам пациент контакту недоступен.",
            "Законный представитель — опекун {}, предъявил постановление органа опеки (копия в деле).",
            "Сожитель(ница) {} сообщил(а), что пациент неделю не спал, угрожал ножом.",
            "Выписан под наблюдение брата ({gent}), рекомендовано: кветиапин 100 мг на ночь.",
            "Информация о ВИЧ-статусе может быть сообщена только супругу — {datv} (согласие от пациента получено).",
            "Звонок от родственника: {} , просит не сообщать отцу диагноз.",
        ),
        _person_full,
    ),
    Family(
        "b26_person_staff",
        "PERSON",
        S,
        (
            "Осмотрен дежурным психиатром {ablt}. Показаний для перевода в ОРИТ нет.",
            "Врач-фтизиатр: {}\nПодпись ______",
            "Мазок взят м/с {ablt} в 07:40, доставлен в КДЛ.",
            "Согласовано с зав. отделением {ablt}, назначен консилиум на 14:00.",
            "Заключение подготовил судебно-психиатрический эксперт {}.",
            "Передано по смене медбрату {datv}: пациент фиксирован с 02:10, каждые 15 мин осмотр.",
        ),
        _doctor,
    ),
    Family(
        "b26_person_latin",
        "PERSON",
        S,
        (
            "Patient name (as in passport): {}. Interpreter needed, speaks Uzbek.",
            "В миграционной карте ФИО латиницей: {}; в карте записан кириллицей со слов.",
            "Результат экспресс-теста на ВИЧ отрицательный. Name: {}.",
            "Направление на флюорографию для патента, ФИО (лат.): {}",
        ),
        _latin,
    ),
    Family(
        "b26_person_foreign_cyr",
        "PERSON",
        S,
        (
            "Гражданин Республики Таджикистан {}, в РФ с 2021 года, работает на стройке. Кашель 3 недели.",
            "Больной(ая) {} поступил(а) в ИКБ с лихорадкой 39,2 °C, сыпь. Переводчик не требуется.",
            "Иностранный гражданин {} направлен в ПТД для дообследования (ДСТ +, R-гр: инфильтрат S1-2).",
            "Контактное лицо — {}, проживает в том же общежитии, обследование назначено.",
        ),
        _foreign_cyr,
    ),
    Family(
        "b26_person_diminutive",
        "PERSON",
        S,
        (
            "Со слов пациента, наркотики достаёт через знакомого «{}», телефон не помнит.",
            "Утверждает, что бывший(ая) супруг(а) {} «следит за ним через телевизор».",
            "Привёл(а) знакомый(ая) {}, ушёл(ла) до прихода врача.",
            "Называет себя «{}», на своё полное имя не откликается.",
        ),
        _dim,
    ),
    Family(
        "b26_date_event",
        "DATE_TIME",
        S,
        (
            "Дата поступления в наркологический стационар: {}. Синдром отмены, CIWA-Ar 18 баллов.",
            "Последнее употребление героина — {}, в/в, со слов.",
            "Постановление суда о принудительном лечении от {}, копия в истории болезни.",
            "Флюорография {} — очаговые тени в верхней доле справа. Эпидномер 2-й степени.",
            "ИФА на ВИЧ от {} — положительный, иммуноблот назначен.",
            "Заболел остро {}, когда появился озноб, диарея до 10 раз в сутки.",
        ),
        _date,
    ),
    Family(
        "b26_date_month",
        "DATE_TIME",
        S,
        (
            "Впервые госпитализирован в психиатрическую больницу в {}, затем ежегодно.",
            "Взят на диспансерный учёт в КВД в {}; лечение сифилиса завершено.",
            "Последний бакпосев на МБТ — в {}, результат отрицательный.",
            "Ремиссия с {}, антабус не принимает.",
        ),
        _date_loct,
    ),
    Family(
        "b26_date_noisy",
        "DATE_TIME",
        S,
        (
            "Дата забора крови на RW: {}  пробирка № 3, 5 мл.",
            "(скан направления) дата выдачи {} подпись неразборчива",
            "Время фиксации начала: {} — фиксация мягкими вязками.",
            "ДАТА ОСМОТРА {} ВРАЧ ПСИХИАТР-НАРКОЛОГ",
        ),
        _date_noisy,
    ),
    Family(
        "b26_phone",
        "PHONE_NUMBER",
        S,
        (
            "Контакт для связи (мать): {}. Просит звонить после 18:00.",
            "Тел. пац.: {}",
            "Звонок в дежурную часть ОМВД с номера {} зафиксирован в журнале в 03:15.",
            "Родственники предупреждены по тел. {} о переводе в ТБ-отделение.",
            "Для результатов анонимного теста пациент оставил номер {}.",
        ),
        _phone,
    ),
    Family(
        "b26_phone_foreign",
        "PHONE_NUMBER",
        S,
        (
            "Телефон родственников на родине: {} (жена).",
            "Работодатель не отвечает; родные в Ташкенте, тел. {}",
            "WhatsApp пациента {} — для связи через переводчика.",
        ),
        _phone_foreign,
    ),
    Family(
        "b26_email",
        "EMAIL_ADDRESS",
        S,
        (
            "Результат ПЦР отправлен на эл. почту пациента {} по его письменной просьбе.",
            "E-mail: {}",
            "Жалоба родственницы поступила с адреса {} и передана заведующему.",
            "Для телемедицинской консультации указан адрес почты {}.",
        ),
        _email,
    ),
    Family(
        "b26_url",
        "URL",
        S,
        (
            "Со слов матери, в соцсети ({}) публиковал сообщения о суициде.",
            "Ссылка, присланная пациентом в чат поликлиники: {}",
            "Страница пациента {} передана в полицию по запросу.",
            "Пациент направлял врачу ссылку {} с «доказательствами слежки».",
        ),
        _url,
    ),
    Family(
        "b26_address",
        "LOCATION",
        S,
        (
            "Проживает: {}. Один, в квартире антисанитария (со слов участкового).",
            "Адрес регистрации: {}\nФактически проживает там же.",
            "Доставлен бригадой СМП из дома по адресу {} в состоянии психомоторного возбуждения.",
            "Эпидобследование очага проведено по адресу: {}, контактных 3.",
            "Выехал на дом к больному ТБ (уклоняется от лечения): {}.",
        ),
        _addr,
    ),
    Family(
        "b26_town",
        "LOCATION",
        S,
        (
            "Уроженец г. {}, образование среднее специальное, не работает.",
            "Работал вахтой в г. {}, где и заболел.",
            "Прибыл из г. {} без документов, БОМЖ со слов.",
            "Мать проживает в п. {}, связь с ней утрачена.",
        ),
        _town,
    ),
    Family(
        "b26_snils",
        "RU_SNILS",
        S,
        (
            "СНИЛС {} — для оформления направления на МСЭ.",
            "Страховой номер ИЛС: {}",
            "снилс:{}",
            "В ЕГИСЗ пациент найден по СНИЛС {}, анонимный код связан.",
        ),
        _snils,
    ),
    Family(
        "b26_inn",
        "RU_INN",
        S,
        (
            "ИНН {} (для налогового вычета за лечение).",
            "ИНН физ. лица: {}",
            "Справка для ФНС: пациент, ИНН {}, оплатил услуги (ИНН клиники 7701234567 — не пациента).",
        ),
        _inn,
    ),
    Family(
        "b26_oms",
        "RU_OMS_POLICY",
        S,
        (
            "Полис ОМС {} (СМО «СОГАЗ-Мед»), действителен.",
            "ЕНП: {}",
            "Полис ОМС № {} — временное свидетельство у иностранного гражданина с РВП.",
            "Сверка по ЕРЗ: ЕНП {} найден, прикрепление к поликлинике № 5.",
        ),
        _enp,
    ),
    Family(
        "b26_passport",
        "RU_PASSPORT",
        S,
        (
            "Паспорт РФ {}, выдан ГУ МВД, копия в деле опеки.",
            "Личность установлена по паспорту {} сотрудником полиции.",
            "Документ: паспорт гражданина РФ, серия и номер {}",
            "паспорт {} (со слов, документ утерян)",
        ),
        _pass,
    ),
    Family(
        "b26_mrn_anon",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "Анонимное лечение, шифр {}. Истинные данные пациента в карте не указываются.",
            "Код обследуемого (анонимно): {}",
            "Проба крови на ВИЧ под кодом {} передана в Центр СПИД.",
            "Под шифром {} проходит реабилитацию в отделении № 4 (форма 025/у-88 не заполняется).",
        ),
        _anon,
    ),
    Family(
        "b26_mrn_card",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "История болезни № {}, отделение острых психозов.",
            "Мед. карта амбулаторного больного № {} (форма 025/у).",
            "Карта диспансерного наблюдения ПТД № {}, группа ДУ IА.",
            "Номер ИБ: {} / палата 3 / койка 12",
            "Направление № {} на госпитализацию в ИКБ № 2 (МКБ-10 A09).",
        ),
        _card,
    ),
    Family(
        "b26_mrn_eln",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "Открыт ЭЛН № {} с 09:00, освобождение от работы.",
            "Листок нетрудоспособности {} продлён врачебной комиссией.",
            "ЭЛН {} закрыт, приступить к работе.",
        ),
        _eln,
    ),
    Family(
        "b26_mrn_expert",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "Заключение судебно-психиатрической экспертизы № {} направлено в суд.",
            "Акт медицинского освидетельствования на состояние опьянения № {} (форма 307/у-05).",
            "Заключение ВК № {} о необходимости принудительного лечения.",
            "Экстренное извещение № {} (ф. 058/у) передано в Роспотребнадзор.",
        ),
        _expert,
    ),
]
