"""Blind split 43, one value per note: identifiers, e-mail addresses and links as ЕСИА/ЕПГУ profiles,
MIS screens, LIS labels, OMS registers, ФСС/СФР sick-leave services and error messages print them."""

from __future__ import annotations

from benchmarks.pii_blind43_gen import (
    digits,
    enp,
    inn12,
    layout,
    login,
    mrn,
    mrn_maker,
    old_policy,
    passport,
    snils_maker,
    url_personal,
)
from benchmarks.pii_families import HELDOUT, Family

H = HELDOUT


def _inn(rng, fake, case):
    return inn12(rng, rng.choice(("XXXXXXXXXXXX", "XXXXXXXXXXXX", "XX XX XXXXXX XX", "XXXX XXXX XXXX")))


def _enp(rng, fake, case):
    return enp(rng, rng.choice(("XXXXXXXXXXXXXXXX", "XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX", "XXXX-XXXX-XXXX-XXXX")))


def _pass(rng, fake, case):
    return passport(rng)


def _foreign(rng, fake, case):
    return rng.choice((f"{digits(rng, 2)} {digits(rng, 7)}", f"{digits(rng, 9)}", f"AA{digits(rng, 7)}",
                       f"FA{digits(rng, 7)}", f"N{digits(rng, 8)}"))


def _migration(rng, fake, case):
    return rng.choice((f"{digits(rng, 4)} {digits(rng, 7)}", f"{digits(rng, 4)} № {digits(rng, 7)}", digits(rng, 11)))


def _birth_cert(rng, fake, case):
    roman = rng.choice(("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"))
    letters = rng.choice(("МЮ", "АГ", "КБ", "ЛО", "РУ", "АМ", "ИК"))
    return rng.choice((f"{roman}-{letters} № {digits(rng, 6)}", f"{roman}-{letters} {digits(rng, 6)}",
                       f"{roman}{letters}{digits(rng, 6)}"))


def _licence(rng, fake, case):
    return layout(digits(rng, 10), rng.choice(("XX XX XXXXXX", "XXXX XXXXXX", "XXXX№XXXXXX")))


def _email(rng, fake, case):
    return login(fake, rng)


def _url_room(rng, fake, case):
    return url_personal(rng, fake, rng.choice(("room", "room", "cert", "generic")))


def _url_result(rng, fake, case):
    return url_personal(rng, fake, rng.choice(("result", "result", "short", "generic")))


def _url_social(rng, fake, case):
    return url_personal(rng, fake, "social")


