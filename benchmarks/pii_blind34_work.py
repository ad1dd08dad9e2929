"""Multi-value fragments of blind split 34, part 2: work (employer referrals, periodic examinations,
occupational pathology, accidents at work), МСЭ referrals, the social fund (СФР: sick-leave exchange,
pensions) and machine exports (XML, JSON, HL7, key=value, fixed width, TSV)."""

from __future__ import annotations

import json
import random
from typing import Any

from benchmarks.pii_blind34_gen import (
    Doc,
    addr,
    born,
    day,
    enp,
    inn_num,
    link,
    mail,
    mrn,
    name_as,
    oms_any,
    parts,
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
    return name_as(rng, fake, case, rng.choice(shapes or (N, N, "F io")))


def employer_referral(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("НАПРАВЛЕНИЕ на периодический медицинский осмотр\n")
    d.t("Работодатель: ООО «", rng.choice(("Северсталь-Ресурс", "ТрансСтрой", "Агрохолдинг Заря")), "», ИНН ")
    d.v("RU_INN", inn_num(rng, length=10)).t("\nФ.И.О. работника: ").v("PERSON", _nm(rng, fake))
    d.t("\nДата рождения: ").v("DATE_TIME", born(rng, fake)).t("\nСНИЛС: ").v("RU_SNILS", snils_num(rng))
    d.t("\nПолис ОМС: ").v("RU_OMS_POLICY", oms_any(rng)).t("\nДолжность: электрогазосварщик\n")
    d.t("Вредные факторы: п. 1.2.1, 4.1 (шум), 4.3.1 приложения к приказу Минздрава России от 28.01.2021 № 29н\n")
    d.t("Уполномоченный представитель работодателя: ").v("PERSON", name_as(rng, fake, "nomn", rng.choice(("F io", "io F"))))
    d.t(", тел. ").v("PHONE_NUMBER", tel(rng, fake)).t("\n")
    return d.done()


def fitness_conclusion(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("ЗАКЛЮЧЕНИЕ по результатам периодического медицинского осмотра\nот ").v("DATE_TIME", recent(rng, fake))
    d.t("\n1. ").v("PERSON", _nm(rng, fake, "nomn", N, "F I O", "F io")).t(", ")
    d.v("DATE_TIME", born(rng, fake)).t(" г.р., профессия: ", rng.choice(("маляр", "водитель погрузчика", "аппаратчик")), "\n")
    d.t("2. Место работы: АО «Завод металлоконструкций», цех № 4; адрес: ").v("LOCATION", addr(rng, fake, rng.choice((0, 1, 3, 7))))
    d.t("\n3. Медицинские противопоказания к работе ").t(rng.choice(("не выявлены", "выявлены (временно)")), ".\n")
    d.t("Мед. карта № ").v("MEDICAL_RECORD_NUMBER", mrn("card")(rng, fake)).t("\nПредседатель врачебной комиссии ")
    d.v("PERSON", name_as(rng, fake, "nomn", rng.choice(("F i o", "F io")))).t("\n")
    return d.done()


def occup_pathology(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("Центр профпатологии. ", typo(rng, "Извещение"), " об установлении заключительного диагноза профзаболевания\n")
    d.t("Пациент ").v("PERSON", _nm(rng, fake)).t(", ").v("DATE_TIME", born(rng, fake)).t(" г.р.; стаж в профессии ")
    d.t(str(rng.randrange(8, 35)), " лет (с ").v("DATE_TIME", day(rng, fake, rng.choice(("yyyy", "MG yyyy г.", "yyyy г.")), "-35y", "-8y")).t(")\n")
    d.t("Диагноз: J68.4 хронический пылевой бронхит, ДН I ст. Связь с профессией установлена ")
    d.v("DATE_TIME", recent(rng, fake, ("dd.mm.yyyy", "D MG yyyy года"))).t(".\nИсполнитель: ")
    d.v("PERSON", name_as(rng, fake, "nomn", "F io")).t(", ").v("EMAIL_ADDRESS", mail(rng, fake)).t("\n")
    return d.done()


def accident_315(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("Медицинское заключение о характере полученных повреждений (ф. 315/у)\n")
    d.t("Выдано: ").v("PERSON", _nm(rng, fake, "datv", N)).t(", ").v("DATE_TIME", born(rng, fake)).t(" г. рождения,\n")
    d.t("место работы: ООО «ЛесПромТорг», ИНН ").v("RU_INN", inn_num(rng, length=rng.choice((10, 12))))
    clock = f"{rng.randrange(7, 23):02d}:{rng.randrange(60):02d}"
    d.t("\nпоступил(а) ").v("DATE_TIME", recent(rng, fake) + rng.choice((" в ", " ", ", ")) + clock)
    d.t(", ИБ № ").v("MEDICAL_RECORD_NUMBER", mrn("ib")(rng, fake)).t("\nДиагноз S82.2. Степень тяжести: тяжелая.\n")
    d.t("Запрос работодателя исх. № ", str(rng.randrange(10, 999)), " от ").v("DATE_TIME", recent(rng, fake)).t("\n")
    return d.done()


def mse_referral(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    sep = "\n"
    d.t("Направление на медико-социальную экспертизу медицинской организацией (ф. 088/у)", sep)
    d.t("1. Дата выдачи: ").v("DATE_TIME", recent(rng, fake)).t(sep)
    d.t("4. Фамилия, имя, отчество: ").v("PERSON", _nm(rng, fake, "nomn", N, "F I U")).t(sep)
    d.t("5. Дата рождения: ").v("DATE_TIME", born(rng, fake)).t(sep)
    d.t("8. Адрес места жительства: ").v("LOCATION", addr(rng, fake)).t(sep)
    d.t("11. СНИЛС: ").v("RU_SNILS", snils_num(rng)).t(sep)
    d.t("12. Полис ОМС: ").v("RU_OMS_POLICY", oms_any(rng)).t(sep)
    d.t("13. Документ, удостоверяющий личность: паспорт ").v("RU_PASSPORT", passport(rng)).t(sep)
    d.t("15. Законный (уполномоченный) представитель: ").v("PERSON", _nm(rng, fake)).t(sep)
    d.t("18. Номер ЭЛН: ").v("MEDICAL_RECORD_NUMBER", mrn("eln")(rng, fake)).t(sep)
    d.t("Группа инвалидности ранее: II, ", typo(rng, "причина"), ": общее заболевание", sep)
    return d.done()


def mse_extract(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("ФКУ «ГБ МСЭ». Выписка из акта освидетельствования № ").v("MEDICAL_RECORD_NUMBER", mrn("mse")(rng, fake))
    opening, closing = rng.choice(((", д.р. ", ""), (" (", ")"), (", ", " г.р.")))
    d.t("\nГражданин(ка) ").v("PERSON", _nm(rng, fake)).t(opening).v("DATE_TIME", born(rng, fake))
    d.t(closing, ", освидетельствован(а) ").v("DATE_TIME", recent(rng, fake))
    d.t(".\nУстановлена инвалидность III группы на срок до ").v("DATE_TIME", recent(rng, fake, ("01.mm.yyyy", "dd.mm.yyyy")))
    d.t(". Справка ").v("MEDICAL_RECORD_NUMBER", mrn("mse_cert")(rng, fake)).t(". Степень утраты профтрудоспособности 40%.\n")
    d.t("Копия направлена работодателю и в ОСФР.\n")
    return d.done()


def eln_vk(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("Протокол ВК № ", str(rng.randrange(100, 3999)), ". Продление ЭЛН свыше 15 дней\n")
    d.t("Пациент: ").v("PERSON", _nm(rng, fake, "nomn", N, "F io")).t("; ЭЛН ").v("MEDICAL_RECORD_NUMBER", mrn("eln")(rng, fake))
    start, stop = period(rng, fake, ("dd.mm.yyyy", "dd.mm.yy"))
    d.t("; открыт ").v("DATE_TIME", start).t("; продлён по ").v("DATE_TIME", stop if rng.random() < 0.7 else stop[:5])
    d.t("\nМесто работы: ИП ").v("PERSON", name_as(rng, fake, "nomn", "F io")).t(", ИНН ").v("RU_INN", inn_num(rng))
    d.t("\nПредседатель ВК: ").v("PERSON", name_as(rng, fake, "nomn", rng.choice(("F io", "io F")))).t("\n")
    return d.done()


def sfr_xml(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    last, first, middle, _ = parts(rng, fake)
    d.t('<ROW xmlns="http://www.fss.ru/integration/types/eln/v01">\n  <SNILS>')
    d.v("RU_SNILS", snils_num(rng).replace("-", "").replace(" ", "")).t("</SNILS>\n  <SURNAME>").v("PERSON", last)
    d.t("</SURNAME>\n  <NAME>").v("PERSON", first).t("</NAME>\n  <PATRONIMIC>").v("PERSON", middle)
    d.t("</PATRONIMIC>\n  <BOZ_FLAG>0</BOZ_FLAG>\n  <LPU_EMPLOYER>ООО Вектор</LPU_EMPLOYER>\n  <LN_CODE>")
    d.v("MEDICAL_RECORD_NUMBER", mrn("eln")(rng, fake)).t("</LN_CODE>\n  <BIRTHDAY>")
    d.v("DATE_TIME", day(rng, fake, "yyyy-mm-dd", "-70y", "-18y"))
    d.t("</BIRTHDAY>\n  <LN_DATE>").v("DATE_TIME", recent(rng, fake, ("yyyy-mm-dd",))).t("</LN_DATE>\n  <REASON1>01</REASON1>\n</ROW>\n")
    return d.done()


def sfr_pension(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("Отделение Фонда пенсионного и социального страхования РФ\nЗапрос сведений о периодах лечения\n")
    d.t("Застрахованное лицо: ").v("PERSON", _nm(rng, fake)).t(", СНИЛС ").v("RU_SNILS", snils_num(rng))
    d.t(", выплатное дело № ").v("MEDICAL_RECORD_NUMBER", mrn("pension")(rng, fake)).t(".\nАдрес: ")
    d.v("LOCATION", addr(rng, fake)).t(".\nПросим подтвердить периоды временной нетрудоспособности за ")
    d.v("DATE_TIME", recent(rng, fake, ("yyyy год", "yyyy г."))).t(".\nЛичный кабинет: ").v("URL", link(rng, fake)).t("\n")
    return d.done()


def insurer_json(rng: random.Random, fake: Any) -> Planted:
    last, first, middle, _ = parts(rng, fake)
    values = [
        ("claim_id", "MEDICAL_RECORD_NUMBER", mrn("claim")(rng, fake)),
        ("insured_name", "PERSON", f"{last} {first} {middle}"),
        ("birth_date", "DATE_TIME", born(rng, fake)),
        ("policy_dms", "MEDICAL_RECORD_NUMBER", mrn("dms")(rng, fake)),
        ("enp", "RU_OMS_POLICY", enp(rng).replace(" ", "").replace("-", "")),
        ("phone", "PHONE_NUMBER", tel(rng, fake)),
        ("email", "EMAIL_ADDRESS", mail(rng, fake)),
        ("event_date", "DATE_TIME", recent(rng, fake, ("yyyy-mm-dd", "dd.mm.yyyy"))),
    ]
    rng.shuffle(values)
    d = Doc()
    d.t("{")
    indent = rng.choice(("", "\n  "))
    for i, (key, kind, value) in enumerate(values):
        d.t("," if i else "", indent, json.dumps(key), ": \"").v(kind, value).t('"')
    d.t(', "limit_rub": 120000, "icd": "M54.5"', "\n}" if indent else "}", "\n")
    return d.done()


def hl7_adt(rng: random.Random, fake: Any) -> Planted:
    last, first, middle, female = parts(rng, fake)
    d = Doc()
    d.t("MSH|^~\\&|MIS|GKB|SMO|INS|").v("DATE_TIME", recent(rng, fake, ("yyyymmdd",)) + f"{rng.randrange(8, 20):02d}{rng.randrange(60):02d}")
    d.t("||ADT^A03|", str(rng.randrange(10**5, 10**6)), "|P|2.5\r")
    d.t("PID|1||").v("MEDICAL_RECORD_NUMBER", mrn("emk")(rng, fake)).t("^^^MIS^MR~").v("RU_OMS_POLICY", enp(rng).replace(" ", "").replace("-", ""))
    d.t("^^^OMS^NH||").v("PERSON", last).t("^").v("PERSON", first).t("^").v("PERSON", middle).t("||")
    d.v("DATE_TIME", day(rng, fake, "yyyymmdd", "-90y", "-1y")).t("|", "F" if female else "M", "|||")
    d.v("LOCATION", f"ул. {fake.street_title()}, д. {rng.randrange(1, 99)}^^{fake.city_name().split(' (')[0]}").t("||")
    doc_last, doc_first, doc_middle, _ = parts(rng, fake)
    d.v("PHONE_NUMBER", tel(rng, fake)).t("\rPV1|1|I|ТРАВМ^12^3||||", str(rng.randrange(100, 999)), "^").v("PERSON", doc_last)
    d.t("^").v("PERSON", doc_first).t("^").v("PERSON", doc_middle).t("\r")
    return d.done()


def kv_log(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.v("DATE_TIME", recent(rng, fake, ("yyyy-mm-dd",)) + f"T{rng.randrange(8, 20):02d}:{rng.randrange(60):02d}:00")
    d.t(" INFO smo-gateway request ")
    d.t("fio=\"").v("PERSON", _nm(rng, fake, "nomn", N)).t("\" snils=").v("RU_SNILS", snils_num(rng).replace(" ", "-"))
    d.t(" passport=\"").v("RU_PASSPORT", passport(rng)).t("\" inn=").v("RU_INN", inn_num(rng))
    d.t(" dr=").v("DATE_TIME", born(rng, fake)).t(" status=OK\n")
    return d.done()


def fixed_width(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("ЕНП             ФАМИЛИЯ         ИМЯ         ДР          ДАТА_НАЧ\n")
    for _ in range(rng.randrange(2, 4)):
        last, first, _, _ = parts(rng, fake)
        e = enp(rng).replace(" ", "").replace("-", "")
        b, s = born(rng, fake), recent(rng, fake)
        d.v("RU_OMS_POLICY", e).t(" ").v("PERSON", last.upper()).t(" " * max(1, 16 - len(last)))
        d.v("PERSON", first.upper()).t(" " * max(1, 12 - len(first))).v("DATE_TIME", b).t(" " * max(1, 12 - len(b)))
        d.v("DATE_TIME", s).t("\n")
    return d.done()


def tsv_staff(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("таб_№\tФИО\tСНИЛС\tдата_ПМО\tгруппа_здоровья\n")
    for _ in range(rng.randrange(2, 4)):
        d.v("MEDICAL_RECORD_NUMBER", str(rng.randrange(100, 9999))).t("\t").v("PERSON", _nm(rng, fake, "nomn", N, "F io")).t("\t")
        d.v("RU_SNILS", snils_num(rng)).t("\t").v("DATE_TIME", recent(rng, fake, ("dd.mm.yyyy", "dd.mm.yy"))).t("\t", rng.choice(("I", "II", "IIIа")), "\n")
    return d.done()


def migrant_exam(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("Медицинское освидетельствование иностранного гражданина (патент)\n")
    d.t("ФИО: ").v("PERSON", name_as(rng, fake, "nomn", rng.choice(("F I U", "F I", "F I O")), upper=rng.random() < 0.5))
    d.t("\nПаспорт: ").v("MEDICAL_RECORD_NUMBER", mrn("foreign")(rng, fake)).t("; миграционная карта ")
    d.v("MEDICAL_RECORD_NUMBER", mrn("migr")(rng, fake)).t("\nДата въезда: ").v("DATE_TIME", recent(rng, fake))
    d.t("\nРаботодатель: ИНН ").v("RU_INN", inn_num(rng, length=10)).t("; тел. ").v("PHONE_NUMBER", tel(rng, fake))
    d.t("\nПроба крови № ").v("MEDICAL_RECORD_NUMBER", mrn("acc")(rng, fake)).t(" — ВИЧ отр., RW отр.\n")
    return d.done()


def driver_cert(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("Справка ф. 003-В/у № ").v("MEDICAL_RECORD_NUMBER", mrn("ref")(rng, fake)).t(" для ГИБДД (водитель-экспедитор)\n")
    d.t("Выдана ").v("PERSON", _nm(rng, fake, "datv", N)).t(", водит. удостоверение ").v("MEDICAL_RECORD_NUMBER", mrn("drv")(rng, fake))
    d.t(", дата выдачи справки ").v("DATE_TIME", recent(rng, fake)).t(". Направлен работодателем; адрес регистрации ")
    d.v("LOCATION", addr(rng, fake)).t(".\n")
    return d.done()


WORK_BLOCKS: list[BlockFamily] = [
    BlockFamily("b34-blk-employer-referral", HELDOUT, employer_referral),
    BlockFamily("b34-blk-fitness-conclusion", HELDOUT, fitness_conclusion),
    BlockFamily("b34-blk-occup-pathology", HELDOUT, occup_pathology),
    BlockFamily("b34-blk-accident-315u", HELDOUT, accident_315),
    BlockFamily("b34-blk-mse-088u", HELDOUT, mse_referral),
    BlockFamily("b34-blk-mse-extract", HELDOUT, mse_extract),
    BlockFamily("b34-blk-eln-vk", HELDOUT, eln_vk),
    BlockFamily("b34-blk-sfr-xml", HELDOUT, sfr_xml),
    BlockFamily("b34-blk-sfr-pension", HELDOUT, sfr_pension),
    BlockFamily("b34-blk-insurer-json", HELDOUT, insurer_json),
    BlockFamily("b34-blk-hl7-adt", HELDOUT, hl7_adt),
    BlockFamily("b34-blk-kv-log", HELDOUT, kv_log),
    BlockFamily("b34-blk-tfoms-fixed", HELDOUT, fixed_width),
    BlockFamily("b34-blk-staff-tsv", HELDOUT, tsv_staff),
    BlockFamily("b34-blk-migrant-exam", HELDOUT, migrant_exam),
    BlockFamily("b34-blk-driver-cert", HELDOUT, driver_cert),
]
