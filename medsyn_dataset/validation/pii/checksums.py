"""Check digits of Russian identifiers (SNILS, INN, the ЕНП of an OMS policy) and the Luhn sum.

Validators take the identifier's digits as a string (separators removed by the caller); the
``*_check_digits`` helpers compute the check part, so tests and the benchmark can make valid
numbers without hard-coding examples.
"""

from __future__ import annotations

_INN10_WEIGHTS = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_WEIGHTS_1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_WEIGHTS_2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def digits_only(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def snils_check_digits(first9: str) -> str:
    """The two SNILS check digits for its first nine digits (Pension Fund rule)."""
    total = sum(int(d) * (9 - i) for i, d in enumerate(first9))
    if total > 101:
        total %= 101
    return "00" if total in (100, 101) else f"{total:02d}"


def snils_valid(digits: str) -> bool:
    """11 digits whose last two are the checksum. Numbers up to 001-001-998 carry no checksum
    (they were issued before it existed); we reject them, as no real person holds them now."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    if int(digits[:9]) <= 1001998 or len(set(digits[:9])) == 1:
        return False
    return snils_check_digits(digits[:9]) == digits[9:]


def _weighted_mod11(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11 % 10


def inn_check_digits(prefix: str) -> str:
    """Check digits for an INN prefix: 9 digits -> 1 digit (legal entity), 10 -> 2 (person)."""
    if len(prefix) == 9:
        return str(_weighted_mod11(prefix, _INN10_WEIGHTS))
    if len(prefix) == 10:
        first = str(_weighted_mod11(prefix, _INN12_WEIGHTS_1))
        return first + str(_weighted_mod11(prefix + first, _INN12_WEIGHTS_2))
    raise ValueError("an INN prefix has 9 or 10 digits")


def inn_valid(digits: str) -> bool:
    """10-digit (organisation) or 12-digit (person) INN with correct check digit(s)."""
    if len(digits) not in (10, 12) or not digits.isdigit() or len(set(digits)) == 1:
        return False
    if digits[:2] == "00":  # region code 00 does not exist
        return False
    return inn_check_digits(digits[:-1] if len(digits) == 10 else digits[:-2]) == (
        digits[-1:] if len(digits) == 10 else digits[-2:]
    )


# the first two digits of an INN: the code of the region whose tax office issued it, 01-89 for the federal subjects
# (80-88 kept from the former autonomous districts), 90-95 for the regions joined since 2014 (91 Crimea, 92
# Sevastopol, 93-95 and 90) and 99 (Baikonur and the inspections of the largest taxpayers); 00 and 96-98 are no one's
_INN_REGIONS = frozenset(f"{code:02d}" for code in (*range(1, 96), 99))


def person_inn_valid(digits: str) -> bool:
    """Twelve digits that may be a person's INN with no word naming it: both check digits hold (a 1-in-100 chance for
    any twelve digits) and the first two are a real region's code."""
    return len(digits) == 12 and digits[:2] in _INN_REGIONS and inn_valid(digits)


def luhn_valid(digits: str) -> bool:
    """Luhn (mod 10) checksum, as used by bank cards."""
    if not digits.isdigit():
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def enp_valid(digits: str) -> bool:
    """The sixteen digits of a unified OMS policy number (ЕНП) whose last one is its check digit.

    The ФОМС rule: the digits of the first fifteen at odd places from the right, read as one number, are doubled; the
    digits at even places are written before the product; the check digit is what brings the sum of all those digits
    to a multiple of ten. Doubling a number adds the same digit sum as doubling its digits one by one and summing the
    digits of each product (a digit of five or more carries one, as 2d - 9 does), so the rule is the Luhn sum of the
    sixteen digits. Bank cards pass it too: the caller asks it only of a value a policy field or register may hold."""
    return len(digits) == 16 and digits.isdigit() and len(set(digits)) > 1 and luhn_valid(digits)
