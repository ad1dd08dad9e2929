"""Per-note quality checks: length, language, refusals, AI disclaimers, placeholders, truncation,
dialogue format and repeated-line degeneration.

:func:`check_quality` returns the :class:`Finding` s of one note (check name + optional detail)
and a dict of the numbers behind them (stored as ``validation.quality_scores``). What a finding
leads to (flag, drop, ...) is the policy's business, not this module's.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from medsyn_dataset.validation.findings import Finding

__all__ = ["QUALITY_CHECKS", "Finding", "QualityThresholds", "check_quality", "cyrillic_share", "repeated_line_share"]
#: Check names this module can report.
QUALITY_CHECKS: tuple[str, ...] = (
    "empty",
    "too_short",
    "too_long",
    "non_russian",
    "refusal",
    "ai_disclaimer",
    "placeholder",
    "dialogue",
    "truncated",
    "repetition",
)


@dataclass(frozen=True)
class QualityThresholds:
    min_words: int = 3
    min_chars: int = 200
    max_chars: int = 20_000
    min_cyrillic_share: float = 0.7
    min_dialogue_turns: int = 2
    min_questions: int = 3
    max_repeated_line_share: float = 0.3
    min_lines_for_repetition: int = 6


_I = re.IGNORECASE | re.MULTILINE

# Hard refusals: the model declined to write the note. Anchored near the start or short texts only.
_REFUSAL = re.compile(
    r"(извините|простите|к сожалению)[,!.]?\s+(но\s+)?(я\s+)?(не\s+(могу|смогу|имею\s+возможност)|всего\s+лишь\s+виртуальн)"
    r"|^\s*я\s+не\s+могу\s+(выполнить|предоставить|написать|составить|провести)"
    r"|\b(i('m| am) sorry|i can(no|')t (help|assist|provide|write))",
    _I,
)
# AI disclaimers and "consult a doctor" meta-text addressed to the reader, not part of a clinical record.
# Each pattern has a cheap literal pre-filter (matched on the lower-cased text) so most notes skip the regex.
_DISCLAIMERS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (prefilter, re.compile(pattern, re.MULTILINE))
    for prefilter, pattern in [
        (("искусственн", "языков", "виртуальн", " ии", " ai"), r"\bкак\s+(ии|искусственный\s+интеллект|языковая\s+модель|виртуальн\w*\s+(помощник|ассистент)|ai)\b"),
        (("искусственн", "языков", "виртуальн", " ии"), r"\bя\W{1,3}(ии|искусственн\w+\s+интеллект|языков\w+\s+модел|виртуальн\w+\s+(помощник|ассистент))"),
        (("не явля", "не могу быть", "не врач"), r"\bя\s+(не\s+(являюсь|могу\s+быть)\s+(врачом|медицинск)|не\s+врач\b)"),
        (("обратитесь",), r"\bобратитесь\b[^.\n]{0,40}\b(врач|доктор|специалист|медицинск)"),
        (("квалифицированн",), r"квалифицированн\w+\s+(врач|специалист|медицинск|медик)"),
        (("вымышлен", "случайн", "игров", "гипотетическ"),
         r"вымышлен\w*|является\s+случайн|игров\w+\s+предназначени|гипотетическ\w+\s+(пример|вариант|ситуац)"),
        (("образовательн", "информационн", "ознакомительн", "иллюстративн", "демонстрационн", "учебн"),
         r"(образовательн|информационн|ознакомительн|иллюстративн|демонстрационн|учебн)\w*\s+цел"),
        (("не явля", "не может", "не представляет"),
         r"не\s+(является|являются|может\s+(служить|считаться|являться)|представляет\s+собой)\s+[^.\n]{0,30}"
         r"(медицинск\w+\s+(совет|консультаци|рекомендаци|диагноз)|заменой|руководств)"),
        (("замен",), r"не\s+(может\s+)?замен\w+\s+[^.\n]{0,30}(консультаци|осмотр|врач|специалист|медицинск)"),
    ]
)
# Unfilled template fields in square brackets: instructions ([указать дату], [вставьте имя]),
# addresses to the writer ([ваше имя]) or bare field names ([Имя], [ФИО], [дата]).
_PLACEHOLDER_INSTRUCTION = re.compile(
    r"\[\s*(указ|укаж|встав|введ|ввод|ввест|впиш|впис|внес|внест|уточн|заполн|постав|insert|enter|добав)\w*[^\]\n]{0,100}\]",
    _I,
)
_PLACEHOLDER_FIELD = re.compile(
    r"\[[^\]\n]{0,40}\b(ваш\w*|тво\w*|your|patient\W?s?|пациент\w*)\b[^\]\n]{0,40}\]"
    r"|\[\s*(дата|имя|фио|ф\.и\.о\.?|возраст|пол|фамилия|отчество|профессия|адрес|телефон|город|м/ж|"
    r"мужской\s*/\s*женский|мужчина\s*/\s*женщина|name|date|age)\s*\]",
    _I,
)
_SPEAKER_DOCTOR = re.compile(r"^\W{0,3}(врач|доктор|терапевт|doctor)\W{0,3}\s*:", _I)
_SPEAKER_PATIENT = re.compile(r"^\W{0,3}(пациент|пациентка|больной|больная|patient)\W{0,3}\s*:\s*\S", _I)
_DASH_TURN = re.compile(r"^\s*—\s*\S", re.MULTILINE)
_QUESTION = re.compile(r"\?(?=\s|$|[\"»)])")
_WORD = re.compile(r"[^\W_]+")
_LINE_DECORATION = " \t-*•—–.:;,()0123456789"
# Every byte except ASCII letters: deleting them from UTF-8 leaves only the Latin letters to count.
_NON_LATIN_BYTES = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))


def cyrillic_share(text: str) -> float:
    """Share of Cyrillic letters among Cyrillic + Latin letters (1.0 for a text without letters)."""
    # Every character of the Cyrillic block U+0400-U+047F starts with byte 0xD0 or 0xD1 in UTF-8:
    # counting bytes is far faster than a regex; digits and punctuation are ASCII and not counted.
    encoded = text.encode("utf-8")
    cyr = encoded.count(b"\xd0") + encoded.count(b"\xd1")
    lat = len(encoded.translate(None, _NON_LATIN_BYTES))
    return cyr / (cyr + lat) if cyr + lat else 1.0


def repeated_line_share(text: str) -> tuple[float, int]:
    """Share of non-empty lines that repeat an earlier line (normalised), and the number of lines."""
    lines = [line.strip(_LINE_DECORATION).lower() for line in text.splitlines()]
    lines = [line for line in lines if len(line) >= 8]  # short headers ("Жалобы:") repeat legitimately
    if not lines:
        return 0.0, 0
    counts = Counter(lines)
    repeats = sum(c - 1 for c in counts.values())
    return repeats / len(lines), len(lines)


def check_quality(
    text: str, finish_reason: str | None = None, thresholds: QualityThresholds | None = None
) -> tuple[list[Finding], dict[str, Any]]:
    """Findings and per-check numbers for one note."""
    th = thresholds or QualityThresholds()
    findings: list[Finding] = []
    stripped = text.strip()
    n_chars = len(stripped)
    scores: dict[str, Any] = {"chars": n_chars}
    words = sum(1 for _ in itertools.islice(_WORD.finditer(stripped), th.min_words))
    if not stripped:  # nothing but whitespace
        return [Finding("empty")], scores
    if words < th.min_words:  # a bare heading like "АНАМНЕЗ", a two-word note: short, not empty
        return [Finding("too_short")], scores
    lower = stripped.lower()
    share = cyrillic_share(stripped)
    scores["cyrillic_share"] = round(share, 4)
    if n_chars < th.min_chars:
        findings.append(Finding("too_short"))
    elif n_chars > th.max_chars:
        findings.append(Finding("too_long"))
    if share < th.min_cyrillic_share:
        findings.append(Finding("non_russian"))
    head = lower[:400]
    maybe_refusal = any(w in head for w in ("извин", "прост", "сожален", "не могу", "sorry", "can"))
    if maybe_refusal and _REFUSAL.search(head) and (n_chars < 600 or _REFUSAL.search(head[:120])):
        findings.append(Finding("refusal"))
    disclaimers = sum(
        len(pattern.findall(lower)) for prefilter, pattern in _DISCLAIMERS if any(p in lower for p in prefilter)
    )
    scores["disclaimers"] = disclaimers
    if disclaimers:
        findings.append(Finding("ai_disclaimer"))
    has_brackets = "[" in stripped
    instructions = len(_PLACEHOLDER_INSTRUCTION.findall(stripped)) if has_brackets else 0
    fields = len(_PLACEHOLDER_FIELD.findall(stripped)) if has_brackets else 0
    scores["placeholders"] = instructions + fields
    scores["placeholder_instructions"] = instructions
    if instructions + fields:
        findings.append(Finding("placeholder"))
    speakers = ("врач" in lower or "доктор" in lower or "терапевт" in lower or "doctor" in lower) and (
        "пациент" in lower or "больн" in lower or "patient" in lower
    )
    turns = min(len(_SPEAKER_DOCTOR.findall(stripped)), len(_SPEAKER_PATIENT.findall(stripped))) if speakers else 0
    dash_turns = len(_DASH_TURN.findall(stripped)) if "—" in stripped else 0
    questions = len(_QUESTION.findall(stripped))
    scores.update(dialogue_turns=turns, dash_turns=dash_turns, questions=questions)
    if turns >= th.min_dialogue_turns or dash_turns >= 2 * th.min_dialogue_turns or questions >= th.min_questions:
        findings.append(Finding("dialogue"))
    if finish_reason == "length":
        findings.append(Finding("truncated"))
    rep_share, n_lines = repeated_line_share(stripped)
    scores["repeated_line_share"] = round(rep_share, 4)
    if n_lines >= th.min_lines_for_repetition and rep_share > th.max_repeated_line_share:
        findings.append(Finding("repetition"))
    return findings, scores
