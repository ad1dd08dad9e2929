"""Single-value families of the blind7 split: one slot in a sentence of a note, chat, letter or form."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind7_values as v
from benchmarks.pii_families import Family, Maker

B7 = "blind7"


def _fio(rng: random.Random, fake: Any, case: str) -> str:
    p = v.person(rng, fake)
    order = rng.choice(("FIO", "FIO", "IOF", "FI", "IF"))
    return p.full(case, order)


def _io(rng: random.Random, fake: Any, case: str) -> str:
    p = v.person(rng, fake)
    return p.full(case, rng.choice(("IO", "I", "IO")))


def _initials(rng: random.Random, fake: Any, case: str) -> str:
    p = v.person(rng, fake)
    return p.initials(case, before=rng.random() < 0.4, space=rng.random() < 0.3)


def _staff(rng: random.Random, fake: Any, case: str) -> str:
    return _initials(rng, fake, case) if rng.random() < 0.6 else _fio(rng, fake, case)


def _latin(rng: random.Random, fake: Any, case: str) -> str:
    p = v.person(rng, fake)
    last, first = v.latin(p.last), v.latin(p.first)
    return rng.choice((f"{last.upper()} {first.upper()}", f"{last}, {first}", f"{first} {last}",
                       f"{last.upper()}, {first} {v.latin(p.middle)}", f"{first[0]}. {last}"))


def _diminutive(rng: random.Random, fake: Any, case: str) -> str:
    word = rng.choice(v.DIMINUTIVES_F + v.DIMINUTIVES_M)
    return v.first_name(word, word in v.DIMINUTIVES_F, case)


def _event_date(rng: random.Random, fake: Any, case: str) -> str:
    if case == "loct":
        return v.month_year(rng, "loct")
    return v.date_text(rng, v.ymd(rng), rng.choice(("dot", "wordsg", "short", "abbr", "words")))


def _birth(rng: random.Random, fake: Any, case: str) -> str:
    return v.date_text(rng, v.birth(rng), rng.choice(("dot", "wordsg", "words", "short", "dash")))


def _datetime(rng: random.Random, fake: Any, case: str) -> str:
    return v.datetime_text(rng)


def _foreign_date(rng: random.Random, fake: Any, case: str) -> str:
    y, m, d = v.ymd(rng)
    return rng.choice((v.date_text(rng, (y, m, d), "en"), v.date_text(rng, (y, m, d), "us"),
                       f"{v.MONTHS_EN[m - 1]} {d}, {y}", f"{d}.{m}.{y}"))


def _town(rng: random.Random, fake: Any, case: str) -> str:
    return v.town(rng, fake, case)


def _street(rng: random.Random, fake: Any, case: str) -> str:
    return v.street(rng, fake) + rng.choice(("", f", {rng.randint(1, 90)}", f", д. {rng.randint(1, 90)}"))


def _family(name: str, kind: str, make: Maker, *frames: str) -> Family:
    return Family(f"b7_{name}", kind, B7, frames, make)


P, PH, EM, U, D, L = "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "DATE_TIME", "LOCATION"

SINGLE_FAMILIES: list[Family] = [
    _family("relative_gent", P, _fio,
            "Анамнез собран со слов {gent} (дочь), т.к. пациентка дезориентирована во времени.",
            "Доставлен бригадой СМП № 12 в сопровождении {gent}, соседки по лестничной клетке.",
            "Согласие на операцию получено от {gent} — законного представителя, в присутствии 2 свидетелей.",
            "Вещи и документы переданы на хранение под расписку {gent}."),
    _family("staff_ablt", P, _staff,
            "Осмотрена совместно с {ablt} (зав. отделением), тактика согласована.",
            "Консилиум в составе: зав. ОРИТ, кардиолог, с участием {ablt}. Рекомендован перевод в палату 6.",
            "Манипуляция выполнена ассистентом под контролем {ablt}, осложнений нет.",
            "Пункция плевральной полости (эвакуировано 850 мл) проведена {ablt}."),
    _family("staff_datv", P, _staff,
            "Направлена к {datv} для решения вопроса о плановой госпитализации.",
            "Смена сдана дежурному врачу {datv} в 20:00, состояние стабильное.",
            "Пациентка передана акушерке {datv} в родзале № 2.",
            "Обратиться повторно к {datv}, каб. 314, через 10 дней."),
    _family("person_loct", P, _io,
            "На обходе профессор спросила о {loct}, выписка задерживается до результатов биопсии.",
            "В медицинской карте о {loct} сведений о прививках нет.",
            "Мама волнуется о {loct}: сын (5 лет) плохо ест, температура 37,8."),
    _family("latin_name", P, _latin,
            "Name on insurance card: {}; policy issued abroad, translation attached.",
            "Im Arztbrief aus Hannover steht: Patient {}, Aufnahme wegen Dyspnoe.",
            "Выписка на английском, пациент указан как {}, диагноз I25.1.",
            "Travel insurance claim for {} — hospitalised 3 nights, ward 7B."),
    _family("diminutive", P, _diminutive,
            "Звонили родственники (представились: {}), просили сообщить о переводе из реанимации.",
            "Бабушка называет ребёнка «{}», на имя откликается, на вопросы отвечает односложно.",
            "Со слов {gent}, мальчик упал с велосипеда около 17 часов.",
            "Ночью беспокоен, повторяет имя «{}», назначен галоперидол 2,5 мг."),
    _family("signature", P, _initials,
            "Лечащий врач ____________ /{}/",
            "Врач-рентгенолог:                {}\n(подпись)",
            "Исполнитель: м/с {}   Дата забора — см. штрихкод",
            "Протокол вёл: {}     Экземпляр 2 из 3"),
    _family("phone_speech", PH, v.phone,
            "Просила перезвонить на номер {} после 18:00, до этого на работе.",
            "Контакт дочери — {} (Viber, WhatsApp), звонить в любое время.",
            "Мобильный пациента {} выключен, связаться не удалось (3 попытки).",
            "Для уточнения результатов МСКТ оставлен номер: {}."),
    _family("phone_foreign", PH, v.foreign_phone,
            "Сын проживает за рубежом, тел. {}, в курсе диагноза.",
            "Contact person in Germany: daughter, mobile {}.",
            "Лечилась в клинике Ташкента, телефон лечащего врача для связи {}."),
    _family("phone_city", PH, v.city_phone,
            "Домашний (стационарный) {}, звонить вечером.",
            "Телефон соседки, которая присматривает за больной: {}.",
            "Указан номер рабочего телефона {} (бухгалтерия, доб. 214)."),
    _family("email_inline", EM, v.email,
            "Результаты гистологии выслать на {} в формате PDF.",
            "Переписка с пациенткой ведётся по электронной почте <{}>, согласие получено.",
            "Заявка на второе мнение пришла с адреса {} в 02:14 ночи.",
            "Login портала пациента: {} (пароль сброшен по запросу)."),
    _family("url_inline", U, v.url,
            "Снимки КТ доступны по ссылке {} (пароль сообщён пациенту лично).",
            "Пациентка прислала ссылку на свою страницу {} с фото высыпаний.",
            "Видеозапись приступа: {} — длительность около 40 секунд.",
            "Запись на повторный приём через {}."),
    _family("date_event", D, _event_date,
            "Перенесла COVID-19 в {loct}, госпитализация не потребовалась.",
            "Ухудшение состояния с {}, когда появилась одышка при ходьбе на 200 м.",
            "Последняя менструация {}, цикл 28 дней, регулярный.",
            "Последний эпизод гипогликемии {} (глюкоза 2,9 ммоль/л).",
            "Оперирована в {loct}: лапароскопическая холецистэктомия."),
    _family("birth_date", D, _birth,
            "Родилась {} на 38-й неделе, масса 3200 г, рост 51 см, Апгар 8/9.",
            "Ребёнок от II беременности, II родов, дата рождения {}.",
            "Освидетельствуемый (дата рождения: {}) прибыл на МСЭ повторно, группа инвалидности II."),
    _family("datetime", D, _datetime,
            "Поступил {} по экстренным показаниям, через 6 часов от начала болей.",
            "Смерть констатирована {}. Реанимационные мероприятия в течение 30 минут без эффекта.",
            "Кровь на тропонин взята {}, результат 0,04 нг/мл."),
    _family("date_foreign", D, _foreign_date,
            "Discharged on {} in stable condition, follow-up with GP.",
            "Date of surgery: {} (laparoscopic appendectomy), no complications.",
            "Im Krankenhaus seit {}, Entlassung geplant."),
    _family("town_cases", L, _town,
            "Проживает в г. {loct}, работает водителем автобуса.",
            "Уроженка {gent}, в Москву переехала после замужества.",
            "Приехал из {gent} на обследование, остановился у родственников.",
            "Постоянно живёт в городе {}, к нам направлен по квоте ВМП."),
    _family("address_call", L, v.address,
            "Вызов по адресу {}, подъезд 3, этаж 7, домофон 45.",
            "Выезд патронажной сестры: {} (ключ у соседки).",
            "Больничный лист направить по месту жительства: {}."),
    _family("street_only", L, _street,
            "Живёт на {} в частном доме с печным отоплением.",
            "Упал на улице около дома ({}), доставлен прохожими.",
            "По месту регистрации ({}) не проживает более 3 лет."),
    _family("snils_sentence", "RU_SNILS", v.snils,
            "Страховой номер индивидуального лицевого счёта {} подтверждён через СМЭВ.",
            "Льготное лекарственное обеспечение: СНИЛС {} включён в регистр (код льготы 083).",
            "В ЕГИССО сведения по {} отсутствуют."),
    _family("inn_sentence", "RU_INN", v.inn,
            "Справка об оплате медуслуг для ФНС выдана, налогоплательщик — ИНН {}.",
            "Для оформления вычета пациент сообщил ИНН {} (самозанятый).",
            "Счёт выставлен физлицу, идентификационный номер {}, сумма 12 400 руб."),
    _family("oms_sentence", "RU_OMS_POLICY", v.oms,
            "Единый номер полиса {} проверен в ТФОМС, прикреплён к поликлинике № 3.",
            "Полис обязательного медстрахования нового образца № {}, СМО «Капитал».",
            "По ОМС ({}) услуга не оплачивается, оформлен договор на 4 500 руб."),
    _family("passport_sentence", "RU_PASSPORT", v.passport,
            "Личность установлена по паспорту {}, код подразделения 500-123.",
            "Документ, удостоверяющий личность: паспорт гражданина РФ {} (в истории копия).",
            "Паспорт {} утерян, выдана справка для восстановления."),
    _family("mrn_history", "MEDICAL_RECORD_NUMBER", v.mrn,
            "Выписка из медицинской карты стационарного больного № {} (отделение 4, палата 12).",
            "Ранее госпитализирован, история болезни {}, ОНМК по ишемическому типу.",
            "Амбулаторная карта {} передана в архив, срок хранения 25 лет.",
            "Повторная госпитализация, см. предыдущую историю № {}."),
    _family("mrn_sick_leave", "MEDICAL_RECORD_NUMBER", lambda rng, fake, case: v.sick_leave(rng),
            "Открыт электронный листок нетрудоспособности № {} на 10 дней.",
            "ЭЛН {} продлён ВК до 25 дней, явка 14:00.",
            "Больничный № {} закрыт, к труду с завтрашнего дня."),
    _family("mrn_accession", "MEDICAL_RECORD_NUMBER",
            lambda rng, fake, case: rng.choice(("Г", "Ц", "H")) + f"{rng.randint(18, 25)}-{v.digits(rng, 5)}",
            "Гистологическое исследование, № образца {} (3 блока, 5 стёкол), ИГХ не проводилась.",
            "Цитологический материал {} отправлен на пересмотр в НМИЦ онкологии.",
            "Номер биопсийного материала {}, маркировка 1-4."),
]
