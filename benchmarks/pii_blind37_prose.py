"""Free prose of blind split 37: notes typed in haste by district doctors, palliative teams,
oncologists, forensic experts and the transfusion service, identifiers mid-sentence."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind37_gen import (
    B,
    chain,
    cis_people,
    enp_v,
    hexs,
    inn_v,
    mail,
    mobile,
    name,
    num,
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
M, S, OMS, PS = "MEDICAL_RECORD_NUMBER", "RU_SNILS", "RU_OMS_POLICY", "RU_PASSPORT"


def home_palliative(rng: random.Random, fake: Any) -> Planted:
    """A district therapist's home visit to a bedridden cancer patient, typed fast."""
    b = B()
    low = rng.random() < 0.5
    b.v(D, when(rng, fake, rng.choice(("dd.mm", "dd.mm.yy", "dd.mm.yyyy")))).t(" актив на дом. пац-ка ")
    b.v(P, name(rng, fake, shape=rng.choice(("F io", "F I O", "F")), style="low" if low else "",
                who=people(rng, fake, female=True)))
    b.t(" " + rng.choice(("лежачая", "ECOG 3", "в сознании")) + ", д/р ")
    b.v(D, when(rng, fake, rng.choice(("dd.mm.yy", "dd.mm.yyyy")), "adult"))
    b.t(", живет ").t(rng.choice(("одна", "с сыном", "с мужем", "с внучкой"))).t(" на ")
    b.v(L, place(rng, fake, rng.choice(("ул.{S} {N}-{Q}", "{S} {N} кв{Q}", "ул. {S}, д.{N}, кв.{Q}, {E} под."))))
    b.t(". Сr молочной ж-зы IV ст, мтс в кости, на учете в ООД с ").v(D, when(rng, fake, rng.choice(("yyyy", "mm.yyyy")), "old"))
    b.t(". Боли 6-7 б по ВАШ. Дочь ").v(P, name(rng, fake, shape=rng.choice(("I", "I O", "F I")), style="low" if low else "",
                                             who=people(rng, fake, female=True)))
    b.t(" (").v(T, phone_v(rng, rng.choice(("89AABBBCCDD", "8-9AA-BBB-CC-DD", "+79AA BBB CC DD")))).t(") просит")
    b.t(" оформить ВК на морфин, рецепт ").v(M, num(rng, rng.choice(("X0-00000", "00Y X00000")))).t(". Полис ")
    b.v(OMS, enp_v(rng)).t(" - в ТФОМС не найден, уточнить.")
    return b.out()


def constatation(rng: random.Random, fake: Any) -> Planted:
    """A note on the pronouncement of death at home, with the police and the relatives."""
    b = B()
    dead = people(rng, fake)
    day = chain(rng, fake, 1)[0]
    b.t("Вызов ").v(M, num(rng, rng.choice(("X000", "X00-0")))).t(" в ").v(D, when(rng, fake, "HH:MI dd.mm.yyyy", day=day))
    b.t(" на констатацию смерти по адресу ").v(L, place(rng, fake, rng.choice(("{T}, ул. {S}, д. {N}, кв. {Q}",
                                                                              "с. {V}, ул. {S} {N}", "ул. {S}, {N}-{Q}"))))
    b.t(". Обнаружен труп ").v(P, name(rng, fake, "gent", rng.choice(("F I O", "F io")), who=dead))
    b.t(", ").v(D, when(rng, fake, rng.choice(("yyyy", "dd.mm.yyyy")), "adult")).t(" г.р., ")
    b.t("в положении лежа на кровати. Трупные пятна, окоченение выражено. Смерть констатирована в ")
    b.v(D, when(rng, fake, rng.choice(("HH:MI dd.mm.yyyy", "HH.MI dd.mm")), day=day)).t(". Со слов сына ")
    b.v(P, name(rng, fake, "gent", rng.choice(("I O", "F I O", "I")), who=people(rng, fake, female=False)))
    b.t(" страдала ИБС, наблюдалась" if dead[3] else " страдал ИБС, наблюдался")
    b.t(" у участкового терапевта ").v(P, name(rng, fake, "gent", "F io"))
    b.t(". Вызван участковый, тел. сына ").v(T, mobile(rng)).t(". Паспорт умершего ")
    b.v(PS, passport_v(rng, rng.choice(("XXXX XXXXXX", "XX XX XXXXXX", "XXXXXXXXXX")))).t(" передан полиции.")
    return b.out()


