"""Tuning families of round 20: Russian phone numbers as the numbering plan, the standards and people write them.

Our phone readers were shaped on the layouts our tuning authors happened to write; these families are made from the
conventions instead, each naming its source:

* the Russian numbering plan (Россвязь; приказ Мининформсвязи № 142 of 17.11.2006 "Российская система и план
  нумерации"): ten national digits after the trunk prefix "8" or the country code "+7"; a mobile (DEF) code of three
  digits "9xx"; a geographic (ABC) code of three, four or five digits with a local number of seven, six or five digits
  ("+7 (495) 123-45-67", "+7 (3452) 12-34-56", "8 (34345) 2-17-80"), and that local number alone inside its zone;
* ГОСТ Р 7.0.97-2016 (реквизиты документа: "справочные данные об организации"): "Тел. (495) 123-45-67", "тел./факс",
  the country code "+7" in brackets-free international form;
* E.164 (ITU-T): the country code and the national number with no "+" and no separator, as exports, SMS gateways and
  FHIR/CDA telecom fields write it ("79123456789", "tel:+79123456789");
* what people type: the groups run together or apart, a glued label, an extension ("доб. 123", "вн. 12-34"), two
  numbers in one field, a number wrapped onto the next line, a messenger's name as the label, a number in running
  text with no phone word, and the look-alike letters a scan gives back (О for 0, З for 3, l for 1).

Not every frame comes from a convention (review A of round 20, finding 10). The frames of ``phone-label-after-conv`` (a
number's kind said after it: "— домашний", "(дом.)", ", сотовый дочери") are the kind stems of :data:`.phones._KIND_WORDS`
in the punctuation its reader accepts; ГОСТ Р 7.0.97 writes the kind before the number. The messenger names of
``phone-messenger-conv`` are those added to :data:`.phone_fields._CUE` the same round. These two families are circular:
they measure that the readers read their own word lists, not that they generalise. No family here carries negatives
(a pressure triple, a date, a lab range or a dosing schedule next to these cues: "{АД} — домашнее", "Гликемия 5-10-12
(дом.)", "WhatsApp 12.03.2019"); false positives are measured only on real notes, which hold few phones.

All are ``tune`` families (ours; the recognizers may be adjusted on them). ``python -m benchmarks.pii_conventions_phones``
prints samples; :mod:`benchmarks.pii_conventions_measure` scores them.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from benchmarks.pii_families import TUNE, BlockFamily, Family, Maker, Planted

# DEF (mobile) codes are 900-999; geographic (ABC) codes of the plan by length: three digits (a big city, a local
# number of seven), four (a regional centre, six), five (a district town, five)
_GEO_3 = ("495", "499", "812", "343", "383", "846", "861", "863", "342", "351", "391", "473", "831", "843", "347")
_GEO_4 = ("3452", "4012", "8142", "4842", "3412", "4722", "8182", "3952", "4232", "8552", "3822", "4912", "8332")
_GEO_5 = ("34345", "48762", "86372", "38822", "81378", "49242", "34241", "84235", "86137", "47148", "39131", "35136")


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _area(rng: random.Random, length: int, mobile: bool) -> str:
    if length == 3:
        return "9" + _d(rng, 2) if mobile else rng.choice(_GEO_3)
    return rng.choice(_GEO_4 if length == 4 else _GEO_5)


def numbers(*layouts: str, mobile: bool = True) -> Maker:
    """Layouts: A the area (DEF or ABC) code's digits (3, 4 or 5 of them; with 3, a mobile code unless ``mobile`` is
    False), B the subscriber's digits; everything else literal ("+7 (AAAA) BB-BB-BB", "8 (AAAAA) B-BB-BB")."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts)
        area = _area(rng, layout.count("A"), mobile or rng.random() < 0.3)
        digits = iter(area + _d(rng, layout.count("B")))
        return "".join(next(digits) if ch in "AB" else ch for ch in layout)

    return make


