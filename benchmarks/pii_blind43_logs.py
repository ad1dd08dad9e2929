"""Blind split 43, several values per fragment: logs and machine output (call-centre and reminder logs,
MIS audit logs and error reports, LIS results and HL7 ORU, telemonitoring and wearable exports)."""

from __future__ import annotations

from benchmarks.pii_blind43_gen import (
    Doc,
    digits,
    enp,
    fio,
    fio_g,
    login,
    mrn,
    phone,
    snils,
    typo,
    url_personal,
    when,
    when_run,
)
from benchmarks.pii_families import HELDOUT, BlockFamily

P, D, L, T, E, U = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL"
SN, INN, PAS, OMS, MRN = "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER"


def callcentre_log(rng, fake):
    d = Doc()
    sep = rng.choice(("\t", " | ", ";"))
    d(sep.join(("Дата/время", "Оператор", "Абонент", "Телефон", "Результат")) + "\n")
    for _ in range(rng.randrange(2, 4)):
        d.v(D, when(rng, fake, rng.choice(("dd.mm.yyyy HH:MI", "dd.mm.yyyy HH:MI:SS", "yyyy-mm-dd HH:MI"))))(sep)
        d.v(P, fio(rng, fake, rng.choice(("F i o", "F io", "F I"))))(sep)
        d.v(P, fio(rng, fake, rng.choice(("F I O", "F I O", "F io")), caps=rng.random() < 0.2))(sep)
        d.v(T, phone(rng, rng.choice(("plain", "e164", "br8", "dash"))))(sep)
        d(rng.choice(("записан к терапевту", "отказ от записи", "недозвон", "перенос на другую дату", "жалоба")) + "\n")
    return d.done()


def sms_reminders(rng, fake):
    d = Doc()
    d(rng.choice(("id,phone,text,status\n", "msg_id;msisdn;body;state\n")))
    comma = "," if rng.random() < 0.5 else ";"
    for _ in range(rng.randrange(2, 4)):
        d(f"{digits(rng, 7)}{comma}").v(T, phone(rng, rng.choice(("bare7", "e164"))))(f'{comma}"')
        d.v(P, fio(rng, fake, rng.choice(("I O", "I"))))(", вы записаны к ")
        d(rng.choice(("врачу-терапевту", "стоматологу", "окулисту")) + " на ")
        d.v(D, when(rng, fake, rng.choice(("dd.mm HH:MI", "dd.mm.yyyy в HH:MI", "d MG в HH:MI")), future=True))
        if rng.random() < 0.4:
            d(rng.choice((". Отмена: ", ". Отменить: "))).v(U, url_personal(rng, fake, "short"))
        else:
            d(".")
        d(f'"{comma}{rng.choice(("DELIVERED", "UNDELIVERED", "EXPIRED", "SENT"))}\n')
    return d.done()


def audit_log(rng, fake):
    d = Doc()
    for _ in range(rng.randrange(2, 4)):
        d.v(D, when(rng, fake, rng.choice(("yyyy-mm-ddTHH:MI:SS", "yyyy-mm-dd HH:MI:SS", "dd.mm.yyyy HH:MI:SS"))))
        d(f" level=INFO user_id={digits(rng, 4)} user=\"").v(P, fio(rng, fake, rng.choice(("F io", "F I O", "F i o"))))
        d(f"\" action={rng.choice(('EMK_VIEW', 'DOC_PRINT', 'DOC_SIGN', 'EXPORT_REMD', 'PATIENT_EDIT'))} patient_id=")
        d.v(MRN, mrn(rng, rng.choice(("emias", "mis", "hl7"))))
        if rng.random() < 0.5:
            d(" patient=\"").v(P, fio(rng, fake, rng.choice(("F I O", "F io")), caps=rng.random() < 0.3))('"')
        d(f" ip=10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}\n")
    return d.done()


