"""Round 25 (OMS): OMS policies in the shapes the system issues and hurried notes write.

* the sixteen digits of a ЕНП wrapped over lines with their groups kept ("7755 1122\\n3344 5566", four lines of four);
* an old regional policy's series with the insurer's letters before the region's digits ("ЯА-67 № 05359207");
* the policy's word cut to "пол." and the temporary certificate's words cut ("врем. свид-во"), its "ВС" with no sign;
* the electronic policy's card, "карта ОМС <ЕНП>", a policy and no record number;
* a ЕНП's groups parted by stops, and the paper form's six and ten digits by the check digit alone;
* the policy's abbreviation glued to a lettered series ("ЕНПАБ-85137891");
* a fixed-width register pasted after prose with no stop, its first column a running number ("... веса N   ФАМИЛИЯ").
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

CASES = {
    "old-series-letters-then-region": "Полис ОМС: [[O|ЯА-67 № 05359207]]\nЖалоб нет.",
    "old-series-letters-glued-region": "Страховой полис [[O|ЕАА99 № 56813549]] старого образца.",
    "contracted-word-regional-number": "Жалобы на кашель. пол. [[O|770012345678]] действителен",
    "contracted-word-after-number-word": "номер пол. [[O|7755 1122 3344 5566]], подтвержден",
    "contracted-word-digit-series": "пол. серии [[O|5401 № 123456]] старого образца",
    "temporary-certificate-no-sign": "ВС [[O|123456789]] выдано в СМО",
    "temporary-certificate-cut-words": "врем. свид-во [[O|123456789]] до получения полиса",
    "electronic-policy-card": "карта ОМС [[O|7755112233445566]] предъявлена",
    "glued-abbreviation-series": "скованность. ЕНП[[O|АБ-85137891]] — проверено по ЕРЗЛ.",
    "enp-groups-parted-by-stops": "полис [[O|7755.1122.3344.5566]] на руках",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_policies_are_found(scanner: PiiScanner, name: str) -> None:
    text, spans = planted(CASES[name])
    check_planted(scanner.scan(text), text, spans)


WRAPPED = {
    "two-lines-grouped": "Полис ОМС:\n7755 1122\n3344 5566\nЖалобы на кашель.",
    "dash-left-at-line-end": "ЕНП 7755-1122-\n3344-5566 проверен",
    "four-lines": "полис\n7755\n1122\n3344\n5566\n",
    "age-after-the-value": "Полис (единого образца) 34569960\n86007426 38 лет. Жалобы на слабость.",
}


@pytest.mark.parametrize("name", sorted(WRAPPED))
def test_a_wrapped_enp_is_one_value(scanner: PiiScanner, name: str) -> None:
    text = WRAPPED[name]
    digits = [e for e in scanner.scan(text) if e.type == "RU_OMS_POLICY"]
    assert [sum(ch.isdigit() for ch in text[e.start : e.end]) for e in digits] == [16], [text[e.start : e.end] for e in digits]


def test_the_contracted_word_keeps_its_kind_out_of_the_value(scanner: PiiScanner) -> None:
    # "пол. ОМС №<ЕНП>": "ОМС" names the policy's kind, it is no series of the number
    text = "пол. ОМС №9596-7385-3147-9117 Боли в пояснице."
    assert [text[e.start : e.end] for e in scanner.scan(text) if e.type == "RU_OMS_POLICY"] == ["9596-7385-3147-9117"]


def test_a_register_pasted_after_prose_keeps_its_columns(scanner: PiiScanner) -> None:
    text = ("Жалобы: чувство жара - снижение веса N   ФАМИЛИЯ И.О.              Д/Р         ПОЛИС             СНИЛС\n"
            "1   НУРЛАНОВ Н.М.             15.11.1989  5592927801591840  90961752535\n"
            "2   РОГОВА Л.Ф.               15.10.1942  6127861913567152  42276510666\n")
    found = {text[e.start : e.end]: e.type for e in scanner.scan(text)}
    assert found.get("6127861913567152") == "RU_OMS_POLICY" and found.get("42276510666") == "RU_SNILS", found


def test_a_paper_forms_six_and_ten_digits_by_check_digit(scanner: PiiScanner) -> None:
    # the policy's paper form prints its ЕНП as six digits and ten; with no word the check digit decides
    text = "Пришла на прием, 772441 9373623257, жалобы на кашель."
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == [("RU_OMS_POLICY", "772441 9373623257")]


CLEAN = {
    "date-after-policy-word": "Полис 12.03.2020 продлен",
    "sex-field": "Пол: муж. Возраст 45 лет.",
    "sex-code": "пол. 2, возраст 34",
    "polyclinic-number": "Обратился в пол. № 12 по месту жительства.",
    "armed-forces-years": "Служба в ВС 1990-1992 гг.",
    # a town's name in capitals starts "ОМС" and a postcode follows: no policy glued to its series (review A r25, 10)
    "town-in-capitals-and-postcode": "ОМСК 644043",
    "town-in-capitals-and-code": "Сын, ОМСК 123456789",
    "reaction-positive-date": "RW пол. от 12.03.2020",
}


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_look_alikes_stay_clean(scanner: PiiScanner, name: str) -> None:
    text = CLEAN[name]
    found = [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type != "DATE_TIME"]
    assert found == [], found


@pytest.mark.parametrize("text", ["Номер заказа 240351 5803509062", "Штрихкод 240351 5803509062",
                                  "Номер заказа 772441 9373623257"])
def test_six_and_ten_digits_another_objects_label_names_are_no_policy(scanner: PiiScanner, text: str) -> None:
    """An order's or a barcode's label before six and ten digits names that object's number: the ЕНП's one check digit
    passes one number in ten (review A r25, finding 7)."""
    assert [text[e.start : e.end] for e in scanner.scan(text) if e.type == "RU_OMS_POLICY"] == []
