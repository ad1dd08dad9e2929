"""LOCATION: the reply to a request for an address in a dialogue: a call, a chat, a bot's form.

A dispatcher, an administrator or a bot asks for the address and the other side answers on the next line: "Диспетчер:
Адрес?\\nАбонент: 50 лет Октября, 40, квартира 6", "[Бот] Введите адрес.\\n[Пользователь] Оса, Шаумяна 56-27",
"Администратор: Подскажите адрес и телефон.\\n[15.04.2025 15:36] Анна: Дагомыс, ш. Школьное 21-40, подъезд 2".
The answer says what it is by the question before it, not by its own words, which are often a bare street and house
with no keyword. After the reply's speaker (a label and a colon, or brackets), its line up to the field's end is
the address when it opens with a capital or a digit and holds a number (the house); "Сейчас посмотрю" holds none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import lowered, word_starts
from medsyn_dataset.validation.pii.context import UNIT_AFTER
from medsyn_dataset.validation.pii.field_ends import field_end

# the request: "адрес" asked for with a question mark, or after a verb of asking in its line ("Введите адрес.",
# "Подскажите адрес и телефон", "Назовите, пожалуйста, ваш адрес")
_ASKED = re.compile(r"адрес\w*[^\n?]{0,30}\?")
_ASKING_VERB = re.compile(r"(?:введите|укажите|назовите|продиктуйте|диктуйте|напишите|скажите|подскажите|уточните|сообщите)[^\n]{0,30}$")
# the reply's speaker at the next line's start: brackets ("[Пользователь]", "[15.04.2025 15:36]"), then maybe a name or
# a role and a colon ("Абонент:", "Анна:")
_SPEAKER = re.compile(r"[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*){0,2}(?:[А-ЯЁA-Z][\w.\- ]{0,30}?:[ \t]*)?(?=[А-ЯЁ\d])")
_HOUSE = re.compile(r"\d+")
_ADDRESS_WORD = ("адрес",)  # (one tuple for the note's cue index, which keeps its answers per tuple)
# an address that is not a place: "адрес электронной почты", "адрес сайта"
_NOT_POSTAL = re.compile(r"[^\n]{0,12}(?:эл|почт|e-?mail|сайт|ссылк)")


def address_replies(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the replies to a request for an address (see above)."""
    lower = lowered(text)
    if not lower:
        return
    for position in word_starts(lower, _ADDRESS_WORD):
        line_end = lower.find("\n", position)
        line_start = lower.rfind("\n", 0, position) + 1
        if line_end < 0 or not (_ASKED.match(lower, position, line_end + 1)
                                or _ASKING_VERB.search(lower, max(line_start, position - 40), position)):
            continue
        if _NOT_POSTAL.match(lower, position + 5, line_end):
            continue
        speaker = _SPEAKER.match(text, line_end + 1)
        if speaker is None or not (":" in speaker.group() or "]" in speaker.group()):
            continue  # (a line without its speaker's label goes on with the same message)
        start = speaker.end()
        end = field_end(text, start, address=True)
        # (a house's number, not a count: "Не помню, 2 года", "3 раза в день"; "50 лет Октября, 40" has its house)
        if end - start >= 5 and any(not UNIT_AFTER.match(text, n.end()) for n in _HOUSE.finditer(text, start, end)):
            yield start, end
