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

Not every frame comes from a convention (review A of round 20, finding 10). These come from our readers, not from a
convention or an author: the frames of ``phone-label-after-conv`` (a number's kind said after it: "— домашний",
"(дом.)", ", сотовый дочери") are the kind words of :data:`.phone_fields.KIND_STEMS` and ``KIND_ABBREVIATIONS`` in the
punctuation their reader accepts (ГОСТ Р 7.0.97 writes the kind before the number); the messenger names of
``phone-messenger-conv`` are those added to :data:`.phone_fields._CUE` the same round; the glued labels of
``phone-glued-label-conv`` are :data:`.phones._GLUED_LABEL`'s. Those families measure that the readers read their own
word lists, not that they generalise.

Every family has negatives (:data:`NEGATIVES`): clean text with numbers that look like phones (a pressure triple, a
date, a lab range, a dosing schedule, an order's or a document's number, an organisation's requisites, a SNILS or an
INN) next to the family's own cues, where no phone may be found; :mod:`benchmarks.pii_conventions_measure` plants them
and counts what is flagged as false positives, and a test scans each one.

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
            "{} (раб.), звонить с 9 до 18", "{} — мобильный.", "Сын Алексей {} (дом.)", "Контакты: соседка Галина {} (моб.)"),
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

# Negatives per family (see the module's docstring): the family's cues next to clean numbers that look like phones.
NEGATIVES: dict[str, tuple[str, ...]] = {
    "phone-plan-geo-codes-conv": ("Телефон ФАПа не работает с 12.03.2019.", "Справки по телефону регистратуры с 8-00 до 20-00.",
                                  "Контактный телефон поликлиники уточнить; АД 130/85, ЧСС 72.",
                                  "Тел. регистратуры сменился, талон № 12-345-67."),
    "phone-plan-nocue-conv": ("Дочь пациентки — 34 года, д.р. 12-03-1989.", "Сопровождающий: сын, 1987 г.р.", "Родственники предупреждены 12.03.2019 (муж).",
                              "Сведения передать по форме 058/у до 18:00."),
    "phone-gost-letterhead-conv": ("ОКПО 01234567, ОГРН 1027700132195, ИНН/КПП 7707083893/770701001", "Исх. № 01-12/345 от 12.03.2019",
                                   "Тел./факс: нет; ОКТМО 45382000, ОКВЭД 86.10", "р/с 40702810900000012345, БИК 044525225"),
    "phone-typed-mobile-conv": ("Моб. бригада № 12, выезд в 14:35.", "Связь с пациентом по телефону не установлена 12.03.2019 в 14:20.",
                                "Телефон матери не отвечает, 3 попытки: 12-03 в 9-30, 10-15, 11-40.", "Контактный тел. не указан; SpO2 97-98-96 %."),
    "phone-glued-label-conv": ("т.36,6", "т.38,5 С", "Т:37.2-37.5", "тел.осмотр 12.03.2019"),
    "phone-extension-conv": ("Справки по телефону; доб. 2 таб. вечером.", "Тел. отделения: нет, палата 12, койка 3.",
                             "Контакт: 2-3 раза в неделю, с 9 до 16.", "Звонить по 2 раза в день, 10-12-14 ч."),
    "phone-local-cued-conv": ("Гликемия 5-10-12 (дом.)", "т. 37-38,5 по вечерам", "дом. режим 10-14 дней", "раб. день 8-17 ч.",
                              "Домашний телефон: нет. АД 130-80-72.", "Тел. дом. нет, инсулин 10-8-12 ЕД"),
    "phone-bracketed-conv": ("Сопровождает мать (1965 г.р.).", "Уведомлен сын пациента (12.03.2019).",
                             "Законный представитель Иванова Н.П. (доверенность № 77-123/45).", "Направлен участковому терапевту (каб. 215)."),
    "phone-running-text-conv": ("Просит сообщить дочери результат ОАК от 12.03.2019.", "Результаты передать на 3-й этаж, каб. 312.",
                                "Метформин 500-1000-500 мг.", "Записан на 14:00, напомнить за 1-2 дня.", "Сын пациента, 1987 г.р., в курсе.",
                                "Дочь Наталья 12-03-1987 г.р., 45 лет."),
    "phone-messenger-conv": ("WhatsApp 12.03.2019", "Telegram: 3 сообщения с 10.03 по 12.03", "Viber установлен, 2019",
                             "Фото ЭКГ в WhatsApp, ЧСС 72, PQ 0,16.", "вайбер: 2 фото анализов, глюкоза 5,8-6,1-7,2"),
    "phone-e164-export-conv": ('"snils": "11223344595"', "PHONE;не указан;20190312;", '"birth_date": "1987-03-12"',
                               '"oms": "7798299793000047"', "<Phone></Phone><Weight>72</Weight>"),
    "phone-foreign-relative-conv": ("Телефон матери в Бишкеке: нет, выехала 12-03-2019", "Контакт родственников за рубежом: 2 сестры, 1987 и 1990 г.р.",
                                    "Телефон брата (США) утерян 12.03.2019.", "Виза до 12.03.2025, въезд 01.02.2024."),
    "phone-label-after-conv": ("АД 135-85-70 — домашнее, утром.", "ЧСС 60-72-80 — домашний мониторинг.", "12-03-19, рабочий день.",
                               "Инсулин 10-8-12 ЕД (дом.)", "Гликемия 5-10-12 (дом.)", "Смена 08-20-08 — рабочий график."),
    "phone-after-number-word-conv": ("Номер палаты 12.", "Номер полиса 7798299793000047.", "Номер направления 12-345-67.",
                                     "Номер в очереди 15, вызвана в 14:20."),
    "phone-ocr-lookalike-conv": ("Тел. нет. АД 12О/8О", "Контактный телефон: отсутствует; Hb l32 г/л", "Моб.тел. не указан, t З7,2"),
    "phone-two-numbers-conv": ("Контактные телефоны: не указаны, АД 140/90; 130/85.", "Связь: 2-3 раза в неделю (дочь).",
                               "Телефоны родственников 12.03.2019 и 14.03.2019 не отвечали."),
    "phone-two-numbers-abroad-conv": ("брат (в Ташкенте): 1987 г.р., 2 детей", '"phones": [], "birth_date": "1987-03-12"', "Контакты матери: нет, 12.03.2019."),
    "phone-line-wrapped-conv": ("Контактный телефон:\n12.03.2019 осмотрен", "Тел.\n130/80", "Телефон законного представителя: нет\n2 раза в день"),
}

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
