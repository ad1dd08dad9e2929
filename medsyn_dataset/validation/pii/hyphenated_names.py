"""A surname hyphenated at a line's end: "Больной Овчин-\\nников А.Ю.", "ЕГО-\\nРОВА Е.Х.".

Typeset and typewritten documents (discharge extracts, printed referrals) break long words at a line's end
with a hyphen, and scans and text exports keep the break. The two halves read as no name alone; joined
they are one word, a surname when it reads as one (a surname's ending or reading) and the place says so:
the initials of the same person follow it, or a word for a person (a patient word, a title, a role)
stands right before it. The span covers both halves and the initials.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.code_page import char_positions
from medsyn_dataset.validation.pii.morph import WordClass, word_class

_BROKEN = re.compile(
    r"(?<![\w-])(?P<head>[А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+))-\n[ \t]*(?P<tail>[а-яё]+|[А-ЯЁ]+)(?![\w-])"
    r"(?P<initials>[ \t]+[А-ЯЁ]\.[ \t]?[А-ЯЁ]\.?)?"
)


def hyphenated_names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of surnames broken by a hyphen at a line's end (see the module's docstring)."""
    # (the cheap gate: few notes break a word at a line's end; a line break after one of the note's few hyphens,
    # :func:`.code_page.char_positions`, rather than a search of the whole note for the two characters, ~2 us)
    if not any(text.startswith("\n", dash + 1) for dash in char_positions(text, "-")):
        return
    from medsyn_dataset.validation.pii.names import triggered  # names imports this module's caller

    for broken in _BROKEN.finditer(text):
        head, tail = broken.group("head"), broken.group("tail")
        if head.isupper() != tail.isupper() and not (head[1:].islower() and tail.islower()):
            continue  # the halves of one word are written alike ("Овчин-" "ников", "ЕГО-" "РОВА")
        joined = (head + tail.lower()) if not head.isupper() else (head + tail)
        if not word_class(joined) & WordClass.SURNAME_POSSIBLE:
            continue
        if broken.group("initials") or triggered(text, broken.start()):
            yield broken.start(), broken.end()
