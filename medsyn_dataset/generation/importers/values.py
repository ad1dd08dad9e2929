"""Upstream values in the note schema's terms: ICD-10 codes (with the mapping flag), symptoms, sex,
marital state, smoking, booleans and scores. Every parser takes ``where`` (file, row, field) for its errors.
"""

from __future__ import annotations

import ast
import contextlib
import functools
import json
import math
from dataclasses import dataclass
from typing import Any

from medsyn_dataset.knowledge import icd10

FLAG_MAPPED = "icd10_code_not_in_who_mapped_to_category"
FLAG_EMPTY_TEXT = "empty_text"
FLAG_SMOKING_UNRELIABLE = "smoking_bool_unreliable"
FLAG_SMOKING_FROM_PROMPT = "smoking_from_prompt"


class ImportFormatError(ValueError):
    """Bad input for an importer; the message names the file, the row and the field."""




@dataclass(frozen=True, slots=True)
class CodeResolution:
    icd10_code: str
    icd10_subcode: str | None
    original_code: str | None
    flags: tuple[str, ...]


class InvalidCodeError(ImportFormatError):
    """A code whose category is not ICD-10: skippable with ``skip_invalid``."""


def resolve_code(raw: Any, where: str) -> CodeResolution:
    """Category, subcode and flags of an upstream code; ``where`` prefixes errors (file, row, field)."""
    text = "" if raw is None or is_nan(raw) else str(raw).strip()
    if not text:
        raise ImportFormatError(f"{where}: empty ICD-10 code")
    resolved = _resolve_text(text)
    if isinstance(resolved, str):
        raise InvalidCodeError(f"{where}: {resolved}")
    return resolved


@functools.lru_cache(maxsize=65536)
def _resolve_text(text: str) -> CodeResolution | str:
    # Cached: corpora repeat a few hundred codes thousands of times. A str result is the error.
    code = icd10.normalize_code(text)
    try:
        category = icd10.category_of(code)
    except ValueError as exc:
        return str(exc)
    if not icd10.is_category(category):
        return f"{text!r} is not an ICD-10 code (no category {category})"
    flags: tuple[str, ...] = ()
    if code == category:
        subcode = None
    elif icd10.is_valid(code):
        subcode = code
    else:
        subcode, flags = None, (FLAG_MAPPED,)
    original = text if text != (subcode or category) else None
    return CodeResolution(category, subcode, original, flags)



# ---- value parsing ---------------------------------------------------------------------------------


def is_nan(value: Any) -> bool:
    return isinstance(value, float) and math.isnan(value)


def blank(value: Any) -> bool:
    return (
        value is None or is_nan(value) or (isinstance(value, str) and value.strip() in ("", "nan", "None"))
    )


def parse_symptoms(value: Any, where: str) -> list[str]:
    """A list of symptoms from a list/array, a JSON or Python list literal, or a comma-separated string."""
    if blank(value):
        return []
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            parsed: Any = None
            with contextlib.suppress(ValueError):
                parsed = json.loads(text)
            if parsed is None:
                try:
                    parsed = ast.literal_eval(text)
                except (ValueError, SyntaxError):
                    raise ImportFormatError(
                        f"{where}: not a readable list of symptoms: {text[:60]!r}"
                    ) from None
            value = parsed
        else:
            return [part.strip() for part in text.split(",") if part.strip()]
    if hasattr(value, "tolist"):  # numpy arrays from Parquet via pandas-like readers
        value = value.tolist()
    if not isinstance(value, list | tuple):
        raise ImportFormatError(f"{where}: expected a list of symptoms, got {type(value).__name__}")
    return [str(item).strip() for item in value if not blank(item)]


_SEX = {"male": "male", "m": "male", "м": "male", "муж": "male", "мужской": "male", "мужчина": "male",
        "female": "female", "f": "female", "ж": "female", "жен": "female", "женский": "female",
        "женщина": "female"}  # fmt: skip


def parse_sex(value: Any, where: str) -> str | None:
    if blank(value):
        return None
    sex = _SEX.get(str(value).strip().lower())
    if sex is None:
        raise ImportFormatError(f"{where}: unknown sex {value!r}; expected male/female")
    return sex


_MARITAL = {"1": "married", "true": "married", "married": "married", "замужем": "married", "женат": "married",
            "0": "single", "false": "single", "single": "single", "холост": "single", "не замужем": "single",
            "divorced": "divorced", "widowed": "widowed"}  # fmt: skip


def parse_marital(value: Any, where: str) -> str | None:
    """Upstream ``marital_state``: 1 = married, 0 = single (as the upstream prompts word it)."""
    if blank(value):
        return None
    key = str(int(value)) if isinstance(value, bool | int | float) else str(value).strip().lower()
    status = _MARITAL.get(key)
    if status is None:
        raise ImportFormatError(f"{where}: unknown marital state {value!r}; expected 0/1 or a status")
    return status


def smoking_word(text: str) -> bool | None:
    """True/False if ``text`` holds a Russian smoking adjective (курящий / некурящая ...), else None."""
    low = text.lower()
    if "некурящ" in low or "не курящ" in low:
        return False
    if "курящ" in low:
        return True
    return None


def parse_smoking(value: Any, prompt: str, where: str) -> tuple[bool | None, tuple[str, ...]]:
    """Smoking and flags. A Russian adjective is what the prompt said; a bool is checked against the prompt."""
    if blank(value):
        return None, ()
    if isinstance(value, bool):
        flag = value
    else:
        text = str(value).strip().lower()
        if text in ("true", "false", "1", "0"):
            flag = text in ("true", "1")
        else:
            word = smoking_word(text)
            if word is None:
                raise ImportFormatError(f"{where}: unknown smoking value {value!r}")
            return word, ()
    stated = smoking_word(prompt or "")
    if stated is None:
        return None, (FLAG_SMOKING_UNRELIABLE,)
    return stated, (() if stated == flag else (FLAG_SMOKING_FROM_PROMPT,))


def parse_bool(value: Any, where: str) -> bool | None:
    if blank(value):
        return None
    text = str(value).strip().lower()
    if text in ("true", "1", "yes", "1.0"):
        return True
    if text in ("false", "0", "no", "0.0"):
        return False
    raise ImportFormatError(f"{where}: expected a boolean, got {value!r}")


def parse_score(value: Any, where: str) -> float | None:
    if blank(value):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        raise ImportFormatError(f"{where}: expected a number, got {value!r}") from None

