"""PII that generalises (issue #10, round 18): identifiers whose layouts the cue fields and shapes missed.

* an HL7 PID-19/PID-20 national id written as the СНИЛС card prints it ("123-456-789 01"): typed by its digits;
* a SNILS whose groups a spaced dash parts ("438 - 927 - 142  19") in a note naming a SNILS or its register, its
  checksum deciding as for single dashes;
* a person's INN after "получатель" (of an allowance, a benefit: the payee of a payment stays an organisation) and
  after the number's legal name with its first word cut short ("Идент. номер налогоплательщика");
* a passport the holder's citizenship of another state names foreign ("Гражданин Узбекистана, паспорт 69 9197398") or
  "national passport": a record number (the project's definition keeps RU_PASSPORT for the internal passport);
* a passport's abbreviation whose stop or colon touches its value ("пасп.6022 896451", "пасп:36  05  485595");
Marks as in :mod:`support.pii_marks`; every example is written for this file."""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.checksums import snils_check_digits

_S = "204118739" + snils_check_digits("204118739")
_S_CARD = f"{_S[:3]}-{_S[3:6]}-{_S[6:9]} {_S[9:]}"

CASES = {
    # HL7 v2: the national id (PID-19) one field late, in PID-20, with the card's dashes (was a record number)
    "hl7-pid20-snils-dashed": "PID|1||[[M|7781234]]^^^MIS^MR||[[P|ОРЛОВА^АННА]]||[[D|19900402]]|F||||||||||||[[S|"
                              + _S_CARD + "]]\r",
    "hl7-pid19-snils-dashed": "PID|1||[[M|7781234]]^^^MIS^MR||[[P|ОРЛОВА^АННА]]||[[D|19900402]]|F|||||||||||[[S|"
                              + _S_CARD + "]]\r",
    # the abbreviation's stop or colon touching the series (hurried typing, a scan's lost space)
    "passport-abbreviation-glued": "отёк там же, пасп.[[Pa|6022 896451]] выд. ОВД",
    "passport-abbreviation-glued-sign": "слабость в голенях, пасп.[[Pa|6017 №212522]] выд. ОВД",
    "passport-abbreviation-glued-whole": "пасп.[[Pa|5005800813]] выд. ОВД. Жалобы на осиплость.",
    "passport-abbreviation-colon-spaced": "пасп:[[Pa|36  05  485595]] боли по всему животу",
    "passport-abbreviation-colon-number-split": "Боли в пояснице. пасп:[[Pa|6522 397 174]]",
    # the card's groups parted by a spaced dash (a word processor's " - "), the last by spaces or a dash
    "snils-spaced-dash-field": "В графе «СНИЛС» значится [[S|438 - 927 - 142  19]].",
    "snils-spaced-dash-register": "Номер в ПФР — [[S|112 - 233 - 445 - 95]]. Жалоб нет.",
    # a recipient of an allowance or a benefit is a person: ten digits after "ИНН получателя" are a person's INN
    "inn-recipient-of-allowance": "ИНН получателя пособия на погребение [[I|7701234560]]. Жалоб нет.",
    "inn-recipient": "ИНН получателя [[I|7701234560]] чувство комка в горле.",
    "inn-legal-name-abbreviated": "Жалоб нет. Идент. номер налогоплательщика — [[I|7701234560]]",
    "snils-spaced-dash-register-named-before": "Сведения переданы в СФР.\nНомер [[S|438 - 927 - 142 19]] сверен.",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_round18_identifiers_are_found(scanner: PiiScanner, name: str) -> None:
    text, spans = planted(CASES[name])
    check_planted(scanner.scan(text), text, spans)


# the glued abbreviation needs its ten digits, and its stop is no decimal point inside a number
CLEAN = {
    "passport-abbreviation-no-number": "пасп.данные сверены, ЧСС 72 уд/мин, SpO2 98%.",
    "passport-abbreviation-decimal": "пасп.: 1.4510 123456",
    "passport-abbreviation-date": "пасп:12.03.2015, рост 176 см",
    # spaced dashes between values that are no SNILS: the checksum fails (a series of pressures, of doses)
    "spaced-dash-pressures": "САД 120 - 135 - 150  90 в течение суток.",
    # the payee of a payment is an organisation: ten digits after its "ИНН" failing the check digit are no INN (a valid
    # one is reported whoever it names since round 24: test_pii_round24_inn)
    "inn-payee-of-payment": "Получатель платежа: ООО «Ромашка», ИНН 7701234561, оплата услуг.",
    "inn-recipient-of-funds": "Получатель средств — ИНН 7701234561 (реквизиты для оплаты).",
    "spaced-dash-doses": "Титрование: 110 - 120 - 130 80 мг.",
    # the card's shape with a valid checksum, but no SNILS nor its register named in the note: a count's range
    "spaced-dash-no-snils-word": "Эритроциты в поле зрения: 438 - 927 - 142  19.",
}


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_round18_look_alikes_stay_clean(scanner: PiiScanner, name: str) -> None:
    text = CLEAN[name]
    found = [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type not in ("PHONE_NUMBER", "DATE_TIME")]
    assert found == [], found


# a foreign state's passport: the holder's citizenship written before the passport's word, or "national passport"
# (the state's name itself is the address reader's to judge: only the number's type is asserted); a residence permit
# stays a record number
FOREIGN_PASSPORTS = {
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "foreign-citizen-before-passport": ("Гражданин Узбекистана, паспорт 69 9197398 Жалобы на слабость.", "69 9197398", "RU_PASSPORT"),
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "foreign-republic-before-passport": ("Гражданин Кыргызской Республики, паспорт 714075156, прибыл 3 дня назад.", "714075156", "RU_PASSPORT"),
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "foreign-stan-before-passport": ("Со слов, гражданка Таджикистана, паспорт 4011 226530 не предъявлен.", "4011 226530", "RU_PASSPORT"),
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "foreign-citizen-internal-shape": ("Гражданка Армении, паспорт 4509 123456; жалоб нет.", "4509 123456", "RU_PASSPORT"),
    # a residence permit of a CIS booklet's Soviet form: no Soviet passport of a Russian, a foreigner's paper
    "residence-permit-soviet-form": ("Похудела на 15 кг. Вид на жительство III-ЖД 533580. Иногда жажда.", "III-ЖД 533580", "MEDICAL_RECORD_NUMBER"),
    "residence-permit-abbreviation-soviet-form": ("ВНЖ: II-АБ № 123456, выдан УВМ", "II-АБ № 123456", "MEDICAL_RECORD_NUMBER"),
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "foreign-national-passport-english": ("Иногда изжога. national passport 759845862", "759845862", "RU_PASSPORT"),
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "foreign-national-passport-cyrillic": ("Иностранный гражданин, национальный паспорт 58 72 002187. Слабость.", "58 72 002187", "RU_PASSPORT"),
}


@pytest.mark.parametrize("name", sorted(FOREIGN_PASSPORTS))
def test_round18_foreign_passports_are_record_numbers(scanner: PiiScanner, name: str) -> None:
    text, value, kind = FOREIGN_PASSPORTS[name]
    found = [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type not in ("PERSON", "LOCATION")]
    assert found == [(kind, value)], found


# a Russian passport beside a citizenship: Russia's, a Russian republic's, a Russian passport named after a foreign one
RUSSIAN_PASSPORTS = {
    "citizen-of-russia": "Гражданин России, паспорт 4509 123456 выдан ОВД",
    "foreign-citizen-russian-passport": "Гражданка Армении, паспорт гражданина РФ 4509 123456",
    "russian-republic": "Гражданин Республики Татарстан, паспорт 4509 123456",
    "russian-republic-adjective": "Гражданин Чувашской Республики, паспорт 4509 123456",
    "sentence-apart": "Иностранный гражданин. Представитель: сын, паспорт РФ 4509 123456",
}
# (and a Soviet passport of a Russian, after its own word: "паспорт СССР XI-МЮ № 643424", test_pii_patient_papers)


@pytest.mark.parametrize("name", sorted(RUSSIAN_PASSPORTS))
def test_round18_russian_passports_stay_passports(scanner: PiiScanner, name: str) -> None:
    text = RUSSIAN_PASSPORTS[name]
    found = [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type not in ("PERSON", "LOCATION")]
    assert found == [("RU_PASSPORT", "4509 123456")], found


# the same places holding no SNILS: a wrong check digit keeps a dashed number in PID-20 a record number
TYPED = {
    "hl7-pid20-dashed-bad-checksum": (
        "PID|1||7781234^^^MIS^MR||ОРЛОВА^АННА||19900402|F||||||||||||" + _S_CARD[:-1] + str((int(_S[-1]) + 1) % 10) + "\r",
        "MEDICAL_RECORD_NUMBER",
    ),
}


@pytest.mark.parametrize("name", sorted(TYPED))
def test_round18_look_alikes_keep_their_type(scanner: PiiScanner, name: str) -> None:
    text, kind = TYPED[name]
    last = [e for e in scanner.scan(text) if e.end >= len(text.rstrip()) - 1]
    assert [e.type for e in last] == [kind], [(e.type, text[e.start : e.end]) for e in scanner.scan(text)]