IDS: list[Family] = [
    Family("b43-snils-esia", "RU_SNILS", H, (
        "СНИЛС (из ЕСИА): {}",
        "Поиск пациента по СНИЛС {} — найдено 2 записи, требуется слияние.",
        "\"snils\": \"{}\",",
        "СНИЛС={} не прошёл проверку контрольной суммы в ЕГИСЗ? Проверьте ввод.",
    ), snils_maker("XXX-XXX-XXX XX", "XXXXXXXXXXX", "XXX-XXX-XXX-XX", "XXX XXX XXX XX")),
    Family("b43-snils-register", "RU_SNILS", H, (
        "<SNILS>{}</SNILS>",
        "SNILS;{};",
        "Страховое свидетельство № {}",
        "снилс {} (законного представителя)",
    ), snils_maker("XXX-XXX-XXX XX", "XXXXXXXXXXX", "XXX-XXX-XXXXX")),
    Family("b43-inn-tax-cert", "RU_INN", H, (
        "Справка об оплате медицинских услуг для налогового органа. ИНН налогоплательщика: {}",
        "ИНН пациента {} (указан в договоре на платные услуги)",
        "\"inn\": \"{}\"",
        "ИНН физ. лица — {}; код услуги 01",
    ), _inn),
    Family("b43-inn-profile", "RU_INN", H, (
        "Профиль Госуслуг: ИНН {} подтверждён ФНС.",
        "ИНН: {} (подтверждён)",
        "ИНН {} — в реестре справок за 2023 г.",
    ), _inn),
    Family("b43-passport-esia", "RU_PASSPORT", H, (
        "Документ, удостоверяющий личность: паспорт гражданина РФ {}",
        "Паспорт РФ {} (данные из ЕСИА, проверены МВД)",
        "DUL: тип 14, {}",
        "Идентификация при выдаче результатов по паспорту {}",
    ), _pass),
    Family("b43-passport-contract", "RU_PASSPORT", H, (
        "Договор на платные мед. услуги заключён, паспорт {} предъявлен.",
        "Паспорт: {}; выдан ГУ МВД России",
        "<DOCNUM>{}</DOCNUM>",
    ), _pass),
    Family("b43-oms-enp-portal", "RU_OMS_POLICY", H, (
        "Полис ОМС (ЕНП): {}",
        "Номер полиса {} не найден в ЕРЗЛ — запись к врачу невозможна.",
        "\"enp\": \"{}\"",
        "ЕНП={} SMO=77012",
        "Цифровой полис ОМС № {} активен.",
    ), _enp),
    Family("b43-oms-old-policy", "RU_OMS_POLICY", H, (
        "Полис старого образца: {}",
        "Временное свидетельство {} (до получения полиса)",
        "Полис ОМС серия/номер {}",
    ), lambda rng, fake, case: old_policy(rng)),
    Family("b43-mrn-emias-id", "MEDICAL_RECORD_NUMBER", H, (
        "ИД пациента в ЕМИАС: {}",
        "patientId={} not found in MPI",
        "Номер ЭМК {}",
        "Идентификатор пациента (МИС): {}",
    ), mrn_maker("emias", "mis", "hl7", "guid")),
    Family("b43-mrn-case-history", "MEDICAL_RECORD_NUMBER", H, (
        "Карта стационарного больного № {}",
        "И/Б {} — выписной эпикриз отправлен в РЭМД.",
        "Амбулаторная карта №{} (форма 025/у)",
        "Мед. карта {}, архив",
    ), mrn_maker("ib", "ib2", "card")),
    Family("b43-mrn-lis-sample", "MEDICAL_RECORD_NUMBER", H, (
        "Штрихкод пробирки: {}",
        "Заявка ЛИС № {}, статус «выполнено».",
        "Образец {} отбракован: гемолиз.",
        "Номер пробы {} / штатив 4",
        "accession={}",
    ), mrn_maker("barcode", "lis", "acc")),
    Family("b43-mrn-eln", "MEDICAL_RECORD_NUMBER", H, (
        "ЭЛН № {} сформирован и направлен в СФР.",
        "Листок нетрудоспособности {} продлён.",
        "Номер ЭЛН: {}",
        "ЭЛН {} закрыт, приступить к работе.",
    ), mrn_maker("eln")),
    Family("b43-mrn-referral", "MEDICAL_RECORD_NUMBER", H, (
        "Электронное направление № {} на МРТ",
        "Направление на госпитализацию {} аннулировано.",
        "Номер направления (ЕГИСЗ): {}",
        "направл. №{} выдано, ждёт записи",
    ), mrn_maker("ref")),
    Family("b43-mrn-prescription", "MEDICAL_RECORD_NUMBER", H, (
        "Рецепт серия {} (льготный, 148-1/у-04(л))",
        "Электронный рецепт {} отпущен аптекой.",
        "Рецепт № {} — срок действия 30 дней",
    ), lambda rng, fake, case: rng.choice((mrn(rng, "rx"), f"{rng.randrange(1, 92):02d}-{rng.randrange(16, 26)}-{mrn(rng, 'card')}"))),
    Family("b43-mrn-foreign-docs", "MEDICAL_RECORD_NUMBER", H, (
        "Иностранный гражданин, паспорт {}, полис ДМС.",
        "Загранпаспорт: {}",
        "Нац. паспорт Республики Узбекистан {}",
    ), _foreign),
    Family("b43-mrn-migration-card", "MEDICAL_RECORD_NUMBER", H, (
        "Миграционная карта {}",
        "Мигр. карта № {}, срок пребывания до конца года.",
    ), _migration),
    Family("b43-mrn-birth-cert", "MEDICAL_RECORD_NUMBER", H, (
        "Свидетельство о рождении {}",
        "Св-во о рожд. ребёнка: {}",
        "Документ ребёнка: свидетельство о рождении {}, выдано ЗАГС",
    ), _birth_cert),
    Family("b43-mrn-driver-licence", "MEDICAL_RECORD_NUMBER", H, (
        "Водительское удостоверение {} (медкомиссия категории B)",
        "ВУ № {}",
        "Справка 003-В/у выдана к в/у {}",
    ), _licence),
    Family("b43-email-portal", "EMAIL_ADDRESS", H, (
        "Уведомления отправляются на {}",
        "Логин ЕСИА: {}",
        "\"email\": \"{}\"",
        "Результаты анализов высланы на почту {} (по заявлению).",
        "<telecom value=\"mailto:{}\"/>",
    ), _email),
    Family("b43-email-error", "EMAIL_ADDRESS", H, (
        "SMTP 550: mailbox {} unavailable",
        "Письмо на {} вернулось — адрес не существует.",
        "Пациент просит сменить e-mail на {}",
    ), _email),
    Family("b43-url-telemed", "URL", H, (
        "Ссылка на видеоконсультацию: {}",
        "QR-код ведёт на {}",
        "Подключиться к сеансу ТМК: {} (за 5 минут до начала)",
        "url={}",
    ), _url_room),
    Family("b43-url-lab-results", "URL", H, (
        "Результаты доступны по ссылке {} в течение 30 дней.",
        "Скачать заключение: {}",
        "Откройте {} и введите код из SMS.",
        "Пациент прислал ссылку на результаты: {}",
    ), _url_result),
    Family("b43-url-social", "URL", H, (
        "Профиль пациента в соцсети — {}",
        "Просит писать ему в Telegram: {}",
        "Мать пациентки на связи через {}",
        "Фото высыпаний прислала через личные сообщения {}",
    ), _url_social),
]
