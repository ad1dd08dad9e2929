"""Block families of blind split 61: lawyers' requests, court papers, notarial and guardianship documents."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind61_common import (
    Doc,
    addr_legal,
    any_form,
    authority,
    birth,
    court_case,
    date_legal,
    dept_code,
    email_v,
    enp,
    inn12,
    mrn,
    org_phone,
    out_no,
    passport,
    phone_v,
    snils_v,
    town,
    who,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted

P, D, L, PH, EM = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS"
SN, INN, PAS, OMS, MRN = "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER"


def _passport_details(doc: Doc, rng: random.Random, fake: Any) -> None:
    doc.t("паспорт ").v(PAS, passport(rng)).t(f", выдан {authority(rng)} ")
    doc.v(D, date_legal(rng, fake, "-20y", rng.choice(("num", "numg", "words"))))
    doc.t(f", код подразделения {dept_code(rng)}")


def lawyer_request(rng: random.Random, fake: Any) -> Planted:
    lawyer, client = who(rng, fake), who(rng, fake)
    doc = Doc().t(f"Главному врачу ГБУЗ «Городская клиническая больница № {rng.randrange(1, 80)}»\n")
    doc.t("от адвоката ").v(P, lawyer.full("gent")).t(f"\nрег. № {rng.randrange(10, 99)}/{rng.randrange(1000, 19999)} в реестре адвокатов\n")
    doc.t("тел. ").v(PH, phone_v(rng)).t(", e-mail: ").v(EM, email_v(rng, fake, lawyer))
    doc.t(f"\n\nАДВОКАТСКИЙ ЗАПРОС № {out_no(rng)}\n\n")
    doc.t(f"В производстве адвоката находится соглашение об оказании юридической помощи {client.a('гражданину', 'гражданке')} ")
    doc.v(P, client.full("datv")).t(", ").v(D, birth(rng, fake)).t(f" г.р., {client.a('зарегистрированному', 'зарегистрированной')} по адресу: ")
    doc.v(L, addr_legal(rng, fake)).t(".\nНа основании ст. 6.1 Федерального закона № 63-ФЗ прошу предоставить заверенные копии ")
    doc.t("медицинской карты стационарного больного № ").v(MRN, mrn(rng, "ib")).t(" за период госпитализации с ")
    doc.v(D, date_legal(rng, fake, "-3y", "num")).t(" по ").v(D, date_legal(rng, fake, "-3y", "num"))
    doc.t(".\nСогласие ").v(P, client.short("gent")).t(" на раскрытие сведений, составляющих врачебную тайну, прилагается.\n")
    doc.t("Адвокат ____________ ").v(P, lawyer.short(before=True)).t("\n")
    return doc.done()


def court_ruling(rng: random.Random, fake: Any) -> Planted:
    judge, plaintiff, rep, expert = who(rng, fake), who(rng, fake), who(rng, fake), who(rng, fake)
    doc = Doc().t(f"ОПРЕДЕЛЕНИЕ\nо назначении судебно-медицинской экспертизы\n\n{rng.choice(('г. Москва', 'г. Тверь', 'г. Казань'))}\n\n")
    doc.t(f"{rng.choice(('Кузьминский', 'Пресненский', 'Заволжский', 'Советский'))} районный суд в составе председательствующего судьи ")
    doc.v(P, judge.short("gent", space=rng.random() < 0.5)).t(f", рассмотрев гражданское дело № {court_case(rng)} по иску ")
    doc.v(P, plaintiff.full("gent")).t(" к ГБУЗ «ГКБ № 15 ДЗМ» о возмещении вреда, причинённого здоровью,\nУСТАНОВИЛ:\n")
    doc.v(P, plaintiff.short()).t(plaintiff.a(" обратился", " обратилась") + " в суд, указав, что ").v(D, date_legal(rng, fake, "-4y"))
    doc.t(plaintiff.a(" был госпитализирован", " была госпитализирована") + " к ответчику, где проведена операция; медицинская карта № ").v(MRN, mrn(rng, "ib"))
    doc.t(".\nПредставитель истца по доверенности ").v(P, rep.full()).t(rep.a(" ходатайство поддержал.\n", " ходатайство поддержала.\n"))
    doc.t("ОПРЕДЕЛИЛ:\nНазначить по делу комиссионную экспертизу, поручив её проведение эксперту ")
    doc.v(P, expert.full("datv")).t(". Предоставить в распоряжение экспертов медицинские документы ")
    doc.v(P, plaintiff.sur("gent") + " " + plaintiff.short().split(" ", 1)[1]).t(".\nСудья ").v(P, judge.short(before=True)).t("\n")
    return doc.done()


def expert_opinion(rng: random.Random, fake: Any) -> Planted:
    subj, exp1, exp2 = who(rng, fake), who(rng, fake), who(rng, fake)
    doc = Doc().t(f"ЗАКЛЮЧЕНИЕ ЭКСПЕРТОВ № {rng.randrange(10, 999)}/{rng.randrange(21, 26)}\n(комиссионная судебно-медицинская экспертиза)\n")
    doc.t("Экспертиза начата ").v(D, date_legal(rng, fake, "-2y", "q")).t(", окончена ").v(D, date_legal(rng, fake, "-2y", "q")).t(".\n")
    doc.t("Объект: медицинские документы в отношении ").v(P, subj.caps()).t(", ").v(D, birth(rng, fake, "num")).t(" г.р.\n")
    doc.t("Эксперты: ").v(P, exp1.full()).t(", врач — судебно-медицинский эксперт, стаж 18 лет; ")
    doc.v(P, exp2.short()).t(", врач-хирург высшей категории.\n")
    doc.t("Из медицинской карты № ").v(MRN, mrn(rng, rng.choice(("ib", "amb")))).t(": «").v(D, dt_short(rng, fake))
    doc.t(" поступила с жалобами на боли в животе… ").v(D, date_legal(rng, fake, "-3y", "num")).t(" выписана».\n")
    doc.t("По данным протокола патологоанатомического вскрытия № ").v(MRN, f"{rng.randrange(1, 999)}-{rng.randrange(20, 26)}")
    doc.t(" смерть ").v(P, subj.short("gent")).t(" наступила ").v(D, date_legal(rng, fake, "-2y", "words"))
    doc.t(" в ").v(L, f"г. {town(fake)}").t(".\n")
    return doc.done()


def dt_short(rng: random.Random, fake: Any) -> str:
    base = date_legal(rng, fake, "-3y", "num")
    return rng.choice((base, base[:6] + base[8:], base + f" {rng.randrange(0, 24):02d}:{rng.randrange(0, 60):02d}"))


def power_of_attorney(rng: random.Random, fake: Any) -> Planted:
    grantor, agent, notary = who(rng, fake), who(rng, fake), who(rng, fake)
    place = town(fake)
    doc = Doc().t(f"ДОВЕРЕННОСТЬ\n\nГород {place}, ").t(f"{rng.choice(('двадцатое', 'пятое', 'первое'))} марта две тысячи двадцать четвёртого года\n\n")
    doc.t("Я, ").v(P, grantor.full()).t(", ").v(D, birth(rng, fake, "num")).t(" года рождения, место рождения: ")
    doc.v(L, f"{rng.choice(('гор.', 'г.', 'пос.'))} {town(fake)}").t(", пол: ").t(grantor.a("мужской", "женский")).t(", ")
    _passport_details(doc, rng, fake)
    doc.t(f", {grantor.a('зарегистрированный', 'зарегистрированная')} по адресу: ").v(L, addr_legal(rng, fake))
    doc.t(",\nнастоящей доверенностью уполномочиваю ").v(P, agent.full("accs")).t(", ").v(D, birth(rng, fake, "num"))
    doc.t(" года рождения, ")
    _passport_details(doc, rng, fake)
    doc.t(",\nполучать во всех медицинских организациях медицинские документы, их копии и выписки из них, в том числе ")
    doc.t("медицинскую карту № ").v(MRN, mrn(rng, "amb")).t(", а также сведения, составляющие врачебную тайну.\n")
    doc.t("Доверенность выдана сроком на три года.\n\n").v(P, grantor.full().upper() if rng.random() < 0.5 else grantor.full())
    doc.t(" ____________\n\nДоверенность удостоверена мной, ").v(P, notary.full("ablt"))
    doc.t(f", нотариусом города {place}. Зарегистрировано в реестре: № {rng.randrange(10, 99)}/{rng.randrange(10, 999)}-н/{rng.randrange(10, 99)}-2024-{rng.randrange(1, 9)}-{rng.randrange(100, 999)}.\n")
    return doc.done()


def guardianship(rng: random.Random, fake: Any) -> Planted:
    ward, guardian, chair = who(rng, fake), who(rng, fake), who(rng, fake)
    doc = Doc().t("ПОСТАНОВЛЕНИЕ\nоб установлении опеки над недееспособным гражданином\n\n")
    doc.t("Рассмотрев заявление ").v(P, guardian.full("gent")).t(", ").v(D, birth(rng, fake)).t(" г.р., проживающ" + guardian.a("его", "ей") + " по адресу: ")
    doc.v(L, addr_legal(rng, fake)).t(", об установлении опеки над ").v(P, ward.full("ablt")).t(", ")
    doc.v(D, birth(rng, fake, "words")).t(" рождения, признанн" + ward.a("ым", "ой") + " недееспособн" + ward.a("ым", "ой") + " решением суда по делу № ")
    doc.t(f"{court_case(rng)},\nа также медицинское заключение врачебной комиссии от ").v(D, date_legal(rng, fake, "-2y", "num"))
    doc.t(" № ").v(MRN, f"ВК-{rng.randrange(10, 9999)}").t(" (медицинская карта № ").v(MRN, mrn(rng, "amb")).t("),\n")
    doc.t("ПОСТАНОВЛЯЮ:\n1. Установить опеку над ").v(P, ward.short("ablt")).t(", СНИЛС ").v(SN, snils_v(rng)).t(".\n")
    doc.t("2. Назначить опекуном ").v(P, guardian.full("accs")).t(", СНИЛС ").v(SN, snils_v(rng, "XXXXXXXXXXX"))
    doc.t(", ИНН ").v(INN, inn12(rng)).t(".\n3. Опекуну ").v(P, guardian.short("datv", before=True))
    doc.t(" представлять ежегодный отчёт.\n\nГлава администрации ").v(P, chair.short(before=True)).t("\n")
    return doc.done()


def inheritance(rng: random.Random, fake: Any) -> Planted:
    dec, heir, notary = who(rng, fake), who(rng, fake), who(rng, fake)
    doc = Doc().t("Нотариус ").v(P, notary.full()).t(f"\nНаследственное дело № {rng.randrange(1, 400)}/{rng.randrange(2021, 2026)}\n\n")
    doc.t("ЗАПРОС\nВ связи с открытием наследства после смерти ").v(P, dec.full("gent")).t(", умер")
    doc.t(dec.a("шего", "шей") + " ").v(D, date_legal(rng, fake, "-2y")).t(", последнее место жительства: ").v(L, addr_legal(rng, fake))
    doc.t(",\nпрошу сообщить, имеются ли договоры страхования жизни, заключённые наследодателем (СНИЛС ").v(SN, snils_v(rng))
    doc.t(", ИНН ").v(INN, inn12(rng)).t("), и предоставить справку о причине смерти из медицинской карты № ")
    doc.v(MRN, mrn(rng, rng.choice(("amb", "emk")))).t(".\nС заявлением о принятии наследства обратил")
    doc.t(heir.a("ся", "ась") + " ").v(P, heir.full()).t(", ИНН ").v(INN, inn12(rng, rng.choice(("XXXXXXXXXXXX", "XXXX XXXX XXXX"))))
    doc.t(", ").v(D, birth(rng, fake)).t(" г.р., ")
    _passport_details(doc, rng, fake)
    doc.t(".\nТел. наследника: ").v(PH, phone_v(rng)).t(f". Тел. нотариальной конторы: {org_phone(rng)}.\n")
    return doc.done()


def clinic_reply(rng: random.Random, fake: Any) -> Planted:
    addressee, pat, doc_sig = who(rng, fake), who(rng, fake), who(rng, fake)
    doc = Doc().t(f"Исх. № {out_no(rng)} от {date_legal(rng, fake, '-1y', 'num')}\n\n")
    doc.t(addressee.a("Адвокату ", "Адвокату ")).v(P, addressee.short("datv")).t("\n").v(L, addr_legal(rng, fake)).t("\n\n")
    doc.t("На Ваш запрос сообщаем, что ").v(P, pat.full()).t(", ").v(D, birth(rng, fake, "numg")).t(" рождения, полис ОМС ")
    doc.v(OMS, enp(rng)).t(", находил").t(pat.a("ся", "ась")).t(" на лечении в хирургическом отделении с ")
    doc.v(D, date_legal(rng, fake, "-2y", "num")).t(" по ").v(D, date_legal(rng, fake, "-2y", "num")).t(" (и/б № ").v(MRN, mrn(rng, "ib"))
    doc.t(").\nВ соответствии с ч. 4 ст. 13 Федерального закона № 323-ФЗ копии медицинской документации могут быть выданы ")
    doc.t("только при наличии письменного согласия пациента либо его законного представителя. Просим представить согласие ")
    doc.v(P, pat.short("gent")).t(".\n\nЗаместитель главного врача по КЭР ").v(P, doc_sig.short(before=True))
    doc.t("\nИсп. ").v(P, who(rng, fake).short()).t(f", {org_phone(rng)}\n")
    return doc.done()


def released_register(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("ЖУРНАЛ учёта выдачи копий медицинской документации\n")
    doc.t("№ п/п | Дата | ФИО пациента | № карты | Кому выдано | Документ получателя | Подпись\n")
    for i in range(rng.randrange(3, 6)):
        pat, rec = who(rng, fake), who(rng, fake)
        doc.t(f"{rng.randrange(100, 999) + i} | ").v(D, date_legal(rng, fake, "-1y", "num")).t(" | ")
        doc.v(P, any_form(pat, rng)).t(" | ").v(MRN, mrn(rng, rng.choice(("ib", "amb")))).t(" | ")
        if rng.random() < 0.4:
            doc.t("лично | паспорт ").v(PAS, passport(rng))
        else:
            doc.t(rng.choice(("представитель ", "адвокат ", "дочь ", "по дов. "))).v(P, rec.short(space=rng.random() < 0.3))
            doc.t(" | паспорт ").v(PAS, passport(rng))
        doc.t(" | подп.\n")
    return doc.done()


BLOCKS: list[BlockFamily] = [
    BlockFamily("b61-lawyer-request", HELDOUT, lawyer_request),
    BlockFamily("b61-court-ruling", HELDOUT, court_ruling),
    BlockFamily("b61-expert-opinion", HELDOUT, expert_opinion),
    BlockFamily("b61-power-of-attorney", HELDOUT, power_of_attorney),
    BlockFamily("b61-guardianship", HELDOUT, guardianship),
    BlockFamily("b61-inheritance", HELDOUT, inheritance),
    BlockFamily("b61-clinic-reply", HELDOUT, clinic_reply),
    BlockFamily("b61-released-register", HELDOUT, released_register),
]
