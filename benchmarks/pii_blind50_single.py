"""One-value families of blind split 50: registries, dialysis, INR clinic, implants, preferential drugs, 030/у."""

from __future__ import annotations

from benchmarks.pii_blind50_vals import (
    BORN,
    INN10,
    INN12,
    SNILS,
    VISIT,
    addr,
    any_name,
    cis_name,
    enp,
    hurried,
    mail,
    num,
    oms_any,
    passport,
    phone_any,
    town_case,
    when,
)
from benchmarks.pii_families import Family, address, person, snils, url

H = "heldout"
P, D, L, M = "PERSON", "DATE_TIME", "LOCATION", "MEDICAL_RECORD_NUMBER"

SINGLE50: list[Family] = [
    # --- PERSON
    Family("b50-dn-doctor", P, H, (
        "Врач, осуществляющий диспансерное наблюдение: {}", "Взят на Д-учёт эндокринологом {ablt}.",
        "Передан под ДН {datv} (участок 14).", "Д-наблюдение у кардиолога {gent}, явка 1 раз в 3 мес.",
        "Карту 030/у заполнил(а) {}"), person("F io", "F I O", "io F", "F i o")),
    Family("b50-dialysis-patient", P, H, (
        "На сеанс ГД доставлен {} транспортом ЦРБ.", "Сеанс гемодиализа {gent} прерван на 3-м часу (гипотония).",
        "Пропуск сеанса: {} не явился, дозвониться не удалось.", "Фистула у {gent} функционирует, шум ++.",
        "{} - сухой вес уточнён, 71,5 кг."), any_name("F I O", "F io", "F I")),
    Family("b50-dialysis-staff", P, H, (
        "Медсестра диализного зала: {}", "Подключение выполнила м/с {}.", "Сеанс вела {}, врач-нефролог на связи.",
        "Отключение — {ablt}, без особенностей."), person("F io", "F", "F I O")),
    Family("b50-inr-diary", P, H, (
        "Дневник МНО ведёт {} самостоятельно.", "Доза варфарина скорректирована {ablt} по телефону.",
        "МНО контролирует дочь, {}.", "Кровь на МНО у {gent} взята на дому.", "Приём антикоагулянта контролирует внук(чка) {}."),
        any_name("F I O", "I O", "F I", "F io")),
    Family("b50-school-attend", P, H, (
        "Школа диабета, занятие 3: присутствовал(а) {}", "Сертификат о прохождении школы выдан {datv}.",
        "Занятие «Подсчёт ХЕ» пропустила {}.", "Школа для больных ХСН: слушатель — {}"),
        any_name("F I O", "F io", "F i o")),
    Family("b50-lgota-name", P, H, (
        "Рецепт 148-1/у-04(л) выписан на имя {gent}.", "Заявление об отказе от НСУ подал(а) {}.",
        "Препарат получен {ablt} по доверенности.", "В регистре льготников числится {}", "Льгота {gent} подтверждена ПФР."),
        person("F I O", "F i o", "F io")),
    Family("b50-cis-nomn", P, H, (
        "Пациент: {}, СД 2 типа, инсулинотерапия.", "ФИО: {}", "Включен(а) в регистр ВЗН: {}",
        "{}, ХБП С5д, программный ГД с 2019 г."), cis_name("F I O", "F io", "FIO", "F I")),
    Family("b50-name-hurried", P, H, (
        "обзвон: {} - не берёт трубку", "звонила {} , перенос явки", "пац-т {} на ДН не явился",
        "{} сообщила что лежит в стац."), hurried(any_name("F io", "F I O", "F"))),
    Family("b50-implant-surgeon", P, H, (
        "Имплантацию ЭКС выполнил {}.", "Программирование ИКД: {}", "Карта пациента с имплантированным устройством выдана {datv}.",
        "Тестирование ЭКС провёл {}, параметры в норме.", "Оперировал {}, ассистент — м/с операционная."),
        person("F io", "io F", "F I O")),
    Family("b50-relative-contact", P, H, (
        "Контактное лицо: {} (жена).", "Со слов сына {gent}, пациент принимает препараты нерегулярно.",
        "Доставку на диализ организует {}", "Сообщено {datv} (дочь) о дате следующей явки."),
        person("F I O", "I O", "F I", "I F")),
    # --- PHONE
    Family("b50-call-list-phone", "PHONE_NUMBER", H, (
        "Обзвон явки: {} — абонент недоступен.", "тел {} (дочь)", "Звонок по номеру {}, пациент предупреждён.",
        "Конт. тел.: {}", "{} - сбрасывает"), phone_any),
    Family("b50-center-phone", "PHONE_NUMBER", H, (
        "Перевозка: звонить дочери на {}.", "При МНО > 4 пациент предупреждён по телефону {}.",
        "SMS-напоминание отправлено на {}", "Телефон пациента в регистре ЛЛО: {}", "Факс (дом.) {}"), phone_any),
    # --- DATE
    Family("b50-dn-dates", D, H, (
        "Дата взятия на ДН: {}", "Следующая явка {}.", "Снят с Д-учёта {} (выбыл).", "Дата постановки в регистр СД: {}",
        "Последний визит к эндокринологу — {}."), VISIT),
    Family("b50-dialysis-datetime", D, H, (
        "Сеанс ГД {}, начало.", "Подключение {} , Qb 300 мл/мин.", "Начало программного диализа {}",
        "Забор пациента {} от подъезда."), when("dd.mm.yyyy HH:MI", "dd.mm.yy HH:MI", "dd.mm HH:MI", "dd.mm.yyyy в HH:MI")),
    Family("b50-inr-date", D, H, (
        "МНО от {} — 2,6.", "Взятие крови на МНО {}.", "Варфарин с {} по 5 мг.", "Контроль МНО {} (через 7 дней)."),
        when("dd.mm", "dd.mm.yy", "d.m", "dd/mm", "d MG")),
    Family("b50-partial-dates", D, H, (
        "СД 2 типа с {}.", "Программный гемодиализ с {}.", "ЭКС (DDD) с {}.", "Состоит в регистре ВЗН с {}.",
        "Инсулин с {}, помповая терапия позже."), when("yyyy г.", "MG yyyy", "MG yyyy г.", "mm.yyyy", "yyyy", "yyyyг.")),
    Family("b50-partial-nomn", D, H, (
        "Дебют СД: {}", "Имплантация ЭКС — {}.", "Начало ГД: {}", "Последняя госпитализация по ХСН: {}",
        "Включение в регистр ВЗН: {}"), when("MN yyyy", "MN yyyy г.", "mm.yyyy", "yyyy г.", "mm/yyyy", "yyyy")),
    Family("b50-birth", D, H, (
        "д.р. {}", "Дата рожд.: {}", "Пациентка {} г.р. включена в регистр.", "родился {}"),
        when("dd.mm.yyyy", "d.m.yyyy", "yyyy", "dd.mm.yy", "d MG yyyy", born=True)),
    Family("b50-implant-date", D, H, (
        "Дата имплантации: {}", "Замена ЭКС (истощение батареи) {}.", "Последняя проверка устройства {}",
        "Дата выдачи карты пациента с имплантатом: {}"), when("dd.mm.yyyy", "dd MG yyyy г.", "yyyy-mm-dd", "dd.mm.yyyyг")),
    # --- LOCATION
    Family("b50-transport-address", L, H, (
        "Адрес забора на ГД: {}", "Забрать с адреса {} к 6:30.", "Привезти обратно: {}", "Маршрут: {} → диализный центр"),
        addr),
    Family("b50-town-case", L, H, (
        "Проживает в {loct}, на диализ возят за 60 км.", "Доставка из {gent} транспортом ЦРБ.",
        "Переехал в {accs}, снят с учёта.", "Пациент из {gent}, льготник."),
        lambda rng, fake, case: town_case(fake, case)),
    Family("b50-rural-address", L, H, (
        "Место жительства: {}", "Адрес (регистр): {}", "прож. {}"),
        address("{R}, {D} р-н, с. {V}, ул. {S}, д. {N}", "{D} р-н, д. {V}, {N}", "{RF}, {D} район, пос. {V}",
                "с. {V}, {Dg} р-на, ул. {S} {N}")),
    # --- SNILS / INN / PASSPORT / OMS
    Family("b50-snils", "RU_SNILS", H, (
        "СНИЛС {}", "Страх. номер ИЛС: {}", "СНИЛС (для ЛЛО): {}.", "снилс-{}", "в регистре по СНИЛС {} не найден"), SNILS),
    Family("b50-snils-odd", "RU_SNILS", H, (
        "СНИЛС:{}", "Страховое свидетельство № {}", "СНИЛС/ИНН: {} / не указан", "ПФР {}"),
        snils("XXX-XXX-XXX  XX", "XXX.XXX.XXX XX", "XXX XXX XXX-XX", "XXXXXXXXX XX", "XXX-XXX-XXX XX")),
    Family("b50-inn", "RU_INN", H, (
        "ИНН: {}", "ИНН физ. лица {} (для налогового вычета)", "инн {}"), INN12),
    Family("b50-inn-employer", "RU_INN", H, (
        "ИНН работодателя (для ЭЛН): {}", "ИНН {} указан в справке об оплате медуслуг.", "ИНН ИП (место работы пациента) {}"),
        lambda rng, fake, case: (INN10 if rng.random() < 0.5 else INN12)(rng, fake, case)),
    Family("b50-passport", "RU_PASSPORT", H, (
        "Паспорт {}", "паспорт: {}, выдан ОУФМС", "Док-т, удост. личность: паспорт РФ {}", "Серия и номер паспорта: {}"),
        passport),
    Family("b50-oms", "RU_OMS_POLICY", H, (
        "Полис ОМС {}", "ЕНП: {}", "Полис: {} (АО «СОГАЗ-Мед»)", "полис омс № {}", "Номер полиса ОМС {}."),
        oms_any("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX", "XXXX-XXXX-XXXX-XXXX")),
    # --- MEDICAL_RECORD_NUMBER
    Family("b50-diab-register-id", M, H, (
        "Номер в регистре СД: {}", "Рег. № {} (ФРСД)", "Регистр сахарного диабета, запись {}."),
        num("XXXXXXX", "9XXXXX-СД", "СД-9XXXXX", "99-XXXXXX")),
    Family("b50-card-030", M, H, (
        "Контрольная карта ДН (ф. 030/у) № {}", "Карта 030/у №{}", "Амбулаторная карта № {}",
        "№ мед. карты амб. больного {}"), num("XXXX", "XXXXX/XX", "9XXXX", "XX-XXXX", "L-XXXX")),
    Family("b50-dialysis-history", M, H, (
        "Карта диализного пациента № {}", "И/б № {} (отд. гемодиализа)", "Протокол ГД к и/б {}"),
        num("ГД-XXXX", "9XXX/XX", "XXXXX", "XXXX-ГД")),
    Family("b50-recipe-number", M, H, (
        "Рецепт 148-1/у-04(л) серия {}", "рецепт № {} отпущен", "Льготный рецепт №{} отсрочен (нет в аптеке)."),
        num("XX-XX-XXXXXXX", "0XXX XXXXXX", "XXXXXXXXXX", "XXX-XX-XXXXXX")),
    Family("b50-vzn-register", M, H, (
        "Уникальный номер записи в ФР ВЗН: {}", "Регистровая запись ВЗН {}", "ВЗН-регистр, № {}"),
        num("XXXXXXXXXX", "XX-XXXXXXX", "VZN-XXXXXX", "XXXX-XXXX-XX")),
    Family("b50-implant-card", M, H, (
        "Карта пациента с ЭКС № {}", "Регистрационный № пациента в регистре устройств: {}", "Паспорт ЭКС, карта {}"),
        num("XXXXXX", "ЭКС-XXXXX", "XXXX/XXXX", "IMP-XXXXXXX")),
    Family("b50-mis-id", M, H, (
        "ID пациента МИС: {}", "EMK ID {}", "patient_id={}", "Идентификатор в РМИС {}"),
        num("XXXXXXXX", "XXXXXXXXXX", "9XXXXXXXXXXX")),
    Family("b50-lab-sample", M, H, (
        "Проба на МНО, штрих-код {}", "Образец № {} (HbA1c)", "Заявка ЛИС {}"),
        num("XXXXXXXXXX", "XXXXXX-XX", "L9XXXXXXX")),
    Family("b50-disability-cert", M, H, (
        "Справка МСЭ серия МСЭ-2023 № {}", "ЭЛН {} открыт, пациент на ГД.", "Направление на МСЭ (ф. 088/у) № {}",
        "Направление 057/у №{} в диализный центр"), num("XXXXXXX", "9XXXXXXXXXXX", "XXXX-XXX")),
    Family("b50-foreign-id", M, H, (
        "Паспорт гражданина Республики Таджикистан {}", "Миграционная карта {}", "Паспорт иностр. гражданина: {}",
        "Вид на жительство № {}"), num("LXXXXXXX", "XXXX XXXXXXX", "82 № XXXXXXX", "9XXXXXXXX")),
    # --- EMAIL / URL
    Family("b50-email", "EMAIL_ADDRESS", H, (
        "Дневник самоконтроля прислан на {}", "e-mail пациента: {}", "Результаты МНО отправлены {}",
        "Эл. почта для уведомлений ЛЛО: {}."), mail),
    Family("b50-url", "URL", H, (
        "Данные CGM доступны по ссылке {}", "Личная страница в облаке помпы: {}", "ссылка на видеоконсультацию: {}"),
        lambda rng, fake, case: rng.choice((
            f"https://{fake.domain_name()}/p/{rng.randrange(10**6, 10**7)}", url()(rng, fake, case),
            f"https://telemed.{fake.domain_word()}.ru/room/{rng.randrange(10**5, 10**6)}",
            f"http://libre.{fake.domain_name()}/share/{fake.user_name()}"))),
]
EXTRA_BIRTH = BORN  # re-exported for the blocks
EXTRA_INN10 = INN10
OMS16 = enp("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX")
PASSPORT = passport
