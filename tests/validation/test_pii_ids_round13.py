"""PII that generalises (issue #10, round 13): checksummed and paper identifiers without their own label.

Every case is made up here (not taken from the benchmark):

* a passport's page and the forms that copy it: the printed "DD DD DDDDDD" and the "Серия ... Номер ..." fields
  (brackets, cells, two lines) named by the page's other fields (the subdivision code, "паспорт", "УФМС") a few
  lines away (:mod:`medsyn_dataset.validation.pii.passport_pages`); the subdivision code is never read into the number;
* a misspelt or contracted label on a line of its own, its value on the next (:mod:`.misspelt_labels`);
* an OMS policy's ЕНП under an information system's OID, by its check digit (the ФОМС rule, :func:`.checksums.enp_valid`);
* identifiers dictated in number words after their cue (:mod:`.spoken_ids`); an age between "паспорт" and its number.

Look-alikes stay clean or keep their type: a phone after a phone word on a passport's page, a prescription's series and
number, a record id of sixteen digits whose check digit fails, doses, lab values, times and ICD codes beside a passport.
"""

from __future__ import annotations

import random

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.checksums import enp_valid
from medsyn_dataset.validation.pii.passport_pages import passport_page_numbers


def _official_enp_check(body: str) -> str:
    """The ФОМС rule as the order writes it (not as Luhn): odd places from the right as one number, doubled; the even
    places written before it; ten minus the digit sum's last digit."""
    odd = body[::-1][0::2][::-1]
    even = body[::-1][1::2][::-1]
    total = sum(int(ch) for ch in even + str(int(odd) * 2))
    return str((10 - total % 10) % 10)


def test_enp_check_digit_is_the_fomс_rule() -> None:
    rng = random.Random(13)
    for _ in range(500):
        body = "".join(rng.choice("0123456789") for _ in range(15))
        check = _official_enp_check(body)
        assert enp_valid(body + check) or len(set(body + check)) == 1
        wrong = str((int(check) + rng.randrange(1, 10)) % 10)
        assert not enp_valid(body + wrong)
    assert not enp_valid("123456789012345")  # fifteen digits
    assert not enp_valid("0000000000000000")


ENP = "770135884290661" + _official_enp_check("770135884290661")
ENP_BAD = ENP[:-1] + str((int(ENP[-1]) + 3) % 10)
assert enp_valid(ENP) and not enp_valid(ENP_BAD)

