"""PII that generalises (issue #10, round 10): identifiers in text and forms, and the typing between them.

Every case is made up here (not taken from the benchmark):

* a document's "серия и номер" belongs to the nearest document noun: a prescription's or a certificate's
  is a record number, only a passport's noun makes it a passport (:mod:`medsyn_dataset.validation.pii.document_typing`);
* a document's series is reported with its number ("рецепт серии 512-0331", "свидетельство серия 36 № 771204");
* an INN's twelve digits in any grouping are decided by its two check digits, not by a passport-like "4+6"
  grouping inside them; the INN cue with a stop, an abbreviation or a compound word after it; a cue after the value;
* an old OMS policy named by "серия и номер";
* record numbers after generic papers ("Заявление №", "Ходатайство №"), a preposition and a number word ("по
  номеру", "под кодом"), a sample ("проба", "пробирка"), a UUID; a referral "на госпитализацию" is no hospital;
* a record number followed by a word that only starts like a unit ("раздражительность", "недосып").

Look-alikes stay clean: a clinic's, an insurer's or a payee's ten-digit INN (an employer's is kept), tests named "проба", a ward or a queue "под номером", a phone "по номеру", an ICD code
"под кодом", doses and counts, and a passport whose own noun is nearest.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.checksums import inn_valid
from medsyn_dataset.validation.pii.document_typing import other_document_named


def _inn12(first10: str) -> str:
    """A twelve-digit INN with valid check digits (the FNS weights)."""
    w1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    w2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    d = [int(c) for c in first10]
    d.append(sum(a * b for a, b in zip(w1, d, strict=True)) % 11 % 10)
    d.append(sum(a * b for a, b in zip(w2, d, strict=True)) % 11 % 10)
    return "".join(map(str, d))


INN_A = _inn12("5021447730")
INN_B = _inn12("3310982465")
assert inn_valid(INN_A) and inn_valid(INN_B)


def _grouped(digits: str, *sizes: int) -> str:
    parts, at = [], 0
    for size in sizes:
        parts.append(digits[at : at + size])
        at += size
    return " ".join(parts)


CASES = {
    # the nearest document noun types "серия и номер"
    "prescription-series-and-number": "РЕЦЕПТУРНЫЙ БЛАНК  Серия и номер: [[M|33-07 481226]]  Ф.И.О.: указано",
    "certificate-series-and-number": "Справка об инвалидности, серия и номер [[M|МСЭ-2019 0554871]], выдана бюро",
    "series-and-number-of-certificate": "Серия и номер свидетельства: [[M|52 07 661904]]\nВыдано отделом ЗАГС.",
    "passport-series-and-number": "Документ: паспорт гражданина РФ, серия и номер [[Pa|4615 302214]], выдан ОВД",
    "passport-after-policy-number": "Полис № [[O|5049 2210 7731 0046]]\nДокумент: [[Pa|4203 № 118765]]",
    # a document's series with its number, or the series as the whole number
    "prescription-series-only": "Выдан льготный рецепт серии [[M|512-0331]] на метформин.",
    "prescription-series-long": "Выписан рецепт серии [[M|20.5501.330178]] на габапентин.",
    "death-certificate-series-number": "Медицинское свидетельство о смерти серия [[M|36]] № [[M|771204]] выдано сыну.",
    "perinatal-certificate-series": "Свидетельство о перинатальной смерти серия [[M|11207]] № [[M|550317]] оформлено.",
    # INN: any grouping, any cue form
    "inn-passport-like-grouping": f"ИНН [[I|{_grouped(INN_A, 4, 6, 2)}]]\nСНИЛС нет",
    "inn-triples": f"ИНН отца-заявителя [[I|{_grouped(INN_B, 3, 3, 3, 3)}]], для вычета.",
    "inn-with-stop": f"ИНН. [[I|{_grouped(INN_A, 3, 3, 3, 3)}]]\nРост 170 см.",
    "inn-abbreviated-qualifier": f"инн физ.л. [[I|{_grouped(INN_B, 4, 4, 4)}]]",
    "inn-grouped-no-cue": f"Декларация 3-НДФЛ, плательщик [[I|{_grouped(INN_A, 2, 2, 6, 2)}]].",
    "inn-cue-after": f"[[I|{INN_B}]] (ИНН)",
    # an old OMS policy
    "oms-old-series-number": "Полис ОМС старого образца: серия и номер [[O|5401 22817731]]\nЖалоб нет.",
    "oms-series-word": "полис серия [[O|7702 № 40019923]] выдан СМО",
    # record numbers after other labels
    "application": "Подано заявление № [[M|8812004711]] через портал.",
    "petition": "Ходатайство № [[M|ВК-17/2231]] направлено в комиссию.",
    "hospitalisation-referral": "Направление на госпитализацию № [[M|77-14-002318]] от участкового.",
    "blocks-by-number": "Гистологические блоки по номеру [[M|7731-2]] запрошены из архива.",
    "code-with-preposition": "Биоматериал зарегистрирован под кодом [[M|Б-044127]] в ЛИС.",
    "sample-code": "Кровь венозная, проба [[M|ГЛ-2203318]], доставлена курьером.",
    "tube-barcode-words": "Пробирка промаркирована [[M|4600517722]], отправлена в лабораторию.",
    "sample-dotted-code": "Проба крови промаркирована [[M|12.4410.557302]], передана в ЛИС.",
    "specimen-barcode": "Образец [[M|4600518830]] отправлен в ЦКДЛ.",
    "sample-registered-on-date": "Проба зарегистрирована [[D|2021.04.17]], результат готов.",
    "uuid": "Идентификатор пациента в РМИС: [[M|0b7e4a12-93cf-4c1d-8e55-17a2f0c9d3b6]]",
    # a paper's number: the sign before an adjective and the noun, a form's code before the blank's number, "номер" + paper
    "sign-before-adjective-noun": "№ родового сертификата [[M|5520317]] передан в ЖК.",
    "blank-form-code-then-series": "Рецептурный бланк № 148-1/у-88 серия [[M|0413]] № [[M|227190]] выдан.",
    "number-of-appeal": "Номер обращения [[M|2024-557301]] на горячую линию.",
    "contract-long-window": "Договор на оказание платных услуг № [[M|881/24-ПУ]] подписан.",
    # (a residence permit is a foreigner's paper of stay, not a Russian passport: a record number, :mod:`.other_papers`)
    "residence-permit": "Вид на жительство № [[M|83 0457712]], гражданин Армении.",
    # a caption under or after the field names it
    "snils-caption-below": "Адрес: [[L|г. Орёл, ул. Ленина, д. 5]]  — адрес\n[[S|11223344595]]\n(страховой номер ИЛС)",
    "inn-caption-after": f"[[I|{INN_A}]]  (ИНН налогоплательщика)",
    # a misspelt identifier label right before its value beats a phone word further back
    "misspelt-passport-after-phone": "Телфон [[T|8 (926) 512-33-08]] Паспотр [[Pa|46 11 702254]] выдан",
    # a birth certificate of the Soviet form; a complement between the noun and its sign
    "birth-certificate-roman-series": "Свидетельство о рождении ребёнка: [[M|IV-КБ № 508812]], выдано ЗАГС.",
    "number-of-certificate-complement": "Номер справки о временной нетрудоспособности: [[M|33-551872]]",
    "employer-inn-kept": "Место работы: АО «Стройтех», ИНН [[I|5038021175]], бухгалтер.",
    "patient-inn-ten-digits": "Для налогового вычета ИНН пациентки: [[I|5038021175]].",
    # "<adjective> номер" is a label; "номер" + an entry or an event a register numbers
    "adjective-number-label": "Присвоен учётный номер [[M|7730-к/24]] в регистре.",
    "number-of-entry": "Уникальный номер записи [[M|00451277]] в журнале регистратуры.",
    "number-of-hospitalisation": "Номер госпитализации [[M|2024/11873]], отделение кардиологии.",
    "genitive-plural-then-field": "Ограничение движений Номер ЭМК [[M|55-2231904]].",
    "record-then-word-like-unit": "Номер медицинской карты: [[M|К-50213]] раздражительность, плохой сон.",
    "emr-id-then-word-like-unit": "ЭМК ID [[M|55120934-7781]] недосыпание, усталость.",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_identifiers_are_found_and_typed(scanner: PiiScanner, name: str) -> None:
    text, spans = planted(CASES[name])
    check_planted(scanner.scan(text), text, spans)


CLEAN = {
    "tests-named-proba": "Проба Зимницкого: 1020, 1015, 1010, 1012. Проба Реберга: 95 мл/мин. Проба Манту 12 мм.",
    "ortho-test": "Ортостатическая проба: ЧСС 72, после подъёма 96 в минуту.",
    "ward-by-number": "Переведена в палату под номером 512 на 3 этаже.",
    "queue-by-number": "В очереди на операцию под номером 14.",
    "icd-under-code": "Диагноз под кодом I11.9 по МКБ-10, сопутствующий E11.",
    "prescription-dose": "Рецепт на амоксициллин 500 мг 3 раза в день 7 дней, серия препарата не указана.",
    "referral-to-clinic": "Направление в поликлинику № 12 к эндокринологу.",
    "hospital-number": "Направление на госпитализацию в ГКБ № 52, отделение кардиологии.",
    "form-code": "Заполнена форма № 057/у-04, направление выдано.",
    # (an organisation's valid ten-digit INN is reported since round 24: test_pii_round24_inn; its КПП stays clean, and
    # ten digits failing the check digit where the organisation is named are no INN)
    "organisation-requisites": "Выдана медицинской организацией ООО «Медцентр Плюс», ИНН 5038021176, КПП 503801001.",
    "payee-inn-kpp": "Получатель платежа ГАУЗ «ГП № 7», ИНН/КПП 1655012345/165501001",
    "service-code": "Код услуги A06.09.007.002 по номенклатуре, повтор B01.047.001.",
    "ordinal-number": "Порядковый номер 3 в списке ожидания.",
    "lot-number": "Вакцина Гам-КОВИД-Вак, серия 1234 введена в дельтовидную мышцу.",
}


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_look_alikes_stay_clean(scanner: PiiScanner, name: str) -> None:
    assert scanner.scan_fast(CLEAN[name]) == []


def test_a_call_by_number_stays_a_phone(scanner: PiiScanner) -> None:
    text = "Просила перезвонить по номеру 8 917 440 21 36 после обеда."
    assert [e.type for e in scanner.scan_fast(text)] == ["PHONE_NUMBER"]
    # an internal extension is a phone's, if anything, never a record's
    text = "Звонить на внутренний номер 2231 (пост)."
    assert "MEDICAL_RECORD_NUMBER" not in [e.type for e in scanner.scan_fast(text)]


def test_the_nearest_document_noun_decides() -> None:
    text = "Рецепт серия и номер 4512 331207"
    assert other_document_named(text, text.index("4512"))
    text = "Паспорт, серия и номер 4512 331207"
    assert not other_document_named(text, text.index("4512"))
    # a noun that already has its number names that one, not the next value
    text = "Полис № 5049221077310046; документ 4512 331207"
    assert not other_document_named(text, text.index("4512"))
