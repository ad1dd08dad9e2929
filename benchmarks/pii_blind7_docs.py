"""blind7 blocks, part 1: clinical and administrative documents written by hand or by a hospital system."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind7_values as v
from benchmarks.pii_blind7_values import Doc
from benchmarks.pii_families import Planted

P, PH, EM, U, D, L = "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "DATE_TIME", "LOCATION"
SN, INN, OMS, PAS, MRN = "RU_SNILS", "RU_INN", "RU_OMS_POLICY", "RU_PASSPORT", "MEDICAL_RECORD_NUMBER"


def discharge_header(rng: random.Random, fake: Any) -> Planted:
    """Epicrisis title with the name in capitals, a stay written as a range, and ICD look-alikes."""
    p = v.person(rng, fake)
    y, m, d = v.ymd(rng)
    doc = Doc("ВЫПИСНОЙ ЭПИКРИЗ\nиз медицинской карты № ").v(MRN, v.mrn(rng, fake)).t("\n")
    doc.v(P, p.full("gent").upper()).t(", ").v(D, v.date_text(rng, v.birth(rng), "dot")).t(" г.р.\n")
    doc.t("находился(-ась) на лечении в кардиологическом отделении № 2 с ").v(D, f"{d:02d}.{m:02d}.{y}")
    doc.t(" по ").v(D, f"{min(d + rng.randint(5, 14), 28):02d}.{m:02d}.{y}").t(" (койко-дней: 11)\n")
    doc.t("Диагноз: I21.4 Острый ИМ без подъёма ST. Осл.: ХСН IIА ст., ФК III (NYHA).\n")
    doc.t("Место жительства: ").v(L, v.address(rng, fake))
    return doc.done()


def call_transcript(rng: random.Random, fake: Any) -> Planted:
    """Call-centre transcript: the caller spells the data in pieces across turns."""
    caller, patient = v.person(rng, fake, female=True), v.person(rng, fake, female=False)
    doc = Doc("[Запись разговора, линия 122]\nОператор: Единая служба записи, слушаю вас.\n")
    doc.t("Абонент: Здравствуйте, это ").v(P, caller.full("nomn", "IF")).t(", я звоню насчёт отца, ")
    doc.v(P, patient.full("gent", "FIO")).t(".\nОператор: Дата рождения?\nАбонент: ")
    doc.v(D, v.date_text(rng, v.birth(rng), rng.choice(("words", "dot")))).t(".\n")
    doc.t("Оператор: Полис у вас с собой?\nАбонент: Да, сейчас... ").v(OMS, v.oms(rng, fake)).t(".\n")
    doc.t("Оператор: Номер для смс?\nАбонент: ").v(PH, v.phone(rng, fake)).t(", это мой.\n")
    doc.t("Оператор: Записала на 14:20, кабинет 208, терапевт ").v(P, v.person(rng, fake).initials()).t(".")
    return doc.done()


def messenger_export(rng: random.Random, fake: Any) -> Planted:
    """Chat export with timestamps; the participants' names head each message."""
    doctor, mother = v.person(rng, fake), v.person(rng, fake, female=True)
    y, m, d = v.ymd(rng)
    doc = Doc()
    for i, (who, msg) in enumerate(((mother, "Доброе утро! У сына опять 38,6 ночью, дала нурофен 5 мл"),
                                    (doctor, "Сколько дней уже температура? Пришлите фото горла"),
                                    (mother, None))):
        doc.t("[").v(D, f"{d:02d}.{m:02d}.{y}, {7 + i:02d}:{rng.randint(10, 59)}").t("] ")
        doc.v(P, who.full("nomn", "IF")).t(": ")
        if msg:
            doc.t(msg + "\n")
        else:
            doc.t("Третий день. Фото скинула в облако: ").v(U, v.url(rng, fake)).t(" и на почту ")
            doc.v(EM, v.email(rng, fake)).t("\n")
    return doc.done()


