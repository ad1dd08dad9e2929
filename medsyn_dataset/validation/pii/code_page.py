"""A note in the Russian code page (cp1251), one byte per character, shared by the cheap tests that read it.

A regex scan for a class of characters (digits, Latin letters next to Cyrillic ones, a space inside a
dotted number) tests every character of a note (~15-25 us for 2,000 characters); the same test on
the note's code-page bytes, mapped to a few shapes by ``bytes.translate``, is a ``bytes.find`` or an
``in`` (~1-2 us). The code page has one byte for each of its characters, so an offset in the bytes is
the same offset in the text. A text with a character the code page lacks is None here: its readers
fall back to their regex.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

#: the code page of Russian text: one byte per character; none of its characters is a digit but 0-9
CODE_PAGE = "cp1251"
# the text last encoded and its bytes, one per thread: two threads scanning two notes at once must not
# read each other's bytes (a shared slot, written by one thread between the other's test and read, did)
_KEPT = threading.local()


def code_page_bytes(text: str) -> bytes | None:
    """``text`` in :data:`CODE_PAGE` (None when it has a character the code page lacks), kept for the text
    last asked about in this thread: the normaliser and :func:`.base.digit_runs` read the same note in turn."""
    kept = _KEPT
    if getattr(kept, "text", None) is text:
        return kept.encoded
    try:
        encoded: bytes | None = text.encode(CODE_PAGE)
    except UnicodeEncodeError:
        encoded = None
    kept.text, kept.encoded = text, encoded
    return encoded


def shapes_table(shape: Callable[[str], str]) -> bytes:
    """A ``bytes.translate`` table for the code page: each byte to ``shape(character)`` (one ASCII character)."""
    decoded = bytes(range(256)).decode(CODE_PAGE, errors="replace")
    return "".join(shape(ch) for ch in decoded).encode("ascii")
