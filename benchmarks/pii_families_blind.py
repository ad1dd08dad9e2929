"""Blind held-out format families for the PII benchmark (split ``"blind"``).

Written for issue #10 by someone who did not read the recognizers, their tuning families or the
held-out families' formats, and who never ran the scanner on these families: formats were chosen
from how Russian clinical and administrative documents write PII (discharge summaries, referral
and sick-leave forms, outpatient card title pages, lab forms, call-centre notes, anamnesis in
free text). Nothing here may be adjusted after seeing how the scanner does on it; a change to the
recognizers that targets a format below defeats the purpose of the split. ``python -m
benchmarks.bench_pii --blind`` scores it (per type only: no misses, no per-family recall).

Families are single-slot (:class:`~benchmarks.pii_families.Family`, a frame per sentence or field,
"{gent}" etc. for the slot's case), or composed (:class:`~benchmarks.pii_families.BlockFamily`):
frames whose value shape depends on the frame, several values in one field, whole form headers.
Values come from :mod:`benchmarks.pii_blind_values`, whole form headers from
:mod:`benchmarks.pii_blind_forms`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from benchmarks.pii_blind_forms import (
    BIRTH,
    MOBILE_ANY,
    ORGS,
    call_centre,
    card_title,
    discharge_header,
    lab_form,
    referral,
    sick_leave,
    v,
)
from benchmarks.pii_blind_values import (
    DATE,
    INN,
    LOC,
    MAIL,
    MRN,
    OMS,
    PASSPORT,
    PER,
    PHONE,
    SNILS,
    URL,
    address_as,
    compose,
    date_as,
    date_range,
    foreign_phone,
    inn_as,
    name,
    oms_as,
    org_email,
    passport_as,
    pattern,
    personal_email,
    phone_as,
    snils_as,
    town_in,
)
from benchmarks.pii_families import BlockFamily, Family, Maker, Planted, fill

BLIND = "blind"


def variants(name_: str, kind: str, *pairs: tuple[tuple[str, ...], Maker]) -> BlockFamily:
    """A single-type family whose value shape depends on the frame: (frames, maker) pairs."""

    def make(rng: random.Random, fake: Any) -> Planted:
        frames, maker = rng.choice(pairs)
        return fill(rng.choice(frames), rng, fake, maker, kind)

    return BlockFamily(name_, BLIND, make)


def composed(name_: str, *builders: Callable[[random.Random, Any], Planted]) -> BlockFamily:
    return BlockFamily(name_, BLIND, lambda rng, fake: rng.choice(builders)(rng, fake))


# =============================================================================================
# DATE_TIME
# =============================================================================================
DATE_FAMILIES = [
    Family("date-roman-month-blind", DATE, BLIND, (
        "Выписка из медицинской карты от {}.", "Осмотрена гинекологом {}, патологии не выявлено.",
        "Контрольная явка {}.", "ФГДС от {}: эрозивный гастрит.", "Последняя госпитализация {} по поводу пневмонии.",
    ), date_as("{dd}.{MR}.{yyyy}", "{d}.{MR}.{yyyy} г.", "{d} {MR} {yy}", "{dd}.{MR}.{yy}", "{d} {MR} {yyyy} г.")),
    Family("date-iso-lab-blind", DATE, BLIND, (
        "Дата взятия материала: {}.", "Проба зарегистрирована {}.", "Результат ПЦР от {} отрицательный.",
        "Исследование выполнено {} на анализаторе Sysmex XN-1000.", "Дата и время выдачи результата {}.",
    ), date_as("{yyyy}-{mm}-{dd}", "{yyyy}-{mm}-{dd} {hh}:{mi}", "{yyyy}-{mm}-{dd}T{hh}:{mi}:{ss}", "{dd}/{mm}/{yy}",
               "{dd}/{mm}/{yyyy} {hh}:{mi}", "{yyyy}.{mm}.{dd}")),
    Family("date-form-quoted-blind", DATE, BLIND, (
        "Дата выдачи: {}.", "Направление выдано {}.", "Подпись пациента __________ {}.",
        "Информированное добровольное согласие подписано {}.", "Дата заполнения {}.",
    ), date_as("«{dd}» {MG} {yyyy} г.", '"{dd}" {MG} {yyyy}г.', "«{dd}» {mm} {yyyy} г.", "{dd} {MG} {yyyy}г.",
               "{dd}.{mm}.{yyyy}г.", "«{d}» {MG} {yyyy} года")),
    Family("date-numeric-history-blind", DATE, BLIND, (
        "Холецистэктомия {}.", "Перелом лучевой кости справа {}, лечился консервативно.",
        "Вакцинация против гриппа {}.", "Последняя ФЛГ {} - без патологии.", "Перенесенные операции: аппендэктомия {}.",
    ), date_as("{dd}-{mm}-{yyyy}", "{d}.{m}.{yy}", "{dd} {mm} {yyyy}", "{d}.{mm}.{yyyy} года", "{dd}.{mm}.{yy}г.",
               years=(1995, 2024))),
]

DATE_BLOCKS = [
    variants("date-range-blind", DATE, (
        ("Находилась на стационарном лечении в терапевтическом отделении с {}.", "Листок нетрудоспособности с {}.",
         "Получал инфузионную терапию с {}.", "Освобожден от занятий физкультурой с {}."),
        date_range("words", "digits", "full"),
    ), (
        ("Период нетрудоспособности: {}.", "Стационарное лечение {} (7 к/дн).", "Госпитализация {}, выписан с улучшением."),
        date_range("dash"),
    )),
    variants("date-partial-blind", DATE, (
        ("Считает себя больной с {gent}, когда впервые появились давящие боли за грудиной.",
         "Ухудшение состояния с конца {gent}.", "Наблюдается у эндокринолога с {gent}."),
        date_as("{M} {yyyy} г.", "{M} {yyyy} года", "{S} {yyyy} г.", "{S} {yyyy} года", years=(2005, 2024)),
    ), (
        ("Впервые повышение АД отметила в {loct}.", "Диагноз СД 2 типа установлен в {loct}."),
        date_as("{M} {yyyy} г.", "{M} {yyyy} года", "{M} {yyyy}", years=(2005, 2024)),
    ), (
        ("Со слов пациентки, {ablt} перенесла COVID-19, лечилась амбулаторно.",
         "Травму получил {ablt}, за помощью не обращался."),
        date_as("{S} {yyyy} г.", "{S} {yyyy} года", "{S} {yyyy}", "зимой {yyyy}/{yn} г.", years=(2005, 2024)),
    ), (
        ("Последняя ФЛГ: {}, без патологии.", "Дата последней госпитализации: {}."),
        date_as("{M} {yyyy}", "{mm}.{yyyy}", "{mm}/{yyyy} г.", "{Mc} {yyyy} г.", years=(2005, 2024)),
    )),
    variants("date-birth-blind", DATE, (
        ("Пациентка Н., {} г.р., обратилась с жалобами на слабость.", "Мать, {} г.р., страдает СД 2 типа.",
         "Больной К., {} года рождения, доставлен СМП."),
        date_as("{yyyy}", years=BIRTH),
    ), (
        ("Со слов матери, родился {} в срок, рос и развивался соответственно возрасту.",
         "Родилась {}, вторая беременность, роды первые."),
        date_as("{d}-го {MG} {yyyy} г.", "{d}-го {MG}", "{dd}.{mm}.{yyyy}", "{d} {MG} {yyyy} года", years=BIRTH),
    ), (
        ("Пациент К., д.р. {}, доставлен бригадой СМП.", "ДР: {}.", "Дата рожд. {}."),
        date_as("{dd}.{mm}.{yy}", "{d}.{m}.{yyyy}", "{dd}.{mm}.{yyyy}", "{dd}/{mm}/{yyyy}", years=BIRTH),
    )),
    variants("date-admission-time-blind", DATE, (
        ("Поступил {} по экстренным показаниям.", "Доставлена бригадой СМП {}.", "Госпитализирован {} из приемного отделения."),
        date_as("{dd}.{mm} в {hh}:{mi}", "{dd}.{mm}.{yy} в {h} ч {mi} мин", "{d} {MG} в {h}.{mi}",
                "{dd}.{mm}.{yyyy} {hh}:{mi}", "{dd}.{mm}.{yyyy} в {h}:{mi}"),
    ), (
        ("Дата и время осмотра: {}.", "Время начала операции: {}.", "Констатирована смерть {}."),
        date_as("{hh}:{mi} {dd}.{mm}.{yyyy}", "{hh}:{mi}, {dd}.{mm}.{yy}", "{h} ч {mi} мин {dd}.{mm}.{yyyy}"),
    )),
    variants("date-no-year-blind", DATE, (
        ("В ночь на {} появилась рвота, жидкий стул до 6 раз.",),
        date_as("{d} {MG}", "{dd}.{mm}", "{d}-е {MG}"),
    ), (
        ("Анализы на {}: Hb 118 г/л, лейкоциты 9,1.", "Состояние на {} удовлетворительное."),
        date_as("{dd}.{mm}.{yyyy}", "{dd}.{mm}.{yy}", "{d} {MG}"),
    ), (
        ("Выписан к труду с {}.", "Накануне, {}, употреблял в пищу грибы домашней консервации.",
         "Последний прием препарата {}."),
        date_as("{d}.{mm}", "{dd}.{mm}", "{d} {MG}", "{d}-го {MG}"),
    )),
]

# =============================================================================================
# LOCATION
# =============================================================================================
LOCATION_FAMILIES = [
    Family("addr-rural-blind", LOC, BLIND, (
        "Адрес: {}.", "Проживает: {}.", "Зарегистрирована по адресу: {}.", "Место жительства - {}.",
    ), address_as("{R}, {D} р-н, {V}, д. {N}", "{RF}, {D} район, {V}, ул. {St}, д. {N}", "{V}, {D} р-н, {R}",
                  "{R}, {D} р-н, {V}, ул. {St}, {N}-{Q}", "{V} {Dg} р-на {Rg}", "{V}, ул. {St}, д. {N}")),
    Family("addr-postal-blind", LOC, BLIND, (
        "Почтовый адрес: {}.", "Адрес для корреспонденции: {}.", "Выписку направить по адресу {}.", "Адрес: {}.",
    ), address_as("{P}, {R}, г. {T}, {S}, д. {N}, кв. {Q}", "{P}, г. {T}, {S}, {N}-{Q}",
                  "{S}, д. {N}, кв. {Q}, г. {T}, {R}, {P}", "{S}, {N}, {T}, {P}", "{P} {R} {D} р-н {V} {S} {N}",
                  "{P}, Московская обл., г. о. {GO}, {S}, д. {N}", "Московская обл., г.о. {GO}, мкр. {Mk}, д. {N}, кв. {Q}")),
    Family("addr-urban-abbr-blind", LOC, BLIND, (
        "Адрес проживания: {}.", "Фактический адрес: {}.", "Прож.: {}.", "Адрес места пребывания: {}.",
    ), address_as("г. {T}, {S}, д. {N}, корп. {K}, кв. {Q}", "г. {T}, {S}, {N}, стр. {K}",
                  "{T}, {S}, д. {N}, лит. {L}, кв. {Q}", "{T}, {S} {n}/{K}-{Q}", "г. {T}, мкр. {Mk}, д. {N}, кв. {Q}, комн. {Rm}",
                  "{S}, д. {N}, к. {K}, кв. {Q}", "{T}, пр-т {St}, {n}/{K}")),
    Family("addr-call-compact-blind", LOC, BLIND, (
        "Адрес вызова: {}.", "Выезд по адресу {}.", "Вызов на дом - {}, подъезд 2, этаж 5.", "Адрес: {}; домофон не работает.",
    ), address_as("{T}, {St} {N}-{Q}", "ул. {St} {N} кв {Q}", "{St} ул. д{N} кв{Q}", "мкр {Mk} {N}-{Q}",
                  "{T} {St} {n}/{K} кв. {Q}", "{St}, {N}, кв. {Q}")),
]

LOCATION_BLOCKS = [
    variants("place-oblique-blind", LOC, (
        ("Два года назад переехала из {gent} к дочери.", "Родом из {gent}, в городе живет последние 5 лет.",
         "Вернулся из командировки из {gent} неделю назад."),
        town_in(""),
    ), (
        ("Месяц назад отдыхал в {loct}.", "Работает вахтовым методом в {loct}.",
         "Ранее наблюдалась у кардиолога в {loct}.", "Летом гостила у сестры в {loct}."),
        town_in(""),
    ), (
        ("Ездил к родственникам в {accs}, контакт с больными ОРВИ отрицает.", "Собирается переехать в {accs}."),
        town_in(""),
    ), (
        ("Лечился в санатории под {ablt}.",), town_in(""),
    )),
    variants("place-settlement-cue-blind", LOC, (
        ("Пациентка, жительница {gent}, доставлена бригадой СМП.", "Уроженец {gent}, проживает один.",
         "Направлена из ЦРБ {gent} для дообследования."),
        town_in("г. ", "г. ", "гор. ", "V"),
    ), (
        ("Эпиданамнез: последние 2 недели находился в {loct}.", "Укус клеща в {loct} 5 дней назад."),
        town_in("г. ", "V"),
    ), (
        ("Переведен из ЦРБ {} на долечивание.",), town_in("г. ", "V"),
    )),
    variants("place-birthplace-blind", LOC, (
        ("Место рождения: {}.", "Место рожд. {}.", "М/р: {}."),
        address_as("!гор. {T}", "!г. {T} {Rg}", "!{V} {Dg} р-на {Rg}", "г. {T}, {RF}", "{T}", "{V} {Dg} р-на {RFg}"),
    ), (
        ("Место рождения: {}.", "Уроженка {}, в настоящее время проживает с дочерью."),
        lambda rng, fake, case: rng.choice(("гор. Калинин", "г. Горький", "гор. Куйбышев", "г. Свердловск",
                                            "гор. Ленинград", "г. Загорск Московской обл.", "г. Фрунзе Киргизской ССР",
                                            "г. Калинин", "гор. Жданов", "г. Ворошиловград")),
    )),
]


def _running_address(rng: random.Random, fake: Any) -> Planted:
    street_loct = v(address_as("{Sl}, д. {N}", "{Sl}, {N}"), rng, fake)
    choices = (
        ("Проживает одна в частном доме на ", (LOC, street_loct), ", отопление печное."),
        ("Живет в ", (LOC, v(address_as("{V} {Dg} р-на", "{V}, {D} р-н"), rng, fake)), ", до ФАПа 5 км."),
        ("Укус клеща 3 дня назад на даче (", (LOC, v(address_as("СНТ «{SNT}», {D} р-н", "СНТ «{SNT}» {Dg} р-на"), rng, fake)), ")."),
        ("Упала на улице возле дома по адресу ", (LOC, v(address_as("{S}, {N}", "{T}, {S}, д. {N}"), rng, fake)), "."),
        ("Травма на производстве (", (LOC, v(address_as("{T}, {S}, {N}", "{GO}, {S}, д. {N}, стр. {K}"), rng, fake)), ")."),
    )
    return compose(*rng.choice(choices))


LOCATION_BLOCKS.append(composed("addr-running-text-blind", _running_address))

# =============================================================================================
# PHONE_NUMBER
# =============================================================================================
PHONE_FAMILIES = [
    Family("phone-mobile-paren-blind", PHONE, BLIND, (
        "Конт. тел. дочери: {}.", "Телефон для связи {}.", "Тел. {} (жена).", "Сот. тел.: {}.", "Номер телефона пациента {}.",
    ), phone_as("mobile", "8({a}){g}", "8 ({a}) {g}", "+7({a}){g}", "+7 ({a}) {g}", "8({a}) {s}")),
    Family("phone-mobile-runs-blind", PHONE, BLIND, (
        "моб. {}.", "т. {}", "WhatsApp: {}.", "Перезвонить на {} вечером.", "Сотовый {}, звонить после обеда.",
    ), phone_as("mobile", "+7 {a} {l}", "8{a}{l}", "+7{a}{l}", "8 {a} {l}", "8-{a}-{l}", "8 {a} {s}")),
    Family("phone-landline-ext-blind", PHONE, BLIND, (
        "тел/факс {}.", "Тел./факс: {}.", "Регистратура: {}.", "Справки по телефону {}.", "Приемное отделение, тел. {}.",
    ), phone_as("fixed", "({a}) {g} доб. {x}", "8 ({a}) {g}, доб. {x}", "8-{a}-{g}", "({a}){g}", "8 {a} {g}",
                "8({a}) {g} (доб. {x})")),
    Family("phone-local-short-blind", PHONE, BLIND, (
        "дом. тел. {}.", "Тел. ФАПа {}.", "т. {} (соседка).", "Телефон {} (домашний).",
    ), phone_as("fixed", "{g}", "{g}", "{l}")),
    Family("phone-relative-text-blind", PHONE, BLIND, (
        "Звонила дочь (тел. {}), просит перезвонить.", "Со слов жены по телефону {}: состояние без ухудшения.",
        "Просит сообщить результаты на номер {}.", "Вызов принят с номера {}.", "Контактный номер сына {} не отвечает.",
    ), phone_as("mobile", "8 {a} {s}", "+7 {a} {s}", "8 ({a}) {s}", "8{a}{l}", "8-{a}-{g}")),
    Family("phone-foreign-blind", PHONE, BLIND, (
        "Контактный телефон родственников: {}.", "Номер мужа: {}.", "тел. {} (WhatsApp).", "Связь с матерью по номеру {}.",
    ), foreign_phone()),
    Family("phone-org-tollfree-blind", PHONE, BLIND, (
        "Телефон горячей линии {}.", "Запись по телефону {} (звонок бесплатный).", "Единая справочная служба: {}.",
    ), phone_as("tollfree", "8-{a}-{g}", "8 {a} {g}", "8 ({a}) {g}", "+7 {a} {l}", "8{a}{l}")),
]


def _two_phones(rng: random.Random, fake: Any) -> Planted:
    mob, fixed = phone_as("mobile", *MOBILE_ANY), phone_as("fixed", "8({a}){g}", "({a}) {g}", "{g}")
    a, b = v(mob, rng, fake), v(rng.choice((mob, fixed)), rng, fake)
    choices = (
        ("Тел.: ", (PHONE, a), ", ", (PHONE, b), "."),
        ("Контакты: ", (PHONE, a), " / ", (PHONE, b), " (сын)."),
        ("тел. ", (PHONE, a), " (моб.), ", (PHONE, b), " (дом.)."),
        ("Телефоны родственников: ", (PHONE, a), "; ", (PHONE, b), "."),
        ("т. ", (PHONE, a), "/", (PHONE, b), "."),
    )
    return compose(*rng.choice(choices))


def _shared_prefix(rng: random.Random, fake: Any) -> Planted:
    base = v(phone_as("region", "({a}) {g}", "8({a}) {g}", "8 {a} {g}"), rng, fake)
    last = int(base[-2:])
    return compose(rng.choice(("тел. ", "Тел./факс ", "т. ")), (PHONE, f"{base}/{(last + 1) % 100:02d}"), ".")


PHONE_BLOCKS = [composed("phone-two-in-field-blind", _two_phones, _two_phones, _shared_prefix)]

# =============================================================================================
# PERSON
# =============================================================================================
PERSON_FAMILIES = [
    Family("person-signature-blind", PER, BLIND, (
        "Врач: __________ /{}/", "Лечащий врач ____________ {}", "Зав. отделением _______ ({})", "Подпись врача ______ {}.",
        "Исполнитель: {}, м/с процедурного кабинета.", "Выписку составил: врач-терапевт {} ________",
    ), name("F io", "F i_o", "io F", "i_o F", "F I O")),
    Family("person-consultants-blind", PER, BLIND, (
        "Консультирован кардиологом {ablt}: рекомендовано ХМ-ЭКГ.", "По направлению терапевта {gent}.",
        "Наблюдается у эндокринолога {gent} по месту жительства.", "Направил: врач ОВП {}.",
        "Дежурный хирург {} - показаний к операции нет.", "Осмотр совместно с заведующим отделением {ablt}.",
    ), name("F io", "F i_o", "io F", "F I O", "i_o F")),
    Family("person-diverse-origin-blind", PER, BLIND, (
        "Пациент(ка) {}, 45 лет, поступил(а) планово.", "У {gent} в анамнезе язвенная болезнь.",
        "Проведена ФГДС пациенту {datv}.", "Консультирован гастроэнтерологом {ablt}.", "Ф.И.О.: {}.",
    ), name("F I O", "F io", "I O F", "F i_o", pool="other")),
]

PERSON_BLOCKS = [
    variants("person-caps-header-blind", PER, (
        ("ФИО: {}\n", "Ф.И.О. пациента: {}\n", "ПАЦИЕНТ: {}\n", "Больной(ая): {}\n"),
        name("!F I O", "!F io", "FU I O", "!F I O"),
    )),
    variants("person-relatives-blind", PER, (
        ("Со слов дочери, {gent}, пациентка последнюю неделю стала забывчивой.",
         "Законный представитель: мать {}.", "Согласие на вмешательство подписано супругой {ablt}.",
         "Анамнез собран со слов внучки {gent}."),
        name("F I O", "F io", "F I", sex="f"),
    ), (
        ("Сопровождает муж - {}.", "Информация о состоянии сообщена сыну {datv} по телефону.",
         "Доверенное лицо: брат {}.", "Со слов отца ({gent}), ребенок болен 2-й день."),
        name("F I O", "F io", "I F", "I O F", sex="m"),
    )),
    variants("person-patient-intro-blind", PER, (
        ("Больная {}, 67 лет, поступила в плановом порядке.", "Гр-ка {} обратилась в приемное отделение самотеком.",
         "{accs} беспокоят головные боли в течение недели.", "У {gent} в анамнезе ИБС, ПИКС."),
        name("F I O", "F io", "F i_o", "F", sex="f"),
    ), (
        ("Пациент {}, 34 лет, доставлен бригадой СМП.", "Больному {datv} выполнена КТ ОГК.",
         "{accs} беспокоит кашель с мокротой.", "Со слов {gent}, болеет с понедельника."),
        name("F I O", "F io", "I O F", "F", sex="m"),
    )),
    variants("person-name-patronymic-blind", PER, (
        ("Звонила {} (дочь), просит перезвонить.", "Со слов {gent}, пациентка ночью не спала.",
         "Уважаемая {}!", "Передано старшей медсестре {datv}."),
        name("I O", "I O", "I", sex="f"),
    ), (
        ("Звонил {} (сын), интересовался состоянием.", "Уважаемый {}!", "Со слов {gent}, отец не помнит, как упал."),
        name("I O", "I O", "I", sex="m"),
    )),
    variants("person-quoted-blind", PER, (
        ("Представилась как «{}», документов при себе нет.", "Дезориентирована, на имя «{}» откликается."),
        name("F I O", "I", "F I", sex="f"),
    ), (
        ('Представился как "{}", документов при себе нет.', "В журнале записан как «{}»."),
        name("F I O", "I F", "F io", sex="m"),
    )),
]

# =============================================================================================
# Contacts and identifiers
# =============================================================================================
OTHER_FAMILIES = [
    Family("email-personal-blind", MAIL, BLIND, (
        "e-mail: {}.", "Эл. почта: {}.", "E-mail для отправки результатов: {}.", "Электронная почта пациента {} (указана при записи).",
    ), personal_email()),
    Family("email-org-blind", MAIL, BLIND, (
        "Результаты направлены на электронную почту {}.", "Адрес эл. почты учреждения: {}.", "Обращения принимаются на {}.",
    ), org_email()),
    Family("url-portal-blind", URL, BLIND, (
        "Запись к врачу через портал {}.", "Подробнее на сайте {}.", "Памятка размещена на сайте учреждения {}.",
    ), lambda rng, fake, case: rng.choice((
        "www.gosuslugi.ru", "https://www.gosuslugi.ru/10066/1", "gosuslugi.ru", f"https://{fake.domain_word()}-crb.ru",
        f"http://www.{fake.domain_word()}.ru/patients/", "https://кимрская-црб.рф", "https://www.takzdorovo.ru"))),
    Family("url-link-blind", URL, BLIND, (
        "Результат доступен по ссылке: {}", "Ссылка на видеоконсультацию: {}", "Группа поддержки пациентов: {}.",
    ), lambda rng, fake, case: rng.choice((
        f"https://lab.{fake.domain_word()}.ru/results?id={rng.randrange(16**6):06X}",
        f"http://{fake.domain_word()}.ru/r/{rng.randrange(16**6):06x}", f"https://t.me/{fake.user_name()}",
        f"vk.com/{fake.user_name()}", f"https://telemed.{fake.domain_word()}.ru/room/{rng.randrange(10**6)}"))),
    Family("snils-cue-blind", SNILS, BLIND, (
        "СНИЛС {}.", "СНИЛС: {}", "Страховой номер ИЛС: {}.", "№ СНИЛС {}", "Страх. свид-во ПФР № {}.",
    ), snils_as("XXX-XXX-XXX XX", "XXX-XXX-XXX-XX", "XXXXXXXXXXX", "XXX XXX XXX XX")),
    Family("snils-trailing-cue-blind", SNILS, BLIND, (
        "{} - СНИЛС пациента, сверен с паспортом.", "Сведения ПФР: страховой номер {} подтвержден.", "ИЛС {}.",
        "Застрахованное лицо (СНИЛС {}) на учете в ФСС не состоит.",
    ), snils_as("XXX-XXX-XXX XX", "XXXXXXXXX XX", "XXX XXX XXX XX")),
    Family("inn-person-blind", INN, BLIND, (
        "ИНН {}.", "ИНН физ. лица: {}.", "ИНН налогоплательщика {} (справка для налогового вычета).",
        "Справка для ФНС: ИНН пациента {}.",
    ), inn_as(12, "XXXXXXXXXXXX", "XXXXXXXXXXXX", "XXXX XXXX XXXX")),
    Family("inn-employer-blind", INN, BLIND, tuple(
        f"Место работы: {org}, ИНН {{}}." for org in ORGS[:3]) + tuple(
        f"Работодатель: {org}, ИНН/КПП {{}}/770101001." for org in ORGS[3:]),
        inn_as(10, "XXXXXXXXXX")),
    Family("oms-enp-blind", OMS, BLIND, (
        "Полис ОМС {}.", "Полис ОМС № {}", "ЕНП: {}.", "Полис ОМС единого образца {} (СК «Капитал МС»).", "Страховой полис: {}.",
    ), oms_as("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX", "XXXXXXXXXXXXXXXX")),
    Family("mrn-inpatient-blind", MRN, BLIND, (
        "Медицинская карта стационарного больного № {}.", "И/б № {}.", "№ и/б {}", "История болезни № {}.",
    ), pattern("@####/С", "20YY-@####", "@###", "@###-YY", "@####/YY", "Л-@####")),
    Family("mrn-outpatient-blind", MRN, BLIND, (
        "Амб. карта № {}.", "МК № {}.", "Медицинская карта пациента, получающего медицинскую помощь в амбулаторных условиях, № {}.",
        "Номер карты: {}.", "№ АК {}",
    ), pattern("@#-####", "@#/@##", "000@#####", "Л-@###", "@###/YY", "@#####")),
]

OTHER_BLOCKS = [
    variants("passport-series-number-blind", PASSPORT, (
        ("Паспорт серия {}.", "паспорт РФ: серия {}, выдан ОВД.", "Документ: паспорт, серия {}."),
        passport_as("SSYY № ######", "SS YY № ######", "SSYY номер ######", "SS YY №######"),
    ), (
        ("Паспорт: {}.", "Паспорт гражданина РФ {}.", "п/п {}", "Удостоверение личности: паспорт {}."),
        passport_as("SSYY ######", "SS YY ######", "SSYY-######", "SSYY/######"),
    )),
    composed("passport-issued-blind", lambda rng, fake: compose(
        rng.choice(("Документ: паспорт гражданина РФ ", "Паспорт ", "Паспортные данные: ")),
        (PASSPORT, v(passport_as("SS YY ######", "SSYY ######", "SS YY № ######"), rng, fake)), ", выдан ",
        (DATE, v(date_as("{dd}.{mm}.{yyyy}", "{dd}.{mm}.{yyyy} г.", "{d} {MG} {yyyy} г.", years=(2000, 2024)), rng, fake)),
        rng.choice((", код подр. 770-045.", ".", ", код подразделения 520-003."))),
    ),
    variants("oms-old-blind", OMS, (
        ("Полис ОМС серия {}.", "Страховой полис: серия {} (старого образца)."),
        pattern("ЛЛ № @#####", "@### № #######", "ЛЛЛ @######"),
    ), (
        ("Временное свидетельство ОМС № {}.", "ВС № {} (полис в изготовлении)."),
        pattern("@########",),
    )),
]

# Whole form headers, several types in one block (:mod:`benchmarks.pii_blind_forms`).
FORM_BLOCKS = [
    composed("form-referral-057-blind", referral),
    composed("form-card-title-025-blind", card_title),
    composed("form-sick-leave-blind", sick_leave),
    composed("form-lab-result-blind", lab_form),
    composed("form-call-centre-blind", call_centre),
    composed("form-discharge-header-blind", discharge_header),
]

BLIND_FAMILIES: list[Family] = DATE_FAMILIES + LOCATION_FAMILIES + PHONE_FAMILIES + PERSON_FAMILIES + OTHER_FAMILIES
BLIND_BLOCKS: list[BlockFamily] = (DATE_BLOCKS + LOCATION_BLOCKS + PHONE_BLOCKS + PERSON_BLOCKS + OTHER_BLOCKS
                                   + FORM_BLOCKS)
