"""Identifiers whose kind is named after them: the value first, then a dash or a bracket, then what it is.

Labels usually stand before a value, and the identifier rules read them there. A note also writes the value first
and says what it is afterwards, as a gloss: "8323/14 — номер истории болезни", "00904704 (ИД ЕГИСЗ)", "3286/091410 -
паспорт, выданный ГУ МВД", "5965261764 — ИНН", "Номер 56330148164 (СНИЛС)". Four tuning authors wrote it so (blind39,
blind42, blind45, and the round-2 number-first family): a layout that names no frame, only the order of label and
value, so it is read for every kind at once:

* the **gloss** right after the value: a dash ("—", "–", "-") or an opening bracket, maybe "это" or "номер"/"№", then
  the kind's noun: a passport's, INN, SNILS, an OMS policy's or ЕНП, an identifier's ("ИД", "ID", "идентификатор"),
  or "номер" with a patient's record or paper after it (:func:`.record_nouns.names_record`: "номер истории
  болезни", "номер карты");
* the **value** before it must have its kind's shape: a passport's ten digits (series and number, any separator), INN
  and SNILS with their check digits, an OMS policy's sixteen; a record's number the shape the record grammar reads
  (:func:`.record_values.checked_value`: no date, unit, dose or phone).

A dash or a bracket after a measurement is common ("АД 120/80 - норма", "Hb 98 (анемия)"); none of those words follows
one, and the value's shape is asked besides. Gated by the shared cue index: a note without the kinds' words costs one
lookup.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import Candidate, CandidateRecognizer, lowered, word_starts
from medsyn_dataset.validation.pii.checksums import digits_only, enp_valid, inn_valid, snils_valid
from medsyn_dataset.validation.pii.date_cells import COMPACT_DAY_FIRST
from medsyn_dataset.validation.pii.document_typing import other_document_named
from medsyn_dataset.validation.pii.paper_nouns import NOT_PERSONS_PASSPORT
from medsyn_dataset.validation.pii.passport_pages import PHONE_WORD as _PHONE_WORD
from medsyn_dataset.validation.pii.phones import dialled_russian_number
from medsyn_dataset.validation.pii.record_nouns import names_record, record_label
from medsyn_dataset.validation.pii.record_values import SIGNED_SCORE, checked_value

# the words a gloss starts with (the cue index finds them from a word's start)
_ANCHORS = ("номер", "паспорт", "пасп", "инн", "снилс", "полис", "енп", "ид", "id", "идентификатор", "выдан", "выд.")
# the gloss from its noun on: which kind it names
_KIND = re.compile(
    # (no passport of a remark that denies it: "(паспорт не предъявлен)")
    rf"(?P<passport>паспорт\w*|пасп\.)(?![ \t]+(?:{NOT_PERSONS_PASSPORT}|моряк|иностран|гражданин\w*[ \t]+(?!(?:рф|росс))|не(?!\w)))"
    r"|(?P<inn>инн)(?![\w])|(?P<snils>снилс)(?![\w])|(?P<oms>(?:полис\w*(?:[ \t]+омс)?|енп)(?![\w]))"
    # (an identifier's word names the patient's only alone or with an information system's or the patient's name after
    # it: "(ИД ЕГИСЗ)", "(ID пациента)"; "(ID анализатора)" is a device's)
    r"|(?P<record>(?:ид|id|идентификатор\w*)(?=[ \t]*\)|[ \t]+(?-i:[A-ZА-ЯЁ]{2,})(?![\w])|[ \t]+(?:пациент|больн|клиент)\w*))"
    r"|номер\w*[ \t]+(?P<words>[а-яё]+[ \t]+[а-яё]+|[а-яё]+)",
    re.IGNORECASE,
)
# what stands between the value and the gloss's noun: a dash or a bracket, then maybe "это", "номер" or "№"
_GLUE = r"[ \t]*(?:[—–\-]|\()[ \t]*(?:(?i:это)[ \t]+)?(?:(?i:номер|№)[ \t]*)?$"
_VALUES = {
    # (the series' two pairs dashed too, "27-06 769920", as the number's parts are)
    "RU_PASSPORT": re.compile(rf"(?<![\w/\-.])(?P<value>\d{{2}}[ \t\-]?\d{{2}}[ \t/\-]?\d{{6}}){_GLUE}"),
    "RU_INN": re.compile(rf"(?<![\w/\-.])(?P<value>\d{{12}}|\d{{10}}){_GLUE}"),
    "RU_SNILS": re.compile(rf"(?<![\w/\-.])(?P<value>\d{{3}}[ \-]?\d{{3}}[ \-]?\d{{3}}[ \-]?\d{{2}}){_GLUE}"),
    "RU_OMS_POLICY": re.compile(rf"(?<![\w/\-.])(?P<value>\d{{16}}|\d{{4}}(?:[ \t]\d{{4}}){{3}}){_GLUE}"),
    # (a record's number: digits with slashed or dashed parts, maybe a series dashed before it or a letter after the
    # slash, "37835/С", "8323/14", "42 223"; no spaced series, so that "ОАК 12.03.2020 — ..." is no value)
    "MEDICAL_RECORD_NUMBER": re.compile(rf"(?<![\w/\-.])(?P<value>(?:[A-ZА-ЯЁ]{{1,4}}-)?\d+(?:[/\-]\d+)*(?:[ \t]\d{{3}})?"
                                        rf"(?:[/\-][A-ZА-ЯЁа-яё]{{1,3}})?){_GLUE}"),
}
_CHECKS = {"RU_INN": inn_valid, "RU_SNILS": snils_valid, "RU_OMS_POLICY": enp_valid}
# A policy of the old form (issued until 2011 and valid until replaced): a series and a number, the type 1 policy of the
# OMS exchange (приказ ФФОМС № 79 of 07.04.2011: SPOLIS up to ten characters, NPOLIS up to twenty digits), as a region's
# insurer printed it, its series two capitals or four digits: "ЕМ-40916211", "АБ 382203", "7769 0586945754",
# "2925-88584739". No check digit: the gloss naming a policy is the evidence, as a cue's word before it is
# (:data:`.id_fields.OMS_CUED`); tried where the sixteen digits of a ЕНП are not there
_OLD_POLICY = re.compile(rf"(?<![\w/\-.])(?P<value>(?:[А-ЯЁ]{{2}}|\d{{4}})[ \t\-]?\d{{6,10}}){_GLUE}")
# ... but not a record's number its label opens ("ИБ 1234567 (полис не предъявлен)", "Карта 2024 123456 (полис в
# регистратуре)"), nor any value when the gloss says the policy is missing (review A r22, finding 5)
# (a policy "не предъявлен"/"не представлен", not shown, exists: its number was taken all the same, as a ЕНП's sixteen
# digits with that gloss are a policy; only a gloss denying the paper is read here; round 23, item 2)
_LABEL_BEFORE = re.compile(r"(?:№[ \t]*)?[^\W\d_][\w/.]*(?:[ \t]+[^\W\d_][\w/.]*)?[ \t]*[:№]?[ \t]*$")
_POLICY_MISSING = re.compile(r"[ \t]*(?:не[ \t]+(?:име|найден|оформлен|получен)|нет(?!\w)|отсутств)",
                             re.IGNORECASE)
# A passport's word right after its series and number with nothing between ("5919 742896 паспорт матери"), a comma or
# "это": the printed layout only (the Положение о паспорте, постановление Правительства № 828: series of two pairs, then
# the six-digit number apart; "27-06 769920"), never ten digits whole (an INN's, a phone's); and the word is no label of
# a value of its own after it ("... 8912 345678 паспорт 4509 123456": the phone, then the passport's cue)
_BARE_PASSPORT = re.compile(r"(?<![\w/\-.,+])(?P<value>\d{2}[ \t\-]?\d{2}[ \t]\d{6})[ \t]*(?:,|[ \t]это(?=[ \t]))?[ \t]*$")
# ... or the statement of its issue after the same layout, as the passport's page prints it ("выдан <office> <date>"):
# the office of the migration service or of the police that issues passports, maybe after the date ("4509 123456, выдан
# ОУФМС ...", "8519 649047 выдан 12.03.2015 ТП УФМС", "выд. ОВД"); a phone is never issued, and a prescription's or a
# certificate's issuer is a clinic
# (no clinic's word in the gap: "выдано поликлиникой МВД" is a clinic's paper; review C r22, finding 8)
_ISSUED_BY = re.compile(r"(?:выдан\w*|выд\.)[ \t]*(?:\d{2}\.\d{2}\.\d{4}(?:[ \t]*г\.?)?[ \t,]*)?"
                        r"(?:(?!поликлиник|больниц|госпитал|медсанчаст|мсч|клиник)[^\d\n]){0,24}?"
                        r"(?<![\w])(?:О?УФМС|ОВД|РОВД|УВД|ГУВД|ГУ[ \t]+МВД|МВД|ТП[ \t]+УФМС|(?i:отдел\w*[ \t]+по[ \t]+вопросам[ \t]+миграции))"
                        r"(?![\w])", re.IGNORECASE)
_LABELS_NEXT = re.compile(r"[^\d\n]{0,30}\d")
_REACH = 48  # (the glue and the longest value before a gloss's noun)
_SEPARATORS = frozenset("—–-(")


def _glued(text: str, start: int) -> bool:
    """Whether a dash or a bracket stands before ``start`` (spaces, "это", "номер" or "№" may come between): the cheap
    test before any pattern is tried."""
    position = start
    for _ in range(2):  # (the separator itself, or one word of the glue and then the separator)
        while position and text[position - 1] in " \t":
            position -= 1
        if position and text[position - 1] in _SEPARATORS:
            return True
        word = position
        while word and (text[word - 1].isalpha() or text[word - 1] == "№"):
            word -= 1
        if text[word:position].lower() not in ("это", "номер", "№"):
            return False
        position = word
    return False


def _kind(match: re.Match[str]) -> str | None:
    if match.group("passport"):
        return "RU_PASSPORT"
    if match.group("inn"):
        return "RU_INN"
    if match.group("snils"):
        return "RU_SNILS"
    if match.group("oms"):
        return "RU_OMS_POLICY"
    if match.group("record") or names_record(match.group("words") or ""):
        return "MEDICAL_RECORD_NUMBER"
    return None


def _values(text: str) -> Iterator[tuple[str, int, int]]:
    lower = lowered(text)
    if not lower:
        return
    for start in word_starts(lower, _ANCHORS):
        if lower.startswith("выд", start):
            yield from _issued_passport(text, start)
            continue
        if not _glued(text, start):
            if lower.startswith("пасп", start):
                yield from _bare_passport(text, start)
            continue
        gloss = _KIND.match(text, start)
        kind = _kind(gloss) if gloss is not None else None
        if kind is None:
            continue
        value = _VALUES[kind].search(text, max(0, start - _REACH), start)
        if value is None and kind == "RU_OMS_POLICY":
            value = _OLD_POLICY.search(text, max(0, start - _REACH), start)
            if value is not None and not _not_a_policy(text, value, gloss):
                yield kind, value.start("value"), value.end("value")
            elif value is not None and gloss is not None and _POLICY_MISSING.match(text, gloss.end()) \
                    and _PHONE_WORD.search(text, text.rfind("\n", 0, value.start()) + 1, value.start()) is None \
                    and not dialled_russian_number(value.group("value")):
                # (a gloss denying the policy says the value is not the policy, not that it is no one's: a paper's
                # number all the same, as the letter form "ЕМ-40916211 — полиса нет." is a record's, unless a phone's
                # word before it on its line names it: "Тел. 8912 3456789 (полиса нет)"; review A r23, finding 8; or it
                # is a dialled number whatever the word, "Позвонить 8912 3456789 (полиса нет)"; review B r23, finding 12)
                yield "MEDICAL_RECORD_NUMBER", value.start("value"), value.end("value")
            continue
        if value is None:
            continue
        value_start, value_end = value.span("value")
        check = _CHECKS.get(kind)
        if check is not None:
            if check(digits_only(value.group("value"))):
                yield kind, value_start, value_end
            continue
        if kind == "MEDICAL_RECORD_NUMBER":
            checked = checked_value(text, value_start, value_end, 1, named_by_record=True)
            if checked is None or not _record_shaped(text[checked[0]:checked[1]]) \
                    or COMPACT_DAY_FIRST.fullmatch(text, checked[0], checked[1]):
                continue  # ("08052020 — номер обращения": a compact date, the day the request was made)
            if gloss is not None and gloss.group("record") and "(" not in text[checked[1]:start]:
                continue  # ("ИД" glosses a value in brackets only: "00904704 (ИД ЕГИСЗ)"; after a dash it is a word of the text)
            value_start, value_end = checked[0], checked[1]
        yield kind, value_start, value_end


def _not_a_policy(text: str, value: re.Match[str], gloss: re.Match[str] | None) -> bool:
    """Whether an old policy's value before a policy's gloss is a record's number its label opens, or the gloss says the
    policy is missing (:data:`_LABEL_BEFORE`, :data:`_POLICY_MISSING`)."""
    if gloss is not None and _POLICY_MISSING.match(text, gloss.end()):
        return True
    label = _LABEL_BEFORE.search(text, text.rfind("\n", 0, value.start()) + 1, value.start())
    return record_label(value.group("value")[:2]) or (label is not None and record_label(label.group()))


def _printed_passport_before(text: str, start: int) -> Iterator[tuple[str, int, int]]:
    """A printed series and number ending right before ``start`` (:data:`_BARE_PASSPORT`), unless a paper's noun right
    before it names it ("Рецепт 1234 567890, паспорт", "Больничный 4509 123456 выдан МВД России":
    :func:`.document_typing.other_document_named`, review C r22, finding 8) or a phone's word stands before it on its
    line."""
    value = _BARE_PASSPORT.search(text, max(0, start - 24), start)
    if value is None or other_document_named(text, value.start("value")):
        return
    line_start = text.rfind("\n", 0, value.start()) + 1
    if _PHONE_WORD.search(text, line_start, value.start()) is None:
        yield "RU_PASSPORT", value.start("value"), value.end("value")


def _bare_passport(text: str, start: int) -> Iterator[tuple[str, int, int]]:
    """The passport's series and number right before its word, no dash or bracket between (:data:`_BARE_PASSPORT`)."""
    gloss = _KIND.match(text, start)
    if gloss is None or not gloss.group("passport") or _LABELS_NEXT.match(text, gloss.end()):
        return
    yield from _printed_passport_before(text, start)


