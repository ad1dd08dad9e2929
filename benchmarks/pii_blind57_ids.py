"""Blind split 57, single identifiers in running clinical text: СНИЛС, ИНН, passport, OMS policy and
the record numbers of a clinic (case history, card, EMK, samples, accessions, ЭЛН, referrals, prescriptions,
call cards, certificates, foreign passports, migration cards, birth certificates, driver's licences).

Frames put the number next to doses, lab values, wards and ICD codes, in brackets, after the value, split
by a line break, in lowercase and with the abbreviations and typos of a hurried registrar.
"""

from __future__ import annotations

from benchmarks.pii_blind57_gen import enp57, inn57, mrn57, old_oms57, passport57, snils57
from benchmarks.pii_families import HELDOUT, Family

H = HELDOUT

IDS: list[Family] = [
    Family("b57-snils-free-text", "RU_SNILS", H, (
        "Для оформления ЛВН уточнен СНИЛС {}, данные совпадают с ЕГИСЗ.",
        "снилс {} пациентка назвала по памяти, карта не предъявлена",
        "Направление на МСЭ оформлено (СНИЛС {}), инвалидность II гр.",
        "Льготные препараты: инсулин гларгин 300 ЕД/мл, СНИЛС получателя {}.",
    ), snils57("XXX-XXX-XXX XX", "XXX-XXX-XXX-XX", "XXXXXXXXXXX", "XXX XXX XXX XX")),
    Family("b57-snils-after-bracket", "RU_SNILS", H, (
        "{} (СНИЛС) — номер сверен с паспортом.",
        "Страх. номер инд. лицевого счета:\n{}",
        "пациент 74 г, сахар 7,9, снилс:{} ,полис на руках",
        "СНИЛС представителя ребенка {} (мать).",
    ), snils57("XXX-XXX-XXX XX", "XXXXXXXXX XX", "XXX-XXX-XXXXX", "XXXXXXXXXXX")),
    Family("b57-snils-ocr-scan", "RU_SNILS", H, (
        "СНИЛС |{}| ФИО неразборчиво",
        "CHИЛC {} (скан страховой карточки)",
        "Страховое свидетельство № {}",
    ), snils57("XXX-XXX-XXX XX", "XXX XXX-XXX XX", "XXX.XXX.XXX XX", "XXX-XXX-XXX  XX")),
    Family("b57-inn-free-text", "RU_INN", H, (
        "Для налогового вычета справка об оплате мед. услуг выдана, ИНН налогоплательщика {}.",
        "инн пациента {} указан в договоре на платные услуги",
        "Справка для ФНС: ИНН {} , сумма 48 500 руб., код услуги 01.",
        "ИНН {} сверен с данными Госуслуг.",
    ), inn57("XXXXXXXXXXXX")),
    Family("b57-inn-employer-worker", "RU_INN", H, (
        "Работает ИП (ИНН {}), занят в торговле, профвредностей нет.",
        "Самозанятый, ИНН {}; больничный не оплачивается.",
        "Плательщик по договору ДМС — физлицо, ИНН\n{}",
        "{} — ИНН отца (плательщик за лечение ребенка).",
    ), inn57("XXXXXXXXXXXX", "XXXX XXXX XXXX", "XX XX XXXXXX XX")),
    Family("b57-inn-lower-typo", "RU_INN", H, (
        "иин {} (в анкете)",
        "ИНН:{}",
        "инн.{}, пенсионер",
    ), inn57("XXXXXXXXXXXX", "XXXXXXXXXXXX", "XXXXXXXXXXXX")),
    Family("b57-passport-free-text", "RU_PASSPORT", H, (
        "Личность установлена по паспорту {}, выдан ОУФМС, копия в истории болезни.",
        "паспорт {} пациент предъявил при поступлении, ценности сданы на хранение",
        "Документ, удостоверяющий личность: паспорт гражданина РФ {}.",
        "Согласие подписано представителем (паспорт {}), опекун по решению суда.",
    ), passport57("SS SS XXXXXX", "SSSS XXXXXX", "SSSS № XXXXXX", "SS SS № XXXXXX")),
    Family("b57-passport-split-series", "RU_PASSPORT", H, (
        "Паспорт: серия {}, выдан отделом УФМС.",
        "п-т {} кем выдан - не помнит",
        "Паспортные данные:\n{}\nвыдан ГУ МВД",
        "Паспорт РФ {} (фото страницы в МИС)",
    ), passport57("SSSS номер XXXXXX", "SS SS, № XXXXXX", "SSSS-XXXXXX", "SSSS/XXXXXX", "SSSSXXXXXX")),
    Family("b57-passport-caps-lower", "RU_PASSPORT", H, (
        "ПАСПОРТ {} ВЫДАН ОТДЕЛЕНИЕМ",
        "паспорт гр-на рф {} , регистрация в паспорте есть",
        "Удостоверение личности — паспорт {}; СИЗО, конвой.",
    ), passport57("SS SS XXXXXX", "SSSS XXXXXX", "SSSS №XXXXXX")),
    Family("b57-passport-trauma-police", "RU_PASSPORT", H, (
        "Травма бытовая, со слов упал с лестницы; сообщение в ОМВД передано, паспорт {} изъят у сопровождающих.",
        "Доставлен нарядом ППС, личность по паспорту {}, алкоголь в выдыхаемом воздухе 0,8 мг/л.",
        "Пострадавшая в ДТП, паспорт\n{}\nнайден в сумке, родственники не установлены.",
    ), passport57("SS SS XXXXXX", "SSSS XXXXXX", "SSSS № XXXXXX", "SS SSXXXXXX")),
    Family("b57-inn-child-deduction", "RU_INN", H, (
        "Справка об оплате медицинских услуг для ФНС, пациент — несовершеннолетний, ИНН ребенка {}.",
        "родитель просит указать в справке ИНН {} (свой), код 2, сумма 12 300,00",
        "Договор на платные услуги № б/н, заказчик ИНН {} — оплата наличными.",
    ), inn57("XXXXXXXXXXXX", "XXX-XXX-XXX-XXX")),
    Family("b57-oms-enp-text", "RU_OMS_POLICY", H, (
        "Полис ОМС {} (ЕНП), страховая компания «Согаз-Мед».",
        "пациентка застрахована, ЕНП {}, прикреплена к поликлинике",
        "Оказание помощи по ОМС, номер полиса {}, случай оплачен по КСГ st36.",
        "Единый номер полиса:\n{}",
    ), enp57("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX", "XXXX-XXXX-XXXX-XXXX", "XXXXXX XXXXXXXXXX")),
    Family("b57-oms-old-series", "RU_OMS_POLICY", H, (
        "Полис старого образца {}, рекомендовано заменить.",
        "страховой полис ОМС: {} бумажный",
        "Полис обязательного мед. страхования {}, СМО «Ингосстрах-М».",
    ), old_oms57()),
    Family("b57-oms-after-value", "RU_OMS_POLICY", H, (
        "{} — полис ОМС, действителен.",
        "пол. ОМС {} проверен по сводному регистру",
        "Полис:{} ; СНИЛС не предъявлен.",
        "полис омс № {} (мать, ребенок до 3 мес.)",
    ), enp57("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX", "XXXXXXXX XXXXXXXX")),
    Family("b57-mrn-history-text", "MEDICAL_RECORD_NUMBER", H, (
        "Выписка из истории болезни № {}. Находился на лечении в палате 305.",
        "и/б {} , D-димер 1,2 мкг/мл, КТ-ангиография назначена",
        "Медицинская карта стационарного больного № {}\nДиагноз: K80.0",
        "см. ИБ №{} от прошлой госпитализации",
    ), mrn57("history")),
    Family("b57-mrn-outpatient-card", "MEDICAL_RECORD_NUMBER", H, (
        "Амбулаторная карта № {} передана в кабинет 12.",
        "а/к {} — данные внесены, ЭКГ в карте",
        "Мед. карта пациента, получающего помощь в амб. условиях, №{}",
        "карта {} (уч. 14), явка через 3 мес",
    ), mrn57("card")),
    Family("b57-mrn-emk-mis-ids", "MEDICAL_RECORD_NUMBER", H, (
        "Пациент найден в МИС по идентификатору {}, дубли карт объединены.",
        "ЭМК пациента: {}; протокол осмотра прикреплен.",
        "ID пациента в РМИС {} , результаты ПЦР подгружены",
    ), mrn57("emk")),
    Family("b57-mrn-lab-sample", "MEDICAL_RECORD_NUMBER", H, (
        "Образец № {} — гемолиз, требуется повторный забор крови.",
        "Кровь на ВИЧ, RW, HBsAg взята, пробирка {}, 5 мл.",
        "Гистологическое исследование: блоки {}, диагноз C18.7 подтвержден.",
        "Штрихкод пробы {}\nКалий 5,9 ммоль/л — сообщено врачу.",
    ), mrn57("sample")),
    Family("b57-mrn-imaging-accession", "MEDICAL_RECORD_NUMBER", H, (
        "КТ ОГК, исследование {}, доза 4,2 мЗв; признаки пневмонии КТ-2.",
        "Снимки в PACS под номером {} , описание через 2 ч",
        "МРТ головного мозга (accession {}) — без очаговых изменений.",
    ), mrn57("accession")),
    Family("b57-mrn-sick-leave", "MEDICAL_RECORD_NUMBER", H, (
        "Сформирован ЭЛН № {}, первичный.",
        "продлен листок нетрудоспособности {} до осмотра ВК",
        "ЛН {} закрыт, приступить к работе.",
        "Номер ЭЛН\n{}",
    ), mrn57("eln")),
    Family("b57-mrn-referral-rx", "MEDICAL_RECORD_NUMBER", H, (
        "Выдано направление на госпитализацию № {} в ГКБ, профиль кардиология.",
        "рецепт {} на бисопролол 5 мг №30 выписан",
        "Льготный рецепт серия/номер {} (форма 148-1/у-04(л)).",
        "направление {} на МРТ, очередь 14 дней",
    ), mrn57("referral", "rx")),
    Family("b57-mrn-call-card-certs", "MEDICAL_RECORD_NUMBER", H, (
        "Карта вызова СМП № {}, время доезда 18 мин.",
        "по сопроводительному листу {} доставлен в приемное",
        "Талон к сопроводительному листу № {} возвращен на подстанцию.",
        "вызов {} повод: боль в груди, ЭКГ передана дистанционно",
    ), mrn57("call")),
    Family("b57-mrn-certificates", "MEDICAL_RECORD_NUMBER", H, (
        "Медицинское свидетельство о смерти серия {} выдано родственникам.",
        "Справка о допуске к управлению ТС № {} выдана, категория B.",
        "Медицинское свидетельство о рождении № {} выдано при выписке.",
    ), mrn57("cert")),
    Family("b57-mrn-foreign-documents", "MEDICAL_RECORD_NUMBER", H, (
        "Гражданин Узбекистана, паспорт {}, полиса ОМС нет, помощь экстренная.",
        "иностранный паспорт {} (гр. Таджикистана), миграционная карта не предъявлена",
        "Личность установлена по заграничному паспорту {}, турист.",
    ), mrn57("foreign_pass")),
]