def local(*layouts: str) -> Maker:
    """A local number alone (inside its zone one dials the subscriber's digits only): B digits, the first not 0."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts)
        digits = iter(str(rng.randrange(2, 10)) + _d(rng, layout.count("B")))
        return "".join(next(digits) if ch == "B" else ch for ch in layout)

    return make


# a scan's look-alikes of digits (the letters :mod:`medsyn_dataset.validation.pii.ocr_dates` lists): О for 0, З for 3,
# l or I for 1, б for 6
_LOOKALIKE = {"0": "ОO", "3": "З", "1": "lI", "6": "б"}


def ocr(make: Maker, letters: int = 1) -> Maker:
    """``make``'s number with ``letters`` of its digits (never the first) given back as look-alike letters."""

    def inner(rng: random.Random, fake: Any, case: str) -> str:
        value = list(make(rng, fake, case))
        spots = [i for i, ch in enumerate(value) if ch in _LOOKALIKE and i > 1]
        for i in rng.sample(spots, min(letters, len(spots))):
            value[i] = rng.choice(_LOOKALIKE[value[i]])
        return "".join(value)

    return inner


def extended(make: Maker) -> Maker:
    """``make``'s number with an extension after it: "доб. 123", ", вн. 12-34", "(доб. 2045)"."""

    def inner(rng: random.Random, fake: Any, case: str) -> str:
        extension = rng.choice(("123", "12-34", "2045", "17", "345"))
        label = rng.choice(("доб. ", "доб.", "вн. ", "вн.", "добавочный ", "внутр. "))
        joined = rng.choice((" {}", ", {}", " ({})"))
        return make(rng, fake, case) + joined.format(label + extension)

    return inner


_MOBILE_TYPED = ("8-AAA-BBB-BB-BB", "8AAA BBB BB BB", "8AAABBBBBBB", "+7(AAA)BBBBBBB", "7 AAA BBBBBBB", "8 (AAA)-BBB-BB-BB",
                 "8 AAA BBB BB BB", "+7 AAA BBB-BB-BB", "8(AAA)BBB-BB-BB", "+7-AAA-BBB-BBBB", "8 AAA BBBBBBB",
                 "+7AAABBBBBBB", "8 (AAA) BBB BBBB", "+7 (AAA) BBB BB BB", "8.AAA.BBB.BB.BB", "8 AAA-BBB-BBBB")


# E.164 (ITU-T): a country code of one to three digits and the national number, fifteen digits at most; copied from a
# messenger or a phone book without its "+" ("998901234567"); with it and the country's own grouping ("+998 90 123 45 67",
# "+375 29 123-45-67"); the North American Numbering Plan's own layout "1-NPA-NXX-XXXX" ("1-212-555-0123")
_FOREIGN = (("998", "9B BBB BB BB"), ("992", "9B BBB BBBB"), ("996", "5BB BBB BBB"), ("375", "29 BBB-BB-BB"), ("374", "9B BBB BBB"),
            ("994", "5B BBB BB BB"), ("380", "6B BBB BBBB"), ("995", "5BB BB BB BB"), ("49", "15B BBBBBBBB"), ("90", "5BB BBB BB BB"))


def foreign(rng: random.Random, fake: Any, case: str) -> str:
    """A relative's number abroad as E.164 gives it: digits only, "+" and the country's grouping, or NANP's layout."""
    kind = rng.random()
    if kind < 0.3:
        return "1-" + str(rng.randrange(201, 990)) + "-" + str(rng.randrange(201, 990)) + "-" + _d(rng, 4)
    code, layout = rng.choice(_FOREIGN)
    national = "".join(str(rng.randrange(10)) if ch == "B" else ch for ch in layout)
    if kind < 0.7:
        return code + "".join(ch for ch in national if ch.isdigit())
    return "+" + code + " " + national


