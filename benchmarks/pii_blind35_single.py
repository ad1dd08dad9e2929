"""One-value families of blind split 35: the frames of dental, eye, ENT, rehabilitation, spa,
sports-medicine and licence/job/draft check paperwork, one planted value per note."""

from __future__ import annotations

from benchmarks import pii_blind35_gen as g
from benchmarks.pii_families import HELDOUT, Family


def P(*shapes: str, cis: float = 0.3, style: str | None = None, male: bool = False):
    return lambda rng, fake, case: g.name(rng, fake, shapes, case, cis, style, male)


def D(*layouts: str, lo: int = 2016, hi: int = 2025):
    return lambda rng, fake, case: g.when(rng, *layouts, lo=lo, hi=hi)


def A(*layouts: str):
    return lambda rng, fake, case: g.addr(rng, fake, *layouts, case=case)


def X(fn, *layouts: str):
    return lambda rng, fake, case: fn(rng, *layouts)


def F(name: str, kind: str, frames: tuple[str, ...], make) -> Family:
    return Family(f"b35-{name}", kind, HELDOUT, frames, make)


PER, PH, DT, LOC = "PERSON", "PHONE_NUMBER", "DATE_TIME", "LOCATION"
MRN = "MEDICAL_RECORD_NUMBER"

PERSONS = [
    F("dent-doctor-sign", PER, ("Врач-стоматолог-терапевт {} /подпись/", "Лечение провела {}.", "Удаление 3.8 выполнил хирург-стоматолог {}",
                                "Ортодонт: {}", "Ассистент: {}, м/с.", "Зуб 4.6 — пломба Filtek, врач {}"),
      P("F io", "F i o", "F I O", "io F", "F IO")),
    F("ent-oblique", PER, ("Осмотрен оториноларингологом {ablt}.", "Направлен к сурдологу {datv}.", "Со слов {gent}, снижение слуха на левое ухо 2 года.",
                           "Аудиометрия проведена медсестрой {ablt}.", "Промывание лакун выполнено {ablt}, 5 сеансов."),
      P("F I O", "F io", "I O F", "F i o")),
    F("eye-oblique", PER, ("Консультирована офтальмологом {ablt}, очки подобраны.", "Передан на приём к {datv} (глаукомный кабинет).",
                           "Со слов матери пациента, {gent}, ребенок щурится.", "Подбор МКЛ — у оптометриста {gent}.",
                           "Лазеркоагуляция сетчатки проведена {ablt}."),
      P("F I O", "F io", "I F", "F i o")),
    F("rehab-staff", PER, ("Инструктор ЛФК {}", "Занятия в зале с инструктором-методистом {ablt}.", "Массаж шейно-воротниковой зоны у {gent}, №10.",
                           "Физиотерапевт — {}.", "Процедуры отпускала м/с {}.", "Механотерапия: куратор {}"),
      P("F io", "F I O", "I O F", "F I")),
    F("commission-members", PER, ("Председатель ВВК {}", "Врач-психиатр {} — годен.", "Нарколог: {} (подпись, печать)",
                                  "Врач, руководящий работой по медицинскому освидетельствованию, {}", "Офтальмолог {}: острота зрения 1,0/1,0"),
      P("F io", "io F", "F I O", "F i o")),
    F("spa-guest", PER, ("Отдыхающая {} прибыла по путёвке.", "Курортная книжка выдана {datv}.", "В санаторий направлен {}.",
                         "Лечащий врач санатория: {}", "Обратный талон на имя {gent}."),
      P("F I O", "F io", "I O F", cis=0.4)),
    F("draftee-cis", PER, ("Призывник {} явился на ВВК.", "Гражданин {} направлен на дообследование в ГБУЗ.", "Медицинское заключение в отношении {gent}.",
                           "Проведено освидетельствование {gent}, категория годности Б-3.", "Повторная явка {gent} в военкомат."),
      P("F I O", "F I", "F io", cis=0.6, male=True)),
    F("hurried-lower", PER, ("пац-ка {} жалоб нет", "пациент {} - к ортопеду", "см. {} 2 р/день", "{} - чистка, фтор",
                             "на приеме {}, зубы 3.6 3.7"),
      P("F", "F I", "F io", "F IO", style="low")),
    F("athlete", PER, ("Спортсмен {} допущен к соревнованиям.", "Допуск к тренировкам выдан {datv}.", "УМО пройдено: {}, КМС, лёгкая атлетика.",
                       "Тренер {} ознакомлен.", "Не допущена до восстановления: {}"),
      P("F I O", "F I", "I F", "F io")),
    F("child-representative", PER, ("Ребёнок на приёме с мамой, {ablt}.", "Законный представитель — {}.", "Согласие подписано отцом ({ablt}).",
                                    "Со слов бабушки, {gent}, мальчик грызёт ногти.", "Сопровождает: {}"),
      P("F I O", "I O", "F I O")),
    F("latin-device", PER, ("Patient: {}", "PatientName={}", "Name: {} ID", "OCT scan — {}"),
      lambda rng, fake, case: g.latin_name(rng, fake, rng.choice(("^", ",")))),
]

