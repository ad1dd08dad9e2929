"""More block families of blind split 61: consents, МСЭ extracts, court decisions, e-mails, registers, chats."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind61_common import (
    Doc,
    addr_legal,
    any_form,
    birth,
    court_case,
    date_legal,
    dt_time,
    email_v,
    enp,
    inn12,
    ins_policy,
    mrn,
    org_phone,
    passport,
    phone_v,
    snils_v,
    town,
    who,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted

P, D, L, PH, EM, U = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL"
SN, INN, PAS, OMS, MRN = "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER"


def consent(rng: random.Random, fake: Any) -> Planted:
    pat, rep = who(rng, fake), who(rng, fake)
    doc = Doc().t("СОГЛАСИЕ\nна передачу сведений, составляющих врачебную тайну, третьим лицам\n\nЯ, ")
    doc.v(P, pat.full()).t(", ").v(D, birth(rng, fake)).t(" г. рождения, ")
    doc.t("паспорт серии ").v(PAS, passport(rng)).t(", СНИЛС ").v(SN, snils_v(rng)).t(", проживающ").t(pat.a("ий", "ая"))
    doc.t(" по адресу: ").v(L, addr_legal(rng, fake)).t(",\nв соответствии со ст. 13 Федерального закона от 21.11.2011 № 323-ФЗ ")
    doc.t("даю согласие на предоставление моему представителю ").v(P, rep.full("datv"))
    doc.t(" (тел. ").v(PH, phone_v(rng)).t(") копий моей медицинской документации, а также страховой компании ")
    doc.t("по договору № ").v(MRN, ins_policy(rng)).t(".\n\n")
    doc.t("«___» __________ 20__ г.   _________ /").v(P, pat.short(space=rng.random() < 0.5)).t("/\n")
    return doc.done()


def mse_extract(rng: random.Random, fake: Any) -> Planted:
    pat = who(rng, fake)
    doc = Doc().t("ФКУ «ГБ МСЭ по ").t(rng.choice(("г. Москве", "Тверской области", "Свердловской области"))).t("» Минтруда России\n")
    doc.t("ВЫПИСКА из акта медико-социальной экспертизы гражданина № ").v(MRN, mrn(rng, "mse")).t("\n")
    doc.t("Ф.И.О.: ").v(P, pat.full()).t("\nДата рождения: ").v(D, birth(rng, fake, "num"))
    doc.t("\nАдрес: ").v(L, addr_legal(rng, fake)).t("\nСНИЛС: ").v(SN, snils_v(rng, rng.choice(("XXX-XXX-XXX XX", "XXXXXXXXXXX"))))
    doc.t(f"\nИнвалидность установлена: {rng.choice(('первая', 'вторая', 'третья'))} группа, дата установления ")
    doc.v(D, date_legal(rng, fake, "-3y", "num")).t(", срок — до ").v(D, date_legal(rng, fake, "-1y", "numg"))
    doc.t("\nПричина инвалидности: общее заболевание.\nВыписка выдана по запросу страховщика (убыток № ")
    doc.v(MRN, ins_policy(rng)).t(").\nРуководитель экспертного состава ").v(P, who(rng, fake).short(before=True)).t("\n")
    return doc.done()


def court_decision(rng: random.Random, fake: Any) -> Planted:
    pl, judge = who(rng, fake), who(rng, fake)
    doc = Doc().t(f"РЕШЕНИЕ\nИменем Российской Федерации\nДело № {court_case(rng)}\n\n")
    doc.t("Суд, исследовав материалы дела, в том числе медицинскую карту № ").v(MRN, mrn(rng, "amb"))
    doc.t(" и заключение эксперта, установил, что ").v(D, date_legal(rng, fake, "-4y", rng.choice(("words", "num"))))
    doc.t(" ").v(P, pl.full()).t(pl.a(" обратился", " обратилась")).t(" в поликлинику ответчика с жалобами; ")
    doc.t("дефекты оказания медицинской помощи находятся в косвенной причинной связи с ухудшением здоровья истца.\nРЕШИЛ:\n")
    doc.t("Исковые требования ").v(P, pl.short("gent")).t(" удовлетворить частично.\nВзыскать с ГБУЗ «ГП № ")
    doc.t(f"{rng.randrange(1, 220)} ДЗМ» в пользу ").v(P, pl.full("gent")).t(" (ИНН ").v(INN, inn12(rng))
    doc.t(") компенсацию морального вреда в размере 300 000 руб.\nРешение может быть обжаловано в течение месяца.\n")
    doc.t("Судья ").v(P, judge.sur()).t("\nМотивированное решение изготовлено ").t(f"{rng.randrange(1, 28)}.0{rng.randrange(1, 9)}.2025.\n")
    return doc.done()


def email_thread(rng: random.Random, fake: Any) -> Planted:
    pat, rel = who(rng, fake), who(rng, fake)
    mail = email_v(rng, fake, rel)
    doc = Doc().t("From: ").v(P, rel.full()).t(" <").v(EM, mail).t(">\nTo: info@gkb-clinic.ru\nSubject: Запрос выписки для страховой\n\n")
    doc.t("Добрый день! ").t(pat.a("Мой отец", "Моя мама")).t(", ").v(P, pat.full()).t(" (").v(D, birth(rng, fake, "num"))
    doc.t(" г.р.), лежал").t(pat.a("", "а")).t(" у вас в кардиологии с ").v(D, date_legal(rng, fake, "-1y", "plain")).t(".\n")
    doc.t("Страховая (полис ").v(MRN, ins_policy(rng)).t(") просит выписку с печатью. История болезни № ")
    doc.v(MRN, mrn(rng, "ib")).t(". Полис ОМС ").v(OMS, enp(rng, rng.choice(("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX"))))
    doc.t(".\nДоверенность и скан паспорта: ").v(U, f"https://cloud.mail.ru/public/{rng.randrange(1000, 9999)}/{fake.user_name()}")
    doc.t("\nПерезвоните, пожалуйста: ").v(PH, phone_v(rng)).t("\n\nС уважением, ").v(P, rel.io()).t("\n")
    return doc.done()


def fixed_width(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("РЕЕСТР ЗАСТРАХОВАННЫХ ЛИЦ (прикрепление ДМС)\n")
    doc.t(f"{'N':<4}{'ФИО':<38}{'Д/Р':<12}{'ПОЛИС':<20}{'ТЕЛЕФОН':<20}\n")
    for i in range(rng.randrange(3, 7)):
        p = who(rng, fake)
        name, dob, pol, ph = p.caps() if rng.random() < 0.5 else p.full(), birth(rng, fake, "num"), ins_policy(rng), phone_v(rng)
        doc.t(f"{i + 1:<4}").v(P, name).t(" " * max(1, 38 - len(name))).v(D, dob).t(" " * max(1, 12 - len(dob)))
        doc.v(MRN, pol).t(" " * max(1, 20 - len(pol))).v(PH, ph).t("\n")
    return doc.done()


def tsv_copies(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("дата_запроса\tзаявитель\tпациент\tснилс\tномер_карты\tспособ_выдачи\n")
    for _ in range(rng.randrange(3, 6)):
        app, pat = who(rng, fake), who(rng, fake)
        doc.v(D, date_legal(rng, fake, "-1y", "num")).t("\t")
        doc.t(rng.choice(("адв. ", "СК «Согласие», ", "нот. ", ""))).v(P, app.short()).t("\t").v(P, any_form(pat, rng)).t("\t")
        doc.v(SN, snils_v(rng, rng.choice(("XXX-XXX-XXX XX", "XXXXXXXXXXX")))).t("\t").v(MRN, mrn(rng, rng.choice(("ib", "amb", "emk"))))
        if rng.random() < 0.5:
            doc.t("\tпочта России\n")
        else:
            doc.t("\tэл. почта ").v(EM, email_v(rng, fake, app)).t("\n")
    return doc.done()


def death_certificate(rng: random.Random, fake: Any) -> Planted:
    dec = who(rng, fake)
    doc = Doc().t("Для нотариуса: сведения из медицинского свидетельства о смерти серии ")
    doc.v(MRN, f"{rng.randrange(10, 99)} {rng.randrange(100, 999)} № {rng.randrange(100000, 999999)}").t("\n")
    doc.t("Фамилия, имя, отчество умерш").t(dec.a("его", "ей")).t(": ").v(P, dec.full()).t("\nДата рождения: ")
    doc.v(D, birth(rng, fake, rng.choice(("num", "plain")))).t("\nДата смерти: ").v(D, dt_time(rng, fake))
    doc.t("\nМесто смерти: ").v(L, rng.choice((f"г. {town(fake)}", addr_legal(rng, fake)))).t(" (")
    doc.t(rng.choice(("в стационаре", "дома", "в машине скорой помощи"))).t(")\nМесто постоянного жительства: ")
    doc.v(L, addr_legal(rng, fake)).t("\nСНИЛС: ").v(SN, snils_v(rng)).t("\nСвидетельство выдано ").v(P, who(rng, fake).short("ablt"))
    doc.t(", получатель — ").v(P, who(rng, fake).full()).t(", ").v(PAS, passport(rng)).t("\n")
    return doc.done()


def operator_chat(rng: random.Random, fake: Any) -> Planted:
    cl, op = who(rng, fake), who(rng, fake)
    doc = Doc().t(f"[{rng.randrange(8, 21):02d}:{rng.randrange(0, 60):02d}] Оператор ").v(P, op.first).t(": Здравствуйте! Назовите номер убытка\n")
    doc.t("[клиент] ").v(MRN, ins_policy(rng)).t(", я ").v(P, cl.full().lower() if rng.random() < 0.4 else cl.full()).t(", застрахованный в реанимации\n")
    doc.t("[оператор] ").v(P, cl.io()).t(", подтвердите дату рождения застрахованного\n[клиент] ").v(D, birth(rng, fake, "num"))
    doc.t("\n[клиент] выписку из больницы " + cl.a("скинул", "скинула") + " на почту ").v(EM, email_v(rng, fake, cl)).t(", мой номер ").v(PH, phone_v(rng))
    doc.t("\n[оператор] Принято. Госпитализация с ").v(D, date_legal(rng, fake, "-1y", "num")).t(", ").v(L, f"г. {town(fake)}").t(", верно?\n")
    return doc.done()


def sp_heir_card(rng: random.Random, fake: Any) -> Planted:
    heir, dec = who(rng, fake), who(rng, fake)
    doc = Doc().t("Карточка получателя страховой выплаты\n")
    doc.t("Наследник: ИП ").v(P, heir.full()).t("\nИНН: ").v(INN, inn12(rng)).t("   ОГРНИП: ").t(f"3{rng.randrange(10**13, 10**14)}")
    doc.t("\nПаспорт: ").v(PAS, passport(rng)).t("\nДата выдачи: ").v(D, date_legal(rng, fake, "-15y", "num"))
    doc.t("\nАдрес регистрации: ").v(L, addr_legal(rng, fake)).t("\nСвидетельство о праве на наследство к имуществу ")
    doc.v(P, dec.full("gent")).t(", полис ОМС наследодателя ").v(OMS, enp(rng)).t("\nКонтакт: ").v(PH, phone_v(rng))
    doc.t(f"\nСправки по выплате: {org_phone(rng)} (страховщик)\n")
    return doc.done()


BLOCKS: list[BlockFamily] = [
    BlockFamily("b61-consent", HELDOUT, consent),
    BlockFamily("b61-mse-extract", HELDOUT, mse_extract),
    BlockFamily("b61-court-decision", HELDOUT, court_decision),
    BlockFamily("b61-email-thread", HELDOUT, email_thread),
    BlockFamily("b61-fixed-width-register", HELDOUT, fixed_width),
    BlockFamily("b61-tsv-copies", HELDOUT, tsv_copies),
    BlockFamily("b61-death-certificate", HELDOUT, death_certificate),
    BlockFamily("b61-operator-chat", HELDOUT, operator_chat),
    BlockFamily("b61-heir-card", HELDOUT, sp_heir_card),
]
