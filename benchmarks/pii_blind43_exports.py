"""Blind split 43, several values per fragment: structured exports (FHIR JSON, СЭМД/CDA XML, HL7 v2,
OMS billing registers in XML and CSV, ЕПГУ/ЕМИАС printouts, ЭЛН and referral exports)."""

from __future__ import annotations

from benchmarks.pii_blind43_gen import (
    Doc,
    addr,
    digits,
    enp,
    fio,
    fio_parts,
    inn12,
    login,
    mrn,
    passport,
    phone,
    snils,
    town,
    url_personal,
    when,
    when_run,
)
from benchmarks.pii_families import HELDOUT, BlockFamily

P, D, L, T, E, U = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL"
SN, INN, PAS, OMS, MRN = "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER"


def fhir_patient(rng, fake):
    d = Doc()
    nl, ind = rng.choice((("\n", "  "), ("", ""), ("\n", "    ")))
    sp = " " if nl else ""
    last, first, middle, fem = fio_parts(rng, fake, caps=rng.random() < 0.2)
    d(f'{{{nl}{ind}"resourceType":{sp}"Patient",{nl}{ind}"id":{sp}"').v(MRN, mrn(rng, rng.choice(("guid", "emias", "mis"))))
    d(f'",{nl}{ind}"identifier":{sp}[{nl}{ind}{ind}{{"system":{sp}"urn:oid:1.2.643.100.3",{sp}"value":{sp}"')
    d.v(SN, snils(rng, rng.choice(("XXXXXXXXXXX", "XXX-XXX-XXX XX"))))
    d(f'"}},{nl}{ind}{ind}{{"system":{sp}"urn:oid:1.2.643.5.1.13.2.7.100.5",{sp}"value":{sp}"').v(OMS, enp(rng))
    d(f'"}}{nl}{ind}],{nl}{ind}"name":{sp}[{{"family":{sp}"').v(P, last)
    d(f'",{sp}"given":{sp}["').v(P, first)
    d(f'",{sp}"').v(P, middle)
    d(f'"]}}],{nl}{ind}"gender":{sp}"{"female" if fem else "male"}",{nl}{ind}"birthDate":{sp}"')
    d.v(D, when(rng, fake, "yyyy-mm-dd", birth=True))
    d(f'",{nl}{ind}"telecom":{sp}[{{"system":{sp}"phone",{sp}"value":{sp}"').v(T, phone(rng, rng.choice(("e164", "br", "plain"))))
    if rng.random() < 0.6:
        d(f'"}},{sp}{{"system":{sp}"email",{sp}"value":{sp}"').v(E, login(fake, rng))
    d(f'"}}],{nl}{ind}"address":{sp}[{{"text":{sp}"').v(L, addr(rng, fake, rng.choice(("fias", "dots"))))
    d(f'"}}]{nl}}}')
    return d.done()


def fhir_observation(rng, fake):
    d = Doc()
    d('{"resourceType": "Observation", "status": "final",\n "code": {"text": "Артериальное давление"},\n')
    d(' "subject": {"reference": "Patient/').v(MRN, mrn(rng, rng.choice(("emias", "hl7", "mis"))))
    d('", "display": "').v(P, fio(rng, fake, rng.choice(("F I O", "F io", "F I"))))
    d('"},\n "effectiveDateTime": "').v(D, when(rng, fake, rng.choice(("yyyy-mm-ddTHH:MI:SS+03:00", "yyyy-mm-ddTHH:MI:SSZ"))))
    d('",\n "device": {"display": "Тонометр A&D UA-911BT"},\n "component": [{"valueQuantity": {"value": ')
    d(f'{rng.randrange(110, 190)}, "unit": "mmHg"}}}}, {{"valueQuantity": {{"value": {rng.randrange(60, 110)}, "unit": "mmHg"}}}}],\n')
    d(' "performer": [{"display": "').v(P, fio(rng, fake, rng.choice(("F io", "F I O", "io F"))))
    d('"}]}')
    return d.done()


