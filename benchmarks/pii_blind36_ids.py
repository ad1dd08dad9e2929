"""Blind split 36, single identifiers: SNILS, INN, passport, OMS policy and the numbers of a person's
records and papers, each put alone into a sentence of a note, an admission form line or a discharge
summary, with and without a label word (пасп., полис, снилс, и/б №, ЭЛН ...)."""

from __future__ import annotations

from benchmarks.pii_blind36_gen import code, inn_of, oms_of, passport_of, snils_of
from benchmarks.pii_families import HELDOUT, Family

H = HELDOUT

IDS: list[Family] = [
    Family("b36-snils-line", "RU_SNILS", H, (
        "СНИЛС: {}",
        "снилс {}",
        "Страховой номер индивидуального лицевого счета {}",
        "СНИЛС пациента {}, полис ОМС предъявлен.",
        "СНИЛС-{}",
    ), snils_of("XXX-XXX-XXX XX", "XXX-XXX-XXX XX", "XXXXXXXXXXX", "XXX XXX XXX XX", "XXX-XXX-XXX-XX")),
    Family("b36-snils-prose", "RU_SNILS", H, (
        "Льготное лекарственное обеспечение оформлено по СНИЛС {}.",
        "Для ЭЛН указан СНИЛС {}.",
        "Пациент идентифицирован в ЕГИСЗ по СНИЛС {}.",
        "снилс:{} инвалидность 2 гр.",
    ), snils_of("XXX-XXX-XXX XX", "XXXXXXXXXXX", "XXX-XXX-XXXXX", "XXX XXX XXX-XX")),
    Family("b36-snils-ocr", "RU_SNILS", H, (
        "CНИЛС {}",
        "Страх. свид-во № {}",
        "СНИЛC: {}",
        "Стр. номер {}",
    ), snils_of("XXX-XXX-XXX XX", "XXX - XXX - XXX XX", "XXX-XXX-XXX  XX", "XXXXXXXXX XX")),
    Family("b36-inn-line", "RU_INN", H, (
        "ИНН {}",
        "инн:{}",
        "ИНН налогоплательщика (пациента): {}",
        "ИНН физ. лица {}",
    ), inn_of("XXXXXXXXXXXX", "XXXXXXXXXXXX", "XXXX XXXX XXXX", "XX XX XXXXXX XX")),
    Family("b36-inn-tax", "RU_INN", H, (
        "Справка об оплате медицинских услуг выдана налогоплательщику, ИНН {}.",
        "Для налогового вычета указан ИНН {} (мать пациента).",
        "Договор на платные услуги: заказчик ИНН {}.",
        "В заявлении указан ИНН {}, СНИЛС не предоставлен.",
    ), inn_of("XXXXXXXXXXXX")),
    Family("b36-inn-ocr", "RU_INN", H, (
        "ИНH {}",
        "ИНН № {}",
        "инн - {}",
    ), inn_of("XXXXXXXXXXXX", "XXXXXXXXXXXX", "XXXXXX XXXXXX")),
    Family("b36-passport-line", "RU_PASSPORT", H, (
        "Паспорт {}, выдан ОУФМС России по району.",
        "пасп. {}",
        "Паспорт гражданина РФ: {}",
        "Документ, удостоверяющий личность: паспорт РФ {}",
        "пасп.{} выд. ОВД",
        "Паспорт серия {}",
    ), passport_of("XX XX XXXXXX", "XXXX XXXXXX", "XXXX №XXXXXX", "XXXX № XXXXXX", "XX XX №XXXXXX", "XXXXXXXXXX")),
    Family("b36-passport-prose", "RU_PASSPORT", H, (
        "Личность установлена по паспорту {}.",
        "Паспортные данные: {}, зарегистрирован в регионе.",
        "Со слов родственников паспорт {} утерян, предъявлена копия.",
        "Копия паспорта ({}) приложена к истории болезни.",
    ), passport_of("XX XX XXXXXX", "XXXX XXXXXX", "XXXX-XXXXXX", "XXXX № XXXXXX")),
    Family("b36-passport-ocr", "RU_PASSPORT", H, (
        "ПАСПОРТ {}",
        "Пacпopт {}",
        "пасп:{}",
    ), passport_of("XX XX XXXXXX", "XX  XX  XXXXXX", "XXXX XXXXXX", "XXXX XXX XXX")),
    Family("b36-oms-line", "RU_OMS_POLICY", H, (
        "Полис ОМС {}",
        "полис {}",
        "ЕНП {}",
        "Полис ОМС: {}, страховая компания СОГАЗ-Мед.",
        "пол. ОМС №{}",
        "Страховой полис № {}",
    ), oms_of("XXXXXXXXXXXXXXXX", "XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX", "XXXX-XXXX-XXXX-XXXX")),
    Family("b36-oms-prose", "RU_OMS_POLICY", H, (
        "Медицинская помощь оказана по полису ОМС {}.",
        "Пациент прикреплен к поликлинике, единый номер полиса {}.",
        "При поступлении предъявлен полис {}, действителен.",
        "Госпитализация оплачена по ОМС (полис {}).",
    ), oms_of("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX")),
    Family("b36-oms-old", "RU_OMS_POLICY", H, (
        "Полис ОМС старого образца: серия {}",
        "полис сер. {}",
        "Полис ОМС {} (старого образца, подлежит замене)",
    ), oms_of("SSSS № XXXXXXX", "SSSS XXXXXXXXXX", "SS-SS XXXXXXX")),
    Family("b36-case-history", "MEDICAL_RECORD_NUMBER", H, (
        "История болезни № {}",
        "И/б №{}",
        "и/б {}",
        "Медицинская карта стационарного больного № {}",
        "МКСБ № {}",
        "№ ИБ {}",
    ), code("XXXXX", "XXXX/Y", "XXXXX-Y", "XXXXXX", "XXX/Z", "Z/XXXXX", "XXXX-С")),
    Family("b36-outpatient-card", "MEDICAL_RECORD_NUMBER", H, (
        "Амб. карта № {}",
        "Медицинская карта амбулаторного больного № {}",
        "а/к {}",
        "№ мед. карты {}, участок 7",
        "Карта пациента № {}",
    ), code("XXXXX", "L-XXXX", "XXXX/L", "XXXXXX", "XX-XXXX", "LXXXXX")),
    Family("b36-mis-ids", "MEDICAL_RECORD_NUMBER", H, (
        "ID пациента в МИС: {}",
        "Идентификатор ЭМК {}",
        "Пациент найден в МИС по ID {}.",
        "patient_id={}",
        "Номер ЭМК: {}",
    ), code("XXXXXXX", "XXXXXXXX", "XXXXXXXXX", "EMK-XXXXXXX", "PID-XXXXXX", "XX-XXXXXXX")),
    Family("b36-lab-sample", "MEDICAL_RECORD_NUMBER", H, (
        "Проба № {} взята в 08:15.",
        "Штрихкод пробирки {}",
        "Образец {} доставлен в лабораторию.",
        "Номер заказа в лаборатории: {}",
        "Биоматериал (№ {}) направлен на ПЦР.",
        "Гистология № {}: аденокарцинома G2.",
    ), code("XXXXXXXXXX", "YXXXXXXXX", "XXXXX/Y", "WWXXXXXXX", "Y-XXXXXX", "XXXXXXXXXXXX")),
    Family("b36-eln-sick-leave", "MEDICAL_RECORD_NUMBER", H, (
        "Открыт ЭЛН № {} с сегодняшнего дня.",
        "ЭЛН {}",
        "Листок нетрудоспособности № {} продлен ВК.",
        "б/л №{} закрыт, к труду",
        "Номер больничного {} сообщен работодателю.",
    ), code("9XXXXXXXXXXX", "9XXXXXXXXXXX", "3XXXXXXXXXXX")),
    Family("b36-referral-recipe", "MEDICAL_RECORD_NUMBER", H, (
        "Направление на госпитализацию № {}",
        "Выписан рецепт серия {}",
        "Рецепт № {} на льготный препарат.",
        "Направление на МСЭ № {} оформлено.",
        "Талон ВМП № {}",
        "по направлению №{} из поликлиники",
    ), code("XXXXXXX", "XX-Z-XXXXXX", "XXLL XXXXXXX", "XX.XXXX.XXXXX.XXX", "XXXXXX/Y", "XXXXXXXXXXXX")),
    Family("b36-certificates", "MEDICAL_RECORD_NUMBER", H, (
        "Выдано медицинское свидетельство о смерти серия {}",
        "Медицинское свидетельство о рождении № {}",
        "Справка для бассейна № {}",
        "Свидетельство о рождении ребенка: {}",
        "Мед. свидетельство о перинатальной смерти {}",
        "Справка 086/у № {}",
    ), code("XX XXXXXXX", "XX XXXXXXX", "XXXXX", "I-LL XXXXXX", "II-LL XXXXXX", "XXXXXXXX")),
    Family("b36-foreign-docs", "MEDICAL_RECORD_NUMBER", H, (
        "Гражданин Узбекистана, паспорт {}",
        "Миграционная карта {}",
        "Загранпаспорт № {}",
        "Вод. удостоверение {}",
        "Иностранный гражданин, национальный паспорт {}.",
        "Вид на жительство № {}",
    ), code("WWXXXXXXX", "XX XXXXXXX", "XXXX XXXXXXX", "XX XX XXXXXX", "WX XXXXXXX", "XX XXXXXXX")),
    Family("b36-call-card", "MEDICAL_RECORD_NUMBER", H, (
        "Карта вызова СМП № {}",
        "Номер вызова {}",
        "Сопроводительный лист СМП № {}",
        "карта вызова №{}, бригада 14",
        "Талон к сопроводительному листу № {}",
    ), code("XXXX", "XXXXX", "XXX-Y", "XXXXXX", "XXXX/Y")),
]
