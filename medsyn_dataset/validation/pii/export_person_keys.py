"""The keys an export names a person's name, a role or an address by: ``lastName``, ``FAM``, ``doctor``, ``addr_reg``.

:func:`key_type` says which a key names, after :func:`normal_key` (namespace dropped, camelCase split, separators
removed, lower case). Apart from :mod:`.export_fields`, which reads the values under these keys, so that a table's
column header (:mod:`.column_labels`) is named by the same lexicon without importing the export readers.
"""

from __future__ import annotations

import re

# key endings (normalised: lower case, no separators) that name a person's name or one of its parts
PERSON_KEYS = (
    "family", "familyname", "given", "givenname", "surname", "lastname", "firstname", "middlename", "middle", "secondname",
    "patronymic", "fullname", "fio", "familiya", "familia", "familiia", "imya", "imia", "otchestvo",
    "фамилия", "имя", "отчество", "фио",
    "initials", "инициалы",  # (a research export's subject: "subject_initials", "subjInitials", "Инициалы")
)
# the whole keys of the ТФОМС/ФФОМС exchange formats (registers of persons and accounts): <FAM>, <IM>,
# <OT> (surname, given name, patronymic), <FAM_P>, <IM_P>, <OT_P> (of the patient's representative),
# and CSV headers that join them ("fam_im_ot"); matched whole, as "im" and "ot" end many other keys
REGISTER_PERSON_KEYS = frozenset(("fam", "im", "ot", "famp", "imp", "otp", "famimot", "famio"))
# keys that name a person only by a role: the value must read as a name too
ROLE_KEYS = ("name", "doctor", "doc", "physician", "practitioner", "nurse", "vrach", "patient", "contact", "врач", "пациент",
             "representative", "guardian", "applicant")  # (and the person who acts for a child or applies for them)
# key endings that name an address or a place of a person
LOCATION_KEYS = (
    "address", "addr", "streetaddressline", "addressline", "street", "adres", "adress", "residence", "birthplace",
    "placeofbirth", "city", "town", "settlement", "адрес", "город",
)
# a postal code's keys (FHIR's "postalCode", "postal_code", "zip", "postIndex", 1C's "Индекс"); its value is the
# code itself, digits only: five or six of them (Russia's six, the five of a foreign address)
POSTAL_KEYS = ("postalcode", "postcode", "zip", "zipcode", "postindex", "pochtovyjindeks", "pochtovyiindeks", "почтовыйиндекс")
_POSTAL_WHOLE_KEYS = frozenset(("index", "indeks", "индекс"))
# the members of an address object that name one of its parts: a place only inside an address (FHIR's Address:
# "line", "city", "district", "state", "postalCode", "text"; "state" and "text" mean other things elsewhere)
ADDRESS_PART_KEYS = frozenset(("line", "lines", "text", "district", "state", "region", "area", "county", "locality",
                               "subdistrict", "oblast", "raion", "rayon", "район", "область", "регион"))
ADDRESS_OBJECTS = ("address", "addr", "adres", "adress", "residence", "адрес")
_CAMEL = re.compile(r"(?<=[a-zа-яё])(?=[A-ZА-ЯЁ])")
_SEPARATORS = re.compile(r"[_\-.\s]+")


def normal_key(key: str) -> str:
    """``ns:patientLastName`` -> ``patientlastname``; ``LAST-NAME`` -> ``lastname``."""
    key = key.rsplit(":", 1)[-1]
    return _SEPARATORS.sub("", _CAMEL.sub("_", key)).lower()


# an address key qualified after its head word: ADDR_REG, address_fact, adr_prog (registration, actual, stay)
_ADDRESS_HEADS = frozenset(("addr", "address", "adres", "adress", "adr"))


# the short keys of a name's parts as the LAST word of a qualified key ("ORIG_FAM", "ОРИГ_ОТЧ", "pat_im",
# "Famil", "Otch": registers and МИС exports cut "фамилия/имя/отчество" to their first letters and prefix
# whose name it is); matched as a whole word after a separator ("regim" is no "им"). The Latin "im" and "ot"
# are left to :data:`REGISTER_PERSON_KEYS` (whole keys only): after a prefix they are as often "intramuscular"
NAME_PART_ABBREVIATIONS = frozenset(("фам", "им", "отч", "fam", "famil", "otch", "imia"))


def _last_word(key: str) -> str:
    key = key.rsplit(":", 1)[-1]
    return _SEPARATORS.split(_CAMEL.sub("_", key).lower())[-1]


def _first_word(key: str) -> str:
    key = key.rsplit(":", 1)[-1]
    return _SEPARATORS.split(_CAMEL.sub("_", key).lower(), 1)[0]


def key_type(key: str) -> str | None:
    """"PERSON", "ROLE" (a person only when the value reads as a name), "LOCATION" or None."""
    normal = normal_key(key)
    if normal.endswith(PERSON_KEYS) or normal in REGISTER_PERSON_KEYS or _last_word(key) in NAME_PART_ABBREVIATIONS:
        return "PERSON"
    # ("ADR": the registers' short key for an address; "MR", место рождения, the ТФОМС register's birthplace)
    if normal.endswith(LOCATION_KEYS) or normal in ("adr", "mr") or _first_word(key) in _ADDRESS_HEADS:
        return "LOCATION"
    if normal.endswith(POSTAL_KEYS) or normal in _POSTAL_WHOLE_KEYS:
        return "POSTAL"
    if normal in ADDRESS_PART_KEYS:
        return "ADDRESS_PART"
    if normal.startswith(ADDRESS_OBJECTS) and normal.endswith(tuple(ADDRESS_PART_KEYS)):
        return "LOCATION"  # a flat export names the object in the key: "address_district", "address.state", "addrText"
    if normal.endswith(ROLE_KEYS):
        return "ROLE"
    return None
