"""Surrogate redaction: every entity becomes a realistic Russian value of the same type and shape.

What clinical de-identification tools do ("hiding in plain sight"): a redacted note reads as a
natural note, so it can still train models. Within one note, the same real value always gets the
same surrogate (the same person, place or number; every date moves by one shift, so intervals
between dates stay true); people keep their grammatical case and gender; phones keep their
layout and stay valid numbers; dates stay valid calendar dates in the same format; SNILS and INN
get valid check digits. Given the seed, the output is a function of the note alone.

>>> surrogate_redact("Осмотрена врачом Петровой И.С.", [PiiEntity("PERSON", 17, 30, 0.9, "x")], seed=1)  # doctest: +SKIP
'Осмотрена врачом Смирновой А.В.'
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
from collections.abc import Callable, Sequence

from medsyn_dataset.validation.pii.checksums import digits_only, inn_check_digits, snils_check_digits
from medsyn_dataset.validation.pii.entities import PiiEntity
from medsyn_dataset.validation.pii.surrogate_dates import shift_date
from medsyn_dataset.validation.pii.surrogate_latin import is_latin, latin_person, latin_place
from medsyn_dataset.validation.pii.surrogate_names import (
    draw_person,
    person_key,
    place_surrogate,
    read_name,
    render_person,
)

_MOBILE_OR_CITY = {3: ("9", "495", "812", "343", "383", "846", "863", "342"), 4: ("3822", "3452", "4012", "8142", "4842"),
                   5: ("38822", "34345", "81362")}


class _Note:
    """Per-note state: the random stream, the date shift and the memo that keeps surrogates consistent."""

    def __init__(self, text: str, seed: int) -> None:
        digest = hashlib.sha256(f"{seed}\x00{text}".encode()).digest()
        self.rng = random.Random(int.from_bytes(digest[:8], "big"))
        self.shift = dt.timedelta(days=self.rng.choice((-1, 1)) * self.rng.randrange(40, 400))
        self.memo: dict[str, str] = {}
        self.people: dict[str, object] = {}

    def once(self, key: str, make: Callable[[], str]) -> str:
        if key not in self.memo:
            self.memo[key] = make()
        return self.memo[key]


def surrogate_redact(text: str, entities: Sequence[PiiEntity], seed: int = 0) -> str:
    """``text`` with every entity replaced by a surrogate (entities must not overlap)."""
    note = _Note(text, seed)
    out, cursor = [], 0
    for entity in sorted(entities, key=lambda e: e.start):
        out.append(text[cursor : entity.start])
        original = text[entity.start : entity.end]
        left = text[max(0, entity.start - 8) : entity.start]
        if entity.type in ("LOCATION", "PERSON") and is_latin(original):  # "GURULI Ekaterina", "Vologda, Russia"
            out.append(latin_person(original, note.rng, note.people, draw_person) if entity.type == "PERSON"
                       else latin_place(original, note.rng, note.memo))
        elif entity.type == "LOCATION":
            out.append(place_surrogate(original, note.rng, note.memo, left))
        elif entity.type == "PERSON":
            out.append(_person(original, note, left))
        else:
            out.append(_surrogate(entity.type, original, note))
        cursor = entity.end
    return "".join(out) + text[cursor:]


def _surrogate(kind: str, value: str, note: _Note) -> str:
    if kind == "DATE_TIME":
        return note.once("date:" + value, lambda: shift_date(value, note.shift, note.rng))
    key = f"{kind}:{digits_only(value) or value.lower()}"
    maker = {
        "PHONE_NUMBER": lambda: phone_like(value, note.rng),
        "RU_SNILS": lambda: checksum_like(value, note.rng, "snils"),
        "RU_INN": lambda: checksum_like(value, note.rng, "inn"),
        "EMAIL_ADDRESS": lambda: _email(note.rng),
        "URL": lambda: _url(value, note.rng),
    }.get(kind, lambda: digits_like(value, note.rng))
    return note.once(key, maker)


def _person(value: str, note: _Note, left: str = "") -> str:
    tokens, female, case = read_name(value, left)
    if not tokens:
        return value
    key = person_key(tokens)
    if key not in note.people:
        note.people[key] = draw_person(note.rng, female, {t.lemma for t in tokens} | {value[t.start : t.end].lower() for t in tokens})
    return render_person(value, tokens, note.people[key], case)  # type: ignore[arg-type]


# ----- numbers -------------------------------------------------------------------------------
def _random_digits(rng: random.Random, n: int, first_nonzero: bool = True) -> str:
    return "".join(str(rng.randrange(1 if i == 0 and first_nonzero else 0, 10)) for i in range(n))


def _into_layout(layout: str, digits: str) -> str:
    stream = iter(digits)
    return "".join(next(stream) if ch.isdigit() else ch for ch in layout)


def digits_like(value: str, rng: random.Random) -> str:
    """Every digit replaced (passport, OMS, record number); letters and separators kept."""
    original = digits_only(value)
    for _ in range(10):
        new = _random_digits(rng, len(original))
        if new != original:
            break
    return _into_layout(value, new)


def checksum_like(value: str, rng: random.Random, kind: str) -> str:
    """A SNILS or INN of the same length and layout, with valid check digits."""
    n = len(digits_only(value))
    for _ in range(10):
        if kind == "snils" and n == 11:
            body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
            new = body + snils_check_digits(body)
        elif kind == "inn" and n in (10, 12):
            prefix = f"{rng.randrange(1, 92):02d}" + _random_digits(rng, n - 4 if n == 12 else n - 3, False)
            new = prefix + inn_check_digits(prefix)
        else:
            return digits_like(value, rng)
        if new != digits_only(value):
            break
    return _into_layout(value, new)


def phone_like(value: str, rng: random.Random) -> str:
    """A phone of the same layout: the same "+7"/"8", another area code of the same length, other
    subscriber digits; a full number is checked valid with ``phonenumbers``."""
    import phonenumbers

    digits = digits_only(value)
    extension = re.search(r"(?:доб|доп|вн|ext)\.?\s*\d+$", value, re.IGNORECASE)
    main = digits[: len(digits) - len(digits_only(extension.group()))] if extension else digits
    prefix = main[:1] if len(main) == 11 and main[0] in "78" else ""
    national = main[len(prefix) :]
    area_len = _area_length(value)
    new_main = main
    for _ in range(30):
        if len(national) == 10:
            pool = _MOBILE_OR_CITY.get(area_len, ())
            codes = ["9"] if national[0] == "9" else [c for c in pool if len(c) == area_len] or ["9"]
            code = rng.choice(codes)
            code += _random_digits(rng, area_len - len(code), False)
            new_national = code + _random_digits(rng, 10 - len(code), False)
        else:
            new_national = _random_digits(rng, len(national))
        new_main = prefix + new_national
        if new_main == main:
            continue
        if len(national) != 10:
            break
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse("+7" + new_national, None)):
                break
        except phonenumbers.NumberParseException:
            continue
    new_digits = new_main + (_random_digits(rng, len(digits) - len(main)) if extension else "")
    return _into_layout(value, new_digits)


def _area_length(value: str) -> int:
    bracket = re.search(r"\((\d{3,5})\)", value)
    if bracket:
        return len(bracket.group(1))
    groups = re.findall(r"\d+", value)
    if groups and groups[0] in ("7", "8") and len(groups) > 1:
        groups = groups[1:]
    elif groups and len(groups[0]) == 11 and groups[0][0] in "78":
        return 3
    return len(groups[0]) if groups and 3 <= len(groups[0]) <= 5 and len(groups) > 1 else 3


def _email(rng: random.Random) -> str:
    user = rng.choice(("ivanova", "petrov", "smirnova", "kuznetsov", "sokolova", "volkov", "orlova", "lebedev"))
    return f"{user}{rng.randrange(10, 99)}@{rng.choice(('mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru', 'list.ru'))}"


def _url(value: str, rng: random.Random) -> str:
    scheme = re.match(r"(?i)(?:https?|ftp)://", value)
    host = rng.choice(("clinic-zdorovie.ru", "medcentr-plus.ru", "poliklinika-5.ru", "doctor-info.ru"))
    path = "/" + rng.choice(("zapis", "info", "uslugi", "kontakty")) if "/" in value[len(scheme.group()) if scheme else 0 :] else ""
    www = "www." if "www." in value.lower() else ""
    return (scheme.group() if scheme else "") + www + host + path
