"""Multi-value forms of blind split 37: death certificates, forensic conclusions, donor cards,
vaccination cards, registry notices, home-visit requests and transfusion protocols."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind37_gen import (
    B,
    birthplace,
    chain,
    enp_v,
    inn_v,
    mobile,
    name,
    num,
    ocr,
    passport_v,
    people,
    phone_v,
    place,
    snils_v,
    when,
)
from benchmarks.pii_families import BlockFamily, Planted

H = "heldout"
P, D, L, T = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
M, S, OMS, PS, INN = "MEDICAL_RECORD_NUMBER", "RU_SNILS", "RU_OMS_POLICY", "RU_PASSPORT", "RU_INN"

ADDR = ("{R}, г. {T}, ул. {S}, д. {N}, кв. {Q}", "г. {T}, ул. {S}, д. {N}, кв. {Q}", "{P}, {RF}, {D} р-н, с. {V}, ул. {S}, д. {N}",
        "{T}, {S} ул., {N}-{Q}", "{RF}, г. {T}, пр-т {S}, д. {N}, корп. {K}, кв. {Q}")


def death_cert(rng: random.Random, fake: Any) -> Planted:
    """Медицинское свидетельство о смерти, ф. 106/у: the numbered lines of the form."""
    b = B()
    up = rng.random() < 0.3
    dead = people(rng, fake)
    died, issued = chain(rng, fake, 2, 2)
    b.t("МЕДИЦИНСКОЕ СВИДЕТЕЛЬСТВО О СМЕРТИ\nСерия ").v(M, num(rng, rng.choice(("XX 000000", "XX000 000000",
                                                                                "XXX 000000000"))))
    b.t("\nДата выдачи ").v(D, when(rng, fake, rng.choice(("dd.mm.yyyy", "«dd» MG yyyy г.")), day=issued))
    b.t("\n1. Фамилия, имя, отчество умершего(ей) ").v(P, name(rng, fake, shape="F I O", style="up" if up else "", who=dead))
    b.t("\n2. Пол ").t("женский" if dead[3] else "мужской")
    b.t("\n3. Дата рождения: ").v(D, when(rng, fake, rng.choice(("dd.mm.yyyy", "dd.mm.yyyy г.", "d MG yyyy г.")), "birth"))
    b.t("\n4. Дата смерти: ").v(D, when(rng, fake, rng.choice(("dd.mm.yyyy время HH:MI", "dd.mm.yyyy HH час. MI мин.")), day=died))
    b.t("\n5. СНИЛС ").v(S, snils_v(rng, rng.choice(("XXX-XXX-XXX XX", "XXXXXXXXXXX"))))
    b.t("\n6. Полис ОМС: ").v(OMS, enp_v(rng))
    b.t("\n7. Место постоянного жительства (регистрации) умершего(ей): ").v(L, place(rng, fake, rng.choice(ADDR)))
    b.t("\n9. Смерть наступила: на месте происшествия / в стационаре / дома")
    b.t("\n10. Документ, удостоверяющий личность: паспорт серия и номер ").v(PS, passport_v(rng, "XXXX XXXXXX"))
    b.t("\nВрач ").v(P, name(rng, fake, shape=rng.choice(("F io", "F i o")))).t(" _______ (подпись)\n")
    return b.out()


def forensic(rng: random.Random, fake: Any) -> Planted:
    """Заключение эксперта (экспертиза трупа): the introductory part."""
    b = B()
    dead = people(rng, fake)
    expert = people(rng, fake)
    found, order, start, end = chain(rng, fake, 4, 5)
    b.t("ЗАКЛЮЧЕНИЕ ЭКСПЕРТА № ").v(M, num(rng, rng.choice(("X000", "X00-Э", "X000/Y"))))
    b.t("\n(экспертиза трупа)\nНа основании постановления ").t(rng.choice(("следователя СО по ", "дознавателя ОМВД по ")))
    b.t(rng.choice(("Ленинскому району", "г. Заинску", "Кировскому району"))).t(" ").v(P, name(rng, fake, "gent", "F io"))
    b.t(" от ").v(D, when(rng, fake, "dd.mm.yyyy", day=order)).t(" в помещении морга ГБУЗ «БСМЭ» судебно-медицинский эксперт ")
    b.v(P, name(rng, fake, shape=rng.choice(("F I O", "F io")), who=expert))
    b.t(" произвела" if expert[3] else " произвел").t(" экспертизу трупа ")
    b.v(P, name(rng, fake, "gent", "F I O", who=dead)).t(", ").v(D, when(rng, fake, "yyyy", "adult")).t(" г.р.")
    b.t("\nЭкспертиза начата: ").v(D, when(rng, fake, rng.choice(("dd.mm.yyyy в HH:MI", "d MG yyyy г. HH ч MI мин")), day=start))
    b.t("\nЭкспертиза окончена: ").v(D, when(rng, fake, rng.choice(("dd.mm.yyyy", "d MG yyyy г.")), day=end))
    b.t("\nОбстоятельства дела: труп обнаружен ").v(D, when(rng, fake, "dd.mm.yyyy", day=found)).t(" по адресу ")
    b.v(L, place(rng, fake, rng.choice(("г. {T}, ул. {S}, д. {N}, кв. {Q}", "{D} р-н, д. {V}, ул. {S}, {N}"))))
    b.t(", лежащим на полу.\n")
    return b.out()


def donor_card(rng: random.Random, fake: Any) -> Planted:
    """Учетная карточка донора, ф. 406/у."""
    b = B()
    sep = rng.choice((": ", " — ", " "))
    b.t("Учетная карточка донора № ").v(M, num(rng, rng.choice(("X000000", "00-000000"))))
    b.t("\nФамилия, имя, отчество" + sep).v(P, name(rng, fake))
    b.t("\nДата рождения" + sep).v(D, when(rng, fake, rng.choice(("dd.mm.yyyy", "d MG yyyy г.")), "adult"))
    b.t("\nДокумент" + sep + "паспорт ").v(PS, passport_v(rng, rng.choice(("XX XX XXXXXX", "XXXX XXXXXX"))))
    b.t("\nАдрес регистрации" + sep).v(L, place(rng, fake, rng.choice(ADDR)))
    b.t("\nТелефон" + sep).v(T, mobile(rng))
    if rng.random() < 0.5:
        b.t("\nСНИЛС" + sep).v(S, snils_v(rng))
    b.t("\nГруппа крови A(II) Rh+, Kell-отр.\nДата последней донации" + sep).v(D, when(rng, fake, "dd.mm.yyyy"))
    b.t("\nВид донорства: безвозмездное\n")
    return b.out()


def vacc_card(rng: random.Random, fake: Any) -> Planted:
    """Карта профилактических прививок, ф. 063/у: a header and a table of dates and nurses."""
    b = B()
    kid = rng.random() < 0.5
    b.t("Карта профилактических прививок (ф. 063/у)\nФ.И.О. ").v(P, name(rng, fake))
    b.t("\nДата рождения ").v(D, when(rng, fake, "dd.mm.yyyy", "child" if kid else "adult"))
    b.t("\nАдрес ").v(L, place(rng, fake, rng.choice(ADDR)))
    if kid:
        b.t("\nМать: ").v(P, name(rng, fake, shape=rng.choice(("F I O", "I O")), who=people(rng, fake, female=True)))
    b.t("\n| Прививка | Дата | Препарат, серия | Доза | Мед. сестра |")
    rows = rng.sample(("V1 гепатит B", "V2 гепатит B", "V1 АКДС", "R1 АДС-М", "грипп", "COVID-19 V1", "корь R",
                       "пневмококк V1"), 3)
    for row in rows:
        b.t(f"\n| {row} | ").v(D, when(rng, fake, rng.choice(("dd.mm.yy", "dd.mm.yyyy"))))
        b.t(f" | {rng.choice(('Вакцина', 'Ультрикс', 'Гам-КОВИД-Вак', 'Превенар'))} {num(rng, 'X00-0')} | 0,5 | ")
        b.v(P, name(rng, fake, shape=rng.choice(("F", "F io", "F i o")))).t(" |")
    return Planted(b.text + "\n", b.golds)


def cancer_notice(rng: random.Random, fake: Any) -> Planted:
    """Извещение о больном с впервые в жизни установленным диагнозом ЗНО, ф. 090/у."""
    b = B()
    b.t("ИЗВЕЩЕНИЕ № ").v(M, num(rng, rng.choice(("X000", "X0000/Y")))).t(" о больном с впервые в жизни ")
    b.t("установленным диагнозом злокачественного новообразования\n1. ФИО: ").v(P, name(rng, fake))
    b.t("\n2. Дата рождения: ").v(D, when(rng, fake, "dd.mm.yyyy", "adult"))
    b.t("\n3. СНИЛС: ").v(S, snils_v(rng, rng.choice(("XXX-XXX-XXX XX", "XXX XXX XXX XX"))))
    b.t(" Полис: ").v(OMS, enp_v(rng, rng.choice(("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX"))))
    b.t("\n4. Адрес: ").v(L, place(rng, fake, rng.choice(ADDR)))
    b.t("\n5. Диагноз: C50.4 Рак левой молочной железы T2N1M0\n6. Дата установления диагноза: ")
    b.v(D, when(rng, fake, "dd.mm.yyyy")).t("\n7. Гистология № ").v(M, num(rng, "X0000-0/Y"))
    b.t("\nВрач ").v(P, name(rng, fake, shape="F io")).t(" Тел. ").v(T, phone_v(rng, "8 (AAA) BBB-CC-DD", True))
    return Planted(b.text + "\n", b.golds)


def home_call(rng: random.Random, fake: Any) -> Planted:
    """Журнал вызовов врача на дом: one request as the call centre types it."""
    b = B()
    b.t(rng.choice(("Вызов на дом № ", "ВЫЗОВ №", "Заявка "))).v(M, num(rng, rng.choice(("X000", "X0000", "X00-00"))))
    b.t(" от ").v(D, when(rng, fake, rng.choice(("dd.mm.yyyy HH:MI", "dd.mm HH:MI", "dd.mm.yy"))))
    b.t("\nПациент: ").v(P, name(rng, fake, shape=rng.choice(("F I O", "F io")), style=rng.choice(("", "up"))))
    b.t(", ").v(D, when(rng, fake, rng.choice(("dd.mm.yyyy", "yyyy")), "adult")).t(" г.р.")
    b.t("\nАдрес: ").v(L, place(rng, fake, rng.choice(("ул. {S}, д. {N}, кв. {Q}, под. {E}, эт. {F}",
                                                       "{T}, {S} {N}-{Q}, домофон {H}", "пос. {V}, ул. {S}, д. {N}"))))
    b.t("\nТел.: ").v(T, mobile(rng))
    b.t("\nПовод: ").t(rng.choice(("констатация смерти", "паллиативный, болевой синдром", "t 38,5, слабость",
                                   "лежачий, пролежни")))
    b.t("\nПринял: ").v(P, name(rng, fake, shape="F io")).t("\n")
    return b.out()


def transfusion(rng: random.Random, fake: Any) -> Planted:
    """Протокол трансфузии (переливания) донорской крови и ее компонентов."""
    b = B()
    b.t("ПРОТОКОЛ ТРАНСФУЗИИ\nРеципиент: ").v(P, name(rng, fake)).t(", и/б № ").v(M, num(rng, "X0000/Y"))
    b.t("\nДата, время: ").v(D, when(rng, fake, rng.choice(("dd.mm.yyyy HH:MI", "dd.mm.yyyy, HH:MI"))))
    b.t("\nКомпонент: эритроцитная взвесь, 280 мл\nНомер донации: ").v(M, num(rng, "X000000000000"))
    b.t("\nКод донора: ").v(M, num(rng, rng.choice(("X000000", "00-000000"))))
    b.t("\nДата заготовки: ").v(D, when(rng, fake, "dd.mm.yyyy"))
    b.t("\nБиологическая проба проведена. Трансфузию провёл врач ").v(P, name(rng, fake, shape="F io")).t("\n")
    return b.out()


def zags(rng: random.Random, fake: Any) -> Planted:
    """A scanned свидетельство о смерти (ЗАГС), read by OCR: labels carry noise, values are clean."""
    b = B()
    who = people(rng, fake)
    b.t(ocr(rng, "СВИДЕТЕЛЬСТВО О СМЕРТИ\n")).t(ocr(rng, "Гражданин(ка) ")).v(P, name(rng, fake, shape="F", who=who, style="up"))
    b.t("\n").v(P, name(rng, fake, shape="I O", who=who, style="up"))
    b.t(ocr(rng, "\nдата рождения ")).v(D, when(rng, fake, "dd.mm.yyyy", "adult"))
    b.t(ocr(rng, "\nместо рождения ")).v(L, birthplace(rng, fake))
    b.t(ocr(rng, "\nумер(ла) ")).v(D, when(rng, fake, rng.choice(("dd.mm.yyyy", "d MG yyyy года"))))
    b.t(ocr(rng, "\nместо смерти ")).v(L, place(rng, fake, rng.choice(("Российская Федерация, {RF}, г. {T}",
                                                                        "{R}, {D} район, с. {V}"))))
    b.t(ocr(rng, "\nо чем ")).v(D, when(rng, fake, "dd.mm.yyyy")).t(ocr(rng, " составлена запись акта о смерти № "))
    b.v(M, num(rng, "X000000000000000000000"))
    b.t(ocr(rng, "\nСерия ")).v(M, num(rng, "I-ЛL 000000")).t("\n")
    return b.out()


def care_eln(rng: random.Random, fake: Any) -> Planted:
    """ЭЛН по уходу за больным членом семьи: the lines a clinic prints for the relative."""
    b = B()
    b.t("ЛИСТОК НЕТРУДОСПОСОБНОСТИ № ").v(M, num(rng, rng.choice(("910000000000", "900000000000"))))
    b.t("\nПолучатель: ").v(P, name(rng, fake)).t("; СНИЛС ").v(S, snils_v(rng))
    b.t("\nПричина: 09 (уход за больным членом семьи)\nЛицо, за которым осуществляется уход: ")
    ill = people(rng, fake)
    b.v(P, name(rng, fake, shape=rng.choice(("F I O", "F io")), who=ill)).t(", родство: ")
    b.t(rng.choice(("мать", "дочь", "жена")) if ill[3] else rng.choice(("отец", "сын", "муж")))
    first, last = chain(rng, fake, 2, 14)
    b.t("\nС ").v(D, when(rng, fake, "dd.mm.yyyy", day=first)).t(" по ").v(D, when(rng, fake, "dd.mm.yyyy", day=last))
    b.t("\nМесто работы: ООО «Вектор», ИНН получателя ").v(INN, inn_v(rng)).t("\n")
    return b.out()


def mse_referral(rng: random.Random, fake: Any) -> Planted:
    """Направление на медико-социальную экспертизу, ф. 088/у: the personal part."""
    b = B()
    b.t("Направление на МСЭ № ").v(M, num(rng, rng.choice(("X00", "X0000", "X0/Y"))))
    b.t(" от ").v(D, when(rng, fake, "dd.mm.yyyy"))
    b.t("\n1. ФИО гражданина: ").v(P, name(rng, fake, style=rng.choice(("", "up"))))
    b.t("\n2. Дата рождения: ").v(D, when(rng, fake, "dd.mm.yyyy", "adult"))
    b.t("\n3. Адрес места жительства: ").v(L, place(rng, fake, rng.choice(ADDR)))
    b.t("\n4. Нахождение: по месту жительства (паллиативный пациент)\n5. Документ: паспорт ")
    b.v(PS, passport_v(rng, rng.choice(("XXXX XXXXXX", "XX XX XXXXXX")))).t("\n6. СНИЛС: ").v(S, snils_v(rng))
    b.t("\n7. Полис ОМС: ").v(OMS, enp_v(rng)).t("\n8. Тел.: ").v(T, mobile(rng)).t("; эл. почта: ")
    b.v("EMAIL_ADDRESS", fake.free_email()).t("\n")
    return b.out()


def wait_list(rng: random.Random, fake: Any) -> Planted:
    """Лист ожидания трансплантации почки: the recipient's line in the centre's register."""
    b = B()
    b.t("Лист ожидания трансплантации почки\nРеципиент ").v(P, name(rng, fake, shape=rng.choice(("F I O", "F io"))))
    b.t(" (ID ").v(M, num(rng, rng.choice(("ЛО-X0000", "X00000")))).t(")")
    dial, incl = chain(rng, fake, 2, 400, "old")
    b.t(", включен ").v(D, when(rng, fake, "dd.mm.yyyy", day=incl)).t(". Диализ с ").v(D, when(rng, fake, "MG yyyy г.", day=dial))
    b.t(". Для экстренного вызова: ").v(T, mobile(rng)).t(", запасной ").v(T, mobile(rng))
    b.t(". Проживает: ").v(L, place(rng, fake, rng.choice(("г. {T}", "{R}, г. {T}", "{T}, ул. {S}, {N}-{Q}"))))
    b.t(", время доезда до центра 2 ч.\n")
    return b.out()


FORMS37: list[BlockFamily] = [
    BlockFamily("b37-block-death-cert", H, death_cert),
    BlockFamily("b37-block-forensic", H, forensic),
    BlockFamily("b37-block-donor-card", H, donor_card),
    BlockFamily("b37-block-vacc-card", H, vacc_card),
    BlockFamily("b37-block-cancer-notice", H, cancer_notice),
    BlockFamily("b37-block-home-call", H, home_call),
    BlockFamily("b37-block-transfusion", H, transfusion),
    BlockFamily("b37-block-zags-ocr", H, zags),
    BlockFamily("b37-block-care-eln", H, care_eln),
    BlockFamily("b37-block-mse-referral", H, mse_referral),
    BlockFamily("b37-block-wait-list", H, wait_list),
]
