"""Blind split 48, single values in running clinical text: discharge summaries, outpatient visits,
consultations, nursing notes, lab and imaging reports, referrals, typed the way doctors type
(lowercase, run-on sentences, labels after values, brackets, doses and lab values around)."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind48_makers import (
    emails,
    enp,
    inn_any,
    name,
    ocr,
    old_oms,
    passport,
    pattern,
    people,
    pick,
    recent,
    snils_any,
    urls,
)
from benchmarks.pii_families import HELDOUT, Family, Maker, address, date, phone

H = HELDOUT


def with_time(*layouts: str) -> Maker:
    """A date with a time glued to it ("12.03.2021 14:35", "12.03.21г. в 9.40")."""
    base = recent(date(*layouts))

    def make(rng: random.Random, fake: Any, case: str) -> str:
        hh, mm = rng.randrange(0, 24), rng.randrange(0, 60)
        day = base(rng, fake, case)
        glue = rng.choice((" ", " в ", " ", ", ") if day.endswith("г.") or "-" in day else (" ", " в ", "г. ", " ", ", "))
        clock = rng.choice((f"{hh:02d}:{mm:02d}", f"{hh}.{mm:02d}", f"{hh}:{mm:02d}"))
        return day + glue + clock

    return make


PERSON = [
    Family("b48-person-discharge-signoff", "PERSON", H, (
        "Выписана в удовлетворительном состоянии под наблюдение участкового терапевта. Лечащий врач {} зав. отделением подпись",
        "рекомендации даны, б/л закрыт. врач-кардиолог {}",
        "Эпикриз составил {}, 3 кардиологическое отделение, палата 12.",
        "Лечащий врач: ________ / {} /",
    ), name("F io", "F i", "io F", "F I O")),
    Family("b48-person-oblique-runon", "PERSON", H, (
        "осмотрена совместно с {ablt} решено продолжить терапию цефтриаксон 2,0 в/в 1 р/д",
        "Консультирован {ablt} (невролог) — данных за ОНМК нет.",
        "направлена к {datv} для решения вопроса об оперативном лечении",
        "Со слов {gent} отец пациента злоупотребляет алкоголем.",
        "Случай разобран на ВК, доложено {datv}.",
        "Передано по смене {datv} в 8:00, АД 130/80, ЧСС 76.",
    ), name("F I O", "F io", "I O F", "F I")),
    Family("b48-person-lowercase", "PERSON", H, (
        "пац. {} 67 лет доставлен(а) бригадой смп с жалобами на давящие боли за грудиной",
        "пр. {} повторно, жалобы прежние",
        "звонила дочь {}, интересовалась состоянием, информация дана в пределах разрешенного",
        "вызов к {datv}, повод — высокая температура у ребенка 39,2",
    ), name("F I O", "F I", "I F", "F io", style="lower")),
    Family("b48-person-peoples", "PERSON", H, (
        "Анамнез со слов сопровождающей — {}, приходится пациенту сестрой.",
        "Больной {}, 54 г., поступил переводом из ЦРБ.",
        "Информированное согласие подписано законным представителем ребенка ({}).",
        "Законный представитель {} — от госпитализации отказ, оформлен письменно.",
        "Пациент {} плохо владеет русским языком, переводчик — сын.",
    ), people("F I O", "F I", "F io", "I F")),
    Family("b48-person-nurse-typo", "PERSON", H, (
        "14:30 кеторолак 30 мг в/м, выполнила м/с {}",
        "Пациент принят по смене мед. сестрой {ablt}, жалоб нет.",
        "Забор крови на ОАК выполнен процедурной м/с {} в 07:10",
        "инъекцию выполнил {}, реакции нет",
    ), pick(name("F io", "F i o", "F I", style="typo"), name("F io", "F I"))),
    Family("b48-person-caps-referral", "PERSON", H, (
        "НАПРАВЛЕНИЕ НА ГОСПИТАЛИЗАЦИЮ. ПАЦИЕНТ {} НАПРАВЛЯЕТСЯ В ГИНЕКОЛОГИЧЕСКОЕ ОТДЕЛЕНИЕ",
        "ФИО {} ДИАГНОЗ I11.9",
        "Ф.И.О. больного: {}",
    ), name("F I O", style="upper")),
    Family("b48-person-initials-glued", "PERSON", H, (
        "Согласовано с {}. Диета №9, инсулин по схеме 8-8-6 ЕД.",
        "Консультация окулиста ({}): ангиопатия сетчатки ОУ.",
        "дежурный хирург {} - данных за острую хирургическую патологию нет",
        "УЗИ выполнил {}. ЖП 78х32 мм, стенка 3 мм.",
    ), pick(name("F io", style="nodot"), name("F io", style="glued"), name("io F"))),
]

DATES = [
    Family("b48-date-admission-time", "DATE_TIME", H, (
        "Поступила {} по экстренным показаниям, в приемном АД 180/100.",
        "доставлен бригадой СМП {} с улицы",
        "Смерть констатирована {}. Реанимационные мероприятия в течение 30 мин без эффекта.",
        "Время поступления: {}",
    ), with_time("dd.mm.yyyy", "dd.mm.yy", "d.mm.yyyy", "dd.mm.yyyyг.")),
    Family("b48-date-birth-runon", "DATE_TIME", H, (
        "Больной К., {} г.р., инвалид 2 гр.",
        "ребенок от 2 беременности, 2 родов, родился {} весом 3450 г",
        "пациентка ({}) обратилась повторно",
        "Дата рожд {} Возраст 63",
        "м, {}, пенсионер",
    ), date("dd.mm.yyyy", "d.m.yyyy", "dd.mm.yy", "yyyy", "dd MG yyyy")),
    Family("b48-date-partial-history", "DATE_TIME", H, (
        "Считает себя больной с {}, когда впервые отметила повышение АД до 170/100.",
        "ОИМ {}, стентирование ПКА.",
        "Последняя госпитализация в ОКБ {} по поводу пневмонии",
        "холецистэктомия ({}), аппендэктомия в детстве",
        "Сахарный диабет 2 типа с {}, на инсулине с 2020 г.",
    ), date("MG yyyy г.", "yyyy г.", "mm.yyyy", "Mc yyyy", "MN yyyy г.", "ML yyyy", "yyyy года")),
    Family("b48-date-words-visit", "DATE_TIME", H, (
        "Явка на повторный прием {} к 9:00 каб. 214.",
        "Справка дана {} для предъявления по месту работы.",
        "Контрольное ОАК от {}: Hb 112 г/л, лейк 9,4.",
        "Направлена на МСЭ {}.",
        "ВК от {} — продлить ЛН.",
    ), recent(date("d MG yyyy", "d MG yyyyг.", "dd MA yyyy", "d-го MG", "dd MG yyyy года"))),
    Family("b48-date-ocr-scan", "DATE_TIME", H, (
        "Дата выдачи: {}  Подпись врача ____",
        "Выписка из истории болезни. Находился на лечении с {}",
        "ДАТА ИССЛЕДОВАНИЯ {} ПРОТОКОЛ №",
    ), ocr(recent(date("dd.mm.yyyy", "dd.mm.yyyy г.", "d MG yyyy г.")), 0.2)),
    Family("b48-date-daymonth-nursing", "DATE_TIME", H, (
        "{} t 38,4 вечером, парацетамол 500 мг",
        "Перевязка {}: рана чистая, швы состоятельны.",
        "с {} переведен на пероральный прием",
        "Ухудшение в ночь на {}, вызван дежурный врач.",
    ), recent(date("dd.mm", "d.mm", "dd/mm", "d MG"))),
    Family("b48-date-lab-collected", "DATE_TIME", H, (
        "Биоматериал: кровь венозная. Взят {}. Глюкоза 6,8 ммоль/л, креатинин 94 мкмоль/л.",
        "Дата и время забора {} Результат выдан 14:20",
        "Мазок на SARS-CoV-2 (ПЦР) от {} — отрицательный",
    ), with_time("dd.mm.yyyy", "yyyy-mm-dd", "dd.mm.yy")),
]

PLACES = [
    Family("b48-addr-runon-home", "LOCATION", H, (
        "Живет одна по адресу {} на 5 этаже без лифта, соц. работник 2 р/нед.",
        "проживает {} с женой, дети отдельно",
        "Вызов на дом: {} подъезд 3, домофон не работает",
        "Актив в поликлинику по месту жительства ({})",
    ), address("г. {T}, ул. {S}, д. {N}, кв. {Q}", "ул. {S} {N}-{Q}", "{T}, {S} ул., {N}, кв {Q}",
               "ул.{S},д.{N},кв.{Q}")),
    Family("b48-addr-lower-nodots", "LOCATION", H, (
        "адрес {} со слов",
        "прописка {} фактически живет у дочери",
        "смп вызывали на {}",
    ), address("г {T} ул {S} д {N} кв {Q}", "{T} {S} {N} {Q}", "ул {S} {N} кв {Q}", "пр-т {S} {N}/{K}")),
    Family("b48-place-birth-work", "LOCATION", H, (
        "Уроженка {gent}, переехала 5 лет назад.",
        "Родился и вырос в {loct}, служил в армии.",
        "Работает вахтовым методом, последние 2 мес. в {loct}.",
        "Прибыл из {gent} к родственникам, эпидокружение не отягощено.",
    ), address("{Tc}")),
    Family("b48-addr-region-village", "LOCATION", H, (
        "Зарегистрирована: {}. Инвалидность не оформлена.",
        "Проживает в сельской местности ({}), до ЦРБ 40 км.",
        "Доставлен санавиацией из {}",
    ), address("{R}, {D} р-н, с. {V}", "{RF}, {D} район, д. {V}, ул. {S}, д. {N}", "{D} р-н, пос. {V}, {S} ул. {N}",
               "{R}, с.{V}, ул.{S} {N}")),
    Family("b48-addr-linebreak", "LOCATION", H, (
        "Адрес регистрации:\n{}\nтел. не указан",
        "Место проживания {}\nСНИЛС не предоставлен",
    ), address("{P}, {R},\nг. {T}, ул. {S}, д. {N}, кв. {Q}", "г. {T}, ул. {S},\nд. {N}, кв. {Q}",
               "{P} г.{T}\nул.{S} д.{N} кв.{Q}")),
    Family("b48-addr-callcard", "LOCATION", H, (
        "Карта вызова СМП. Адрес вызова: {}. Повод: плохо с сердцем.",
        "место происшествия — {}, ДТП, пострадавший водитель",
        "Доставлена из общественного места ({}), найдена прохожими",
    ), address("{T}, {S} ул., у д. {N}", "г. {T}, пр-т {S}, д. {N}", "ул. {S}, {N}, ТЦ, 2 этаж",
               "{T}, перекресток ул. {S} и пер. Школьного")),
    Family("b48-addr-postcode-first", "LOCATION", H, (
        "Выписка направлена почтой: {}",
        "Адрес для корреспонденции {} (дочь)",
    ), address("{P}, г. {T}, ул. {S}, д. {N}, кв. {Q}", "{P} {R} {T} ул. {S} д. {N}", "{P}, {T}, {S}, {N}-{Q}")),
]

RECORDS = [
    Family("b48-mrn-case-history", "MEDICAL_RECORD_NUMBER", H, (
        "Медицинская карта стационарного больного № {} Отделение: терапия, палата 6",
        "и/б {} выписка",
        "ИБ №{} (переведен из реанимации)",
        "История болезни {}, койко-дней 12.",
    ), pattern("XXXXX", "XXXX/YY", "XXXXX-С", "XXXX-YY-Т", "YY/XXXXX")),
    Family("b48-mrn-outpatient", "MEDICAL_RECORD_NUMBER", H, (
        "амб.карта {} участок 14",
        "Медицинская карта пациента, получающего помощь в амбулаторных условиях № {}",
        "Карта диспансерного наблюдения (ф. 030/у) № {}",
        "а/к {}, уч. терапевт",
    ), pattern("XXXXX", "XXX-XX", "XX/XXXX", "LXXXX", "XXXXXX")),
    Family("b48-mrn-lab-sample", "MEDICAL_RECORD_NUMBER", H, (
        "Номер образца {} Гемоглобин 134 г/л Эритроциты 4,5 х10^12/л",
        "штрихкод пробирки {} — гемолиз, повторный забор",
        "Заявка {} ОАМ: белок 0,033 г/л",
        "Лаб. № {} от 8:00, кал на я/г — отр.",
    ), pattern("XXXXXXXXXX", "XXXXXXXX", "XX-XXXXXXX", "XXXXXXXXXXXX")),
    Family("b48-mrn-eln", "MEDICAL_RECORD_NUMBER", H, (
        "ЭЛН № {} открыт, явка 14.",
        "Листок нетрудоспособности {} продлен ВК",
        "Сформирован электронный больничный {}; закрыт, к труду с завтра",
    ), pattern("9XXXXXXXXXXX", "XXXXXXXXXXXX", "9XX XXX XXX XXX")),
    Family("b48-mrn-referral-rx", "MEDICAL_RECORD_NUMBER", H, (
        "Направление № {} на госпитализацию в плановом порядке",
        "Выписан рецепт {} метформин 1000 мг 2 р/д, 60 таб.",
        "Льготный рецепт серия {} бисопролол 5 мг",
        "Справка 086/у № {} выдана на руки",
    ), pattern("XXXXXX", "XX-XXXXXXX", "XXXX XXXXXXX", "XX/XXX", "YY-XXXXXX")),
    Family("b48-mrn-mis-emk", "MEDICAL_RECORD_NUMBER", H, (
        "ID пациента (МИС) {}",
        "ЕМК {} / ЕГИСЗ",
        "PatientID={} в системе Инфоклиника",
        "карта в МИС: {} (дубль карты удален)",
    ), pattern("XXXXXXXX", "000XXXXXX", "XX-XXXXXXXXX", "MXXXXXXX")),
    Family("b48-mrn-foreign-passport", "MEDICAL_RECORD_NUMBER", H, (
        "Иностранный гражданин (Узбекистан), паспорт {}, полиса ОМС нет.",
        "гр. Таджикистана, нац. паспорт {} — оказана экстренная помощь",
        "Загранпаспорт {} (пациент гражданин РФ, прилетел из Турции)",
    ), pattern("FA XXXXXXX", "AAXXXXXXX", "AB XXXXXXX", "N XXXXXXX", "XX XXXXXXX")),
    Family("b48-mrn-migration-card", "MEDICAL_RECORD_NUMBER", H, (
        "миграционная карта {}, дата въезда со слов",
        "Миграционная карта серия/номер {} предъявлена",
    ), pattern("XXXX XXXXXXX", "XXXX-XXXXXXX", "XXXXXXXXXXX")),
    Family("b48-mrn-birth-cert", "MEDICAL_RECORD_NUMBER", H, (
        "Свидетельство о рождении {} выдано отделом ЗАГС, полис оформляется",
        "Св-во о рожд. {} (ребенку 2 мес., вес 5200 г)",
    ), pattern("II-LL XXXXXX", "III-LL XXXXXX", "IV-LL XXXXXX", "I-LL XXXXXX")),
    Family("b48-mrn-driver-licence", "MEDICAL_RECORD_NUMBER", H, (
        "Водительское удостоверение {} (предъявлено при поступлении, ДТП)",
        "личность установлена по в/у {}, паспорта при себе нет",
    ), pattern("XX XX XXXXXX", "XXXX XXXXXX", "XXXXXXXXXX")),
    Family("b48-mrn-imaging-accession", "MEDICAL_RECORD_NUMBER", H, (
        "МСКТ ОГК, исследование № {}, DLP 320 мГр*см",
        "Протокол УЗИ {} ЛЖ: КДР 52 мм, ФВ 58%",
        "Accession {} — снимки в PACS",
        "Рентгенограмма № {} от сегодняшнего дня, пневмоторакса нет",
    ), pattern("КТ-XXXXX", "XXXXXXX", "RG-YY-XXXXX", "XXXX/YY")),
]

PHONES = [
    Family("b48-phone-relative-runon", "PHONE_NUMBER", H, (
        "связь с дочерью по тел {} (звонить после 18)",
        "Контакт родственников {}, жена",
        "при ухудшении звонить {} или 03",
        "сын оставил номер {}, просил сообщать",
    ), phone("8AAABBBCCDD", "8 AAA BBB CC DD", "+7AAABBBCCDD", "8-AAA-BBB-CCDD", "8 (AAA)BBBCCDD")),
    Family("b48-phone-landline", "PHONE_NUMBER", H, (
        "Справки о состоянии больных по тел. {} с 14 до 15 ч.",
        "Регистратура поликлиники: {}",
        "дом. {} (никто не отвечает)",
    ), phone("8 (AAAA) BB-CC-DD", "(AAA) BBB-CC-DD", "8(AAA)BBB-CC-DD", "8 AAAA BBCCDD", codes="city")),
    Family("b48-phone-label-after", "PHONE_NUMBER", H, (
        "{} — мобильный пациента",
        "{} (WhatsApp, Viber)",
        "{} моб. тел. мужа",
    ), phone("+7 AAA BBB-CC-DD", "+7(AAA)BBB-CC-DD", "8 AAA BBB-CC-DD", "+7 AAA BBBCCDD")),
    Family("b48-phone-fax-typed", "PHONE_NUMBER", H, (
        "факс приемного отделения {}; выписку продублировать",
        "т/ф {} доб. 214",
        "тел./факс: {}.",
    ), phone("8(AAA)BBB-CC-DD", "+7 (AAA) BBB CC DD", "8-AAA-BBB-CC-DD", "8 (AAAA) BB CC DD", codes="city")),
    Family("b48-phone-ocr", "PHONE_NUMBER", H, (
        "Контактный тел.: {}  Подпись пациента ______",
        "ТЕЛЕФОН {}",
    ), ocr(phone("+7 (AAA) BBB-CC-DD", "8 (AAA) BBB-CC-DD"), 0.1)),
]

NETS = [
    Family("b48-email-results", "EMAIL_ADDRESS", H, (
        "Результаты анализов просит направлять на {}",
        "Заключение отправлено пациенту на эл. почту {} по его просьбе.",
        "e-mail {} (для связи по телемедицине)",
        "копию выписки дочери: {}",
    ), emails()),
    Family("b48-email-bracket", "EMAIL_ADDRESS", H, (
        "Связь с лечащим врачом через почту отделения ({}).",
        "Пациентка (почта {}) записана на ТМК",
    ), emails()),
    Family("b48-email-label-after", "EMAIL_ADDRESS", H, (
        "{} — почта сына, ему же отправить направление",
        "{}, пароль от ЛК не помнит",
    ), emails()),
    Family("b48-email-lower-runon", "EMAIL_ADDRESS", H, (
        "снимки кт принесла на флешке, часть прислала на {} посмотреть",
        "жалобу написала на {} главврачу",
    ), emails()),
    Family("b48-url-personal", "URL", H, (
        "Снимки МРТ доступны по ссылке {} (прислал пациент).",
        "Пациент ведет блог о болезни: {}",
        "страница родственника {} для связи",
    ), urls()),
    Family("b48-url-lowercase-runon", "URL", H, (
        "результаты пэт-кт выложены на {} доступ по паролю у дочери",
        "ссылка на видео приступа {} смотрели вместе с неврологом",
    ), urls()),
    Family("b48-url-bracket", "URL", H, (
        "Запись ЭЭГ передана облачным сервисом ({}).",
        "Личный кабинет пациента: {}",
        "ТМК-консультация проведена, протокол: {}",
    ), urls()),
]

IDS = [
    Family("b48-snils-runon", "RU_SNILS", H, (
        "снилс {} полис есть",
        "Пенсионер, СНИЛС {}, инвалид 2 гр.",
        "Страховой номер ИЛС: {}.",
        "СНИЛС пациента {} для оформления ЛН",
    ), snils_any("XXX-XXX-XXX XX", "XXX-XXX-XXX-XX", "XXXXXXXXXXX", "XXX XXX XXX XX")),
    Family("b48-snils-label-after", "RU_SNILS", H, (
        "{} (СНИЛС) — проверен по базе",
        "{} снилс матери",
    ), snils_any("XXX-XXX-XXX XX", "XXXXXXXXX XX", "XXX-XXX-XXXXX")),
    Family("b48-snils-ocr-bracket", "RU_SNILS", H, (
        "Ребенок (СНИЛС {}) направлен на МСЭ",
        "СНИЛС: {}  Полис: не предъявлен",
        "Сведения о застрахованном лице {} подтверждены",
    ), snils_any("XXX-XXX-XXX XX", "XXX - XXX - XXX XX", "XXX-XXX-XXX  XX")),
    Family("b48-inn-runon", "RU_INN", H, (
        "ИНН {} (для налогового вычета за лечение)",
        "Справка об оплате мед. услуг для ФНС: ИНН налогоплательщика {}.",
        "инн {} указан в договоре",
    ), inn_any("XXXXXXXXXXXX", "XXXX XXXX XXXX", "XXXX XXXXXX XX")),
    Family("b48-inn-label-after", "RU_INN", H, (
        "{} — ИНН пациента (самозанятый)",
        "{} инн плательщика (сын)",
    ), inn_any("XXXXXXXXXXXX", "XXXXXXXXXX")),
    Family("b48-inn-bracket", "RU_INN", H, (
        "ИП (ИНН {}) — работодатель пациента, ЛН направлен",
        "Плательщик по договору: дочь пациента (ИНН {}).",
    ), inn_any("XXXXXXXXXXXX", "XXXXXXXXXX", "XX XX XXXXXX XX")),
    Family("b48-passport-runon", "RU_PASSPORT", H, (
        "паспорт {} выдан УФМС, предъявлен",
        "Документ, удостоверяющий личность: паспорт РФ {}.",
        "Личность установлена по паспорту ({}).",
        "Паспорт гражданина РФ {} выдан ГУ МВД 2019",
    ), passport("XX XX XXXXXX", "XXXX XXXXXX", "XXXX-XXXXXX", "XXXXXXXXXX")),
    Family("b48-passport-label-after", "RU_PASSPORT", H, (
        "{} — паспорт, копия в истории",
        "{} паспорт матери (ребенок без документов)",
    ), passport("XX XX XXXXXX", "XXXX XXXXXX", "XX-XX XXXXXX")),
    Family("b48-passport-ocr", "RU_PASSPORT", H, (
        "ПАСПОРТ {} КОД ПОДРАЗДЕЛЕНИЯ 770-001",
        "Паспорт серия, номер: {}",
    ), ocr(passport("XX XX XXXXXX", "XXXX XXXXXX"), 0.08)),
    Family("b48-oms-enp-runon", "RU_OMS_POLICY", H, (
        "полис омс {} страховая СОГАЗ-Мед",
        "Застрахован, ЕНП {}.",
        "Полис ОМС единого образца № {} действителен",
        "по полису {} оказана экстренная помощь",
    ), enp("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX", "XXXX-XXXX-XXXX-XXXX")),
    Family("b48-oms-old-series", "RU_OMS_POLICY", H, (
        "Полис старого образца {}, рекомендовано заменить",
        "ОМС: {} (Ингосстрах-М)",
        "страх. полис {} просрочен?",
    ), old_oms),
    Family("b48-oms-label-after", "RU_OMS_POLICY", H, (
        "{} — номер полиса ОМС, выписка из реестра получена",
        "{} (полис, Капитал МС)",
    ), pick(enp("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX"), old_oms)),
]

SINGLE48: list[Family] = PERSON + DATES + PLACES + RECORDS + PHONES + NETS + IDS
