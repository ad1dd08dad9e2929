"""DATE_TIME: a time of day standing alone as the value of a field that names when a patient's event happened.

Forms of emergency and inpatient care record the moments of a case in fields of their own, a time
without its date (the date stands once in the header): the ambulance call card (ф. 110/у) "Вызов
принят: 07:57", "Выезд: 08:02", "Прибытие на место: 08:18", "Начало транспортировки", "Окончание
вызова", "Доставлен: 09:05"; the admission and death records "Время поступления: 14:20", "Время
смерти: 03:40"; foreign forms "Admitted: 14:20", "Time of death: 03:40". With the date elsewhere in the
record these moments date the person's care to the minute, as the date itself does, so they are
DATE_TIME.

Only a field of that kind counts: a label naming an event of care (a participle or noun of
admission, arrival, departure, transfer, birth or death, or "время" followed by one) right before
the time, after ":" or a dash. A time in a sentence ("в 9:00 принимает", "приём в 21:00") or of a
drug ("Время приёма препарата: 08:00") is left alone: its label names no event of the person's case.
The pass costs nothing on a note without a time: it starts at the colons with digits on both sides.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import Candidate, CandidateRecognizer
from medsyn_dataset.validation.pii.code_page import char_positions

SCORE = 0.8
_I = re.IGNORECASE
# events of a case whose time a form records ("время вызова", "время поступления", ...)
_EVENT_NOUN = (
    r"вызова|звонка|приема\s+вызова|приёма\s+вызова|передачи(?:\s+вызова)?|выезда|прибытия(?:\s+на\s+место)?|доезда"
    r"|начала\s+транспортировки|доставки|окончания\s+вызова|возвращения|поступления|госпитализации|обращения"
    r"|(?:констатации\s+|наступления\s+)?смерти|рождения|родов|травмы|происшествия|освобождения"
)
# where to: "Время поступления в стационар -", "Доставлен в ЦРБ:"
_WHERE = r"(?:[ \t]+(?:в|во|на|из|к)[ \t]+[\w.\-]+)?"
# A label that can only name a field: "время" with its event, a call card's step noun, an English field
# name. The time may follow it after a colon, a dash or a space ("прибытие 14:19", "Время смерти 04:35").
_FIELD_NAME = (
    rf"время\s+(?:{_EVENT_NOUN})|выезд|прибыти[ея](?:\s+на\s+(?:место|вызов))?|начало\s+транспортировки|вызов|звонок"
    r"|окончани[ея](?:\s+вызова)?|admission\s+time|arrival(?:\s+time)?|departure(?:\s+time)?|call\s+received|dispatched"
    r"|on\s+scene|time\s+of\s+(?:death|arrival|admission|call|birth)"
)
# A participle that also reads in prose ("поступил в отделение"): the time after a colon or a dash, or after a
# space alone, as a form's terse fields write it ("принят 14:05, передан 14:06"); prose puts "в" before a time
_PARTICIPLE = (
    r"(?:вызов\s+)?принят[аоы]?(?:\s+вызов)?|(?:вызов\s+)?передан[аоы]?(?:\s+(?:бригаде|вызов))?|прибыл[аи]?(?:\s+на\s+(?:место|вызов))?"
    r"|доставлен[аоы]?|вызов\s+(?:окончен|завершен|завершён)|поступил[аи]?|госпитализирован[аоы]?"
    r"|констатирована\s+смерть|смерть\s+наступила|умер(?:ла)?|родил(?:ся|ась|ось)|admitted|arrived|discharged"
)
_LABEL = re.compile(
    rf"(?<![\w])(?:(?:{_FIELD_NAME}){_WHERE}(?:[ \t]*[:\-–—][ \t]*(?:в[ \t]+)?|[ \t]+)"
    rf"|(?:{_PARTICIPLE}){_WHERE}(?:[ \t]*(?::|[-–—](?=[ \t]))[ \t]*(?:в[ \t]+)?|[ \t]+))$",
    _I,
)
# "Время:" with no event named, right after a date field of the same line ("Дата поступления 12.03.2019
# Время 23:10"): the time of that date
_BARE_LABEL = re.compile(r"(?<![\w])(?:время|time)[ \t]*[:\-–—]?[ \t]*$", _I)
_DATE_BEFORE = re.compile(r"\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}|\d{4}-\d\d-\d\d|\d{1,2}[ \t]+[а-яё]{3,}[ \t]+\d{4}", _I)
_TIME = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d])(?![:.,]\d)")
_WINDOW = 48


def event_times(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the times of day that stand as the value of an event-time field (see the module's docstring)."""
    # (a time has a colon after one or two digits: the note's colons, :func:`.code_page.char_positions`, far cheaper than a
    # regex; one at the text's start has no digit before it)
    for colon in char_positions(text, ":"):
        if colon and text[colon - 1].isdigit() and text[colon + 1 : colon + 2].isdigit():
            start = colon - 2 if colon >= 2 and text[colon - 2].isdigit() else colon - 1
            if not (start and (text[start - 1].isdigit() or text[start - 1] in ":.,/-")):
                time = _TIME.match(text, start)
                if time is not None and (_LABEL.search(text, max(0, start - _WINDOW), start) or _after_date(text, start)):
                    yield start, time.end()


def _after_date(text: str, start: int) -> bool:
    label = _BARE_LABEL.search(text, max(0, start - 12), start)
    if label is None:
        return False
    line_start = text.rfind("\n", 0, label.start()) + 1
    return _DATE_BEFORE.search(text, max(line_start, label.start() - 40), label.start()) is not None


class EventTimeRecognizer(CandidateRecognizer):
    """Times of day in event-time fields of care records (DATE_TIME)."""

    def __init__(self) -> None:
        super().__init__("DATE_TIME", "EventTimeRecognizer")

    def candidates(self, text: str) -> Iterator[Candidate]:
        for start, end in event_times(text):
            yield Candidate(self.entity, start, end, SCORE, self.name)
