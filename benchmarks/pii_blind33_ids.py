"""Single-value families of blind split 33, part two: phones, e-mail, links and identifiers.

One value per sentence, with and without a label word, in the layouts registries, MIS exports
and typists produce.
"""

from __future__ import annotations

from benchmarks.pii_blind33_values import enp, inn33, link, mail, old_policy, passport, pattern, snils33
from benchmarks.pii_families import Family, phone

H = "heldout"

CONTACTS: list[Family] = [
    Family("b33-phone-mobile-prose", "PHONE_NUMBER", H, (
        "Контактный телефон дочери {}.",
        "При ухудшении состояния родственники просят звонить по номеру {}.",
        "Результат сообщён по телефону {} (сын).",
        "Моб.: {}",
        "тел {}",
        "Для связи: {}, Viber/WhatsApp.",
        "Связь с пациентом по тел. {} не установлена (абонент недоступен).",
    ), phone("+7 (AAA) BBB-CC-DD", "8 (AAA) BBB-CC-DD", "8AAABBBCCDD", "+7AAABBBCCDD", "8-AAA-BBB-CC-DD",
             "+7 AAA BBB CC DD", "8 AAA BBB-CC-DD", "8(AAA)BBB-CC-DD", "+7-AAA-BBB-CCDD", "8 AAA BBBCCDD")),
    Family("b33-phone-landline", "PHONE_NUMBER", H, (
        "Домашний телефон {}.",
        "Тел. раб.: {}",
        "Звонили с поста по номеру {}, трубку не берут.",
        "Регистратура поликлиники по месту жительства: {}.",
        "тел./факс {}",
    ), phone("8 (AAA) BBB-CC-DD", "(AAA) BBB-CC-DD", "8 (AAAA) BB-CC-DD", "8(AAAA)BBCCDD", "+7 AAA BBB-CC-DD",
             "8-AAAA-BB-CC-DD", codes="city")),
    Family("b33-phone-short-local", "PHONE_NUMBER", H, (
        "Соседка, тел. {}, имеет ключи от квартиры.",
        "Телефон сельской администрации {}.",
        "Дом. {}",
        "Звонить на домашний: {}.",
    ), phone("BB-CC-DD", "BBB-CC-DD", "BBBCCDD", "B-CC-DD", "BBB CC DD", codes="any")),
    Family("b33-phone-international-ext", "PHONE_NUMBER", H, (
        "Супруга пациента, тел. {} (доб. 214).",
        "Работодатель: {}.",
        "Связь с переводчиком через номер {}.",
        "Рабочий тел. {}, с 9 до 18.",
        "Тел.:{}",
    ), phone("+7 AAA BBB CC DD", "+7(AAA)BBB-CC-DD", "8 AAA BBB CC DD", "+7 (AAA) BBB CCDD", "8.AAA.BBB.CC.DD",
             "+7  AAA  BBB-CC-DD", codes="any")),
    Family("b33-email-prose", "EMAIL_ADDRESS", H, (
        "Результаты МРТ направлены на электронную почту пациента {}.",
        "E-mail: {}",
        "эл. почта {}",
        "Выписку просит прислать на {}.",
        "Адрес электронной почты родственника: {}.",
        "Заявка на ВМП отправлена с адреса {}.",
    ), mail),
    Family("b33-email-hurried", "EMAIL_ADDRESS", H, (
        "почта:{}",
        "e-mail {} (дочь)",
        "Email - {}",
        "Эл.адрес {}",
        "mail: {}",
    ), mail),
    Family("b33-url-profile", "URL", H, (
        "Фото повреждений пациент прислал ссылкой {}.",
        "Страница пациента в соцсети: {}.",
        "Ссылка на видеоконсультацию: {}",
        "Снимки КТ загружены по ссылке {}",
        "Дочь просила связаться через {}.",
    ), link),
    Family("b33-url-labelled", "URL", H, (
        "URL: {}",
        "ссылка - {}",
        "Личный кабинет пациента: {}",
        "Адрес страницы: {}",
        "Дневник самоконтроля ведёт онлайн: {}",
    ), link),
]

