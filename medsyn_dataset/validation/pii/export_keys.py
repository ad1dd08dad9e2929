"""What a machine export's field name names: its words, and the identifier type they name.

A key is **normalised** (XML namespace dropped, camelCase and snake_case split, lower case: ``passportSeries``,
``PASSPORT_SERIES``, ``passport-series`` and ``identity:PassportSeries`` all give ``passport series``) and its words are
looked up in a small lexicon of the words systems use for each identifier, in Latin (also transliterated Russian:
``polis``, ``nomer``, ``telefon``) and in Cyrillic. (:mod:`.export_ids` reads the values under such keys.)
"""

from __future__ import annotations

import re
from functools import lru_cache

from medsyn_dataset.validation.pii.export_objects import NUMBER_WORDS as _NUMBER
from medsyn_dataset.validation.pii.export_objects import SERIES_WORDS as _SERIES
from medsyn_dataset.validation.pii.numbered_labels import PERSON_WORD
from medsyn_dataset.validation.pii.voluntary_insurance import KEY_WORDS

# the words of a normalised key that name each type (a key names a type when one of its words does)
# (a register's or a voucher's word names this person's entry only alone or with a number's word, "registry_id",
# "voucher", "RegistryNumber"; with any other word it names what the register or the voucher holds: "voucher_price",
# "voucher_days", "registry_status", "register_type", "register_address")
_ENTRY_WORDS = ("registry", "register", "регистр", "реестр", "voucher", "путевка", "путёвка")
TYPE_WORDS: dict[str, frozenset[str]] = {
    "RU_SNILS": frozenset(("snils", "снилс", "ils", "илс", "pension", "страховой")),
    # (a tax number's key in English, "taxId", "tax_number", "TaxID": the taxpayer's number, the INN; an amount of tax,
    # "tax_sum", is none: the last word's measure, :data:`MEASURE_WORDS`, and the INN's ten or twelve digits decide)
    "RU_INN": frozenset(("inn", "инн", "tin", "taxpayer", "tax", "taxid")),
    "RU_OMS_POLICY": frozenset(("oms", "омс", "enp", "енп", "polis", "полис", "policy", "insurance", "insurancepolicy")),
    # (УДЛ/ДУЛ, the identity document, in either order: the social fund's and the МСЭ exchange's <UDL Tip="21">, code 21
    # of the tax service's classifier of identity documents, СПДУЛ, being the Russian passport)
    "RU_PASSPORT": frozenset(("passport", "pasport", "паспорт", "dul", "дул", "udl", "удл", "identitydoc", "identity")),
    "PHONE_NUMBER": frozenset(("phone", "telephone", "tel", "telecom", "mobile", "msisdn", "cell", "cellphone", "telefon",
                               "телефон", "тел", "моб", "mob", "fax", "факс", "whatsapp", "contact")),
    "MEDICAL_RECORD_NUMBER": frozenset(("mrn", "emk", "эмк", "ehr", "emr", "card", "карта", "карты", "medcard", "kart", "karta",
                                        "history", "ib", "иб", "case", "encounter", "record", "mis", "pid", "order", "sample",
                                        "barcode", "заказ", "заявка", "проба", "pac",
                                        # (a barcode by its Russian word and abbreviation: <Проба ШК="2025410568">)
                                        "штрихкод", "шк",
                                        # (a radiology study's accession number: DICOM's AccessionNumber, a PACS worklist's
                                        # "Accession"/"ACC" column)
                                        "accession", "acc", "accessionnumber",
                                        # (a clinical trial's participant: CDISC's SUBJID/USUBJID, an EDC's "subject",
                                        # "participant", a screening log's "screening" number; the sponsor's key to one person)
                                        "subject", "subj", "subjid", "usubjid", "participant", "screening",
                                        "субъект", "субъекта", "скрин", "скрининг", "скрининга", "скрининговый",
                                        "рандомизационный", "рандомизации",
                                        # (a certificate's number: a mortality register's МСС/"mss", медицинское
                                        # свидетельство о смерти, and its birth and perinatal kin МСР/МСПС)
                                        "certificate", "свидетельство", "svid", "mss", "мсс", "msr", "мср", "msps", "мспс",
                                        # (a licence's number, a driving licence's in a terminal's or a register's export,
                                        # "license": HIPAA's "certificate/license numbers"; prose reads the licence's
                                        # number as a record's too, :mod:`.other_papers`)
                                        "license", "licence",
                                        # (a register's entry of this person, a voucher issued to this patient: "registry_id",
                                        # "voucher=V-9913371", as prose names them "в регистре", "по путёвке")
                                        *_ENTRY_WORDS)),
}
# (a voluntary or a travel insurance's mark on a policy's key, "policy_dms", "dmsPolicy", "vzr_number": the insurer's
# number of this patient's contract, a record number as :mod:`.other_papers` reads it in prose, never the OMS policy;
# voluntary_insurance.KEY_WORDS)
# a sick leave's number in the social fund's exchange of electronic sick leaves (ЭЛН: the fields "LN_CODE",
# "PREV_LN_CODE" of its XML): "ln" alone may be a last name's key, so only with a code's or a number's word
_SICK_LEAVE = "ln"
# the number's words that make such a stem a number's key: a number's word of :data:`.export_objects.NUMBER_WORDS`, and
# "code", which is none there (a member "code" is a service's or a diagnosis's) but is one beside "ln", "reg" or a
# register's word ("LN_CODE", "registryCode"). (Not the Cyrillic "номер" nor "nr": no key of a stem below was seen with
# them, and this set read them as no number's word before it was derived; see test_pii_one_place_round19.)
_NUMBER_OR_CODE = (_NUMBER - {"номер", "nr"}) | {"code"}
# (an electronic sick leave, ЭЛН, is its number alone or with a number's word, <ELN>, "номер_ЭЛН", "eln_id"; with any
# other word it names what the leave holds: "ELN_DAYS", "eln_status")
_ELECTRONIC_SICK_LEAVE = frozenset(("eln", "элн"))
# a contract of this patient's: a paid-services contract or a voluntary insurer's, a record number as the prose readers
# take "договор № ..."; only a key that names the contract itself or its number ("contract", "patient_contract",
# "contract_no", "dogovor_nomer", "номер_договора"): with any other word after it the key names what the contract holds
# ("contract_status", "contract_term", "contract_type", "contract_code", "contract_end", "dogovor_summa")
# (an array's key in the plural names its items, as the lexicon's plural rule reads "cards": "contracts", "договоры")
_CONTRACT_WORDS = frozenset(("contract", "contracts", "dogovor", "dogovora", "dogovory", "договор", "договора", "договоры"))
# a paper one person files or is the subject of, numbered for that person: an application to a fund or a queue
# ("applicationNumber", <НомерЗаявления>), an act of a medical examination ("act_no" of form 307/у-05), a police register's
# entry of a report (КУСП, "kusp"); only the key naming the paper or its number, as for a contract: with any other word the
# key names what the paper holds ("application_status", "act_date", "kusp_type")
# (and a prescription, written for one patient, as prose reads "рецепт № ...": "рец=1270251", "номер_рецепта")
_FILED_WORDS = frozenset(("application", "заявление", "заявления", "zayavlenie", "act", "акт", "акта", "kusp", "кусп",
                          "рецепт", "рецепта", "рец", "recept"))