def error_report(rng, fake):
    d = Doc()
    d(rng.choice(("Ошибка при сохранении карты пациента\n", "Unhandled exception in PatientService.save\n")))
    d("psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"patient_snils_key\"\n")
    d("DETAIL:  Key (snils)=(").v(SN, snils(rng, "XXXXXXXXXXX"))(") already exists.\n")
    d("  payload: {'last_name': '").v(P, fio(rng, fake, "F"))("', 'first_name': '").v(P, fio(rng, fake, "I"))
    d("', 'birth_date': '").v(D, when(rng, fake, "yyyy-mm-dd", birth=True))("', 'phone': '").v(T, phone(rng, rng.choice(("e164", "plain", "bare7"))))
    d("', 'enp': '").v(OMS, enp(rng))("'}\n")
    d(f"  at ru.mis.patient.PatientDao.insert(PatientDao.java:{rng.randrange(80, 400)})\n")
    d("Обращение в техподдержку от ").v(P, fio(rng, fake, rng.choice(("F io", "F I O"))))(", e-mail ").v(E, login(fake, rng))
    d(", ").v(D, when(rng, fake, "dd.mm.yyyy HH:MI"))
    return d.done()


def lis_result(rng, fake):
    d = Doc()
    d(rng.choice(("РЕЗУЛЬТАТЫ ЛАБОРАТОРНЫХ ИССЛЕДОВАНИЙ\n", "Бланк результатов (ЛИС)\n")))
    d("Заявка: ").v(MRN, mrn(rng, "lis"))("   Штрихкод: ").v(MRN, mrn(rng, "barcode"))("\n")
    d("Пациент: ").v(P, fio(rng, fake, "F I O", caps=rng.random() < 0.4))
    d(rng.choice(("   Д.р.: ", "   Дата рождения: ", ", "))).v(D, when(rng, fake, rng.choice(("dd.mm.yyyy", "dd.mm.yy")), birth=True))
    d("\nИ/б: ").v(MRN, mrn(rng, rng.choice(("ib", "ib2"))))("   Отделение: кардиология\n")
    taken, registered = when_run(rng, fake, "dd.mm.yyyy HH:MI", 2, 1)
    d("Взятие: ").v(D, taken)("   Регистрация: ").v(D, registered)
    d(f"\nГемоглобин\t{rng.randrange(90, 170)} г/л\t(130-160)\nСРБ\t{rng.randrange(1, 90)} мг/л\t(0-5)\n")
    d("Исполнитель: ").v(P, fio(rng, fake, rng.choice(("F io", "F i o"))))("   Валидировал: ").v(P, fio(rng, fake, rng.choice(("F io", "io F"))))
    return d.done()


def hl7_oru(rng, fake):
    d = Doc()
    cr = rng.choice(("\r", "\n"))
    collected, sent = when_run(rng, fake, "yyyymmddHHMI", 2, 2)
    d("MSH|^~\\&|LIS|LAB01|MIS|GP3|").v(D, sent)(f"||ORU^R01|{digits(rng, 8)}|P|2.5.1{cr}")
    d("PID|||").v(MRN, mrn(rng, rng.choice(("hl7", "emias"))))("^^^MIS||")
    name, fem = fio_g(rng, fake, "F I O", caps=rng.random() < 0.5)
    d.v(P, name.replace(" ", "^"))("||").v(D, when(rng, fake, "yyyymmdd", birth=True))
    d(f"|{'F' if fem else 'M'}{cr}ORC|RE|").v(MRN, mrn(rng, "lis"))("|").v(MRN, mrn(rng, "barcode"))(cr)
    d("OBR|1|||CBC^Общий анализ крови|||").v(D, collected)(cr)
    d(f"OBX|1|NM|WBC^Лейкоциты||{rng.randrange(3, 15)}.{rng.randrange(10)}|10*9/L|4-9|N|||F|||||")
    d.v(P, "^".join(fio(rng, fake, "F I O", caps=True).split()))(cr)
    return d.done()


def bp_telemonitoring(rng, fake):
    d = Doc()
    d("Выгрузка телемониторинга АД\nПациент: ").v(P, fio(rng, fake, rng.choice(("F I O", "F io"))))
    d(" (ID ").v(MRN, mrn(rng, rng.choice(("mis", "emias"))))(")\nКуратор: ").v(P, fio(rng, fake, "F io"))("\n")
    sep = rng.choice((";", ",", "\t"))
    d(sep.join(("date", "time", "sys", "dia", "pulse")) + "\n")
    for day in when_run(rng, fake, rng.choice(("dd.mm.yyyy", "yyyy-mm-dd", "dd.mm.yy")), rng.randrange(2, 5), 2):
        d.v(D, day)(sep)
        d(f"{rng.randrange(6, 23):02d}:{rng.randrange(60):02d}{sep}{rng.randrange(105, 190)}{sep}{rng.randrange(60, 115)}{sep}{rng.randrange(50, 120)}\n")
    return d.done()


