"""Single-value families of blind split 62: one value in a chat line, an SMS, a dictated phrase or a portal field."""

from __future__ import annotations

from benchmarks.pii_blind62_kit import (
                                        enp,
                                        files_url,
                                        inn_spaced,
                                        inn_spoken,
                                        month_year,
                                        mrn,
                                        oms_any,
                                        passport,
                                        passport_spoken,
                                        patient_email,
                                        patient_url,
                                        person_lower,
                                        recent_date,
                                        shout_email,
                                        snils_spoken,
                                        spoken_date,
                                        spoken_phone,
)
from benchmarks.pii_families import HELDOUT, Family, address, digits_layout, inn, person, phone, snils

H = HELDOUT

FAMILIES: list[Family] = [
    # --- PERSON
    Family("b62-person-chat-lower", "PERSON", H, (
        "здравствуйте это {} мама пациента, можно записаться к лору", "добрый день я {} по поводу анализов",
        "вас беспокоит {} вчера была на приеме", "пишу за папу {} ему плохо после прививки"),
        person_lower()),
    Family("b62-person-voice-oblique", "PERSON", H, (
        "пациентка осмотрена совместно с {ablt} рекомендовано продолжить", "консультирован {ablt} по видеосвязи",
        "со слов {gent} жалобы на головную боль три дня", "направлен к {datv} на очную консультацию",
        "передано дежурному врачу {datv} в восемнадцать ноль ноль", "о пациенте {loct} сообщено заведующему"),
        person("F I O", "I O F", "F I O", "F")),
    Family("b62-person-fwd-header", "PERSON", H, (
        "Пересланное сообщение\nОт: {}\n", "[Переслано от {}]", "Forwarded from {}", ">> {} писал(а):",
        "Ответ пользователю {datv}: ждем вас в 10:30"),
        person("I F", "F I", "F I O", "I")),
    Family("b62-person-doctor-sign", "PERSON", H, (
        "Врач-консультант (ТМК): {}", "Протокол подписан УКЭП: {}", "Оператор колл-центра {}, доб. 214",
        "С уважением, ваш врач {}", "— {}, терапевт"),
        person("F io", "io F", "F i o", "I O")),
    Family("b62-person-caps", "PERSON", H, (
        "ПАЦИЕНТ: {}", "ФИО ЗАЯВИТЕЛЯ {}", "ТМК ВРАЧ-ВРАЧ. ЗАПРОС ОТ {gent}"),
        lambda rng, fake, case: person("F I O", "F io")(rng, fake, case).upper()),
    # --- PHONE
    Family("b62-phone-spoken", "PHONE_NUMBER", H, (
        "контактный телефон дочери {} звонить после шести", "перезвонить пациенту по номеру {}",
        "номер мужа {} он в курсе", "телефон для связи {} точка"),
        spoken_phone()),
    Family("b62-phone-chat", "PHONE_NUMBER", H, (
        "мой номер {} пишите в вотсап", "вот телефон {}", "тел {} (Вайбер)", "перезвоните на {} пжлст",
        "Номер сменился, новый {}"),
        phone("89AABBBCCDD", "+7 9AA BBB CC DD", "8 9AA BBBCCDD", "+7(9AA)BBB-CC-DD", "8-9AA-BBB-CCDD", "9AABBBCCDD")),
    Family("b62-phone-sms-log", "PHONE_NUMBER", H, (
        "SMS -> {} статус: доставлено", "Push/SMS отправлено на {}; шаблон: напоминание о ТМК",
        "Исходящий вызов на {} — не отвечает", "Получатель: {}"),
        phone("7AAABBBCCDD", "+7AAABBBCCDD", "8AAABBBCCDD", codes="any")),
    # --- EMAIL
    Family("b62-email-chat", "EMAIL_ADDRESS", H, (
        "скиньте заключение на почту {} пожалуйста", "моя почта {}", "почта {} (не спам!!)",
        "отправьте выписку на {} спасибо", "E-mail пациента: {}"),
        patient_email()),
    Family("b62-email-header", "EMAIL_ADDRESS", H, (
        "От: {}\nТема: результаты анализов", "Reply-To: {}", "Кому: {}; копия: registratura@poliklinika.ru",
        "Ответ отправлен на адрес {}."),
        patient_email()),
    Family("b62-email-voice", "EMAIL_ADDRESS", H, (
        "адрес электронной почты {} ответ направить туда", "логин в личном кабинете {}",
        "электронная почта законного представителя {}"),
        patient_email()),
    # --- URL
    Family("b62-url-sms", "URL", H, (
        "Ваша ТМК начнется в 15:00. Ссылка: {}", "Результаты готовы: {}", "Подключитесь к видеоконсультации {}",
        "Подтвердите запись: {} Не отвечайте на это SMS"),
        patient_url()),
    Family("b62-url-chat", "URL", H, (
        "вот ссылка на мою страницу {} там все документы", "скинула в телеграм {}", "вот ссылка из смс {} она не работает",
        "ссылка не открывается {} что делать?"),
        patient_url()),
    Family("b62-url-note", "URL", H, (
        "Запись видеосеанса доступна по ссылке {} (хранится 30 дней).", "ЭМК пациента: {}",
        "Протокол ТМК размещен {}"),
        patient_url()),
    # --- DATE
    Family("b62-date-spoken", "DATE_TIME", H, (
        "пациент болеет с {} когда появилась температура", "дата рождения {}", "последняя госпитализация {}",
        "контрольная явка {} в десять утра", "выписан из стационара {}"),
        spoken_date()),
    Family("b62-date-chat", "DATE_TIME", H, (
        "я была у вас {} на узи", "записана на {} к кардиологу", "ребенок родился {}", "с {} температура 38",
        "Вы записаны на {}"),
        recent_date("d.mm", "dd.mm.yy", "d MG", "dd.mm.yyyy в 14:30", "d MG в 9:00", "d.m.yyyy")),
    Family("b62-date-log", "DATE_TIME", H, (
        "[{}] Пациент подключился к конференции", "Начало консультации: {}", "visit_date={}",
        "Сеанс ТМК завершен {}"),
        recent_date("yyyy-mm-ddT10:15:00", "dd.mm.yyyy 16:40", "yyyy-mm-dd 08:05", "dd.mm.yyyy, 11:20:07")),
    # --- LOCATION
    Family("b62-location-chat", "LOCATION", H, (
        "я живу в {loct} до вас далеко ехать", "мы сейчас в {loct} у бабушки", "переехали в {accs} прикрепиться можно?",
        "я сейчас на даче в {loct}, связь плохая"),
        address("{Tc}", "пос. {V}", "{Tc}, {D} район", "{Tc}", "с. {V} {R}")),
    Family("b62-location-voice", "LOCATION", H, (
        "адрес фактического проживания {} квартира вторая", "проживает по адресу {}", "вызов на дом {}",
        "место рождения {}"),
        address("город {T} улица {S} дом {N}", "{T} {S} {N} кв {Q}", "{R} {T} ул {S} д {N}", "{T}")),
    Family("b62-location-profile", "LOCATION", H, (
        "Адрес регистрации: {}", "Адрес доставки лекарств: {}", "Место работы: {}"),
        address("{P}, {R}, г. {T}, ул. {S}, д. {N}, кв. {Q}", "г.{T}, {S} ул., {N}-{Q}", "{R}, с. {V}, ул. {S}, {N}")),
    # --- SNILS
    Family("b62-snils-spoken", "RU_SNILS", H, (
        "снилс {} записала правильно?", "страховой номер {} проверить", "номер снилс пациента {}"),
        snils_spoken()),
    Family("b62-snils-chat", "RU_SNILS", H, (
        "снилс мой {}", "вот снилс {} полис щас найду", "СНИЛС ребенка: {}"),
        snils("XXXXXXXXXXX", "XXX-XXX-XXX XX", "XXX XXX XXX-XX", "XXX-XXX-XXX-XX")),
    Family("b62-snils-esia", "RU_SNILS", H, (
        "Вход через Госуслуги: СНИЛС {} подтвержден", "snils=\"{}\"", "Идентификатор ЕСИА (СНИЛС): {}"),
        snils("XXX-XXX-XXX XX", "XXXXXXXXXXX")),
    # --- INN
    Family("b62-inn-chat", "RU_INN", H, (
        "для налогового вычета мой инн {}", "инн {} справка для налоговой нужна", "ИНН плательщика {}"),
        inn_spaced()),
    Family("b62-inn-form", "RU_INN", H, (
        "Налогоплательщик (ИНН {}) просит выдать справку об оплате медуслуг", "inn: {}", "ИНН: {}."),
        inn("XXXXXXXXXXXX")),
    Family("b62-inn-ip", "RU_INN", H, (
        "оплата от ИП, ИНН {}", "ИНН ИП (пациент сам) {}"),
        inn("XXXXXXXXXXXX", "XXXX XXXXXXXX")),
    # --- PASSPORT
    Family("b62-passport-chat", "RU_PASSPORT", H, (
        "паспорт {} выдан в 2015", "серия номер паспорта {}", "паспорт мамы {} нужен?"),
        passport()),
    Family("b62-passport-spoken", "RU_PASSPORT", H, (
        "паспорт серия номер {} выдан отделом уфмс", "данные паспорта {} проверены оператором"),
        passport_spoken()),
    Family("b62-passport-form", "RU_PASSPORT", H, (
        "Документ, удостоверяющий личность: паспорт РФ {}", "Паспорт гражданина РФ: серия и номер {}",
        "ДУЛ: {}"),
        digits_layout("XX XX XXXXXX", "XXXX XXXXXX", "XXXX-XXXXXX")),
    # --- OMS
    Family("b62-oms-chat", "RU_OMS_POLICY", H, (
        "полис омс {}", "номер полиса {} вот", "полис {} новый пластиковый"),
        oms_any()),
    Family("b62-oms-form", "RU_OMS_POLICY", H, (
        "Полис ОМС (ЕНП): {}", "ЕНП {}; СМО: АО «СОГАЗ-Мед»", "enp={}"),
        enp()),
    Family("b62-oms-voice", "RU_OMS_POLICY", H, (
        "единый номер полиса {} страховая согаз", "полис обязательного медицинского страхования {}"),
        oms_any()),
    # --- MRN
    Family("b62-mrn-tmk", "MEDICAL_RECORD_NUMBER", H, (
        "Заявка на ТМК № {} принята", "номер медкарты {}", "по вашему обращению {} врач ответит в течение суток",
        "ЭМК № {}"),
        mrn()),
    Family("b62-mrn-chat", "MEDICAL_RECORD_NUMBER", H, (
        "номер карты {} посмотрите пожалуйста", "больничный {} продлите", "направление {} на мрт когда?",
        "рецепт {} в аптеке не принимают"),
        digits_layout("XXXXXXXXXXXX", "XXXXXX", "XX-XXXX", "XXXXXXX/XX")),
    Family("b62-mrn-voice", "MEDICAL_RECORD_NUMBER", H, (
        "история болезни номер {} выписка", "амбулаторная карта {} диктую", "проба {} забор утром"),
        digits_layout("XXXXX", "XXXX-XX", "XXXXXXXX", "XXXXXX/XX")),
    Family("b62-mrn-eln", "MEDICAL_RECORD_NUMBER", H, (
        "ЭЛН № {} открыт по результатам ТМК", "Листок нетрудоспособности {} продлен", "Рецепт ЛП серия 45 № {}"),
        digits_layout("9XXXXXXXXXXX", "XXXXXXXXXXXX", "XXXXXXXX")),
    # --- more shapes
    Family("b62-person-nick-pair", "PERSON", H, (
        "{} (@kotik_77): спасибо доктор", "Солнышко ({}) в чате", "{} | ник: user5531",
        "Участник «Мамуля_2010» — это {}"),
        person("I F", "I", "F I", "I F")),
    Family("b62-date-month-year", "DATE_TIME", H, (
        "болею с {gent}", "операция была в {loct}", "последний раз сдавал анализы в {loct}",
        "беременность с {gent}, встала на учет поздно", "перенесла ковид {nomn}"),
        month_year()),
    Family("b62-location-birthplace", "LOCATION", H, (
        "место рождения {}", "м/р: {}", "родился(ась): {}"),
        address("г. {T}", "{V} {Dg} района", "город {T} {R}", "{T}", "с. {V} {R}")),
    Family("b62-inn-spoken", "RU_INN", H, (
        "инн {} для справки в налоговую", "ИНН (продиктован): {}"),
        inn_spoken()),
    Family("b62-passport-foreign", "RU_PASSPORT", H, (
        "загранпаспорт {} (для ТМК из-за рубежа)", "заграничный паспорт № {}", "паспорт иностранный {}"),
        digits_layout("XX XXXXXXX", "XXXXXXXXX", "XX №XXXXXXX")),
    Family("b62-mrn-accession", "MEDICAL_RECORD_NUMBER", H, (
        "исследование {} загружено в PACS, доступно врачу-консультанту", "Accession: {}",
        "номер пробирки {} результаты придут смс"),
        digits_layout("CTXXXXXXXX", "XXXXXXXXXX", "МРТ-XXXXXX")),
    Family("b62-url-pacs", "URL", H, (
        "снимки тут {}", "DICOM-просмотр для пациента: {}", "ссылка на мое мрт {} пароль в смс",
        "выписки и анализы папы загрузила на диск {}"),
        files_url()),
    Family("b62-phone-landline", "PHONE_NUMBER", H, (
        "домашний {}", "стационарный телефон {} (бабушка слышит плохо)", "тел. дом. {}"),
        phone("(AAA) BBB-CC-DD", "8 (AAA) BBB-CC-DD", "8 AAAA BB-CC-DD", "BBB-CC-DD", codes="city")),
    Family("b62-email-typed", "EMAIL_ADDRESS", H, (
        "Почта: {}", "мыло {}", "мой email {} ответьте срочно"),
        shout_email()),
    Family("b62-oms-old", "RU_OMS_POLICY", H, (
        "полис старого образца {}", "полис ОМС серия и номер {}", "старый полис {} он действует?"),
        digits_layout("XXXX XXXXXXXX", "XXXX № XXXXXX", "XXXX XXXXXXX")),
]