# a code's word: alone a service's or a diagnosis's key ("code"), beside a word naming the row's person
# (:data:`.numbered_labels.PERSON_WORD`) that person's number in the system, as "Код пациента" is on a form
_CODE_WORDS = frozenset(("code", "код", "kod"))
# (and a contract's reference, "contract_ref", names its number as "contract_no" does; "ref" alone names nothing: review 0
# r21, finding 8)
_CONTRACT_REFERENCE = "ref"
# a register's or a case history's short stem with a number's word and nothing else: "RegNum", "reg_no", "HistNum" (the
# cancer register's XML, a register's TSV); alone, "reg" may be a registration address's key and "hist" a histogram's
_NUMBERED_STEMS = frozenset(("reg", "hist"))

# (a child element named by its part alone, :data:`.export_objects.PART_WORDS`, takes its type from its parent:
# <InsurancePolicy><Number>, <DOC><SER>)
# (and FHIR's "identifier", the business identifier of any resource: a patient's, an encounter's, a specimen's)
ID_WORDS = frozenset(("id", "uid", "guid", "uuid", "ид", "identifier"))


# (and a field's ordinal at its end, apart: an export numbers a repeated field "TEL1", "TEL2", "phone_2",
# "SNILS2", "adres3"; the word before it names the type as "TEL" does)
_CAMEL = re.compile(r"(?<=[a-zа-яё0-9])(?=[A-ZА-ЯЁ])|(?<=[A-Za-zА-Яа-яЁё])(?=\d{1,2}(?![\dA-Za-zА-Яа-яЁё]))")
_SPLIT = re.compile(r"[^0-9a-zа-яё]+")
# Russian registers glue a short prefix to the word: the ТФОМС/ФФОМС exchange formats (the registers
# of accounts and of persons: ``<ID_PAC>``, ``<NPOLIS>``, ``<SPOLIS>``, ``<DOCSER>``, ``<DOCNUM>``,
# ``<NHISTORY>``) write N- for "number", S- for "series" and DOC for the identity document (ДУЛ,
# a passport in most rows), PAC for the patient. The glued words read as their parts.
_GLUED = {
    "npolis": ("number", "polis"), "spolis": ("series", "polis"), "docser": ("dul", "series"), "docnum": ("dul", "number"),
    "docseries": ("dul", "series"), "docnumber": ("dul", "number"), "doctype": ("dul", "type"), "docdate": ("dul", "date"),
    "docorg": ("dul", "org"), "nhistory": ("number", "history"), "nhist": ("number", "history"), "idpac": ("id", "pac"),
    "nib": ("number", "ib"),  # номер истории болезни
}
# the last word of a field name that holds a date or a time: such a field is no identifier, whatever
# it is the date of ("encounterDate", "order_time", "DATE_IN", "docdate")
DATE_WORDS = frozenset(("date", "time", "dt", "datetime", "timestamp", "ts", "dttm", "day", "data", "дата", "время"))
# the last word of a field name that holds an amount or a count: a price, a sum or a count is no identifier, whatever
# it is the amount of ("card_price", "orderTotal", "sample_count"; the last word only, as for a date: "стоимость_карты"
# still names a card; a tariff, a payment and a balance are amounts too, "card_balance", "polis_payment": the tagger's
# veto reads the same list, :mod:`.id_tagger_vetoes`)
MEASURE_WORDS = frozenset(("price", "cost", "sum", "amount", "total", "count", "cnt", "qty", "quantity", "fee",
                           "цена", "стоимость", "сумма", "количество", "кол",
                           "tariff", "тариф", "payment", "paid", "оплата", "balance"))


