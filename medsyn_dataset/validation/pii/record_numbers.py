"""Record numbers by a small grammar: a document noun phrase, a short window, a sign, a value.

Institutions name their records in countless ways ("Медицинская карта № 2019/ХО/39206", "Карта
вызова 2022-320353", "Карта стац. больного 37075-к", "№ медкарты стационара — 9828/С-2014", "Пациент
№ 137 964 2349 в ЛИС", "Код пациента МИС «Ариадна»: 721 511 3214", "Карта ф. 025/у № 35674-43",
"Номер медицинской карты (ЧДД 23): 84915ОНК25"). Rather than list their phrases, this module reads
the shape they share:

* a **document noun**: карта/медкарта, история (болезни, родов, развития), ИБ, и/б, талон, протокол,
  журнал, случай, вызов, шифр, штрих-код, идентификатор, ID, код, номер, ЭМК, КВ, МКСБ, ... in any case;
* a **window** of at most ~70 characters on the same line: any words and abbreviations ("стац.
  больного", "медицинской", "МИС"), a note in brackets or quotes ("(ЧДД 23)", "«Ариадна»"), a form's
  number ("ф. 025/у", "(ф. 003/у)"), commas; never a word that names another number (ward, bed,
  team, district, phone, policy, passport: "палата № 5" is no record);
* a **sign**: "№", "N", ":", a dash, a table border "|"; strong nouns (a card, a case history) may
  stand right before the value, weak ones (код, номер, случай, пациент) need a sign;
* a **value**: a token with digits and letters joined by "/", "-", "." (a series before, a
  department after: "ГКБ1-2019-000123", "2019/ХО/39206", "37075-к", "84915ОНК25"), or digit groups
  split by single spaces ("137 964 2349").

The nouns, the words where a scan for them starts, a label's owner and the papers "номер" names are in
:mod:`.record_nouns` (with :func:`.record_nouns.names_record` and :func:`.record_nouns.record_label`, which other modules
ask about their labels); the value's shape and the checks that leave clinical values out live in :mod:`.record_values`.
Papers read from their sign instead of a record's noun ("Справка № 45-17", "Выписной эпикриз. 7600/19.") are in
:mod:`.numbered_papers`; the words of other numbers the window may not cross, in :mod:`.other_number_words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import lowered, word_starts
from medsyn_dataset.validation.pii.digit_ahead import digit_or_break
from medsyn_dataset.validation.pii.document_codes import FORM_CODE
from medsyn_dataset.validation.pii.numbered_papers import numbered_documents, titled_documents
from medsyn_dataset.validation.pii.other_number_words import OTHER_NUMBER as _OTHER_NUMBER
from medsyn_dataset.validation.pii.paper_nouns import IDENTIFIER_WORDS as _IDENTIFIER_WORDS
from medsyn_dataset.validation.pii.paper_nouns import VOUCHER_WORDS
from medsyn_dataset.validation.pii.phone_fields import whole_phone
from medsyn_dataset.validation.pii.phone_labels import CALL_WORDS, PHONE_OWNER_AFTER
from medsyn_dataset.validation.pii.phone_labels import PHONE_GROUPS as _PHONE_GROUPS
from medsyn_dataset.validation.pii.phone_labels import PHONE_WORD_BEFORE as _PHONE_WORD_BEFORE
from medsyn_dataset.validation.pii.phone_labels import TOWN_PHONE as _TOWN_PHONE
from medsyn_dataset.validation.pii.record_extras import BARCODE as _BARCODE
from medsyn_dataset.validation.pii.record_extras import CODE_SHAPED as _CODE_SHAPED
from medsyn_dataset.validation.pii.record_extras import LEAVE_BELOW as _LEAVE_BELOW
from medsyn_dataset.validation.pii.record_extras import bracketed_value as _bracketed_value
from medsyn_dataset.validation.pii.record_extras import joined_value as _joined_value
from medsyn_dataset.validation.pii.record_extras import listed_values as _listed_values
from medsyn_dataset.validation.pii.record_extras import person_number as _person_number
from medsyn_dataset.validation.pii.record_extras import sample_code as _sample_code
from medsyn_dataset.validation.pii.record_nouns import ANCHOR as _ANCHOR
from medsyn_dataset.validation.pii.record_nouns import CAPS_ANCHOR as _CAPS_ANCHOR
from medsyn_dataset.validation.pii.record_nouns import LAST_GROUP as _LAST_GROUP
from medsyn_dataset.validation.pii.record_nouns import NOUN as _NOUN
from medsyn_dataset.validation.pii.record_nouns import OWNER as _OWNER
from medsyn_dataset.validation.pii.record_nouns import REGISTER_DIGITS as _REGISTER_DIGITS
from medsyn_dataset.validation.pii.record_nouns import ROLE_STEMS as _ROLE_STEMS
from medsyn_dataset.validation.pii.record_nouns import SELF_NAMING as _SELF_NAMING
from medsyn_dataset.validation.pii.record_nouns import SICK_LEAVE as _SICK_LEAVE
from medsyn_dataset.validation.pii.record_nouns import STRICT_SAMPLES as _STRICT_SAMPLES
from medsyn_dataset.validation.pii.record_nouns import STRONG as _STRONG
from medsyn_dataset.validation.pii.record_nouns import STRONG_CAPS as _STRONG_CAPS
from medsyn_dataset.validation.pii.record_nouns import names_document as _names_document
from medsyn_dataset.validation.pii.record_values import (
    _FORM_CODE,
    NUMBERED_SCORE,
    VALUE_BODY,
    checked_value,
    person_value_end,
)
from medsyn_dataset.validation.pii.record_values import SIGNED_VALUE as _VALUE

# a digit within reach of a noun: without one there is no value to read (most nouns in a note have none)
# (the digit may open the next line after a line that ends with a colon: a label line, then its value)
# (or with "№": a form's label line "карта №", its value on the next line)
# (the series of such a value may open its line: "карта №\nЖ-12345")
_DIGIT_AHEAD = re.compile(
    r"[^\d\n]{0,100}+(?:(?<=:)\n[ \t]*|(?<=:[ \t])\n[ \t]*|(?<=№)[ \t]?\n[ \t]*(?:[А-ЯЁA-Z]{1,3}-?)?)?\d"
)  # (possessive: one pass)


def _digit_ahead(text: str, start: int) -> bool:
    """Whether ``_DIGIT_AHEAD`` matches at ``start``, from the first digit or line break after it (:mod:`.digit_ahead`):
    its possessive run stops there, or a hundred characters on; a digit within reach ends the match; past a line break it
    goes on only after ":", ": " or "№" (and "№" with a space or tab past the run's end: the run then stops before that
    space, its line break a character further), each in the two characters before the break: there the pattern decides."""
    found = digit_or_break(text, start, start + 102)
    if found is None:
        return _DIGIT_AHEAD.match(text, start) is not None
    where, digit = found
    if digit:
        return where <= start + 100
    before = text[max(0, where - 2) : where]
    return where >= 0 and (":" in before or "№" in before) and _DIGIT_AHEAD.match(text, start) is not None


# one item of the window between the noun and the sign
_ITEM = (
    r"(?:[ \t]*,?[ \t]*(?:"
    r"\((?:ф|форм\w*)\.?[ \t]*№?[ \t]*\d{3}(?:(?:-\d)?[-/]?|-[а-яёa-zА-ЯЁA-Z]/)[уy](?:-[\w]+)?\)"  # "(ф. 003/у)"
    # "ф. 025/у", "форма 112/у", "026/у", "по форме 003-О/у", "025-1/у"
    r"|(?:(?:ф|форм\w*)\.?[ \t]*№?[ \t]*)?\d{3}(?:(?:-\d)?[-/]?|-[а-яёa-zА-ЯЁA-Z]/)[уy](?:-[\w]+)?(?![\w])"
    r"|\([^()\n]{1,30}\)|«[^«»\n]{1,30}»|\"[^\"\n]{1,30}\""  # "(ЧДД 23)", "«Ариадна»"
    r"|[А-ЯЁA-Zа-яёa-z][А-ЯЁA-Zа-яёa-z\-]*\.?"  # a word or an abbreviation
    r"))"
)
# (a colon may end its line, the value on the next: a label line; a form's leader "......" or "____" is a sign)
# (a field's dash may follow the numero sign, "Путёвка № — 488421", as a colon does)
# (a paper printed on a numbered blank gives its series before the number: "Путевка серия 02-63441", "ПУТЕВКА Серия КТ
# 782196"; after a paper's noun "серия" is that paper's sign, its letters and digits the value; a drug's lot has a series
# too, "флакон серия 230415", so only a paper's noun (a record's, a card's abbreviation, a voucher) takes that sign, never a
# specimen's or a container's, nor a number's own word, "номер серии 123456": :func:`_value_after`)
_SIGN = re.compile(
    r"[ \t]*,?[ \t]*(?:(?P<series>(?i:сери[яи]|сер\.)(?![\w])[ \t]*[:\-–—]?)|№[ \t]*(?::|[–—-](?=[ \t]))?(?:[ \t]*\n(?=[ \t]*(?:[А-ЯЁA-Z]{1,3}-?)?\d{3}))?|(?:No\.?|N)[ \t]*:?|:(?:[ \t]*\n)?|\||[–—-](?=[ \t])|=|\.{3,}|_{2,}|…+)[ \t]*(?:(?:№|N)[ \t]*)?"
)
_SPACE = re.compile(r"[ \t]+")
# a number before the noun names the value instead: "№ 12345 (история болезни)"
_NUMBER_FIRST = re.compile(
    rf"(?:№|N)[ \t]*(?P<value>{VALUE_BODY})[ \t]*\((?:{_STRONG}|(?-i:{_STRONG_CAPS}))(?![\w])",
    re.IGNORECASE,
)
# (a sick leave's twelve digits under its label: :data:`.record_extras.LEAVE_BELOW`)
_NUMBER_SIGN_BEFORE = re.compile(r"(?:№|(?<![\w])N)[ \t]*$")
# a list of values before the noun: a number, maybe its unit, then a comma or semicolon
_IN_LIST = re.compile(r"\d[^\d\n,;]{0,10}[,;][ \t]*$")
_LAB_VALUE = re.compile(r"\d{1,4}")
# the item before a comma in a list of values: an abbreviation in capitals ("РФ отр, МК 453") or a value
# with a digit; an ordinary phrase before the comma ("Талон к сопроводительному листу, КВ 197") is no list
_ITEM_BEFORE_COMMA = re.compile(r"(?:^|[\n,;:(])[ \t]*(?:[A-ZА-ЯЁ]{2,}(?![а-яё])[^\n,;]*|[^\n,;]*\d[^\n,;]*)[,;][ \t]*$")


def _in_list(text: str, start: int, noun: re.Match[str]) -> bool:
    """The noun is an item of a list of values ("креатинин 62, МК 250", "РФ отр, МК 453"): an
    abbreviation there names an analyte ("МК": uric acid), not a record."""
    if _IN_LIST.search(text, max(0, start - 24), start):
        return True
    return noun.group("caps") is not None and _ITEM_BEFORE_COMMA.search(text, max(0, start - 40), start) is not None


def record_numbers(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of the record numbers in ``text``."""
    lower = lowered(text)
    if not lower:
        return
    resume, found_ends = 0, set()
    starts = word_starts(lower, _ANCHOR)
    caps = word_starts(text, _CAPS_ANCHOR)
    for start in sorted({*starts, *caps}) if caps else starts:
        if start < resume or (start and text[start - 1] in "_-/.@"):
            continue
        if not _digit_ahead(text, start):
            below = _LEAVE_BELOW.match(text, start) if text.startswith(_SICK_LEAVE, start) else None
            if below is not None:  # "Номер ЭЛН\n916317145658": a label line, the leave's twelve digits under it
                found_ends.add(below.end("value"))
                yield below.start("value"), below.end("value"), NUMBERED_SCORE
            continue
        noun = _NOUN.match(text, start)
        if noun is None:
            continue
        # "№ ИБ 12", "№ карты: 7": the sign may stand before the noun
        found = _value_after(text, noun, _NUMBER_SIGN_BEFORE.search(text, max(0, start - 8), start) is not None)
        if found is not None and found[2] < NUMBERED_SCORE and _LAB_VALUE.fullmatch(text, found[0], found[1]) \
                and _in_list(text, start, noun):
            continue
        if found is not None and noun.group("caps") in _SICK_LEAVE and sum(map(str.isdigit, text[found[0] : found[1]])) < 6:
            continue  # "ЛН № 2 продлён", "ЛН 2 ст.": short digits after it count sick leaves or rank a lung failure
        if found is None and noun.group("weak") is None:
            for item in _listed_values(text, noun):  # "Образцы:\n1) F51-15-56317 — ...": a heading's list of values
                found_ends.add(item[1])
                yield item
        if found is not None:
            resume = found[1]
            found_ends.add(found[1])
            yield found
            joined = _joined_value(text, found)  # "образцы № S98899577 и 173137987", "карты 54220777 и 58857310"
            if joined is not None:
                resume = joined[1]
                found_ends.add(joined[1])
                yield joined
    if "эпикриз" in lower or "выписк" in lower:
        for document in titled_documents(text):
            if document[1] not in found_ends:
                found_ends.add(document[1])
                yield document
    if "№" in text:
        for document in numbered_documents(text):
            if document[1] not in found_ends:
                yield document
        for match in _NUMBER_FIRST.finditer(text):
            value = checked_value(text, *match.span("value"), 2)
            if value is not None:
                yield value


