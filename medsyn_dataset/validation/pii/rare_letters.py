"""A short substring of a note found at one of its rare characters: ``str.find`` for it, several times faster.

``str.find`` (and ``in``) for a substring of two to four characters runs through a whole note (~2,000
characters) in ~3 us: the search can skip only as far as the substring is long. For one character it
is a ``memchr``-like scan, ~0.1 us. A substring is found here by that scan for a character of it that
is rare in notes (a capital, a rare letter: "Г" of "Г.", "э" of "эпикриз"), each place it stands then
checked for the whole substring (``str.startswith``): the same positions, in the same order.
"""

from __future__ import annotations


def find(text: str, needle: str, rare: int, start: int = 0) -> int:
    """``text.find(needle, start)``, looked for at ``needle[rare]`` (a character of it rare in ``text``).

    Exact: where ``needle`` stands at ``s >= start``, its character ``rare`` stands at ``s + rare >=
    start + rare``; the places of that character are visited from there in order, so the first one
    ``needle`` stands before is its first place at ``start`` or later."""
    character = needle[rare]
    position = text.find(character, start + rare)
    while position >= 0:
        if text.startswith(needle, position - rare):
            return position - rare
        position = text.find(character, position + 1)
    return -1


def contains(text: str, needle: str, rare: int) -> bool:
    """``needle in text`` (see :func:`find`)."""
    return find(text, needle, rare) >= 0
