"""Blind split 42, single values (2/2): record numbers, phones, mail, links and state identifiers,
one per sentence or field line, labelled or not, glued to words, at the start or end of a line."""

from __future__ import annotations

from benchmarks.pii_blind42_gen import enp_v, ident, inn_v, link, mail, passport_v, snils_v, tel
from benchmarks.pii_families import HELDOUT, Family

M = "MEDICAL_RECORD_NUMBER"

RECORDS: list[Family] = [
    Family("b42-mrn-case-history", M, HELDOUT, (
        "Медицинская карта стационарного больного № {}",
        "И/Б № {}",
        "ист. бол. {}",
        "№ и/б {}",
        "история болезни №{}",
        "Выписка из истории болезни № {} направлена в поликлинику по месту жительства.",
        "{} — номер истории болезни, указывать при обращении.",
    ), ident("XXXXX", "ZXXXX/y", "ZXXXX-Y", "С-ZXXX", "ZXXXXX/С", "ZXXX/Y", "ZXXXXX")),
    Family("b42-mrn-outpatient-card", M, HELDOUT, (
        "Амбулаторная карта № {}",
        "амб.карта {}",
        "№ мед. карты {}",
        "Медицинская карта пациента, получающего помощь в амбулаторных условиях, № {}",
        "Карта {} передана в регистратуру.",
        "номер амб. карты:{}",
    ), ident("ZXXXX", "ZXXXXX", "ZX-XXXX", "L-ZXXXX", "ZXXX/y", "уч.Z/ZXXXX")),
    Family("b42-mrn-sick-leave", M, HELDOUT, (
        "ЭЛН № {}",
        "Открыт листок нетрудоспособности {}",
        "больничный лист №{}",
        "Листок нетрудоспособности {} продлен ВК.",
        "ЛН {} закрыт, приступить к работе.",
        "Выдан ЭЛН {} (первичный).",
    ), ident("9ZXXXXXXXXXX", "ZXXXXXXXXXXX", "9ZX XXX XXX XXX", "ZXXXXXXXXXXX")),
    Family("b42-mrn-referral-prescription", M, HELDOUT, (
        "Направление № {} на госпитализацию.",
        "Рецепт № {}",
        "Направление на МСЭ № {}",
        "Выписан льготный рецепт серия {}",
        "По направлению {} от поликлиники.",
        "Талон на ВМП № {}",
    ), ident("ZXXXXXXX", "ZX/Y-ZXXX", "ZX-y-XXXXXX", "XX-XX-XXXXXX", "ZXXXXX", "ZX.XXXX.XXXXX.XXX")),
    Family("b42-mrn-lab-sample", M, HELDOUT, (
        "Штрихкод пробирки {}",
        "Номер образца: {}",
        "Биоматериал № {}",
        "Accession: {}",
        "Гистологическое исследование № {}: умеренно дифференцированная аденокарцинома.",
        "ПЦР SARS-CoV-2 (проба {}) — отрицательно.",
        "Бланк {} прилагается.",
    ), ident("ZXXXXXXXXX", "WWXXXXXXX", "y-ZXXXXX", "ZXXXXX/y", "Г-ZXXX/Y", "ZXXXXXXX")),
    Family("b42-mrn-mis-ids", M, HELDOUT, (
        "ID пациента в МИС: {}",
        "EMK ID {}",
        "Код пациента {}",
        "ЕМИАС: {}",
        "Номер ЭМК {}",
        "patient_id={}",
        "МИС «Ариадна», пациент {}",
    ), ident("ZXXXXXXX", "ZXXXXXXXX", "P-ZXXXXXX", "ZXXXXXXXXXXX", "ZXXXXX-XX", "PAT-ZXXXXXX")),
    Family("b42-mrn-ambulance-call", M, HELDOUT, (
        "Карта вызова СМП № {}",
        "Вызов № {}",
        "Сопроводительный лист № {}",
        "номер наряда {}",
        "Доставлен СМП (карта вызова {}).",
        "Талон к сопроводительному листу № {}",
    ), ident("ZXXX", "ZXXXX", "ZXX/XX", "ZXXXXX", "ZXXX-y")),
    Family("b42-mrn-foreign-docs", M, HELDOUT, (
        "Паспорт гражданина Республики Узбекистан {}",
        "Миграционная карта {}",
        "Национальный паспорт {}",
        "Заграничный паспорт {}",
        "Документ: паспорт иностранного гражданина {}, выдан МВД Республики Таджикистан.",
        "мигр. карта № {}",
        "ID-карта {}",
    ), ident("WWXXXXXXX", "WW XXXXXXX", "ZXXX XXXXXXX", "ZX XXXXXXX", "ZXXXXXXXX", "WXXXXXXX", "ZXXX № XXXXXXX")),
    Family("b42-mrn-certificates", M, HELDOUT, (
        "Свидетельство о рождении {}",
        "Водительское удостоверение {}",
        "св-во о рожд. {}",
        "ВУ {}",
        "Справка МСЭ № {}",
        "Медицинское свидетельство о смерти серия {}",
        "Сертификат о профилактических прививках № {}",
    ), ident("II-LL № XXXXXX", "IV-LL XXXXXX", "III-LL №XXXXXX", "ZX ZX XXXXXX", "ZXZX XXXXXX", "ZXXXXXX", "ZX № ZXXXXX")),
]

