"""The words before a day and month (no year) that make them a date: time prepositions and event words.

A day and month alone ("25.10") is as often a lab value or a size as a date; a preposition of time or a
word naming an event, a visit, a document or a study before it decides (:mod:`.dates`).
"""

from __future__ import annotations

import re

# What may stand right before a day and month without a year for it to be a date: a preposition
# or adverb of time, maybe with one word between ("с 03.02", "накануне, 26.03", "на работу 12.03"),
# or a word naming an event, a visit, a document or a study, maybe with up to three words of its
# object between ("явка 25.10", "ОАК от 03.02", "прием препарата 03.08", "прививка от клещевого
# энцефалита 22.02", "ПМ 05.09")
_TIME_WORDS = "от|с|со|по|до|на|к|ко|в|за|после|перед|накануне|вчера|позавчера|сегодня|ранее|впервые"
_EVENT_WORDS = (
    r"последн\w*|явк\w*|яв\.|осмотр\w*|осмотрен\w*|контрол\w*|повторн\w*|визит\w*|при[её]м\w*|дата|дату|обращ\w*"
    r"|обратил\w*|поступ\w*|госпитализ\w*|выписан\w*|выписк\w*|операц\w*|оперирован\w*|заболел\w*|ухудшени\w*|родил\w*"
    r"|роды|родов|родоразреш\w*|менструаци\w*|пм|п/м|м/ц|б/л|л/н|лн|больничн\w*|продл[её]н\w*|открыт\w*|закрыт\w*"
    r"|выход\w*|сдать|сдал\w*|сдан\w*|взят\w*|забор\w*|вызов\w*|привит\w*|прививк\w*|вакцин\w*|ревакцин\w*"
    r"|консультаци\w*|консультирован\w*|исследовани\w*|обследовани\w*|анализ\w*|введени\w*|инъекци\w*|травм\w*"
    r"|перелом\w*|укус\w*|смерт\w*|умер\w*|скончал\w*|первичн\w*|перен[её]с\w*|заболев\w*|даты|избит\w*|нападени\w*"
    r"|оак|оам|бак|экг|ээг|узи|фгдс|фкс|мрт|кт|флг|рентген\w*|rg|флюорограф\w*|маммограф\w*|пцр|мазок|посев|эхо-?кг"
    # (a document's issue: "паспорт ... выдан 04.08 ГУ МВД", "выдана 12.03", "дата выдачи 22.08")
    r"|выдан\w*|выдач\w*"
)
DAY_MONTH_CUE = re.compile(
    rf"(?:^|[^\w])(?:(?:{_TIME_WORDS})(?:[ \t]+[а-яё]+)?|(?:{_EVENT_WORDS})(?:[ \t]+[а-яё]+){{0,3}})[\s:.,\-–—]*$",
    re.IGNORECASE,
)
#: how far before a date its cue is looked for
CUE_WINDOW = 60

# A time written with a stop after a full date: "2021-07-23 05.35", "12.03.2019 14.30", as a log or a hurried
# note writes the hour and minutes. Taken only after a date with its four-digit year, with a two-digit hour: after
# a bare day and month ("12.10 13.20") or a one-digit hour it is as often a pair of lab values.
_DOTTED_TIME = re.compile(r"[ \t](?:[01]\d|2[0-3])\.[0-5]\d(?!\d)(?![.,]\d)")
_FULL_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def dotted_time_after(text: str, start: int, end: int) -> re.Match[str] | None:
    """The dotted time right after the date ``text[start:end]`` (see :data:`_DOTTED_TIME`), else None."""
    if end >= len(text) or text[end] not in " \t" or _FULL_YEAR.search(text, start, end) is None:
        return None
    return _DOTTED_TIME.match(text, end)
