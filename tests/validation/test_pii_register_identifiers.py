"""PII that generalises (issue #10, round 9): identifiers typed by their register or checksum, and more of a
patient's numbered documents as record numbers.

Each case is made up here (not taken from the benchmark): a FHIR Identifier whose ``system`` is a code of the
federal register of document types (1.2.643.2.69.1.1.1.6.<code>) or an unknown register holding a value whose
SNILS checksum holds; a sick leave (ЭЛН), a specimen or a request number right after its noun; an ИПРА's
number after "№"; a blank's series before the number sign; "REC#", German "-nummer"/"-Nr." compounds.
Clinical look-alikes (a count of blocks, a request with a date, a dose, a list item) stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner


def _fhir(system: str, value: str) -> str:
    return ('{"resourceType": "Patient", "identifier": [{"system": "' + system + '", "value": "' + value + '"}],\n'
            ' "gender": "female"}')


CASES = {
    # a FHIR Identifier: the register of document types names the document by its code
    "fhir-register-snils": _fhir("urn:oid:1.2.643.2.69.1.1.1.6.223", "[[S|31072261519]]"),
    "fhir-register-oms-uniform": _fhir("urn:oid:1.2.643.2.69.1.1.1.6.228", "[[O|7751320890001234]]"),
    "fhir-register-oms-old": _fhir("urn:oid:1.2.643.2.69.1.1.1.6.226", "[[O|770012345678]]"),
    # a register the code does not know: a value whose checksum holds is that document's number
    "fhir-unknown-register-snils-checksum": _fhir("urn:oid:1.2.643.5.1.13.2.7.100.5", "[[S|12345678964]]"),
    "fhir-unknown-register-inn-checksum": _fhir("urn:oid:1.2.643.5.1.13.2.7.100.9", "[[I|770708389324]]"),
    "fhir-unknown-register-record": _fhir("urn:oid:1.2.643.5.1.13.2.7.100.5", "[[M|40012877]]"),
    # 11 digits whose SNILS checksum fails stay the register's record id
    "fhir-unknown-register-eleven-digits": _fhir("urn:oid:1.2.643.5.1.13.2.7.100.5", "[[M|12345678965]]"),
    # a CSV header pasted after a sentence: its first column's short name stays the first column's
    "csv-header-short-first-name-after-sentence": (
        "Осмотрен, жалоб нет k;fio;snils;inn;tel\n7;[[P|Орлова Нина Петровна]];[[S|310-722-615 19]];[[I|770708389324]];"
        "[[T|+79215550144]]\n"
    ),
    # a ЕНП's sixteen digits in other groups than 4 x 4, beside a policy's word or answering a question about it
    "oms-six-ten-in-brackets": "Услуга по ОМС ([[O|501220 7730014458]]) не предусмотрена.",
    "oms-two-groups-after-sign": "Полис обязательного медицинского страхования № [[O|77 0112 4410 0093 25]] действителен.",
    "oms-dialogue-answer": "— А полис ОМС с собой?\n— Да, вот он: [[O|4410 552019 337104]].\n— Спасибо.",
    # a table column of sick leaves
    "table-sick-leaves": "| № ЭЛН | Пациент | открыт |\n|---|---|---|\n| [[M|910044517203]] | [[P|Осипова Л.К.]] | [[D|02.03.2024]] |\n",
    # a cue with a long note in brackets, its value on the next line
    "inn-long-note-next-line": "ИНН (для получения налогового вычета)\n    [[I|77 07 083893 24]]\nГруппа крови: A(II)",
    # a register keyed by SNILS names it: a valid SNILS shaped as a phone with an 8 before a town code
    "snils-egisso": "Сведения в ЕГИССО по [[S|88117037813]] не найдены.",
    # a scanned form: a zero for the О of "ОМС", a doubled colon
    "oms-ocr-zero-doubled-colon": "Полис 0МС :: [[O|7736 2656960936]]\nАдрес: см. выше",
    # a sick leave's number right after its abbreviation (a valid-looking 12 digits stays a record number)
    "sick-leave-bare": "ЭЛН [[M|910012345678]] закрыт, к труду с завтрашнего дня.",
    "sick-leave-inn-shaped": "Открыт ЭЛН [[M|500123456750]], явка через 3 дня.",
    # specimens and requests: a code-shaped value right after the noun
    "biopsy-specimen": "Биоптат Б21-0457 (2 фрагмента) передан в патоморфологию.".replace("Б21-0457", "[[M|Б21-0457]]"),
    "cytology-specimen-slash": "Цитологический материал [[M|4412/23]] направлен на консультацию.",
    "specimen-number-sign-before": "№ образца [[M|ГИ-22-0815]], 4 блока.",
    "telemedicine-request": "Запрос на консультацию ТМ-2022-0154 принят НМИЦ.".replace("ТМ-2022-0154", "[[M|ТМ-2022-0154]]"),
    # ИПРА (the individual programme of rehabilitation) numbered by the bureau of МСЭ
    "ipra": "ИПРА № [[M|1205.14.50/2023]] к протоколу проведения МСЭ выдана.",
    # a blank's series before the number sign
    "prescription-series-before-sign": "Рецепт [[M|45-12 № 004512]] выписан, льгота.",
    "certificate-letter-series-before-sign": "Справка [[M|АБ № 771204]] о временной нетрудоспособности студента.",
    # "REC#", "Record No.", German compounds
    "rec-hash": "Осмотр. REC#[[M|0041277]]; пациент стабилен.",
    "record-no": "Medical record No. [[M|22-77014]] reviewed.",
    "german-fallnummer": "Patient, Fallnummer [[M|30155478]], wurde aufgenommen.",
    "german-aufnahme-nr": "Aufnahme-Nr.: [[M|22/1045]] Station 4.",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_identifiers_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    "Полис с собой?\n— Нет, забыла, анализы 12 15 и 8.",  # counts in the answer, no sixteen digits
    "По ОМС оплачено 2 визита, размеры 12 15 и 8 мм.",  # counts beside the policy's word
    "Материал 1-4 блока, окраска гематоксилином.",  # a count of blocks after the noun, no code
    "Биопсийный материал взят 2 раза, образец 3 отправлен.",  # list items and counts
    "Запрос направлен 12.03.2021, ответ через 3 дня.",  # a request with a date only
    "Материал 12345 мл не отправлялся.",  # a volume (and a bare number after a specimen noun needs a sign)
    "Рецепт: эналаприл 10 мг 2 раза в день.",  # a dose on a prescription
    "recommended 500 mg, Fall 2 im Verlauf.",  # English and German words with no sign and no "-nummer"
    "Order#12 reviewed.",  # two digits after "#": a list's position
    "ИПРА выдана, группа II, срок до 01.03.2025.",  # the programme's noun with no number
]


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    found = [(e.type, text[e.start : e.end]) for e in scanner.scan(text)]
    assert [item for item in found if item[0] not in ("DATE_TIME",)] == []
