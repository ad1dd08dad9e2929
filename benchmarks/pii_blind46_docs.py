"""Multi-value fragments for blind split 46: ВВК papers, police requests and replies, forensic acts,
form 307/у-05, prison medical units, road-accident telephone messages, firearm certificates."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind46_gen import (
    BIRTHPLACE,
    DOB,
    DOB_GR,
    EVENT,
    HELD,
    Doc,
    addr,
    case_no,
    criminal_case,
    d,
    drivers_licence,
    eln,
    enp_v,
    expert_no,
    fmt_date,
    foreign_passport,
    inn_v,
    letters,
    lichny_nomer,
    mail,
    migration_card,
    name,
    ocr,
    passport_v,
    person_parts,
    police_protocol,
    snils_v,
    tel,
    town,
    ud_kusp,
    voen_bilet,
)
from benchmarks.pii_families import BlockFamily, Planted

P, PH, DT, LOC, MRN = "PERSON", "PHONE_NUMBER", "DATE_TIME", "LOCATION", "MEDICAL_RECORD_NUMBER"
R = random.Random


def vvk_protocol(rng: R, fake: Any) -> Planted:
    x = Doc().t(ocr(rng, "ПРОТОКОЛ ЗАСЕДАНИЯ ВОЕННО-ВРАЧЕБНОЙ КОМИССИИ") + "\n")
    x.t("Военный комиссариат г. ").v(LOC, town(fake)).t("\n")
    x.t(ocr(rng, "Фамилия, имя, отчество: ")).v(P, name(rng, fake, "nomn", ("F I O",), 0.3, 0.4)).t("\n")
    x.t(ocr(rng, "Год рождения: ")).v(DT, fmt_date(rng, rng.choice(("yyyy", "dd.mm.yyyy")), "conscript")).t("\n")
    x.t("Удостоверение гражданина, подлежащего призыву: ").v(MRN, f"{letters(rng)} {d(rng, 7)}").t("\n")
    x.t("Адрес: ").v(LOC, addr(rng, fake)).t("\n")
    x.t("Диагноз: Плоскостопие II степени обеих стоп. Ст. 68-в гр. I Расписания болезней.\n")
    x.t("Категория годности: Б-3.\nДата: ").v(DT, fmt_date(rng, rng.choice(("dd.mm.yyyy", "«dd» MG yyyy г."))))
    return x.done()


def voenkomat_referral(rng: R, fake: Any) -> Planted:
    x = Doc().t("НАПРАВЛЕНИЕ на медицинское обследование\n")
    x.t("Главному врачу ГБУЗ «ГКБ» ").v(P, name(rng, fake, "datv", ("io F", "F io"), 0.1)).t("\n")
    x.t("Направляется гражданин ").v(P, name(rng, fake, "nomn", ("F I O",), 0.35))
    x.t(", ").v(DT, fmt_date(rng, rng.choice(("yyyy", "dd.mm.yyyy")), "conscript")).t(" г.р., ")
    x.t("проживающий: ").v(LOC, addr(rng, fake)).t(",\n")
    x.t("полис ОМС ").v("RU_OMS_POLICY", enp_v(rng)).t(", СНИЛС ").v("RU_SNILS", snils_v(rng)).t(",\n")
    x.t("для обследования в стационарных условиях и уточнения диагноза: ").t(rng.choice(("ГЭРБ", "артериальная гипертензия?", "нарушение ритма")))
    x.t(".\nРезультаты просим выслать до ").v(DT, fmt_date(rng, rng.choice(("dd.mm.yyyy", "d MG yyyy г."))))
    x.t(".\nОтделение подготовки и призыва, тел. ").v(PH, tel(rng, "city")).t("\n")
    x.t("Военный комиссар ").v(P, name(rng, fake, "nomn", ("i o F", "io F"), 0.1))
    return x.done()


def narco_reply(rng: R, fake: Any) -> Planted:
    x = Doc().t(rng.choice(("Военному комиссару ", "Начальнику ОМВД ")))
    x.v(P, name(rng, fake, "datv", ("io F", "F io"), 0.1)).t("\n\nНа Ваш запрос от ")
    x.v(DT, fmt_date(rng, "dd.mm.yyyy")).t(" сообщаем, что гр. ")
    x.v(P, name(rng, fake, "nomn", ("F I O", "F io"), 0.3)).t(", ")
    x.v(DT, fmt_date(rng, rng.choice(("dd.mm.yyyy", "yyyy")), "dob")).t(" г.р., зарег.: ")
    x.v(LOC, addr(rng, fake)).t(rng.choice((
        ", на диспансерном учёте у врача психиатра-нарколога не состоит.",
        ", состоит на учёте в ГБУЗ «Наркологический диспансер» с диагнозом F10.2.",
        ", за медицинской помощью к психиатру не обращался.")))
    x.t("\nИсп. ").v(P, name(rng, fake, "nomn", ("F io", "F I O"), 0.1)).t(", ").v(PH, tel(rng, "city"))
    return x.done()


def police_request(rng: R, fake: Any) -> Planted:
    x = Doc().t("ЗАПРОС\nГлавному врачу ").t(rng.choice(("ГБУЗ «ЦРБ»", "ГАУЗ «ГКБ № 7»", "БСМП")) + "\n")
    x.t("В производстве СО ОМВД находится материал проверки КУСП № ").v(MRN, ud_kusp(rng))
    x.t(" по факту причинения телесных повреждений гр. ").v(P, name(rng, fake, "datv", ("F I O", "F io"), 0.3))
    x.t(", ").v(DT, fmt_date(rng, rng.choice(DOB_GR), "dob")).t(" г.р.\n")
    x.t("Прошу предоставить сведения об обращении указанного лица ").v(DT, fmt_date(rng, rng.choice(EVENT)))
    x.t(", копию медицинской карты и результаты рентгенографии.\nОтвет направить на e-mail: ").v("EMAIL_ADDRESS", mail(rng, fake))
    x.t(" или по факсу ").v(PH, tel(rng, "city")).t(".\n")
    x.t(rng.choice(("Ст. следователь", "Дознаватель", "УУП")) + " ").v(P, name(rng, fake, "nomn", ("io F", "i o F", "F io"), 0.15))
    x.t(", моб. ").v(PH, tel(rng, "mobile"))
    return x.done()


def hospital_reply(rng: R, fake: Any) -> Planted:
    x = Doc().t("Ответ на запрос\n").t("Следователю ").v(P, name(rng, fake, "datv", ("io F", "F io"), 0.1)).t("\n")
    x.t("Сообщаем, что ").v(P, name(rng, fake, "nomn", ("F I O",), 0.3)).t(" (")
    x.v(DT, fmt_date(rng, rng.choice(DOB), "dob")).t(") поступил(а) в приёмное отделение ")
    x.v(DT, fmt_date(rng, rng.choice(("dd.mm.yyyy в hh:nn", "dd.mm.yyyy hh:nn", "dd.mm.yy в hh ч nn мин"))))
    x.t(", доставлен бригадой СМП (карта вызова № ").v(MRN, d(rng, rng.choice((3, 4, 6)), True)).t(").\n")
    x.t("Диагноз: ЗЧМТ. Сотрясение головного мозга. Ушиб мягких тканей лица (S06.0, S00.8).\n")
    x.t("Медицинская карта стационарного больного № ").v(MRN, case_no(rng)).t(". Выписан ")
    x.v(DT, fmt_date(rng, rng.choice(("dd.mm.yyyy", "d MG")))).t(" на амбулаторное лечение.\n")
    x.t("Зам. главного врача по медицинской части ").v(P, name(rng, fake, "nomn", ("io F", "F io"), 0.1))
    return x.done()


def expert_header(rng: R, fake: Any) -> Planted:
    x = Doc().t(ocr(rng, "ЗАКЛЮЧЕНИЕ ЭКСПЕРТА") + " № ").v(MRN, expert_no(rng)).t("\n(экспертиза живого лица)\n")
    x.t("На основании постановления ").t(rng.choice(("следователя СО ОМВД", "дознавателя ОД", "УУП ОУУП и ПДН")))
    x.t(" ").v(P, name(rng, fake, "gent", ("F io", "io F"), 0.1)).t(" от ")
    x.v(DT, fmt_date(rng, rng.choice(("dd.mm.yyyy", "«dd» MG yyyy г.")))).t(" по уголовному делу № ")
    x.v(MRN, criminal_case(rng)).t("\nв помещении ГБУЗ «Бюро СМЭ» судебно-медицинский эксперт ")
    x.v(P, name(rng, fake, "nomn", ("F I O",), 0.1)).t(", стаж работы 12 лет, произвёл экспертизу гр. ")
    x.v(P, name(rng, fake, "gent", ("F I O",), 0.3)).t(", ").v(DT, fmt_date(rng, rng.choice(DOB_GR), "dob"))
    x.t(" г.р.\nЭкспертиза начата: ").v(DT, fmt_date(rng, rng.choice(("dd.mm.yyyy в hh:nn", "dd.mm.yyyy hh:nn"))))
    x.t("\nЭкспертиза окончена: ").v(DT, fmt_date(rng, rng.choice(("dd.mm.yyyy", "«dd» MG yyyy г."))))
    x.t("\nПрава и обязанности эксперта, предусмотренные ст. 57 УПК РФ, разъяснены.")
    return x.done()


def autopsy_act(rng: R, fake: Any) -> Planted:
    x = Doc().t("АКТ судебно-медицинского исследования трупа № ").v(MRN, expert_no(rng)).t("\n")
    x.t(ocr(rng, "Ф.И.О. умершего: ")).v(P, name(rng, fake, "nomn", ("F I O",), 0.3, 0.5)).t("\n")
    x.t(ocr(rng, "Дата рождения: ")).v(DT, fmt_date(rng, rng.choice(DOB), "dob")).t("\n")
    x.t("Дата смерти: ").v(DT, fmt_date(rng, rng.choice(("dd.mm.yyyy", "dd.mm.yyyy ориентировочно hh:nn")))).t("\n")
    x.t("Место обнаружения трупа: ").v(LOC, addr(rng, fake, rng.random() < 0.5)).t("\n")
    x.t("Направлен: ").t(rng.choice(("ОМВД", "МСО СУ СК", "ОП № 3"))).t(", направление от ")
    x.v(DT, fmt_date(rng, "dd.mm.yyyy")).t("\n")
    x.t("Опознан: ").v(P, name(rng, fake, "ablt", ("F I O", "F io"), 0.3)).t(rng.choice((" (дочь)", " (жена)", ", братом")))
    x.t("\nСудебно-медицинский диагноз: Странгуляционная асфиксия. T71.")
    return x.done()


def form_307(rng: R, fake: Any) -> Planted:
    x = Doc().t("АКТ медицинского освидетельствования на состояние опьянения № ").v(MRN, d(rng, rng.choice((3, 4)), True))
    x.t("\n(форма 307/у-05)\n1. ").t(ocr(rng, "Сведения об освидетельствуемом лице: "))
    x.v(P, name(rng, fake, "nomn", ("F I O",), 0.3, 0.3)).t(", ").v(DT, fmt_date(rng, rng.choice(DOB), "dob")).t(", ")
    x.v(LOC, addr(rng, fake)).t("\n   Водительское удостоверение: ").v(MRN, drivers_licence(rng)).t("\n")
    x.t("2. Основание: протокол о направлении на медицинское освидетельствование ").v(MRN, police_protocol(rng))
    x.t(", составлен ").v(P, name(rng, fake, "ablt", ("F io", "io F"), 0.1)).t(", инспектором ДПС\n")
    x.t("4. Дата и точное время начала освидетельствования: ").v(DT, fmt_date(rng, rng.choice(("dd.mm.yyyy hh:nn",
                                                                                              "dd.mm.yyyy, hh ч nn мин"))))
    x.t("\n13.1. Алкотектор «Юпитер», результат 0," + d(rng, 3) + " мг/л\n")
    x.t("17. Медицинское заключение: установлено состояние опьянения\n")
    x.t("Врач ").v(P, name(rng, fake, "nomn", ("F io", "F i o", "F I O"), 0.1))
    return x.done()


def fsin_entry(rng: R, fake: Any) -> Planted:
    x = Doc().t(rng.choice(("ФКУЗ МСЧ ФСИН России. Филиал «Больница».\n", "Медицинская часть ФКУ СИЗО.\n")))
    x.t("Осуждённый ").v(P, name(rng, fake, "nomn", ("F I O", "F io"), 0.35, 0.5)).t(", ")
    x.v(DT, fmt_date(rng, rng.choice(("yyyy", "dd.mm.yyyy")), "dob")).t(" г.р., л/д № ").v(MRN, d(rng, 5, True)).t("\n")
    x.t("Прибыл этапом ").v(DT, fmt_date(rng, rng.choice(("dd.mm.yyyy", "dd.mm")))).t(" из ")
    x.v(LOC, rng.choice(("СИЗО-1 г. ", "ФКУ ИК-5, г. ", "ИВС г. ")) + town(fake)).t(".\n")
    x.t("СНИЛС ").v("RU_SNILS", snils_v(rng, rng.choice(("XXX-XXX-XXX XX", "XXXXXXXXXXX")))).t("; полис ОМС ")
    x.v("RU_OMS_POLICY", enp_v(rng)).t(".\nФлюорография ").v(DT, fmt_date(rng, rng.choice(("mm.yyyy", "MN yyyy"))))
    x.t(" — норма. ВИЧ, гепатиты: отр.\nФельдшер ").v(P, name(rng, fake, "nomn", ("F io",), 0.2))
    return x.done()


def traffic_telephonogram(rng: R, fake: Any) -> Planted:
    x = Doc().t("ТЕЛЕФОНОГРАММА № ").t(str(rng.randrange(1, 400))).t("\nПередана в дежурную часть ОМВД ")
    x.v(DT, fmt_date(rng, rng.choice(("dd.mm.yyyy в hh:nn", "hh:nn dd.mm.yyyy")))).t(", принял ")
    x.v(P, name(rng, fake, "nomn", ("F io", "F I"), 0.15)).t(", тел. ").v(PH, tel(rng, "city")).t("\n")
    x.t("В ").t(rng.choice(("ГБУЗ «ГКБ № 1»", "ЦРБ", "травмпункт"))).t(" доставлен(а) пострадавший в ДТП ")
    x.v(P, name(rng, fake, "nomn", ("F I O", "F I"), 0.3, 0.3)).t(", ").v(DT, fmt_date(rng, rng.choice(DOB), "dob"))
    x.t(", прож.: ").v(LOC, addr(rng, fake, True)).t(".\nМесто ДТП: ").v(LOC, rng.choice((
        f"а/д {town(fake)} — {town(fake)}", f"г. {town(fake)}, ул. {fake.street_title()}, {rng.randrange(1, 99)}")))
    x.t(". Диагноз: перелом костей голени. И/б № ").v(MRN, case_no(rng)).t(".\nПередал: м/с ")
    x.v(P, name(rng, fake, "nomn", ("F", "F io"), 0.1))
    return x.done()


def firearm_002(rng: R, fake: Any) -> Planted:
    x = Doc().t("МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ\nоб отсутствии медицинских противопоказаний к владению оружием\n")
    x.t("(форма № 002-О/у) серия ").v(MRN, f"{rng.randrange(1, 99):02d} № {d(rng, 6)}").t("\n")
    x.t("Дата выдачи: ").v(DT, fmt_date(rng, rng.choice(("«dd» MG yyyy г.", "dd.mm.yyyy")))).t("\n")
    x.t("1. Фамилия, имя, отчество: ").v(P, name(rng, fake, "nomn", ("F I O",), 0.2, 0.3)).t("\n")
    x.t("2. Дата рождения: ").v(DT, fmt_date(rng, rng.choice(DOB), "dob")).t("\n")
    x.t("3. Адрес регистрации по месту жительства: ").v(LOC, addr(rng, fake)).t("\n")
    x.t("4. Паспорт: ").v("RU_PASSPORT", passport_v(rng, rng.choice(("XX XX XXXXXX", "XXXX № XXXXXX")))).t("\n")
    x.t("Врач-психиатр ").v(P, name(rng, fake, "nomn", ("F io", "io F"), 0.1))
    x.t("; врач-психиатр-нарколог ").v(P, name(rng, fake, "nomn", ("F io", "io F"), 0.1)).t("\n")
    x.t("Справка о результатах ХТИ № ").v(MRN, f"{d(rng, 4, True)}").t(" от ").v(DT, fmt_date(rng, "dd.mm.yyyy"))
    return x.done()


def hti_003(rng: R, fake: Any) -> Planted:
    x = Doc().t("СПРАВКА о результатах химико-токсикологических исследований (ф. 003-О/у)\n")
    x.t(ocr(rng, "Ф.И.О.: ")).v(P, name(rng, fake, "nomn", ("F I O",), 0.3)).t(" | д.р. ")
    x.v(DT, fmt_date(rng, rng.choice(DOB), "dob")).t("\n")
    x.t("Дата и время отбора биологического объекта: ").v(DT, fmt_date(rng, rng.choice(("dd.mm.yyyy hh:nn",
                                                                                        "dd.mm.yy hh:nn"))))
    x.t("\nКод биологического объекта: ").v(MRN, rng.choice((d(rng, 8, True), f"{d(rng, 4, True)}-{d(rng, 3)}")))
    x.t("\nРезультат: опиаты, каннабиноиды, амфетамины — не обнаружены.\n")
    x.t("Врач КДЛ ").v(P, name(rng, fake, "nomn", ("F io",), 0.1)).t(", тел. лаборатории ").v(PH, tel(rng, "city"))
    return x.done()


def migrant_exam(rng: R, fake: Any) -> Planted:
    x = Doc().t("Иностранный гражданин доставлен сотрудниками УВМ для медосвидетельствования.\n")
    x.t("ФИО (лат./кирилл.): ").v(P, name(rng, fake, "nomn", ("F I O", "F I"), 1.0, 0.5)).t("\n")
    x.t("Дата рождения: ").v(DT, fmt_date(rng, rng.choice(DOB), "dob")).t("; место рождения: ")
    x.v(LOC, rng.choice(("Республика Узбекистан, г. Самарканд", "Таджикистан, Хатлонская обл.",
                         "Кыргызская Республика, г. Ош", "Азербайджан, г. Гянджа", "Респ. Казахстан, г. Шымкент"))).t("\n")
    x.t("Паспорт: ").v(MRN, foreign_passport(rng)).t("; миграционная карта ").v(MRN, migration_card(rng)).t("\n")
    x.t("ИНН ").v("RU_INN", inn_v(rng)).t(", тел. ").v(PH, tel(rng, "mobile")).t("\n")
    x.t("Место пребывания: ").v(LOC, addr(rng, fake))
    return x.done()


def military_epicrisis(rng: R, fake: Any) -> Planted:
    x = Doc().t("ВЫПИСНОЙ ЭПИКРИЗ (военный госпиталь)\n")
    x.t(rng.choice(("Рядовой ", "Мл. сержант ", "Ефрейтор ", "Старший лейтенант "))).v(P, name(rng, fake, "nomn", ("F I O",), 0.3, 0.4))
    x.t(", л/н ").v(MRN, lichny_nomer(rng)).t(", ").v(DT, fmt_date(rng, "yyyy", "conscript")).t(" г.р.\n")
    x.t("Находился на лечении с ").v(DT, fmt_date(rng, rng.choice(("dd.mm.yyyy", "dd.mm")))).t(" по ")
    x.v(DT, fmt_date(rng, rng.choice(("dd.mm.yyyy", "dd.mm.yy")))).t(", и/б № ").v(MRN, case_no(rng)).t(".\n")
    x.t("Военный билет ").v(MRN, voen_bilet(rng)).t(". ЭЛН не открывался.\n")
    x.t("Заключение ВВК: свидетельство о болезни № ").v(MRN, f"{d(rng, 3, True)}").t(" — «В» — ограниченно годен.\n")
    x.t("Адрес для направления документов: ").v(LOC, addr(rng, fake)).t("\nНач. отделения ")
    x.v(P, name(rng, fake, "nomn", ("io F", "F io"), 0.1))
    return x.done()


def sick_leave_officer(rng: R, fake: Any) -> Planted:
    x = Doc().t("Сотрудник полиции ").v(P, name(rng, fake, "nomn", ("F I O", "F io"), 0.2)).t(" (")
    x.v(DT, fmt_date(rng, rng.choice(DOB), "dob")).t(") травмирован при задержании ")
    x.v(DT, fmt_date(rng, rng.choice(("dd.mm.yyyy", "d MG yyyy г.")))).t(". ЭЛН № ").v(MRN, eln(rng))
    x.t(" открыт; СНИЛС ").v("RU_SNILS", snils_v(rng, rng.choice(("XXX-XXX-XXX XX", "XXX XXX XXX XX"))))
    x.t(". Справка о травме (ф. 315/у) направлена по месту службы: ").v(LOC, addr(rng, fake, True)).t(".")
    return x.done()


def detention_note(rng: R, fake: Any) -> Planted:
    x = Doc().t("Осмотр задержанного перед помещением в ИВС.\n")
    x.t("Задержанный: ").v(P, name(rng, fake, "nomn", ("F I O",), 0.35, 0.4)).t(", ")
    x.v(DT, fmt_date(rng, rng.choice(DOB), "dob")).t(", паспорт ").v("RU_PASSPORT", passport_v(rng, rng.choice((
        "XX XX XXXXXX", "XXXX XXXXXX", "XXXX-XXXXXX")))).t("\n")
    x.t("Время осмотра: ").v(DT, fmt_date(rng, rng.choice(("dd.mm.yyyy hh:nn", "hh:nn dd.mm.yyyy")))).t("\n")
    x.t("Жалобы на боли в области рёбер слева. Со слов, упал. Ссадины лица.\nВ ИВС содержаться может.\n")
    x.t("Конвой: ").v(P, name(rng, fake, "nomn", ("F io", "F I"), 0.2)).t("; врач СМП ")
    x.v(P, name(rng, fake, "nomn", ("F i o", "F io"), 0.1))
    return x.done()


def birthplace_card(rng: R, fake: Any) -> Planted:
    x = Doc().t("Карта медицинского освидетельствования гражданина, поступающего на военную службу по контракту\n")
    last, first, middle, _ = person_parts(rng, fake, 0.3)
    x.t("Фамилия ").v(P, last.upper() if rng.random() < 0.5 else last).t("   Имя, отчество ")
    x.v(P, f"{first} {middle}").t("\nМесто рождения ").v(LOC, BIRTHPLACE(rng, fake, "nomn")).t("\n")
    x.t("ИНН ").v("RU_INN", inn_v(rng)).t("   СНИЛС ").v("RU_SNILS", snils_v(rng, "XXX-XXX-XXX XX")).t("\n")
    x.t("Дата медосвидетельствования ").v(DT, fmt_date(rng, "dd.mm.yyyy"))
    return x.done()


DOC_BLOCKS: list[BlockFamily] = [
    BlockFamily("b46-vvk-protocol", HELD, vvk_protocol),
    BlockFamily("b46-voenkomat-referral", HELD, voenkomat_referral),
    BlockFamily("b46-narco-reply", HELD, narco_reply),
    BlockFamily("b46-police-request", HELD, police_request),
    BlockFamily("b46-hospital-reply", HELD, hospital_reply),
    BlockFamily("b46-expert-header", HELD, expert_header),
    BlockFamily("b46-autopsy-act", HELD, autopsy_act),
    BlockFamily("b46-form-307", HELD, form_307),
    BlockFamily("b46-fsin-entry", HELD, fsin_entry),
    BlockFamily("b46-traffic-telephonogram", HELD, traffic_telephonogram),
    BlockFamily("b46-firearm-002", HELD, firearm_002),
    BlockFamily("b46-hti-003", HELD, hti_003),
    BlockFamily("b46-migrant-exam", HELD, migrant_exam),
    BlockFamily("b46-military-epicrisis", HELD, military_epicrisis),
    BlockFamily("b46-sick-leave-officer", HELD, sick_leave_officer),
    BlockFamily("b46-detention-note", HELD, detention_note),
    BlockFamily("b46-contract-card", HELD, birthplace_card),
]