CASES = {
    # a passport page's OCR: the printed series and number, named by the page's other fields
    "page-printed-number": "Скан стр. 2.\nПаспорт выдан отделением УФМС\nКод подразделения 690-004\n"
                           "[[Pa|28 11 403917]]\nПол ЖЕН.",
    "page-number-before-code": "[[Pa|63 05 118274]]\nкод подразделения 640-021, дата выдачи не читается",
    "page-number-with-sign": "Документ, удостоверяющий личность (копия)\n\n[[Pa|40 09 № 552013]]",
    # a form's fields: brackets, cells, a line each
    "form-brackets": "Серия [[[Pa|45 07]]] Номер [[[Pa|611820]]]\nКод подразделения [772-031]",
    "form-cells": "Паспорт гражданина РФ\nСерия | [[Pa|4507]] | Номер | [[Pa|611820]] |",
    "form-two-lines": "Сведения о паспорте:\nСерия: [[Pa|80 14]]\nНомер: [[Pa|337190]]",
    # a misspelt label on its own line, the value on the next
    "misspelt-passport-next-line": "Пасспрт:\n[[Pa|45 07 611820]]\nЖалоб нет.",
    "misspelt-snils-next-line": "СНИЛЗ:\n[[S|112-233-445 95]]\nЖалоб нет.",
    "misspelt-phone-next-line": "Телфон:\n[[T|8 926 512 33 08]]",
    "misspelt-passport-lone-line": "Плис ОМС\n[[O|4306 6549 0881 0754]]\nПасспорт\n[[Pa|40 18 771031]]\nЖалоб нет.",
    "form-label-lines": "Серия паспорта\n[[Pa|45 07]]\nНомер паспорта\n[[Pa|611820]]",
    "form-abbreviated-labels": "паспорт сер. [[Pa|45 07]] ном. [[Pa|611820]]",
    "ocr-after-passport-word": "ПАСПОРТ [[Pa|45О7]] [[Pa|б11820]]",
    # a value framed in a bracket after its cue; a checksummed SNILS read from look-alikes after its own label
    "snils-bracketed-under-label": "Страховой номер индивидуального лицевого счёта\n[[[S|8 9 2 9 8 0 0 4 3 6 1]]]",
    "snils-ocr-after-label": "СНИЛС пациента: [[S|11В-233-485 44]]\nЛаборатория",
    # an old policy's series letters joined by a dash, after an abbreviated label
    "old-policy-dashed-series": "Полис обяз. мед. страх.: [[O|АБ-71963848]]; прикреплён к участку.",
    # an ЕНП's check digit: a policy without its word, whatever number follows
    "enp-checked-bare": f"IN2|1|||[[O|{ENP}]] 46 лет, жалобы на слабость.",
    # an age between the passport's word and its number
    "passport-owner-age-between": "Паспорт получен в 14 лет: [[Pa|4615-302214]], прописка по месту жительства матери.",
    # identifiers dictated in number words after their cue (a transcript)
    "dictated-snils": "регистратор: снилс пациента прописью [[S|сто двенадцать двести тридцать три четыреста сорок пять "
                      "девяносто пять]] записан",
    "dictated-passport-parts": "паспорт серия [[Pa|сорок пять ноль семь]] номер [[Pa|шестьсот одиннадцать восемьсот двадцать]]",
    "dictated-inn": "ИНН [[I|пятьсот два сто сорок четыре семьсот семьдесят три ноль семьдесят]] со слов",
    # an ЕНП under any register's OID; a record id under the same root stays one
    "enp-under-oid": f'<patientRole>\n  <id root="1.2.643.5.1.13.2.7.100.5" extension="[[O|{ENP}]]"/>\n</patientRole>',
    "record-id-under-oid": f'<patientRole>\n  <id root="1.2.643.5.1.13.2.7.100.5" extension="[[M|{ENP_BAD}]]"/>\n</patientRole>',
    # look-alikes beside a passport's page keep their type
    "phone-word-on-page": "Паспорт выдан ОВД Центрального р-на, код подразделения 690-004.\nКонтакты:\nМоб. [[T|8 904 763 23 36]]",
    "phone-226-after-phone-word": "Код подразделения 690-004.\nТел. [[T|98 04 763236]]",
    "prescription-near-passport": "Паспорт сверен.\nВыписан рецепт серия [[M|45 07]] номер [[M|611820]] на инсулин.",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_identifiers_are_found_and_typed(scanner: PiiScanner, name: str) -> None:
    text, spans = planted(CASES[name])
    check_planted(scanner.scan(text), text, spans)


CLEAN = {
    "page-word-doses": "Паспорт предъявлен. Бисопролол 2,5 мг в 08:00, Hb 128 г/л, лейкоциты 10,2. Диагноз I11.9, палата 12.",
    "code-word-alone": "Код подразделения не указан, паспорт старого образца. ОАК: Hb 128 г/л, СОЭ 12 мм/ч.",
    "lab-pairs-no-page": "ОАК: 12 10 4,5; СОЭ 18; глюкоза 5 6; титр 1 64 000",
    # a label-like word at the end of a sentence is no label line; sixteen digits whose check digit fails, unnamed
    "word-ending-line": "Осмотрен, пасорт\nсм. выше; АД 120/80 мм рт. ст.",
    "counts-in-words-after-cue": "Снилс не помнит, принимает по два раза в день сорок пять лет подряд.",
    "prescription-series-in-words": "Выписан рецепт серия сорок пять ноль семь на инсулин.",
    "sixteen-digits-failing-check": f"Итого: {ENP_BAD[:8]} {ENP_BAD[8:]} мг за курс",
}


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_look_alikes_stay_clean(scanner: PiiScanner, name: str) -> None:
    assert scanner.scan_fast(CLEAN[name]) == []


def test_no_page_word_no_pass() -> None:
    # the printed shape alone, with no passport's word in the note, is left to the other recognizers
    assert list(passport_page_numbers("Номер 45 07 611820 записан.")) == []
    assert list(passport_page_numbers("Жалобы на головную боль.")) == []