STATE_IDS: list[Family] = [
    Family("b33-snils-prose", "RU_SNILS", H, (
        "СНИЛС пациента {} — сведения переданы в ФСС.",
        "Страховое свидетельство обязательного пенсионного страхования № {}.",
        "СНИЛС: {}",
        "снилс {}",
        "Для оформления ЭЛН уточнён СНИЛС {}.",
    ), snils33("XXX-XXX-XXX XX", "XXX-XXX-XXX-XX", "XXXXXXXXXXX", "XXX XXX XXX XX", "XXX-XXX-XXXXX")),
    Family("b33-snils-forms", "RU_SNILS", H, (
        "Страховой номер индивидуального лицевого счёта: {}",
        "СНИЛС законного представителя — {}.",
        "СНИЛС ребёнка {} (со слов матери).",
        "СНИЛС:{}",
        "№ СНИЛС {}",
    ), snils33("XXX-XXX-XXX XX", "XXXXXXXXX XX", "XXX.XXX.XXX XX", "XXX-XXX-XXX-XX")),
    Family("b33-snils-caps-nolabel", "RU_SNILS", H, (
        "СТРАХОВОЙ НОМЕР: {}",
        "Пенсионное (СНИЛС) {}",
        "снилс-{}",
        "Идентификация по СНИЛС {} выполнена.",
    ), snils33("XXX-XXX-XXX XX", "XXXXXXXXXXX", "XXX XXX XXX-XX")),
    Family("b33-inn-person", "RU_INN", H, (
        "ИНН {}",
        "ИНН пациента: {}.",
        "Для налогового вычета указан ИНН {}.",
        "инн {} (со слов)",
        "ИНН налогоплательщика — {}.",
        "Справка об оплате медуслуг для ФНС, ИНН: {}",
    ), inn33("XXXXXXXXXXXX", "XXXXXXXXXXXX", "XXXX XXXX XXXX", "XX XX XXXXXX XX")),
    Family("b33-inn-employer", "RU_INN", H, (
        "Место работы: ООО, ИНН {}.",
        "Работодатель (ИНН {}) уведомлён о несчастном случае.",
        "ИП, ИНН {}, работает без оформления.",
        "Страхователь: ИНН {}.",
        "ИНН: {}",
    ), inn33("XXXXXXXXXX", "XXXXXXXXXXXX", "XXXXXXXXXX")),
    Family("b33-passport-prose", "RU_PASSPORT", H, (
        "Личность установлена по паспорту {}.",
        "Паспорт гражданина РФ: {}, выдан ОУФМС.",
        "Документ, удостоверяющий личность: паспорт {}.",
        "паспорт {} (копия в истории)",
        "Паспорт: серия {}",
    ), passport("RR YY XXXXXX", "RRYY XXXXXX", "RRYY № XXXXXX", "RR YY № XXXXXX", "RRYYXXXXXX", "RR YY XXX XXX")),
    Family("b33-passport-labelled", "RU_PASSPORT", H, (
        "Серия и номер паспорта: {}",
        "паспорт РФ {}",
        "Паспортные данные: {}, выдан 2 отделом полиции.",
        "Паспорт законного представителя {}.",
        "ПАСПОРТ {}",
    ), passport("RR YY XXXXXX", "RRYY-XXXXXX", "RRYY XXXXXX", "RR YY №XXXXXX", "RRYY/XXXXXX")),
    Family("b33-passport-serial-split", "RU_PASSPORT", H, (
        "Предъявлен паспорт {}.",
        "Паспорт {} утерян, выдана справка.",
        "Опознан по паспорту {}, найденному при нём.",
        "Данные паспорта: {}",
    ), passport("серия RR YY номер XXXXXX", "серия RRYY № XXXXXX", "сер. RRYY № XXXXXX", "RR YY XXXXXX")),
    Family("b33-oms-enp-prose", "RU_OMS_POLICY", H, (
        "Полис ОМС {}, страховая компания «СОГАЗ-Мед».",
        "Единый номер полиса: {}",
        "Застрахован, полис {}.",
        "ЕНП {}",
        "Полис обязательного медицинского страхования № {}.",
    ), enp("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX", "XXXX-XXXX-XXXX-XXXX", "XXXXXXXXXXXXXXXX")),
    Family("b33-oms-enp-hurried", "RU_OMS_POLICY", H, (
        "полис {}",
        "ОМС:{}",
        "п-с омс {}",
        "Полис ОМС (ЕНП): {}.",
        "Номер полиса {} проверен по базе ТФОМС.",
    ), enp("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX", "XXXXXX XXXXXXXXXX")),
    Family("b33-oms-old-series", "RU_OMS_POLICY", H, (
        "Полис ОМС старого образца: {}.",
        "Полис {}, подлежит замене.",
        "Полис ОМС серия {}",
        "Страховой полис {} (АО «МАКС-М»).",
    ), old_policy),
]