def _pair(frames: tuple[str, ...], joiners: tuple[str, ...], first: Maker, second: Maker) -> Callable[[random.Random, Any], Planted]:
    """Two numbers in one field ("{}" in a frame): each a gold span, joined by one of ``joiners``."""

    def make(rng: random.Random, fake: Any) -> Planted:
        frame = rng.choice(frames)
        a, b = first(rng, fake, "nomn"), second(rng, fake, "nomn")
        joiner = '", "' if '"' in frame else rng.choice(joiners)  # (an export's array: its items quoted apart)
        slot = frame.index("{}")
        text = frame[:slot] + a + joiner + b + frame[slot + 2 :]
        b_start = slot + len(a) + len(joiner)
        return Planted(text, [("PHONE_NUMBER", slot, slot + len(a)), ("PHONE_NUMBER", b_start, b_start + len(b))])

    return make


def _wrapped(frames: tuple[str, ...], layouts: tuple[str, ...]) -> Callable[[random.Random, Any], Planted]:
    """A number a narrow form's cell or a fax wrapped onto the next line at one of its group breaks ("|" in the
    layout): one gold span across the break."""

    def make(rng: random.Random, fake: Any) -> Planted:
        head, tail = rng.choice(layouts).split("|")
        whole = numbers(head + "\n" + tail)(rng, fake, "nomn")
        frame = rng.choice(frames)
        slot = frame.index("{}")
        return Planted(frame[:slot] + whole + frame[slot + 2 :], [("PHONE_NUMBER", slot, slot + len(whole))])

    return make


