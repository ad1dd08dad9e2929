"""One-value families of blind split 40: lines of pre-trip journals, waybill stamps, Н-1 acts,
occupational disease notices, periodic check conclusions and crew certificates."""

from __future__ import annotations

from benchmarks import pii_blind40_gen as g
from benchmarks.pii_families import Family

S = "blind40"


def _name(*shapes: str, cis: float = 0.3, female: bool | None = None):
    return lambda rng, fake, case: g.name(rng, fake, rng.choice(shapes), case, cis, female)


def _date(*styles: str, y0: int = 2016, y1: int = 2025):
    return lambda rng, fake, case: g.dstr(rng, rng.choice(styles), y0, y1)


def _birth(*styles: str):
    return lambda rng, fake, case: g.birth(rng, rng.choice(styles))


def _addr(*styles: str):
    return lambda rng, fake, case: g.addr(rng, fake, rng.choice(styles))


def _mrn(*kinds: str):
    return lambda rng, fake, case: g.mrn(rng, rng.choice(kinds))


SINGLE: list[Family] = [
    # --- PERSON
    Family("b40-driver-admitted", "PERSON", S, (
        "Водитель {} к исполнению трудовых обязанностей допущен.", "Прошел предрейсовый медосмотр: {}, допущен.",
        "водитель {} - НЕ ДОПУЩЕН (АД 168/104)", "Машинист {} прошёл предсменный осмотр, жалоб нет.",
        "Ф.И.О. работника: {}", "Допущен к рейсу водитель {}"),
        lambda rng, fake, case: g.name(rng, fake, rng.choice(("FIO", "Fio", "F i o", "FI")), case, 0.3, False)),
    Family("b40-medic-sign", "PERSON", S, (
        "Медицинский работник: {} /подпись/", "Осмотр провел фельдшер {}", "Фельдшер здравпункта {} ____",
        "Подписано ЭЦП: {}", "м/с предрейсовых осмотров {}", "Председатель ВЭК {}"), _name("Fio", "ioF", "F i o", "i o F", cis=0.1)),
    Family("b40-ablt", "PERSON", S, (
        "Осмотр проведен {ablt}, замечаний нет.", "Акт согласован с {ablt}.", "Водитель отстранён от рейса {ablt}.",
        "Расследование проведено комиссией под председательством {ablt}.", "Беседа проведена с {ablt}."),
        _name("FIO", "Fio", "IOF", "F")),
    Family("b40-gent-datv", "PERSON", S, (
        "Со слов водителя {gent}, спал около 4 часов.", "Направление выдано {datv} на ПМО.",
        "Со слов пострадавшего {gent}, поскользнулся на трапе.", "Справка выдана {datv} для предъявления работодателю.",
        "Выписка направлена {datv}, специалисту по охране труда.", "Жалоба {gent} на шум в ушах с 2019 г."),
        _name("FIO", "Fio", "FI", female=False)),
    Family("b40-witness", "PERSON", S, (
        "Очевидец несчастного случая: {}, стропальщик.", "свидетель - {} (мастер участка)", "Пострадавший: {}",
        "Ответственный за выпуск ТС на линию {}", "Механик ОТК {} подпись", "Бригадир: {}, тел. не указан"),
        _name("FIO", "Fio", "IF", "FI", cis=0.4)),
    Family("b40-caps-names", "PERSON", S, (
        "ВОДИТЕЛЬ: {}", "ФИО {} ДОПУЩЕН", "РАБОТНИК {} ВАХТА №3", "ОСМОТРЕН: {}"), _name("FIO_caps", "Fio_caps")),
    Family("b40-cis-names", "PERSON", S, (
        "Работник вахты {} прибыл на медосмотр.", "Иностранный гражданин {}, патент на работу оформлен.",
        "Водитель-экспедитор {} (гражданин Респ. Узбекистан)", "Моторист {} прошёл медосмотр в порту.",
        "Сварщик {} - допуск к работам на высоте"), _name("FIO", "FI", "Fio", cis=1.0, female=False)),
    Family("b40-loct-names", "PERSON", S, (
        "Сведения о {loct} внесены в журнал регистрации НС.", "Извещение о {loct} направлено в ЦГСЭН.",
        "Данные о {loct} переданы в ФСС."), _name("FIO", "Fio", "FI")),
    Family("b40-lower-typo-names", "PERSON", S, (
        "вод. {} допущ.", "осм. {}, жалоб нет", "допуск - {}", "{} отказ от освидет."),
        lambda rng, fake, case: g.typo(rng, g.name(rng, fake, rng.choice(("Fio", "FI", "F i o")), case, 0.3)).lower()),
    # --- PHONE / EMAIL / URL
    Family("b40-phone-post", "PHONE_NUMBER", S, (
        "Здравпункт: тел. {}", "Диспетчер АТП {} (круглосуточно)", "Телефон горячей линии по охране труда: {}",
        "При ухудшении самочувствия в рейсе звонить {}", "факс {}", "Тел. работодателя {}"),
        lambda rng, fake, case: g.phone(rng, rng.choice(("c1", "c2", "m1", "m2")))),
    Family("b40-phone-worker", "PHONE_NUMBER", S, (
        "Контакт водителя: {}", "моб. тел. пострадавшего {}", "Тел. жены: {}", "конт.тел.{}", "WhatsApp {} (вахтовик)"),
        lambda rng, fake, case: g.phone(rng, rng.choice(("m1", "m2", "m3", "m4", "m5")))),
    Family("b40-email", "EMAIL_ADDRESS", S, (
        "Акт направить на {}", "e-mail отдела ОТ и ПБ: {}", "Результаты ПМО высылаются на {}.", "эл. почта: {}",
        "Ответ на извещение прошу направить по адресу {}"), lambda rng, fake, case: g.mail(rng, fake)),
    Family("b40-url", "URL", S, (
        "Журнал ведется в системе {}", "Электронный путевой лист доступен по ссылке {}",
        "Запись на периодический осмотр: {}", "Выгрузка: {} (логин врача)", "Проверить подлинность заключения: {}"),
        lambda rng, fake, case: g.link(rng, fake)),
    # --- DATE_TIME
    Family("b40-date-check-time", "DATE_TIME", S, (
        "Дата и время осмотра: {}", "Предрейсовый осмотр {} - допущен", "Послерейсовый осмотр: {}",
        "Осмотр проведен {}.", "Время выпуска на линию: {}"), lambda rng, fake, case: g.dtime(rng)),
    Family("b40-date-injury", "DATE_TIME", S, (
        "Несчастный случай произошел {}.", "Дата и время несчастного случая: {}", "Травма получена {} на рабочем месте.",
        "Обратился в здравпункт {} после падения с высоты."), lambda rng, fake, case: rng.choice((
            g.dtime(rng, "d"), g.dstr(rng, "words"), g.dstr(rng, "num"), g.dtime(rng, "e")))),
    Family("b40-date-birth", "DATE_TIME", S, (
        "Дата рождения: {}", "г.р. {}", "Д.р. {}", "родился {}", "дата рожд.: {}"), _birth("num", "short", "words", "iso", "slash")),
    Family("b40-date-birth-year", "DATE_TIME", S, (
        "Водитель, {} г.р., стаж 12 лет.", "Машинист тепловоза, {} года рождения.", "Работник ({} г.р.) прибыл на вахту."),
        lambda rng, fake, case: str(rng.randrange(1960, 2005))),
    Family("b40-date-partial", "DATE_TIME", S, (
        "Работает во вредных условиях с {}.", "Предыдущий ПМО - {}.", "Стаж во вредных условиях: с {}",
        "Последний заезд на вахту {}.", "Шум в ушах отмечает с {}."), _date("monthg", "mmyyyy", "year", "yearg", "month")),
    Family("b40-date-valid", "DATE_TIME", S, (
        "Медицинское заключение действительно до {}", "Срок действия свидетельства: до {}", "Следующий ПМО не позднее {}",
        "Выдано {}, годно 1 год.", "Дата выдачи: {}"), _date("num", "numg", "words", "wordsg", "dash")),
    Family("b40-date-leave", "DATE_TIME", S, (
        "Нетрудоспособен с {}, ЭЛН открыт.", "Освобождён от работы по {} включительно.", "Выписан к труду {}.",
        "Приступил к работе {}"), _date("num", "short", "words", "dm")),
    # --- LOCATION
    Family("b40-loc-residence", "LOCATION", S, (
        "Адрес проживания: {}", "Место жительства работника: {}", "Проживает: {}.", "адрес регистрации {}"),
        _addr("full", "short", "region", "idx", "village", "nodots", "rev")),
    Family("b40-loc-place-injury", "LOCATION", S, (
        "Место происшествия: {}.", "Несчастный случай произошёл по адресу {}.", "Место работы (объект): {}",
        "ДТП произошло по адресу: {}, водитель доставлен в ЦРБ."), _addr("work", "field", "region", "work")),
    Family("b40-loc-town-case", "LOCATION", S, (
        "Рейс до {gent}, прибытие завтра.", "Вахта в {loct} с 1 числа.", "Водитель следует из {gent}.",
        "Постоянно проживает в {loct}, на вахту приезжает самолётом."), lambda rng, fake, case: g.town_case(fake, case)),
    Family("b40-loc-caps", "LOCATION", S, (
        "АДРЕС: {}", "МЕСТО ЖИТ.: {}"), _addr("caps")),
    # --- identifiers
    Family("b40-snils", "RU_SNILS", S, (
        "СНИЛС работника {}", "Страховой номер ИЛС: {}", "снилс {}", "СНИЛС: {} (для ФСС)", "СНИЛС застрахованного: {}"),
        lambda rng, fake, case: g.snils(rng)),
    Family("b40-inn-person", "RU_INN", S, (
        "ИНН работника {}", "ИНН физ. лица: {}", "инн {}", "ИНН пострадавшего: {}"),
        lambda rng, fake, case: g.inn(rng, 12, rng.random() < 0.2)),
    Family("b40-inn-org", "RU_INN", S, (
        "ИНН работодателя {}", "Организация-работодатель, ИНН {}, ОКВЭД 49.41", "ИНН/КПП {}/860201001",
        "Страхователь (ИНН {}) уведомлен."), lambda rng, fake, case: g.inn(rng, 10)),
    Family("b40-passport", "RU_PASSPORT", S, (
        "Паспорт {}, выдан ОУФМС", "паспорт гражданина РФ серия {}", "Документ, удостоверяющий личность: паспорт {}",
        "пасп. {} выд. МВД"), lambda rng, fake, case: g.passport(rng)),
    Family("b40-oms", "RU_OMS_POLICY", S, (
        "Полис ОМС {}", "ЕНП {}", "полис обязательного медицинского страхования № {}", "Полис: {} (АО «СОГАЗ-Мед»)"),
        lambda rng, fake, case: g.oms(rng)),
    # --- MEDICAL_RECORD_NUMBER
    Family("b40-mrn-card", "MEDICAL_RECORD_NUMBER", S, (
        "Медицинская карта работника № {}", "Амб. карта №{}", "Карта ПМО № {}", "История болезни № {}", "И/б {}"),
        _mrn("card", "ib")),
    Family("b40-mrn-tab", "MEDICAL_RECORD_NUMBER", S, (
        "Табельный № {}", "таб. номер {}", "Таб.№{}", "табельный номер водителя {}"), _mrn("tab")),
    Family("b40-mrn-eln", "MEDICAL_RECORD_NUMBER", S, (
        "ЭЛН № {}", "Листок нетрудоспособности {} открыт.", "электронный больничный {} закрыт"),
        lambda rng, fake, case: g.eln(rng)),
    Family("b40-mrn-lab", "MEDICAL_RECORD_NUMBER", S, (
        "Направление на ХТИ № {}", "Проба биосреды (моча) № {}", "Акт медицинского освидетельствования № {}",
        "Номер пробы: {}", "Справка о результатах ХТИ № {}"), _mrn("lab")),
    Family("b40-mrn-drv", "MEDICAL_RECORD_NUMBER", S, (
        "Водительское удостоверение {}", "ВУ № {}", "вод. удост. {} кат. B, C, CE", "в/у {}"),
        lambda rng, fake, case: g.drv_licence(rng)),
    Family("b40-mrn-foreign", "MEDICAL_RECORD_NUMBER", S, (
        "Паспорт иностранного гражданина {}", "Нац. паспорт Респ. Таджикистан {}", "Миграционная карта {}",
        "Загранпаспорт № {}"), lambda rng, fake, case: g.ext_passport(rng) if rng.random() < 0.6 else g.mig_card(rng)),
    Family("b40-mrn-cert", "MEDICAL_RECORD_NUMBER", S, (
        "Медицинское заключение № {}", "Медицинское свидетельство моряка № {}", "Заключение ВЛЭК № {}",
        "Извещение об установлении предварительного диагноза профзаболевания № {}", "Акт о случае ПЗ № {}"),
        _mrn("cert", "izv")),
    Family("b40-mrn-waybill", "MEDICAL_RECORD_NUMBER", S, (
        "Путевой лист № {}", "п/л №{}", "Путевой лист грузового автомобиля № {}", "ЭПЛ {}"), _mrn("way")),
    Family("b40-mrn-medbook", "MEDICAL_RECORD_NUMBER", S, (
        "Личная медицинская книжка № {}", "ЛМК {} (аттестация пройдена)", "медкнижка №{}", "Номер ЛМК: {}"),
        lambda rng, fake, case: rng.choice((f"{rng.randrange(10, 99)}-{g.nz(rng, 6)}", g.nz(rng, 8), f"{g.nz(rng, 7)}"))),
    Family("b40-date-shift", "DATE_TIME", S, (
        "Заезд на вахту {} (30 дней).", "Выезд с вахты запланирован на {}", "Рейс начат {}, в пути 14 часов.",
        "Ночная смена с {}"), lambda rng, fake, case: rng.choice((g.dstr(rng, rng.choice(("num", "dm", "words"))),
                                                                  g.dtime(rng, rng.choice(("a", "d")))))),
    Family("b40-passport-2", "RU_PASSPORT", S, (
        "Серия и номер паспорта: {}", "паспорт РФ: {}; выдан ГУ МВД", "Паспорт (серия, номер) {}, код подразделения 860-005"),
        lambda rng, fake, case: g.passport(rng, rng.choice(("a", "e", "b", "d")))),
]