# (beyond the register's own words above: any identifier's stem glued to "ser"/"num" with no separator,
# "DULNUM", "paspser", "polisnum", "docseria", is split into its stem and its series/number word)
_GLUED_STEM = re.compile(r"(doc|dul|udl|pasp|passport|pasport|polis|snils|enp|inn|oms|card|kart)"
                         r"(ser|seria|series|num|nom|nomer|number|no)")
# the words that call a passport another state's or a travel one
_FOREIGN = frozenset(("foreign", "national", "zagran", "загран", "иностранный"))
# (and the travel passport's one word, the prefix glued on: a table column "Загранпаспорт", a key "zagranpasport", read
# as its two words, a travel passport's, review A r26 finding 8)
_GLUED_FOREIGN = re.compile(r"(загран|zagran)(?:(пасп)|pas{1,2}p)[а-яёa-z]*")
# an identity document's series or number is a passport's (the document a Russian record names first)
_DOCUMENT = frozenset(("doc", "document", "dul", "udl", "pasp", "дул", "документ", "док"))
# (and the tax service's XML cuts the parts' words: <УдЛичнФЛ КодВидДок="21" СерНомДок="45 12 345678"/>, the formats of
# 2-НДФЛ and 3-НДФЛ)
_CUT_PARTS = frozenset(("сер", "ном"))


@lru_cache(maxsize=8192)
def key_words(key: str) -> tuple[str, ...]:
    """The words of a field name: ``"identity:PassportSeries"`` -> ``("identity", "passport", "series")``,
    ``"NPOLIS"`` -> ``("number", "polis")``, ``"PASPSER"`` -> ``("pasp", "ser")``."""
    # (a case history's abbreviation written with its slash, "№ и/б", is the lexicon's "иб")
    words = (word for word in _SPLIT.split(_CAMEL.sub(" ", key).lower().replace("и/б", "иб")) if word)
    return tuple(part for word in words for part in _GLUED.get(word) or _glued_stem(word))


def _glued_stem(word: str) -> tuple[str, ...]:
    if _CDISC_REFERENCE.fullmatch(word):
        return ("sample", "id")
    glued = _GLUED_STEM.fullmatch(word)
    if glued is None and (foreign := _GLUED_FOREIGN.fullmatch(word)) is not None:
        return foreign.group(1), "паспорт" if foreign.group(2) else "passport"
    return glued.groups() if glued is not None else (word,)


# a CDISC SDTM domain's reference id, --REFID (the domain's two letters glued on: LBREFID, MBREFID, BSREFID, PCREFID), is
# the specimen's id, the tube or the sample a result was measured in, a number tied to one subject (blind56's ODM export)
_CDISC_REFERENCE = re.compile(r"[a-z]{2}refid")


