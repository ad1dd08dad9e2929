"""PII that generalises (issue #10, round 20): identifiers, by the mechanism that read them.

Marks as in :mod:`support.pii_marks`; the examples are our own.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.export_keys import key_type

_IDENTIFIER_TYPES = ("MEDICAL_RECORD_NUMBER", "RU_PASSPORT", "RU_OMS_POLICY", "RU_SNILS", "RU_INN", "PHONE_NUMBER")


def _identifiers(scanner: PiiScanner, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text) if e.type in _IDENTIFIER_TYPES]


# An organisation's registration and classifier codes (:mod:`.organisation_codes`) identify no person: a letterhead's
# "Код ОКПО" was a record number (0.86) by the grammar's "код <word> <value>"
ORGANISATION_CODES = [
    "Код ОКПО 12345678",
    "Код по ОКПО: 01234567, код ОКТМО 45382000",
    "ГБУЗ «ГКБ № 4», ОГРН 1027700132195, КПП 770101001, БИК 044525225",
    "код ОКАТО 45286575000, код ОКВЭД 86.10",
    "ОКПО № 01234567",
]


@pytest.mark.parametrize("text", ORGANISATION_CODES)
def test_organisation_codes_are_no_record_numbers(scanner: PiiScanner, text: str) -> None:
    assert _identifiers(scanner, text) == []


def test_a_code_of_the_patient_stays_a_record_number(scanner: PiiScanner) -> None:
    text, spans = planted("Код пациента [[M|00012345]], осмотрен.")
    check_planted(scanner.scan_fast(text), text, spans)


# The convention for a member of staff's papers: a doctor's certificate of training ("Удостоверение № 12345 о
# повышении квалификации"), like a doctor's licence or personnel number, identifies the doctor, a person (PERSON covers
# doctors), so its number is a record number (MEDICAL_RECORD_NUMBER), as the patient's own papers are (README, PII)
def test_a_doctors_certificate_number_is_a_record_number(scanner: PiiScanner) -> None:
    text, spans = planted("Врач прошла обучение, удостоверение № [[M|12345]] о повышении квалификации.")
    check_planted(scanner.scan_fast(text), text, spans)


# A series names the number of its own paper only: where a passport's word stands between a prescription's series and a
# value, the series was done with (blind41's register of narcotic drugs, 14 of its passports were record numbers)
def test_a_series_done_with_before_a_passport_field(scanner: PiiScanner) -> None:
    text, spans = planted("РАСХОД: [[D|24.04.2026]] | рецепт серия ЕН № [[M|3826406]] | получатель: [[P|Ситников С.В.]], "
                          "пасп. [[Pa|0501 462387]] | отпущено 5 амп.")
    check_planted(scanner.scan_fast(text), text, spans)


def test_a_prescriptions_series_keeps_its_number(scanner: PiiScanner) -> None:
    text = "рецепт серия 45 07 номер 611820"
    assert {kind for kind, _ in _identifiers(scanner, text)} == {"MEDICAL_RECORD_NUMBER"}


# A passport's page as a scan's OCR gives it back: a doubled space inside the printed series and number, or the series
# typed whole, the number on a line of its own under the page's fields (blind43's OCR'd pages, 17 of 40 passports)
@pytest.mark.parametrize("number", ["73 01  391650", "73  01 391650", "3908 886578"])
def test_an_ocr_passport_page_number(scanner: PiiScanner, number: str) -> None:
    text, _ = planted("РОССИЙСКАЯ ФЕДЕРАЦИЯ\nПаспорт выдан МВД по Республике Татарстан\nФамилия КОНОВАЛОВ\n"
                          f"Место рождения ГОР. ИВАНОВО\n[[Pa|{number}]]\nЖалобы на слабость.")
    found = [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text) if e.type == "RU_PASSPORT"]
    assert found == [("RU_PASSPORT", number)]


@pytest.mark.parametrize("text", [
    "Код подразделения 770-001\nпо 3908 886578 в сутки",  # four digits and six, not alone on their line
    "Код подразделения 770-001\n3908 886578 мг",
])
def test_a_passport_pages_four_and_six_only_alone_on_a_line(scanner: PiiScanner, text: str) -> None:
    assert [kind for kind, _ in _identifiers(scanner, text) if kind == "RU_PASSPORT"] == []


# "тел" is a phone's stem, and the body's word too: a passport after "Тело выдано родственнику" was a phone (blind42)
def test_the_bodys_word_is_no_phones_word(scanner: PiiScanner) -> None:
    text, spans = planted("Тело выдано родственнику, паспорт [[Pa|3499 169389]].")
    check_planted(scanner.scan_fast(text), text, spans)


def test_a_phones_word_still_names_a_phone(scanner: PiiScanner) -> None:
    for text in ("Тел. 3499 169389", "телефон 3499 169389", "Тел: 3499 169389"):
        assert _identifiers(scanner, text) == [("PHONE_NUMBER", "3499 169389")], text


# A sign opening its line under a title: the title's words are the sign's, as a paper's blank prints its number (the OMS
# policy's form; blind43's OCR'd policies, 12 of 52 policy misses, were record numbers by the bare sign)
@pytest.mark.parametrize("title", ["ПОЛИС ОБЯЗАТЕЛЬНОГО МЕДИЦИНСКОГО СТРАХОВАНИЯ", "ПОЛИС ОБЯЗАТЕЛЬHОГО МЕДИЦИНСКОГО CТРАХОВАHИЯ"])
def test_a_title_above_the_sign_names_the_number(scanner: PiiScanner, title: str) -> None:
    text, spans = planted(f"{title}\n№ [[O|7835 9742 4502 5814]]\nФамилия [[P|Николаев]]\nИмя [[P|Милен]]")
    check_planted(scanner.scan_fast(text), text, spans)


def test_a_title_above_the_sign_keeps_a_record(scanner: PiiScanner) -> None:
    text, spans = planted("ИСТОРИЯ БОЛЕЗНИ\n№ [[M|12345/24]]\nЖалобы на слабость.")
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", ["ПАЛАТА ИНТЕНСИВНОЙ ТЕРАПИИ\n№ 1204", "Приказ Минздрава России\n№ 203н-1234",
                                  # (review 0 of round 21: the place noun after an adjective is the head)
                                  "Приёмное отделение\n№ 12345", "ОТДЕЛЕНИЕ РЕАНИМАЦИИ\n№ 3", "Операционная\n№ 3"])
def test_a_title_above_the_sign_refuses_a_number(scanner: PiiScanner, text: str) -> None:
    assert _identifiers(scanner, text) == []


# A sick leave's number after its abbreviations ("л/н", "лн"), its twelve digits before an age, and a paper blank's two
# and six after its noun (blind32, blind39, blind41: four authors write a sick leave's number so)
@pytest.mark.parametrize("source", [
    "Заболел 10 дней. л/н [[M|388829947017]] закрыт",
    "лн [[M|185-574-164-246]] закрыт, к труду",
    "Листок нетрудоспособности [[M|125 050 056 231]] 26 лет.",
    "Открыт больничный лист [[M|20 743043]].",
    "ЛН № [[M|910118220455]] продлён",
])
def test_a_sick_leaves_number(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", ["больничный лист 14 дней", "л/н 7 дней, лн 2"])
def test_a_sick_leaves_days_are_no_number(scanner: PiiScanner, text: str) -> None:
    assert [kind for kind, _ in _identifiers(scanner, text) if kind == "MEDICAL_RECORD_NUMBER"] == []


def test_a_sick_leaves_twelve_digits_are_no_part_of_a_longer_run(scanner: PiiScanner) -> None:
    text = "Больничный лист 1234 5678 9012 3456 не закрыт"
    assert ("MEDICAL_RECORD_NUMBER", "1234 5678 9012") not in _identifiers(scanner, text)


# A prescription named by the Latin word its blank opens with ("Rp.", Recipe): an e-prescription's export holds its series
# and number under "recipe" (blind41's e-prescriptions, 40 of 40 small-size numbers)
def test_a_recipes_number_in_an_export(scanner: PiiScanner) -> None:
    text, _ = planted('{"recipe": {"series": "[[M|26-21]]", "number": "[[M|13104884]]", "issueDate": "[[D|2025-08-07]]"},\n'
                          ' "patient": {"fio": "[[P|Титова Виктория Афанасьевна]]", "snils": "[[S|454-375-714 02]]"}}')
    found = scanner.scan_fast(text)
    assert ("MEDICAL_RECORD_NUMBER", "13104884") in [(e.type, text[e.start : e.end]) for e in found]


@pytest.mark.parametrize("text", ['{"recipe": {"number": "2500", "text": "Парацетамол 500 мг"}}',
                                  '{"recipe": "Rp.: Sol. Novocaini 0,5% - 200 ml"}', "rx=20 qty=2"])
def test_a_recipes_count_or_content_is_no_number(scanner: PiiScanner, text: str) -> None:
    assert [kind for kind, _ in _identifiers(scanner, text) if kind == "MEDICAL_RECORD_NUMBER"] == []


# A cue ending a table's header row heads its column: the first cell of the next line is the first column's (blind39's
# fixed-width register: 40 of its case histories were policies by the cue across the line break)
def test_a_cue_ending_a_header_row_names_no_first_cell(scanner: PiiScanner) -> None:
    text = ("№ ИБ      ФИО                             Д/Р         ПОЛИС\n"
            "31942/24  Бобылева Е.Ф.                   22.04.2014  1256942775985114\n")
    assert ("RU_OMS_POLICY", "31942/24") not in _identifiers(scanner, text)
    assert ("MEDICAL_RECORD_NUMBER", "31942/24") in _identifiers(scanner, text)


@pytest.mark.parametrize(("text", "kind"), [("СНИЛС\n123-456-789 64", "RU_SNILS"), ("Полис ОМС\n7701 2345 6789 0123", "RU_OMS_POLICY"),
                                            ("Пациент Иванов И.И.  Полис:\n7701 2345 6789 0123", "RU_OMS_POLICY")])
def test_a_label_line_of_its_own_names_the_next_line(scanner: PiiScanner, text: str, kind: str) -> None:
    assert [found for found, _ in _identifiers(scanner, text)] == [kind]


# A CSV export's bare policy column under a title naming a voluntary insurance holds the insurer's contracts, as a table's
# does (:mod:`.table_cells`): blind41's register of ДМС accounts, 40 small-size policies were OMS policies
def test_a_csv_policy_column_under_a_voluntary_title(scanner: PiiScanner) -> None:
    text = ('Реестр счетов по ДМС (выгрузка)\npolicy,fio,birth,amount\n'
            'M056573365,"Маркова Эмилия Федоровна",1951-07-11,12298.00\n8234 301337 308,"Абдуллаев Рустам Ахмедович",1959-10-06,400.00\n')
    found = _identifiers(scanner, text)
    assert ("MEDICAL_RECORD_NUMBER", "M056573365") in found and ("MEDICAL_RECORD_NUMBER", "8234 301337 308") in found


def test_a_csv_policy_column_without_a_voluntary_title_stays_a_policy(scanner: PiiScanner) -> None:
    text = ('Реестр застрахованных (выгрузка)\npolicy,fio,birth,amount\n'
            '7701234567890123,"Маркова Эмилия Федоровна",1951-07-11,12298.00\n')
    assert ("RU_OMS_POLICY", "7701234567890123") in _identifiers(scanner, text)


# A foreign passport named by its holder, "иностранный гражданин", or by its state's word cut short, "Респ.": until
# round 25 the project's RU_PASSPORT was the Russian internal passport, any other a record number (blind40, blind43)
@pytest.mark.parametrize(("text", "value"), [("Иностранный гражданин, паспорт 873142655, полис ДМС.", "873142655"),
                                             ("Иностранный гражданин, паспорт 55 5363972.", "55 5363972"),
                                             ("Нац. паспорт Респ. Таджикистан 4991 7510196 жалоб нет", "4991 7510196")])
def test_a_foreign_citizens_passport_is_a_record_number(scanner: PiiScanner, text: str, value: str) -> None:
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    assert ("RU_PASSPORT", value) in _identifiers(scanner, text)


@pytest.mark.parametrize("text", ["Паспорт Респ. Татарстан 9205 123456", "Иностранный гражданин не выявлен. Паспорт 4509 123456"])
def test_a_russian_passport_stays_one(scanner: PiiScanner, text: str) -> None:
    assert [kind for kind, _ in _identifiers(scanner, text)] == ["RU_PASSPORT"]


# An HL7 identifier that names no register: sixteen digits whose ЕНП check digit holds are the OMS policy, as an export's
# value under an unknown register is (blind43's ADT feed, 40 policies in PID-18 were record numbers)
_PID = "PID|1||8707864594^^^MIS^MR||ГАДЖИЕВА^КАРИНА^РИНАТОВНА||19491215|F|||||+79659077259|||||{}\r\nPV1|1|I"


def test_an_hl7_identifier_with_an_enp_check_digit(scanner: PiiScanner) -> None:
    text = _PID.format("2708155727974514")
    assert ("RU_OMS_POLICY", "2708155727974514") in _identifiers(scanner, text)


def test_an_hl7_identifier_without_it_stays_a_record_number(scanner: PiiScanner) -> None:
    text = _PID.format("2708155727974515")  # (the check digit off by one)
    assert ("MEDICAL_RECORD_NUMBER", "2708155727974515") in _identifiers(scanner, text)
    text = _PID.format("2708155727974514^^^MIS^AN")  # (a register named: its account number)
    assert ("MEDICAL_RECORD_NUMBER", "2708155727974514") in _identifiers(scanner, text)


# A barcode's human-readable line, printed on its own line above or below the bars in the printer's groups (GS1's
# "human readable interpretation"): blind30's tube labels, 30 small-size misses
@pytest.mark.parametrize("label", ["│ [[M|6575 3581 05]]\n│ ||||| |||| || ||||| |||\n│ [[P|КАЛИНИНА А.Н.]] [[D|03.09.49]]",
                                   "||||| |||| || ||||| |||\n[[M|4600517722]]\nЭДТА"])
def test_a_barcodes_printed_line(scanner: PiiScanner, label: str) -> None:
    text, spans = planted(label)
    found = _identifiers(scanner, text)
    assert next((kind, text[a:b]) for kind, a, b in spans if kind == "MEDICAL_RECORD_NUMBER") in found


@pytest.mark.parametrize("text", ["| 12 | 34 |\n|| ||", "Пробирка 12 345\n||||| |||| ||"])
def test_a_short_number_by_bars_is_no_barcode(scanner: PiiScanner, text: str) -> None:
    assert [kind for kind, _ in _identifiers(scanner, text) if kind == "MEDICAL_RECORD_NUMBER"] == []


# A paper's noun and "№" name the value whatever its grouping: a phone is never signed with the numero sign (blind41's
# subsidised prescriptions, "XXXX-XXXXXXX", were phones by shape)
@pytest.mark.parametrize("source", ["лекарство по льготному рецепту №[[M|8267-6889752]] поступило в аптеку",
                                    "рецепт № [[M|8267-6889752]] выписан"])
def test_a_papers_signed_number_of_a_phones_shape(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", ["тел. № 8916-1234567", "рецепт выписан, звонить 8916-1234567"])
def test_a_phone_stays_a_phone(scanner: PiiScanner, text: str) -> None:
    assert [kind for kind, _ in _identifiers(scanner, text)] == ["PHONE_NUMBER"]


# A generic document's number in an export object whose kind names another paper (blind28's СЭМД: a sanatorium card
# under "docNumber"), and a passport the key calls foreign (blind24: {"type": "foreign_passport", "number": ...}): record
# numbers, as the project's RU_PASSPORT is the internal passport only
@pytest.mark.parametrize(("text", "value", "kind"), [
    ('{"docType": "SANATORIUM_CARD_072U", "docNumber": "ЛН-399",\n "patient": {"lastName": "Алексеев"}}', "ЛН-399",
     "MEDICAL_RECORD_NUMBER"),
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    ('{"fio": "Алексеев Пётр Ильич", "doc": {"type": "foreign_passport", "number": "CG03М2649"}}', "CG03М2649", "RU_PASSPORT"),
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    ('{"fio": "Алексеев Пётр Ильич", "foreign_passport_number": "751234567"}', "751234567", "RU_PASSPORT"),
])
def test_an_exports_document_named_by_its_kind(scanner: PiiScanner, text: str, value: str, kind: str) -> None:
    assert (kind, value) in _identifiers(scanner, text)


def test_an_exports_passport_stays_a_passport(scanner: PiiScanner) -> None:
    text = '{"fio": "Алексеев Пётр Ильич", "doc": {"type": "passport", "number": "4509 123456"}, "docNumber": "4510 654321"}'
    assert {kind for kind, _ in _identifiers(scanner, text)} == {"RU_PASSPORT"}


# A flat block of machine keys in capitals joined by "_", as the social fund's exchange of electronic sick leaves names
# its fields (LN_CODE, PREV_LN_CODE): read as the lower-case flat blocks are (blind43's ЭЛН export, 13 misses)
def test_a_flat_block_of_capital_machine_keys(scanner: PiiScanner) -> None:
    text = "[ЭЛН]\nLN_CODE: 922136637715\nPREV_LN_CODE: 999464447906\nSNILS: 44539277815\nSURNAME: Кудрявцева\n"
    found = _identifiers(scanner, text)
    assert ("MEDICAL_RECORD_NUMBER", "922136637715") in found and ("MEDICAL_RECORD_NUMBER", "999464447906") in found


def test_a_forms_capitalised_labels_are_no_machine_block(scanner: PiiScanner) -> None:
    text = "Name: John Smith\nDATE: 12.03.2020\nCODE: 12345678\nTOTAL: 2500"
    assert [kind for kind, _ in _identifiers(scanner, text) if kind == "MEDICAL_RECORD_NUMBER"] == []


# A contract of the patient's under an export's "contract" key (blind41's register of ДМС accounts): a record number, as
# "договор № ..." in prose; its sum and date stay clean
def test_an_exports_contract(scanner: PiiScanner) -> None:
    text = ('Реестр счетов (выгрузка)\nfio,birth,contract,contract_sum,contract_date\n'
            '"Маркова Эмилия Федоровна",1951-07-11,625-ДМС/19,12298.00,2024-03-01\n')
    found = _identifiers(scanner, text)
    assert ("MEDICAL_RECORD_NUMBER", "625-ДМС/19") in found
    assert [value for kind, value in found if kind == "MEDICAL_RECORD_NUMBER"] == ["625-ДМС/19"]


# A form whose title names a voluntary insurance gives a bare "Полис:" field under it the insurer's contract, as a table's
# title gives its policy column (blind41's ДМС claims, 32 small-size misses were OMS policies)
@pytest.mark.parametrize("value", ["085-2412396/25", "V184746378", "7148 596265 222", "98МЕД5550605"])
def test_a_policy_field_under_a_voluntary_title(scanner: PiiScanner, value: str) -> None:
    text = ("Заявление на страховую выплату (возмещение расходов на лекарства) по договору ДМС\nЗаявитель: Орлова Анна Борисовна\n"
            f"Паспорт: 4509 123456, выдан ОУФМС\nПолис: {value}\nСобытие: обращение")
    assert ("MEDICAL_RECORD_NUMBER", value) in _identifiers(scanner, text)


@pytest.mark.parametrize("title", ["Заявление о выборе страховой медицинской организации (ОМС)", "Направление на госпитализацию",
                                   "Сведения о страховании по ДМС\nПолис ОМС: есть"])
def test_a_policy_field_under_another_title_stays_a_policy(scanner: PiiScanner, title: str) -> None:
    text = f"{title}\nЗаявитель: Орлова Анна Борисовна\nПолис: 7701 2345 6789 0123\n"
    assert ("RU_OMS_POLICY", "7701 2345 6789 0123") in _identifiers(scanner, text)


# Review B 1: the medical forms' titles name a ward, a hospital or a drug and print the patient's own number under them;
# only a policy's or a regulation's word in a title, or a place as the title's head, hands the number elsewhere
@pytest.mark.parametrize("text", [
    "Медицинская карта стационарного больного\n№ [[M|4512/24]]",
    "ВЫПИСКА ИЗ МЕДИЦИНСКОЙ КАРТЫ СТАЦИОНАРНОГО БОЛЬНОГО\n№ [[M|4512/24]]",
    "КАРТА ПАЦИЕНТА, ВЫБЫВШЕГО ИЗ СТАЦИОНАРА\n№ [[M|4512]]",
    "Направление на госпитализацию\n№ [[M|4512]]",
    "Лист назначений хирургического отделения\n№ [[M|4512]]",
    "Выписка из медицинской карты пациента отделения кардиологии\n№ [[M|4512/24]]",
    "ПАСПОРТ ЗДОРОВЬЯ\n№ [[M|12345]]",
    "КАРТА ПАЦИЕНТА, ПОЛУЧАЮЩЕГО ПРЕПАРАТЫ ИНСУЛИНА\n№ [[M|4512]]",
    "Пациенту выдан на руки рецепт на препарат\n№ [[M|4512]] с отметкой аптеки",
    "Выписка из истории болезни, тел. отделения\n№ [[M|45123/24]]",
    # (review 0 of round 21: the head is the title's first noun, not an adjective the stem lists take for a place)
    "Стационарная карта\n№ [[M|4512/24]]",
    "Диспансерная карта\n№ [[M|4512/24]]",
])
def test_a_forms_title_above_the_sign_keeps_the_patients_number(scanner: PiiScanner, text: str) -> None:
    planted_text, spans = planted(text)
    check_planted(scanner.scan_fast(planted_text), planted_text, spans)


# Review B 2: a form's filled line (values after its labels' colons) is no table's header: its last label's value on the
# next line is that label's (a nine-digit policy has no checksum or shape rule behind it)
def test_a_filled_form_line_is_no_header_row(scanner: PiiScanner) -> None:
    text, spans = planted("ФИО: [[P|Орлова Анна Борисовна]]    Д/Р: [[D|01.01.1980]]    Полис ОМС:\n[[O|123456789]]")
    check_planted(scanner.scan_fast(text), text, spans)
    found = [(e.type, text[e.start : e.end], round(e.score, 2)) for e in scanner.scan_fast(text)]
    assert ("RU_OMS_POLICY", "123456789", 0.9) in found


# (review 0 of round 21: a header cell's name may hold a digit glued to a word, "МКБ-10", "SpO2"; the row is still a
# header, and the first column's number under it is no policy)
@pytest.mark.parametrize("header", ["№ ИБ  ФИО  Д/Р  МКБ-10  ПОЛИС", "№ ИБ  ФИО  SpO2  ПОЛИС"])
def test_a_header_naming_a_digit_is_still_a_header(scanner: PiiScanner, header: str) -> None:
    text = f"{header}\n31942/24  Бобылева Е.Ф."
    assert ("RU_OMS_POLICY", "31942/24") not in _identifiers(scanner, text)
    # (review A r21, finding 10: and still flagged, as the case history's number)
    assert ("MEDICAL_RECORD_NUMBER", "31942/24") in _identifiers(scanner, text)


# Review B 3: only a key naming the contract or its number is a record number's; with another word after it the key
# names what the contract holds (a status, a term, a type, a code, a sum, an end date)
@pytest.mark.parametrize("text", [
    '{"fio": "Алексеев Пётр Ильич", "contract_status": "2", "contract_term": "12", "contract_type": "1", "contract_code": "45"}',
    '{"fio": "Алексеев Пётр Ильич", "dogovor_summa": "12500", "contract_months": "12", "contract_amount": "12500", '
    '"contract_end": "20251231", "contract_start": "20240101"}',
    "fio;contract_status;contract_term;contract_no\nИванов И.И.;2;12;ДМС-4512/24",
])
def test_a_contracts_other_keys_hold_no_record_number(scanner: PiiScanner, text: str) -> None:
    records = [value for kind, value in _identifiers(scanner, text) if kind == "MEDICAL_RECORD_NUMBER"]
    assert records == (["ДМС-4512/24"] if "contract_no" in text else [])


@pytest.mark.parametrize("key", ["contract", "patient_contract", "contract_no", "contract_number", "dogovor_nomer", "номер_договора",
                                 "contracts", "patient_contracts"])  # (the plural: review 0 of round 21)
def test_a_contracts_number_key_names_a_record(key: str) -> None:
    assert key_type(key) == "MEDICAL_RECORD_NUMBER"


@pytest.mark.parametrize("text", ['{"contracts": "Д-4512/24"}', "<contracts>Д-4512/24</contracts>"])
def test_a_contracts_plural_key_holds_a_record_number(scanner: PiiScanner, text: str) -> None:
    # (review 0 of round 21: MRN 0.9 on 7de4ee5, lost by 900f06a's narrower contract words)
    assert _identifiers(scanner, text) == [("MEDICAL_RECORD_NUMBER", "Д-4512/24")]


# Review B 4: a holder key ("card", "record") says whose the object is, not what paper its generic document number is:
# the patient card's passport stays a passport (only a kind member names another paper)
@pytest.mark.parametrize("text", [
    '{"card": {"fio": "Алексеев Пётр Ильич", "docNumber": "4509 123456"}}',
    '{"record": {"docNumber": "4509 123456"}}',
])
def test_an_exports_holder_key_keeps_the_passport(scanner: PiiScanner, text: str) -> None:
    assert [(kind, value) for kind, value in _identifiers(scanner, text) if kind != "PERSON"] == [("RU_PASSPORT", "4509 123456")]
