"""Single-value families of blind split 64: one value in running sports-medicine text."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind64_gen as g
from benchmarks.pii_families import HELDOUT, Family, Maker

H = HELDOUT


def _p(kind: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        w = g.who(fake, rng)
        if kind == "any":
            return w.any(rng, case)
        if kind == "short":
            return rng.choice((w.fio_short(case), w.ini_f(case), w.f(case)))
        if kind == "lat":
            return w.lat(rng)
        if kind == "lower":
            return rng.choice((w.f(case).lower(), f"{w.f(case)} {w.i(case)}".lower()))
        return w.fio(case)
    return make


def _dt(kind: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        if kind == "birth":
            return g.birth(rng)
        if kind == "year":
            return str(rng.randrange(1990, 2017))
        if kind == "partial":
            return g.fmt_date(rng, *g.ymd(rng, 2022, 2025), rng.choice(("month", "mmyy")))
        if kind == "time":
            return g.when(rng)
        if kind == "en":
            return g.birth(rng, rng.choice(("en", "iso", "slash")))
        return g.recent(rng)
    return make


def _loc(kind: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        if kind == "town":
            return g.town_case(fake, case) if case != "nomn" else rng.choice((g.town(fake), "г. " + g.town(fake)))
        return g.addr(fake, rng)
    return make


def _id(kind: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        if kind == "snils":
            return g.snils(rng)
        if kind == "inn":
            return g.inn(rng, 12 if rng.random() < 0.8 else 10)
        if kind == "pass":
            return g.passport(rng)
        if kind == "zpass":
            return g.intl_passport(rng)
        if kind == "oms":
            return g.oms(rng)
        if kind == "phone":
            return g.phone(rng)
        if kind == "email":
            return g.email(fake, rng, g.who(fake, rng))
        if kind == "url":
            return g.purl(rng, g.who(fake, rng))
        return g.mrn(rng, kind)
    return make


FAMILIES: list[Family] = [
    Family("b64-person-coach", "PERSON", H,
           ("Тренер {} просит допустить спортсмена к сборам.", "Допуск согласован с тренером {ablt}.",
            "Со слов тренера {gent}, травма получена на разминке.", "Передано личному тренеру {datv}.",
            "Ст. тренер сборной — {}"), _p("any")),
    Family("b64-person-athlete", "PERSON", H,
           ("Спортсмен {} к соревнованиям допущен.", "Осмотрена спортсменка {}, жалоб нет.",
            "У {gent} выявлена гипертрофия ЛЖ.", "Рекомендовано {datv} снизить объём нагрузок.",
            "С {ablt} проведена беседа о запрещённых субстанциях.", "Заявка на {accs} отклонена."), _p("any")),
    Family("b64-person-parent", "PERSON", H,
           ("Законный представитель несовершеннолетнего: {}.", "Согласие подписал(а) родитель, {}.",
            "Со слов отца ({gent}) ребёнок занимается 6 раз в неделю.", "Результаты сообщены законному представителю {datv} по телефону.",
            "Информированное согласие получено от {gent}."), _p("full")),
    Family("b64-person-doctor", "PERSON", H,
           ("Врач по спортивной медицине {}", "Осмотр проведён врачом ВФД {ablt}.", "Заключение кардиолога {gent}: норма.",
            "Врач команды: {}", "Инспектор допинг-контроля {} (подпись)", "Шаперон: {}"), _p("short")),
    Family("b64-person-latin", "PERSON", H,
           ("Athlete name (Latin): {}", "Name as in passport: {}", "Full name / ФИО (лат.): {}",
            "Doping Control Officer: {}", "Chaperone: {}"), _p("lat")),
    Family("b64-person-chat", "PERSON", H,
           ("в заявку добавили {} с опозданием", "тренер пишет что {} заболел", "перезвонить {datv} насчёт справки",
            "ребёнок {} без справки не допущен"), _p("lower")),
    Family("b64-phone", "PHONE_NUMBER", H,
           ("Тел. тренера: {}", "Контактный телефон родителя {}.", "моб. спортсмена {}", "Телефон матери — {}",
            "Связь с законным представителем: {}, после 19:00.", "WhatsApp/Telegram: {}"), _id("phone")),
    Family("b64-email", "EMAIL_ADDRESS", H,
           ("Эл. почта спортсмена: {}", "Копию заключения направить родителю на {}.", "E-mail (for ADAMS): {}",
            "почта тренера {}", "Whereabouts-уведомления приходят на {}."), _id("email")),
    Family("b64-url", "URL", H,
           ("Профиль спортсмена: {}", "Страница участника ГТО: {}", "Видео падения выложено: {}",
            "Тренировочный дневник: {}", "Ссылка на личную страницу: {}"), _id("url")),
    Family("b64-date-birth", "DATE_TIME", H,
           ("Дата рождения: {}", "д.р. {}", "Спортсмен, {} г.р., КМС.", "Рожд. {}", "ДР {}",
            "дата рожд.: {}, возрастная группа юноши"), _dt("birth")),
    Family("b64-date-yob", "DATE_TIME", H,
           ("юноши {} г.р.", "спортсменка {} г.р.", "Год рождения {}", "девушки {} года рождения"), _dt("year")),
    Family("b64-date-visit", "DATE_TIME", H,
           ("УМО пройдено {}.", "Травма получена {} на тренировке.", "Допуск действителен до {}.",
            "Дата осмотра: {}", "Явка на повторный ЭКГ {}.", "Проба отобрана {}."), _dt("recent")),
    Family("b64-date-partial", "DATE_TIME", H,
           ("Разрыв ПКС: {}, оперирован.", "Последнее УМО — {}.", "Начало занятий: {}", "Срок действия ТИ: {}."),
           _dt("partial")),
    Family("b64-date-time", "DATE_TIME", H,
           ("Время уведомления спортсмена: {}", "Прибыл на станцию допинг-контроля {}.", "Травма: {}, 2-й период.",
            "Sample collection: {}"), _dt("time")),
    Family("b64-date-latin", "DATE_TIME", H,
           ("Date of birth: {}", "DOB {}", "Дата рождения / Date of birth: {}"), _dt("en")),
    Family("b64-loc-town", "LOCATION", H,
           ("Проживает в {loct}, тренируется в СШОР.", "Переехал из {gent} к тренеру.", "Место рождения: {}",
            "Родом из {gent}.", "Спортсмен направлен из {gent} на сборы."), _loc("town")),
    Family("b64-loc-addr", "LOCATION", H,
           ("Адрес регистрации: {}", "Фактически проживает: {}.", "Адрес проживания спортсмена — {}",
            "Место жительства законного представителя: {}"), _loc("addr")),
    Family("b64-snils", "RU_SNILS", H,
           ("СНИЛС спортсмена: {}", "снилс {}", "Страховой номер индивидуального лицевого счёта {}",
            "СНИЛС ребёнка — {}"), _id("snils")),
    Family("b64-inn", "RU_INN", H,
           ("ИНН спортсмена {} (для выплаты стипендии).", "ИНН: {}", "ИНН физлица-тренера {}", "инн родителя {}"),
           _id("inn")),
    Family("b64-passport", "RU_PASSPORT", H,
           ("Паспорт: {}", "Паспорт РФ серия и номер {}", "Документ, удостоверяющий личность: паспорт {}",
            "паспорт {}, выдан ГУ МВД"), _id("pass")),
    Family("b64-zpassport", "RU_PASSPORT", H,
           ("Загранпаспорт № {}", "Passport No. {}", "Номер заграничного паспорта: {}"), _id("zpass")),
    Family("b64-oms", "RU_OMS_POLICY", H,
           ("Полис ОМС: {}", "ЕНП {}", "Полис обязательного медицинского страхования № {}", "полис {}"), _id("oms")),
    Family("b64-mrn-umo", "MEDICAL_RECORD_NUMBER", H,
           ("Карта УМО № {}", "Медицинское заключение о допуске № {}", "Протокол УМО {}"), _id("umo")),
    Family("b64-mrn-card", "MEDICAL_RECORD_NUMBER", H,
           ("Карта спортсмена ф. 061/у № {}", "Амб. карта ВФД № {}", "Мед. карта {}"), _id("card")),
    Family("b64-mrn-sid", "MEDICAL_RECORD_NUMBER", H,
           ("ID спортсмена в реестре: {}", "Идентификатор ФЦП: {}", "ID ADAMS {}", "Sport ID {}"), _id("sid")),
    Family("b64-mrn-lic", "MEDICAL_RECORD_NUMBER", H,
           ("Лицензия спортсмена № {}", "Лиц. {}", "Номер лицензии ФЛА {}"), _id("lic")),
    Family("b64-mrn-gto", "MEDICAL_RECORD_NUMBER", H,
           ("УИН ГТО: {}", "Уникальный идентификационный номер участника ВФСК ГТО {}", "УИН {}"), _id("gto")),
    Family("b64-mrn-dc", "MEDICAL_RECORD_NUMBER", H,
           ("Код пробы: {}", "Номер формы допинг-контроля {}", "Sample code {}", "Проба мочи № {}"), _id("dc")),
    Family("b64-mrn-tue", "MEDICAL_RECORD_NUMBER", H,
           ("Разрешение на ТИ № {}", "TUE reference {}", "запрос ТИ {} одобрен"), _id("tue")),
    Family("b64-mrn-eln", "MEDICAL_RECORD_NUMBER", H,
           ("ЭЛН № {}", "Листок нетрудоспособности {} открыт.", "больничный {}"), _id("eln")),
    Family("b64-mrn-inj", "MEDICAL_RECORD_NUMBER", H,
           ("Акт о спортивной травме № {}", "Рапорт о травме {}", "Направление на МРТ № {}"), _id("inj")),
]
