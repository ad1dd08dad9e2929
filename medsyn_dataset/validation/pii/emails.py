"""EMAIL_ADDRESS: addresses as written, as internationalised, and as dictated or hidden from robots.

* Written: ``local@domain.tld`` with any letters (RFC 6531/IDNA: ``priem@поликлиника.рф``,
  ``info@больница-вологда.рф`` are real Russian addresses; a Latin local part before a Cyrillic
  domain is the common case).
* Obfuscated: the "@" and the dots spelt out so that harvesters miss them, in brackets or between
  spaces: ``ivanov[at]mail.ru``, ``ivanov (at) mail (dot) ru``, ``ivanov {at} mail.ru``; and
  dictated to a nurse in Russian: ``ivanov собака mail точка ru`` ("собака" is the Russian name of
  "@"), or typed with spaces around the "@" (``ivanov @ mail.ru``). Spelt-out forms need a known top-level domain at the end: "собака"/"at" are ordinary
  words, the TLD after a spelt-out dot is what makes an address of them.
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.base import RegexRecognizer, Rule, lowered
from medsyn_dataset.validation.pii.code_page import char_positions
from medsyn_dataset.validation.pii.latin import has_latin

_PLAIN = re.compile(
    r"(?<![\w.+\-])(?P<value>[^\W_][\w.%+\-]*@(?:[^\W_](?:[\w\-]*[^\W_])?\.)+[^\W\d_]{2,24})(?![\w\-@])"
)

#: top-level domains an e-mail in a Russian record ends with (spelt-out forms only)
EMAIL_TLDS = "ru|su|com|org|net|info|biz|io|edu|gov|me|pro|online|site|ua|by|kz|uz|de|uk|us|co|рф|рус|ру|ком|орг"
_OPEN, _CLOSE = r"[ \t]?[\[({<][ \t]?", r"[ \t]?[\])}>][ \t]?"
_AT_WORD = r"(?:at|собака|собачка|собачку|эт)"
_DOT_WORD = r"(?:dot|точка|тчк)"
# "[at]", "(собака)", "[@]", "(a)"; " at ", " собака "; an "@" with spaces around it
_AT = rf"(?:{_OPEN}(?:{_AT_WORD}|@|a){_CLOSE}|[ \t]+{_AT_WORD}[ \t]+|[ \t]+@[ \t]*|@[ \t]+)"
# (a dot typed or dictated with spaces around it, "mail . ru", counts as spelt out: the TLD after it decides)
_DOT = rf"(?:\.|{_OPEN}(?:{_DOT_WORD}|\.){_CLOSE}|[ \t]+{_DOT_WORD}[ \t]+|[ \t]+\.[ \t]+)"
_LOCAL_ATOM = r"[A-Za-z0-9][A-Za-z0-9_%+\-]*"
_DOMAIN_ATOM = r"[^\W_](?:[\w\-]*[^\W_])?"
_OBFUSCATED = re.compile(
    # (bounded repeats: a long run of words and spelt-out dots with no "@" in it costs linear time, not quadratic)
    rf"(?<![\w.+\-])(?P<value>{_LOCAL_ATOM}(?:{_DOT}{_LOCAL_ATOM}){{0,5}}{_AT}{_DOMAIN_ATOM}(?:{_DOT}{_DOMAIN_ATOM}){{0,4}}?"
    rf"{_DOT}(?:{EMAIL_TLDS}))(?![\w\-@])",
    re.IGNORECASE,
)
_HINTS = (" . ", "at]", "at)", "at}", "at>", " at ", "собак", "собачк", " эт ", "@]", "@)", "(a)", "[a]", " @", "@ ")
# the hints by a piece that each hint of the group holds (the hints without one stand alone): a note is scanned
# for the piece, and for its hints only where it has it (7 scans of a note without any, not 15: a scan of a
# note's ~2,000 characters for a short string costs ~1-2 us). A hint a note holds holds its piece, so the
# answer is that of a test of every hint.
_HINT_GROUPS = (("@", ("@]", "@)", " @", "@ ")), ("at", ("at]", "at)", "at}", "at>", " at ")), ("соба", ("собак", "собачк")),
                (" эт ", (" эт ",)), ("(a)", ("(a)",)), ("[a]", ("[a]",)), (" . ", (" . ",)))
assert sorted(hint for _, hints in _HINT_GROUPS for hint in hints) == sorted(_HINTS)
assert all(piece in hint for piece, hints in _HINT_GROUPS for hint in hints)


def _spelt_out(text: str) -> bool:
    """Cheap pre-check for the spelt-out forms: Latin letters (of the local part) and one of their "@" words."""
    if not has_latin(text):
        return False
    lower = lowered(text) or text.lower()
    return any(piece in lower and any(hint in lower for hint in hints) for piece, hints in _HINT_GROUPS)


def _has_at(text: str) -> bool:
    """An "@" in the note (its positions, :func:`.code_page.char_positions`: ``"@" in text`` stops at each "р" of a
    Cyrillic note, whose code point shares the sign's low byte)."""
    return bool(char_positions(text, "@"))


EMAIL = RegexRecognizer(
    "EMAIL_ADDRESS",
    "EmailRecognizer",
    [
        Rule("email", _PLAIN, 0.95, gate=_has_at),
        Rule("email_spelt_out", _OBFUSCATED, 0.9, gate=_spelt_out),
    ],
)
