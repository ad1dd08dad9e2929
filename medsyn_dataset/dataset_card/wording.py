"""Numbers and report keys in words, for readers of the card: rounded, labelled, and explained.

The validation and split reports use machine keys (``labels.label_noise.top1_accuracy``,
``drop_share_at_most_max``); the card shows each as a phrase with its number rounded (shares as
percentages), and explains the checks behind the reasons that flag notes.
"""

from __future__ import annotations

from typing import Any

from medsyn_dataset.schema import Reason
from medsyn_dataset.validation_report import GateCondition


def number(value: Any) -> str:
    """An int with thousands separators, a float to 3 significant digits, anything else as text."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if value.is_integer() and abs(value) >= 1:
            return f"{int(value):,}"
        return f"{value:.3g}"
    return str(value)


def share(value: float) -> str:
    return f"{value * 100:.1f}%"


def words(key: str) -> str:
    return key.replace("_", " ").replace(".", " ").strip()


#: check name (the middle of ``<action>:<check>[:<detail>]``) -> what it means
REASON_MEANINGS: dict[str, str] = {
    "label_not_in_top3": "the out-of-fold TF-IDF classifier trained on the other notes does not rank the note's "
    "code among its 3 best guesses: the text may fit another code as well, or not describe its own code clearly",
    "label_not_in_top_k": "the out-of-fold classifier does not rank the note's code among its best guesses",
    "label_issue": "cleanlab marks the label as likely wrong",
    "refusal": "the model refused to write the note",
    "ai_disclaimer": "the note contains an AI disclaimer or 'consult a doctor' text",
    "placeholder": "the note contains an unfilled placeholder such as `[указать ...]` or `[Имя]`",
    "dialogue": "the note is written as a dialogue or interview, not as a clinical note",
    "truncated": "generation stopped at the length limit",
    "repetition": "many lines of the note repeat",
    "too_short": "the note is shorter than the policy's minimum (too few words or characters)",
    "too_long": "the note is longer than the policy's maximum",
    "non_russian": "too little of the note is in Cyrillic",
    "empty": "the note is empty (nothing but whitespace)",
    "exact_duplicate": "the note repeats another note word for word (after normalisation)",
    "near_duplicate": "the note is a near duplicate of another (MinHash Jaccard above the threshold)",
    "near_duplicate_of": "the note is a near duplicate of the note named",
    "contaminated": "the note duplicates an evaluation text",
    "contaminated_with": "the note duplicates the evaluation text named",
    "memorized": "the note copies a reference (real) note",
    "pii": "personal information was found (the detail names its type)",
    "invalid_code": "the code is not a valid ICD-10 code",
    "code_not_in_set": "the code is outside the release's code set",
    "invalid_subcode": "the subcode is not a valid ICD-10 code",
    "subcode_not_of_category": "the subcode does not belong to the note's category",
    "sex_mismatch": "the patient's sex contradicts the code (per the MKG)",
    "age_mismatch": "the patient's age is outside the code's range (per the MKG)",
    "low_symptom_coverage": "fewer than half of the note's symptoms appear in its text",
}
_ACTIONS = {"drop": "dropped", "flag": "flagged and kept", "redact": "redacted"}


def reason_meaning(reason: str) -> str:
    """What a reason (``drop:refusal``, ``redact:pii:PERSON``) or a bare check name (``refusal``) means."""
    try:
        parsed = Reason.parse(reason)
        action, check = str(parsed.action), parsed.check
    except ValueError:  # a bare check name
        action, check = "", reason
    meaning = REASON_MEANINGS.get(check, "")
    verb = _ACTIONS.get(action, "")
    return f"{verb}: {meaning}" if verb and meaning else meaning or verb


_GATE: dict[str, str] = {
    "pii_scan_ran": "the PII scan ran",
    "no_unredacted_high_confidence_pii_kept": "no kept note holds unredacted high-confidence PII",
    "no_contamination_kept": "no note that duplicates an evaluation text is kept",
    "drop_share_at_most_max": "the share of notes dropped is within the policy's limit",
    "enough_rows_kept": "enough notes are kept",
}


def gate_line(name: str, condition: GateCondition | None, fallback: str) -> tuple[str, str]:
    """(label, outcome) of a release-gate condition; unknown conditions keep the report's wording."""
    label = _GATE.get(name)
    if label is None or condition is None:
        return name, fallback
    passed = condition.ok
    parts = [] if passed is None else ["passed" if passed else "FAILED"]
    value = condition.value
    if name == "drop_share_at_most_max" and isinstance(value, int | float):
        parts.append(f"{share(float(value))} dropped, limit {share(float(condition.max or 0))}")
    elif name == "enough_rows_kept" and value is not None:
        parts.append(f"{number(value)} kept, at least {number(condition.min)} needed")
    elif isinstance(value, int) and not isinstance(value, bool):
        parts.append(f"{number(value)} found")
    return label, ", ".join(parts)


_QUALITY: dict[str, str] = {
    "notes with high-confidence PII": "notes with high-confidence PII",
    "contamination rows": "notes that duplicate an evaluation text (contamination)",
    "memorization rows": "notes that copy a reference note (memorisation)",
    "labels symptom coverage mean": "share of a note's symptoms found in its text, mean",
    "labels symptom coverage median": "share of a note's symptoms found in its text, median",
    "labels rows with symptoms": "notes with a symptom list",
    "labels label noise scored rows": "notes scored by the label-noise classifier",
    "labels label noise top1 accuracy": "label-noise classifier: its first guess is the note's code",
    "labels label noise top3 accuracy": "label-noise classifier: the note's code is among its 3 best guesses",
    "rows flagged": "notes with at least one flag",
}
_SHARES = ("coverage", "accuracy", "share", "ratio")


def quality_line(key: str, value: Any) -> tuple[str, str]:
    label = _QUALITY.get(key, key)
    if isinstance(value, float) and any(w in key for w in _SHARES) and 0.0 <= value <= 1.0:
        return label, share(value)
    return label, number(value)


_DUPLICATES: dict[str, str] = {
    "exact_duplicate_rows": "exact duplicates",
    "near_duplicate_clusters": "near-duplicate clusters",
    "rows_in_clusters": "notes in those clusters",
    "largest_cluster": "largest cluster",
    "threshold": "Jaccard threshold",
}


def duplicate_line(key: str, value: Any) -> tuple[str, str]:
    return _DUPLICATES.get(key, words(key)), number(value)


_SPLIT: dict[str, str] = {
    "num_groups": "groups (notes that must share a split)",
    "multi_note_groups": "groups of more than one note",
    "notes_in_multi_note_groups": "notes in such groups",
    "near_dup_clusters": "near-duplicate clusters kept together",
    "shared_example_notes": "example notes shared by several notes",
    "groups_an_ungrouped_split_would_break": "groups an ungrouped split would have cut",
    "notes_in_those_groups": "notes in those groups",
    "notes_placed_differently_than_ungrouped": "notes placed differently than an ungrouped split",
}


def split_grouping_line(key: str, value: Any) -> tuple[str, str]:
    return f"grouping: {_SPLIT.get(key, words(key))}", number(value)
