"""Several-value fragments of blind split 56: screening and enrolment logs, subject identification
lists, consent signature blocks and withdrawals, AE logs, data queries and CRF/eCRF exports (CSV, TSV, JSON, XML/ODM, key=value, fixed width)."""

from __future__ import annotations

import json
import random
from typing import Any

from benchmarks import pii_blind56_gen as g
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted

PER, DT, LOC, MRN = "PERSON", "DATE_TIME", "LOCATION", "MEDICAL_RECORD_NUMBER"
PAS = "RU_PASSPORT"
PH, EM = "PHONE_NUMBER", "EMAIL_ADDRESS"


def screening_log(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    w.t(f"ЖУРНАЛ СКРИНИНГА. Центр № {rng.randrange(1, 40):02d}. Протокол {rng.choice(('CV', 'ONC', 'NEU'))}-"
        f"{rng.randrange(100, 999)}\n")
    w.t("№ | Скр. номер | Инициалы | Д.р. | Дата ИС | Результат\n")
    for i in range(rng.randrange(2, 5)):
        w.t(f"{i + 1} | ").v(MRN, g.screening_no(rng)).t(" | ").v(PER, g.initials_only(rng, fake)).t(" | ")
        w.v(DT, g.birth(rng, fake, rng.choice(("num", "short", "crf-unk")))).t(" | ").v(DT, g.a_date(rng, fake, "num"))
        w.t(" | " + rng.choice(("включен", "скрин-неудача (КВ3)", "отказ", "включен, ранд."))).t("\n")
    return w.done()


def identification_list(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    sep = rng.choice((";", ",", "\t"))
    w.t("Журнал идентификации субъектов (хранится только в центре)\n")
    w.t(sep.join(("Номер субъекта", "ФИО", "Дата рождения", "№ истории болезни", "Телефон")) + "\n")
    for _ in range(rng.randrange(2, 4)):
        name = g.fio(rng, fake, "nomn", "F I O")
        if rng.random() < 0.3:
            name = name.upper()
        w.v(MRN, g.subject_id(rng)).t(sep).v(PER, name).t(sep).v(DT, g.birth(rng, fake, "num")).t(sep)
        w.v(MRN, g.history_no(rng)).t(sep).v(PH, g.phone(rng)).t("\n")
    return w.done()


def enrolment_tsv(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    w.t("SITE\tSUBJID\tSCRDT\tRANDDT\tARM\tINV\n")
    site = f"{rng.randrange(1, 40):03d}"
    for _ in range(rng.randrange(2, 4)):
        w.t(site + "\t").v(MRN, g.subject_id(rng)).t("\t").v(DT, g.a_date(rng, fake, "iso")).t("\t")
        w.v(DT, g.a_date(rng, fake, rng.choice(("iso", "eng")))).t("\t" + rng.choice(("A", "B", "blinded")) + "\t")
        w.v(PER, g.fio(rng, fake, "nomn", "F io", "F i o")).t("\n")
    return w.done()


def consent_signatures(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    w.t("ПОДПИСИ\n")
    w.t("Ф.И.О. пациента (печатными буквами): ").v(PER, g.fio(rng, fake, "nomn", "F I O").upper())
    w.t("\nПодпись __________  Дата: ").v(DT, g.a_date(rng, fake, rng.choice(("num", "short"))))
    w.t("\n\nФ.И.О. исследователя, получившего согласие: ").v(PER, g.fio(rng, fake, "nomn", "F I O", "F io"))
    w.t("\nПодпись __________  Дата/время: ").v(DT, g.with_time(rng, fake))
    if rng.random() < 0.5:
        w.t("\n\nФ.И.О. законного представителя: ").v(PER, g.fio(rng, fake, "nomn", "F I O"))
        w.t(" (").t(rng.choice(("мать", "отец", "опекун", "супруга"))).t(")\nДата: ").v(DT, g.a_date(rng, fake, "num"))
    return w.done()


def crf_keyvalue(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    eq = rng.choice(("=", ": ", " = "))
    w.t(f"STUDYID{eq}RX-{rng.randrange(1000, 9999)}\nSITEID{eq}{rng.randrange(1, 60):02d}\nSUBJID{eq}")
    w.v(MRN, g.subject_id(rng)).t(f"\nINITIALS{eq}").v(PER, g.initials_only(rng, fake))
    w.t(f"\nBRTHDTC{eq}").v(DT, g.birth(rng, fake, rng.choice(("iso", "eng", "crf-unk"))))
    w.t(f"\nSEX{eq}{rng.choice('MF')}\nRFICDTC{eq}").v(DT, g.a_date(rng, fake, "iso"))
    w.t(f"\nVISIT{eq}SCREENING\nSVSTDTC{eq}").v(DT, g.with_time(rng, fake))
    w.t(f"\nINVNAM{eq}").v(PER, g.fio(rng, fake, "nomn", "F I O", "F io"))
    w.t(f"\nDMDTC{eq}").v(DT, g.a_date(rng, fake, "iso")).t("\n")
    return w.done()


def crf_json(rng: random.Random, fake: Any) -> Planted:
    vals = [("subjectId", MRN, g.subject_id(rng)), ("screeningNo", MRN, g.screening_no(rng)),
            ("initials", PER, g.initials_only(rng, fake)), ("birthDate", DT, g.birth(rng, fake, "iso")),
            ("icfDate", DT, g.a_date(rng, fake, "iso")), ("investigator", PER, g.fio(rng, fake, "nomn", "F I O", "F io")),
            ("enteredBy", PER, g.fio(rng, fake, "nomn", "F io", "I F"))]
    rng.shuffle(vals)
    w = g.Writer()
    indent = rng.choice(("", "  "))
    nl = "\n" if indent else " "
    w.t("{" + nl)
    w.t(f'{indent}"form": "DM",{nl}{indent}"site": "{rng.randrange(1, 60):02d}",{nl}')
    for i, (key, kind, value) in enumerate(vals):
        w.t(f'{indent}"{key}": ').t('"').v(kind, json.dumps(value, ensure_ascii=False)[1:-1]).t('"')
        w.t("," + nl if i < len(vals) - 1 else nl)
    w.t("}")
    return w.done()


def crf_odm(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    w.t('<ClinicalData StudyOID="P-' + str(rng.randrange(100, 999)) + '" MetaDataVersionOID="v3">\n')
    w.t(' <SubjectData SubjectKey="').v(MRN, g.subject_id(rng)).t('">\n')
    w.t('  <StudyEventData StudyEventOID="SE.V1">\n   <FormData FormOID="F.DM">\n')
    w.t('    <ItemData ItemOID="I.BRTHDTC" Value="').v(DT, g.birth(rng, fake, "iso")).t('"/>\n')
    w.t('    <ItemData ItemOID="I.VISDAT" Value="').v(DT, g.a_date(rng, fake, "iso")).t('"/>\n')
    if rng.random() < 0.6:
        w.t('    <ItemData ItemOID="I.LBREFID" Value="').v(MRN, g.sample_id(rng)).t('"/>\n')
    w.t('   </FormData>\n  </StudyEventData>\n  <AuditRecord><UserRef UserOID="')
    w.v(PER, g.fio(rng, fake, "nomn", "F io", "I F")).t('"/><DateTimeStamp>')
    w.v(DT, g.with_time(rng, fake)).t("</DateTimeStamp></AuditRecord>\n </SubjectData>\n</ClinicalData>")
    return w.done()


def enrolment_fixed(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    w.t("SUBJ      INIT  DOB         ENROLLED    STATUS\n")
    for _ in range(rng.randrange(2, 4)):
        subj, ini = g.subject_id(rng), g.initials_only(rng, fake).replace(".", "").replace("-", "")
        dob, enr = g.birth(rng, fake, "num"), g.a_date(rng, fake, "num")
        w.v(MRN, subj).t(" " * max(1, 10 - len(subj))).v(PER, ini).t(" " * max(1, 6 - len(ini)))
        w.v(DT, dob).t("  ").v(DT, enr).t("  " + rng.choice(("ONGOING", "COMPLETED", "WITHDRAWN", "LTFU")) + "\n")
    return w.done()


def team_contacts(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    w.t("Контакты исследовательской команды центра\n")
    roles = ["Главный исследователь", "Соисследователь", "Координатор", "Фармацевт исследования"]
    for role in roles[: rng.randrange(2, 5)]:
        sep = rng.choice((" | ", "; ", "\t"))
        w.t(role + sep).v(PER, g.fio(rng, fake, "nomn", "F I O", "F io")).t(sep).v(PH, g.phone(rng, rng.random() < 0.6))
        w.t(sep).v(EM, g.email(rng, fake)).t("\n")
    return w.done()


def delegation_log(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    w.t("Журнал делегирования полномочий\nФИО / обязанности (коды) / дата начала / подпись PI\n")
    for _ in range(rng.randrange(2, 4)):
        w.v(PER, g.fio(rng, fake, "nomn", "F io", "F I O")).t(" / " + rng.choice(("1,2,5", "3,4", "1-9", "6,7")) + " / ")
        w.v(DT, g.a_date(rng, fake, rng.choice(("num", "eng")))).t(" / ___\n")
    return w.done()


def visit_schedule(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    w.t("Памятка участника исследования\nВаш номер: ").v(MRN, g.subject_id(rng))
    w.t("\nУважаем" + rng.choice(("ый(ая) ", "ая ", "ый ")) + "").v(PER, g.fio(rng, fake, "nomn", "I O"))
    w.t(", ваши визиты:\n")
    for v in ("V2", "V3", "V4")[: rng.randrange(2, 4)]:
        w.t(f"  {v} — ").v(DT, g.a_date(rng, fake, rng.choice(("num", "words")))).t(rng.choice((" натощак\n", "\n")))
    coord = g.fio(rng, fake, "nomn", "I O", "I F")
    if rng.random() < 0.5:
        w.t("Вопросы: ").v(PH, g.phone(rng)).t(" (координатор ").v(PER, coord).t(")")
    else:
        w.t("Координатор — ").v(PER, coord).t(", тел. ").v(PH, g.phone(rng)).t(", пн-пт 9-17")
    return w.done()


def pregnancy_report(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    w.t("Сообщение о беременности партнерши участника\nСубъект: ").v(MRN, g.subject_id(rng))
    w.t("\nПартнерша: ").v(PER, g.fio_g(rng, fake, True, "nomn", rng.choice(("F I O", "F io", "I O"))))
    w.t(", д.р. ").v(DT, g.birth(rng, fake, "num"))
    w.t("\nПервый день последней менструации: ").v(DT, g.a_date(rng, fake, rng.choice(("num", "eng"))))
    w.t("\nПредполагаемая дата родов: ").v(DT, g.a_date(rng, fake, rng.choice(("num", "words"))))
    w.t("\nСогласие партнерши на сбор данных получено, контакт: ").v(PH, g.phone(rng))
    return w.done()


def withdrawal(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    w.t("ЗАЯВЛЕНИЕ об отзыве согласия\nЯ, ").v(PER, g.fio(rng, fake, "nomn", "F I O"))
    w.t(", паспорт ").v(PAS, g.passport(rng)).t(", ")
    w.t(rng.choice(("проживающий(ая) по адресу: ", "адрес: "))).v(LOC, g.addr(rng, fake))
    w.t(", отзываю согласие на хранение образцов в биобанке и прошу уничтожить образцы № ")
    w.v(MRN, g.sample_id(rng)).t(" и ").v(MRN, g.sample_id(rng)).t(".\n")
    w.v(DT, g.a_date(rng, fake, rng.choice(("num", "words")))).t("   ____________ /подпись/")
    return w.done()


def ae_log(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    w.t("Журнал НЯ, субъект ").v(MRN, g.subject_id(rng)).t("\nНЯ | начало | окончание | степень | связь\n")
    for term in rng.sample(["головная боль", "тошнота", "ОРВИ", "сыпь", "повышение АД", "диарея"], rng.randrange(2, 4)):
        start, stop = g.date_pair(rng, fake, rng.choice(("num", "iso")))
        w.t(term + " | ").v(DT, start).t(" | ")
        if rng.random() < 0.3:
            w.t("продолжается")
        else:
            w.v(DT, stop)
        w.t(f" | {rng.randrange(1, 4)} | " + rng.choice(("нет", "возможна", "вероятна")) + "\n")
    return w.done()


def data_query(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    w.t(f"Query #{rng.randrange(100, 9999)} (открыт) — форма DM, субъект ").v(MRN, g.subject_id(rng))
    w.t(":\nДата рождения в ИРК ").v(DT, g.birth(rng, fake, "num")).t(" не совпадает с первичной документацией (")
    w.t(rng.choice(("и/б № ", "амб. карта № "))).v(MRN, g.history_no(rng)).t(": ").v(DT, g.birth(rng, fake, "num"))
    w.t("). Просьба исправить.\nОтвет сайта: исправлено, ").v(PER, g.fio(rng, fake, "nomn", "F io", "I F"))
    w.t(", ").v(DT, g.a_date(rng, fake, rng.choice(("eng", "num"))))
    return w.done()


def icf_versions(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    w.t("Учет версий ИС\n")
    subj = g.subject_id(rng)
    for ver in ("1.0", "2.0", "3.1")[: rng.randrange(2, 4)]:
        w.v(MRN, subj).t(f", версия {ver}, подписано ").v(DT, g.a_date(rng, fake, rng.choice(("num", "short", "eng"))))
        w.t(", получил(а) ").v(PER, g.fio(rng, fake, "nomn", "F io", "io F")).t("\n")
    return w.done()


BLOCKS_A: list[BlockFamily] = [
    BlockFamily("b56-screening-log", HELDOUT, screening_log),
    BlockFamily("b56-identification-list", HELDOUT, identification_list),
    BlockFamily("b56-enrolment-tsv", HELDOUT, enrolment_tsv),
    BlockFamily("b56-consent-signatures", HELDOUT, consent_signatures),
    BlockFamily("b56-crf-keyvalue", HELDOUT, crf_keyvalue),
    BlockFamily("b56-crf-json", HELDOUT, crf_json),
    BlockFamily("b56-crf-odm-xml", HELDOUT, crf_odm),
    BlockFamily("b56-enrolment-fixed", HELDOUT, enrolment_fixed),
    BlockFamily("b56-team-contacts", HELDOUT, team_contacts),
    BlockFamily("b56-delegation-log", HELDOUT, delegation_log),
    BlockFamily("b56-visit-schedule", HELDOUT, visit_schedule),
    BlockFamily("b56-pregnancy-report", HELDOUT, pregnancy_report),
    BlockFamily("b56-withdrawal", HELDOUT, withdrawal),
    BlockFamily("b56-ae-log", HELDOUT, ae_log),
    BlockFamily("b56-data-query", HELDOUT, data_query),
    BlockFamily("b56-icf-versions", HELDOUT, icf_versions),
]