def _value_by_number(text: str, noun: re.Match[str], position: int) -> re.Match[str] | None:
    """The value after "номер"/"код" that a preposition or a lower-case noun makes the sign ("блоки по номеру 4257-3",
    "под кодом П-000231", "за номером 12-345"), unless the clause before names another number or a phone."""
    by_number = _BY_NUMBER.search(text, max(0, noun.start() - 24), noun.start())
    if by_number is None or not (by_number.group("preposition") or text[noun.start()].islower()):
        return None
    # (whose number it is, the words before say within the clause: "в палате под номером 512")
    clause = max(text.rfind(mark, 0, noun.start()) for mark in "\n.,;:!?") + 1
    space = _SPACE.match(text, position)
    owner = _OWNER.match(text, space.end()) if space is not None else None  # ("Регистровый номер пациента ...")
    value = _VALUE.match(text, owner.end() if owner is not None else space.end()) if space is not None else None
    if value is not None and owner is not None:
        value = _LAST_GROUP.match(text, value.start()) or value  # ("ОНКО 22 327399": a register's, a region's, a number)
    before = max(clause, noun.start() - 30)
    if value is not None and not _OTHER_NUMBER.search(text, before, noun.start()) \
            and not CALL_WORDS.search(text, before, noun.start()) and not _PHONE_GROUPS.fullmatch(value.group()):
        return value
    return None


