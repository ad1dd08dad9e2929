"""Multi-value fragments of blind split 41 around the paperwork of care: DMS guarantee letters and
claims, paid-service contracts and acts, tax-deduction certificates, complaints and replies,
lawyers' and courts' requests, informed consents and refusals, requests for copies of records."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind41_gen as g
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted

P, D, L, T = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
SN, INN, PS, OMS, MRN, EM, URL = "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER", "EMAIL_ADDRESS", "URL"


def dms_guarantee(rng: random.Random, fake: Any) -> Planted:
    doc = g.Doc().t("ГАРАНТИЙНОЕ ПИСЬМО № ").v(MRN, g.doc_no(rng, ("ГП", "GL", "М")))
    doc.t("\nСтраховая компания гарантирует оплату медицинских услуг, оказанных застрахованному лицу:\n")
    doc.t(rng.choice(("ФИО: ", "Застрахованный: "))).v(P, g.who(rng, fake, "nomn", ("F I O", "FU I O")))
    doc.t(rng.choice(("\nДата рождения: ", "\nД.р. "))).v(D, g.dt(rng, fake, "birth", ("num", "numg", "words")))
    doc.t("\nПолис ДМС № ").v(MRN, g.dms_policy(rng))
    start, stop = g.period(rng, fake, ("num", "short", "words"))
    doc.t("\nСрок действия гарантии: с ").v(D, start).t(" по ").v(D, stop)
    doc.t("\nОбъём: консультация травматолога, МРТ коленного сустава.\nКуратор: ").v(P, g.who(rng, fake, "nomn", ("I F", "F I", "F io")))
    doc.t(", тел. ").v(T, g.phone(rng, ("+7 (495) BBB-CC-DD доб. 1CD", "8 (800) BBB-CC-DD", "+7 (9AA) BBB-CC-DD")))
    doc.t(", ").v(EM, g.email(rng, fake))
    return doc.done()


def dms_claim(rng: random.Random, fake: Any) -> Planted:
    doc = g.Doc().t("Заявление на страховую выплату (возмещение расходов на лекарства) по договору ДМС\nЗаявитель: ")
    doc.v(P, g.who(rng, fake, "nomn", ("F I O",))).t("\nПаспорт: ").v(PS, g.passport(rng))
    doc.t(rng.choice((", выдан ", " выд. "))).t("ОУФМС России по району Хамовники").t("\nПолис: ").v(MRN, g.dms_policy(rng))
    doc.t("\nСобытие: обращение ").v(D, g.dt(rng, fake, "recent", ("num", "words")))
    doc.t(", приобретены препараты по рецепту № ").v(MRN, g.rx_number(rng))
    doc.t("\nТелефон ").v(T, g.phone(rng)).t(" | e-mail ").v(EM, g.email(rng, fake))
    doc.t("\nВыплату прошу перечислить на счёт, указанный в приложении.")
    return doc.done()


def paid_contract(rng: random.Random, fake: Any) -> Planted:
    doc = g.Doc().t("ДОГОВОР № ").v(MRN, g.doc_no(rng, ("ПМУ", "ПУ", "СТ")))
    doc.t(" на оказание платных медицинских услуг\nг. Казань                                          ")
    doc.v(D, g.dt(rng, fake, "recent", ("quoted", "quoted2", "wordsg")))
    doc.t("\n\nООО «Клиника здоровья», именуемое в дальнейшем «Исполнитель», с одной стороны, и ")
    doc.v(P, g.who(rng, fake, "nomn", ("F I O",))).t(rng.choice((", именуемый(ая) в дальнейшем «Заказчик», ", ", «Потребитель», ")))
    doc.t("паспорт ").v(PS, g.passport(rng, rng.choice(("XXXX XXXXXX", "XX XX XXXXXX", "XXXX № XXXXXX"))))
    doc.t(", зарегистрированный(ая) по адресу: ").v(L, g.addr(rng, fake, rng.choice(("full", "town", "rev"))))
    doc.t(", с другой стороны, заключили настоящий договор о нижеследующем.")
    return doc.done()


def contract_parties(rng: random.Random, fake: Any) -> Planted:
    client = g.Someone(rng, fake)
    doc = g.Doc().t("12. АДРЕСА И РЕКВИЗИТЫ СТОРОН\nЗаказчик:\n").v(P, client.say("nomn", ("F I O", "FU I O")))
    doc.t("\nДата рождения: ").v(D, g.dt(rng, fake, "birth", ("num", "numg")))
    doc.t("\nПаспорт серия ").v(PS, g.passport(rng, rng.choice(("XXXX № XXXXXX", "XX XX № XXXXXX", "XXXX XXXXXX"))))
    doc.t("\nвыдан ").t(rng.choice(("ТП УФМС России", "ГУ МВД России по Пермскому краю", "Отделом МВД"))).t(" ")
    doc.v(D, g.dt(rng, fake, "recent", ("num", "numg")))
    doc.t("\nАдрес: ").v(L, g.addr(rng, fake)).t("\nТел.: ").v(T, g.phone(rng))
    doc.t("\nИНН ").v(INN, g.inn(rng)).t("\nПотребитель (если иное лицо): ").v(P, g.who(rng, fake, "nomn", ("F I O",)))
    doc.t(", ").v(D, g.born(rng, fake)).t(rng.choice((" г.р.", "")))
    doc.t("\n\nЗаказчик ____________ /").v(P, client.say("nomn", ("F io", "io F"))).t("/")
    return doc.done()


def act_services(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice(("\t", " | "))
    doc = g.Doc().t("АКТ № ").v(MRN, g.doc_no(rng, ("А", "АКТ"))).t(" об оказании медицинских услуг к договору № ")
    doc.v(MRN, g.doc_no(rng, ("ПМУ",))).t(" от ").v(D, g.dt(rng, fake, "recent", ("num", "numg")))
    patient = g.Someone(rng, fake)
    doc.t("\nПациент: ").v(P, patient.say("nomn", ("F I O", "F io"))).t(", карта № ").v(MRN, g.card(rng))
    doc.t("\n" + sep.join(("Дата", "Код", "Услуга", "Кол-во", "Сумма")) + "\n")
    for code, name, price in (("A16.07.002", "Восстановление зуба пломбой", "4 500,00"),
                              ("B01.065.001", "Прием врача-стоматолога", "1 200,00")):
        doc.v(D, g.dt(rng, fake, "recent", ("num", "short"))).t(sep + sep.join((code, name, "1", price)) + "\n")
    doc.t("Итого: 5 700,00 руб.\nУслуги оказаны полностью, претензий не имею. ").v(P, patient.say("nomn", ("F io", "io F")))
    return doc.done()


def tax_old(rng: random.Random, fake: Any) -> Planted:
    doc = g.Doc().t("СПРАВКА об оплате медицинских услуг для представления в налоговые органы\n№ ").v(MRN, g.d(rng, 6))
    doc.t(" от ").v(D, g.dt(rng, fake, "recent", ("num", "quoted")))
    doc.t("\nВыдана налогоплательщику ").v(P, g.who(rng, fake, "datv", ("F I O",))).t("\nИНН налогоплательщика ").v(INN, g.inn(rng))
    rel = rng.choice(("ребёнок", "супруг(а)", "родитель", "подопечный"))
    doc.t("\nв том, что он(а) оплатил(а) медицинские услуги стоимостью 38 400 руб., оказанные ")
    doc.v(P, g.who(rng, fake, "datv", ("F I O",))).t(f" (степень родства: {rel})")
    doc.t(rng.choice(("\nКод услуги: 1", "\nКод услуги 2 (дорогостоящее лечение)")))
    doc.t("\nДата оплаты: ").v(D, g.dt(rng, fake, "recent", ("num", "words")))
    doc.t("\nФ.И.О. и подпись лица, выдавшего справку: ").v(P, g.who(rng, fake, "nomn", ("F io", "F I O")))
    return doc.done()


def tax_new(rng: random.Random, fake: Any) -> Planted:
    """Form of 2024 (КНД 1151156-like): the name in three separate boxes."""
    def boxed(value: str) -> str:
        return " ".join(value) if rng.random() < 0.3 else value

    last, first, middle, _ = g._parts(rng, fake)
    doc = g.Doc().t("Справка об оплате медицинских услуг\nНомер справки ").v(MRN, g.d(rng, 7)).t("   Номер корректировки 0\n")
    doc.t("Отчётный год ").v(D, str(rng.randrange(2021, 2026))).t("\nДанные о налогоплательщике\n")
    doc.t("Фамилия ").v(P, boxed(last.upper())).t("\nИмя ").v(P, boxed(first.upper())).t("\nОтчество ").v(P, boxed(middle.upper()))
    if rng.random() < 0.5:
        doc.t("\nИНН ").v(INN, g.inn(rng))
    else:
        doc.t("\nДата рождения ").v(D, g.dt(rng, fake, "birth", ("num",)))
        doc.t("\nВид документа 21  Серия и номер ").v(PS, g.passport(rng, rng.choice(("XX XX XXXXXX", "XXXX XXXXXX"))))
    doc.t("\nНалогоплательщик и пациент являются одним лицом: 0\nДанные о пациенте\nФИО ")
    doc.v(P, g.who(rng, fake, "nomn", ("FU IOU", "F I O"))).t("\nДата рождения ").v(D, g.dt(rng, fake, "birth", ("num",)))
    doc.t("\nИНН ").v(INN, g.inn(rng))
    return doc.done()


def complaint(rng: random.Random, fake: Any) -> Planted:
    doc = g.Doc().t(rng.choice(("В Территориальный орган Росздравнадзора\n", "Главному врачу ГБУЗ «ГП № 3»\n",
                                "В Министерство здравоохранения\n")))
    me = g.Someone(rng, fake)
    doc.t("от ").v(P, me.say("gent", ("F I O", "F io"))).t(rng.choice((",\nпроживающей(го) по адресу: ", "\nадрес: ")))
    doc.v(L, g.addr(rng, fake)).t("\nтел. ").v(T, g.phone(rng)).t(rng.choice(("\nэл. почта: ", ", e-mail "))).v(EM, g.email(rng, fake))
    doc.t("\n\nЖАЛОБА\n\n").v(D, g.dt(rng, fake, "recent", ("num", "words", "wordsg")))
    doc.t(" я обратил" + ("ась" if me.female else "ся") + " в аптечный пункт по льготному рецепту № ").v(MRN, g.rx_number(rng))
    doc.t(rng.choice((", выписанному врачом ", ", выписанному участковым терапевтом ")))
    doc.v(P, g.who(rng, fake, "ablt", ("F io", "F I O"))).t(". Провизор ").v(P, g.who(rng, fake, "nomn", ("F", "F io")))
    doc.t(" отказал(а) в отпуске инсулина, сославшись на отсутствие препарата. Препарат не получаю с ")
    doc.v(D, g.month_gent(rng, fake))
    doc.t(".\nПрошу принять меры.\n").v(P, me.say("nomn", ("F io", "io F", "F I O")))
    return doc.done()


def complaint_reply(rng: random.Random, fake: Any) -> Planted:
    doc = g.Doc().t(rng.choice(("Уважаемая ", "Уважаемый(ая) "))).v(P, g.who(rng, fake, "nomn", ("I O",)))
    doc.t(rng.choice(("!\n", "!\n\n"))).t("На Ваше обращение от ").v(D, g.dt(rng, fake, "recent", ("num", "numg")))
    doc.t(" № ").v(MRN, f"{g.d(rng, 3)}-{rng.choice(('ж', 'Ж', 'ОГ', 'обр'))}").t(" сообщаем, что по факту отказа в выдаче ")
    doc.t("лекарственного препарата проведена служебная проверка. Заведующему аптекой ").v(P, g.who(rng, fake, "datv", ("F io", "F I O")))
    doc.t(" объявлено замечание. Препарат будет доставлен по адресу: ").v(L, g.addr(rng, fake, rng.choice(("town", "short", "rev"))))
    doc.t(" в срок до ").v(D, g.dt(rng, fake, "recent", ("num", "words")))
    doc.t(".\n\nИсп. ").v(P, g.who(rng, fake, "nomn", ("F I O", "F io"))).t(", тел. ").v(T, g.phone(rng, ("8 (AAA) BBB-CC-DD", "BB-CC-DD")))
    return doc.done()


def lawyer_request(rng: random.Random, fake: Any) -> Planted:
    doc = g.Doc().t("АДВОКАТСКИЙ ЗАПРОС\nАдвокат ").v(P, g.who(rng, fake, "nomn", ("F I O", "F io")))
    doc.t(rng.choice((", регистрационный номер в реестре адвокатов ", ", рег. № ", " (рег. номер ")))
    doc.v(MRN, f"{rng.randrange(2, 99):02d}/{g.d(rng, rng.choice((4, 5)))}").t(rng.choice((", удостоверение № ", ") удост. № ")))
    doc.v(MRN, g.d(rng, 5)).t(", действуя в интересах доверителя ").v(P, g.who(rng, fake, "gent", ("F I O",)))
    doc.t(", ").v(D, g.dt(rng, fake, "birth", ("num", "numg"))).t(rng.choice((" г.р.", " года рождения", "")))
    doc.t(", на основании ст. 6.1 ФЗ № 63-ФЗ прошу предоставить заверенные копии медицинской карты № ").v(MRN, g.card(rng))
    start, stop = g.period(rng, fake, ("num", "short"))
    doc.t(" и журнала отпуска лекарственных препаратов за период с ").v(D, start).t(" по ").v(D, stop).t(".\nОтвет прошу направить: ").v(EM, g.email(rng, fake))
    doc.t(rng.choice((" или по тел. ", "; тел. "))).v(T, g.phone(rng))
    return doc.done()


def court_request(rng: random.Random, fake: Any) -> Planted:
    doc = g.Doc().t(rng.choice(("Ленинский районный суд", "Мировой судья судебного участка № 4", "Кировский районный суд")))
    doc.t("\nИсх. от ").v(D, g.dt(rng, fake, "recent", ("num",))).t("\n\nВ производстве суда находится гражданское дело № ")
    doc.v(MRN, g.court_case(rng)).t(" по иску ").v(P, g.who(rng, fake, "gent", ("F I O", "F io"))).t(" к ")
    doc.t(rng.choice(("ГБУЗ «ГКБ № 7»", "ООО «Аптека-Плюс»", "АО «СК «Здоровье»"))).t(" о защите прав потребителя.\n")
    doc.t("Суд просит в срок до ").v(D, g.dt(rng, fake, "recent", ("num", "words"))).t(" представить медицинскую документацию ")
    doc.t("в отношении ").v(P, g.who(rng, fake, "gent", ("F I O",))).t(", ").v(D, g.born(rng, fake))
    doc.t(" г.р., проживающего(ей): ").v(L, g.addr(rng, fake, rng.choice(("town", "rural", "nodots"))))
    doc.t(".\nСудья ").v(P, g.who(rng, fake, "nomn", ("io F", "F io", "i o F")))
    return doc.done()


def consent(rng: random.Random, fake: Any) -> Planted:
    me = g.Someone(rng, fake)
    doc = g.Doc().t("Информированное добровольное согласие на медицинское вмешательство\nЯ, ")
    doc.v(P, me.say("nomn", ("F I O",))).t(", ").v(D, g.dt(rng, fake, "birth", ("wordsg", "numg", "quoted")))
    doc.t(" рождения, зарегистрированный(ая) по адресу: ").v(L, g.addr(rng, fake))
    doc.t(rng.choice(("\nпроживающий по адресу: совпадает", "")))
    doc.t("\nдаю согласие на проведение ... Медицинским работником ").v(P, g.who(rng, fake, "ablt", ("F I O", "F io")))
    doc.t(" мне разъяснены ... риски.\n").v(P, me.say("nomn", ("F io", "io F", "F I O"))).t(" (подпись)   ")
    doc.v(D, g.dtime(rng, fake, ("a",)) if rng.random() < 0.5 else g.dt(rng, fake, "recent", ("num", "quoted")))
    return doc.done()


def refusal(rng: random.Random, fake: Any) -> Planted:
    rel = rng.choice(("мать", "отец", "опекун", "бабушка (опекун)"))
    doc = g.Doc().t("ОТКАЗ от медицинского вмешательства\nЯ, ").v(P, g.who(rng, fake, "nomn", ("F I O",)))
    doc.t(f", являясь законным представителем ({rel}) несовершеннолетнего(ей) ").v(P, g.who(rng, fake, "gent", ("F I O", "F I")))
    doc.t(", ").v(D, g.born(rng, fake)).t(rng.choice((" г.р.", " года рождения")))
    doc.t(rng.choice((", паспорт ", "\nДокумент, удостоверяющий личность: паспорт ")))
    doc.v(PS, g.passport(rng)).t(", свидетельство о рождении ребёнка ")
    doc.v(MRN, f"{rng.choice(('I', 'II', 'III', 'IV', 'V'))}-{rng.choice(('АК', 'МЮ', 'ТО', 'КБ', 'ВЛ'))} {g.d(rng, 6)}")
    doc.t(", отказываюсь от госпитализации. Последствия мне разъяснены врачом ").v(P, g.who(rng, fake, "ablt", ("F io", "F I O")))
    doc.t(".\nДата: ").v(D, g.dt(rng, fake, "recent", ("num", "short"))).t("   Время: 14:20   Подпись ______")
    return doc.done()


def pd_consent(rng: random.Random, fake: Any) -> Planted:
    doc = g.Doc().t("Согласие на обработку персональных данных\nСубъект ПДн: ").v(P, g.who(rng, fake, "nomn", ("F I O", "FU I O")))
    doc.t("\nСНИЛС: ").v(SN, g.snils(rng)).t("; ИНН: ").v(INN, g.inn(rng)).t("; полис ОМС: ").v(OMS, g.enp(rng))
    doc.t("\nКонтакты: ").v(T, g.phone(rng)).t(", ").v(EM, g.email(rng, fake))
    doc.t("\nСогласие на получение результатов в личном кабинете: ").v(URL, g.url(rng, fake))
    doc.t("\nДействует до отзыва. ").v(D, g.dt(rng, fake, "recent", ("num", "numg")))
    return doc.done()


def copies_request(rng: random.Random, fake: Any) -> Planted:
    doc = g.Doc().t("Главному врачу\nот ").v(P, g.who(rng, fake, "gent", ("F I O",))).t(", д.р. ")
    doc.v(D, g.dt(rng, fake, "birth", ("num", "short"))).t("\nПаспорт ").v(PS, g.passport(rng)).t("\nАдрес: ")
    doc.v(L, g.addr(rng, fake)).t("\nТелефон: ").v(T, g.phone(rng))
    doc.t("\n\nЗАЯВЛЕНИЕ\nПрошу выдать копию медицинской карты стационарного больного № ").v(MRN, g.card(rng))
    start, stop = g.period(rng, fake, ("num", "short", "words"))
    doc.t(" (госпитализация с ").v(D, start).t(" по ").v(D, stop)
    doc.t(") и выписку рецептов за 2023 год. Способ получения: лично / по эл. почте ").v(EM, g.email(rng, fake))
    return doc.done()


def dms_registry(rng: random.Random, fake: Any) -> Planted:
    doc = g.Doc().t("Реестр счетов по ДМС (выгрузка)\npolicy,fio,birth,service_date,contract,amount\n")
    for _ in range(rng.randrange(2, 4)):
        doc.v(MRN, g.dms_policy(rng)).t(",\"").v(P, g.who(rng, fake, "nomn", ("F I O", "F io"))).t("\",")
        doc.v(D, g.dt(rng, fake, "birth", ("iso", "num"))).t(",").v(D, g.dt(rng, fake, "recent", ("iso", "num")))
        doc.t(",").v(MRN, g.doc_no(rng, ("ДМС",))).t(f",{rng.randrange(900, 40000)}.00\n")
    return doc.done()


def sfr_nsu(rng: random.Random, fake: Any) -> Planted:
    doc = g.Doc().t("Справка СФР о назначенных мерах социальной поддержки (НСУ)\n")
    doc.v(P, g.who(rng, fake, "nomn", ("FU IOU", "F I O"))).t(rng.choice(("\nСНИЛС ", ", СНИЛС: "))).v(SN, g.snils(rng))
    doc.t(rng.choice(("\nдата рождения ", "; ДР "))).v(D, g.dt(rng, fake, "birth", ("num", "numg")))
    doc.t("\nКатегория: инвалид II группы, код 083. Право на НСУ: с ").v(D, g.dt(rng, fake, "recent", ("num",)))
    doc.t(" бессрочно.\nАдрес: ").v(L, g.addr(rng, fake, rng.choice(("rural", "full", "mkr"))))
    doc.t("\nПроверка подлинности: ").v(URL, g.url(rng, fake))
    return doc.done()


DOC_BLOCKS: list[BlockFamily] = [BlockFamily(f"b41-{name}", HELDOUT, make) for name, make in (
    ("dms-guarantee-letter", dms_guarantee), ("dms-claim", dms_claim), ("paid-contract-head", paid_contract),
    ("contract-parties", contract_parties), ("act-services-table", act_services), ("tax-cert-old", tax_old),
    ("tax-cert-2024", tax_new), ("complaint", complaint), ("complaint-reply", complaint_reply),
    ("lawyer-request", lawyer_request), ("court-request", court_request), ("consent-ids", consent),
    ("refusal-minor", refusal), ("pd-consent", pd_consent), ("copies-request", copies_request),
    ("dms-registry-csv", dms_registry), ("sfr-nsu", sfr_nsu),
)]
