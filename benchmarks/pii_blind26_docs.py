"""Document blocks of blind26 (part 1): psychiatry, addiction, court-ordered care, notifications."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind26_gen import (
    Doc,
    address,
    birth,
    date_value,
    digits,
    enp,
    inn,
    mrn,
    pass_parts,
    passport,
    phone,
    recent,
    snils,
)
from benchmarks.pii_blind26_names import Person
from benchmarks.pii_families import BlockFamily, Planted

S = "blind26"
P, D, L, PH = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
M, SN, INN, OMS, PAS = "MEDICAL_RECORD_NUMBER", "RU_SNILS", "RU_INN", "RU_OMS_POLICY", "RU_PASSPORT"


def psych_admission(rng: random.Random, fake: Any) -> Planted:
    p, rel, doc = Person(rng, fake), Person(rng, fake), Person(rng, fake)
    d = Doc().add("ЗАЯВЛЕНИЕ о госпитализации в недобровольном порядке\nИБ № ").put(M, mrn(rng, "slash"))
    d.add("\nЯ, ").put(P, rel.full()).add(", проживающ").add("ая" if rel.female else "ий").add(" по адресу: ")
    d.put(L, address(rng, fake)).add(", тел. ").put(PH, phone(rng)).add(",\nпрошу госпитализировать ")
    d.put(P, p.full("gent"))
    d.add(", ").put(D, birth(rng)).add(" г.р., ").add(
        rng.choice(
            ("мою дочь", "мою мать", "мою жену") if p.female else ("моего сына", "моего отца", "моего мужа")
        )
    )
    d.add(", так как он(а) опасен(на) для себя и окружающих.\nДата: ").put(D, recent(rng, "dott"))
    d.add("\nЗаявление принял дежурный врач ").put(P, f"{doc.last} {doc.initials()}").add(" (ст. 29 п. «а»).")
    return d.done()


def court_decision(rng: random.Random, fake: Any) -> Planted:
    p, judge, rep = Person(rng, fake), Person(rng, fake), Person(rng, fake)
    d = Doc().add("РЕШЕНИЕ\nИменем Российской Федерации\n").put(D, recent(rng, "wordg"))
    d.add("\nСудья районного суда ").put(P, f"{judge.last} {judge.initials(True)}")
    d.add(", рассмотрев в помещении психиатрической больницы административное исковое заявление ")
    d.add("о госпитализации в недобровольном порядке ").put(P, p.full("gent")).add(", ")
    d.put(D, birth(rng, "word")).add(" года рождения, зарегистрированн").add("ой" if p.female else "ого")
    d.add(" по адресу: ").put(L, address(rng, fake)).add(",\nс участием представителя больницы ")
    d.put(P, f"{rep.last_c('gent')} {rep.initials()}").add(", прокурора, решил: госпитализировать ")
    d.put(P, f"{p.last_c('gent')} {p.initials()}").add(" в недобровольном порядке (ч. 4 ст. 279 КАС РФ).")
    return d.done()


def spe_conclusion(rng: random.Random, fake: Any) -> Planted:
    p, inv, e1, e2 = Person(rng, fake), Person(rng, fake), Person(rng, fake), Person(rng, fake)
    d = (
        Doc()
        .add("ЗАКЛЮЧЕНИЕ КОМИССИИ ЭКСПЕРТОВ № ")
        .put(M, f"{rng.randint(1, 1999)}/{rng.choice(('а', 'с', 'СПЭ'))}")
    )
    d.add("\nамбулаторной комплексной судебной психолого-психиатрической экспертизы\n")
    d.add("в отношении ").put(P, p.full("gent")).add(", ").put(D, birth(rng)).add(" г.р.,\n")
    d.add("обвиняемого по ч. 1 ст. 228 УК РФ. Экспертиза назначена постановлением следователя ")
    d.put(P, f"{inv.last_c('gent')} {inv.initials()}").add(" от ").put(D, recent(rng, "dot")).add(".\n")
    d.add("Начата ").put(D, recent(rng, "dot")).add(", окончена ").put(D, recent(rng, "dot")).add(".\n")
    d.add("Эксперты: ").put(P, f"{e1.last} {e1.first} {e1.mid}").add(" (стаж 21 год), ")
    d.put(P, f"{e2.last} {e2.initials()}").add(" — медицинский психолог.\nМесто жительства подэкспертного: ")
    d.put(L, address(rng, fake, rng.choice(("city", "rural", "rev"))))
    return d.done()


def anon_link(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = Doc().add("ВНУТРЕННИЙ ЖУРНАЛ СООТВЕТСТВИЯ (хранить в сейфе заведующего)\n")
    d.add("Шифр анонимного пациента: ").put(M, mrn(rng, "ann")).add("\nФ.И.О.: ").put(P, p.full())
    d.add("\nД/р: ").put(D, birth(rng)).add("\nСНИЛС: ").put(SN, snils(rng)).add("\nКонт. тел.: ").put(
        PH, phone(rng)
    )
    d.add("\nПереведён на лечение под своим именем с ").put(D, recent(rng, "dot")).add(", новая МК № ")
    d.put(M, mrn(rng, "plain")).add(".")
    return d.done()


def narco_card(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    ser, num = pass_parts(rng)
    d = Doc().add("КАРТА НАБЛЮДЕНИЯ ЗА ДИСПАНСЕРНЫМ БОЛЬНЫМ (нарколог)\n№ карты ").put(M, mrn(rng, "letter"))
    d.add("\n1. Фамилия ").put(P, p.last).add("   Имя ").put(P, p.first).add("   Отчество ").put(P, p.mid)
    d.add("\n2. Дата рождения ").put(D, birth(rng)).add("\n3. Адрес ").put(L, address(rng, fake))
    d.add("\n4. Паспорт: серия ").put(PAS, ser).add(" номер ").put(PAS, num)
    d.add("\n5. Полис ОМС ").put(OMS, enp(rng)).add("\n6. Диагноз F11.2 (опиоиды), ВИЧ-инфекция 4А (B20)")
    d.add("\n7. Взят на учёт ").put(D, recent(rng)).add(", группа учёта Д-1\n8. Явки: 1 раз в месяц, ")
    d.add("метадон не назначается (запрещён в РФ).")
    return d.done()


def police_notice(rng: random.Random, fake: Any) -> Planted:
    p, doc = Person(rng, fake), Person(rng, fake)
    d = Doc().add("Начальнику ОМВД России по району\nТЕЛЕФОНОГРАММА № ").put(M, f"{rng.randint(1, 999)}-т")
    d.add("\nСообщаем, что ").put(D, recent(rng, "dott")).add(" в приёмное отделение ГБУЗ «ГКБ № 15» ")
    d.add("(ИНН 7702145372, ОГРН 1027700159497) самостоятельно обратил").add("ась " if p.female else "ся ")
    d.put(P, p.full()).add(", ").put(D, birth(rng)).add(" г.р., проживающ").add("ая" if p.female else "ий")
    d.add(": ").put(L, address(rng, fake)).add(", с колото-резаной раной живота. Со слов, травма получена ")
    d.put(D, recent(rng, "daymonth")).add(" около 23 ч.\nПередал: врач ").put(
        P, f"{doc.last} {doc.initials()}"
    )
    d.add(". Принял: дежурный ").put(P, Person(rng, fake).shape(rng)).add(".")
    return d.done()


def guardianship_notice(rng: random.Random, fake: Any) -> Planted:
    mom, kid, doc = Person(rng, fake, True), Person(rng, fake), Person(rng, fake)
    kid.last = mom.last[:-1] if not kid.female and mom.last.endswith("а") else mom.last
    d = Doc().add("В орган опеки и попечительства\nИЗВЕЩЕНИЕ\nСообщаем, что ").put(D, recent(rng))
    d.add(" в психиатрический стационар госпитализирована ").put(P, mom.full()).add(", ")
    d.put(D, birth(rng)).add(" г.р., проживающая по адресу ").put(L, address(rng, fake))
    d.add(".\nУ неё на иждивении несовершеннолетн").add("яя" if kid.female else "ий").add(" ")
    d.put(P, f"{kid.last} {kid.first} {kid.mid}").add(", ").put(D, date_value(rng, "dot", 2010, 2022))
    d.add(" г.р., оставш").add("аяся" if kid.female else "ийся").add(" без присмотра. Контакт бабушки: ").put(
        PH, phone(rng)
    ).add(".\nВрач ")
    d.put(P, f"{doc.initials()} {doc.last}")
    return d.done()


def consent_hiv(rng: random.Random, fake: Any) -> Planted:
    p, c = Person(rng, fake), Person(rng, fake)
    d = Doc().add("ИНФОРМИРОВАННОЕ СОГЛАСИЕ на медицинское освидетельствование на ВИЧ-инфекцию\nЯ, ")
    d.put(P, p.full()).add(", ").put(D, birth(rng)).add(" года рождения,\nпаспорт ").put(PAS, passport(rng))
    d.add(",\nподтверждаю, что получил(а) дотестовое консультирование у ").put(P, c.full("gent"))
    d.add(",\nи согласен(на) на забор крови (пробирка ").put(M, mrn(rng, "lab")).add(").\n")
    d.add("Результат прошу сообщить ").add(rng.choice(("лично", "по телефону "))).add("\n")
    d.add("Подпись ______ / ").put(P, f"{p.last} {p.initials()}").add(" /   Дата ").put(D, recent(rng, "dot"))
    return d.done()


def refusal_tb(rng: random.Random, fake: Any) -> Planted:
    p, doc, w = Person(rng, fake), Person(rng, fake), Person(rng, fake, True)
    d = Doc().add("ОТКАЗ от госпитализации (туберкулёз органов дыхания, МБТ+)\nПациент: ").put(P, p.full())
    d.add("\nРег. по адресу: ").put(L, address(rng, fake)).add("\nДокумент: паспорт ").put(PAS, passport(rng))
    d.add("\nМне разъяснены последствия отказа, в т.ч. обращение в суд о принудительной госпитализации ")
    d.add("(ст. 10 ФЗ-77).\n").put(D, recent(rng, "dott")).add("\nВрач-фтизиатр ").put(
        P, f"{doc.last} {doc.initials()}"
    )
    d.add("\nОт подписи пациент отказался в присутствии м/с ").put(
        P, f"{w.last_c('gent')} {w.first_c('gent')}"
    )
    d.add(".")
    return d.done()


def tb_contacts(rng: random.Random, fake: Any) -> Planted:
    d = Doc().add("Список контактных лиц в очаге туберкулёза (ф. 060/у)\nИндекс-пациент: ")
    d.put(P, Person(rng, fake).full()).add(", ИБ ").put(M, mrn(rng, "letter")).add("\n")
    d.add("№ | ФИО | дата рожд. | степень родства | телефон | ФЛГ\n")
    for i in range(rng.randint(2, 4)):
        c = Person(rng, fake)
        d.add(f"{i + 1} | ").put(P, c.full()).add(" | ").put(D, birth(rng, "dot")).add(" | ")
        d.add(rng.choice(("жена", "сын", "сосед", "сожитель", "тёща", "коллега"))).add(" | ")
        d.put(PH, phone(rng)).add(" | ").add(rng.choice(("норма", "не пройдена", "назначена"))).add("\n")
    d.add("Адрес очага: ").put(L, address(rng, fake, rng.choice(("city", "korp", "mkr"))))
    return d.done()


def sti_partners(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = Doc().add("КВД. Уведомление половых партнёров (сифилис ранний скрытый, A51.5)\nБольн")
    d.add("ая " if p.female else "ой ").put(P, p.shape(rng)).add(", карта № ").put(M, mrn(rng, "dash"))
    d.add("\nНазвал").add("а" if p.female else "").add(" контакты за последние 6 мес.:\n")
    for _ in range(rng.randint(2, 3)):
        c = Person(rng, fake, not p.female)
        d.add("- ").put(P, c.first if rng.random() < 0.5 else f"{c.first} {c.last}").add(", тел. ")
        d.put(PH, phone(rng)).add(", последний контакт ").put(D, recent(rng, rng.choice(("daymonth", "dot"))))
        d.add("\n")
    d.add("Бензатина бензилпенициллин 2,4 млн ЕД в/м однократно.")
    return d.done()


def epid_notice(rng: random.Random, fake: Any) -> Planted:
    p, doc = Person(rng, fake), Person(rng, fake)
    d = Doc().add("ЭКСТРЕННОЕ ИЗВЕЩЕНИЕ (ф. 058/у) рег. № ").put(M, f"{rng.randint(100, 9999)}")
    d.add("\n1. Диагноз: сальмонеллёз (A02.0)\n2. Фамилия, имя, отчество: ").put(P, p.full().upper())
    d.add("\n3. Пол: ").add("ж" if p.female else "м").add("  4. Дата рождения: ").put(D, birth(rng))
    d.add("\n5. Адрес: ").put(L, address(rng, fake)).add("\n6. Место работы: МБДОУ «Детский сад № 41», повар")
    d.add("\n7. Даты: заболевания ").put(D, recent(rng, "dot")).add(", первичного обращения ")
    d.put(D, recent(rng, "dot")).add(", госпитализации ").put(D, recent(rng, "dot"))
    d.add("\n8. Сообщил: ").put(P, f"{doc.last} {doc.initials()}").add(", тел. пациента ").put(PH, phone(rng))
    return d.done()


def medosvid_act(rng: random.Random, fake: Any) -> Planted:
    p, cop, doc = Person(rng, fake), Person(rng, fake), Person(rng, fake)
    d = (
        Doc()
        .add("АКТ медицинского освидетельствования на состояние опьянения № ")
        .put(M, f"{rng.randint(1, 3999)}")
    )
    d.add("\n1. Сведения об освидетельствуемом: ").put(P, p.full()).add(", ").put(D, birth(rng)).add(
        ",\nадрес: "
    )
    d.put(L, address(rng, fake)).add("\n2. Основание: протокол о направлении, составлен инспектором ДПС ")
    d.put(P, f"{cop.last_c('ablt')} {cop.initials()}").add("\n3. Начало: ").put(D, recent(rng, "dott"))
    d.add("\n4. Исследование выдыхаемого воздуха: 0,48 мг/л в 02:14; повторно 0,42 мг/л в 02:31")
    d.add("\n5. Окончание: ").put(D, recent(rng, "dott")).add(
        "\nЗаключение: установлено состояние опьянения."
    )
    d.add("\nВрач ").put(P, doc.full())
    return d.done()


def social_letter(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = Doc().add(
        "Начальнику управления социальной защиты населения\nПросим оказать содействие в оформлении "
    )
    d.add("документов и направлении в дом-интернат пациента ").put(P, p.full("gent")).add(", ")
    d.put(D, birth(rng, "word")).add(" г. р., без определённого места жительства. Последнее известное ")
    d.add("место регистрации: ").put(L, address(rng, fake, rng.choice(("rural", "full", "cityidx"))))
    d.add(". Паспорт утрачен. СНИЛС ").put(SN, snils(rng)).add(", ИНН ").put(INN, inn(rng)).add(".\n")
    d.add("Находится в отделении с ").put(D, recent(rng, "dot")).add(", ИБ № ").put(M, mrn(rng, "year"))
    d.add(". Родственники: сестра ").put(P, Person(rng, fake, True).shape(rng)).add(", тел. ")
    d.put(PH, phone(rng)).add(" (не отвечает).")
    return d.done()


def court_hearing(rng: random.Random, fake: Any) -> Planted:
    p, lawyer = Person(rng, fake), Person(rng, fake)
    d = (
        Doc()
        .add("ПОВЕСТКА / уведомление о судебном заседании\nАдминистративному ответчику ")
        .put(P, p.full("datv"))
    )
    d.add("\nСудебное заседание по делу о госпитализации в недобровольном порядке назначено на ")
    d.put(D, f"{recent(rng, 'word')} в {rng.randint(9, 16)}:{rng.choice(('00', '30'))}")
    d.add(" в помещении ГБУЗ «Психиатрическая больница № 3» (ул. Больничная, д. 5).\n")
    d.add("Ваш представитель — адвокат ").put(P, f"{lawyer.last} {lawyer.first} {lawyer.mid}").add(", тел. ")
    d.put(PH, phone(rng)).add(". Срок: 5 дней с ").put(D, recent(rng, "dot")).add(" (ст. 278 КАС РФ).")
    return d.done()


def narc_prescription(rng: random.Random, fake: Any) -> Planted:
    p, doc = Person(rng, fake), Person(rng, fake)
    d = (
        Doc()
        .add("Рецептурный бланк 107/у-НП   Серия ")
        .put(M, f"{rng.randint(10, 89)}-{rng.randint(10, 25)} № {digits(rng, 7, False)}")
    )
    d.add("\nДата выписки: ").put(D, recent(rng, "dot")).add("\nФ.И.О. пациента: ").put(P, p.full())
    d.add("\nДата рождения: ").put(D, birth(rng, "dot")).add("\nСНИЛС ").put(SN, snils(rng)).add(
        "   Полис ОМС "
    )
    d.put(OMS, enp(rng, "")).add("\nАдрес: ").put(L, address(rng, fake))
    d.add("\nRp.: Sol. Morphini hydrochloridi 1% — 1 ml, D.t.d. N 20 in amp. S. по 1 мл п/к в 08:00 и 20:00")
    d.add("\nВрач ").put(P, f"{doc.last} {doc.initials()}").add("   Лицензия ЛО-77-01-019876 (организации)")
    return d.done()


BLOCKS_A: list[BlockFamily] = [
    BlockFamily("b26_psych_admission", S, psych_admission),
    BlockFamily("b26_court_decision", S, court_decision),
    BlockFamily("b26_spe_conclusion", S, spe_conclusion),
    BlockFamily("b26_anon_link", S, anon_link),
    BlockFamily("b26_narco_card", S, narco_card),
    BlockFamily("b26_police_notice", S, police_notice),
    BlockFamily("b26_guardianship_notice", S, guardianship_notice),
    BlockFamily("b26_consent_hiv", S, consent_hiv),
    BlockFamily("b26_refusal_tb", S, refusal_tb),
    BlockFamily("b26_tb_contacts", S, tb_contacts),
    BlockFamily("b26_sti_partners", S, sti_partners),
    BlockFamily("b26_epid_notice", S, epid_notice),
    BlockFamily("b26_medosvid_act", S, medosvid_act),
    BlockFamily("b26_social_letter", S, social_letter),
    BlockFamily("b26_court_hearing", S, court_hearing),
    BlockFamily("b26_narc_prescription", S, narc_prescription),
]