def lis_report(rng: random.Random, fake: Any) -> Planted:
    """Laboratory information system printout: pipes, upper case, many numeric look-alikes."""
    p = v.person(rng, fake)
    doc = Doc("ЛИС «Альфа-Лаб»  Бланк результатов  стр. 1/1\n")
    doc.t("Пациент: ").v(P, f"{p.last.upper()} {p.first[0]}.{p.middle[0]}.").t(" | ДР: ")
    doc.v(D, v.date_text(rng, v.birth(rng), "dot")).t(" | Пол: ").t("Ж" if p.female else "М")
    doc.t("\nЗаявка: ").v(MRN, v.digits(rng, 10)).t(" | Взятие: ").v(D, v.datetime_text(rng)).t("\n")
    doc.t("Гемоглобин      132 г/л     (120-160)\nЛейкоциты       7,45 10^9/л (4,0-9,0)\n")
    doc.t("СОЭ             24 мм/ч   ↑ (2-15)\nКреатинин       98 мкмоль/л\n")
    doc.t("Врач КДЛ: ").v(P, v.person(rng, fake).initials(before=True))
    return doc.done()


def referral_057(rng: random.Random, fake: Any) -> Planted:
    """Referral form with the fields numbered as in the paper form, values after numbers."""
    p = v.person(rng, fake)
    doc = Doc("Форма № 057/у-04\nНАПРАВЛЕНИЕ № ").v(MRN, f"{rng.randint(1, 999)}-{v.digits(rng, 4)}")
    doc.t("\nна госпитализацию, обследование, консультацию\n1. Номер страхового полиса ОМС ")
    doc.v(OMS, v.oms(rng, fake)).t("\n2. Код льготы 081\n3. ").v(P, p.full()).t("\n4. ")
    doc.v(D, v.date_text(rng, v.birth(rng), "dot")).t("\n5. ").v(L, v.address(rng, fake))
    doc.t("\n6. Место работы: пенсионер\n7. Код диагноза по МКБ K80.1\n8. СНИЛС ").v(SN, v.snils(rng, fake))
    return doc.done()


def sick_leave_register(rng: random.Random, fake: Any) -> Planted:
    """Register of sick leaves as a pipe table: header labels are not values."""
    doc = Doc("| № ЭЛН | Ф.И.О. | открыт | закрыт | дн. |\n|---|---|---|---|---|\n")
    for _ in range(rng.randint(2, 4)):
        y, m, d = v.ymd(rng)
        doc.t("| ").v(MRN, v.sick_leave(rng)).t(" | ").v(P, v.person(rng, fake).initials()).t(" | ")
        doc.v(D, f"{d:02d}.{m:02d}.{y}").t(" | ").v(D, f"{min(d + 9, 28):02d}.{m:02d}.{y}").t(f" | {rng.randint(3, 14)} |\n")
    return doc.done()


def prescription(rng: random.Random, fake: Any) -> Planted:
    """Preferential prescription: doses and form codes stay unmarked."""
    p = v.person(rng, fake)
    doc = Doc("Форма № 148-1/у-04 (л)\nРецепт ").v(MRN, f"{rng.randint(10, 99)}-{v.digits(rng, 2)} № {v.digits(rng, 6)}")
    doc.t("   Дата выписки ").v(D, v.date_text(rng, v.ymd(rng), "dot")).t("\nФ.И.О. пациента ")
    doc.v(P, p.full()).t("\nДата рождения ").v(D, v.date_text(rng, v.birth(rng), "dot")).t("\nСНИЛС ")
    doc.v(SN, v.snils(rng, fake)).t("\nN полиса ОМС ").v(OMS, v.oms(rng, fake))
    doc.t("\nRp.: Metformini 1000 mg\nD.t.d. N 60 in tab.\nS. по 1 таб. 2 раза в день\nВрач ")
    doc.v(P, v.person(rng, fake).initials())
    return doc.done()