FAMILIES: list[Family] = [
    # the numbering plan: area codes of three, four and five digits, local numbers of seven, six and five
    Family("phone-plan-geo-codes-conv", "PHONE_NUMBER", TUNE,
           ("Тел. регистратуры {}.", "Контактный телефон поликлиники: {}", "Телефон ФАПа {}", "Справки по телефону {}."),
           numbers("+7 (AAA) BBB-BB-BB", "+7 (AAAA) BB-BB-BB", "8 (AAAAA) B-BB-BB", "8 (AAAA) BB-BB-BB", "8 (AAAAA) BB-BBB",
                   "+7 AAAA BB-BB-BB", "8-AAAAA-B-BB-BB", "8 AAAAA BBBBB", "8(AAAA)BBBBBB", "+7 (AAAAA) BB-B-BB", mobile=False)),
    Family("phone-plan-nocue-conv", "PHONE_NUMBER", TUNE,
           ("Дочь пациентки — {}.", "Сопровождающий: сын, {}.", "Родственники предупреждены, {} (муж).", "Сведения передать по {} до 18:00."),
           numbers("+7 (AAAA) BB-BB-BB", "8 (AAAAA) B-BB-BB", "8 (AAA) BBB-BB-BB", "+7 (AAA) BBB-BB-BB", mobile=False)),
    # ГОСТ Р 7.0.97-2016: a letterhead's enquiry data, "Тел. (495) 123-45-67, факс ..."
    Family("phone-gost-letterhead-conv", "PHONE_NUMBER", TUNE,
           ("Тел. {}", "тел./факс {}", "Тел.: {}, e-mail: gb2@zdrav.ru", "Телефон/факс: {}", "Исполнитель: Смирнова О.В., тел. {}"),
           numbers("(AAA) BBB-BB-BB", "(AAAA) BB-BB-BB", "(AAAAA) B-BB-BB", "+7 AAA BBB-BB-BB", "+7 (AAAA) BB-BB-BB",
                   "8 (AAA) BBB-BB-BB", mobile=False)),
    # what people type: the mobile number's groups together or apart
    Family("phone-typed-mobile-conv", "PHONE_NUMBER", TUNE,
           ("Телефон: {}", "Контактный тел. {}", "Моб. {}", "Телефон матери {}.", "Связь с пациентом по телефону {}."),
           numbers(*_MOBILE_TYPED)),
    # a label glued to the number, or with a colon and no space
    Family("phone-glued-label-conv", "PHONE_NUMBER", TUNE,
           ("тел.{}", "моб:{}", "т. {}", "Тел:{}", "тел-{}", "т.{}", "Моб.тел.{}", "тел.моб.{}", "сот.{}", "ТЕЛ{}"),
           numbers("8AAABBBBBBB", "+7AAABBBBBBB", "8 AAA BBB BB BB", "8-AAA-BBB-BB-BB", "+7(AAA)BBB-BB-BB")),
    # an extension after the number (the exchange's inner number): "доб. 123", "вн. 12-34"
    Family("phone-extension-conv", "PHONE_NUMBER", TUNE,
           ("Справки по телефону {}.", "Тел. отделения: {}", "Контакт: {}, с 9 до 16.", "Звонить по {}"),
           extended(numbers("+7 (AAA) BBB-BB-BB", "8 (AAAA) BB-BB-BB", "8 AAA BBB-BB-BB", "+7 AAA BBB BB BB", mobile=False))),
    # a local number alone after a phone cue (dialled inside its zone)
    Family("phone-local-cued-conv", "PHONE_NUMBER", TUNE,
           ("тел. {}", "Тел. {} (дом.)", "Домашний телефон: {}", "т. {}", "Телефон соседки {}", "раб. тел. {}", "тел. дом. {}"),
           local("B-BB-BB", "BB-BB-BB", "BBB-BB-BB", "BB-BBB", "BBBBB", "BBBBBB", "BB BB BB", "BBB BB BB")),
    # in brackets after the person it belongs to
    Family("phone-bracketed-conv", "PHONE_NUMBER", TUNE,
           ("Сопровождает мать ({}).", "Уведомлен сын пациента ({})", "Законный представитель Иванова Н.П. ({}).",
            "Направлен участковому терапевту (тел. {})."),
           numbers("89BBBBBBBBB", "8-9BB-BBB-BB-BB", "+7 9BB BBB BB BB", "8 (9BB) BBB-BB-BB", "+79BBBBBBBBB")),
    # running text, no phone word at all
    Family("phone-running-text-conv", "PHONE_NUMBER", TUNE,
           ("Просит сообщить дочери {} о выписке.", "Результаты передать на {}.", "Сын пациента, {}, в курсе.",
            "Записан на 14:00, напомнить по {}.", "Дочь Наталья {}", "Иванова Н.П. {} — опекун."),
           numbers("89BBBBBBBBB", "8 9BB BBB BB BB", "+79BBBBBBBBB", "8-9BB-BBB-BB-BB", "+7 9BB BBB-BB-BB")),
    # a messenger's name as the label
    Family("phone-messenger-conv", "PHONE_NUMBER", TUNE,
           ("WhatsApp: {}", "Viber {}", "Telegram: {}", "ватсап {}", "вайбер: {}", "телеграм {}", "WA {}", "tg: {}",
            "Связь в мессенджерах (WhatsApp/Telegram): {}", "пишите в WhatsApp на {}"),
           numbers("+7 9BB BBB BB BB", "89BBBBBBBBB", "+79BBBBBBBBB", "8 9BB BBB-BB-BB", "+7(9BB)BBB-BB-BB")),
    # E.164: the country code and the national number, no "+" and no separator, as exports write it
    Family("phone-e164-export-conv", "PHONE_NUMBER", TUNE,
           ('"phone": "{}"', "msisdn={}", "<telecom value=\"tel:+{}\"/>", "PHONE;{};", "contact_phone: {}", "tel={}",
            '{{"system": "phone", "value": "{}"}}', "<Phone>{}</Phone>", "Телефон (E.164): {}"),
           numbers("7AAABBBBBBB", "7AAAABBBBBB", "7AAABBBBBBB", mobile=True)),
    # a relative abroad: E.164 without its "+", the country's own grouping, NANP's layout
    Family("phone-foreign-relative-conv", "PHONE_NUMBER", TUNE,
           ("WhatsApp сына (Ташкент): {}", "Телефон матери в Бишкеке: {}", "Viber {}", "Телефон брата (США): {}",
            "Связь с мужем через Telegram: {}", "тел. {} (жена, Душанбе)", "Контакт родственников за рубежом: {}"),
           foreign),
    # whose or what number it is said after it ("— домашний", "(раб.)", ", сотовый дочери")
    Family("phone-label-after-conv", "PHONE_NUMBER", TUNE,
           ("{} — домашний, трубку берёт соседка.", "{} (дом.)", "{} — рабочий", "{}, сотовый дочери.", "{} — моб. сына",
            "{} (раб.), звонить с 9 до 18", "{} — мобильный."),
           lambda rng, fake, case: (local("BB-BB-BB", "BBB-BB-BB", "B-BB-BB") if rng.random() < 0.5
                                    else numbers("8 (AAAA) BB-BB-BB", "8-AAA-BBB-BB-BB", "8AAABBBBBBB", mobile=True))(rng, fake, case)),
    # a whole number after the bare word "номер" ("мой новый номер ...": the numbering plan's eleven digits, any code)
    Family("phone-after-number-word-conv", "PHONE_NUMBER", TUNE,
           ("Мой новый номер {}, старый не работает.", "Новый номер {}.", "Записан номер {} для обратной связи.",
            "Сменила номер: {}", "Оставила номер {} дежурной медсестре."),
           numbers("8-AAAA-BB-BB-BB", "8-AAAAA-B-BB-BB", "8 AAA BBB-BB-BB", "+7-AAAA-BB-BB-BB", "8-AAA-BBB-BB-BB", mobile=False)),
    # a scan's look-alike letters in the digits
    Family("phone-ocr-lookalike-conv", "PHONE_NUMBER", TUNE,
           ("Тел. {}", "Контактный телефон: {}", "Моб.тел. {}", "Телефон {}"),
           ocr(numbers("8 (AAA) BBB-BB-BB", "+7 AAA BBB BB BB", "8-AAA-BBB-BB-BB", "8 AAA BBB BB BB", "+7 (AAA) BBB-BB-BB"), 1)),
]

