"""Single-value families of blind split 61: one value in a sentence of legal or insurance paperwork."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind61_common import (
    addr_legal,
    birth,
    date_legal,
    dt_time,
    email_v,
    enp,
    inn12,
    ins_policy,
    mrn,
    old_oms,
    passport,
    person_legal,
    phone_v,
    place_case,
    snils_v,
    who,
)
from benchmarks.pii_families import HELDOUT, Family, Maker, address, date, phone


def _m(fn: Any) -> Maker:
    return lambda rng, fake, case: fn(rng, fake)


def _r(fn: Any) -> Maker:
    return lambda rng, fake, case: fn(rng)


def _lay(*layouts: str) -> Any:
    return lambda maker: (lambda rng, fake, case: maker(rng, rng.choice(layouts)))


def _email(rng: random.Random, fake: Any) -> str:
    return email_v(rng, fake, who(rng, fake))


def _url(rng: random.Random, fake: Any) -> str:
    tok = "".join(rng.choice("abcdefghkmnpqrstuvwxyz23456789") for _ in range(rng.randrange(8, 20)))
    return rng.choice((f"https://disk.yandex.ru/d/{tok}", f"https://cloud.mail.ru/public/{tok[:4]}/{tok[4:]}",
                       f"https://vk.com/id{rng.randrange(10000, 900000000)}", f"https://t.me/{fake.user_name()}",
                       f"https://lk.gosuslugi.ru/request/{rng.randrange(10**9, 10**10)}",
                       f"https://drive.google.com/file/d/{tok}{tok}/view", f"https://ok.ru/profile/{rng.randrange(10**11, 10**12)}",
                       f"https://pacs.clinic-{rng.randrange(1, 99)}.ru/viewer?study={tok}",
                       f"https://lk.ingos.ru/claims/{rng.randrange(10**6, 10**7)}", f"{fake.user_name()}.narod.ru",
                       f"https://my.sogaz.ru/claim?id={tok}"))


def _inn_any(rng: random.Random) -> str:
    return inn12(rng, rng.choice(("XXXXXXXXXXXX", "XXXXXXXXXXXX", "XX XX XXXXXX XX", "XXXX-XXXXXX-XX")))


def _snils_lay(rng: random.Random) -> str:
    return snils_v(rng, rng.choice(("XXX-XXX-XXX XX", "XXX-XXX-XXX-XX", "XXXXXXXXXXX", "XXX XXX XXX XX", "XXX-XXX-XXXXX")))


def _enp_lay(rng: random.Random) -> str:
    return enp(rng, rng.choice(("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX", "XXXXXXXXXXXXXXXX", "XXXX-XXXX-XXXX-XXXX")))


def _oms_any(rng: random.Random) -> str:
    return _enp_lay(rng) if rng.random() < 0.75 else old_oms(rng)


def _death(rng: random.Random, fake: Any) -> str:
    return date_legal(rng, fake, "-3y")


def _partial(rng: random.Random, fake: Any) -> str:
    return date_legal(rng, fake, "-10y", "partial")


def _short_year(rng: random.Random, fake: Any) -> str:
    dt = fake.date_between(start_date="-5y", end_date="today")
    return rng.choice((f"{dt:%d.%m.%y}", f"{dt.day}.{dt:%m.%y}", f"{dt:%d.%m.%y} г.", f"{dt:%d/%m/%y}"))


FULL = person_legal("full")

FAMILIES: list[Family] = [
    # --- PERSON: long oblique chains of legal writing
    Family("b61-person-interests-gent", "PERSON", HELDOUT,
           ("Адвокат Коллегии адвокатов «Правовой центр», действующий в интересах {gent} на основании ордера № 112.",
            "Прошу выдать копию медицинской карты {gent}, 1968 г.р.",
            "Исковое заявление о взыскании компенсации морального вреда в пользу {gent}.",
            "о выдаче копий медицинских документов в отношении {gent}",
            "Наследственное дело № 34/2024 к имуществу {gent}."), FULL),
    Family("b61-person-datv", "PERSON", HELDOUT,
           ("Выдать {datv} заверенные копии протоколов.", "Разъяснить {datv} право на обжалование отказа.",
            "Назначить {datv} судебно-медицинскую экспертизу по материалам дела.",
            "Страховая выплата перечислена {datv} на счёт в ПАО Сбербанк.", "Направить ответ {datv} по адресу регистрации."),
           person_legal("full", "full", "short", "before")),
    Family("b61-person-ablt", "PERSON", HELDOUT,
           ("Доверенность удостоверена {ablt}, нотариусом.", "Договор страхования заключён с {ablt}.",
            "между ООО «Клиника здоровья» и {ablt} заключён договор на оказание платных медицинских услуг",
            "Экспертиза проведена {ablt}, стаж 22 года.", "Заявление подписано {ablt} собственноручно."),
           person_legal("full", "short", "before", "spaced")),
    Family("b61-person-acting", "PERSON", HELDOUT,
           ("действующая по доверенности от имени {gent}", "опекун недееспособного {gent}",
            "в лице законного представителя {gent}", "Представитель истца — {}, по доверенности 77 АД 1234567.",
            "Заинтересованное лицо: {}"), FULL),
    Family("b61-person-judge-expert", "PERSON", HELDOUT,
           ("Судья {} ", "под председательством судьи {gent}, при секретаре судебного заседания", "Эксперт {} об ответственности предупреждён.",
            "Председательствующий: {}", "Врио нотариуса {}", "Главный врач ______________ {}"),
           person_legal("short", "before", "spaced", "short")),
    Family("b61-person-caps", "PERSON", HELDOUT,
           ("ЗАЯВИТЕЛЬ: {}", "ЗАСТРАХОВАННОЕ ЛИЦО: {}", "Получатель платежа {}", "НАСЛЕДОДАТЕЛЬ: {}", "Ф.И.О. ВЫГОДОПРИОБРЕТАТЕЛЯ {}"),
           person_legal("caps")),
    Family("b61-person-surname-only", "PERSON", HELDOUT,
           ("В судебное заседание истец {} не явился(ась), извещён(а) надлежащим образом.", "Ответчик не оспаривает, что {} проходил(а) лечение в стационаре.",
            "Со слов {gent}, справка утеряна.", "По мнению представителя {gent}, диагноз установлен поздно.",
            "Копии вручены {datv} лично под подпись."), person_legal("sur")),
    Family("b61-person-io-address", "PERSON", HELDOUT,
           ("Уважаемая {}!", "Уважаемый(ая) {}, сообщаем, что запрос рассмотрен.", "{}, добрый день! Ваше обращение зарегистрировано.",
            "Здравствуйте, {}."), person_legal("io")),
    Family("b61-person-lowercase", "PERSON", HELDOUT,
           ("выгодоприобретатель {} (сын)", "от кого: {}", "клиент {} просит перезвонить", "комментарий оператора: звонил {}"),
           lambda rng, fake, case: person_legal("full", "short")(rng, fake, case).lower()),
    # --- PHONE
    Family("b61-phone-claimant", "PHONE_NUMBER", HELDOUT,
           ("Контактный телефон заявителя: {}.", "тел. для связи с представителем {}", "Моб. тел. выгодоприобретателя {}",
            "Прошу сообщить о готовности копий по телефону {}.", "т.{} (после 18 ч.)"), _r(phone_v)),
    Family("b61-phone-city", "PHONE_NUMBER", HELDOUT,
           ("Дом. тел. {}", "тел./факс заявителя: {}", "Телефон по месту регистрации: {}"),
           phone("8 (AAA) BBB-CC-DD", "(AAA) BBB-CC-DD", "8 (AAAA) BB-CC-DD", "+7 AAA BBB-CC-DD", codes="city")),
    Family("b61-phone-messenger", "PHONE_NUMBER", HELDOUT,
           ("WhatsApp/Viber: {}", "Telegram {}", "номер, привязанный к личному кабинету: {}", "SMS-уведомления на номер {}"),
           phone("+7AAABBBCCDD", "+7 AAA BBB CC DD", "8 AAA BBB CC DD", "+7-AAA-BBB-CC-DD", "7AAABBBCCDD")),
    # --- EMAIL
    Family("b61-email", "EMAIL_ADDRESS", HELDOUT,
           ("Ответ прошу направить на адрес электронной почты: {}.", "e-mail: {}", "Эл. почта заявителя — {}",
            "Адрес для направления корреспонденции в электронном виде {}", "скан направлен клиентом с {}"), _m(_email)),
    Family("b61-email-bracket", "EMAIL_ADDRESS", HELDOUT,
           ("От: <{}>", "Кому: {}; Копия: claims@insurer.ru", "reply-to: {}", "(почта: {})"), _m(_email)),
    # --- URL
    Family("b61-url", "URL", HELDOUT,
           ("Копии снимков доступны по ссылке {}.", "Ссылка на документы, приложенные заявителем: {}",
            "Страница истца в социальной сети: {} (скриншот приложен).", "Результаты КТ выгружены: {}",
            "Личный кабинет по убытку: {}"), _m(_url)),
    # --- DATE_TIME
    Family("b61-date-legal-quoted", "DATE_TIME", HELDOUT,
           ("Находилась на стационарном лечении с {}", "умерла {}, что подтверждается свидетельством о смерти",
            "Страховой случай наступил {}.", "Дата травмы — {}", "Госпитализирован в экстренном порядке {}"),
           lambda rng, fake, case: date_legal(rng, fake, "-6y", rng.choice(("q", "qnog", "words")))),
    Family("b61-date-birth", "DATE_TIME", HELDOUT,
           ("{} года рождения, уроженка", "дата рождения: {}", "родилась {} г.", "Дата рождения: {} года", "родившегося {}", "д.р. {}", "({} г.р.)"),
           lambda rng, fake, case: birth(rng, fake, rng.choice(("num", "plain")))),
    Family("b61-date-yob", "DATE_TIME", HELDOUT,
           ("в отношении пациентки, {} г.р.,", "застрахованный, {} года рождения,", "ребёнок {} г.р."),
           date("yyyy")),
    Family("b61-date-period", "DATE_TIME", HELDOUT,
           ("Листок нетрудоспособности закрыт {}.", "Выписан {} с улучшением.", "Последнее обращение — {}.",
            "Диагноз впервые установлен {}", "Дата выдачи справки: {}"),
           lambda rng, fake, case: date_legal(rng, fake, "-5y", rng.choice(("num", "numg", "iso")))),
    Family("b61-date-partial", "DATE_TIME", HELDOUT,
           ("Наблюдается у онколога с {}", "Инвалидность установлена в {}", "заболевание диагностировано {}"),
           _m(_partial)),
    Family("b61-date-time", "DATE_TIME", HELDOUT,
           ("Время поступления: {}", "Смерть констатирована {}", "ДТП произошло {}", "Вызов СМП: {}"), _m(dt_time)),
    Family("b61-date-death", "DATE_TIME", HELDOUT,
           ("Наследодатель скончался {}.", "Дата смерти застрахованного: {}", "открытие наследства {}"), _m(_death)),
    # --- LOCATION
    Family("b61-address-registered", "LOCATION", HELDOUT,
           ("зарегистрированная по адресу: {},", "зарегистрирован по месту жительства: {}",
            "проживающего по адресу: {}", "Адрес регистрации наследодателя: {}.", "место жительства: {};"), _m(addr_legal)),
    Family("b61-address-short", "LOCATION", HELDOUT,
           ("адрес: {}", "фактически проживает {}", "адрес для корреспонденции — {}"),
           address("г. {T}, ул. {S}, {N}-{Q}", "{T}, {S}, д. {N}, кв. {Q}", "{P}, {T}, ул. {S} {N}, кв. {Q}",
                   "{R}, {T}, мкр. {S}, д. {N}")),
    Family("b61-place-birth", "LOCATION", HELDOUT,
           ("место рождения: {}", "уроженец {gent}", "родилась в {loct}", "Место рождения {}, Российская Федерация"),
           lambda rng, fake, case: place_case(rng, fake, case) if case != "nomn" else rng.choice(
               (f"г. {fake.city_name().split(' (')[0]}", f"с. {fake.city_name().split(' (')[0]} {rng.choice(('Раменского', 'Кимрского', 'Аксайского'))} р-на "
                f"{rng.choice(('Московской обл.', 'Тверской области', 'Ростовской обл.'))}"))),
    Family("b61-place-event", "LOCATION", HELDOUT,
           ("Несчастный случай произошёл в {loct}", "Смерть наступила в {loct}", "на отдыхе в {loct} застрахованный получил травму"),
           lambda rng, fake, case: place_case(rng, fake, case)),
    # --- SNILS
    Family("b61-snils", "RU_SNILS", HELDOUT,
           ("СНИЛС {}", "страховой номер индивидуального лицевого счёта {}", "СНИЛС: {};", "(СНИЛС {})", "СНИЛС заявителя - {}"),
           _r(_snils_lay)),
    Family("b61-snils-pfr", "RU_SNILS", HELDOUT,
           ("Выписка из ИЛС застрахованного лица, СНИЛС {}", "по страховому номеру {} сведения о трудовой деятельности",
            "ИЛС № {}"), _r(_snils_lay)),
    # --- INN
    Family("b61-inn-heir", "RU_INN", HELDOUT,
           ("ИНН {}", "ИНН наследника: {}", "индивидуальный предприниматель, ИНН {}, ОГРНИП 321774600123456", "ИНН получателя {}",
            "(ИНН {})"), _r(_inn_any)),
    Family("b61-inn-taxpayer", "RU_INN", HELDOUT,
           ("идентификационный номер налогоплательщика {}", "ИНН физ. лица: {}", "ИНН/КПП страхователя-ИП {}/—",
            "налоговый вычет по ИНН {} на лечение"), _lay("XXXXXXXXXXXX", "XXXX XXXXXX XX", "XXXXXXXXXXXX")(inn12)),
    # --- PASSPORT
    Family("b61-passport", "RU_PASSPORT", HELDOUT,
           ("паспорт гражданина РФ {}, выдан ГУ МВД России, код подразделения 770-001",
            "паспорт серии {} выдан", "документ, удостоверяющий личность: паспорт {}", "Паспорт: {}",
            "предъявлен паспорт {} (оригинал)"), _r(passport)),
    Family("b61-passport-series-split", "RU_PASSPORT", HELDOUT,
           ("паспорт: серия {}", "паспорт {} выдан Отделом УФМС", "серия и номер паспорта: {}"),
           lambda rng, fake, case: rng.choice((f"{rng.randrange(10, 99)} {rng.randrange(0, 25):02d} № {rng.randrange(100000, 999999)}",
                                               f"{rng.randrange(1000, 9999)}, номер {rng.randrange(100000, 999999)}",
                                               f"{rng.randrange(1000, 9999)}-{rng.randrange(100000, 999999)}"))),
    # --- OMS
    Family("b61-oms", "RU_OMS_POLICY", HELDOUT,
           ("полис ОМС {}", "Полис обязательного медицинского страхования № {}", "ЕНП {}", "единый номер полиса: {}",
            "полис ОМС единого образца {}"), _r(_oms_any)),
    Family("b61-oms-old", "RU_OMS_POLICY", HELDOUT,
           ("полис ОМС старого образца {}", "Полис ОМС: {} (АО «СОГАЗ-Мед»)", "полис ОМС серия {}"), _r(old_oms)),
    # --- MRN
    Family("b61-mrn-history", "MEDICAL_RECORD_NUMBER", HELDOUT,
           ("копия медицинской карты стационарного больного № {}", "из истории болезни № {}",
            "медицинская карта пациента, получающего помощь в амбулаторных условиях, № {}", "(и/б {})", "карта № {}"),
           lambda rng, fake, case: mrn(rng, rng.choice(("ib", "amb")))),
    Family("b61-mrn-eln", "MEDICAL_RECORD_NUMBER", HELDOUT,
           ("электронный листок нетрудоспособности № {}", "ЭЛН {}", "больничный лист № {} закрыт"),
           lambda rng, fake, case: mrn(rng, "eln")),
    Family("b61-mrn-mse", "MEDICAL_RECORD_NUMBER", HELDOUT,
           ("выписка из акта медико-социальной экспертизы № {}", "протокол проведения МСЭ № {}", "акт освидетельствования {}"),
           lambda rng, fake, case: mrn(rng, "mse")),
    Family("b61-mrn-policy", "MEDICAL_RECORD_NUMBER", HELDOUT,
           ("полис ДМС № {}", "по договору страхования жизни № {}", "убыток № {}", "номер страхового дела {}",
            "гарантийное письмо по полису {}", "сертификат страхования {}"), _r(ins_policy)),
    Family("b61-mrn-emk", "MEDICAL_RECORD_NUMBER", HELDOUT,
           ("ID пациента в МИС: {}", "номер ЭМК {}", "проба № {} (гистология)", "№ исследования {}"),
           lambda rng, fake, case: mrn(rng, rng.choice(("emk", "lab")))),
    # --- more frames
    Family("b61-person-accs", "PERSON", HELDOUT,
           ("Признать недееспособным(ой) {accs}.", "настоящей доверенностью уполномочиваю {accs} получать документы",
            "Обязать ответчика ознакомить {accs} с медицинской документацией.", "Прошу застраховать {accs} по программе «Защита заёмщика»."),
           person_legal("full", "full", "short")),
    Family("b61-person-loct", "PERSON", HELDOUT,
           ("Сведения о {loct} в регистре застрахованных отсутствуют.", "справка о {loct} выдана по месту требования",
            "в деле имеются сведения о {loct} как о выгодоприобретателе", "При {loct} находилась доверенность."),
           person_legal("full", "short", "before")),
    Family("b61-person-relatives", "PERSON", HELDOUT,
           ("наследником первой очереди является {}", "со слов супруги застрахованного, {gent},",
            "ребёнок умершего — {}", "Опекун (мать) {}", "законный представитель несовершеннолетнего: {}"),
           person_legal("full", "full", "short", "before")),
    Family("b61-person-signature", "PERSON", HELDOUT,
           ("_____________ /{}/", "подпись: ________ ({})", "Заявитель ____________ {}", "Копию получил(а): {} «___»________",
            "М.П.   {}"), person_legal("short", "before", "spaced", "full")),
    Family("b61-email-caps", "EMAIL_ADDRESS", HELDOUT,
           ("E-MAIL: {}", "ЭЛ. ПОЧТА: {}", "адрес электронной почты выгодоприобретателя: {}"),
           lambda rng, fake, case: _email(rng, fake).upper() if rng.random() < 0.5 else _email(rng, fake)),
    Family("b61-url-social", "URL", HELDOUT,
           ("Истец разместил в сети сведения о лечении: {}", "профиль заявителя {}", "видеозапись консультации: {}",
            "Приложение: фото выписки — {}"), _m(_url)),
    Family("b61-date-range", "DATE_TIME", HELDOUT,
           ("в период с {} находился на больничном", "нетрудоспособен с {} по настоящее время", "с {} по настоящее время — санаторно-курортное лечение",
            "на основании выписного эпикриза от {}"), lambda rng, fake, case: date_legal(rng, fake, "-3y")),
    Family("b61-date-short-year", "DATE_TIME", HELDOUT,
           ("дата осмотра {}", "обращение от {} (со слов)", "ДТП {}, доставлен СМП"),
           lambda rng, fake, case: _short_year(rng, fake)),
    Family("b61-address-genitive", "LOCATION", HELDOUT,
           ("переехала с прежнего адреса: {}", "вызов СМП по адресу {}", "адрес места пребывания (временная регистрация): {}"),
           _m(addr_legal)),
    Family("b61-snils-person", "RU_SNILS", HELDOUT,
           ("СНИЛС наследодателя {}", "СНИЛС опекуна: {}", "номер СНИЛС {} — проверен по СМЭВ"), _r(_snils_lay)),
    Family("b61-inn-plain", "RU_INN", HELDOUT,
           ("ИНН физического лица {}", "ИНН заявителя: {}.", "инн {}"), _r(_inn_any)),
    Family("b61-oms-enp", "RU_OMS_POLICY", HELDOUT,
           ("номер полиса ОМС (ЕНП) — {}", "застрахован в ОМС, полис {}", "ЕНП застрахованного лица: {}"), _r(_enp_lay)),
    Family("b61-mrn-lab", "MEDICAL_RECORD_NUMBER", HELDOUT,
           ("гистологические препараты (блоки) № {} выданы на руки", "протокол вскрытия № {}", "направление на МСЭ № {}",
            "рецепт серии 45-20 № {}"), lambda rng, fake, case: mrn(rng, "lab")),
]