def insurer_letter(rng: random.Random, fake: Any) -> Planted:
    """Insurance company letter: vocative greeting by name and patronymic, address block on top."""
    p = v.person(rng, fake)
    doc = Doc("АО «СК «Согаз-Мед»\nисх. № 1456/05 от ").v(D, v.date_text(rng, v.ymd(rng), "wordsg")).t("\n\n")
    doc.v(P, p.full("datv")).t("\n").v(L, v.address(rng, fake)).t("\n\n")
    doc.t("Уважаем" + ("ая " if p.female else "ый ")).v(P, p.full("nomn", "IO")).t("!\n")
    doc.t("Сообщаем, что по Вашему обращению от ").v(D, v.date_text(rng, v.ymd(rng), "dot"))
    doc.t(" проведена экспертиза качества медицинской помощи. Полис ").v(OMS, v.oms(rng, fake))
    doc.t(" действителен. Сумма штрафных санкций к МО составила 3 217,50 руб.")
    return doc.done()


def police_request(rng: random.Random, fake: Any) -> Planted:
    """Police request for information about a citizen, with his passport and address."""
    p = v.person(rng, fake, female=False)
    doc = Doc("Главному врачу ГБУЗ «ГКБ № 15»\nЗАПРОС\nВ связи с проверкой по факту ДТП прошу сообщить, обращался ли ")
    doc.t("за медицинской помощью гр. ").v(P, p.full()).t(", ").v(D, v.date_text(rng, v.birth(rng), "dot"))
    doc.t(" года рождения, паспорт ").v(PAS, v.passport(rng, fake)).t(", проживающий: ").v(L, v.address(rng, fake))
    doc.t(", и какие телесные повреждения у него зафиксированы.\nСт. УУП ОМВД майор полиции ")
    doc.v(P, v.person(rng, fake, female=False).initials(before=True)).t("\nтел. ").v(PH, v.phone(rng, fake))
    return doc.done()


def school_certificate(rng: random.Random, fake: Any) -> Planted:
    """School/camp certificate for a child; school number, class and weights are look-alikes."""
    child, parent = v.person(rng, fake), v.person(rng, fake, female=True)
    doc = Doc("МЕДИЦИНСКАЯ СПРАВКА (форма 079/у)\nдля выезжающего в организацию отдыха детей\n")
    doc.t("Выдана ").v(P, child.full("datv", "FI")).t(", ").v(D, v.date_text(rng, v.ymd(rng, 2010, 2018), "dot"))
    doc.t(", ученику 7 «Б» класса МБОУ СОШ № 15\nАдрес: ").v(L, v.address(rng, fake))
    doc.t("\nРост 152 см, вес 41 кг. Группа здоровья II, физкультурная группа основная.\n")
    doc.t("Прививки по календарю. Контакт с инфекционными больными за 21 день не было.\n")
    doc.t("Законный представитель: ").v(P, parent.full("nomn", "FIO")).t(", моб. ").v(PH, v.phone(rng, fake))
    return doc.done()


def genealogy(rng: random.Random, fake: Any) -> Planted:
    """Family anamnesis: relatives with names in cases; bare years of events stay unmarked."""
    mother, father = v.person(rng, fake, female=True), v.person(rng, fake, female=False)
    doc = Doc("Наследственность отягощена. Мать — ").v(P, mother.full("nomn", "IO"))
    doc.t(" (род. ").v(D, v.date_text(rng, v.birth(rng), rng.choice(("dot", "words")))).t("), с ")
    doc.t(f"{rng.randint(1995, 2012)} года страдает СД 2 типа, инсулин с {rng.randint(2013, 2020)} г. ")
    doc.t("У отца, ").v(P, father.full("gent", "IO")).t(", ОИМ в 54 года; умер в ")
    doc.t(f"{rng.randint(2000, 2022)} году. Бабушка по матери, ").v(P, v.person(rng, fake, True).full("nomn", "IO"))
    doc.t(", родом из ").v(L, v.town(rng, fake, "gent")).t(", перенесла ОНМК. У брата ")
    doc.v(P, v.person(rng, fake, False).full("gent", "I")).t(" — бронхиальная астма.")
    return doc.done()


