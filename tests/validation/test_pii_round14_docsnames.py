"""PII that generalises (issue #10, round 14): documents, names and places.

Every case is made up here (not taken from the benchmark):

* a label's words before its bracketed note ("Полис ОМС старого образца (серия, номер): ...", :mod:`.id_fields`);
* a document label written as initials with stops ("И.Н.Н.", "С.Н.И.Л.С.", "О.М.С.", :mod:`.ocr_labels`): the cue
  decides the type, so twelve digits grouped as a passport after "И.Н.Н." are a tax number.

Look-alikes stay clean: doses, lab values, ICD codes, times and ward numbers beside the same labels; a person's two
initials are no label.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.checksums import inn_valid
from medsyn_dataset.validation.pii.ocr_labels import join_spaced_labels


def _inn12(body: str) -> str:
    """A person's INN: ten digits and their two check digits (the tax service's weights)."""
    w1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    w2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    d11 = sum(int(d) * w for d, w in zip(body, w1, strict=True)) % 11 % 10
    d12 = sum(int(d) * w for d, w in zip(body + str(d11), w2, strict=True)) % 11 % 10
    return body + str(d11) + str(d12)


INN = _inn12("7712043518")
assert inn_valid(INN)
INN_AS_PASSPORT = f"{INN[:4]} {INN[4:10]} {INN[10:]}"  # "7712 043518 NN": a passport's 4 + 6 inside it
INN_IN_TWOS = f"{INN[:2]} {INN[2:4]} {INN[4:10]} {INN[10:]}"

CASES = {
    # a label's words, then its note in brackets, then the value
    "old-policy-series-letters": "Полис ОМС старого образца (серия и номер): [[O|КЕ № 4410286]], выдан СМО «Ингосстрах-М».",
    "old-policy-region-digits": "Страховой полис ОМС прежнего образца (серия/номер) - [[O|50 01 771204]]; прикреплён к участку 4.",
    "old-policy-two-digit-groups": "Полис (старый, бумажный): [[O|61 02 № 5512093]]; выдан СК «Макс-М».",
    "inn-words-before-note": f"ИНН физического лица (для налогового вычета): [[I|{INN}]]",
    # dotted initials of a document label: the label decides the type
    "dotted-inn-passport-grouping": f"В договоре указан И.Н.Н. [[I|{INN_AS_PASSPORT}]], оплата наличными.",
    "dotted-inn-spaced-stops": f"И. Н. Н.: [[I|{INN_IN_TWOS}]] (со слов пациента)",
    "dotted-snils": "С.Н.И.Л.С. [[S|112-233-445 95]] проверен.",
    # a comma-separated export's header glued to a sentence that has commas of its own and no stop
    "csv-header-after-comma-sentence": "Отрыжка, тяжесть в эпигастрии, стул 1 раз в 2 дня patient,policy,vaccine\n"
                                       "\"[[P|Соколова Майя Петровна]]\",[[O|7701234567890129]],Гам-КОВИД-Вак\n",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_round14_documents_found(scanner: PiiScanner, name: str) -> None:
    text, spans = planted(CASES[name])
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    "Полис ОМС старого образца (серия, номер) не предъявлен; АД 130/85 мм рт. ст., Hb 128 г/л.",
    "Полис ОМС (нового образца) оформляется, палата 12, метформин 850 мг 2 раза в день в 08:00 и 20:00.",
    "Осмотрен И.Н. Петровым: диагноз I11.9, ЧСС 78 уд/мин, калий 4,2 ммоль/л.",
    "Полис ОМС 77 00 № 46 мкг/мл не читается, ферритин 46 мкг/л.",
    # a sentence with commas ending in a comma-separated list of drugs: no header, nothing read below it
    "Принимает: эналаприл, бисопролол,аторвастатин,аспирин\n12,5 мг,5 мг,20 мг,75 мг\n",
    "О.М.С. не оформлен. Назначено: аторвастатин 20 мг на ночь, контроль ЛПНП 2,6 ммоль/л через 3 мес.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_round14_document_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type != "PERSON"] == []


def test_dotted_labels_are_joined_in_place() -> None:
    text = "И.Н.Н. 1234, С. Н. И. Л. С. 5, врач Петров И.Н."
    joined = join_spaced_labels(text)
    assert len(joined) == len(text)
    assert joined.startswith("ИНН    1234, СНИЛС          5")
    assert joined.endswith("Петров И.Н.")  # two initials: a person, no label
