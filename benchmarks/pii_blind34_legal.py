"""Multi-value fragments of blind split 34, part 1: insurers (ОМС/ДМС letters, МЭЭ/ЭКМП acts, guarantee
letters, regress claims), courts, prosecutors, police, guardianship and notaries."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind34_gen import (
    Doc,
    addr,
    born,
    day,
    enp,
    link,
    mail,
    mrn,
    name_as,
    ocr,
    oms_any,
    passport,
    period,
    recent,
    snils_num,
    tel,
    typo,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted

N = "F I O"


def _nm(rng: random.Random, fake: Any, case: str = "nomn", *shapes: str) -> str:
    return name_as(rng, fake, case, rng.choice(shapes or (N, N, "F io", "F i o")))


def insurer_answer(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t(rng.choice(("АО «Страховая компания «СОГАЗ-Мед»", "ООО «Капитал МС»", "Филиал ООО СМК «Ресо-Мед»")), "\n")
    d.t("Исх. № ", str(rng.randrange(100, 9999)), "/", str(rng.randrange(1, 30)), " от ").v("DATE_TIME", recent(rng, fake)).t("\n")
    if rng.random() < 0.5:
        d.v("PERSON", _nm(rng, fake, "datv", N, "F io", "F i o")).t("\n").v("LOCATION", addr(rng, fake)).t("\n")
    d.t("Уважаемый(ая) ").v("PERSON", _nm(rng, fake, "nomn", N, "I O")).t("!\n")
    d.t("Рассмотрев Ваше обращение от ").v("DATE_TIME", recent(rng, fake, ("dd.mm.yyyy", "D MG yyyy г.")))
    d.t(" (вх. № ").v("MEDICAL_RECORD_NUMBER", mrn("claim")(rng, fake)).t(") о качестве медицинской помощи, оказанной ")
    start, stop = period(rng, fake, ("dd.mm.yyyy", "dd.mm.yy"))
    d.t("Вашему родственнику ").v("PERSON", _nm(rng, fake, "datv", N, "I O"))
    d.t(" в период с ").v("DATE_TIME", start).t(" по ").v("DATE_TIME", stop)
    d.t(", сообщаем, что по результатам ЭКМП выявлены нарушения по коду 3.2.1 Перечня оснований ")
    d.t("(приказ Минздрава России от 19.03.2021 № 231н). Ответ направлен по адресу: ")
    d.v("LOCATION", addr(rng, fake)).t(rng.choice((".", ";", ".\n")))
    return d.done()


def mee_act(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    sep = rng.choice(("\n", "; ", " | "))
    d.t("АКТ медико-экономической экспертизы № ", str(rng.randrange(1, 999)), "-МЭЭ", sep)
    d.t("Застрахованное лицо: ").v("PERSON", _nm(rng, fake, "nomn", N, "F io")).t(sep)
    d.t("Дата рождения: ").v("DATE_TIME", born(rng, fake)).t(sep)
    d.t("Полис ОМС: ").v("RU_OMS_POLICY", oms_any(rng)).t(sep)
    d.t("№ карты стационарного больного: ").v("MEDICAL_RECORD_NUMBER", mrn("ib")(rng, fake)).t(sep)
    start, stop = period(rng, fake)
    d.t("Сроки лечения: ").v("DATE_TIME", start).t(rng.choice((" – ", "-", " - "))).v("DATE_TIME", stop).t(sep)
    d.t("Диагноз по МКБ-10: I21.4. КСГ st13.005, койко-дней 9", sep)
    d.t("Специалист-эксперт: ").v("PERSON", _nm(rng, fake, "nomn", "F io", "F i o", "io F")).t(sep)
    return d.done()


def ekmp_csv(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    sep = rng.choice((";", ",", "\t"))
    d.t(sep.join(("n_akt", "fio", "dr", "enp", "nhistory", "date_in", "date_out", "expert", "code_def")), "\n")
    for i in range(rng.randrange(2, 4)):
        d.t(f"{rng.randrange(100, 999)}/{i + 1}", sep).v("PERSON", _nm(rng, fake, "nomn", N, "F io")).t(sep)
        d.v("DATE_TIME", day(rng, fake, rng.choice(("dd.mm.yyyy", "yyyy-mm-dd")), "-85y", "-1y")).t(sep)
        d.v("RU_OMS_POLICY", enp(rng).replace(" ", "").replace("-", "")).t(sep)
        d.v("MEDICAL_RECORD_NUMBER", mrn("ib")(rng, fake)).t(sep)
        start, stop = period(rng, fake, ("dd.mm.yyyy", "yyyy-mm-dd"))
        d.v("DATE_TIME", start).t(sep).v("DATE_TIME", stop).t(sep)
        d.v("PERSON", name_as(rng, fake, "nomn", "F io")).t(sep, rng.choice(("3.2.1", "2.16.1", "4.2", "")), "\n")
    return d.done()


def dms_guarantee(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("ГАРАНТИЙНОЕ ПИСЬМО\n").t("Страховая компания гарантирует оплату медицинских услуг застрахованному(ой) ")
    d.v("PERSON", _nm(rng, fake, "datv", N)).t(", ").v("DATE_TIME", born(rng, fake)).t(" г.р., полис ДМС № ")
    d.v("MEDICAL_RECORD_NUMBER", mrn("dms")(rng, fake)).t(", срок действия до ").v("DATE_TIME", recent(rng, fake)).t(".\n")
    d.t("Объём: консультация травматолога-ортопеда, МРТ коленного сустава (1 зона). Лимит 45 000 руб.\n")
    d.t("Куратор: ").v("PERSON", name_as(rng, fake, "nomn", rng.choice(("F I", "I F", "F io"))))
    d.t(", ").v("PHONE_NUMBER", tel(rng, fake)).t(", ").v("EMAIL_ADDRESS", mail(rng, fake)).t("\n")
    return d.done()


def regress_claim(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("В ", rng.choice(("Советский", "Кировский", "Ленинский")), " районный суд\nИстец: ТФОМС\nОтветчик: ")
    d.v("PERSON", _nm(rng, fake, "nomn", N, "F I O")).t(", ")
    d.v("DATE_TIME", born(rng, fake)).t(" г.р., проживающий(ая): ").v("LOCATION", addr(rng, fake)).t("\n")
    d.t("ИСКОВОЕ ЗАЯВЛЕНИЕ о возмещении средств, затраченных на лечение потерпевшего\n")
    d.t("Приговором суда от ").v("DATE_TIME", recent(rng, fake, ("dd.mm.yyyy", "D MG yyyy г.")))
    d.t(" по делу № ").v("MEDICAL_RECORD_NUMBER", mrn("court")(rng, fake)).t(" ответчик признан виновным. Потерпевший ")
    d.v("PERSON", _nm(rng, fake, "nomn", N, "F io")).t(" (ЕНП ").v("RU_OMS_POLICY", enp(rng)).t(") находился на лечении в ")
    d.t("ГБУЗ ГКБ № 1 с ").v("DATE_TIME", recent(rng, fake)).t(", стоимость лечения 184 320,55 руб. (ст. 31 ФЗ от 29.11.2010 № 326-ФЗ).\n")
    return d.done()


def court_request(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t(ocr(rng, "ЗАПРОС\n")).t("Главному врачу ГБУЗ «Областная больница»\n")
    d.t("В производстве суда находится гражданское дело № ").v("MEDICAL_RECORD_NUMBER", mrn("court")(rng, fake))
    d.t(" по иску ").v("PERSON", _nm(rng, fake, "gent", N)).t(" к ").v("PERSON", _nm(rng, fake, "datv", N))
    d.t(" о возмещении вреда здоровью. Прошу в срок до ").v("DATE_TIME", recent(rng, fake)).t(" направить заверенную копию ")
    d.t("медицинской карты № ").v("MEDICAL_RECORD_NUMBER", mrn(rng.choice(("ib", "amb")))(rng, fake))
    d.t(" на имя ").v("PERSON", _nm(rng, fake, "gent", N, "F io")).t(", ").v("DATE_TIME", born(rng, fake)).t(" г.р.\n")
    d.t("Судья ").v("PERSON", name_as(rng, fake, "nomn", rng.choice(("F i o", "io F", "F io")))).t("\n")
    d.t("Помощник судьи, тел. ").v("PHONE_NUMBER", tel(rng, fake)).t("\n")
    return d.done()


def prosecutor_request(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("ПРОКУРАТУРА РАЙОНА\n", typo(rng, "Требование"), " о предоставлении информации\n")
    d.t("В связи с проверкой по обращению ").v("PERSON", _nm(rng, fake, "gent", N)).t(" (адрес: ")
    d.v("LOCATION", addr(rng, fake)).t(") о ненадлежащем лекарственном обеспечении прошу представить сведения о ")
    d.t("выписке льготных рецептов ").v("PERSON", _nm(rng, fake, "datv", N, "F io")).t(", СНИЛС ")
    d.v("RU_SNILS", snils_num(rng)).t(", за период с ").v("DATE_TIME", recent(rng, fake, ("MG yyyy г.", "dd.mm.yyyy")))
    d.t(".\nПомощник прокурора юрист 1 класса ").v("PERSON", name_as(rng, fake, "nomn", rng.choice(("io F", "F i o"))))
    d.t("\nтел. ").v("PHONE_NUMBER", tel(rng, fake)).t(", e-mail: ").v("EMAIL_ADDRESS", mail(rng, fake)).t("\n")
    return d.done()


def police_request(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    caps = rng.random() < 0.4
    d.t("ОМВД России по району\nЗАПРОС\n")
    d.t("В ОМВД зарегистрирован материал проверки КУСП № ").v("MEDICAL_RECORD_NUMBER", mrn("kusp")(rng, fake))
    d.t(" от ").v("DATE_TIME", recent(rng, fake)).t(" по факту причинения телесных повреждений гр. ")
    d.v("PERSON", name_as(rng, fake, "datv", rng.choice((N, "F I O")), upper=caps)).t(", ")
    d.v("DATE_TIME", born(rng, fake)).t(" г.р., проживающему(ей): ").v("LOCATION", addr(rng, fake)).t(".\n")
    d.t("Прошу сообщить, обращался ли гр-н(ка) за медицинской помощью ").v("DATE_TIME", recent(rng, fake, ("dd.mm.yyyy", "D MG")))
    d.t(", выставленный диагноз, наличие алкогольного опьянения.\n")
    d.t("УУП ОУУП и ПДН майор полиции ").v("PERSON", name_as(rng, fake, "nomn", rng.choice(("F io", "io F", "F I O"))))
    d.t(rng.choice((" т.", "\nтел. ", ", моб. "))).v("PHONE_NUMBER", tel(rng, fake)).t("\n")
    return d.done()


def investigator_ocr(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t(ocr(rng, "СЛЕДСТВЕННЫЙ ОТДЕЛ ПО РАЙОНУ\n", 0.8))
    d.t(ocr(rng, "Постановление о производстве выемки\n", 0.8))
    d.t("по уголовному делу № ").v("MEDICAL_RECORD_NUMBER", mrn("crime")(rng, fake)).t(ocr(rng, "  изъять медицинскую карту ", 0.8))
    d.v("MEDICAL_RECORD_NUMBER", mrn("ib")(rng, fake)).t(ocr(rng, " на имя ", 0.8))
    d.v("PERSON", name_as(rng, fake, "gent", rng.choice((N, "F I O")), upper=rng.random() < 0.5))
    d.t(ocr(rng, ", дата рожд. ", 0.8)).v("DATE_TIME", born(rng, fake)).t("\n")
    d.t(ocr(rng, "Следователь ", 0.8)).v("PERSON", name_as(rng, fake, "nomn", rng.choice(("io F", "F io")))).t("\n")
    return d.done()


def guardianship(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("Администрация муниципального района\nПОСТАНОВЛЕНИЕ\nот ").v("DATE_TIME", recent(rng, fake, ("dd.mm.yyyy", "«dd» MG yyyy г.")))
    d.t(" № ", str(rng.randrange(10, 999)), "-п\nОб установлении опеки над недееспособным(ой) ")
    d.v("PERSON", _nm(rng, fake, "ablt", N)).t("\nРассмотрев заявление ").v("PERSON", _nm(rng, fake, "gent", N))
    d.t(", ").v("DATE_TIME", born(rng, fake)).t(" г.р., паспорт ").v("RU_PASSPORT", passport(rng))
    d.t(", проживающего(ей) по адресу: ").v("LOCATION", addr(rng, fake))
    d.t(", решение суда от ").v("DATE_TIME", recent(rng, fake)).t(" о признании недееспособным(ой), ")
    d.t("личное дело подопечного № ").v("MEDICAL_RECORD_NUMBER", mrn("pf")(rng, fake)).t(", постановляю:\n")
    return d.done()


def notary_poa(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("ДОВЕРЕННОСТЬ\n").v("LOCATION", rng.choice(("г. ", "город ")) + fake.city_name().split(" (")[0]).t(", ")
    d.v("DATE_TIME", recent(rng, fake, ("D MG yyyy года", "«dd» MG yyyy г.", "dd.mm.yyyy"))).t("\n")
    d.t("Я, ").v("PERSON", _nm(rng, fake, "nomn", N, "F I U")).t(", ").v("DATE_TIME", born(rng, fake))
    d.t(" года рождения, место рождения: ").v("LOCATION", "г. " + fake.city_name().split(" (")[0])
    d.t(", паспорт ").v("RU_PASSPORT", passport(rng)).t(", зарегистрированный(ая) по адресу: ").v("LOCATION", addr(rng, fake))
    d.t(",\nнастоящей доверенностью уполномочиваю ").v("PERSON", _nm(rng, fake, "accs", N))
    d.t(", паспорт ").v("RU_PASSPORT", passport(rng)).t(", получать медицинские документы, в том числе листки ")
    d.t("нетрудоспособности, и сведения, составляющие врачебную тайну.\n")
    d.t("Зарегистрировано в реестре: № ").v("MEDICAL_RECORD_NUMBER", mrn("notary")(rng, fake)).t("\n")
    d.t("Нотариус ").v("PERSON", name_as(rng, fake, "nomn", rng.choice(("F I O", "io F")))).t("\n")
    return d.done()


def notary_consent(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("Согласие\nЯ, ").v("PERSON", _nm(rng, fake, "nomn", N)).t(", ").v("DATE_TIME", born(rng, fake))
    d.t(" г.р., даю согласие на медицинское вмешательство в отношении моего несовершеннолетнего ребёнка ")
    d.v("PERSON", _nm(rng, fake, "gent", "F I O", "I O")).t(", свидетельство о рождении ")
    d.v("MEDICAL_RECORD_NUMBER", mrn("birth")(rng, fake)).t(", в период моего отсутствия с ")
    start, stop = period(rng, fake, ("dd.mm.yyyy", "D MG yyyy г."))
    d.v("DATE_TIME", start).t(" по ").v("DATE_TIME", stop).t(". Сопровождает ребёнка ")
    d.v("PERSON", name_as(rng, fake, "nomn", rng.choice((N, "F I O", "F io")), female=True)).t(" (бабушка), тел. ").v("PHONE_NUMBER", tel(rng, fake)).t(".\n")
    return d.done()


def lawyer_email(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("От: ").v("EMAIL_ADDRESS", mail(rng, fake)).t("\nКому: ").v("EMAIL_ADDRESS", mail(rng, fake)).t("\nТема: адвокатский запрос\n\n")
    d.t("Добрый день! Представляю интересы ").v("PERSON", _nm(rng, fake, "gent", N, "F I"))
    d.t(" (ордер прилагается). Прошу выдать копию ИБ № ").v("MEDICAL_RECORD_NUMBER", mrn("ib")(rng, fake))
    d.t(" за госпитализацию ").v("DATE_TIME", recent(rng, fake, ("dd.mm.yyyy", "dd.mm.yy", "D MG yyyy")))
    d.t(". Скан ордера: ").v("URL", link(rng, fake)).t("\n--\nс уважением, адвокат ")
    d.v("PERSON", name_as(rng, fake, "nomn", rng.choice(("I F", "F I O", "F io")))).t("\n").v("PHONE_NUMBER", tel(rng, fake)).t("\n")
    return d.done()


LEGAL_BLOCKS: list[BlockFamily] = [
    BlockFamily("b34-blk-insurer-answer", HELDOUT, insurer_answer),
    BlockFamily("b34-blk-mee-act", HELDOUT, mee_act),
    BlockFamily("b34-blk-ekmp-register", HELDOUT, ekmp_csv),
    BlockFamily("b34-blk-dms-guarantee", HELDOUT, dms_guarantee),
    BlockFamily("b34-blk-regress-claim", HELDOUT, regress_claim),
    BlockFamily("b34-blk-court-request", HELDOUT, court_request),
    BlockFamily("b34-blk-prosecutor", HELDOUT, prosecutor_request),
    BlockFamily("b34-blk-police-kusp", HELDOUT, police_request),
    BlockFamily("b34-blk-investigator-ocr", HELDOUT, investigator_ocr),
    BlockFamily("b34-blk-guardianship", HELDOUT, guardianship),
    BlockFamily("b34-blk-notary-poa", HELDOUT, notary_poa),
    BlockFamily("b34-blk-notary-consent", HELDOUT, notary_consent),
    BlockFamily("b34-blk-lawyer-email", HELDOUT, lawyer_email),
]
