"""Exports of blind split 37: morgue and donor registers, immunisation and disease registries as
CSV/TSV/JSON/XML/HL7/key=value/fixed width, the way the systems write them."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind37_gen import (
    B,
    chain,
    enp_v,
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


def morgue_csv(rng: random.Random, fake: Any) -> Planted:
    """Журнал регистрации поступления тел (CSV from the morgue's MIS)."""
    b = B()
    sep = rng.choice((";", ",", "\t"))
    b.t(sep.join(("№ п/п", "№ тела", "ФИО", "Дата рождения", "Дата смерти", "Дата поступления", "Отделение", "№ и/б")))
    for i in range(rng.randrange(2, 4)):
        b.t(f"\n{i + 1}{sep}").v(M, num(rng, rng.choice(("X00/Y", "X000")))).t(sep)
        b.v(P, name(rng, fake, style=rng.choice(("", "up")))).t(sep)
        died, came = chain(rng, fake, 2, 1)
        b.v(D, when(rng, fake, "dd.mm.yyyy", "adult")).t(sep).v(D, when(rng, fake, "dd.mm.yyyy HH:MI", day=died)).t(sep)
        b.v(D, when(rng, fake, "dd.mm.yyyy", day=came)).t(sep + rng.choice(("ОРИТ", "терапия", "СМП", "хирургия")) + sep)
        b.v(M, num(rng, "X0000/Y"))
    return Planted(b.text + "\n", b.golds)


def donor_json(rng: random.Random, fake: Any) -> Planted:
    """A donor record exported from the transfusion service database as JSON."""
    b = B()
    last, first, middle, female = people(rng, fake)
    b.t('{"donor_id": "').v(M, num(rng, rng.choice(("X000000", "X000000000")))).t('", "last_name": "').v(P, last)
    b.t('", "first_name": "').v(P, first).t('", "middle_name": "').v(P, middle).t('", "birth_date": "')
    b.v(D, when(rng, fake, "yyyy-mm-dd", "adult")).t('", "gender": "' + ("F" if female else "M") + '", "snils": "')
    b.v(S, snils_v(rng, rng.choice(("XXXXXXXXXXX", "XXX-XXX-XXX XX")))).t('", "phone": "').v(T, phone_v(rng, "+79AABBBCCDD"))
    b.t('", "email": "').v("EMAIL_ADDRESS", mail(rng, fake)).t('", "address": "').v(L, place(rng, fake, "г. {T}, ул. {S}, д. {N}, кв. {Q}"))
    b.t('", "blood_group": "0(I) Rh-", "last_donation": "').v(D, when(rng, fake, "yyyy-mm-ddTHH:MI:SS"))
    b.t('", "donations_total": ' + str(rng.randrange(1, 60)) + ', "honorary": ' + rng.choice(("true", "false")) + "}")
    return b.out()


def immun_csv(rng: random.Random, fake: Any) -> Planted:
    """A regional immunisation register, semicolon CSV with a header row."""
    b = B()
    b.t("ЕНП;Фамилия;Имя;Отчество;ДР;Вакцина;Серия вакцины;Этап;Дата;МО;Адрес")
    for _ in range(rng.randrange(2, 4)):
        last, first, middle, _ = people(rng, fake)
        b.t("\n").v(OMS, enp_v(rng)).t(";").v(P, last).t(";").v(P, first).t(";").v(P, middle).t(";")
        b.v(D, when(rng, fake, "dd.mm.yyyy", "birth")).t(";" + rng.choice(("Гам-КОВИД-Вак", "Ультрикс Квадри", "АДС-м")))
        b.t(";" + num(rng, rng.choice(("X00-0", "X00520", "UX000")))).t(";" + rng.choice(("V1", "V2", "RV")) + ";")
        b.v(D, when(rng, fake, rng.choice(("dd.mm.yyyy", "yyyy-mm-dd")))).t(";ГАУЗ ГП №" + str(rng.randrange(1, 21)) + ";")
        b.v(L, place(rng, fake, rng.choice(("{T}, {S}, {N}-{Q}", "г {T} ул {S} д {N} кв {Q}"))))
    return Planted(b.text + "\n", b.golds)


def cancer_xml(rng: random.Random, fake: Any) -> Planted:
    """A cancer registry (канцер-регистр) record as XML."""
    b = B()
    last, first, middle, _ = people(rng, fake)
    b.t("<Patient>\n  <RegNum>").v(M, num(rng, rng.choice(("X00000", "X0-00000")))).t("</RegNum>\n  <FIO>\n    <Fam>")
    b.v(P, last).t("</Fam>\n    <Im>").v(P, first).t("</Im>\n    <Ot>").v(P, middle).t("</Ot>\n  </FIO>\n  <DR>")
    b.v(D, when(rng, fake, "yyyy-mm-dd", "adult")).t("</DR>\n  <SNILS>").v(S, snils_v(rng, "XXX-XXX-XXX XX"))
    b.t("</SNILS>\n  <ENP>").v(OMS, enp_v(rng)).t("</ENP>\n  <Address>").v(L, place(rng, fake, rng.choice((
        "{RF}, {D} р-н, с. {V}, ул. {S}, д. {N}", "{R}, г. {T}, ул. {S}, д. {N}, кв. {Q}"))))
    b.t("</Address>\n  <Tumor ds=\"C18.7\" stage=\"IIIB\">\n    <DateDs>").v(D, when(rng, fake, "yyyy-mm-dd"))
    b.t("</DateDs>\n    <HistNum>").v(M, num(rng, "X0000/Y")).t("</HistNum>\n  </Tumor>\n")
    if rng.random() < 0.5:
        b.t("  <Death date=\"").v(D, when(rng, fake, "yyyy-mm-dd")).t("\" cause=\"C18.7\"/>\n")
    return Planted(b.text + "</Patient>\n", b.golds)


def diabetes_kv(rng: random.Random, fake: Any) -> Planted:
    """A record of the diabetes register (ФРСД) copied as key=value lines."""
    b = B()
    sep = rng.choice(("=", ": ", " = "))
    b.t(f"frsd_id{sep}").v(M, num(rng, "X000000")).t(f"\nfio{sep}").v(P, name(rng, fake, style=rng.choice(("", "up"))))
    b.t(f"\nbirth_date{sep}").v(D, when(rng, fake, "dd.mm.yyyy", "birth")).t(f"\nsnils{sep}").v(S, snils_v(rng, "XXXXXXXXXXX"))
    b.t(f"\ntype{sep}E11\ndiag_date{sep}").v(D, when(rng, fake, "dd.mm.yyyy", "old")).t(f"\nhba1c{sep}8.1")
    b.t(f"\nphone{sep}").v(T, mobile(rng)).t(f"\naddr{sep}").v(L, place(rng, fake, "{T}, ул. {S}, д. {N}, кв. {Q}"))
    b.t(f"\ninsulin_pump{sep}" + rng.choice(("нет", "да")) + "\n")
    return b.out()


def orphan_tsv(rng: random.Random, fake: Any) -> Planted:
    """A row pair of the ВЗН / orphan-disease register exported as TSV."""
    b = B()
    b.t("reg_no\tfio\tdr\tsnils\tpolicy\tdiag\tincluded\tphone")
    for _ in range(2):
        b.t("\n").v(M, num(rng, rng.choice(("ВЗН-X00000", "X000000")))).t("\t").v(P, name(rng, fake, shape="F I O"))
        b.t("\t").v(D, when(rng, fake, "dd.mm.yyyy", "birth")).t("\t").v(S, snils_v(rng, "XXX-XXX-XXX XX"))
        b.t("\t").v(OMS, enp_v(rng)).t("\t" + rng.choice(("E84.0", "D66", "G35", "E75.2")) + "\t")
        b.v(D, when(rng, fake, "dd.mm.yyyy", "old")).t("\t").v(T, mobile(rng))
    return Planted(b.text + "\n", b.golds)


def hl7_death(rng: random.Random, fake: Any) -> Planted:
    """An HL7 v2 ADT^A03 message for a patient who died in hospital (PID-29/30, PV1-36 = 20)."""
    b = B()
    last, first, middle, female = people(rng, fake)
    stamp = when(rng, fake, "yyyymmddHHMI")
    b.t(f"MSH|^~\\&|MIS|GKB{rng.randrange(1, 70)}|REGIZ|MZ|{stamp}||ADT^A03|{num(rng, 'X0000000')}|P|2.5\r")
    b.t("PID|1||").v(M, num(rng, "X000000")).t("^^^MIS^MR~").v(S, snils_v(rng, "XXXXXXXXXXX")).t("^^^PFR^SS||")
    b.v(P, f"{last.upper()}^{first.upper()}^{middle.upper()}").t("||").v(D, when(rng, fake, "yyyymmdd", "adult"))
    b.t("|" + ("F" if female else "M") + "|||").v(L, place(rng, fake, "ул. {S}, д. {N}, кв. {Q}^^{T}^^{P}"))
    b.t("||").v(T, phone_v(rng, "+79AABBBCCDD")).t("||||||||||||||||").v(D, when(rng, fake, "yyyymmddHHMI")).t("|Y\r")
    b.t("PV1|1|I|ОРИТ^^^GKB||||").v(M, num(rng, "X0000")).t("^").v(P, name(rng, fake, shape="F").upper()).t("^")
    b.t("||||||||||||").v(M, num(rng, "X0000/Y")).t("|||||||||||||||||20\r")
    return b.out()


def palliative_fixed(rng: random.Random, fake: Any) -> Planted:
    """A fixed-width printout of the palliative register of a district polyclinic."""
    b = B()
    b.t(f"{'Рег.№':<10}{'ФИО':<34}{'Д.р.':<12}{'Адрес':<44}Телефон\n")
    for _ in range(rng.randrange(2, 4)):
        reg, fio = num(rng, "ПАЛ-X000"), name(rng, fake, shape=rng.choice(("F I O", "F io")))
        dr = when(rng, fake, "dd.mm.yyyy", "adult")
        adr = place(rng, fake, rng.choice(("ул. {S}, {N}-{Q}", "{T}, {S} {N}")))
        b.v(M, reg).t(" " * (10 - len(reg))).v(P, fio).t(" " * max(2, 34 - len(fio))).v(D, dr).t("  ")
        b.v(L, adr).t(" " * max(2, 44 - len(adr))).v(T, mobile(rng)).t("\n")
    return b.out()


def mis_dump(rng: random.Random, fake: Any) -> Planted:
    """A patient card screen of a MIS copied into a message to the registry (label: value, mixed order)."""
    b = B()
    fields = [("Пациент", P, lambda: name(rng, fake, style=rng.choice(("", "up")))),
              ("Дата рождения", D, lambda: when(rng, fake, "dd.mm.yyyy", "adult")),
              ("ID ЕМК", M, lambda: num(rng, rng.choice(("X000000", "X0000000000")))),
              ("Паспорт", PS, lambda: passport_v(rng, rng.choice(("XXXX XXXXXX", "XX XX XXXXXX")))),
              ("Полис", OMS, lambda: enp_v(rng)), ("СНИЛС", S, lambda: snils_v(rng)),
              ("Телефон", T, lambda: mobile(rng)),
              ("Адрес", L, lambda: place(rng, fake, "{R}, г. {T}, ул. {S}, д. {N}, кв. {Q}")),
              ("Дата смерти", D, lambda: when(rng, fake, "dd.mm.yyyy"))]
    head, tail = fields[:1], fields[1:]
    rng.shuffle(tail)
    sep = rng.choice((": ", "\t", " | "))
    for i, (label, kind, make) in enumerate(head + tail[: rng.randrange(5, 9)]):
        b.t(("\n" if i else "") + label + sep).v(kind, make())
    return Planted(b.text + "\n", b.golds)


EXPORTS37: list[BlockFamily] = [
    BlockFamily("b37-block-morgue-csv", H, morgue_csv),
    BlockFamily("b37-block-donor-json", H, donor_json),
    BlockFamily("b37-block-immun-csv", H, immun_csv),
    BlockFamily("b37-block-cancer-xml", H, cancer_xml),
    BlockFamily("b37-block-diabetes-kv", H, diabetes_kv),
    BlockFamily("b37-block-orphan-tsv", H, orphan_tsv),
    BlockFamily("b37-block-hl7-death", H, hl7_death),
    BlockFamily("b37-block-palliative-fixed", H, palliative_fixed),
    BlockFamily("b37-block-mis-dump", H, mis_dump),
]