PHONES = [
    F("phone-patient", PH, ("Тел. пациента: {}", "Контактный тел. {} (мать)", "моб. {}, звонить после 17", "Связь: {}"),
      X(g.mob, "+7 (9AA) BBB-CC-DD", "8-9AA-BBB-CC-DD", "89AABBBCCDD", "+7 9AA BBB CC DD", "8 9AA BBB-CCDD", "+79AABBBCCDD")),
    F("phone-clinic", PH, ("Запись к ортодонту по тел. {}.", "Регистратура ВВК: {}", "Справки по путёвкам: {}.",
                           "Телефон кабинета медосмотров {}", "При ухудшении зрения звонить {} (дежурный офтальмолог)"),
      lambda rng, fake, case: g.landline(rng)),
    F("phone-whatsapp", PH, ("Снимок КЛКТ отправлен в WhatsApp на {}.", "напомнить о визите смс на {}", "Viber {}", "Тел. тренера: {}",
                             "Родственники: жена {}"),
      X(g.mob, "+7 9AA BBB-CC-DD", "8(9AA)BBB-CC-DD", "+7-9AA-BBB-CC-DD", "8 9AA BBB CC DD", "+7 9AA BBBCCDD")),
    F("phone-hurried", PH, ("тел {}", "т. {} перезвонить", "тел.{}", "конт.{}"),
      X(g.mob, "89AABBBCCDD", "9AABBBCCDD", "8 9AABBBCCDD", "+7(9AA)BBBCCDD", "8-9AA-BBBCCDD")),
]

