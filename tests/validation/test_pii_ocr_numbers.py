"""PII that generalises (issue #10, round 12b): identifiers as scans, spreadsheets and typists write them.

Each case is made up here (numbers made with :mod:`.checksums`, then spoilt by hand), with clean look-alikes
beside it: a SNILS or an INN whose digits OCR read as look-alike letters (О/O for 0, l/I for 1, З for 3, S for 5,
б for 6, В/B for 8) and whose checksum holds once they are read back; a passport, a policy and a phone with such
letters after their own labels; a SNILS wrapped after its group's dash; a policy's groups apart by two spaces;
a letter-spaced label mid-line; a spreadsheet's passport columns named by "Кем выдан", with empty columns after.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.checksums import inn_valid, snils_valid
from medsyn_dataset.validation.pii.ocr_numbers import ocr_checksummed

CASES = {
    # 318-405-662 66, 620-517-093 53, 845-311-207 78: valid SNILS spelt with look-alikes, in any grouping
    "snils-ocr-grouped": "Анкета (скан)\nСНИЛС: [[S|З18-4О5-бб2 66]]\nПол: ж",
    "snils-ocr-whole": "Страховое свидетельство [[S|62O5l7O9353]] предъявлено",
    "snils-ocr-no-label": "Копия документа:\n[[S|B45 311 2O7 7B]]\nподпись",
    # 7725013866 59: a person's INN, its ones and sixes as letters
    "inn-ocr": "ИНН [[I|77250l38бб59]], место работы не указано",
    # a passport's series and number, each with letters for digits, after "серия ... №"
    "passport-ocr": "Паспорт гражданина РФ серия [[Pa|4S 1O]] № [[Pa|2б8O31]] выдан ОВД",
    # a policy's sixteen digits and a phone's eleven with letters, right after their labels
    "policy-ocr": "Полис ОМС (со слов): [[O|77О1 5З28 9l04 2266]]",
    "phone-ocr": "Тел. моб.: [[T|8-9l6-4О2-З1-88]]\nДиагноз: ОРВИ",
    # a SNILS broken after its group's dash (a narrow cell, a word processor's wrap)
    "snils-wrapped-after-dash": "СНИЛС: 412-377-\n905 11\nДата".replace("412-377-\n905 11", "[[S|412-377-\n905 11]]"),
    # a policy whose groups a pasted cell keeps apart by two spaces
    "policy-double-spaces": "Со слов, полис [[O|7702  1234  5678  9012]] действующий",
    # a short document label letter-spaced in the middle of a line
    "letter-spaced-snils-mid-line": "Жалоб нет. С Н И Л С  [[S|318 - 405 - 662  66]] со слов",
    # a spreadsheet's columns: series and number named by the issuing authority's column; empty columns after
    "tsv-passport-issued-by": (
        "Выгрузка:\nФамилия\tСерия\tНомер\tКем выдан\n[[P|ЖУРАВЛЁВ]]\t[[Pa|4603]]\t[[Pa|512907]]\tОтделом УФМС\t\t\n"
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_ocr_and_pasted_identifiers_are_found(scanner: PiiScanner, name: str) -> None:
    text, spans = planted(CASES[name])
    check_planted(scanner.scan(text), text, spans)


CLEAN = {
    # the same shape, but the checksum fails once the letters are read: a scan's noise, no SNILS
    "snils-shape-bad-checksum": "Анкета (скан)\nкод: З18-4О5-бб2 67\nПол: ж",
    # a look-alike that starts a word after a number is that word's letter ("8 баллов", "170 Вес"), not a digit
    "score-and-weight-words": "Боль по ВАШ 8 баллов, 7-8б. Рост 170 Вес 80 кг, ОАК 14.0 Б 2 В1",
    "ecg-leads": "ЭКГ: зубец Т в V1-V3, QRS 0,08 с, RR 0,86 с; ЧСС 70 в мин, АД 120/80",
    # a phone's label before words and a date; a policy's label before a short number
    "policy-label-short-number": "Полис ДМС: программа В3, лимит 15000",
    # a drug's batch "Серия | Номер" with no identity-document column stays a batch
    "drug-batch-table": "Препарат\tСерия\tКоличество\tПримечание\nЦефтриаксон\t1020\t10\tвскрыт\t\t\n",
}


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_ocr_look_alikes_stay_clean(scanner: PiiScanner, name: str) -> None:
    text = CLEAN[name]
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []


def test_ocr_reading_needs_the_checksum_and_glued_letters() -> None:
    """The letters count only where the checksum holds once they are digits and each letter touches the number."""
    assert snils_valid("31840566266") and inn_valid("772501386659")
    assert [kind for kind, *_ in ocr_checksummed("СНИЛС З18-4О5-бб2 66")] == ["RU_SNILS"]
    assert ocr_checksummed("СНИЛС З18-4О5-бб2 67") == []  # (checksum fails)
    assert ocr_checksummed("В 318 405 662 66") == []  # (a lone "В" is a preposition: and here no letter is left)
    assert ocr_checksummed("код ОООООО 41266") == []  # (too many letters, too few real digits)