PH = "PHONE_NUMBER"
CONTACTS: list[Family] = [
    Family("b42-phone-relatives", PH, HELDOUT, (
        "Связь с дочерью по тел. {}",
        "Телефон родственников {}",
        "контакт. тел.: {}",
        "{} — сын, звонить после 18 ч.",
        "При ухудшении сообщить жене по номеру {}.",
        "Сосед по подъезду, тел. {}, ключи у него.",
    ), tel("+7 (MMM) XXX-XX-XX", "8-MMM-XXX-XX-XX", "8 MMM XXX XX XX", "+7 MMM XXX-XX-XX", "8 (MMM) XXX XX XX", "+7-MMM-XXX-XXXX")),
    Family("b42-phone-glued", PH, HELDOUT, (
        "тел.{}",
        "т.{}",
        "Тел:{}",
        "моб.{}",
        "тел{} (мать)",
        "Контакт:{}",
    ), tel("8MMMXXXXXXX", "8MMM XXX XX XX", "+7MMM-XXX-XX-XX", "8(MMM)XXXXXXX", "8 MMM XXX XXXX", "+7 MMM XXXXXXX", "+7MMMXXXXXXX")),
    Family("b42-phone-landline", PH, HELDOUT, (
        "Телефон регистратуры {}",
        "Рабочий телефон: {}",
        "Звонить на домашний {}",
        "ФАП, тел. {}",
        "Факс {}",
        "Справки по телефону {} (ординаторская).",
    ), tel("8 (FFFF) XX-XX-XX", "(CCC) XXX-XX-XX доб. XXX", "8-CCC-XXX-XX-XX", "8 (VVVVV) X-XX-XX", "8(FFFF)XXXXXX",
           "+7 (CCC) XXX XX XX", "8 VVVVV X XX XX")),
    Family("b42-phone-end-of-line", PH, HELDOUT, (
        "Перезвонить родственнику по номеру\n{}",
        "Пациентка просит сообщать результаты на мобильный {}",
        "Доверенное лицо (муж), номер {}",
        "Телефон для SMS-уведомлений:\n{}",
        "Виртуальная консультация: WhatsApp {}",
        "{}",
    ), tel("+7 MMM XXX XX XX", "8 (MMM) XXX-XXXX", "+7(MMM)XXX-XX-XX", "8-MMM-XXXXXXX", "+7 (MMM) XXX XXXX")),
]

E, U = "EMAIL_ADDRESS", "URL"
ONLINE: list[Family] = [
    Family("b42-email-prose", E, HELDOUT, (
        "Результаты анализов отправлены на эл. почту {}",
        "e-mail: {}",
        "Заявление принято с адреса {}.",
        "Пациентка просит направлять выписки на {}",
        "email пациента {}",
        "Эл. адрес законного представителя — {}",
    ), mail()),
    Family("b42-email-glued", E, HELDOUT, (
        "почта:{}",
        "E-mail:{}",
        "email {} (сын)",
        "{}\nтел. не отвечает",
        "Адрес электронной почты для связи {}",
        "mail {}",
    ), mail()),
    Family("b42-url-patient-links", U, HELDOUT, (
        "Ссылка на видеоконсультацию: {}",
        "Страница пациента ВКонтакте: {}",
        "Результаты КТ доступны по ссылке {}",
        "Личный кабинет: {}",
        "Снимки загружены: {}",
        "Профиль родственника {}, использовался для розыска.",
    ), link()),
    Family("b42-url-bare", U, HELDOUT, (
        "{}",
        "ссылка {}",
        "см. {}",
        "Соцсети: {}",
        "Исследование в облаке {} (пароль сообщен пациенту)",
        "URL:{}",
    ), link()),
]

