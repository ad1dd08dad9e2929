"""PII that generalises (issue #10, round 8): messages of information systems and event times.

Each case is made up here (not taken from the benchmark): HL7 v2 segments read by the standard's
field positions (:mod:`medsyn_dataset.validation.pii.hl7`), DICOM attributes by name or tag
(:mod:`medsyn_dataset.validation.pii.dicom`), the ТФОМС register's short XML keys, ISO moments in
JSON, compact dates after foreign date labels, and the times of an event of care standing alone in
a form's field (:mod:`medsyn_dataset.validation.pii.event_times`), each with look-alikes that stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.checksums import snils_check_digits
from medsyn_dataset.validation.pii.export_keys import key_type, key_words
from medsyn_dataset.validation.pii.hl7 import hl7_fields

_S = "204118739" + snils_check_digits("204118739")

CASES = {
    # HL7 v2: fields by position; the second PID-3 repetition's authority names СНИЛС
    "hl7-oru": (
        "MSH|^~\\&|LIS|KDL|MIS|POL3|[[D|20230914081502+0300]]||ORU^R01|MSG0042|P|2.5.1\r"
        "PID|1||[[M|A-77102]]^^^POL3^MR~[[S|" + _S + "]]^^^SNILS^SS||[[P|Kovaleva^Irina^Sergeevna]]^^^L||[[D|19870302]]|F|||"
        "[[L|ul. Lenina 8-14^^Tver^^170001^RUS]]||[[T|+7 910 553-12-08]]\r"
        "PV1|1|O|KDL^^^||||0457^[[P|Sokolov^Pavel^Andreevich]]^^^^DR\r"
        "OBR|1|[[M|ORD-558120]]|[[M|LAB22-9031]]|GLU^Glucose^L|||[[D|202309140745]]\r"
        "OBX|1|NM|GLU^Glucose^L||5.8|mmol/L|3.9-6.1|N|||F|||[[D|20230914093010]]\r"
    ),
    "hl7-nk1-newlines": (
        "Сообщение из МИС:\nPID|1||[[M|5512034]]^^^GP12^MR||[[P|ДЕМИДОВ^ОЛЕГ]]||[[D|195511]]|M\n"
        "NK1|1|[[P|Demidova^Vera]]|SPO^Spouse|[[L|pr. Mira 41-7^^Kirov^^610000]]|^PRN^PH^^[[T|7^8332^451276]]\n"
    ),
    "hl7-insurance": "IN1|1|OMS|SOGAZ|||||||||||||[[P|Kovaleva^Irina]]|SEL|[[D|19870302]]||||||||||||||||||[[O|5598330871002214]]\n",
    "hl7-in-a-json-string": '{"msg": "MSH|^~\\\\&|LIS|LAB|MIS|GKB|[[D|20230101100000]]||ORU^R01|1|P|2.5\\rPID|1||[[M|7712]]^^^GKB^MR||'
                            '[[P|TRAN^VAN^LOC]]||[[D|19800101]]|M"}',
    "hl7-one-line": "Лог интеграции: PID|1||[[M|77201]]^^^MIS^MR||[[P|ORLOV^DENIS]]||[[D|19910817]]|M PV1|1|I",
    # DICOM: attribute names in any spelling, tags of a dump, values in their representation
    "dicom-names": (
        "Заключение КТ\nPatient's Name: [[P|GROMOVA^ALLA^IGOREVNA]]\nPatientID: [[M|RX-440918]]\n"
        "Patient Birth Date: [[D|19620725]]\nStudy Date [[D|20240211]]  Study Time: [[D|143502]]\n"
        "Accession Number: [[M|CT24021100871]]\nSeries Instance UID: [[M|1.2.840.113619.2.55.3.604688.11.1708]]\n"
        "Referring Physician's Name: [[P|Lebedev^Yurii]]\n"
    ),
    "dicom-dump": (
        "(0010,0010) PN [[[P|TIKHONOV^ROMAN]]]          #  14, 1 PatientName\n"
        "(0010,0030) DA [[[D|19780404]]]                 #   8, 1 PatientBirthDate\n"
        "(0008, 0050) Accession Number                    SH: '[[M|MR0094412]]'\n"
    ),
    "dicom-json-model": '{"00100010": {"vr": "PN", "Value": [{"Alphabetic": "[[P|ZUEV^KIRILL]]"}]}, "00100020": {"vr": "LO", '
                        '"Value": ["[[M|30918822]]"]}, "00080020": {"vr": "DA", "Value": ["[[D|20210630]]"]}, "00280010": {"vr": "US", "Value": [512]}}',
    "dicom-xml-model": '<DicomAttribute tag="00100030" vr="DA" keyword="PatientBirthDate"><Value number="1">[[D|19700211]]</Value>'
                       '</DicomAttribute><DicomAttribute tag="00280010" vr="US" keyword="Rows"><Value number="1">512</Value></DicomAttribute>',
    "uid-after-a-russian-cue": "UID исследования: [[M|1.2.840.113619.2.55.3.604688.1714.2201]]; Accession #: [[M|RX-11293]]",
    "dicom-dotted-leaders": "Patient Name........: [[P|SAVIN^ILYA]]   Patient ID......: [[M|4410]]",
    "caret-name-in-prose": "Снимки подписаны как [[P|BELOVA^NATALIA]], архив ПАКС.",
    # the ТФОМС register of persons: short keys, upper-case values, passport series and number apart
    "tfoms-register": (
        "<PERS><ID_PAC>[[M|PAC-00731]]</ID_PAC><FAM>[[P|ЛУКИНА]]</FAM><IM>[[P|ЗОЯ]]</IM><OT>[[P|ПЕТРОВНА]]</OT><W>2</W>"
        "<DR>[[D|1949-11-30]]</DR><DOCTYPE>14</DOCTYPE><DOCSER>[[Pa|56 09]]</DOCSER><DOCNUM>[[Pa|774120]]</DOCNUM>"
        "<SNILS>[[S|" + _S + "]]</SNILS></PERS>"
    ),
    "tfoms-policy-and-history": "<ZAP><PACIENT><VPOLIS>3</VPOLIS><NPOLIS>[[O|7749100834215520]]</NPOLIS></PACIENT>"
                                "<SLUCH><NHISTORY>[[M|4471/23]]</NHISTORY></SLUCH></ZAP>",
    # a CSV export's name and address columns, under a header pasted after a sentence with numbers
    "csv-name-columns": "АД 150/90, к вечеру pac_id;fam_im_ot;adr;tel\n[[M|30-4471]];[[P|Ким Ен Сук]];[[L|Артём, Фрунзе 4-12]];"
                        "[[T|89241170032]]\n",
    # a "name" member of an object that describes a person is that person's name, known to a dictionary or not
    "json-person-object": '{"patient": {"name": "[[P|Тран Ван Лок]]", "ward": {"name": "Кардиология"}}}',
    "xml-person-element": "<guardian><name>[[P|Ли Мин Хо]]</name></guardian><drug><name>Нурофен Форте</name></drug>",
    # FHIR: the system beside a value names its register (SNILS by its OID, any other identifier a record number)
    "fhir-json-identifiers": '{"identifier": [{"system": "urn:oid:1.2.643.100.3", "value": "[[S|' + _S + ']]"}, {"system": '
                             '"urn:oid:1.2.643.5.1.13.13.12.2.66.101", "value": "[[M|EMK-30112]]"}], '
                             '"valueQuantity": {"value": 142, "system": "[[U|http://unitsofmeasure.org]]", "code": "g/L"}}',
    "fhir-xml-identifier": '<identifier><system value="urn:oid:1.2.643.5.1.13.13.12.2.66.101"/><value value="[[M|EMK-30112]]"/></identifier>',
    # a Unix time under a date key
    "log-epoch": '{"event": "discharge", "ts": [[D|1699951200]], "retries": 3}',
    # Russian field names of 1C/МИС exports, FHIR's value attributes, YAML dumps: the key names the value
    "cyrillic-attributes": '<Пациент Фамилия="[[P|Тхай]]" Имя="[[P|Зыонг]]" ДатаРождения="[[D|1991-05-06]]"/>',
    "cyrillic-key-value": "Фамилия=[[P|Тхай]]; Имя=[[P|Зыонг]]; АД=120/80",
    "fhir-xml-value-attributes": '<name><family value="[[P|Тхай]]"/><given value="[[P|Зыонг]]"/></name>',
    "yaml-dump": "patient:\n  last_name: [[P|Тхай]]\n  firstName: [[P|Зыонг]]\n  note: контроль через 2 недели\n",
    # a JSON moment is a date, whatever the key's other words name
    "json-iso-moment": '{"encounterId": "[[M|V-20931]]", "encounterDate": "[[D|2025-03-02T09:14:55]]", "orderTime": "[[D|2025-03-02T09:20]]"}',
    # compact dates after foreign date labels; the label's date word decides, a unit word after it does not
    "foreign-compact-dates": "Date of discharge: [[D|20190412]]; Untersuchungsdatum: [[D|20200115]] мм",
    # times of the events of a call card and of an admission
    "call-card-times": "Вызов принят: [[D|23:41]]  Выезд: [[D|23:44]]  Прибытие на место: [[D|23:58]]\n"
                       "Время поступления в стационар - [[D|01:12]]",
    "call-card-variants": "Принят вызов: [[D|07:57]], передан бригаде: [[D|07:58]]\nCall received: [[D|14:02]]  On scene: [[D|14:15]]",
    "time-beside-a-date": "Дата поступления [[D|04.11.2022]]  Время: [[D|17:45]]\nДата и время выписки: [[D|09.11.2022 / 11:00]]",
    "compact-iso-basic": "Выгрузка: выписан [[D|20221109T110000]]; осмотр [[D|09.11.2022 в 10ч15м]]",
    "terse-call-card": "Вызов: принят [[D|05:10]], передан [[D|05:11]], выезд [[D|05:12]], прибытие [[D|05:26]]. Время констатации "
                       "смерти [[D|05:40]].",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_message_and_register_layouts_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


@pytest.mark.parametrize("text", [
    # HL7-like pipes and carets that are no message: tables, lab units, coded values outside a segment
    "| Показатель | Результат |\n| Лейкоциты | 7,2 x10^9/л |",
    "ПИД|1|2|3 — не сегмент; пульс 72|мин",
    "Витамин D 25(OH) 32 нг/мл; ИМТ 31 кг/м^2",
    # times in sentences and drug schedules
    "Принимает в 9:00 и в 21:00 по 1 таб.",
    "Время приёма препарата: 08:00, 20:00.",
    "Время: 10:00 — зарядка, 13:00 — обед.",
    "Препарат принят в 9:00, повторно в 21:00. Пациент поступил в отделение в 14:20.",
    "Пульс 72 в мин. Сон с 23:00 до 07:00.",
    # an export's numbers that are no identifiers
    '{"status": "done", "retries": 3}',
    "<VPOLIS>3</VPOLIS><W>1</W><OT>НЕТ</OT>",
    "АД=130/85, ЧСС=72, Диагноз: Гипертоническая болезнь II стадии\nStatus: Стабильное",
    "dose_mg: 50\nroute: перорально",
    "Вызов на дом по поводу температуры 38,5. Принят препарат в 10:30.",
])
def test_clean_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert scanner.scan(text) == []


def test_hl7_reads_msh_declared_separators_and_skips_coded_values() -> None:
    text = "MSH|^~\\&|A|B|C|D|202101021030||ADT^A04|1|P|2.4\nOBX|1|CE|8867-4^Heart rate^LN||72|/min"
    found = [(kind, text[a:b]) for kind, a, b in hl7_fields(text)]
    assert found == [("DATE_TIME", "202101021030")]


@pytest.mark.parametrize(("key", "words", "kind"), [
    ("NPOLIS", ("number", "polis"), "RU_OMS_POLICY"),
    ("DOCSER", ("dul", "series"), "RU_PASSPORT"),
    ("ID_PAC", ("id", "pac"), "MEDICAL_RECORD_NUMBER"),
    ("encounterDate", ("encounter", "date"), None),
    ("DOCDATE", ("dul", "date"), None),
])
def test_register_keys_read_as_their_words(key: str, words: tuple[str, ...], kind: str | None) -> None:
    assert key_words(key) == words
    assert key_type(key) == kind


@pytest.mark.parametrize("source", [
    "Со слов: поступала [[D|четвёртого августа две тысячи девятнадцатого года]] в ЦРБ.",
    "дата рождения [[D|тридцатого декабря тысяча девятьсот шестьдесят первого года]] рождения",
])
def test_dictated_date_keeps_its_year_in_words(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    found = scanner.scan(text)
    check_planted(found, text, spans)
    assert [(e.start, e.end) for e in found] == [(start, end) for _, start, end in spans]  # the year goes with the date
