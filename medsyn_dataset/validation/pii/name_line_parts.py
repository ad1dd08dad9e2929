"""A name whose parts stand on lines of their own under its first part.

Forms filled in a column and text copied out of a PDF's table cells put one name part to a line:
"Заявитель: Юдина\\nВарвара\\nРудольфовна", "Мать: Каримова\\nДилноза\\n—". Once the first line's name is found
(by its label, its cue, its shape), each next line that holds one capitalised word and nothing else, a
first name or a patronymic by the dictionary or by the gazetteer (:mod:`.name_given_world`), goes with it
(two lines at most: surname, first name, patronymic). Only lines right after a found name are looked at, and
only when the name ends its line: the pass costs nothing on notes without names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_LINE_WORD = re.compile(r"\n[ \t]*(?P<word>[А-ЯЁ][а-яё]+|[А-ЯЁ]{2,})[ \t]*(?=\n|$)")
_MAX_LINES = 2


def continued_lines(text: str, names: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans of the name parts on the lines after each name span of ``names`` that ends its line."""
    from medsyn_dataset.validation.pii.name_classes import NAME, PATRONYMIC, classify

    for end in sorted({end for _, end in names}):
        for _ in range(_MAX_LINES):
            after = _LINE_WORD.match(text, end)
            if after is None or classify(after.group("word"))[0] not in (NAME, PATRONYMIC):
                break
            yield after.span("word")
            end = after.end("word")
