"""Identifiers dictated in Russian number words after their cue: a registrar's dictation, a call, speech-to-text.

A transcript writes what was said: "снилс прописью семьсот пятнадцать девятьсот девяносто шесть шестьсот семьдесят
два шестьдесят один", "паспорт серия девяносто девять ноль два номер ...", "ИНН пять ноль два один ...", "полис
семьдесят семь ноль один ...". After an identifier's cue (and a few words of the dictation between: "повторяю",
"прописью", "пациента", "серия"), a run of number words is read into digits the way one says them (groups of
hundreds, tens and units: :func:`.number_words.read_number_words`), and the run is that identifier when its digits
are the type's count: eleven for a SNILS, ten or twelve for an INN, sixteen for a policy's ЕНП; for a passport four
after "серия" (its series, reported apart from its number as a form's two fields are), six after "номер", ten for
the whole. Counts in words elsewhere ("два раза", "сорок пять лет") stand after no such cue and make no such count.

Gated by the cue words in the shared cue index (:func:`.base.word_starts`): a note without one costs one look-up.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import Candidate, CandidateRecognizer, lowered, word_starts
from medsyn_dataset.validation.pii.document_typing import other_document_named
from medsyn_dataset.validation.pii.id_fields import ID_CUE_SCORE
from medsyn_dataset.validation.pii.number_words import NUMBER_WORDS, read_number_words

_CUE_WORDS = ("снилс", "страховой номер", "инн", "полис", "енп", "паспорт", "серия", "серии")
_CUE = re.compile(r"снилс|страховой номер|инн|полис\w*|енп|паспорт\w*|сери[яи]")
_KIND_OF_CUE = {"с": "RU_SNILS", "и": "RU_INN", "п": "RU_OMS_POLICY", "е": "RU_OMS_POLICY"}
_TOKEN = re.compile(r"[а-яё]+|\d+")
_GAP = re.compile(r"[ \t,:\-—–]*")
# words of the dictation between a cue and its digits ("повторяю снилс прописью", "серия", "номер")
_MAX_FILLER = 3
_MIN_WORDS = 2  # (one number word after a cue is a count or an answer, not a dictated identifier)
_NUMBER_WORD = re.compile(r"[ \t,]*(?:номер|№)(?![а-яё])")


def _kind(cue: str) -> str:
    if cue.startswith(("паспорт", "сери")):
        return "RU_PASSPORT"
    return "RU_SNILS" if cue.startswith(("снилс", "страх")) else _KIND_OF_CUE[cue[0]]


def _fits(kind: str, digits: int, series: bool, number: bool) -> bool:
    if kind == "RU_SNILS":
        return digits == 11
    if kind == "RU_INN":
        return digits in (10, 12)
    if kind == "RU_OMS_POLICY":
        return digits == 16
    return digits == 10 or (series and digits == 4) or (number and digits == 6)


def _number_run(lower: str, position: int) -> tuple[int, int, list[str]] | None:
    """The run of number words at ``position`` (digit groups inside it too): its span and tokens, or None."""
    tokens: list[str] = []
    start = end = -1
    while True:
        gap = _GAP.match(lower, position)
        token = _TOKEN.match(lower, gap.end()) if gap is not None else None
        if token is None or (token.group() not in NUMBER_WORDS and not (tokens and token.group().isdigit())):
            break
        if "\n" in lower[position : token.start()] and tokens:
            break
        start = token.start() if start < 0 else start
        tokens.append(token.group())
        position = end = token.end()
    return (start, end, tokens) if sum(not t.isdigit() for t in tokens) >= _MIN_WORDS else None


_FOUND: list[object] = ["", []]


def dictated_identifiers(text: str) -> list[tuple[str, int, int]]:
    """(type, start, end) of identifiers dictated in number words after their cue (see the module's docstring;
    computed once per text for the recognizers of every type)."""
    if _FOUND[0] is text:
        return _FOUND[1]  # type: ignore[return-value]
    lower = lowered(text)
    found = list(_find(text, lower)) if lower and word_starts(lower, _CUE_WORDS) else []
    _FOUND[0], _FOUND[1] = text, found
    return found


def _find(text: str, lower: str) -> Iterator[tuple[str, int, int]]:
    resume = 0
    for at in word_starts(lower, _CUE_WORDS):
        cue = _CUE.match(lower, at)
        if cue is None or at < resume:
            continue
        kind, position = _kind(cue.group()), cue.end()
        if kind == "RU_PASSPORT" and other_document_named(text, at):
            continue  # a prescription's or a certificate's "серия" (:mod:`.document_typing`)
        series, number = cue.group().startswith("сери"), False
        for _ in range(_MAX_FILLER + 1):
            run = _number_run(lower, position)
            if run is not None:
                start, end, tokens = run
                if _fits(kind, len(read_number_words(tokens)), series, number):
                    yield kind, start, end
                    resume = end
                    # (a passport's series, then "номер" and its number: "серия девяносто девять ноль два номер ...")
                    if kind == "RU_PASSPORT" and series and not number:
                        series, number, position = False, True, end
                        after = _NUMBER_WORD.match(lower, end)
                        if after is not None:
                            position = after.end()
                            continue
                break
            gap = _GAP.match(lower, position)
            word = _TOKEN.match(lower, gap.end()) if gap is not None else None
            if word is None or word.group().isdigit() or "\n" in lower[position : word.start()]:
                break
            series = series or word.group().startswith("сери")
            number = number or word.group() == "номер"
            position = word.end()


class DictatedIdRecognizer(CandidateRecognizer):
    """Identifiers of one type dictated in number words (see the module's docstring)."""

    def __init__(self, entity: str) -> None:
        super().__init__(entity, f"Dictated{entity.title().replace('_', '')}Recognizer")

    @staticmethod
    def group_idle(text: str) -> bool:  # (see :attr:`.base.CandidateRecognizer.group_idle`)
        return not dictated_identifiers(text)

    def candidates(self, text: str) -> Iterator[Candidate]:
        for kind, start, end in dictated_identifiers(text):
            if kind == self.entity:
                yield Candidate(kind, start, end, ID_CUE_SCORE, self.name)


def dictated_id_recognizers() -> list[DictatedIdRecognizer]:
    return [DictatedIdRecognizer(kind) for kind in ("RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY")]