RECORDS: list[Family] = [
    Family("b33-mrn-case-history", "MEDICAL_RECORD_NUMBER", H, (
        "Медицинская карта стационарного больного № {}.",
        "История болезни {}",
        "ИБ № {}",
        "и/б №{}",
        "Карта стационарного больного № {} передана в архив.",
        "См. предыдущую госпитализацию, и.б. {}.",
    ), pattern("{n5}", "{n4}/{yy}", "{n5}-{yy}", "{n4}/{yyyy}", "{n6}", "{L}-{n5}", "{n3}/{n2}")),
    Family("b33-mrn-outpatient-card", "MEDICAL_RECORD_NUMBER", H, (
        "Амбулаторная карта № {}.",
        "Медицинская карта пациента, получающего помощь в амбулаторных условиях, № {}",
        "а/к {}",
        "Номер амб. карты: {}",
        "Карта {} хранится в регистратуре.",
        "№ мед. карты {}",
    ), pattern("{n5}", "{n4}-{L}", "{L}{n4}", "{n2}/{n4}", "{n6}", "{n3}-{n2}/{yy}")),
    Family("b33-mrn-lab-samples", "MEDICAL_RECORD_NUMBER", H, (
        "Биоматериал № {} доставлен в лабораторию.",
        "Номер пробирки (штрихкод): {}",
        "Образец {} — гемолиз, повторить забор.",
        "Гистологическое исследование № {}: аденокарцинома.",
        "ПЦР-исследование, номер заявки {}.",
        "Бак. посев № {} — роста нет.",
    ), pattern("{n10}", "{n8}", "{n5}-{yy}", "{n4}/{yy}", "Г-{n4}", "{n12}", "{yy}-{n6}")),
    Family("b33-mrn-sick-leave-eln", "MEDICAL_RECORD_NUMBER", H, (
        "Открыт ЭЛН № {}.",
        "Электронный листок нетрудоспособности {} продлён.",
        "ЛН {} закрыт, к труду.",
        "Номер ЭЛН: {}",
        "Выдан листок нетрудоспособности № {} (первичный).",
    ), pattern("9{n8}{n3}", "{n12}", "9{n9}{n2}", "{n2}{z4} {z6}")),
    Family("b33-mrn-referrals-recipes", "MEDICAL_RECORD_NUMBER", H, (
        "Направление на госпитализацию № {}.",
        "Выписан рецепт серия {} на льготный препарат.",
        "Рецептурный бланк 148-1/у-88 № {}.",
        "Направление 057/у № {} на консультацию в ОКБ.",
        "Талон на ВМП № {}.",
        "Справка 086/у № {} выдана на руки.",
    ), pattern("{n6}", "{n2}-{n2} {n6}", "{n4}-{n6}", "{n2}.{n4}.{n5}.{n6}", "{n3}/{yy}", "{n7}")),
    Family("b33-mrn-ambulance-call", "MEDICAL_RECORD_NUMBER", H, (
        "Карта вызова СМП № {}.",
        "Сопроводительный лист станции СМП № {}.",
        "Вызов № {}, бригада 12.",
        "№ наряда {}",
        "Доставлен по карте вызова {}.",
    ), pattern("{n3}", "{n4}", "{n3}/{n2}", "{n5}", "{n4}-{yy}")),
    Family("b33-mrn-mis-ids", "MEDICAL_RECORD_NUMBER", H, (
        "ID пациента в МИС: {}",
        "Идентификатор ЭМК {}",
        "Пациент найден в РМИС по ID {}.",
        "Код пациента {}",
        "Номер ЭМК: {}, запись создана автоматически.",
        "PID {}",
    ), pattern("{n7}", "{n9}", "{n8}", "{z6}", "P{n7}", "{n4}-{z4}", "{h8}-{n4}")),
    Family("b33-mrn-foreign-docs", "MEDICAL_RECORD_NUMBER", H, (
        "Паспорт гражданина Республики Узбекистан {}.",
        "Миграционная карта № {}.",
        "Свидетельство о рождении {}.",
        "Водительское удостоверение {}.",
        "Заграничный паспорт № {}.",
        "Вид на жительство {}.",
        "Медицинское свидетельство о смерти серия {}.",
    ), pattern("FA{n7}", "{n4} {n7}", "II-МЮ {n6}", "{n2} {n2} {n6}", "{n2} {n7}", "{n2} {n7}", "{n2} {n6}",
               "AC{n7}", "III-ЖД {n6}")),
]