# the last word of a field name that holds a link: a link to a record, a card or a page is no identifier's number
# ("emk_url", "card_link", "recordUri", "ссылка_на_карту" ends with its object, so only the last word counts, as for a
# date); the URL recognizer reads the value
LINK_WORDS = frozenset(("url", "uri", "link", "href", "ссылка", "website", "homepage"))


def key_type(key: str, person_export: bool = True) -> str | None:
    """The identifier type a field name names (see the module's docstring), else None."""
    words = key_words(key)
    if not words or words[-1] in DATE_WORDS or words[-1] in MEASURE_WORDS or words[-1] in LINK_WORDS:
        return None
    if not _FOREIGN.isdisjoint(words):
        # (a foreign state's or a travel passport, "foreign_passport", "national_passport_no": read as another paper's
        # number, whose value's shape it has; RU_PASSPORT since round 26 (:func:`foreign_passport_key`,
        # :func:`.export_document_kinds.paper_kind`), as CALLED_FOREIGN's are in prose)
        named = key_type(" ".join(word for word in words if word not in _FOREIGN), person_export)
        return "MEDICAL_RECORD_NUMBER" if named in ("RU_PASSPORT", "MEDICAL_RECORD_NUMBER") else named
    if any(word in _DOCUMENT for word in words) and any(word in _SERIES or word in _NUMBER or word in _CUT_PARTS
                                                         for word in words):
        return "RU_PASSPORT"  # "DOCSER", "doc_number", "document series"
    if len(words) == 2 and words[0] in _NUMBERED_STEMS and words[1] in _NUMBER_OR_CODE:
        return "MEDICAL_RECORD_NUMBER"
    if len(words) == 2 and not _CODE_WORDS.isdisjoint(words) and any(PERSON_WORD.fullmatch(word) for word in words):
        return "MEDICAL_RECORD_NUMBER"  # a person's code is the person's number: "patient_code", "код_пациента", "ClientCode"
    if _SICK_LEAVE in words and any(word in _NUMBER_OR_CODE for word in words):
        return "MEDICAL_RECORD_NUMBER"  # ("LN_CODE": a sick leave)
    if not _ELECTRONIC_SICK_LEAVE.isdisjoint(words) and all(
            word in _ELECTRONIC_SICK_LEAVE or word in _NUMBER or word == "code" or word in ID_WORDS for word in words):
        return "MEDICAL_RECORD_NUMBER"
    if words[-1] in _CONTRACT_WORDS or (not _CONTRACT_WORDS.isdisjoint(words) and all(
            word in _CONTRACT_WORDS or word in _NUMBER or word in ID_WORDS or word == _CONTRACT_REFERENCE for word in words)):
        return "MEDICAL_RECORD_NUMBER"
    if not _FILED_WORDS.isdisjoint(words) and all(word in _FILED_WORDS or word in _NUMBER or word in ID_WORDS for word in words):
        return "MEDICAL_RECORD_NUMBER"
    named = next((kind for kind, lexicon in TYPE_WORDS.items()  # (an array's key in the plural names its items: "cards")
                  if any(word in lexicon or (word[-1:] == "s" and word[:-1] in lexicon) for word in words)), None)
    if named in (None, "RU_OMS_POLICY") and any(word in KEY_WORDS for word in words):
        return "MEDICAL_RECORD_NUMBER"  # ("policy_dms": the insurer's contract; "dms_client_phone" stays a phone)
    if named == "MEDICAL_RECORD_NUMBER" and _entry_word_measured(words):
        return None
    if named is not None:
        return named
    if words[-1] in ID_WORDS or words[0] in ID_WORDS:
        return "MEDICAL_RECORD_NUMBER" if person_export or len(words) > 1 else None
    return None


def foreign_passport_key(key: str) -> bool:
    """Whether a field name names a foreign state's or a travel passport ("foreign_passport", "zagranPassportNumber"):
    a person's passport, RU_PASSPORT since round 26, though its value is read with another paper's shapes."""
    words = key_words(key)
    return not _FOREIGN.isdisjoint(words) and key_type(" ".join(word for word in words if word not in _FOREIGN)) == "RU_PASSPORT"


def _entry_word_measured(words: tuple[str, ...]) -> bool:
    """A register's or a voucher's word is the key's only record word, and another word that is no number's stands
    beside it (see :data:`_ENTRY_WORDS`)."""
    record = TYPE_WORDS["MEDICAL_RECORD_NUMBER"]
    named_by = [word for word in words if word in record or (word[-1:] == "s" and word[:-1] in record)]
    return all(word.rstrip("s") in _ENTRY_WORDS or word in _ENTRY_WORDS for word in named_by) and any(
        word not in record and word.rstrip("s") not in record and word not in ID_WORDS and word not in _NUMBER_OR_CODE
        for word in words)