def cda_header(rng, fake):
    d = Doc()
    d('<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:identity="urn:hl7-ru:identity">\n')
    d(f'  <title>{rng.choice(("Выписной эпикриз", "Протокол консультации", "Направление на госпитализацию"))}</title>\n')
    d('  <effectiveTime value="').v(D, when(rng, fake, rng.choice(("yyyymmddHHMI+0300", "yyyymmddHHMISS+0300", "yyyymmdd"))))
    d('"/>\n  <recordTarget>\n    <patientRole>\n      <id root="1.2.643.5.1.13.13.12.2.77.7711.100.1.1.10" extension="')
    d.v(MRN, mrn(rng, rng.choice(("card", "emias", "hl7"))))
    d('"/>\n      <id root="1.2.643.100.3" extension="').v(SN, snils(rng, rng.choice(("XXXXXXXXXXX", "XXX-XXX-XXX XX"))))
    d('"/>\n      <identity:IdentityDoc>\n        <identity:IdentityCardType code="1" displayName="Паспорт гражданина Российской Федерации"/>\n')
    ser = passport(rng, "XX XX XXXXXX")
    d('        <identity:Series>').v(PAS, ser[:5])
    d('</identity:Series>\n        <identity:Number>').v(PAS, ser[6:])
    d('</identity:Number>\n      </identity:IdentityDoc>\n      <addr use="H">\n        <address:stateCode code="77"/>\n')
    d('        <streetAddressLine>').v(L, addr(rng, fake, rng.choice(("fias", "dots", "village"))))
    d('</streetAddressLine>\n      </addr>\n      <telecom value="tel:').v(T, phone(rng, rng.choice(("e164", "plain"))))
    d('"/>\n      <patient>\n        <name>\n          <family>')
    last, first, middle, fem = fio_parts(rng, fake)
    d.v(P, last)('</family>\n          <given>').v(P, first)
    d('</given>\n          <identity:Patronymic>').v(P, middle)
    d(f'</identity:Patronymic>\n        </name>\n        <administrativeGenderCode code="{2 if fem else 1}" codeSystem="1.2.643.5.1.13.13.11.1040"/>\n')
    d('        <birthTime value="').v(D, when(rng, fake, "yyyymmdd", birth=True))
    d('"/>\n      </patient>\n    </patientRole>\n  </recordTarget>\n  <author>\n    <assignedAuthor>\n      <assignedPerson>\n')
    a_last, a_first, a_middle, _ = fio_parts(rng, fake)
    d('        <name><family>').v(P, a_last)('</family><given>').v(P, a_first)
    d('</given><identity:Patronymic>').v(P, a_middle)('</identity:Patronymic></name>\n')
    d('      </assignedPerson>\n    </assignedAuthor>\n  </author>\n</ClinicalDocument>')
    return d.done()


def hl7_adt(rng, fake):
    d = Doc()
    cr = rng.choice(("\r\n", "\n"))
    stamp = when(rng, fake, "yyyymmddHHMISS")
    d("MSH|^~\\&|MIS|GKB15|EMK|DZM|").v(D, stamp)(f"||ADT^A01|MSG{digits(rng, 6)}|P|2.5{cr}")
    d("EVN|A01|").v(D, stamp)(cr)
    d("PID|1||").v(MRN, mrn(rng, rng.choice(("hl7", "card", "emias"))))("^^^MIS^MR~").v(SN, snils(rng, "XXXXXXXXXXX"))
    last, first, middle, fem = fio_parts(rng, fake, caps=rng.random() < 0.7)
    d("^^^PFR^SNILS||").v(P, f"{last}^{first}^{middle}")("||").v(D, when(rng, fake, "yyyymmdd", birth=True))
    d(f"|{'F' if fem else 'M'}|||")
    t, s = town(fake), fake.street_title()
    d.v(L, f"ул. {s}, д. {rng.randrange(1, 90)}, кв. {rng.randrange(1, 250)}^^{t}^^{rng.randrange(101000, 692999)}")
    d("||").v(T, phone(rng, rng.choice(("e164", "plain", "bare7"))))("|||||").v(OMS, enp(rng))(cr)
    d(f"PV1|1|I|ТЕР^{rng.randrange(100, 500)}^{rng.randrange(1, 6)}||||{digits(rng, 4)}^")
    a_last, a_first, a_middle, _ = fio_parts(rng, fake, caps=True)
    d.v(P, f"{a_last}^{a_first}^{a_middle}")("|||||||||||").v(MRN, mrn(rng, "ib2"))(cr)
    return d.done()


