"""Senders of messenger messages pasted into a record, in the two layouts without brackets.

* The Android WhatsApp export: a line opens with the date and time, a dash, the sender and a colon
  ("12.03.2024, 09:15 - Смирнова Ольга: снимок прикрепляю"). (The bracketed iOS/Telegram layout,
  "[12.03.24, 09:15] Смирнова Ольга: ...", is read by :mod:`.name_layouts`.)
* A message's header line in VK, Viber and patient-portal chats: the sender, a comma, the day and the time
  ("Смирнова Ольга, 12.03 в 09:15"), the message on the next line.

Both are anchored at the time stamp, found from the shared digit runs (:func:`.base.digit_runs`): a note
with no "dd.mm" costs a look at its few numbers. The sender must read as a name (:func:`.name_layouts`'s
test: a name word, and no ordinary word first: "Регистратура, 12.03 в 09:15" is no one).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from medsyn_dataset.validation.pii.base import digit_runs

_SENDER = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:[ \t]+(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ]\.(?:[ \t]?[А-ЯЁ]\.)?)){0,2}"
_ANDROID = re.compile(rf"\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}},?[ \t]+\d{{1,2}}:\d{{2}}[ \t]+[-–—][ \t]+(?P<value>{_SENDER}):")
_HEADER_STAMP = re.compile(r"\d{1,2}\.\d{1,2}(?:\.\d{2,4})?[ \t]+в[ \t]+\d{1,2}:\d{2}[ \t]*(?:\n|$)")
# the sender before the header's stamp, opening its line or a sentence ("... нет. Айгуль Н., 12.03 в 09:15")
_HEADER_SENDER = re.compile(rf"(?:^|\n|[.!?][ \t]+)[ \t]*(?P<value>{_SENDER}),[ \t]+$")


def _names_someone(words: list[str], is_name_word: Callable[[str], bool], is_ordinary_word: Callable[[str], bool]) -> bool:
    """:func:`.name_layouts.names_someone` (that module imports this one: imported here when a sender's shape is found,
    not for each note with a colon, where the import statement cost ~0.7 us)."""
    from medsyn_dataset.validation.pii.name_layouts import names_someone

    return names_someone(words, is_name_word, is_ordinary_word)


def chat_senders(
    text: str, is_name_word: Callable[[str], bool], is_ordinary_word: Callable[[str], bool]
) -> Iterator[tuple[int, int]]:
    """Spans of the senders of messages in the layouts above."""
    if ":" not in text:
        return
    for run in digit_runs(text):
        start = run.start()
        if start == 0 or text[start - 1] == "\n":
            android = _ANDROID.match(text, start)
            if android is not None and _names_someone(android.group("value").split(), is_name_word, is_ordinary_word):
                yield android.span("value")
                continue
        if text[start - 2 : start] == ", " and _HEADER_STAMP.match(text, start):
            sender = _HEADER_SENDER.search(text, max(0, start - 60), start)
            if sender is not None and _names_someone(sender.group("value").split(), is_name_word, is_ordinary_word):
                yield sender.span("value")