def oncology(rng: random.Random, fake: Any) -> Planted:
    """An oncologist's outpatient note quoting histology, registry and referral numbers."""
    b = B()
    b.t("Онколог ООД, приём ").v(D, when(rng, fake, rng.choice(("dd.mm.yyyy", "d MG yyyy г."))))
    b.t(". ").v(P, name(rng, fake, shape=rng.choice(("F I O", "F io")))).t(", а/к ").v(M, num(rng, rng.choice(("X0000", "О-X0000"))))
    b.t(". Биопсия ").v(D, when(rng, fake, rng.choice(("dd.mm", "dd.mm.yy")))).t(" в ").t(rng.choice(("ГКБ №7", "РОКД", "ЦРБ")))
    b.t(", гист. № ").v(M, num(rng, rng.choice(("X0000/Y", "X0000-0")))).t(": аденокарцинома G2. ИГХ ")
    b.v(M, num(rng, "X000-Y")).t(" - HER2 3+. Включена в канцер-регистр (рег.№ ").v(M, num(rng, "X00000")).t("). ")
    b.t("Направлена на ХТ в ").t(rng.choice(("РОКД", "НМИЦ онкологии"))).t(", напр. № ").v(M, num(rng, "X0000"))
    b.t(". Связь: ").v(T, mobile(rng)).t(rng.choice((", почта ", ", e-mail "))).v("EMAIL_ADDRESS", mail(rng, fake)).t(".")
    return b.out()


def palliative_diary(rng: random.Random, fake: Any) -> Planted:
    """A diary entry of a mobile palliative team (врач + медсестра), with the relatives' contacts."""
    b = B()
    b.t("Дневник выездной паллиативной службы, ").v(D, when(rng, fake, rng.choice(("dd.mm.yyyy", "dd MA"))))
    b.t(". Бригада: врач ").v(P, name(rng, fake, shape="F io")).t(", м/с ").v(P, name(rng, fake, shape=rng.choice(("F", "F io"))))
    b.t(". Пациент ").v(P, name(rng, fake, shape=rng.choice(("F I O", "F I")), who=people(rng, fake, female=False)))
    b.t(" (рег. № в регистре паллиативных ").v(M, num(rng, rng.choice(("X0000", "ПМП-X000")))).t(")")
    b.t(" в сознании, пролежень крестца 2 ст. Ухаживает жена ")
    b.v(P, name(rng, fake, shape=rng.choice(("I O", "I")), who=people(rng, fake, female=True)))
    b.t(", тел. ").v(T, mobile(rng)).t(". Следующий визит ").v(D, when(rng, fake, rng.choice(("dd.mm", "d MG"))))
    b.t(". Видеосвязь с сыном через ").v("URL", f"https://telemed.{fake.domain_name()}/room/{hexs(rng, 8)}").t(".")
    return b.out()


def donor_deferral(rng: random.Random, fake: Any) -> Planted:
    """A transfusion-service note about a donor's deferral and the call to him."""
    b = B()
    b.t("Донор ").v(P, name(rng, fake, shape=rng.choice(("F I O", "F io", "F I")))).t(" (код ")
    b.v(M, num(rng, rng.choice(("X000000", "00-000000")))).t("), ").v(D, when(rng, fake, "yyyy", "adult"))
    b.t(" г.р., донация ").v(D, when(rng, fake, rng.choice(("dd.mm.yyyy", "dd.mm"))))
    b.t(" — анти-HCV положит. в образце ").v(M, num(rng, "X000000000000")).t(". Отвод постоянный. Дозвонились ")
    b.v(D, when(rng, fake, "dd.mm")).t(" по номеру ").v(T, mobile(rng)).t(", приглашен(а) на повтор. Паспорт ")
    b.v(PS, passport_v(rng, rng.choice(("XX XX XXXXXX", "XXXX XXXXXX")))).t(", СНИЛС ").v(S, snils_v(rng)).t(".")
    return b.out()


def forensic_talk(rng: random.Random, fake: Any) -> Planted:
    """A forensic expert's note on a talk with relatives and the investigator."""
    b = B()
    b.t("По акту № ").v(M, num(rng, rng.choice(("X000", "X00/Y")))).t(" (труп ").v(P, name(rng, fake, "gent", "F I O"))
    b.t(") обратилась дочь ").v(P, name(rng, fake, shape=rng.choice(("F I O", "I O F")), who=people(rng, fake, female=True)))
    b.t(", паспорт ").v(PS, passport_v(rng, "XXXX XXXXXX")).t(", с просьбой выдать тело ")
    b.v(D, when(rng, fake, rng.choice(("dd.mm", "d MG")))).t(". Следователь ").v(P, name(rng, fake, shape="F io"))
    b.t(" (").v(T, phone_v(rng, rng.choice(("8 (AAA) BBB-CC-DD", "+7 AAA BBB-CC-DD")), True)).t(") разрешение дал. ")
    b.t("Результаты СХИ ").v(M, num(rng, "X000-Y")).t(" ожидаются к ").v(D, when(rng, fake, "dd.mm.yyyy")).t(".")
    return b.out()


