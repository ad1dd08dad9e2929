"""Single-value families of the blind20 split: one value in a short public-health style note."""

from __future__ import annotations

from benchmarks.pii_blind20_gen import (
    DAT,
    DIMINUTIVES,
    EML,
    FOREIGN_LATIN,
    INN,
    LOC,
    MRN,
    OMS,
    PAS,
    PER,
    PHO,
    SNI,
    URL,
    A,
    Person,
    R,
    date,
    dg,
    dtime,
    enp,
    inn12,
    latin,
    pass_number,
    pass_series,
    snils,
)
from benchmarks.pii_blind20_places import VILLAGES, address, email, phone, town, url
from benchmarks.pii_families import MONTHS_NOMN, Family

S = "blind20"


def _name(shapes: str, origin: str | None = None):
    def make(rng: R, fake: A, case: str) -> str:
        return Person(rng, fake, origin).shape(rng, case, shapes)

    return make


def _latin_name(rng: R, fake: A, case: str) -> str:
    if rng.random() < 0.5:
        last, first = rng.choice(FOREIGN_LATIN)
    else:
        p = Person(rng, fake, "ru")
        last, first = latin(p.last).upper(), latin(p.first).upper()
    return rng.choice(
        (
            f"{last} {first}",
            f"{last.title()} {first.title()}",
            f"{last}, {first}",
            f"{first.title()} {last.title()}",
        )
    )


def _dimin(rng: R, fake: A, case: str) -> str:
    p = Person(rng, fake, "ru")
    return f"{rng.choice(DIMINUTIVES)} {p.L()}" if rng.random() < 0.6 else rng.choice(DIMINUTIVES)


def _date_onset(rng: R, fake: A, case: str) -> str:
    return date(rng)


def _date_partial(rng: R, fake: A, case: str) -> str:
    y, m = rng.randint(2005, 2026), rng.randint(1, 12)
    return rng.choice(
        (date(rng, style="p"), date(rng, style="m"), f"{MONTHS_NOMN[m - 1]} {y} г.", date(rng, style="r"))
    )


def _dtime(rng: R, fake: A, case: str) -> str:
    return dtime(rng)


def _addr(rng: R, fake: A, case: str) -> str:
    return address(rng, fake)


def _village(rng: R, fake: A, case: str) -> str:
    return rng.choice(VILLAGES).split(" ", 1)[1]


def _town(rng: R, fake: A, case: str) -> str:
    return town(fake)


def _phone(kinds: str):
    def make(rng: R, fake: A, case: str) -> str:
        return phone(rng, rng.choice(kinds))

    return make


def _email(rng: R, fake: A, case: str) -> str:
    return email(rng, Person(rng, fake))


def _url(rng: R, fake: A, case: str) -> str:
    return url(rng, Person(rng, fake, "ru"))


def _snils(rng: R, fake: A, case: str) -> str:
    return snils(rng)


def _inn(rng: R, fake: A, case: str) -> str:
    return inn12(rng, rng.choice((0, 0, 0, 1, 2)))


def _pass(rng: R, fake: A, case: str) -> str:
    ser, num = pass_series(rng), pass_number(rng)
    return rng.choice(
        (f"{ser} {num}", f"{ser} № {num}", f"{ser.replace(' ', '')}{num}", f"{ser.replace(' ', '')}-{num}")
    )


def _oms(rng: R, fake: A, case: str) -> str:
    return enp(rng, rng.choice((0, 0, 1, 2, 3)))


def _mrn_notif(rng: R, fake: A, case: str) -> str:
    y = rng.randint(2023, 2026)
    return rng.choice(
        (
            f"{y}-058-{dg(rng, 5, False)}",
            f"{dg(rng, 4)}/{y % 100}",
            f"ЭИ-{dg(rng, 6)}",
            f"{dg(rng, 3)}-ИН/{y}",
            f"{dg(rng, 2)}.{dg(rng, 5)}",
        )
    )


