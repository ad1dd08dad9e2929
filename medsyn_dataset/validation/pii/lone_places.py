"""A town named by one word after a label that says "a place of living or birth follows".

"Место рождения: Грозный.", "Место жительства — Меренга;", "3. Место рождения: Ош", "Нас. пункт: Плес": the
label names the field, and a town's name is often an ordinary word as well (an adjective, "Грозный", "Прохладный";
a noun, "Плёс", "Меренга") or too short for the general test of a field ("Ош"). The general test of a cued field
(:func:`.fields._generic`) drops a value with no word that can only name a place, as it must for a free-text
cue ("живёт Один"); after a label of residence or birth, or in a settlement's cell, one capitalised word that
fills the whole field is the place all the same, unless it is a word that names no place ("Город", "Нет",
"Неизвестно", the country) or a person's first name or patronymic.
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.morph import WordClass, normal_form, word_class

# Words of a field that names no place: "Место жительства: город", "городская квартира", "Город Н" (lemmas; the general
# test of a cued field, :func:`.fields._generic`, skips them too)
GENERIC_PLACE_WORDS = frozenset(
    """
    город городской городок сельский село деревня посёлок поселок местность район регион зона область округ центр окраина
    мегаполис крупный большой маленький небольшой квартира дом частный высотка многоэтажка страна россия рф не указать
    улица номер
    указанный нет неизвестно неизвестный пациент проживать жить в на и с один семья x n н х
    """.split()
)
# the residence and birth labels of the place cue ("Место жительства", "места рождения", "место регистрации",
# "место пребывания"), not the scene of a call, a death or an accident, which is as often an institution
_RESIDENCE_OR_BIRTH = re.compile(r"(?:жительства|проживания|регистрации|пребывания|рождения)$", re.IGNORECASE)
# one capitalised word (title case or capitals), maybe hyphenated, filling the field
_LONE_WORD = re.compile(r"[А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+)(?:-[А-ЯЁа-яё][а-яё]*|-[А-ЯЁ]+)*")
# or a town named by an adjective and a noun, both capitalised ("Сосновый Бор", "Горячий Ключ", "Минеральные Воды"): the
# noun is the word judged
_TWO_WORDS = re.compile(r"[А-ЯЁ][а-яё]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)[ \t]+(?P<head>[А-ЯЁ][а-яё]+)")


def residence_or_birth_label(text: str, start: int, label: str, separator: str) -> bool:
    """The place cue ``label`` at ``start`` is a label of a residence or a birthplace ("Место рождения") with a colon or
    a dash after it; "по месту жительства" refers to a place ("наблюдение по месту жительства — ..."), it names none."""
    return (separator.strip()[:1] in (":", "-", "–", "—") and _RESIDENCE_OR_BIRTH.search(label.rstrip()) is not None
            and text[max(0, start - 3) : start].lower() != "по ")


def lone_place(value: str) -> bool:
    """``value`` (a labelled field) is one capitalised word that can name a town (see the module's docstring), or an
    adjective and such a word."""
    two = _TWO_WORDS.fullmatch(value)
    if two is not None:
        value = two.group("head")
    if _LONE_WORD.fullmatch(value) is None or normal_form(value) in GENERIC_PLACE_WORDS:
        return False
    flags = word_class(value)
    return not (flags & (WordClass.NAME | WordClass.PATRONYMIC) and not flags & WordClass.PLACE)


def two_word_town(value: str) -> bool:
    """``value`` is a town named by an adjective and a noun, both capitalised ("Серебряные Пруды", "Горячий Ключ"), as
    :func:`lone_place` reads it: Russian spelling capitalises every word of a geographic name, an ordinary phrase only its
    first."""
    return _TWO_WORDS.fullmatch(value) is not None and lone_place(value)