def oms_register_xml(rng, fake):
    d = Doc()
    d("<ZAP>\n  <N_ZAP>")
    d(f"{rng.randrange(1, 900)}</N_ZAP>\n  <PACIENT>\n    <ID_PAC>").v(MRN, mrn(rng, rng.choice(("guid", "hl7"))))
    d("</ID_PAC>\n    <VPOLIS>3</VPOLIS>\n    <NPOLIS>").v(OMS, enp(rng))("</NPOLIS>\n  </PACIENT>\n  <Z_SL>\n")
    start, end = when_run(rng, fake, "yyyy-mm-dd", 2, 21)
    d("    <DATE_Z_1>").v(D, start)("</DATE_Z_1>\n    <DATE_Z_2>").v(D, end)
    d("</DATE_Z_2>\n    <SL>\n      <NHISTORY>").v(MRN, mrn(rng, rng.choice(("ib", "ib2", "card"))))
    d(f"</NHISTORY>\n      <DS1>I11.9</DS1>\n      <SUM_M>{rng.randrange(900, 90000)}.00</SUM_M>\n    </SL>\n  </Z_SL>\n</ZAP>\n")
    d("<PERS>\n  <ID_PAC>").v(MRN, mrn(rng, "emias"))("</ID_PAC>\n  <FAM>")
    last, first, middle, fem = fio_parts(rng, fake, caps=rng.random() < 0.5)
    d.v(P, last)("</FAM>\n  <IM>").v(P, first)("</IM>\n  <OT>").v(P, middle)
    d(f"</OT>\n  <W>{2 if fem else 1}</W>\n  <DR>").v(D, when(rng, fake, "yyyy-mm-dd", birth=True))
    d("</DR>\n  <MR>").v(L, rng.choice((f"г. {town(fake)}", f"{town(fake).upper()}", f"с. {town(fake)} {fake.administrative_unit()}")))
    ser = passport(rng, "XX XX XXXXXX")
    d("</MR>\n  <DOCTYPE>14</DOCTYPE>\n  <DOCSER>").v(PAS, ser[:5])("</DOCSER>\n  <DOCNUM>").v(PAS, ser[6:])
    d("</DOCNUM>\n  <SNILS>").v(SN, snils(rng, "XXX-XXX-XXX XX"))("</SNILS>\n</PERS>")
    return d.done()


def oms_register_csv(rng, fake):
    d = Doc()
    sep = rng.choice((";", "\t", "|"))
    d(sep.join(("N", "FAM", "IM", "OT", "DR", "ENP", "SNILS", "DS", "DATE_1", "DATE_2", "SUMV")) + "\n")
    for n in range(1, rng.randrange(2, 4)):
        last, first, middle, _ = fio_parts(rng, fake, caps=rng.random() < 0.6)
        d(f"{n}{sep}").v(P, last)(sep).v(P, first)(sep).v(P, middle)(sep)
        d.v(D, when(rng, fake, rng.choice(("dd.mm.yyyy", "yyyy-mm-dd")), birth=True))(sep).v(OMS, enp(rng))(sep)
        d.v(SN, snils(rng, rng.choice(("XXXXXXXXXXX", "XXX-XXX-XXX XX"))))(f"{sep}{rng.choice(('J06.9', 'I10', 'E11.9', 'M54.5'))}{sep}")
        start, end = when_run(rng, fake, "dd.mm.yyyy", 2, 14)
        d.v(D, start)(sep).v(D, end)(f"{sep}{rng.randrange(500, 30000)},00\n")
    return d.done()


def emias_ticket(rng, fake):
    d = Doc()
    d(rng.choice(("ТАЛОН НА ПРИЁМ К ВРАЧУ\n", "Талон № " + digits(rng, 3) + "\n", "ЕМИАС. Запись к врачу\n")))
    d("Пациент: ").v(P, fio(rng, fake, rng.choice(("F I O", "F io")), caps=rng.random() < 0.3))("\n")
    d(rng.choice(("Полис ОМС: ", "ОМС № ", "Полис: "))).v(OMS, enp(rng, rng.choice(("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX"))))("\n")
    d(f"Специальность: {rng.choice(('Терапевт', 'Офтальмолог', 'Хирург', 'Невролог'))}\nВрач: ")
    d.v(P, fio(rng, fake, rng.choice(("F I O", "F io"))))(f"\nКабинет: {rng.randrange(100, 450)}\nДата и время: ")
    d.v(D, when(rng, fake, rng.choice(("dd.mm.yyyy HH:MI", "WD, dd.mm.yyyy HH:MI", "d MG yyyy, HH:MI")), future=True))
    d("\nОтменить запись: ").v(U, url_personal(rng, fake, "short"))("\n")
    return d.done()