DATES = [
    F("date-visit", DT, ("Дата приёма: {}", "Осмотр ЛОР от {}.", "Санация полости рта проведена {}.", "Дата выдачи справки: {}",
                         "Явка на контроль {}", "Дата освидетельствования {}"),
      D("dd.mm.yyyy", "d.m.yyyy", "dd.mm.yy", "dd/mm/yyyy", "dd.mm.yyyy г.", "dd.mm.yyyyг.", "yyyy-mm-dd")),
    F("date-words", DT, ("Поступила в санаторий {}.", "Удаление зуба 2.8 — {}.", "Факоэмульсификация OD выполнена {}.",
                         "Травма мениска получена {} на тренировке.", "Встал на воинский учёт {}."),
      D("d MG yyyy г.", "d MG yyyy года", "dd MG yyyy", "«d» MG yyyy г.", "d MA yyyy", "d-го MG yyyy г.")),
    F("date-birth", DT, ("Дата рождения: {}", "Д/р {}", "год рождения {}", "родился {}", "(д.р. {})"),
      D("dd.mm.yyyy", "d MG yyyy г.", "yyyy", "dd.mm.yyyy г.", "yyyy г.", "dd.MR.yyyy", lo=1950, hi=2008)),
    F("date-partial", DT, ("Протезирование в {}.", "Мостовидный протез с {}.", "Последняя санаторная путёвка — {}.",
                           "Операция на перегородке носа {}.", "Прошлый медосмотр: {}", "Очки носит с {}."),
      D("yyyy г.", "yyyy года", "ML yyyy", "MN yyyy г.", "mm.yyyy", "MG yyyy", "yyyy", lo=2000, hi=2024)),
    F("date-time", DT, ("Запись к стоматологу: {}", "Следующий сеанс ФТЛ {}", "Забор крови на ВИЧ/гепатиты {}.", "Явка на ВВК {} каб. 12"),
      D("dd.mm.yyyy hh:nn", "dd.mm hh:nn", "d MG в hh:nn", "dd.mm.yyyy в hh.nn", "dd.mm.yy hh:nn")),
    F("date-iso", DT, ("visit_date={}", "\"exam_date\": \"{}\"", "<StudyDate>{}</StudyDate>", "created: {}"),
      D("yyyy-mm-dd", "yyyy-mm-ddThh:nn:ss", "yyyymmdd", "yyyy-mm-dd hh:nn")),
]

PLACES = [
    F("addr-registered", LOC, ("Адрес регистрации: {}", "Зарегистрирован по адресу: {}.", "Адрес места жительства (пребывания): {}",
                               "проживает: {}", "Место регистрации - {}"), A(*g.ADDR_FULL)),
    F("town-case", LOC, ("Проживает в {loct}, работает водителем.", "Прибыл из {gent} на санаторное лечение.",
                         "Направлен военным комиссариатом г. {gent}.", "Переехала в {accs} в прошлом году."),
      A("{Tc}")),
    F("village-district", LOC, ("Место рождения: {}", "уроженец {}", "Место работы: ферма, {}", "Проживает в {}, до ЦРБ 40 км."),
      A("с. {V} {Dg} р-на", "д. {V}, {D} район", "{r}, пос. {V}", "пгт {V}", "{R}, с. {V}")),
    F("addr-hurried", LOC, ("адр {}", "прож. {}", "адрес: {} (со слов)", "фактич. адрес {}"),
      A("{T} {S} {N}-{Q}", "{S} {N} кв {Q}", "ул {S} д {N} кв {Q}", "{T}, {S}, {N}/{Q}", "г{T} ул{S} {N}")),
]

