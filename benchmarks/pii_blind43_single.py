"""Blind split 43, one value per note: names, phones, dates and places as portals, MIS, LIS, call
centres and reminder services print them (the identifiers are in ``pii_blind43_ids``)."""

from __future__ import annotations

from benchmarks.pii_blind43_gen import addr_maker, date_maker, fio, person_maker, phone_maker, town_case, when
from benchmarks.pii_families import HELDOUT, Family

H = HELDOUT


def _caps_fio(rng, fake, case):
    return fio(rng, fake, rng.choice(("F I O", "F I O", "F io")), case, caps=True)


def _greeting(rng, fake, case):
    return fio(rng, fake, rng.choice(("I O", "I O", "I")), case)


def _partial_date(rng, fake, case):
    layouts = {"loct": ("ML yyyy г.", "ML yyyy", "yyyy г."), "gent": ("MG yyyy", "MG yyyy г.", "dd.mm.yyyy", "yyyy г.")}
    return when(rng, fake, rng.choice(layouts.get(case, ("mm.yyyy", "MN yyyy г.", "mm/yyyy", "Mc yyyy"))))


def _place_case(rng, fake, case):
    return town_case(fake, case)


PEOPLE: list[Family] = [
    Family("b43-person-portal-greeting", "PERSON", H, (
        "Здравствуйте, {}! Вы записаны на приём к врачу-терапевту участковому.",
        "Уважаемый(ая) {}, напоминаем о диспансеризации в этом году.",
        "{}, ваш результат анализа готов. Посмотреть его можно в личном кабинете.",
        "Добрый день, {}. Пожалуйста, подтвердите или отмените запись.",
    ), _greeting),
    Family("b43-person-mis-actor", "PERSON", H, (
        "Направление создано пользователем {ablt} (роль: врач).",
        "Документ подписан УКЭП: {}, сертификат действителен.",
        "ЭМК открыта {ablt} без активной записи на приём — основание не указано.",
        "Изменения в карту внесены {ablt}; предыдущая версия сохранена.",
        "Запись отменена оператором {ablt} по просьбе пациента.",
    ), person_maker("F I O", "F io", "F i o", "io F")),
    Family("b43-person-register-caps", "PERSON", H, (
        "Строка 17 реестра: {} — ошибка 904 (не найден в РС ЕРЗ).",
        "ПАЦИЕНТ: {}   ПОЛ: Ж   КАТ.: 1",
        "Повторная подача случая; застрахованный {}, отказ МЭК снят.",
        "[WARN] Не совпадает ФИО с данными ЕРЗЛ: {}",
    ), _caps_fio),
    Family("b43-person-lab-validator", "PERSON", H, (
        "Результат валидирован: {}, врач КЛД.",
        "Биоматериал принял(а): {}",
        "Выполнил: {} / Проверил: зав. лабораторией",
        "Пробу доставил курьер {}, время доставки в норме.",
    ), person_maker("F io", "F i o", "io F", "F I O")),
    Family("b43-person-oblique-notify", "PERSON", H, (
        "Уведомление о готовности результата отправлено {datv}.",
        "SMS-напоминание не доставлено: абонент {gent} недоступен.",
        "Оператор связался с {ablt}, запись перенесена.",
        "Видеоконсультация с {ablt} прервана из-за плохой связи.",
        "Доступ к медкарте ребёнка предоставлен законному представителю — {datv}.",
    ), person_maker("F I O", "I O F", "F I", "F i o")),
    Family("b43-person-telemed-chat", "PERSON", H, (
        "[10:02] {} присоединился(ась) к консультации",
        "Сообщение от пациента {}: «Давление утром 150/95, что делать?»",
        "Врач {} завершил(а) видеоконсультацию. Длительность 14 мин.",
        "{} покинул(а) чат",
    ), person_maker("F I O", "I F", "F I", "I O")),
    Family("b43-person-relative-callcentre", "PERSON", H, (
        "Звонил(а) родственник пациентки — {}, просит перезвонить вечером.",
        "Со слов родственников ({gent}) пациент в отъезде до конца месяца.",
        "Запись оформлена представителем, {}, через ЕПГУ.",
        "Контактное лицо: {} (родственник).",
        "Согласие на передачу сведений: {}.",
    ), person_maker("F I O", "I O", "F I", "I F")),
]