BLOCKS: list[BlockFamily] = [
    BlockFamily("phone-two-numbers-conv", TUNE, _pair(
        ("Тел. {}.", "Контактные телефоны: {}", "Телефоны родственников {}.", "Связь: {} (дочь)."),
        (", ", "; ", " или ", ", ", " / ", ",\u00a0"),
        numbers(*_MOBILE_TYPED), numbers("+7 (AAA) BBB-BB-BB", "8 (AAAA) BB-BB-BB", "8 9AA BBB BB BB", "8AAABBBBBBB", mobile=False))),
    # a relative's list of numbers, the second one abroad (E.164 without "+", NANP), in prose and in an export's array
    BlockFamily("phone-two-numbers-abroad-conv", TUNE, _pair(
        ("жена — Иванова Н.П.: {}", "Контакты матери: {}.", '"phones": ["{}"]', "брат (в Ташкенте): {}"),
        (", ", "; ", " или "), numbers(*_MOBILE_TYPED), foreign)),
    BlockFamily("phone-line-wrapped-conv", TUNE, _wrapped(
        ("Контактный телефон: {}\n", "Тел. {}", "Телефон законного представителя: {}"),
        ("8 (AAA)|BBB-BB-BB", "+7 AAA BBB|BB BB", "8-AAA-|BBB-BB-BB", "+7 (AAAA)|BB-BB-BB", "8 AAA BBB-|BB-BB"))),
]


if __name__ == "__main__":
    import sys

    from benchmarks.pii_conventions_measure import show

    show(FAMILIES, BLOCKS, int(sys.argv[1]) if len(sys.argv) > 1 else 2)