IDS = [
    F("snils-forms", "RU_SNILS", ("СНИЛС {}", "Страховой номер индивидуального лицевого счёта: {}", "СНИЛС пациента - {}",
                                  "снилс:{}", "№ СНИЛС {}"),
      X(g.snils, "XXX-XXX-XXX XX", "XXX-XXX-XXX-XX", "XXXXXXXXXXX", "XXX XXX XXX XX", "XXX-XXX-XXXXX")),
    F("snils-rehab", "RU_SNILS", ("ИПРА сформирована, СНИЛС получателя {}.", "Сведения переданы в СФР (СНИЛС {})",
                                  "СНИЛС застрахованного лица: {}"),
      X(g.snils, "XXX-XXX-XXX XX", "XXXXXXXXXXX", "XXX-XXX-XXX-XX")),
    F("inn-tax", "RU_INN", ("ИНН налогоплательщика {}", "ИНН пациента: {}", "инн {}", "ИНН {} (для налогового вычета)"),
      X(g.inn12, "XXXXXXXXXXXX", "XXXX XXXXXX XX", "XX XX XXXXXX XX")),
    F("passport-check", "RU_PASSPORT", ("Паспорт {}", "Документ, удостоверяющий личность: паспорт {}, выдан МВД",
                                        "паспорт серии {}", "Предъявлен паспорт: {}", "пасп. {}"),
      X(g.passport, "XX XX XXXXXX", "XXXX XXXXXX", "XXXX № XXXXXX", "XX XX № XXXXXX", "XXXXXXXXXX", "XXXX-XXXXXX")),
    F("passport-words", "RU_PASSPORT", ("паспорт гражданина РФ серия {} выдан ГУ МВД", "Паспорт РФ: серия {};",
                                        "удостоверение личности — паспорт сер. {}", "паспорт серии {}, код подразделения 160-004"),
      X(g.passport, "XXXX номер XXXXXX", "XX XX № XXXXXX", "XXXX № XXXXXX", "XX XX  XXXXXX")),
    F("oms-enp", "RU_OMS_POLICY", ("Полис ОМС {}", "ЕНП {}", "Полис ОМС единого образца № {}", "Номер полиса: {}",
                                   "полис {}, СМО «АльфаСтрахование-ОМС»"),
      X(g.enp, "XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX", "XXXX-XXXX-XXXX-XXXX")),
    F("oms-old", "RU_OMS_POLICY", ("Полис ОМС старого образца {}", "Полис: {}", "Страховой медицинский полис {}"),
      lambda rng, fake, case: g.old_policy(rng)),
    F("email-patient", "EMAIL_ADDRESS", ("E-mail: {}", "Результаты аудиограммы направить на {}.", "эл. почта {}",
                                         "Копию карты выслать на {}", "email={}"),
      lambda rng, fake, case: g.email(rng, fake)),
    F("url-clinic", "URL", ("Онлайн-запись: {}", "Памятка по уходу за брекетами: {}", "Программа реабилитации: {}",
                            "Отзывы о санатории: {}", "Результаты ОКТ: {}"),
      lambda rng, fake, case: g.clinic_site(rng, fake)),
    F("url-shared", "URL", ("КЛКТ пациента загружена: {}", "Ссылка на видеоконсультацию: {}", "результаты ХТИ доступны по ссылке {}",
                            "снимки прислал в чат {} (с телефона дочери)", "Ссылка для пациента {} действует 30 дней"),
      lambda rng, fake, case: g.shared_link(rng, fake)),
]