S, INN_T, PS, OMS_T = "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY"
STATE_IDS: list[Family] = [
    Family("b42-snils-labelled", S, HELDOUT, (
        "СНИЛС {}",
        "СНИЛС: {}",
        "Страховой номер индивидуального лицевого счета {}",
        "снилс{}",
        "СНИЛС пациента - {}",
        "Для оформления льготы предоставлен СНИЛС {}.",
    ), snils_v("XXX-XXX-XXX XX", "XXX-XXX-XXX XX", "XXXXXXXXXXX", "XXX-XXX-XXX-XX")),
    Family("b42-snils-layouts", S, HELDOUT, (
        "СНИЛС № {}",
        "Страх. свид-во {}",
        "ПФР {}",
        "СНИЛС {} (копия в истории)",
        "страховое свидетельство обязательного пенсионного страхования {}",
        "Документы: паспорт, полис, СНИЛС {}",
    ), snils_v("XXXXXXXXX XX", "XXX XXX XXX XX", "XXX XXX XXX-XX", "XXX-XXX-XXXXX", "XXX.XXX.XXX XX", "XXX-XXX-XXX  XX")),
    Family("b42-snils-line-start", S, HELDOUT, (
        "{}\nПолис ОМС: предъявлен",
        "{} - СНИЛС",
        "СНИЛС\n{}",
        "снилс {} со слов",
        "СНИЛС законного представителя: {}",
    ), snils_v("XXX-XXX-XXX XX", "XXXXXXXXXXX", "XXX XXX XXX XX")),
    Family("b42-inn-person", INN_T, HELDOUT, (
        "ИНН {}",
        "ИНН пациента: {}",
        "идент. номер налогоплательщика {}",
        "инн{}",
        "Справка для налогового вычета: ИНН налогоплательщика {}",
        "ИНН законного представителя {}",
    ), inn_v("XXXXXXXXXXXX")),
    Family("b42-inn-mixed", INN_T, HELDOUT, (
        "ИНН: {}",
        "ИНН {} (ИП)",
        "ИНН работодателя {}",
        "{} — ИНН",
        "ИНН физ. лица {}",
        "Оплата по договору, ИНН плательщика {}",
    ), inn_v("XXXXXXXXXXXX", "XXXXXXXXXXXX", "XXXXXXXXXX")),
    Family("b42-passport-labelled", PS, HELDOUT, (
        "Паспорт {}",
        "паспорт РФ серия {}",
        "Документ, удостоверяющий личность: паспорт {}",
        "паспорт {} выдан ГУ МВД России",
        "Паспортные данные: {}",
        "Паспорт гражданина РФ {}, выдан отделом УФМС",
    ), passport_v("XX XX XXXXXX", "XXXX XXXXXX", "XXXX № XXXXXX", "XXXX №XXXXXX", "XX XX №XXXXXX", "XXXXXXXXXX")),
    Family("b42-passport-glued", PS, HELDOUT, (
        "пасп.{}",
        "п-т {}",
        "паспорт:{}",
        "Паспорт серии {}",
        "паспорт {} (предъявлен)",
        "Удостоверение личности {}",
    ), passport_v("XX XX XXXXXX", "XXXX XXXXXX", "XXXX-XXXXXX", "XXXXXXXXXX", "XX XX № XXXXXX")),
    Family("b42-passport-consent", PS, HELDOUT, (
        "Я, законный представитель, паспорт {}, даю согласие на медицинское вмешательство.",
        "Тело выдано родственнику, паспорт {}.",
        "Получил на руки, паспорт {}, подпись.",
        "Личность установлена по паспорту {}",
        "Лицо, сопровождающее пациента, предъявило паспорт {}",
    ), passport_v("XX XX XXXXXX", "XXXX XXXXXX", "XXXX № XXXXXX")),
    Family("b42-oms-enp", OMS_T, HELDOUT, (
        "Полис ОМС {}",
        "ЕНП {}",
        "полис {}",
        "страховой полис №{}",
        "Полис обязательного медицинского страхования № {}",
        "Единый номер полиса ОМС: {}",
    ), enp_v("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX", "XXXXXXXXXXXXXXXX")),
    Family("b42-oms-layouts", OMS_T, HELDOUT, (
        "полис ОМС:{}",
        "Полис {} (СОГАЗ-Мед)",
        "ОМС {}",
        "{} — полис ОМС",
        "Полис ОМС нового образца {}",
        "Страховая компания «Капитал МС», полис {}",
    ), enp_v("XXXX-XXXX-XXXX-XXXX", "XXXX XXXX XXXX XXXX", "XXXXXXXXXXXXXXXX")),
    Family("b42-oms-old", OMS_T, HELDOUT, (
        "Полис ОМС старого образца серия {}",
        "полис ОМС {}",
        "Страховой полис: {}",
        "Временное свидетельство ОМС № {}",
        "Полис {} действителен",
    ), ident("ZXXX XXXXXXXX", "ZXXX № ZXXXXXX", "LL ZXXXXXX", "LLЛ № ZXXXXXX", "ZXXXXXXXX", "ZXXXXX ZXXXXXXX")),
]