def _mrn_reg(rng: R, fake: A, case: str) -> str:
    return rng.choice(
        (
            f"{rng.randint(1, 92):02d}-{dg(rng, 6, False)}",
            f"ВИЧ-{dg(rng, 5)}",
            f"{dg(rng, 3)}ТБ{dg(rng, 4)}",
            f"РР-{rng.randint(1, 92):02d}-{dg(rng, 7)}",
            f"ОНКО {dg(rng, 2)} {dg(rng, 6)}",
        )
    )


def _mrn_histo(rng: R, fake: A, case: str) -> str:
    y = rng.randint(2021, 2026)
    return rng.choice(
        (
            f"Г-{y}/{dg(rng, 4)}",
            f"{dg(rng, 5)}-{dg(rng, 2)}",
            f"Б{dg(rng, 4)}/{y % 100}",
            f"ИГХ {dg(rng, 3)}-{y % 100}",
            f"{dg(rng, 4)}-{rng.randint(1, 8)}{rng.choice('абвг')}",
        )
    )


def _mrn_eln(rng: R, fake: A, case: str) -> str:
    s = "9" + dg(rng, 11, False)
    return rng.choice((s, f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}", s))


def _mrn_trial(rng: R, fake: A, case: str) -> str:
    return rng.choice(
        (
            f"RU-{dg(rng, 3, False)}-{dg(rng, 4, False)}",
            f"{dg(rng, 3)}-{dg(rng, 3)}",
            f"S{dg(rng, 2)}{dg(rng, 3, False)}",
            f"SCR-{rng.randint(1, 40):03d}-{rng.randint(1, 99):03d}",
            f"R{dg(rng, 4)}",
        )
    )


def _mrn_card(rng: R, fake: A, case: str) -> str:
    return rng.choice(
        (
            f"{dg(rng, 5)}/{rng.choice('АБКВ')}",
            f"№{dg(rng, 6)}",
            f"{dg(rng, 2)}-{dg(rng, 4)}-{dg(rng, 2)}",
            f"Д-{dg(rng, 4)}",
            f"ТБ/{dg(rng, 3)}-{rng.randint(19, 26)}",
            f"{dg(rng, 4)} {dg(rng, 3)}",
        )
    )


F = Family
BLIND20_SINGLE: list[Family] = [
    F(
        "b20_person_contact_case",
        PER,
        S,
        (
            "Эпиданамнез: контакт с {ablt} (сосед по общежитию), кашель 2 нед., Hb 118 г/л.",
            "В очаге кори выявлен контакт — {nomn}, не привит, наблюдение 21 день.",
            "Со слов {gent}, пациент в 2019 году перенёс туберкулёз, лечился в ПТД.",
            "Направлен на флюорографию как контактный с больным {ablt} (A15.0).",
            "Эпидрасследование проведено при участии {gent}, помощника эпидемиолога.",
        ),
        _name("FLIANS"),
    ),
    F(
        "b20_person_staff",
        PER,
        S,
        (
            "Экстренное извещение ф. 058/у передано в 14:20, принял(а) {nomn}.",
            "Препарат крови перелит врачом {ablt}, реакций нет, палата 12.",
            "Вскрытие проводил судебно-медицинский эксперт {nomn}; заключение по ф. 170/у.",
            "Выписку из канцер-регистра заверила {nomn}, медрегистратор.",
            "Консультирован фтизиатром ({ablt}), назначен изониазид 300 мг/сут.",
            "Гарантийное письмо ДМС согласовано с куратором {ablt}.",
        ),
        _name("LIFNS"),
    ),
    F(
        "b20_person_migrant",
        PER,
        S,
        (
            "Гражданин {nomn}, трудовой мигрант, для патента направлен на ВИЧ и ТБ.",
            "Пациентку {accs} осматривали с переводчиком, жалобы на кашель.",
            "Контакт по ТБ: {nomn} (брат), проживают в одной комнате.",
            "Данные {gent} внесены в регистр иностранных граждан с ВИЧ.",
        ),
        _name("FLN", "other"),
    ),
    F(
        "b20_person_latin",
        PER,
        S,
        (
            "Patient name (as in passport): {}. Лихорадка 39,2, сыпь.",
            "Иностранный студент {} обратился с диареей после поездки.",
            "Клиническое исследование, ФИО латиницей: {}, скрининг.",
            "По страховке ДМС-Travel пациент {}; температура 38, боли в горле.",
        ),
        _latin_name,
    ),
    F(
        "b20_person_dimin",
        PER,
        S,
        (
            "Привела соседка {nomn}, говорит, что «дедушка упал ещё вчера».",
            "Донор просит сообщить результат племяннице ({nomn}), согласие есть.",
            "Со слов жены: заболел после поездки к брату {datv} на вахту.",
        ),
        _dimin,
    ),
    F(
        "b20_date_onset",
        DAT,
        S,
        (
            "Заболел {} остро, t 38,9, за медпомощью не обращался.",
            "Дата последнего контакта с больным: {}. Наблюдение до 21 дня.",
            "Сыпь появилась {}, ранее корью не болел, привит в 2001 году.",
            "Последняя флюорография {} — без патологии.",
            "Кровь на ВИЧ (ИФА) взята {}, результат отрицательный.",
            "Дата забора биоптата — {}, 3 фрагмента по 0,5 см.",
        ),
        _date_onset,
    ),
    F(
        "b20_date_partial",
        DAT,
        S,
        (
            "Последняя ревакцинация АДС-М — {}, реакции не было.",
            "Туберкулёз в анамнезе (лечился в ПТД): {}, снят с учёта.",
            "Диагноз ЗНО установлен — {}, МКБ-10 C50.4.",
            "Дата въезда в РФ (со слов): {}, миграционную карту потерял.",
        ),
        _date_partial,
    ),
    F(
        "b20_date_time",
        DAT,
        S,
        (
            "Смерть констатирована {} в приёмном отделении.",
            "Время взятия крови у донора: {}; объём 450 мл.",
            "Телефонограмма в ЦГиЭ передана {}, номер 17.",
            "Поступил из ИК-2 под конвоем {}, принимает рифампицин в 08:00.",
        ),
        _dtime,
    ),
    F(
        "b20_loc_address",
        LOC,
        S,
        (
            "Проживает по адресу: {}. Кашель с мокротой 3 недели.",
            "Адрес места жительства (регистрации): {}; в очаге 4 контактных.",
            "Очаг инфекции: {} — проведена заключительная дезинфекция.",
            "Фактически проживает: {}, работает вахтовым методом.",
            "Донор сообщил новый адрес — {}.",
        ),
        _addr,
    ),
    F(
        "b20_loc_village",
        LOC,
        S,
        (
            "Житель с. {}, работает на ферме, контакт с КРС.",
            "Вызов в д. {}: ребёнок 3 лет с лихорадкой и сыпью.",
            "Прибыл из пос. {} на обследование в ПТД.",
        ),
        _village,
    ),
    F(
        "b20_loc_town",
        LOC,
        S,
        (
            "Приехал из г. {} к дочери, заболел в поезде.",
            "Постоянно проживает в г. {}, в Москве на заработках.",
            "Вахта в г. {} закончилась неделю назад, затем появился кашель.",
        ),
        _town,
    ),
    F(
        "b20_phone_contact",
        PHO,
        S,
        (
            "Тел. матери: {}, звонить после 18:00.",
            "Контактный телефон для вызова на ревакцинацию {}.",
            "Донор просит извещать по {} (СМС), доза 450 мл.",
            "Связь с пациентом на родине: {} (WhatsApp).",
            "Куратор ДМС, моб.: {}.",
        ),
        _phone("mmMcCfx"),
    ),
    F(
        "b20_phone_foreign",
        PHO,
        S,
        (
            "Родственники на родине, тел. {}.",
            "Страховая assistance-компания: звонок с {}, подтвердили покрытие.",
            "Tel. (home country): {}",
        ),
        _phone("fx"),
    ),
    F(
        "b20_email",
        EML,
        S,
        (
            "Результат ПЦР направлен на e-mail пациента {}.",
            "Согласие на участие в исследовании получено; адрес для связи {}.",
            "Счёт по ДМС отправлен плательщику на {} в 16:40.",
        ),
        _email,
    ),
    F(
        "b20_url",
        URL,
        S,
        (
            "Фото сыпи пациентка прислала ссылкой {} (без подписи).",
            "Страница погибшего в соцсети {} приобщена к материалам.",
            "Ссылка на снимки КТ от пациента: {}",
        ),
        _url,
    ),
    F(
        "b20_snils",
        SNI,
        S,
        (
            "СНИЛС {} — внесён в регистр больных туберкулёзом.",
            "СНИЛС умершего: {}; ф. 106/у выдана.",
            "Пациент в федеральном регистре по СНИЛС {}, лекарственное обеспечение.",
            "Страховой номер ИЛС {} (со слов).",
        ),
        _snils,
    ),
    F(
        "b20_inn",
        INN,
        S,
        (
            "Для налогового вычета указан ИНН плательщика {}.",
            "ИНН физ. лица {}; ИНН клиники 7701234567 не путать.",
            "Справка об оплате медуслуг: ИНН пациента {}.",
        ),
        _inn,
    ),
    F(
        "b20_passport",
        PAS,
        S,
        (
            "Паспорт {}, выдан ОВМ, прописка не совпадает с фактической.",
            "Удостоверение личности (паспорт РФ) {} предъявлено при донации.",
            "Опознан по паспорту {}, найденному при трупе.",
        ),
        _pass,
    ),
    F(
        "b20_oms",
        OMS,
        S,
        (
            "Полис ОМС {} (ЕНП), СМО «Капитал МС».",
            "ЕНП: {} — прикреплён к поликлинике № 12.",
            "Полис обязательного мед. страхования № {} действителен.",
        ),
        _oms,
    ),
    F(
        "b20_mrn_notif",
        MRN,
        S,
        (
            "Экстренное извещение № {} передано в ФБУЗ «ЦГиЭ».",
            "Карта эпидрасследования №{} заведена, форма 357/у.",
            "Номер извещения в ЦГиЭ: {}",
        ),
        _mrn_notif,
    ),
    F(
        "b20_mrn_registry",
        MRN,
        S,
        (
            "Регистровый номер пациента {} (федеральный регистр).",
            "Уникальный номер регистровой записи: {}, ВЗН.",
            "В канцер-регистре под номером {} с 2018 года.",
        ),
        _mrn_reg,
    ),
    F(
        "b20_mrn_histo",
        MRN,
        S,
        (
            "Гистологическое заключение № {}: аденокарцинома G2, pT2N0.",
            "Блоки и стёкла по № {} выданы на пересмотр.",
            "Биопсийный материал зарегистрирован под № {}.",
        ),
        _mrn_histo,
    ),
    F(
        "b20_mrn_eln",
        MRN,
        S,
        (
            "ЭЛН № {} открыт с сегодняшнего дня, явка в понедельник.",
            "Листок нетрудоспособности {} закрыт, к труду.",
        ),
        _mrn_eln,
    ),
    F(
        "b20_mrn_trial",
        MRN,
        S,
        (
            "Subject ID {} рандомизирован в группу B, визит 3.",
            "Номер участника исследования: {}; протокол ABC-301.",
            "Скрининговый номер {} — выбыл (критерий исключения 4).",
        ),
        _mrn_trial,
    ),
    F(
        "b20_mrn_card",
        MRN,
        S,
        (
            "Карта диспансерного наблюдения № {} (ПТД, III группа).",
            "Амб. карта {}, участок 7, кабинет 214.",
            "История болезни {} — в архив.",
        ),
        _mrn_card,
    ),
]
