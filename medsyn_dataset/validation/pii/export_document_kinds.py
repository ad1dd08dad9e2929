"""Which identity document an export's record holds: the code or the name in its document-kind field.

Exports write an identity document as a kind and its series and number: the tax service's XML
(``<УдЛичнФЛ КодВидДок="12" СерНомДок="82 1234567"/>``, formats of 2-НДФЛ/3-НДФЛ), the ФОМС registers
(``<DOCTYPE>07</DOCTYPE><DOCSER>..</DOCSER><DOCNUM>..</DOCNUM>``), JSON (``{"docType": "27", "docNumber": ..}``,
``{"type": "Вид на жительство", "number": ..}``), key=value lines and CSV rows (``doc_code;doc_ser;doc_num``). The kind is
a code of the ФНС's classifier of identity documents (СПДУЛ, приказ ФНС России от 13.10.2006 № САЭ-3-04/706@) or the
document's name. A person's passport is RU_PASSPORT whoever issued it: the citizen's passport 21, and since round 26
the passport for travel abroad 22, the diplomatic passport 09 and a foreign state's passport 10 (:data:`OTHER_PASSPORT`:
their numbers have other shapes, read as another paper's are, then typed RU_PASSPORT, :func:`paper_kind`); every other
paper of the list (a birth certificate 03, a military ID 07, a residence permit 12, a refugee's certificate 13, a
temporary residence permit 15, a seaman's passport 26...) is "any other unique identifying number" of the person, a
record number by our definition. (Until round 25 the travel and foreign passports were record numbers too, the
definition the older splits' authors were given; authors writing without it mark them passports: see the README.)
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.export_objects import NUMBER_WORDS as _NUMBER_WORDS

PASSPORT = "RU_PASSPORT"
OTHER_PAPER = "MEDICAL_RECORD_NUMBER"
#: a travel, a diplomatic or a foreign state's passport: read as another paper (its number is no internal passport's 4 + 6
#: digits), reported RU_PASSPORT (:func:`paper_kind`)
OTHER_PASSPORT = "OTHER_PASSPORT"
# The two classifiers number the papers differently, so the kind field's key says which one its code is of (review C
# r22, finding 14). The ФНС's (СПДУЛ: КодВидДок of its XML formats, e.g. 2-НДФЛ's table 4.2, and any other key): 21 the
# citizen's passport, 14 a temporary identity card ("Временное удостоверение личности гражданина РФ"), 03 a birth
# certificate, 12 a residence permit... The ФОМС's (F011, the DOCTYPE element of the registers' XML, written so in
# capitals): 14 the citizen's passport, 13 the temporary card, 21 a foreign citizen's document, 22 a stateless person's,
# 23 a temporary residence permit, 24 a foreign birth certificate, 25 temporary asylum, 3 a birth certificate, 9 a
# foreign passport, 10-12 a refugee's papers and a residence permit (as the register of insured persons' software lists
# them: the public rt.srz ПВП form). 14 is F011's only citizen's passport, so under DOCTYPE any other code of either
# list is another paper (a tuning family writes the ФНС's codes there too, "<DOCTYPE>27</DOCTYPE>")
_PASSPORT_CODES = frozenset(("21",))
# the other identity documents of the ФНС's classifier (СПДУЛ)
_OTHER_CODES = frozenset(("03", "07", "08", "09", "10", "11", "12", "13", "14", "15", "18", "19", "22", "23", "24", "26",
                          "27", "28", "91"))
# (the person's passports among them, since round 26: 22 the passport for travel abroad, 09 the diplomatic one, 10 a
# foreign citizen's; under F011's DOCTYPE only 9, its foreign passport and the ФНС's diplomatic one: F011's codes of the
# other passports mean other papers in the ФНС's list, which families write under DOCTYPE too)
_PASSPORT_OTHER_CODES = frozenset(("22", "09", "10"))
_F011_KEY = "DOCTYPE"
_F011_PASSPORT_CODES = frozenset(("14",))
_F011_OTHER_CODES = (_OTHER_CODES - _F011_PASSPORT_CODES) | {"21", "25"}
_F011_PASSPORT_OTHER_CODES = frozenset(("09",))
#: the kind of code 14 under a key that does not say its classifier ("DOC_TYPE=14", "doc_code: 14"): F011's citizen's
#: passport or the СПДУЛ's temporary card; the value's own structure decides (:func:`.passport_series.passport_part`)
AMBIGUOUS = "AMBIGUOUS"
_AMBIGUOUS_CODES = frozenset(("14",))
# a name that says a passport, and the marks that make it another state's or a travel one
_PASSPORT_NAME = re.compile(r"паспорт|passport", re.IGNORECASE)
_NOT_CITIZENS = re.compile(r"загран|иностран|выезд|дипломат|служебн|foreign|national|travel", re.IGNORECASE)
# (a seaman's passport is an identity paper of his trade, no person's passport of the definition: a record number)
_NOT_PERSONS = re.compile(r"моряк|seaman|seafarer", re.IGNORECASE)
# the nouns of the other papers' names ("Вид на жительство", "Военный билет", "Удостоверение беженца", "Свидетельство о
# рождении", "Разрешение на временное проживание")
_PAPER_NAME = re.compile(r"удостоверени|свидетельств|билет|разрешени|вид[ \t]+на[ \t]+жительств|справк|certificate|permit",
                         re.IGNORECASE)


def document_kind(value: str, key: str = "") -> str | None:
    """The type a document-kind field's value (under ``key``, which says the classifier) gives its record's series and
    number, else None."""
    value = value.strip(" \"'")
    f011 = key == _F011_KEY
    if f011 and len(value) == 1 and value.isdigit():
        value = f"0{value}"  # (F011's codes are written unpadded too: "<DOCTYPE>3</DOCTYPE>")
    if value in (_F011_PASSPORT_CODES if f011 else _PASSPORT_CODES):
        return PASSPORT
    if not f011 and key and value in _AMBIGUOUS_CODES:
        return AMBIGUOUS
    if value in (_F011_PASSPORT_OTHER_CODES if f011 else _PASSPORT_OTHER_CODES):
        return OTHER_PASSPORT
    if value in (_F011_OTHER_CODES if f011 else _OTHER_CODES):
        return OTHER_PAPER
    if _PASSPORT_NAME.search(value):
        if _NOT_PERSONS.search(value):
            return OTHER_PAPER
        return OTHER_PASSPORT if _NOT_CITIZENS.search(value) else PASSPORT
    return OTHER_PAPER if _PAPER_NAME.search(value) else None


# a document-kind field before a value in the same record: a key or an element or an attribute named as the kind of the
# document ("DOC_TYPE: 19", "<DocType>03</DocType>", 'КодВидДок="15"', "doc_code=08")
# (or the document's element and its kind's attribute: <Document type="21">, <DUL code="14">)
_KIND_FIELD = re.compile(r"(?P<key>doc(?:ument)?(?:[_\-]?|(?<=<doc)[ \t]+|(?<=<document)[ \t]+)(?:type|code|kind)"
                         r"|dul(?:[_\-]?|(?<=<dul)[ \t]+)(?:type|code)|кодвиддок|вид[_ ]?док\w*"
                         r"|код[_ ]?док\w*)[\"']?[ \t]*(?:[:=][ \t]*[\"']?|>|=\")(?P<value>[^\"'<\n;|,}]{1,60})",
                         re.IGNORECASE)
_RECORD_WINDOW = 160  # (a record's kind field stands a line or two before its number)


# (review C r22, finding 3) what ends a record between its kind field and a value: a brace, an element's closing tag
# (:func:`_closes_record`), the value's own key again, or a number's key before a series (a series precedes its number)
_VALUE_KEY = re.compile(r"(?P<key>[^\W\d][\w\-]*)[\"']?[ \t]*(?:[:=][ \t]*[\"']?|>)\Z")
_CLOSING_TAG = re.compile(r"</([^\W\d][\w\-:.]*)>")
_NUMBER_KEY = re.compile(r"(?<![^\s<\"',;{|])(?:doc(?:ument)?[_\-]?)?(?:num(?:ber)?|номер)[\"']?[ \t]*(?:[:=]|>)",
                         re.IGNORECASE)


def _closes_record(text: str, start: int, end: int) -> bool:
    """Whether an element opened before ``start`` (the record's element) is closed before ``end``."""
    return any(text.rfind(f"<{tag.group(1)}", start, tag.start()) < 0 for tag in _CLOSING_TAG.finditer(text, start, end))


def paper_kind(kind: str, value: str, key_words: tuple[str, ...], other_passport: bool = False) -> str:
    """The type a document's field is reported with. A travel or a foreign state's passport (``other_passport``: its key
    or its record's kind names one) is RU_PASSPORT since round 26, whatever rules read its value as another paper's. A
    document number's field holding seven digits names no citizen's passport, whose number has six (Положение о
    паспорте, постановление Правительства № 828): the other identity papers of the ФНС's list have seven ("ББ 0999999",
    "99 0999999": a military ID's, a seaman's, a travel passport's, a residence permit's, приказ ФНС САЭ-3-04/706@, п. 5),
    a record number ("<DocType>07</DocType><DocSer>АН</DocSer><DocNum>1234567</DocNum>")."""
    if other_passport and kind in (PASSPORT, OTHER_PAPER):
        return PASSPORT
    if kind == PASSPORT and value.isdigit() and len(value) == 7 and _NUMBER_WORDS.intersection(key_words):
        return OTHER_PAPER
    return kind


def kind_before(text: str, position: int, series: bool = False) -> str | None:
    """The type the nearest document-kind field before ``position`` in its record gives (see :func:`document_kind`).

    ``series``: the value is a series alone (a number's key between the kind and it starts another record)."""
    start = max(0, position - _RECORD_WINDOW, text.rfind("\n\n", 0, position) + 1)
    found = None
    for found in _KIND_FIELD.finditer(text, start, position):  # noqa: B007 (the last one is the nearest)
        pass
    if found is None:
        return None
    line = text.rfind("\n", 0, position) + 1
    own = _VALUE_KEY.search(text, max(line, found.end()), position)
    key_start = own.start() if own is not None else position
    between = text[found.end():key_start]
    if "{" in between or "}" in between or _closes_record(text, max(0, found.start() - 1), key_start) \
            or (own is not None and re.search(rf"(?<![\w\-]){re.escape(own.group('key'))}(?![\w\-])", between)) \
            or (series and _NUMBER_KEY.search(between)):
        return None
    return document_kind(found.group("value"), found.group("key"))


# an element named as the identity document itself, "<Document>", "<DUL>", "<УДЛ>" ("doc" alone may be a doctor's or
# any paper's), with the document's kind in an attribute of its own: <Document type="21">, <DUL code="12">
_KIND_ATTRIBUTED = re.compile(r"<(?:document|dul|udl|дул|удл|документ)[ \t][^<>]*?(?<![\w\-:])(?:type|code|kind)=\"[^\"]+\"[^<>]*>",
                              re.IGNORECASE)


def kind_attributed(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the opening tag of an identity document's element that says its kind in an
    attribute: its text is the document's series and number together (``<Document type="21">4509 123456</Document>``),
    as "Документ: 4509 123456" is in prose; the kind, read by :func:`kind_before`, says which paper."""
    return _KIND_ATTRIBUTED.fullmatch(text, start, end) is not None