PHONES: list[Family] = [
    Family("b43-phone-sms-gateway", "PHONE_NUMBER", H, (
        "SMS id=88412 to={} status=DELIVERED",
        "Рассылка: номер {} — статус «не доставлено» (абонент вне сети).",
        "msisdn: {}; шаблон REMIND_24H; попытка 2",
        "Ошибка отправки на {}: неверный формат номера?",
    ), phone_maker("bare7", "e164", "plain")),
    Family("b43-phone-callcentre", "PHONE_NUMBER", H, (
        "Входящий звонок с номера {}, IVR: запись к врачу.",
        "Перезвонить на {} после 17:00.",
        "Пропущенный вызов {} (2 раза), автодозвон не удался.",
        "Номер для обратной связи указан пациентом: {}",
    ), phone_maker("br", "br8", "dash", "sp", "nobr")),
    Family("b43-phone-profile", "PHONE_NUMBER", H, (
        "Телефон в профиле ЕСИА: {} (подтверждён)",
        "Контактный телефон изменён на {}",
        "Тел. домашний {}",
        "Телефон законного представителя: {}",
    ), phone_maker("br", "e164", "city", "fax", "sp")),
]

DATES: list[Family] = [
    Family("b43-date-appointment-slot", "DATE_TIME", H, (
        "Вы записаны на {} к врачу-неврологу, каб. 312.",
        "Талон на приём: {}, явиться за 15 мин.",
        "Запись перенесена на {} по инициативе МО.",
        "Приём {} отменён: врач на больничном.",
    ), date_maker("dd.mm.yyyy HH:MI", "dd.mm.yyyy в HH:MI", "WD, d MA yyyy, HH:MI", "d MG yyyy г. в HH:MI", "dd.mm.yy HH:MI", future=True)),
    Family("b43-date-iso-timestamp", "DATE_TIME", H, (
        "\"admissionDate\": \"{}\",",
        "ts={} event=EMK_OPEN",
        "Время взятия биоматериала: {}",
        "<effectiveTime value=\"{}\"/>",
    ), date_maker("yyyy-mm-ddTHH:MI:SS+03:00", "yyyy-mm-dd HH:MI:SS", "yyyymmddHHMI", "yyyy-mm-ddTHH:MI:SSZ", "yyyymmddHHMISS")),
    Family("b43-date-birth-export", "DATE_TIME", H, (
        "\"birthDate\": \"{}\"",
        "ДР={};",
        "Дата рожд. {}",
        "Дата рождения (по данным РС ЕРЗ): {}",
        "DR: {}",
    ), date_maker("yyyy-mm-dd", "dd.mm.yyyy", "yyyymmdd", "d.m.yyyy", "dd/mm/yyyy", birth=True)),
    Family("b43-date-words-portal", "DATE_TIME", H, (
        "Диспансеризация пройдена {}.",
        "Вакцинация (2-й компонент) — {}.",
        "Последний визит в поликлинику: {}",
        "Результат получен {} и доступен в личном кабинете.",
    ), date_maker("d MG yyyy г.", "d MG yyyy", "dd MG yyyy года", "d MA yyyy")),
    Family("b43-date-partial", "DATE_TIME", H, (
        "Глюкометр подключён к сервису в {loct}.",
        "Данные с тонометра не поступают с {gent}.",
        "Прикреплён к поликлинике с {gent}.",
        "Флюорография: {}",
        "Последняя выгрузка в РЭМД — {}",
    ), _partial_date),
    Family("b43-date-wearable", "DATE_TIME", H, (
        "Сводка за {}: шаги 6 214, пульс покоя 71.",
        "Эпизод ФП зарегистрирован часами {}.",
        "Измерение АД {}: 162/98, пульс 88 — передано врачу.",
        "Нет синхронизации с {}",
    ), date_maker("dd.mm.yyyy", "dd.mm.yyyy HH:MI", "d MG", "dd.mm HH:MI", "yyyy-mm-dd HH:MI")),
]

PLACES: list[Family] = [
    Family("b43-loc-registration-fias", "LOCATION", H, (
        "Адрес регистрации (ФИАС): {}",
        "\"addressText\": \"{}\",",
        "ADRES={};",
        "Адрес вызова: {}. Подъезд 2, код домофона не указан.",
    ), addr_maker("fias", "caps", "dots")),
    Family("b43-loc-fact-address", "LOCATION", H, (
        "Фактический адрес проживания: {}",
        "Курьер доставит тонометр по адресу {}.",
        "Адрес для выезда медсестры — {}; звонить заранее.",
        "Адрес в профиле Госуслуг: {}",
    ), addr_maker("rev", "village", "dots")),
    Family("b43-loc-town-case", "LOCATION", H, (
        "Пациент временно находится в {loct}, консультация онлайн.",
        "Направлен на госпитализацию из {gent}.",
        "Переехала в {accs}, прикрепление не сменила.",
        "Приехал на лечение из {gent}, полис другого региона.",
    ), _place_case),
]
