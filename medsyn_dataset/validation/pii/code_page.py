"""A note in the Russian code page (cp1251), one byte per character, shared by the cheap tests that read it.

A regex scan for a class of characters (digits, Latin letters next to Cyrillic ones, a space inside a
dotted number) tests every character of a note (~15-25 us for 2,000 characters); the same test on
the note's code-page bytes, mapped to a few shapes by ``bytes.translate``, is a ``bytes.find`` or an
``in`` (~1-2 us). The code page has one byte for each of its characters, so an offset in the bytes is
the same offset in the text. A text with a character the code page lacks is None here: its readers
fall back to their regex.
"""

from __future__ import annotations

from collections.abc import Callable

#: the code page of Russian text: one byte per character; none of its characters is a digit but 0-9
CODE_PAGE = "cp1251"
# the text last encoded and its bytes, one (text, bytes) pair read and replaced whole: two threads scanning two notes at
# once never read each other's bytes (two slots, the text's and the bytes', written by one thread between the other's
# test and read, let it; a ``threading.local`` did not either, but its attributes cost ~3x a pair's look-up, and this is
# asked ~30 times a note)
_KEPT: list[tuple[str, bytes | None]] = [("", b"")]


def code_page_bytes(text: str) -> bytes | None:
    """``text`` in :data:`CODE_PAGE` (None when it has a character the code page lacks), kept for the text
    last asked about: the normaliser and :func:`.base.digit_runs` read the same note in turn."""
    kept = _KEPT[0]
    if kept[0] is text:
        return kept[1]
    try:
        encoded: bytes | None = text.encode(CODE_PAGE)
    except UnicodeEncodeError:
        encoded = None
    _KEPT[0] = (text, encoded)
    return encoded


def shapes_table(shape: Callable[[str], str]) -> bytes:
    """A ``bytes.translate`` table for the code page: each byte to ``shape(character)`` (one ASCII character)."""
    decoded = bytes(range(256)).decode(CODE_PAGE, errors="replace")
    return "".join(shape(ch) for ch in decoded).encode("ascii")


# The positions of a character in the text last asked about, per character: (text, {character: positions}), one pair
# read and replaced whole (two threads scanning two notes never pair one's text with the other's positions; two threads
# on one note write the same positions).
_POSITIONS: list[tuple[str, dict[str, list[int]]]] = [("", {})]


def char_positions(text: str, character: str) -> list[int]:
    """Every position of ``character`` in ``text``, in order (``str.find`` from each one on), kept per text and character
    for the passes that step through the same marks of a note (its colons, dashes, bars); callers must not change the list.

    A note's code-page bytes have one byte for each character, so a character of the code page stands at the same offsets
    in them, and ``bytes.find`` looks for one byte with ``memchr``. ``str.find`` for a character of a Cyrillic note looks
    for its code point's low byte among the text's two-byte characters first: that of ":" (0x3A) is the one of "к"
    (U+043A), of ";" the one of "л", of "@" the one of "р", so it stops at nearly every word (~1 us for each colon found).
    A character outside the code page, or a text that has one, is looked for with ``str.find``."""
    kept = _POSITIONS[0]
    if kept[0] is not text:
        kept = _POSITIONS[0] = (text, {})
    found = kept[1].get(character)
    if found is None:
        found = kept[1][character] = _positions(text, character)
    return found


def _positions(text: str, character: str) -> list[int]:
    encoded = code_page_bytes(text)
    byte = _BYTE_OF[character] if encoded is not None else None
    found = []
    if encoded is not None and byte is not None:
        position = encoded.find(byte)
        while position >= 0:
            found.append(position)
            position = encoded.find(byte, position + 1)
        return found
    position = text.find(character)
    while position >= 0:
        found.append(position)
        position = text.find(character, position + 1)
    return found


def _code_page_byte(character: str) -> bytes | None:
    try:
        encoded = character.encode(CODE_PAGE)
    except UnicodeEncodeError:
        return None
    return encoded if len(encoded) == 1 else None


class _Bytes(dict[str, bytes | None]):
    """Each character -> its one byte in the code page (None outside it), made on first use."""

    def __missing__(self, character: str) -> bytes | None:
        byte = self[character] = _code_page_byte(character)
        return byte


_BYTE_OF = _Bytes()