def _value_after(text: str, noun: re.Match[str], numbered_before: bool = False) -> tuple[int, int, float] | None:
    """The value after ``noun``: the window's items are tried from the shortest, so the first sign
    after the noun decides ("Карта № 12, участок № 3" gives 12)."""
    position = noun.end()
    weak = noun.group("weak") is not None
    sample = noun.group("sample") is not None
    record_noun = noun.group("strong") is not None or noun.group("caps") is not None  # (the record's own: "карта", "ИБ")
    word = noun.group("weak").lower() if weak else ""
    # a record's own noun or an identifier word names the number even when it is shaped like a phone
    # "номер" followed by a document noun ("Номер вызова 494", "номер карты 1234") names that document's number
    identifier = word.startswith(_IDENTIFIER_WORDS) or (word.startswith("номер") and _names_document(text, position))
    # (a voucher's word names no phone-shaped number: "Справки по путёвкам: 84822923909" is the enquiry line's)
    # (a trial's or a donation service's person is the sentence's subject too, "Донор просит извещать по 8-4162-317347": its
    # number follows the noun at once, after one word ("Участник исследования 0457-112") or after a sign within a few
    # words, and a phone's shape there is the person's phone)
    role = sample and noun.group("sample").lower().startswith(_ROLE_STEMS)
    named_by_record = (not weak or identifier) and not word.startswith(VOUCHER_WORDS) and not role
    ends_before = position
    test_sample = sample and not role and noun.group("sample").lower().startswith(_STRICT_SAMPLES)  # ("пробанд" is a person)
    by_number = _value_by_number(text, noun, position) if weak and word.startswith(("номер", "код")) else None
    if by_number is not None:
        return checked_value(text, by_number.start(), by_number.end(), 1, signed_digits=3)
    if word.startswith(("номер", "пациент")) and CALL_WORDS.search(text, max(text.rfind("\n", 0, noun.start()) + 1, noun.start() - 30), noun.start()):
        return None  # "Контактный номер: 1234-5678", "рабочий номер", "Тел. пациента:": a phone's, whatever its grouping
    if word.startswith("номер") and PHONE_OWNER_AFTER.match(text, noun.end()):
        return None  # "Номер сиделки: 262-35-31", "номер дочери": a person's number is a phone, no record's
    if _PHONE_WORD_BEFORE.search(text, max(0, noun.start() - 12), noun.start()):
        return None  # "тел. заказчика 89484642877", "Телефон заявителя: ...": the phone's word names whose phone it is
    # a weak noun names its number within a few words ("Код пациента МИС «Ариадна»:"); further on, a
    # sentence goes on ("Пациент просит звонить на домашний: 740-984")
    for items, end in enumerate(_item_ends(text, position, _WEAK_ITEMS if weak or role else _MAX_ITEMS)):
        if text[end - 1 : end] != ")" and _OTHER_NUMBER.search(text, ends_before, end):
            return None  # (a note in brackets may name anything: "Номер карты (палата № 7): Т-61118")
        ends_before = end
        if record_noun and items and (bracketed := _bracketed_value(text, end)) is not None:
            return bracketed  # "открыть карту пациента Исаевой А.Ф. (88765491-13)": the card's number in brackets
        sign = _SIGN.match(text, end)
        if sign is not None and sign.group("series") and (sample or (weak and not word.startswith(VOUCHER_WORDS))):
            return None  # ("флакон серия 230415": a lot's series; "номер серии 123456": an object's, no paper's)
        if sign is not None and sign.end() > end:
            value = _VALUE.match(text, sign.end())
            numbered = any(ch in sign.group() for ch in "№N")
            owner = _OWNER.match(text, sign.end()) if value is None and numbered else None
            if owner is not None:  # "Рег. № донора: 4063856": whose number it is, between the sign and the value
                value = _VALUE.match(text, owner.end())
                if value is not None and owner.group("disease") and sum(map(str.isdigit, value.group())) < _REGISTER_DIGITS:
                    return None
            if value is None or (test_sample and not _sample_code(text, value.start(), value.end())):
                return None
            value_end = person_value_end(text, value) if role else value.end()
            if value_end is None:
                return None
            if word.startswith("пациент") and not numbered and _TOWN_PHONE.fullmatch(value.group()):
                return None  # "Пациент Крылова: 818-69-96": a person's label, then a town's seven-digit phone (:mod:`.phones`)
            if word.startswith("номер") and not identifier and not numbered and whole_phone(text, value.start(), value.end()):
                return None  # "Сменила номер: 8-34345-4-17-73": the numbering plan's whole number, a phone (:mod:`.phone_fields`)
            # "Пациент № 1 из 3": after a weak noun a one-digit number is a place in a list
            return checked_value(text, value.start(), value_end, 2 if numbered or numbered_before else 1,
                            signed_digits=2 if weak or sample else 1, named_by_record=named_by_record, record_noun=record_noun)
        # an identifier word names a bare number when it says whose it is ("Код пациента 00012345", not "Код
        # 1122"); "ID" and "идентификатор" say it themselves ("ID 3475-195430")
        if (not weak and not (role and items > 1)) or (identifier and (end > position or word.startswith(_SELF_NAMING))):
            space = _SPACE.match(text, end)
            value = _VALUE.match(text, space.end()) if space is not None else None
            if value is not None and (_FORM_CODE.fullmatch(text, value.start(), value.end())
                                      or FORM_CODE.fullmatch(text, value.start(), value.end())):
                continue  # "Карта 026/у 7В-98", "карта по форме 003-О/у": the form's code, then the number (or none)
            if value is not None and sample and (test_sample or not numbered_before) \
                    and not (_sample_code(text, value.start(), value.end()) if test_sample else _CODE_SHAPED.search(value.group())
                             or _BARCODE.fullmatch(value.group()) or (role and _person_number(text, value))):
                return None  # "материал 12345 отправлен": a specimen's or a request's bare number needs a sign
                # (a barcode's eight digits and more are no count: "Проба крови маркирована 657464453474")
            value_end = person_value_end(text, value) if role and value is not None else None if value is None else value.end()
            if value is not None and value_end is not None:  # a named record ("Карта вызова 401", "КВ 197") may be short
                named = end > position or noun.group("caps") is not None
                return checked_value(text, value.start(), value_end, 2 if numbered_before else 0, 3 if named else 4,
                                named_by_record=named_by_record, record_noun=record_noun)
    return None


