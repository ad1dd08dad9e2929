"""One-value families of blind split 37: death and forensic papers, donation, vaccination, disease
registries, home-visit and palliative teams, and hasty prose with identifiers mid-sentence."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind37_gen import (
    birthplace,
    enp_v,
    hexs,
    inn_v,
    mail,
    num,
    num_maker,
    passport_v,
    phone_maker,
    place_maker,
    snils_v,
    when,
    when_maker,
    who_maker,
)
from benchmarks.pii_families import Family

H = "heldout"


def _pick(fn, *layouts: str):
    return lambda rng, fake, case: fn(rng, rng.choice(layouts))


def _birth_place(rng: random.Random, fake: Any, case: str) -> str:
    return birthplace(rng, fake)


def _covid_url(rng: random.Random, fake: Any, case: str) -> str:
    cert = num(rng, "9000000000000000")
    return rng.choice((f"https://www.gosuslugi.ru/covid-cert/verify/{cert}?lang=ru&ck={hexs(rng, 32)}",
                       f"https://www.gosuslugi.ru/vaccine/cert/verify/{hexs(rng, 8)}-{hexs(rng, 4)}-{hexs(rng, 4)}",
                       f"gosuslugi.ru/covid-cert/status/{hexs(rng, 8)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 12)}"))


def _personal_url(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice((f"https://vk.com/id{rng.randrange(10**5, 10**9)}", f"https://t.me/{fake.user_name()}",
                       f"https://telemed.{fake.domain_name()}/room/{hexs(rng, 10)}",
                       f"https://disk.yandex.ru/d/{hexs(rng, 14)}", f"https://ok.ru/profile/{rng.randrange(10**8, 10**12)}",
                       f"https://{fake.domain_name()}/memorial/{fake.user_name()}", fake.url()))


def _mail(rng: random.Random, fake: Any, case: str) -> str:
    return mail(rng, fake)


def _old_oms(rng: random.Random, fake: Any, case: str) -> str:
    return num(rng, rng.choice(("XXXX 00000000", "XX00 0000000000", "ЛL 000000", "XXXX № 00000000", "XXXX-00000000",
                                "XX 00 000000")))


def _year_phrase(rng: random.Random, fake: Any, case: str) -> str:
    return when(rng, fake, rng.choice(("в yyyy г.", "в yyyy", "в yyyy году", "в yyyyг", "в ML yyyy г.",
                                       "в mm.yyyy", "осенью yyyy", "весной yyyy г.", "yyyy г.")), "old")


SINGLE37: list[Family] = [
    # ----- PERSON --------------------------------------------------------------------------------
    Family("b37-person-deceased", "PERSON", H, (
        "Констатирована биологическая смерть {gent}.", "Тело {gent} направлено в патологоанатомическое отделение.",
        "Умерший(ая) {} доставлен(а) в морг БСМЭ бригадой СМП.", "Вскрытие тела {gent} не проводилось по заявлению родственников.",
        "Смерть гр. {gent} наступила до прибытия бригады.", "Труп {gent} осмотрен на месте происшествия."),
        who_maker("F I O", "F io", "F i o", "F I O", style="mix")),
    Family("b37-person-expert", "PERSON", H, (
        "Судебно-медицинский эксперт {} (стаж работы 14 лет).", "Экспертизу проводил {}.",
        "На основании постановления следователя {gent} произведена экспертиза.", "Эксперт: {} /подпись/",
        "Заключение согласовано с заведующим отделом {ablt}.", "Гистологическое исследование выполнено {ablt}."),
        who_maker("F io", "io F", "F I O", "F i o", ethnic=0.1)),
    Family("b37-person-donor", "PERSON", H, (
        "Донор {} допущен к донации цельной крови.", "От донора {gent} получена доза эритроцитной взвеси.",
        "Временный отвод донора {gent} на 6 месяцев.", "Благодарственное письмо вручено донору {datv}.",
        "Почётный донор России {} обратился за справкой.", "Посмертное донорство органов: согласие не получено от {gent}."),
        who_maker("F I O", "F I", "F io", "I O F")),
    Family("b37-person-relative-death", "PERSON", H, (
        "Тело выдано родственнику умершего — {datv}.", "О смерти извещены родственники: {}.",
        "Сообщено {datv} по телефону.", "Свидетельство о смерти получил(а) {}.",
        "Со слов соседей ({gent}), последний раз видели позавчера.",
        "Заявление об отказе от вскрытия подписано {ablt} (родственник)."),
        who_maker("F I O", "I O", "F I", "F io", "I")),
    Family("b37-person-relative-female", "PERSON", H, (
        "О смерти извещена дочь, {}.", "Сообщено жене {datv} по телефону.", "Свидетельство получила {}, внучка.",
        "Со слов соседки {gent}, последний раз видели позавчера.", "Заявление подписано супругой — {ablt}."),
        who_maker("F I O", "I O", "F I", "I", female=True)),
    Family("b37-person-hasty", "PERSON", H, (
        "осм совм с {ablt}, р-но МРТ", "пац-ка {} жалоб не предъявляет", "перед. {datv} под набл.",
        "дочь {} в курсе диагноза", "созвон с {ablt} - согласны на хоспис", "к/с {} отказ от ИВЛ подписала"),
        who_maker("F", "F io", "I", "F i0 o0", "I O", style="low", ethnic=0.3, female=True)),
    Family("b37-person-palliative", "PERSON", H, (
        "Патронаж м/с {ablt}.", "Выездная паллиативная бригада (врач {}) посетила пациентку.",
        "Родственник, осуществляющий уход: {}.", "Лицо, ухаживающее за больным: {}.",
        "Обезболивание назначено врачом {ablt}.", "Уход обеспечивает {}, социальный работник."),
        who_maker("F I O", "F io", "F i o", "I O")),
    Family("b37-person-cis", "PERSON", H, (
        "Пациент(ка) {}, гражданство — Республика Узбекистан, поступил(а) без документов.",
        "Со слов родственника {gent} болеет 2 года.", "Переводчик — {}.", "Направлен(а) к {datv} на консультацию.",
        "Умерший(ая) {} прибыл(а) из Душанбе месяц назад.", "Свидетель: {}."),
        who_maker("F I O", "F I", "I F", "F io", ethnic=0.9)),
    Family("b37-person-caps-form", "PERSON", H, (
        "УМЕРШИЙ(АЯ): {}", "ФИО ДОНОРА: {}", "ПОЛУЧАТЕЛЬ: {}", "Ф. И. О. {}", "ФИО законного представителя:{}"),
        who_maker("F I O", "F io", style="up")),
    # ----- PHONE ---------------------------------------------------------------------------------
    Family("b37-phone-relative", "PHONE_NUMBER", H, (
        "Родственники извещены по тел. {}.", "тел. сына {}", "Дочь (тел. {}) просит звонить после 18:00.",
        "Контакт для связи по вопросам захоронения: {}", "Номер жены — {}, вечером не отвечает."),
        phone_maker("+7 (9AA) BBB-CC-DD", "89AABBBCCDD", "8-9AA-BBB-CC-DD", "8 9AA BBB CC DD", "+7 9AA BBBCCDD",
                    "8(9AA)BBBCCDD", "+7-9AA-BBB-CCDD")),
    Family("b37-phone-landline", "PHONE_NUMBER", H, (
        "Горячая линия паллиативной помощи пациента (дом.) {}", "Дом. телефон: {}", "Регистратура ОПК, для родственников: {}",
        "Факс бюро СМЭ для запросов родственников {}", "позвонить на домашний {}"),
        phone_maker("8 (AAA) BBB-CC-DD", "(AAA) BBB-CC-DD", "8 AAA BBB CC DD", "BBB-CC-DD", "8(AAA)BB-CC-DD",
                    "+7 AAA BBB CC DD", city=True)),
    Family("b37-phone-hasty", "PHONE_NUMBER", H, (
        "перезвонить дочери {} !!", "т.{}", "моб{} (сосед)", "звонила внучка с номера {}, просит выписку",
        "тел:{}"),
        phone_maker("89AABBBCCDD", "8 9AABBBCCDD", "+79AABBBCCDD", "89AA-BBB-CC-DD", "8 9AA BBBCC DD", "9AABBBCCDD")),
    # ----- DATE ----------------------------------------------------------------------------------
    Family("b37-date-death", "DATE_TIME", H, (
        "Дата смерти: {}", "Умер {}.", "Смерть наступила {} в присутствии родственников.",
        "Биологическая смерть констатирована {}", "Время и дата смерти — {}"),
        when_maker("dd.mm.yyyy", "dd.mm.yyyy в HH:MI", "d MG yyyy г. в HH ч. MI мин.", "dd.mm.yy HH:MI",
                   "HH:MI dd.mm.yyyy", "d MG yyyy года", "dd.mm.yyyy г. HH час. MI мин.")),
    Family("b37-date-donation", "DATE_TIME", H, (
        "Последняя донация {}.", "Кроводача от {}", "Плазмаферез выполнен {}.", "Дата следующей донации не ранее {}",
        "Дата забора органов: {}"),
        when_maker("dd.mm.yyyy", "d MG yyyy", "dd.mm.yy", "dd MA yyyy г.", "yyyy-mm-dd", "d.m.yyyy")),
    Family("b37-date-vaccination", "DATE_TIME", H, (
        "V1 {}", "Ревакцинация АДС-М {}", "Привит против гриппа {}.", "Вакцинация против COVID-19 (1 этап) — {}",
        "R3 полиомиелит: {}", "Манту {} — 7 мм"),
        when_maker("dd.mm.yy", "dd.mm.yyyy", "mm.yyyy", "yyyy г.", "d.m.yy", "dd.mm.yyyyг.", "MN yyyy")),
    Family("b37-date-diagnosis", "DATE_TIME", H, (
        "Диагноз установлен {}.", "Взят на диспансерный учет в онкодиспансере {}", "Включен в регистр {}.",
        "Гистологически верифицирован {}", "Инвалидность I группы установлена {}", "СД 2 типа выявлен {}."),
        when_maker("dd.mm.yyyy", "в ML yyyy г.", "dd.mm.yyyy г.", "в yyyy году", "d MG yyyy г.", "mm.yyyy", span="old")),
    Family("b37-date-prose-years", "DATE_TIME", H, (
        "{} перенесла ОНМК", "операция на щитовидке {}", "мать умерла {} от рака желудка", "{} ампутация голени",
        "отец умер {}, инфаркт"),
        _year_phrase),
    Family("b37-date-birth-short", "DATE_TIME", H, (
        "д.р. {}", "{} г.р.", "Дата рожд.:{}", "г/р {}", "Родилась {}", "ДР {} (со слов)"),
        when_maker("dd.mm.yyyy", "yyyy", "dd.mm.yy", "d.mm.yyyy", "dd/mm/yyyy", "d MG yyyy", span="birth")),
    # ----- LOCATION ------------------------------------------------------------------------------
    Family("b37-loc-place-of-death", "LOCATION", H, (
        "Место смерти: {}", "Смерть наступила по месту жительства: {}.", "Труп обнаружен по адресу {}.",
        "Адрес места происшествия — {}"),
        place_maker("г. {T}, ул. {S}, д. {N}, кв. {Q}", "{R}, {D} р-н, с. {V}, ул. {S}, {N}",
                    "{T}, {S} ул., д.{N}, кв.{Q}", "{P}, {RF}, г. {T}, ул. {S}, д. {N}", "СНТ «{S}», уч. {N}, {D} р-н")),
    Family("b37-loc-home-visit", "LOCATION", H, (
        "Адрес вызова: {}", "Выезд на дом: {}.", "Актив на дом — {}", "Адрес патронажа {}"),
        place_maker("ул. {S}, д. {N}, кв. {Q}, подъезд {E}, этаж {F}, домофон {H}",
                    "{T}, {S}, {N}-{Q}, п.{E}, эт.{F}", "г. {T}, ул. {S} {N}, кв {Q}, домофон {H}",
                    "пос. {V}, ул. {S}, д. {N}", "{S} ул, д {N} кв {Q} под {E} эт {F}")),
    Family("b37-loc-birthplace", "LOCATION", H, (
        "Место рождения: {}", "Уроженец {}", "место рожд. {}", "родилась: {}"),
        _birth_place),
    Family("b37-loc-town-cases", "LOCATION", H, (
        "Проживает в {loct} с дочерью.", "Доставлен из {gent} санавиацией.", "Переехала в {accs} после смерти мужа.",
        "Похоронен в {loct}.", "Направлен из ЦРБ {gent}."),
        place_maker("{Tc}", "г. {Tc}", "с. {V}", "{Tc} ({R})")),
    Family("b37-loc-hasty", "LOCATION", H, (
        "живет одна на {}, соц работник ходит", "адр {}", "прож {} (у сына)", "по адр {} никто не открыл"),
        place_maker("ул.{S} {N}-{Q}", "пр.{S} д{N} кв{Q}", "{S} {N}/{Q}", "{T} {S} {N}-{Q}", "ул {S} д {N}")),
    # ----- identifiers ---------------------------------------------------------------------------
    Family("b37-snils-forms", "RU_SNILS", H, (
        "СНИЛС умершего: {}", "Страховой номер индивидуального лицевого счёта {}", "СНИЛС донора — {}",
        "СНИЛС: {} (со слов)", "СНИЛС законного представителя {}"),
        _pick(snils_v, "XXX-XXX-XXX XX", "XXX-XXX-XXX-XX", "XXXXXXXXXXX", "XXX XXX XXX XX", "XXX-XXX-XXXXX")),
    Family("b37-snils-prose", "RU_SNILS", H, (
        "снилс {} нет в системе, уточнить", "снилс-{}", "по снилсу {} прикреплена к др. поликлинике",
        "СНИЛС {}, полис не предъявлен"),
        _pick(snils_v, "XXXXXXXXXXX", "XXX-XXX-XXX XX", "XXX XXX XXX-XX", "XXXXXXXXX XX")),
    Family("b37-inn", "RU_INN", H, (
        "ИНН умершего {}", "ИНН: {}", "ИНН получателя пособия на погребение {}", "инн {} (для налогового вычета)",
        "Идент. номер налогоплательщика — {}"),
        _pick(inn_v, "XXXXXXXXXXXX", "XXXXXXXXXXXX", "XXXX XXXX XXXX", "XXXXXXXXXX")),
    Family("b37-passport", "RU_PASSPORT", H, (
        "Паспорт {} выдан ОУФМС.", "Документ, удостоверяющий личность умершего: паспорт РФ {}", "пасп. {}",
        "паспорт гражданина РФ серия, номер: {}", "Паспортные данные донора: {}"),
        _pick(passport_v, "XX XX XXXXXX", "XXXX XXXXXX", "XXXX № XXXXXX", "XXXXXXXXXX", "XX XX № XXXXXX", "XXXX-XXXXXX")),
    Family("b37-oms-enp", "RU_OMS_POLICY", H, (
        "Полис ОМС {}", "ЕНП {}", "полис {} (СОГАЗ-Мед)", "Полис обязательного медицинского страхования: {}",
        "номер полиса ОМС умершего {}"),
        _pick(enp_v, "XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX", "XXXX-XXXX-XXXX-XXXX", "XXXXXXXX XXXXXXXX")),
    Family("b37-oms-old", "RU_OMS_POLICY", H, (
        "Полис ОМС старого образца {}", "полис серия и номер {}", "Страховой полис: {}"),
        _old_oms),
    Family("b37-mrn-death-cert", "MEDICAL_RECORD_NUMBER", H, (
        "Выдано медицинское свидетельство о смерти № {}", "МСС серия {}", "Мед. свидетельство о смерти (ф. 106/у) № {}",
        "Свидетельство о перинатальной смерти № {}", "Свидетельство о смерти (ЗАГС) {}"),
        num_maker("XX 000000", "XX-000000", "XXX 000000000", "X0-00000", "XX000000", "I-ЛL 000000")),
    Family("b37-mrn-forensic", "MEDICAL_RECORD_NUMBER", H, (
        "Заключение эксперта № {}", "Акт судебно-медицинского исследования трупа № {}", "направление на СМЭ № {}",
        "Судебно-химическое исследование № {}", "КУСП № {}"),
        num_maker("X00", "X000", "X00/Y", "X000-Э", "X00-Т/Y", "X000/20Y")),
    Family("b37-mrn-donor", "MEDICAL_RECORD_NUMBER", H, (
        "Регистрационный номер донора {}", "Код донора: {}", "Донор № {} (ЕДБ)", "Карточка донора ф. 406/у № {}",
        "Идентификатор в регистре доноров костного мозга: {}"),
        num_maker("X000000", "00-000000", "X000000000", "ЛL-X0000", "RU-X00000")),
    Family("b37-mrn-donation", "MEDICAL_RECORD_NUMBER", H, (
        "Номер донации {}", "Штрих-код контейнера: {}", "Гемакон № {}", "Номер образца крови донора {}"),
        num_maker("X000000000000", "W0000 Y 000000", "X0000Y000000", "X00-000000")),
    Family("b37-mrn-vacc-cert", "MEDICAL_RECORD_NUMBER", H, (
        "Сертификат о вакцинации COVID-19 № {}", "Уникальный номер записи о вакцинации {}",
        "Сертификат профилактических прививок (ф. 156/у-93) № {}", "Номер сертификата: {}"),
        num_maker("9000 0000 0000 0000", "9000000000000000", "X00000", "ЛL X00000")),
    Family("b37-mrn-registry", "MEDICAL_RECORD_NUMBER", H, (
        "Рег. № в канцер-регистре {}", "ID пациента в ФРСД: {}", "Номер в регистре ВЗН {}",
        "Извещение о впервые выявленном ЗНО (ф. 090/у) № {}", "Номер в регистре орфанных заболеваний {}",
        "Уникальный номер регистровой записи {}"),
        num_maker("X00000", "X0-00000", "X000000000", "Y-X00000", "X0000/Y", "ОНК-X00000")),
    Family("b37-mrn-call-card", "MEDICAL_RECORD_NUMBER", H, (
        "Карта вызова СМП № {}", "вызов № {}", "Номер наряда бригады {}", "Сопроводительный лист № {}",
        "Талон к сопроводительному листу № {}"),
        num_maker("X00", "X000", "X0000", "X00/0", "X000-00")),
    Family("b37-mrn-eln", "MEDICAL_RECORD_NUMBER", H, (
        "ЭЛН № {}", "Листок нетрудоспособности по уходу за больным членом семьи № {}", "открыт ЛН {}",
        "продлён эл. больничный {}"),
        num_maker("91000000000", "910000000000", "900000000000", "X00000000000")),
    Family("b37-mrn-case-hasty", "MEDICAL_RECORD_NUMBER", H, (
        "и/б {}", "ИБ№{}", "а/к {}", "№ мед. карты {}", "история {} подшита", "карта стац. больного {}"),
        num_maker("X0000/Y", "X000", "С-X000", "Т-00X00", "X0000", "X00-Y")),
    Family("b37-mrn-migrant", "MEDICAL_RECORD_NUMBER", H, (
        "Паспорт гражданина Республики Узбекистан {}", "Миграционная карта {}", "Национальный паспорт Таджикистана № {}",
        "Вид на жительство № {}", "Водительское удостоверение {}"),
        num_maker("WW0000000", "X000 0000000", "X00000000", "82 0000000", "00 00 000000", "WW 0000000")),
    Family("b37-mrn-lab-sample", "MEDICAL_RECORD_NUMBER", H, (
        "Гистология № {}", "ИГХ-исследование № {}", "Проба № {} передана в СХО", "Биоптат, номер образца {}",
        "Цитология {} — атипичные клетки"),
        num_maker("X0000-0/Y", "X00000", "X000-Y", "Г-X0000", "X0000/Y-0")),
    Family("b37-mrn-referral", "MEDICAL_RECORD_NUMBER", H, (
        "Направление на МСЭ (ф. 088/у) № {}", "Рецепт (ф. 107-1/у) № {}", "Направление на госпитализацию в хоспис № {}",
        "Заключение ВК о нуждаемости в паллиативной помощи № {}", "Льготный рецепт серия/номер {}"),
        num_maker("X000", "X00000", "X0-00000", "X00/Y", "00-Y X00000", "X000000000000000000")),
    # ----- e-mail / URL --------------------------------------------------------------------------
    Family("b37-email", "EMAIL_ADDRESS", H, (
        "Эл. почта родственника: {}", "Скан свидетельства направлен на {}", "почта {}", "e-mail донора {}",
        "Ответ на обращение отправлен на {}."),
        _mail),
    Family("b37-url-covid", "URL", H, (
        "QR-код сертификата: {}", "Ссылка для проверки: {}", "Сертификат доступен по ссылке {}"),
        _covid_url),
    Family("b37-url-personal", "URL", H, (
        "Страница сбора средств на лечение: {}", "Видеоконсультация с дочерью по ссылке {}", "Фото раны родственники выложили: {}",
        "Профиль в соцсети: {}", "Страница памяти: {}"),
        _personal_url),
]