def _issued_passport(text: str, start: int) -> Iterator[tuple[str, int, int]]:
    """The passport's series and number right before the statement of its issue (:data:`_ISSUED_BY`)."""
    if not _ISSUED_BY.match(text, start):
        return
    yield from _printed_passport_before(text, start)


def _record_shaped(value: str) -> bool:
    """Five digits and more, or four with a letter, a slash or a dash in them: a count or a dose of four digits glossed
    by a dash ("1000 - ...") is no record's number."""
    digits = sum(ch.isdigit() for ch in value)
    return digits >= 5 or (digits >= 4 and any(ch.isalpha() or ch in "/-" for ch in value))


_FOUND: list[object] = ["", []]


def named_after(text: str) -> list[tuple[str, int, int]]:
    """(type, start, end) of the identifiers whose kind a gloss after them names (computed once per text)."""
    if _FOUND[0] is text:
        return _FOUND[1]  # type: ignore[return-value]
    found = list(_values(text))
    _FOUND[0], _FOUND[1] = text, found
    return found


class NamedAfterRecognizer(CandidateRecognizer):
    """Identifiers of one type whose kind is named after them (see the module's docstring)."""

    def __init__(self, entity: str) -> None:
        super().__init__(entity, f"NamedAfter{entity.title().replace('_', '')}Recognizer")

    @staticmethod
    def group_idle(text: str) -> bool:  # (see :attr:`.base.CandidateRecognizer.group_idle`)
        return not named_after(text)

    def candidates(self, text: str) -> Iterator[Candidate]:
        for kind, start, end in named_after(text):
            if kind == self.entity:
                yield Candidate(kind, start, end, SIGNED_SCORE, self.name)


def named_after_recognizers() -> list[NamedAfterRecognizer]:
    return [NamedAfterRecognizer(kind) for kind in _VALUES]