def ambulance_card(rng: random.Random, fake: Any) -> Planted:
    """Ambulance call card in short clipped lines."""
    p = v.person(rng, fake)
    doc = Doc("КАРТА ВЫЗОВА СМП № ").v(MRN, f"{rng.randint(1, 999)}/{v.digits(rng, 2)}").t("  бр. 7\n")
    doc.t("принят ").v(D, v.datetime_text(rng)).t("\nадрес: ").v(L, v.address(rng, fake))
    doc.t("\nбольной: ").v(P, p.full("nomn", rng.choice(("FIO", "FI")))).t(", 67 л.\nвызвал: сосед ")
    doc.v(P, v.person(rng, fake, False).full("nomn", "I")).t(", ").v(PH, v.phone(rng, fake))
    doc.t("\nповод: 12Г — боль в груди. АД 170/100, ЧСС 96, SpO2 93%, ЭКГ: ритм синусовый.")
    return doc.done()


def consent_form(rng: random.Random, fake: Any) -> Planted:
    """Informed consent with the blanks filled in by hand: birth date in words, then 'года рождения'."""
    p = v.person(rng, fake)
    doc = Doc("Информированное добровольное согласие на медицинское вмешательство\nЯ, ")
    doc.v(P, p.full()).t(", ").v(D, v.date_text(rng, v.birth(rng), "words"))
    doc.t(" года рождения, зарегистрированный по адресу: ").v(L, v.address(rng, fake))
    doc.t(", даю согласие на ... (перечень из 12 пунктов, утв. приказом МЗ РФ № 1177н).\n")
    doc.t("Сведения о выбранных мною лицах, которым может быть передана информация о состоянии моего здоровья: ")
    doc.v(P, v.person(rng, fake).full()).t(", тел. ").v(PH, v.phone(rng, fake)).t("\n")
    doc.v(D, v.date_text(rng, v.ymd(rng), "dot")).t("       _________ (подпись)")
    return doc.done()


def transfer_log(rng: random.Random, fake: Any) -> Planted:
    """Ward transfer journal: day.month with time (no year), ward numbers unmarked."""
    doc = Doc("Журнал движения больных, отд. неврологии\n")
    for _ in range(rng.randint(2, 4)):
        doc.v(D, f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d} {v.hm(rng)}").t(" | пал. ")
        doc.t(f"{rng.randint(1, 20)} → пал. {rng.randint(1, 20)} | ").v(P, v.person(rng, fake).initials())
        doc.t(" | И/б ").v(MRN, f"{rng.randint(100, 9999)}/{rng.randint(20, 25)}").t("\n")
    return doc.done()


def complaint_letter(rng: random.Random, fake: Any) -> Planted:
    """Complaint written by the patient in the first person, contacts in the closing lines."""
    p = v.person(rng, fake)
    doc = Doc("Главному врачу\nот ").v(P, p.full("gent")).t("\nпрож.: ").v(L, v.address(rng, fake))
    doc.t("\n\nЖАЛОБА\n").v(D, v.date_text(rng, v.ymd(rng), rng.choice(("wordsg", "dot"))))
    doc.t(" я обратил" + ("ась" if p.female else "ся") + " в приёмный покой с болью в животе, ждал")
    doc.t("а" if p.female else "").t(" 4 часа. Дежурный хирург ").v(P, v.person(rng, fake).full("nomn", "FI"))
    doc.t(" нагрубил мне. Прошу разобраться. Ответ прошу направить на эл. почту ").v(EM, v.email(rng, fake))
    doc.t(" или сообщить по телефону ").v(PH, v.phone(rng, fake)).t(".")
    return doc.done()


DOCS = (discharge_header, call_transcript, messenger_export, lis_report, referral_057, sick_leave_register,
        prescription, insurer_letter, police_request, school_certificate, genealogy, ambulance_card,
        consent_form, transfer_log, complaint_letter)
