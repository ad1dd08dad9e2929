"""Single-value families of blind split 53: one value per note in the sentences and fields of
sanatorium-resort papers (072/у, 076/у, путёвки, обратные талоны, курсовки, СФР letters) and of
medical transfers (санавиация, inter-hospital transfer requests, evacuation sheets)."""

from __future__ import annotations

from benchmarks.pii_blind53_gen import (
    address,
    birth_cert,
    date,
    eln,
    email_v,
    enp_v,
    inn_v,
    mrn,
    oms,
    passport_v,
    person,
    phone,
    snils_v,
    url_v,
    voucher_no,
)
from benchmarks.pii_families import Family

H = "heldout"

SINGLE: list[Family] = [
    # ----- PERSON
    Family("b53-person-card-holder", "PERSON", H, (
        "Санаторно-курортная карта выдана {datv} для предъявления в санаторий.",
        "Карта ф. 072/у оформлена на {accs}, направление в отделение медреабилитации.",
        "Обратный талон заполнен на {accs} и возвращён в поликлинику.",
        "Путёвка на имя {gent} поступила из СФР.",
        "Курсовка выдана {datv}, лечение без проживания.",
    ), person("F I O", "F io", "F i o", "F I O lo")),
    Family("b53-person-escort-mother", "PERSON", H, (
        "Ребёнка сопровождает мать — {}, проживание в одном номере.",
        "Сопровождающее лицо: {} (бабушка).",
        "Дополнительное место для сопровождающей ({gent}) оплачено.",
        "Путёвка «мать и дитя», законный представитель {}.",
    ), person("F I O", "I O F", "F I O", "F io", sex="f")),
    Family("b53-person-escort-father", "PERSON", H, (
        "Вместе с пациентом заселён сопровождающий {}.",
        "Транспортировка в сопровождении отца, {gent}.",
        "Ребёнок прибыл с дедушкой ({ablt}), доверенность от матери.",
        "Сопровождает супруг — {}.",
    ), person("F I O", "I O F", "F I O", "F i o", sex="m")),
    Family("b53-person-aviation-crew", "PERSON", H, (
        "Бригада санавиации: врач-реаниматолог {}.",
        "Вылет согласован с ответственным дежурным {ablt}.",
        "Консультация по телемедицине проведена {ablt} (РЦМК).",
        "Больной передан бригаде {gent} в 14:20.",
        "Заявку на эвакуацию принял диспетчер {}.",
        "Транспортабелен, со слов реаниматолога {gent}.",
    ), person("F io", "io F", "F i o", "F I O")),
    Family("b53-person-sanatorium-staff", "PERSON", H, (
        "Осмотрен дежурным врачом санатория {ablt} в день заезда.",
        "Назначения на процедуры согласованы с физиотерапевтом {ablt}.",
        "Лечащий врач отделения — {}.",
        "Процедурный кабинет, м/с {}: отмечена непереносимость грязевых аппликаций.",
        "Выписной эпикриз подписал главный врач санатория {}.",
    ), person("F io", "F I O", "io F", "F i o")),
    Family("b53-person-relative-letter", "PERSON", H, (
        "Заявление в СФР подано представителем по доверенности {ablt}.",
        "Обращение от родственника пациента, {gent}, с просьбой сообщить дату выезда.",
        "Извещение направлено законному представителю — {datv}.",
        "Со слов родственника ({gent}), в санатории отмечалась одышка.",
        "Родственникам ({datv}) сообщено о переводе в краевую больницу.",
    ), person("F I O", "I O", "F I", "I O F")),
    Family("b53-person-caps-form", "PERSON", H, (
        "ФАМИЛИЯ, ИМЯ, ОТЧЕСТВО: {}",
        "Ф.И.О. больного {}",
        "ФИО ребёнка: {}",
        "Фамилия Имя Отчество {}",
    ), person("F I O UP", "F I O", "F I O UP", "F I O lo")),
    # ----- DATE_TIME
    Family("b53-date-arrival", "DATE_TIME", H, (
        "Дата заезда: {}.", "Поступил в санаторий {}.", "Прибыла на лечение {} с опозданием на сутки.",
        "Заезд {} по путёвке СФР.", "Досрочный выезд {} по семейным обстоятельствам.",
    ), date("dd.mm.yyyy", "d MG yyyy г.", "dd.mm.yy", "d.mm.yyyy", "dd MA yyyy", "dd.mm.yyyyг.")),
    Family("b53-date-card-issue", "DATE_TIME", H, (
        "Карта заполнена {}.", "Дата выдачи справки 070/у — {}.", "Срок действия карты исчислять с {gent}.",
        "Заявление принято {}, в очереди на путёвку.", "Медицинские показания подтверждены ВК от {gent}.",
    ), date("dd.mm.yyyy", "dd.mm.yyyy г.", "d MG yyyy года", "«dd» MG yyyy г.", "yyyy-mm-dd")),
    Family("b53-date-flight", "DATE_TIME", H, (
        "Вылет санавиации {}.", "Эвакуирован вертолётом {}.", "Заявка на перевод поступила {}.",
        "Передан принимающей стороне {}.", "Время приёма вызова: {}.",
    ), date("dd.mm.yyyy hh:ii", "dd.mm.yy в hh:ii", "dd.mm.yyyy, hh.ii", "d MG yyyy г. в hh:ii", "hh:ii dd.mm.yyyy")),
    Family("b53-date-partial", "DATE_TIME", H, (
        "Последнее санаторное лечение: {}.", "В очереди на путёвку (дата постановки — {}).",
        "Лечилась в Кисловодске, заезд {}.", "Предыдущая путёвка использована — {}.",
        "Инфаркт миокарда — {}, после него реабилитация.",
    ), date("MN yyyy г.", "MN yyyy", "yyyy г.", "mm.yyyy", "Mc yyyy", "MA yyyy", "mm/yyyy")),
    Family("b53-date-birth", "DATE_TIME", H, (
        "Дата рождения: {}", "Д/р {}", "дата рожд. {}, полных лет указано в карте",
        "Год рождения {}", "родился {}",
    ), date("dd.mm.yyyy", "dd.mm.yyyy г.", "d MG yyyy г.", "yyyy", "dd/mm/yyyy", span="-85y")),
    Family("b53-date-voucher-words", "DATE_TIME", H, (
        "Путёвка на заезд {}.", "Срок заезда по путёвке — {}", "Начало лечения: {}",
        "Выезд из санатория {}, проезд ж/д.",
    ), date("d MG yyyy г.", "dd MG yyyy года", "d MA yyyy", "«dd» MG yyyy", "d MG", span="-3y")),
    # ----- LOCATION
    Family("b53-loc-residence", "LOCATION", H, (
        "Адрес места жительства: {}.", "Проживает: {}", "Адрес регистрации (по паспорту): {}.",
        "Фактический адрес — {}.", "адрес {}; тел. не указан",
    ), address("full")),
    Family("b53-loc-transfer-from", "LOCATION", H, (
        "Вылет за больным в {accs}.", "Эвакуация из {gent} в краевую больницу.", "Больной находится в ЦРБ {gent}.",
        "Посадка вертолёта у ФАП в {loct}.", "Перевод из больницы {gent} в РКБ.",
    ), address("case")),
    Family("b53-loc-rural", "LOCATION", H, (
        "Место жительства: {}.", "Прописан — {}", "Вызов: {}, дорога не проходима для СМП.",
        "Родом из: {}", "Работает учителем в школе ({}).",
    ), address("rural")),
    Family("b53-loc-town", "LOCATION", H, (
        "Проживает: {}.", "Место рождения: {}", "Направлен поликлиникой по месту жительства ({}).",
        "Дом.адрес: {}",
    ), address("town")),
    Family("b53-loc-workplace", "LOCATION", H, (
        "Место работы: шахта, {}.", "Работает вахтой — {}.", "Адрес места работы: {}",
        "Рабочий адрес {}, профвредность: шум, вибрация.",
    ), address("full")),
    # ----- PHONE_NUMBER
    Family("b53-phone-escort", "PHONE_NUMBER", H, (
        "Тел. сопровождающего: {}", "Связь с матерью по номеру {}.", "Контакт родственников — {}",
        "Моб.тел. {} (жена)", "звонить дочери {}, после 18 ч.",
    ), phone("mobile")),
    Family("b53-phone-patient", "PHONE_NUMBER", H, (
        "Контактный телефон заявителя: {}", "Телефон: {}", "тел {}", "конт. {}",
        "Уведомление о путёвке направлено SMS на номер {}.",
    ), phone("any")),
    Family("b53-phone-doctor", "PHONE_NUMBER", H, (
        "Лечащий врач ЦРБ на связи: {}", "Дежурный реаниматолог, сотовый {}", "Для уточнения обращаться по тел. {}",
        "Связь с бригадой через спутниковый телефон {}",
    ), phone("any")),
    # ----- EMAIL / URL
    Family("b53-email", "EMAIL_ADDRESS", H, (
        "Адрес электронной почты заявителя: {}", "Уведомление направить на e-mail {}.", "эл. почта: {}",
        "Копию карты прислать на {} (сын).", "Email: {}",
    ), lambda rng, fake, case: email_v(rng, fake)),
    Family("b53-url", "URL", H, (
        "Статус заявления: {}", "Ссылка на телемедконсультацию {}", "Электронная медкарта пациента: {}",
        "Фото выписки загружено: {}", "Страница сопровождающего в соцсети {}",
    ), lambda rng, fake, case: url_v(rng, fake)),
    # ----- identifiers
    Family("b53-snils", "RU_SNILS", H, (
        "СНИЛС {}", "Страховой номер индивидуального лицевого счёта: {}", "СНИЛС заявителя — {}.",
        "снилс: {}", "Номер СНИЛС {} (для очереди СФР)",
    ), lambda rng, fake, case: snils_v(rng, rng.choice(("XXX-XXX-XXX XX", "XXXXXXXXXXX", "XXX-XXX-XXX-XX",
                                                         "XXX XXX XXX XX", "XXXXXXXXX XX")))),
    Family("b53-inn", "RU_INN", H, (
        "ИНН {}", "ИНН получателя услуги: {}", "инн: {}", "ИНН законного представителя {}",
    ), lambda rng, fake, case: inn_v(rng, rng.choice(("XXXXXXXXXXXX", "XXXX XXXXXX XX", "XXXXXXXXXXXX")))),
    Family("b53-passport", "RU_PASSPORT", H, (
        "Паспорт {} выдан ОУФМС.", "Паспорт гражданина РФ: {}", "документ, удостоверяющий личность: паспорт {}",
        "Паспорт: серия и номер {}", "пасп. {}",
    ), lambda rng, fake, case: passport_v(rng, rng.choice(("XX XX XXXXXX", "XXXX XXXXXX", "XXXX № XXXXXX",
                                                           "XXXX-XXXXXX", "XXXXXXXXXX")))),
    Family("b53-oms", "RU_OMS_POLICY", H, (
        "Полис ОМС {}", "Полис обязательного медицинского страхования: {}", "ЕНП {}", "полис: {}",
        "Страховой полис № {} (СМО «Капитал МС»)",
    ), oms),
    Family("b53-oms-enp-only", "RU_OMS_POLICY", H, (
        "Единый номер полиса ОМС: {}", "ЕНП пациента {}", "№ полиса {}",
    ), lambda rng, fake, case: enp_v(rng, rng.choice(("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX")))),
    # ----- MEDICAL_RECORD_NUMBER
    Family("b53-mrn-card-072", "MEDICAL_RECORD_NUMBER", H, (
        "Санаторно-курортная карта № {}", "Карта ф. 072/у № {} выдана поликлиникой.", "СКК № {}",
        "Санаторно-курортная карта для детей (076/у) № {}", "номер карты: {}",
    ), mrn("XXX", "XXXX", "XXXX/Y", "XX-XXX", "XXXXX")),
    Family("b53-mrn-voucher", "MEDICAL_RECORD_NUMBER", H, (
        "Путёвка № {}", "Путевка серия {}", "Обратный талон к путёвке № {}", "Курсовка № {}",
        "По путёвке {} заезд не состоялся.",
    ), lambda rng, fake, case: voucher_no(rng)),
    Family("b53-mrn-case-history", "MEDICAL_RECORD_NUMBER", H, (
        "История болезни № {}", "Медицинская карта санаторного больного № {}", "И/б {}",
        "Карта стационарного больного № {} (ЦРБ)", "Амб. карта № {}",
    ), mrn("XXXX", "XXXXX", "XXX/Y", "XXXX-Y", "XX/XXX", "С-XXXX")),
    Family("b53-mrn-sfr-application", "MEDICAL_RECORD_NUMBER", H, (
        "Заявление № {} о предоставлении путёвки зарегистрировано.", "Рег. номер заявления в СФР {}",
        "Ваш номер в очереди на санаторно-курортное лечение (рег. № {}).", "Обращение вх. № {}",
        "Номер заявки на ЕПГУ {}",
    ), mrn("XX-XX/XXXXX", "XXXXXXXXXX", "XXXXXX", "LL-XXXXX", "XXXX/YY-XXX")),
    Family("b53-mrn-aviation-call", "MEDICAL_RECORD_NUMBER", H, (
        "Заявка санавиации № {}", "Карта вызова № {}", "Номер вызова {}", "Лист медицинской эвакуации № {}",
        "Номер ТМК-консультации {}",
    ), mrn("XXX", "XXXX", "XXXXXX", "СА-XXX/Y", "XX-XXXXX", "ТМК-XXXXXX")),
    Family("b53-mrn-eln", "MEDICAL_RECORD_NUMBER", H, (
        "ЭЛН № {} продлён на период долечивания.", "Листок нетрудоспособности {}", "ЭЛН {}",
        "больничный № {} закрыт к труду",
    ), lambda rng, fake, case: eln(rng)),
    Family("b53-mrn-birth-cert", "MEDICAL_RECORD_NUMBER", H, (
        "Свидетельство о рождении {}", "св-во о рожд. {}", "Документ ребёнка: свидетельство о рождении {}",
    ), lambda rng, fake, case: birth_cert(rng)),
    Family("b53-mrn-lab", "MEDICAL_RECORD_NUMBER", H, (
        "Образец № {} (мазок на COVID-19 перед заездом).", "Проба {} доставлена в лабораторию.",
        "Штрихкод пробирки {}", "Номер направления на анализ: {}",
    ), mrn("XXXXXXXXXX", "XXXXXXXX", "ПЦР-XXXXXX", "XXXXXX-XX")),
    Family("b53-mrn-foreign-docs", "MEDICAL_RECORD_NUMBER", H, (
        "Загранпаспорт {}", "Миграционная карта {}", "Водительское удостоверение {}",
        "Паспорт гражданина Республики Казахстан N{}",
    ), mrn("XX XXXXXXX", "XXXX XXXXXXX", "XX XX XXXXXX", "XXXXXXXXX", "NXXXXXXXX")),
]