MRNS = [
    F("mrn-dental-card", MRN, ("Медицинская карта стоматологического больного № {}", "Карта № {} (ф. 043/у)", "№ карты {}",
                               "амб. карта стом. {}"),
      lambda rng, fake, case: g.lay(rng, rng.choice(("XXXX", "XXXXX/XX", "XX-XXXX", "С-XXXXX", "XXXX/ОРТ")), g.dg(rng, 7))),
    F("mrn-eln", MRN, ("ЭЛН № {}", "Листок нетрудоспособности № {} открыт.", "Больничный (ЭЛН) {} закрыт, к труду.",
                       "ЭЛН {} продлён ВК"),
      lambda rng, fake, case: rng.choice(("9", "3", "4")) + g.dg(rng, 11, False)),
    F("mrn-cert-series", MRN, ("Медицинское заключение серия {} о наличии (отсутствии) противопоказаний к владению оружием",
                               "Медицинское заключение (форма 003-В/у): серия {}", "Выдано мед. заключение серии {} (ф. 002-О/у)"),
      lambda rng, fake, case: rng.choice((f"{g.dg(rng, 2)} № {g.dg(rng, 6)}", f"{g.dg(rng, 4)} {g.dg(rng, 6)}",
                                          f"{g.dg(rng, 2)} АА № {g.dg(rng, 6)}", f"{g.dg(rng, 2)}ОЗ{g.dg(rng, 6)}"))),
    F("mrn-cert-number", MRN, ("Справка 086/у № {} выдана для поступления", "Санаторно-курортная карта № {}",
                               "Справка для получения путёвки № {}", "Заключение предварительного медосмотра № {}",
                               "Личная медицинская книжка № {}"),
      lambda rng, fake, case: rng.choice((g.dg(rng, 6), f"{g.dg(rng, 4)}-{g.dg(rng, 2)}", f"{g.dg(rng, 5)}/{rng.randrange(20, 26)}",
                                          f"{rng.randrange(10, 99)}-{g.dg(rng, 7)}"))),
    F("mrn-driver-licence", MRN, ("Водительское удостоверение {}", "ВУ {} категории B, C", "в/у № {}", "вод. удостоверение {} действ. до 2031"),
      lambda rng, fake, case: g.lay(rng, rng.choice(("XX XX XXXXXX", "XXXX XXXXXX", "XXXXXXXXXX", "XX XX № XXXXXX")), g.dg(rng, 10))),
    F("mrn-military", MRN, ("Военный билет {}", "Удостоверение гражданина, подлежащего призыву, {}", "Личное дело призывника № {}",
                            "в/б серии {}", "Учётная карта призывника № {}"),
      lambda rng, fake, case: rng.choice((f"АВ {g.dg(rng, 7)}", f"АК № {g.dg(rng, 7)}", f"{g.dg(rng, 4)}/{rng.randrange(2018, 2026)}",
                                          f"ГП {g.dg(rng, 7)}", f"АЕ{g.dg(rng, 7)}"))),
    F("mrn-foreign-docs", MRN, ("Паспорт гражданина Узбекистана {}", "Миграционная карта {}", "Национальный паспорт Таджикистана № {}",
                                "Патент на работу серия {}", "Паспорт гр. Кыргызстана {}"),
      lambda rng, fake, case: rng.choice((f"FA{g.dg(rng, 7)}", f"AC {g.dg(rng, 7)}", f"4617 № {g.dg(rng, 7)}",
                                          f"{g.dg(rng, 2)} № {g.dg(rng, 10)}", f"ID{g.dg(rng, 7)}", f"AN {g.dg(rng, 7)}"))),
    F("mrn-lab-sample", MRN, ("Штрихкод пробирки {}", "Мазок из зева, образец № {}", "Биоматериал: кровь (ХТИ), проба {}",
                              "Направление на ХТИ № {}", "Номер заявки ЛИС: {}"),
      lambda rng, fake, case: rng.choice((g.dg(rng, 10), f"{g.dg(rng, 8)}", f"ХТИ-{g.dg(rng, 5)}", f"{rng.randrange(20, 26)}-{g.dg(rng, 6)}"))),
    F("mrn-spa-voucher", MRN, ("Путёвка № {}", "Номер путёвки: {}", "Санаторно-курортная путёвка ФСС № {}", "по путевке {}"),
      lambda rng, fake, case: rng.choice((f"{g.dg(rng, 6)}", f"СК-{g.dg(rng, 5)}", f"{g.dg(rng, 4)}-{g.dg(rng, 4)}",
                                          f"0{g.dg(rng, 8)}"))),
    F("mrn-emk", MRN, ("ID пациента в МИС: {}", "EMK_ID={}", "Номер ЭМК {}", "PatientID: {}", "идентификатор пациента {}"),
      lambda rng, fake, case: rng.choice((g.dg(rng, 8), f"P{g.dg(rng, 7)}", f"{g.dg(rng, 3)}-{g.dg(rng, 6)}", g.dg(rng, 12)))),
    F("mrn-ipra-gto", MRN, ("ИПРА № {} к протоколу МСЭ", "УИН ГТО {}", "Протокол ВВК № {}", "Направление на МСЭ № {}"),
      lambda rng, fake, case: rng.choice((f"{g.dg(rng, 3)}.{rng.randrange(1, 20)}.{rng.randrange(10, 99)}/{rng.randrange(2019, 2026)}",
                                          f"{rng.randrange(18, 26)}-{rng.randrange(10, 90)}-{g.dg(rng, 7)}",
                                          f"{g.dg(rng, 3)}/{rng.randrange(1, 12)}", g.dg(rng, 9)))),
]

SINGLE_FAMILIES: list[Family] = PERSONS + PHONES + DATES + PLACES + IDS + MRNS
