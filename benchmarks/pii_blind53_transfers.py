"""Block families of blind split 53, part two: medical transfers — санавиация requests and journals,
inter-hospital transfer letters, medical evacuation sheets, telephonograms, HL7 and MIS exports,
acceptance notes and messages from the relatives who escort the patient."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind53_gen import (
    B,
    addr_v,
    d,
    date_v,
    dob,
    eln,
    email_v,
    enp_v,
    inn_v,
    name3,
    oms,
    passport_v,
    phone_v,
    pname,
    snils_v,
    town,
    translit,
    two_dates,
    url_v,
)
from benchmarks.pii_families import BlockFamily, Planted

H = "heldout"
_DX = ("ОКС без подъёма ST", "ОНМК по ишемическому типу", "тяжёлая сочетанная травма", "панкреонекроз",
       "преэклампсия тяжёлой степени", "внебольничная пневмония, ДН II", "ЖКК, продолжающееся")


def aviation_request(rng: random.Random, fake: Any) -> Planted:
    b = B().t("ЗАЯВКА на оказание специализированной скорой медицинской помощи (санавиация)\n")
    b.t("Дата/время: ").v("DATE_TIME", date_v(rng, fake, rng.choice(("dd.mm.yyyy hh:ii", "dd.mm.yy hh:ii")))).t("\n")
    b.t("Откуда: ").v("LOCATION", addr_v(rng, fake, rng.choice(("rural", "town"))))
    b.t(" (ЦРБ)\nПациент: ").v("PERSON", pname(rng, fake, "nomn", ("F I O", "F io", "F I O UP")))
    b.t(", ").v("DATE_TIME", dob(rng, fake, rng.choice(("dd.mm.yyyy", "yyyy")))).t(" г.р.\n")
    b.t(f"Диагноз: {rng.choice(_DX)}\nПолис: ").v("RU_OMS_POLICY", oms(rng, fake, "nomn"))
    b.t("\nЗаявку передал: ").v("PERSON", pname(rng, fake, "nomn", ("F io", "io F"))).t(", тел. ")
    b.v("PHONE_NUMBER", phone_v(rng, "any")).t("\nНомер заявки: ").v("MEDICAL_RECORD_NUMBER", f"{d(rng, 3, True)}-{d(rng, 2)}")
    return b.done()


def transfer_letter(rng: random.Random, fake: Any) -> Planted:
    b = B().t("Главному врачу ГБУЗ «Краевая клиническая больница»\n")
    sex = rng.choice("fm")
    b.t("Прошу Вас принять на перевод больного " if sex == "m" else "Просим согласовать перевод пациентки ")
    b.v("PERSON", pname(rng, fake, "gent", ("F I O", "F io"), sex)).t(", ").v("DATE_TIME", dob(rng, fake, "dd.mm.yyyy"))
    b.t(" года рождения, находящегося" if sex == "m" else " года рождения, находящейся").t(" на лечении в ХО ЦРБ с ").v("DATE_TIME", date_v(rng, fake, "dd.mm.yyyy"))
    b.t(" (И/Б № ").v("MEDICAL_RECORD_NUMBER", f"{d(rng, 4, True)}").t(").\nСНИЛС ").v("RU_SNILS", snils_v(rng))
    b.t(", полис ОМС ").v("RU_OMS_POLICY", enp_v(rng)).t(", паспорт ").v("RU_PASSPORT", passport_v(rng))
    b.t(".\nАдрес: ").v("LOCATION", addr_v(rng, fake, "full"))
    b.t("\nЗав. отделением ").v("PERSON", pname(rng, fake, "nomn", ("F io", "F i o")))
    return b.done()


def evacuation_sheet(rng: random.Random, fake: Any) -> Planted:
    b = B().t("ЛИСТ МЕДИЦИНСКОЙ ЭВАКУАЦИИ № ").v("MEDICAL_RECORD_NUMBER", f"{d(rng, 4, True)}")
    sep = rng.choice((": ", " — ", " = "))
    b.t(f"\nФИО{sep}").v("PERSON", pname(rng, fake, "nomn", ("F I O", "F I O UP")))
    b.t(f"\nДата рождения{sep}").v("DATE_TIME", dob(rng, fake, rng.choice(("dd.mm.yyyy", "d MG yyyy г."))))
    b.t(f"\nМесто эвакуации{sep}").v("LOCATION", addr_v(rng, fake, rng.choice(("rural", "full"))))
    b.t(f"\nВид транспорта{sep}{rng.choice(('вертолёт Ми-8 МТВ', 'реанимобиль', 'самолёт L-410'))}")
    start, end = two_dates(rng, fake, ("dd.mm.yyyy hh:ii", rng.choice(("hh:ii dd.mm.yyyy", "dd.mm.yyyy hh:ii"))), 1)
    b.t(f"\nНачало эвакуации{sep}").v("DATE_TIME", start).t(f"\nОкончание{sep}").v("DATE_TIME", end)
    b.t(f"\nСопровождающий{sep}").v("PERSON", pname(rng, fake, "nomn", ("F I O", "I O F")))
    b.t(", ").v("PHONE_NUMBER", phone_v(rng)).t(f"\nВрач бригады{sep}").v("PERSON", pname(rng, fake, "nomn", ("F io",)))
    return b.done()


def telephonogram(rng: random.Random, fake: Any) -> Planted:
    b = B().t("ТЕЛЕФОНОГРАММА № ").v("MEDICAL_RECORD_NUMBER", d(rng, 3, True)).t("\n")
    b.v("DATE_TIME", date_v(rng, fake, rng.choice(("dd.mm.yyyy в hh:ii", "dd.mm.yy hh.ii")))).t("\n")
    b.t("Сообщаем, что больной(ая) ").v("PERSON", pname(rng, fake, "nomn", ("F I O", "F io")))
    b.t(rng.choice((" переведен(а) санавиацией в РКБ.", " эвакуирован(а) бортом МЧС в ОКБ.")))
    b.t(" Родственники ").v("PERSON", pname(rng, fake, "nomn", ("F I O", "I O"))).t(" (тел. ")
    b.v("PHONE_NUMBER", phone_v(rng)).t(") извещены.\nПередал: ").v("PERSON", pname(rng, fake, "nomn", ("F io", "F i o")))
    b.t(". Принял: ").v("PERSON", pname(rng, fake, "nomn", ("F io", "F"))).t(".")
    return b.done()


def hl7_transfer(rng: random.Random, fake: Any) -> Planted:
    last, first, middle = (part.upper() for part in name3(rng, fake))
    when = date_v(rng, fake, "yyyymmddhhii")
    b = B().t(f"MSH|^~\\&|MIS_CRB|CRB|MIS_RKB|RKB|{when}||ADT^A02|{d(rng, 8)}|P|2.5\r")
    b.t("PID|1||").v("MEDICAL_RECORD_NUMBER", d(rng, 7, True)).t("^^^CRB^MR~").v("RU_OMS_POLICY", enp_v(rng)).t("^^^OMS^HC||")
    b.v("PERSON", last).t("^").v("PERSON", first).t("^").v("PERSON", middle).t("||")
    b.v("DATE_TIME", dob(rng, fake, "yyyymmdd")).t(f"|{rng.choice('MF')}|||")
    b.v("LOCATION", f"{fake.street_title()} {rng.randrange(1, 99)}-{rng.randrange(1, 200)}^^{town(fake)}").t("||")
    b.v("PHONE_NUMBER", phone_v(rng, "mobile").replace(" ", "")).t("\rPV1|1|I|ICU^^^RKB||||")
    b.v("MEDICAL_RECORD_NUMBER", d(rng, 5, True)).t("^").v("PERSON", pname(rng, fake, "nomn", ("F UP",)))
    b.t("\rZTR|").v("DATE_TIME", date_v(rng, fake, "yyyymmddhhii")).t("|SANAVIA")
    return b.done()


def aviation_journal(rng: random.Random, fake: Any) -> Planted:
    b = B().t(f"{'Дата':<12}{'№ выз.':<9}{'Пациент':<32}{'Откуда':<26}Бригада\n")
    for _ in range(rng.randrange(2, 4)):
        dt, no = date_v(rng, fake, "dd.mm.yy"), d(rng, 4, True)
        who = pname(rng, fake, "nomn", ("F I O", "F io"))
        place = rng.choice((f"с. {town(fake)}", f"{town(fake)} ЦРБ", f"п. {town(fake)}"))
        place_value = place[:-4] if place.endswith(" ЦРБ") else place
        b.v("DATE_TIME", dt).t(" " * (12 - len(dt))).v("MEDICAL_RECORD_NUMBER", no).t(" " * (9 - len(no)))
        b.v("PERSON", who).t(" " * max(1, 32 - len(who))).v("LOCATION", place_value)
        b.t(place[len(place_value):] + " " * max(1, 26 - len(place))).v("PERSON", pname(rng, fake, "nomn", ("F",))).t("\n")
    return b.done()


def acceptance_note(rng: random.Random, fake: Any) -> Planted:
    b = B().t("Принят в приёмном отделении РКБ ").v("DATE_TIME", date_v(rng, fake, rng.choice(
        ("dd.mm.yyyy в hh:ii", "в hh:ii dd.mm.yyyy", "dd.mm.yyyy hh:ii"))))
    b.t(" от бригады санавиации (карта вызова № ").v("MEDICAL_RECORD_NUMBER", d(rng, 5, True)).t("). Пациент ")
    b.v("PERSON", pname(rng, fake, "nomn", ("F I O", "F io"))).t(", доставлен из ").v("LOCATION", addr_v(rng, fake, "case", "gent"))
    b.t(". Оформлена история болезни № ").v("MEDICAL_RECORD_NUMBER", f"{d(rng, 5, True)}/{rng.randrange(20, 26)}")
    b.t(". Принимающий врач ").v("PERSON", pname(rng, fake, "nomn", ("F io", "io F"))).t(".")
    return b.done()


def mis_kv(rng: random.Random, fake: Any) -> Planted:
    items = [("patient_id", "MEDICAL_RECORD_NUMBER", d(rng, 8, True)),
             ("fio", "PERSON", pname(rng, fake, "nomn", ("F I O", "F I O UP"))),
             ("birth_date", "DATE_TIME", dob(rng, fake, rng.choice(("yyyy-mm-dd", "dd.mm.yyyy")))),
             ("enp", "RU_OMS_POLICY", enp_v(rng)), ("snils", "RU_SNILS", snils_v(rng, "XXXXXXXXXXX")),
             ("inn", "RU_INN", inn_v(rng)), ("transfer_dt", "DATE_TIME", date_v(rng, fake, "yyyy-mm-dd hh:ii")),
             ("emk_url", "URL", url_v(rng, fake))]
    rng.shuffle(items)
    sep = rng.choice(("\n", "; ", " | "))
    b = B()
    for i, (key, kind, value) in enumerate(items):
        b.t(("" if i == 0 else sep) + key + "=").v(kind, value)
    return b.t(sep + "target_mo=ГБУЗ РКБ").done()


def relatives_email(rng: random.Random, fake: Any) -> Planted:
    mail = email_v(rng, fake)
    b = B().t("От: ").v("EMAIL_ADDRESS", mail).t("\nТема: перевод папы в областную больницу\n\n")
    b.t("Здравствуйте! Мой отец ").v("PERSON", pname(rng, fake, "nomn", ("F I O", "I O F"), "m"))
    b.t(rng.choice((" лежит в реанимации ЦРБ ", " в реанимации с ")))
    b.v("DATE_TIME", date_v(rng, fake, rng.choice(("dd.mm", "d MG", "dd.mm.yyyy"))))
    b.t(", нам сказали ждать санавиацию. Его история болезни ").v("MEDICAL_RECORD_NUMBER", d(rng, 4, True))
    b.t(". Я готова сопровождать, мой паспорт ").v("RU_PASSPORT", passport_v(rng, rng.choice(("XXXX XXXXXX", "XX XX XXXXXX"))))
    b.t(".\nС уважением, ").v("PERSON", pname(rng, fake, "nomn", ("I F", "I O F", "I"), "f")).t("\n")
    b.v("PHONE_NUMBER", phone_v(rng))
    return b.done()


def disabled_child_sanatorium(rng: random.Random, fake: Any) -> Planted:
    b = B().t("Ребёнок-инвалид ").v("PERSON", pname(rng, fake, "nomn", ("F I O", "F I")))
    b.t(" (").v("DATE_TIME", dob(rng, fake, "dd.mm.yyyy", kid=True)).t(") направляется с матерью ")
    b.v("PERSON", pname(rng, fake, "ablt", ("F I O", "F io"), "f")).t(". Справка МСЭ № ")
    b.v("MEDICAL_RECORD_NUMBER", f"{d(rng, 4)}.{d(rng, 2)}.{d(rng, 2)}/{rng.randrange(2019, 2026)}").t(". СНИЛС ребёнка ")
    b.v("RU_SNILS", snils_v(rng, rng.choice(("XXX-XXX-XXX XX", "XXX XXX XXX XX")))).t(", СНИЛС матери ")
    b.v("RU_SNILS", snils_v(rng)).t(". ИНН матери ").v("RU_INN", inn_v(rng)).t(". Проезд: ж/д, билет на ")
    b.v("DATE_TIME", date_v(rng, fake, rng.choice(("dd.mm.yyyy", "d MG")))).t(".")
    return b.done()


def sick_leave_rehab(rng: random.Random, fake: Any) -> Planted:
    opened, moved = two_dates(rng, fake, ("dd.mm.yyyy", rng.choice(("dd.mm.yyyy", "dd.mm"))), 20)
    b = B().t("Направлен на долечивание (медреабилитацию) в санаторий после ОИМ. ЭЛН № ").v("MEDICAL_RECORD_NUMBER", eln(rng))
    b.t(" открыт стационаром ").v("DATE_TIME", opened).t(", продлён санаторием с ").v("DATE_TIME", moved).t(". Пациент ").v("PERSON", pname(rng, fake, "nomn", ("F io", "F I O")))
    b.t(", работает ").t(rng.choice(("водителем", "мастером участка", "учителем"))).t(" в ").v("LOCATION", addr_v(rng, fake, "town"))
    b.t(". Заявка в санаторий передана по e-mail ").v("EMAIL_ADDRESS", email_v(rng, fake)).t(".")
    return b.done()


def migrant_transfer(rng: random.Random, fake: Any) -> Planted:
    b = B().t("Пациент — гражданин Республики ").t(rng.choice(("Таджикистан", "Узбекистан", "Кыргызстан")))
    b.t(", ").v("PERSON", pname(rng, fake, "nomn", ("F I O", "F I", "F I O UP")))
    b.t(". Нац. паспорт ").v("MEDICAL_RECORD_NUMBER", rng.choice(("N", "AC", "FA", "")) + d(rng, 7, True))
    b.t(", миграционная карта ").v("MEDICAL_RECORD_NUMBER", f"{d(rng, 4, True)} {d(rng, 7)}")
    b.t(". Полис ДМС мигранта № ").v("MEDICAL_RECORD_NUMBER", f"{d(rng, 3)}-{d(rng, 6)}")
    b.t(". Место работы / проживания: ").v("LOCATION", addr_v(rng, fake, "full"))
    b.t(". Работодатель уведомлён (тел. ").v("PHONE_NUMBER", phone_v(rng, "any")).t(").")
    return b.done()


def tmk_consult(rng: random.Random, fake: Any) -> Planted:
    b = B().t("ТМК «врач–врач» № ").v("MEDICAL_RECORD_NUMBER", f"ТМК-{d(rng, 6)}").t(" от ")
    b.v("DATE_TIME", date_v(rng, fake, "dd.mm.yyyy")).t(". Запрашивающий: ").v("PERSON", pname(rng, fake, "nomn", ("F io",)))
    b.t(" (ЦРБ). Консультант: ").v("PERSON", pname(rng, fake, "nomn", ("F I O", "F io")))
    b.t(". Пациент ").v("PERSON", pname(rng, fake, "nomn", ("F I O", "F I O lo"))).t(", ЕМК ").v("MEDICAL_RECORD_NUMBER", d(rng, 9, True))
    b.t(". Рекомендовано: перевод санавиацией. Ссылка: ").v("URL", url_v(rng, fake))
    return b.done()


def escort_ticket(rng: random.Random, fake: Any) -> Planted:
    who = pname(rng, fake, "nomn", ("F I O",))
    b = B().t("Для оформления проезда сопровождающего (ФСС/СФР): ").v("PERSON", who)
    b.t(", паспорт ").v("RU_PASSPORT", passport_v(rng, rng.choice(("XXXX XXXXXX", "XX XX XXXXXX", "XXXX-XXXXXX"))))
    b.t(", дата рождения ").v("DATE_TIME", dob(rng, fake, "dd.mm.yyyy")).t(", тел. ").v("PHONE_NUMBER", phone_v(rng))
    b.t(", почта ").v("EMAIL_ADDRESS", f"{translit(who.split()[0])}{rng.randrange(1, 99)}@mail.ru")
    b.t(". Талон на проезд № ").v("MEDICAL_RECORD_NUMBER", d(rng, 6, True)).t(".")
    return b.done()


TRANSFER_BLOCKS: list[BlockFamily] = [
    BlockFamily("b53-block-aviation-request", H, aviation_request),
    BlockFamily("b53-block-transfer-letter", H, transfer_letter),
    BlockFamily("b53-block-evacuation-sheet", H, evacuation_sheet),
    BlockFamily("b53-block-telephonogram", H, telephonogram),
    BlockFamily("b53-block-hl7-transfer", H, hl7_transfer),
    BlockFamily("b53-block-aviation-journal-fixed", H, aviation_journal),
    BlockFamily("b53-block-acceptance-note", H, acceptance_note),
    BlockFamily("b53-block-mis-key-value", H, mis_kv),
    BlockFamily("b53-block-relatives-email", H, relatives_email),
    BlockFamily("b53-block-disabled-child", H, disabled_child_sanatorium),
    BlockFamily("b53-block-sick-leave-rehab", H, sick_leave_rehab),
    BlockFamily("b53-block-migrant-transfer", H, migrant_transfer),
    BlockFamily("b53-block-tmk-consult", H, tmk_consult),
    BlockFamily("b53-block-escort-ticket", H, escort_ticket),
]
