"""The rules' deliberate vetoes, which the learned identifier tagger (:mod:`.id_tagger`) honours whatever it scores.

Why: the model reads a token's neighbourhood as features and learns from many authors what a record number's looks
like; most of them label a record's number "Номер ..." or "Код ...", so it scores any value after those words high.
The hand rules keep lists of what such a label may name that is no one's record (a team, a sanatorium, a vaccine, a
standard, a device's part), and conventions for what a weak word alone names (nothing). A tagger that overrode them
would undo the rules' decisions, not fill their gaps:

* after "№": :func:`.numbered_values.refused_after_sign` ("палата № 1204", "инв. № 0101340012");
* after "номер <words>": :func:`.numbered_values.refused_after_number_word` ("Номер бригады 12045", "Номер вакцины
  12045", "номер стерилизационной камеры 12345", "Номер 500100732258.");
* a bare "Код" opening its line or sentence, right before the value with no sign, spaces only, the value ending its
  sentence: the record grammar
  (:mod:`.record_numbers`) takes a weak word's number only after a sign or words saying whose it is ("Код пациента
  00012345", "Код: 4471", not "Код 1122"); a ten- or twelve-digit "Код 7707083894." with no INN cue is no INN either
  (the round-3 checksum test);
* an item's serial mark right before the value ("серийный № SN 2219-0457", "S/N 2207745"): a device's own number
  (the project's convention, :func:`.numbered_values.item_or_invoice_number`; HIPAA's Safe Harbor lists a device's
  serial among the identifiers, a type this scanner does not report);
* a specimen's noun right before a plain number of fewer than eight digits, alone, with no sign ("Образец 4410982 доставлен"):
  the record grammar takes a specimen's bare number only when it is code-shaped or a barcode ("Проба крови
  маркирована 657464453474"), otherwise it needs a sign ("Образец № 4410982");
* a laboratory analysis's noun right before a plain number with no sign, a colon at most ("Анализ 998972861211 готов",
  "Анализ: 998972861211"): the rules take an analysis's number only after "№" or "номер" and with eight digits or
  more, an order's or a tube's barcode (:mod:`.patient_papers`' lab orders); unsigned, it is a result or a count;
* a machine key whose last word names an amount, a count or a moment (``"card_price": "45000"``, ``orderTotal=120500``,
  ``<visit_date>20250213</visit_date>``, "Сумма: 45000"): the value is that amount or date, whatever it is the amount
  of, as the export readers decide (:data:`.export_keys.MEASURE_WORDS`, :data:`.export_keys.DATE_WORDS`);
* a round number of four digits at most under a key that says only "a number" (``"number": "2500"``, ``no=1500``): a
  count or a sum, an amount written round (see :data:`_ROUND_AMOUNT`), unless a paper's or a person's element or
  object owns the key (``<NapravlenieMSE Nomer="5800">``, ``<Patient no="2300"/>``);
* a year with letters and no other digit right after a word, with no sign between ("Договору 2024-ДМС", "по приказу
  2019-АБ", "от 2024г"): when, not which paper (:mod:`.paper_values`' convention), unless the word is "номер", the
  paper's own noun in the nominative ("Справка 2019-АБ") or an abbreviation in capitals ("МСЭ 2019-АБ", "ИБ 2019-АБ");
  the year's own mark ("2024г", "2019 гг") is when after any word;
* a sum written with its hundredths, ".00" (``36306.00``, a register's amount in roubles and kopecks);
* a postal index, six digits right before the town, the settlement or the region it is the index of ("123456 г. Москва",
  "123456, Москва", "123456, Респ. Татарстан", "123456 Тверская обл."): Почта России writes the index first, before
  the place (the address readers' ``postcode`` component); a sign before it ("№ 123456 г. Москва") keeps it the model's;
* a FHIR relative reference to a resource that is no person's ("Organization/12345", "Practitioner/8812"): HL7 FHIR R4
  writes a Reference as ``<ResourceType>/<logical id>``; the export readers take only a patient's, a person's or a
  relative's (:mod:`.export_ids`), and an organisation, a practitioner, a place, a device, a drug or a definition is
  no one's record.

Only a token the model accepts is asked (the checks cost more than the model's score, and most tokens are refused
by the score).
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.address_components import COMPONENTS
from medsyn_dataset.validation.pii.address_tails import NAME
from medsyn_dataset.validation.pii.export_ids import parent_element
from medsyn_dataset.validation.pii.export_keys import DATE_WORDS, MEASURE_WORDS, key_type, key_words
from medsyn_dataset.validation.pii.export_objects import NUMBER_WORDS, json_owner
from medsyn_dataset.validation.pii.export_papers import (
    CUT_PRESCRIPTION_WORDS,
    PRESCRIPTION_WORDS,
    names_paper,
)
from medsyn_dataset.validation.pii.export_person_keys import ROLE_KEYS
from medsyn_dataset.validation.pii.morph import WordClass, word_class
from medsyn_dataset.validation.pii.numbered_values import refused_after_number_word, refused_after_sign
from medsyn_dataset.validation.pii.paper_nouns import RECORD_ABBREVIATIONS, RECORD_HISTORY_CUT
from medsyn_dataset.validation.pii.unsigned_documents import PAPER_NOUN

#: characters of the line before a token read for a bare weak label or a specimen's noun
_REACH = 40
# a bare "Код" as the whole label: the line's or a sentence's first word, spaces, the value (a colon, a dash or "№" is
# a sign: "Код: 4471" stays the model's); a tab after it is a table's cell boundary, a labelled cell ("Код\t12345678"),
# so the model's and the table readers'
_BARE_CODE = re.compile(r"(?:^|(?<=[.!?;]))[ \t]*(?i:код) +\Z", re.MULTILINE)
# ... and the value ending its sentence or line, as the cases it was written for ("Код 1234567.", "Код 7707083894.",
# "Жалоб нет. Код 4410982"); a sentence going on after it says whose it is ("Код 00123456 пациент Иванов")
_SENTENCE_END_AFTER = re.compile(r"[ \t]*(?:[.!?;][ \t]*)?(?:\n|\Z)|[.!?;][ \t]+(?=[А-ЯЁA-Z])")
# a specimen's noun, then spaces, then the value (record_nouns' SAMPLE words less the containers)
_SPECIMEN_BEFORE = re.compile(r"(?<![\w])(?i:образ(?:ец|ц[а-яё]*)|проб(?:а|ы|у|е|ой)|материал\w*|биоптат\w*)[ \t]+\Z")
# (a group of digits after it: the number is longer than the token, "проба 3715 0853 30", and the model reads its parts)
_NEXT_GROUP = re.compile(r"[ \t]\d")
# an item's serial mark right before the value ("серийный № SN 2219-0457", "S/N: 2207745"): the item's own number,
# as numbered_values' item words say ("серийный", "s/n"), which the mark between the sign and the value hides from it
_SERIAL_MARK = re.compile(r"(?<![\w/])(?:SN|S/N|s/n)[ \t]*[:#№.]?[ \t]*\Z")
#: a plain number of this many digits after a specimen's noun is a barcode, which the noun alone names
_BARCODE_DIGITS = 8
# a laboratory analysis's noun, then spaces or a colon, then the value ("№" or "номер" between them is the rules' sign);
# not the purpose of a request or an order ("Номер заявки на анализ 878939911092", "направление для анализа 12345678":
# the request's number, as record_numbers reads "на анализ")
_ANALYSIS_BEFORE = re.compile(r"(?<![\w])(?<!(?i:на)[ \t])(?<!(?i:для)[ \t])(?i:анализ\w*)[ \t]*:?[ \t]*\Z")
# a key right before its value: JSON's '"key": "', YAML's 'key: ', 'key=', XML's '<key>' or 'key="' (one token, no spaces)
_VALUES_KEY = re.compile(r"(?<![\w.\-])(?P<key>[^\W\d_][\w.\-]*)[\"']?[ \t]*[:=>][ \t]*[\"']?\Z")
# the last words of a key that hold an amount, a count or a moment (the export readers' lists)
_MEASURED_KEY_WORDS = MEASURE_WORDS | DATE_WORDS
# an amount (a count of doses, a sum) as a person writes it, round, a multiple of a hundred of four digits at most ("2500",
# "1000"), under a key whose only word is a number's ('{"recipe": {"number": "2500"}}', "no=1500", "<nr>3000</nr>"): the
# export readers take a paper's "number" key's value only with five digits and more (export_ids._NUMBERED_DIGITS: four
# and fewer is a count or a sum); the tagger leaves a four-digit value that is not round to the model, since a random
# identifier of four digits is round once in a hundred and some papers are numbered so (blind38's referral,
# 'Nomer="5890"'). A key with an owner's word ("card_number") is left to the model too
_ROUND_AMOUNT = re.compile(r"[1-9]\d?00")
# a value whose digits are one year alone, with letters ("2024-ДМС", "МБ-2015", "2024г"), right after a word with no
# sign: a year with a name or a mark, when and not which paper, as paper_values reads it after a contract (_YEAR_LETTERED,
# review C r22, finding 11); after "номер" the word names it a number ("под номером 2013-д", blind19). In the planted
# notes of the 48 tuning authors and the folds: 330 such tokens, the two record numbers among them after "номером".
# (Not paper_values' _YEAR_LETTERED, "\D*(?:19|20)\d\d\D*", which reads a raw value; a candidate token is letters, then
# at most one separator, the year, at most one separator, letters: review B r23, finding 7.)
_LETTERED_YEAR_TOKEN = re.compile(r"[^\W\d_]*[-/.]?(?:19|20)\d\d[-/.]?[^\W\d_]*")
# the word right before it, of any length ("от 2024г" says when as "Договору 2024-ДМС" does; until round 24 three letters
# at least, so "МСЭ 2019-АБ" was refused and "ИБ 2019-АБ" not: a length says nothing of when; review B r23, finding 7)
_WORD_THEN = re.compile(r"(?<![\w])(?P<word>[^\W\d_]+)[ \t]+\Z")
# ... but an abbreviation in capitals ("МСЭ", "ИБ", "ЭЛН", "ВК") names a paper or a register, which way
# unsigned_documents reads a paper's complements ("[А-ЯЁ]{2,5}"): the value is which one of them, the model decides
_CAPITALS_ABBREVIATION = re.compile(r"[А-ЯЁA-Z]{2,5}")
_GLUED_SIGN = re.compile(r"N\d")
# the year's own mark after it, "2024г", "2019-гг", "2020г.": when, whatever word is before it
_YEAR_AND_ITS_MARK = re.compile(r"(?:19|20)\d\d[-.]?(?:гг?|год[а-я]*)")
# the nominatives of unsigned_documents.PAPER_NOUN's stems (a patient's paper named in the nominative before its number:
# "Справка 2019-АБ", "Выписка 2022-К"); export_papers' words hold the others' ("направление", "рецепт", "элн")
_PAPER_NOMINATIVES = frozenset(("больничный", "рецепт", "направление", "протокол", "справка", "лист", "листок",
                                "свидетельство", "выписка"))
# ... but not after the paper's own noun, in the nominative as export_papers names a paper (with unsigned_documents'
# complements): "Направление МСЭ 2019-АБ", "Рецепт 2022-ЛЬ", "Больничный ЭЛН 2021-Т" are the paper's number, where the
# tagger is the value's only reader ("по протоколу", "в рецепте": an oblique case, still refused; review B r23, finding 2)
_PAPER_NOUN_THEN = re.compile(rf"(?<![\w])(?P<noun>{PAPER_NOUN})\Z")
# ... nor after the patient's record named by its abbreviation ("и/б 2019-АБ", "И/Б 2019-АБ", "а/к 2021-МК", "м/к 2020-Х",
# "и.б. 2019-АБ", "ист. б. 2018-К": :data:`.paper_nouns.RECORD_ABBREVIATIONS`, which the record grammar reads as a strong
# noun) or by its noun in the nominative ("Карта 2020-К", "амб. карта 2020-к", "история болезни 2019-АБ"): the record
# announces its number, an abbreviation of one or two letters is no word saying when (until round 25 "и/б" was read as
# the word "б" and refused; review r24, finding 4); an oblique case ("по карте 2024-ДМС") is still refused
_RECORD_NAMED_THEN = re.compile(
    rf"(?<![\w/.])(?i:{RECORD_ABBREVIATIONS}|{RECORD_HISTORY_CUT}|медкарта"
    r"|(?:мед(?:\.|ицинская)?[ \t]*|амб(?:\.|улаторная)[ \t]*)?карта|история(?:[ \t]+(?:болезни|родов|развития))?)[ \t]*\Z")
# a whole sum written with its hundredths, "36306.00" (a register's or a bill's amount, roubles and kopecks, as a "%.2f"
# writes it; a comma's decimals are no candidate's, id_features): no record's number ends in a decimal point and two
# zeros (in the planted notes of the 48 tuning authors and the folds: 966 such tokens, none a record number)
_WHOLE_SUM = re.compile(r"\d+\.00")
# a postal index's place right after it, a comma between them or not: the address readers' own components, keyword
# first ("г. Москва", "с. Шира", "обл Тверская", "Респ. Алтай") or the region's name first ("Тверская обл.", "Алтайский
# край", "Чувашская Республика"); each compiled alone (their groups share names)
_POSTAL_GAP = r"[ \t]*,?[ \t]*"
_PLACE_AFTER_INDEX = tuple(re.compile(_POSTAL_GAP + pattern) for pattern in (
    *(COMPONENTS[name][0] for name in ("city", "settlement", "region_first", "republic")),
    rf"{NAME}(?:[ \t]{NAME})?[ \t]" + COMPONENTS["region"][0]))
# ... or a town named bare after a comma ("123456, Москва"), which the dictionary knows as a place and as no person's
# name (a CSV row's "351586,Михайлов Родион Аверьянович": a record number, then a surname that is also a town)
_TOWN_AFTER_COMMA = re.compile(rf"[ \t]*,[ \t]*(?P<town>{NAME})(?![\w.-])")
# a sign right before the value: "№ 123456 г. Москва" is a paper's number and where it was issued
_SIGN_RIGHT_BEFORE = re.compile(r"(?:№|N|#)[ \t]*\Z")
_NUMBER_KEY_WORDS = NUMBER_WORDS | {"nbr"}  # (the export readers' number words, and a schema's "nbr")
# HL7 FHIR R4 resource types that are no person's (Foundation, Administration and definitional resources outside the
# Patient compartment), a relative reference's first part: "Organization/12345" is the organisation's logical id
_FHIR_NOT_PERSON = re.compile(
    r"(?:^|/)(?:Organization|OrganizationAffiliation|Practitioner|PractitionerRole|Location|HealthcareService|Endpoint"
    r"|Device|DeviceDefinition|Medication|MedicationKnowledge|Substance|ValueSet|CodeSystem|ConceptMap|NamingSystem"
    r"|StructureDefinition|Questionnaire|PlanDefinition|ActivityDefinition|Library|Measure|ObservationDefinition"
    r"|SpecimenDefinition|InsurancePlan|CapabilityStatement|OperationDefinition|SearchParameter|Group)/[^/]+\Z")


# (who owns the bare number key decides the round amount's veto: a paper's or a person's element or object,
# '<NapravlenieMSE Nomer="5800">', '<Patient no="2300"/>', '{"polis": {"number": "1500"}}', leaves it to the model,
# since only the tagger reads such a key; an amount's, a prescription's (its lines' counts, the case the veto was
# written for: '{"recipe": {"number": "2500"}}'), an unknown object's or none refuses it; review A r23, finding 10)
_AMOUNT_PAPERS = PRESCRIPTION_WORDS | CUT_PRESCRIPTION_WORDS
_PERSON_OWNERS = frozenset(ROLE_KEYS) | {"person", "pacient", "client", "клиент"}
# an XML attribute's element: the tag opened before the key with no bracket between
_ATTRIBUTE_OF = re.compile(r"<(?P<tag>[\w:.\-]{1,60})[ \t][^<>]*\Z")


def _owned_by_paper_or_person(text: str, key_start: int) -> bool:
    """Whether the element or the JSON object holding the key at ``key_start`` names a paper (not a prescription's) or a
    person, and no amount (see above)."""
    if key_start and text[key_start - 1] == "<":
        owner = parent_element(text, key_start - 1)  # ("<nr>3000</nr>": the element holding it)
    elif key_start and text[key_start - 1] in "\"'":
        owner = json_owner(text, key_start)
    else:
        attribute_of = _ATTRIBUTE_OF.search(text, max(0, key_start - _REACH), key_start)
        owner = attribute_of.group("tag") if attribute_of is not None else ""
    words = key_words(owner) if owner else ()
    if not words or not _AMOUNT_PAPERS.isdisjoint(words) or not MEASURE_WORDS.isdisjoint(words):
        return False
    return names_paper(words) or key_type(owner) is not None or not _PERSON_OWNERS.isdisjoint(words)


def _names_its_paper(text: str, reach: int, start: int) -> bool:
    """Whether a paper's noun in the nominative (and its complements) ends right before ``start``."""
    noun = _PAPER_NOUN_THEN.search(text, reach, start)
    words = tuple(noun.group("noun").lower().split()) if noun is not None else ()
    return bool(words) and (words[0] in _PAPER_NOMINATIVES or names_paper(words))


def refused(text: str, start: int, end: int) -> bool:
    """Whether the rules' vetoes (see the module doc) refuse the token ``text[start:end]``."""
    line_start = text.rfind("\n", 0, start) + 1
    reach = max(line_start, start - _REACH)
    if _BARE_CODE.search(text, reach, start) is not None and _SENTENCE_END_AFTER.match(text, end) is not None:
        return True  # (``^`` matches only where a line starts, not at ``reach``)
    if text[start:end].isdigit() and end - start < _BARCODE_DIGITS and not _NEXT_GROUP.match(text, end) \
            and _SPECIMEN_BEFORE.search(text, reach, start):
        return True
    if _SERIAL_MARK.search(text, reach, start) is not None:
        return True
    if text[start:end].isdigit() and _ANALYSIS_BEFORE.search(text, reach, start) is not None:
        return True
    key = _VALUES_KEY.search(text, reach, start)
    if key is not None:
        words = key_words(key.group("key"))
        if words[-1:] and words[-1] in _MEASURED_KEY_WORDS:
            return True  # (the key's last word: "стоимость_карты" names what the value is, a card's, as key_type reads it)
        if len(words) == 1 and words[0] in _NUMBER_KEY_WORDS and _ROUND_AMOUNT.fullmatch(text, start, end) \
                and not _owned_by_paper_or_person(text, key.start("key")):
            return True
    # (a Latin "N" glued before the digits is the number's sign, "и/б N1960", as "№" is: not a mark of the year)
    if end - start > 4 and _LETTERED_YEAR_TOKEN.fullmatch(text, start, end) and not text[start:end].isdigit() \
            and not _GLUED_SIGN.match(text, start):
        word = _WORD_THEN.search(text, reach, start)
        if word is not None and not word.group("word").lower().startswith("номер"):
            if _YEAR_AND_ITS_MARK.fullmatch(text, start, end):
                return True
            if not _CAPITALS_ABBREVIATION.fullmatch(word.group("word")) and not _names_its_paper(text, reach, start) \
                    and _RECORD_NAMED_THEN.search(text, reach, start) is None:
                return True
    if text.endswith(".00", start, end) and _WHOLE_SUM.fullmatch(text, start, end):
        return True
    if end - start == 6 and text[start:end].isdigit() and postal_index(text, start, end):
        return True
    if "/" in text[start:end] and _FHIR_NOT_PERSON.search(text[start:end]) is not None:
        return True
    return refused_after_sign(text, start) or refused_after_number_word(text, start)



def postal_index(text: str, start: int, end: int) -> bool:
    """Whether the six digits ``text[start:end]`` stand where a Russian postal index stands: before the place it is
    the index of (see the module doc), with no sign before them."""
    if _SIGN_RIGHT_BEFORE.search(text, max(0, start - 3), start) is not None:
        return False
    if any(place.match(text, end) is not None for place in _PLACE_AFTER_INDEX):
        return True
    town = _TOWN_AFTER_COMMA.match(text, end)
    if town is None:
        return False
    flags = word_class(town.group("town"))
    return bool(flags & WordClass.PLACE) and not flags & _PERSON_WORD


_PERSON_WORD = WordClass.NAME | WordClass.SURNAME | WordClass.PATRONYMIC