def vacc_prose(rng: random.Random, fake: Any) -> Planted:
    """A paediatric nurse's note on the vaccination history of a child, from the mother's words."""
    b = B()
    b.t("Ребенок ").v(P, name(rng, fake, shape=rng.choice(("F I", "I F", "F I O"))))
    born, v1, v2, v3 = chain(rng, fake, 4, 60, "child")
    b.t(", ").v(D, when(rng, fake, rng.choice(("dd.mm.yyyy", "d MG yyyy г.")), day=born)).t(" д.р. Со слов матери (")
    b.v(P, name(rng, fake, shape=rng.choice(("F I O", "I O")), who=people(rng, fake, female=True))).t(") привит: БЦЖ в роддоме, гепатит В V1 ")
    b.v(D, when(rng, fake, "dd.mm.yy", day=v1)).t(", V2 ").v(D, when(rng, fake, "dd.mm.yy", day=v2)).t(", АКДС V1 ")
    b.v(D, when(rng, fake, rng.choice(("mm.yyyy", "в ML yyyy")), day=v3)).t("; далее медотвод. Сертификат прививок № ")
    b.v(M, num(rng, "X00000")).t(" утерян. Прописаны: ").v(L, place(rng, fake, rng.choice(("{T}, ул. {S}, {N}-{Q}",
                                                                                          "{R}, с. {V}"))))
    b.t(". Полис ребенка ").v(OMS, enp_v(rng)).t(".")
    return b.out()


def hospice_letter(rng: random.Random, fake: Any) -> Planted:
    """A referral letter to a hospice, prose with the identifiers the hospice asks for."""
    b = B()
    who = people(rng, fake)
    b.t("Главному врачу хосписа ").v(P, name(rng, fake, "datv", "F io")).t("\nНаправляется ")
    b.v(P, name(rng, fake, shape="F I O", who=who)).t(", ").v(D, when(rng, fake, "dd.mm.yyyy", "adult"))
    b.t(rng.choice((" г.р., проживающая по адресу " if who[3] else " г.р., проживающий по адресу ", " г. р., прож. ")))
    b.v(L, place(rng, fake, rng.choice((
        "{RF}, г. {T}, ул. {S}, д. {N}, кв. {Q}", "{D} р-н, с. {V}, ул. {S}, д. {N}"))))
    b.t(", СНИЛС ").v(S, snils_v(rng, rng.choice(("XXX-XXX-XXX XX", "XXX XXX XXX XX")))).t(", ИНН ").v("RU_INN", inn_v(rng))
    b.t(", с диагнозом C25.0. Заключение ВК № ").v(M, num(rng, "X00")).t(" от ").v(D, when(rng, fake, "dd.mm.yyyy"))
    b.t(". Контактное лицо — ").v(P, name(rng, fake, shape="I O")).t(", ").v(T, mobile(rng)).t(".\n")
    return b.out()


def migrant_death(rng: random.Random, fake: Any) -> Planted:
    """A note on a foreign citizen who died in hospital: foreign documents and the consulate."""
    b = B()
    b.t("Умерший ").v(P, name(rng, fake, shape=rng.choice(("F I", "F I O")), who=cis_people(rng, False)))
    b.t(", гражданин ").t(rng.choice(("Республики Узбекистан", "Республики Таджикистан", "Кыргызской Республики")))
    b.t(", паспорт ").v(M, num(rng, rng.choice(("WW0000000", "X00000000")))).t(", миграционная карта ")
    came, died = chain(rng, fake, 2, 10)
    b.v(M, num(rng, "X000 0000000")).t(", поступил ").v(D, when(rng, fake, "dd.mm.yyyy", day=came)).t(", умер ")
    b.v(D, when(rng, fake, "dd.mm.yyyy HH:MI", day=died)).t(". Полис ОМС отсутствует. Брат ")
    b.v(P, name(rng, fake, shape="I", who=cis_people(rng, False)))
    b.t(" тел. ").v(T, phone_v(rng, rng.choice(("+998 9A BBB CC DD", "+992 9A BBB CCDD", "+7 9AA BBB-CC-DD"))))
    b.t(", письмо в консульство отправлено на ").v("EMAIL_ADDRESS", mail(rng, fake)).t(".")
    return b.out()


PROSE37: list[BlockFamily] = [
    BlockFamily("b37-block-home-palliative", H, home_palliative),
    BlockFamily("b37-block-constatation", H, constatation),
    BlockFamily("b37-block-oncology-prose", H, oncology),
    BlockFamily("b37-block-palliative-diary", H, palliative_diary),
    BlockFamily("b37-block-donor-deferral", H, donor_deferral),
    BlockFamily("b37-block-forensic-talk", H, forensic_talk),
    BlockFamily("b37-block-vacc-prose", H, vacc_prose),
    BlockFamily("b37-block-hospice-letter", H, hospice_letter),
    BlockFamily("b37-block-migrant-death", H, migrant_death),
]