def wearable_json(rng, fake):
    d = Doc()
    d('{"export": "cgm", "user": {"email": "').v(E, login(fake, rng))('", "name": "').v(P, fio(rng, fake, rng.choice(("I F", "F I", "I"))))
    d('", "phone": "').v(T, phone(rng, rng.choice(("e164", "bare7"))))('"},\n "clinic_patient_id": "').v(MRN, mrn(rng, rng.choice(("card", "mis"))))
    d('",\n "readings": [')
    for i, stamp in enumerate(when_run(rng, fake, "yyyy-mm-ddTHH:MI:SS+03:00", rng.randrange(2, 4), 1)):
        d(", " if i else "")('{"t": "').v(D, stamp)(f'", "mmol": {rng.randrange(3, 18)}.{rng.randrange(10)}}}')
    d("]}")
    return d.done()


def copied_schedule(rng, fake):
    d = Doc()
    pipe = rng.random() < 0.5
    sep = " | " if pipe else "\t"
    d(sep.join(("Время", "Пациент", "Д.р.", "Полис", "Телефон")) + "\n")
    for _ in range(rng.randrange(2, 5)):
        d(f"{rng.randrange(8, 20):02d}:{rng.choice(('00', '15', '30', '45'))}{sep}")
        name = fio(rng, fake, rng.choice(("F I O", "F io", "F I")), caps=rng.random() < 0.2)
        d.v(P, name.ljust(30) if pipe else name)
        d(sep).v(D, when(rng, fake, rng.choice(("dd.mm.yyyy", "dd.mm.yy")), birth=True))(sep)
        d.v(OMS, enp(rng))(sep).v(T, phone(rng, rng.choice(("plain", "br8", "dash", "nobr"))))("\n")
    return d.done()


def crm_notes(rng, fake):
    """Operators' free-text comments in the call-centre CRM: lower case, slips, short forms."""
    d = Doc()
    for _ in range(rng.randrange(2, 4)):
        d.v(D, when(rng, fake, rng.choice(("dd.mm HH:MI", "dd.mm.yy HH:MI", "dd.mm"))))(" ")
        d.v(P, fio(rng, fake, rng.choice(("F io", "F i o", "F")), caps=False).lower() if rng.random() < 0.5 else fio(rng, fake, "F io"))
        d(rng.choice((": ", " - ", " ")))
        name = fio(rng, fake, rng.choice(("F I O", "F I", "F io")))
        name = typo(rng, name) if rng.random() < 0.5 else name
        d(rng.choice(("звонила ", "пац-ка ", "пациент ", "звонил сын пац. ")))
        d.v(P, name.lower() if rng.random() < 0.4 else name)
        d(rng.choice((", просит перезв. на ", " тел ", ", нов. номер ")))
        d.v(T, rng.choice((phone(rng, "plain"), phone(rng, "sp"), phone(rng, "dash"), phone(rng, "plain")[1:])))
        d(rng.choice((" перенос на ", ", запись на ", " хочет на ")))
        d.v(D, when(rng, fake, rng.choice(("d.mm", "dd.mm", "d MG", "dd.mm.yy")), future=True))
        d(rng.choice((" к лор", " к кардиологу", ", подтв.", " (не дозвон)")) + "\n")
    return d.done()


LOG_BLOCKS: list[BlockFamily] = [
    BlockFamily("b43-block-callcentre-log", HELDOUT, callcentre_log),
    BlockFamily("b43-block-sms-reminders", HELDOUT, sms_reminders),
    BlockFamily("b43-block-mis-audit-log", HELDOUT, audit_log),
    BlockFamily("b43-block-mis-error-report", HELDOUT, error_report),
    BlockFamily("b43-block-lis-result", HELDOUT, lis_result),
    BlockFamily("b43-block-hl7-oru", HELDOUT, hl7_oru),
    BlockFamily("b43-block-bp-telemonitoring", HELDOUT, bp_telemonitoring),
    BlockFamily("b43-block-wearable-json", HELDOUT, wearable_json),
    BlockFamily("b43-block-copied-schedule", HELDOUT, copied_schedule),
    BlockFamily("b43-block-crm-notes", HELDOUT, crm_notes),
]