_ITEM_PATTERN = re.compile(_ITEM)

# (or an adjective: "Лабораторный номер 22-3345", "учётный номер 4471/к": "<what> номер" is a label)
# (an adjective's ending, not a noun's genitive plural: "-ый", "-ой", "-ий" after г, к, х, ж, ш, щ, ч ("учётный",
# "рабочий"), "-ний" after a consonant ("внутренний"), never "движений", "заболеваний"; with "номер" in lower case, one
# phrase with its adjective: "...движений Номер ЭМК" starts a new field)
# (or a verb of assigning, which says the number is given to the person or the case: "Присвоен номер 014-0032", "присвоен
# код П-12")
_BY_NUMBER = re.compile(r"(?<![\w])(?:(?P<preposition>(?i:по|под|за|присво[а-яё]*))|[А-ЯЁа-яё][а-яё]+(?:ый|ой|[гкхжшщч]ий|[бвгджзклмнпрстфхцчшщ]ний))"
                        r"[ \t]+$")
_MAX_ITEMS = 12
_WEAK_ITEMS = 4


def _item_ends(text: str, start: int, most: int) -> Iterator[int]:
    """``start``, then where each of the window's next ``most`` items ends (same line only)."""
    yield start
    position = start
    for _ in range(most):
        match = _ITEM_PATTERN.match(text, position)
        if match is None or match.end() == position:
            return
        position = match.end()
        yield position