def esia_profile(rng, fake):
    d = Doc()
    rows = [
        ("ФИО", P, lambda: fio(rng, fake, "F I O")), ("Дата рождения", D, lambda: when(rng, fake, "dd.mm.yyyy", birth=True)),
        ("СНИЛС", SN, lambda: snils(rng)), ("ИНН", INN, lambda: inn12(rng)),
        ("Паспорт гражданина РФ", PAS, lambda: passport(rng, rng.choice(("XXXX XXXXXX", "XX XX XXXXXX")))),
        ("Полис ОМС", OMS, lambda: enp(rng)), ("Электронная почта", E, lambda: login(fake, rng)),
        ("Мобильный телефон", T, lambda: phone(rng, rng.choice(("br", "sp", "e164")))),
        ("Адрес регистрации", L, lambda: addr(rng, fake, rng.choice(("fias", "dots")))),
    ]
    keep = [rows[0], rows[1], *rng.sample(rows[2:], rng.randrange(4, 8))]
    sep = rng.choice((": ", "\t", "\n"))
    d(rng.choice(("Личный кабинет — Мои данные\n", "Персональные данные\n", "")))
    for label, kind, make in keep:
        d(label + sep).v(kind, make())("\n")
    return d.done()


def eln_export(rng, fake):
    d = Doc()
    sep = rng.choice((" = ", ": ", "="))
    d("[ЭЛН]\n")
    d(f"LN_CODE{sep}").v(MRN, mrn(rng, "eln"))("\n")
    if rng.random() < 0.5:
        d(f"PREV_LN_CODE{sep}").v(MRN, mrn(rng, "eln"))("\n")
    d(f"SNILS{sep}").v(SN, snils(rng, rng.choice(("XXXXXXXXXXX", "XXX-XXX-XXX XX"))))("\n")
    last, first, middle, _ = fio_parts(rng, fake, caps=rng.random() < 0.5)
    d(f"SURNAME{sep}").v(P, last)(f"\nNAME{sep}").v(P, first)(f"\nPATRONYMIC{sep}").v(P, middle)
    d(f"\nBIRTHDAY{sep}").v(D, when(rng, fake, "yyyy-mm-dd", birth=True))
    d(f"\nLPU_EMPLOYER{sep}{rng.choice(('ООО «Вектор»', 'АО «Энергосбыт»', 'МБОУ СОШ № 12'))}\n")
    start, end = when_run(rng, fake, "yyyy-mm-dd", 2, 15)
    d(f"TREAT1_DT1{sep}").v(D, start)(f"\nTREAT1_DT2{sep}").v(D, end)
    d(f"\nTREAT1_DOCTOR{sep}").v(P, fio(rng, fake, rng.choice(("F I O", "F io")), caps=True))("\n")
    return d.done()


def referral_057(rng, fake):
    d = Doc()
    d("НАПРАВЛЕНИЕ № ").v(MRN, mrn(rng, "ref"))(rng.choice((" (форма 057/у-04)\n", "\n")))
    d("на госпитализацию / обследование / консультацию\n1. Номер страхового полиса ОМС: ").v(OMS, enp(rng))
    d("\n2. Код льготы: —\n3. Фамилия, имя, отчество: ").v(P, fio(rng, fake, "F I O", caps=rng.random() < 0.4))
    d("\n4. Дата рождения: ").v(D, when(rng, fake, rng.choice(("dd.mm.yyyy", "d MG yyyy г.")), birth=True))
    d("\n5. Адрес постоянного места жительства: ").v(L, addr(rng, fake))
    d("\n6. Место работы, должность: не работает\n7. Телефон: ").v(T, phone(rng))
    d("\nВрач ").v(P, fio(rng, fake, rng.choice(("F io", "F i o"))))("   Дата выдачи ").v(D, when(rng, fake, "dd.mm.yyyy"))
    return d.done()


EXPORT_BLOCKS: list[BlockFamily] = [
    BlockFamily("b43-block-fhir-patient", HELDOUT, fhir_patient),
    BlockFamily("b43-block-fhir-observation", HELDOUT, fhir_observation),
    BlockFamily("b43-block-semd-cda-header", HELDOUT, cda_header),
    BlockFamily("b43-block-hl7-adt", HELDOUT, hl7_adt),
    BlockFamily("b43-block-oms-register-xml", HELDOUT, oms_register_xml),
    BlockFamily("b43-block-oms-register-csv", HELDOUT, oms_register_csv),
    BlockFamily("b43-block-emias-ticket", HELDOUT, emias_ticket),
    BlockFamily("b43-block-esia-profile", HELDOUT, esia_profile),
    BlockFamily("b43-block-eln-export", HELDOUT, eln_export),
    BlockFamily("b43-block-referral-057", HELDOUT, referral_057),
]
