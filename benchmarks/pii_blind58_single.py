"""Single-value families of blind split 58: one value per note, in staff, HR and IT paperwork frames."""

from __future__ import annotations

from typing import Any

from benchmarks.pii_blind58_vals import (
    addr,
    born,
    day,
    enp_v,
    inn_v,
    mrn_v,
    old_oms_v,
    passport_v,
    snils_v,
    staff_email,
    stamp,
    tel,
)
from benchmarks.pii_families import HELDOUT, Family, person


def _w(fn: Any) -> Any:
    return lambda rng, fake, case: fn(rng, fake)


def _r(fn: Any) -> Any:
    return lambda rng, fake, case: fn(rng)


def _mis_url(rng: Any, fake: Any) -> str:
    host = rng.choice(("mis.gkb12.local", "emk.okb.ru", "10.12.0.45:8080", "qms.crb-zarechnyi.ru", "sd.gkb12.local",
                       "portal.gp3-mz.ru", "pacs.okb.local"))
    pid = rng.randrange(100000, 9999999)
    path = rng.choice((f"/emk/patient/{pid}", f"/mis/card?id={pid}", f"/ticket/{rng.randrange(1000, 99999)}",
                       f"/viewer/study/{pid}", f"/lk/record/{pid}/edit", f"/reports/audit?pid={pid}"))
    return rng.choice(("https://", "http://", "")) + host + path


def _partial(rng: Any, fake: Any, case: str) -> str:
    if case == "gent":
        return day(rng, fake, "MG yyyy г.", "yyyy г.", "dd.mm.yyyy", "MG yyyy года", "dd.mm.yy")
    return day(rng, fake, "MN yyyy", "mm.yyyy", "yyyy г.", "MN yyyy г.", "MA yyyy")


FAMILIES: list[Family] = [
    Family("w58-roster-nurse-nomn", "PERSON", HELDOUT,
           ("Смена 08:00-20:00, пост №2 — м/с {}.", "Ночная смена: дежурная медсестра {}", "ст. м/с {} (отпуск, замена)",
            "Дежурный врач приёмного: {}", "График: {} — Д/Н/В/В"),
           person("F I O", "F io", "F i o", "F I")),
    Family("w58-handover-oblique", "PERSON", HELDOUT,
           ("Смену сдала {datv} в 08:05, замечаний нет.", "Пациент передан под наблюдение {gent}.",
            "Смену принял(а) от {gent}.", "Ключи от сейфа с НС переданы {datv}.",
            "Контроль за тяжёлыми возложен на {accs}.", "Замена за {accs} по болезни."),
           person("F I O", "F io", "F I", "io F")),
    Family("w58-order-staff-datv", "PERSON", HELDOUT,
           ("Объявить выговор {datv} за нарушение порядка доступа к ЭМК.", "Назначить {accs} ответственным за ведение журнала.",
            "Премировать {accs} по итогам квартала.", "Возложить обязанности заведующего на {accs}.",
            "Ознакомить с приказом {accs} под подпись.", "Служебная записка на имя главного врача от {gent}"),
           person("F I O", "F io")),
    Family("w58-audit-patient-ablt", "PERSON", HELDOUT,
           ("Выявлен просмотр карты пациента {gent} без лечебной связи.", "Пользователь открыл ЭМК пациентки {gent}.",
            "Запрос о доступе к записям, связанным с {ablt}.", "Жалоба поступила от {gent} о разглашении диагноза.",
            "По пациенту {loct} сведения не выгружались.", "Исправление данных по {datv} выполнено."),
           person("F I O", "F io", "F I", "I O F")),
    Family("w58-callcentre-caller", "PERSON", HELDOUT,
           ("Звонок: {}, просит перенести запись.", "абонент представился как {}", "Звонила дочь пациента - {}",
            "оператор: {}; исход: записан", "Перезвонить {datv} после 15:00"),
           person("F I O", "I O", "I F", "F I", "F")),
    Family("w58-person-lower-typo", "PERSON", HELDOUT,
           ("открыл карту {}", "пац-т {} повторно на приём", "м/с {} не вышла на смену", "мед. книжка {} просрочена"),
           lambda rng, fake, case: rng.choice((str.lower, str.upper, str.strip))(
               person("F I O", "F io", "F I")(rng, fake, case))),
    Family("w58-person-signature", "PERSON", HELDOUT,
           ("Исполнитель: {}", "Подпись ________ /{}/", "Ознакомлен(а): {}", "Составил: {}, инженер ОИТ",
            "Согласовано: {} (начальник отдела кадров)"),
           person("F io", "i o F", "io F", "F i o", "F I O")),
    Family("w58-person-hr-gent", "PERSON", HELDOUT,
           ("Личное дело {gent} передано в архив.", "Табель учёта рабочего времени {gent} за май",
            "Заявление {gent} об отпуске без сохранения з/п", "Учётная запись {gent} заблокирована после увольнения.",
            "Медкнижка {gent} сдана на продление."),
           person("F I O", "F io", "F I")),
    Family("w58-phone-calllog", "PHONE_NUMBER", HELDOUT,
           ("Входящий с {} — 02:14, запись к терапевту.", "CallerID: {}", "Пропущенный: {}", "перезвонить на {}",
            "АОН {} (пациент не представился)"),
           _w(lambda rng, fake: tel(rng, fake, rng.choice(("mobile", "mobile", "city", "digits"))))),
    Family("w58-phone-staff-personnel", "PHONE_NUMBER", HELDOUT,
           ("Личный мобильный сотрудника: {}", "Конт. тел. (для вызова в выходной): {}", "тел.дом. {}",
            "Тел. для SMS-оповещения: {}"),
           _w(lambda rng, fake: tel(rng, fake, rng.choice(("mobile", "city"))))),
    Family("w58-date-birth-hr", "DATE_TIME", HELDOUT,
           ("Дата рождения сотрудника: {}", "д.р. {}", "Родился(ась) {}", "Дата рожд. пациента в МИС исправлена на {}."),
           _w(lambda rng, fake: born(rng, fake, "dd.mm.yyyy", "d MG yyyy г.", "dd.mm.yy", "yyyy-mm-dd", "d MG yyyy года"))),
    Family("w58-date-event-stamp", "DATE_TIME", HELDOUT,
           ("Карта открыта {}.", "Время доступа: {}", "Запись удалена {} (оператор не указан).",
            "Бэкап БД с ЭМК от {} восстановлен.", "Принят на работу {}.", "Уволена {} по собственному желанию."),
           _w(lambda rng, fake: stamp(rng, fake, "dd.mm.yyyy HH:MI", "yyyy-mm-dd HH:MI:SS", "dd.mm.yyyy",
                                      "d MG yyyy г.", "dd.mm.yy HH:MI", "yyyy-mm-ddTHH:MI:SS"))),
    Family("w58-date-partial-hr", "DATE_TIME", HELDOUT,
           ("Работает в отделении с {gent}.", "Последний медосмотр — {}.", "Отпуск по уходу за ребёнком до {gent}.",
            "Аттестация: {}", "Стаж в МО с {gent}", "Медкнижка просрочена с {gent}"),
           _partial),
    Family("w58-date-rescheduled", "DATE_TIME", HELDOUT,
           ("Приём перенесён на {}.", "записан на {} к неврологу", "Дата и время визита: {}",
            "отменил запись на {}, просит позже"),
           _w(lambda rng, fake: stamp(rng, fake, "d MG в HH:MI", "dd.mm.yyyy, HH:MI", "dd.mm в HH.MI", "dd.mm.yyyy HH:MI",
                                      "d MG yyyy г. HH:MI"))),
    Family("w58-location-staff-home", "LOCATION", HELDOUT,
           ("Адрес проживания сотрудника: {}", "Прописка: {}", "Адрес для направления уведомления: {}",
            "фактич. адрес {}"),
           _w(addr)),
    Family("w58-location-home-visit", "LOCATION", HELDOUT,
           ("Адрес вызова врача на дом: {}", "вызов на дом — {}, подъезд 2, код 45", "Адрес доставки справки: {}",
            "адр. в МИС устарел, новый: {}"),
           _w(lambda rng, fake: addr(rng, fake, "ул {S} {N} кв {Q}", "{T}, {S}, {N}-{Q}", "мкр. {S}, д. {N}, кв. {Q}",
                                     "г. {T}, пер. {S}, д. {N}, корп. {K}, кв. {Q}", "{T} {S} {N}/{K}-{Q}").lower()
              if rng.random() < 0.3 else addr(rng, fake))),
    Family("w58-location-place", "LOCATION", HELDOUT,
           ("Место рождения: {}", "Прибыл(а) из {}", "Проживает: {}"),
           _w(lambda rng, fake: addr(rng, fake, "г. {T}", "{RF}, {D} район, с. {V}", "пгт {V}", "{R}, г. {T}"))),
    Family("w58-snils-hr", "RU_SNILS", HELDOUT,
           ("СНИЛС работника {}", "Страховое свидетельство: {}", "snils={}", "СНИЛС пациента в МИС не совпадает: {}"),
           _r(lambda rng: snils_v(rng, "XXX-XXX-XXX XX", "XXXXXXXXXXX", "XXX-XXX-XXX-XX", "XXX XXX XXX XX"))),
    Family("w58-inn-hr", "RU_INN", HELDOUT,
           ("ИНН сотрудника: {}", "инн физ. лица {}", "ИНН (для НДФЛ-вычета): {}", "INN {}"),
           _r(lambda rng: inn_v(rng))),
    Family("w58-passport-hr", "RU_PASSPORT", HELDOUT,
           ("Паспорт: {}, выдан ОУФМС", "паспорт серия {}, выдан ГУ МВД", "Документ, удостоверяющий личность: паспорт РФ {}",
            "Паспортные данные {} (копия в личном деле)"),
           _r(lambda rng: passport_v(rng))),
    Family("w58-oms-appointment", "RU_OMS_POLICY", HELDOUT,
           ("Полис ОМС (со слов абонента): {}", "ЕНП {} не найден в РС ЕРЗ", "Полис: {}", "oms_policy: {}"),
           lambda rng, fake, case: enp_v(rng) if rng.random() < 0.8 else old_oms_v(rng)),
    Family("w58-mrn-ticket", "MEDICAL_RECORD_NUMBER", HELDOUT,
           ("Не открывается ЭМК № {}.", "Прошу объединить дубль карты {} с основной картой пациента.",
            "patient_id={}", "Карта пациента (ID МИС {}) заблокирована."),
           _r(lambda rng: mrn_v(rng, "emk"))),
    Family("w58-mrn-paper", "MEDICAL_RECORD_NUMBER", HELDOUT,
           ("Выдана копия истории болезни № {}.", "Амбулаторная карта № {} передана в архив.",
            "ЭЛН № {} аннулирован по ошибке.", "Личная медицинская книжка № {}"),
           lambda rng, fake, case: mrn_v(rng, rng.choice(("ib", "amb", "eln", "med")))),
    Family("w58-mrn-referral-call", "MEDICAL_RECORD_NUMBER", HELDOUT,
           ("Карта вызова СМП № {} не привязана к ЭМК.", "Направление № {} (ф. 057/у) введено дважды.",
            "Рецепт № {} аннулирован в МИС по заявке.", "Справка № {} выдана повторно."),
           _r(lambda rng: rng.choice((mrn_v(rng, "call"), mrn_v(rng, "other"), f"{rng.randrange(10, 99)}-{rng.randrange(10, 99)}"
                                      f"/{rng.randrange(1000, 999999)}")))),
    Family("w58-email-staff", "EMAIL_ADDRESS", HELDOUT,
           ("Учётная запись привязана к {}", "Ответ направлен на {}", "e-mail для входа: {}", "From: {}"),
           _w(staff_email)),
    Family("w58-email-patient", "EMAIL_ADDRESS", HELDOUT,
           ("Напоминание о приёме отправлено на {}.", "пациент просит выслать выписку на почту {}",
            "email пациента изменён на {}"),
           lambda rng, fake, case: rng.choice((fake.free_email(), fake.email(), staff_email(rng, fake, "mail.ru")))),
    Family("w58-url-record", "URL", HELDOUT,
           ("Ссылка на карту: {}", "см. {}", "Ошибка 500 при открытии {}", "URL: {}"),
           _w(_mis_url)),
]
