"""What every check of a validation run shares: the policy, the outside texts, the code set, the
knowledge graph, a scratch folder for state too large for memory, and each batch's word tokens.

A batch's tokens (:class:`BatchTokens`) are computed once per batch, where the batch is checked
(a worker process, a cluster node), when a configured check reads ``tokens``. Token ids are local
to the batch (its own vocabulary, in order of first occurrence); everything compared across
batches (shingles, text digests) is built from the words' stable hashes, so it does not depend on
the ids or on how the corpus was cut into batches.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from medsyn_dataset.knowledge.icd10 import normalize_code
from medsyn_dataset.validation.contamination import OutsideText, load_texts
from medsyn_dataset.validation.normalize import (
    Shingles,
    TokenizedCorpus,
    text_digests,
    tokenize_corpus,
    word_shingles,
)
from medsyn_dataset.validation.policy import Action, Policy
from medsyn_dataset.validation.spill import AppendArray


@dataclass(frozen=True)
class BatchTokens:
    """Word tokens of a batch of rows, their word shingles and normalised-text digests (one per row)."""

    corpus: TokenizedCorpus  # ids local to the batch
    shingles: Shingles
    digests: np.ndarray  # (rows, 2) uint64: equal for rows with the same token sequence

    @classmethod
    def from_texts(cls, texts: Sequence[str], shingle_size: int) -> BatchTokens:
        corpus = tokenize_corpus(texts)
        return cls(corpus, word_shingles(corpus, shingle_size), text_digests(corpus))

    @property
    def vocab(self) -> list[str]:
        return self.corpus.vocab

    def of(self, i: int) -> np.ndarray:
        """Token ids of the batch's row ``i``."""
        return self.corpus.tokens_of(i)


@dataclass
class CheckContext:
    """The run's settings and shared inputs, given to every check when it is made."""

    policy: Policy
    references: list[OutsideText] = field(default_factory=list)
    evals: list[OutsideText] = field(default_factory=list)
    code_set: set[str] | None = None
    mkg: Any = None
    #: actions the run's checks declare for findings the policy's ``actions`` do not list
    default_actions: Mapping[str, Action] = field(default_factory=dict)
    #: a folder for state too large to keep in memory (the run's temp folder; None: keep it in memory)
    scratch: Path | None = None

    def action(self, finding: str) -> Action:
        """A finding's action: the policy's ``actions`` entry, or the default its check declares."""
        action = self.policy.actions.of(finding)
        if action is not None:
            return action
        if finding in self.default_actions:
            return self.default_actions[finding]
        raise ValueError(
            f"finding {finding!r} has no action: not in the policy's `actions` nor in its check's default_actions"
        )

    def spill(self, name: str, width: int, dtype: Any) -> AppendArray:
        """An append-only array of ``width`` columns for a check's compact state: in memory while small,
        then a file in :attr:`scratch` (see :class:`~medsyn_dataset.validation.spill.AppendArray`)."""
        return AppendArray(width, dtype, None if self.scratch is None else self.scratch / name)


# ---- loading the run's inputs -------------------------------------------------------------------


def load_code_set(spec: str | os.PathLike[str] | Collection[str] | None) -> set[str] | None:
    """``None``, ``"default"`` (the package's 219 categories), a file with one code per line, or codes."""
    if spec is None:
        return None
    if isinstance(spec, str) and spec == "default":
        from medsyn_dataset.knowledge.icd10 import default_codes

        return set(default_codes())
    if isinstance(spec, (str, os.PathLike)):
        path = Path(spec)
        if not path.is_file():
            raise FileNotFoundError(f"{path}: no such code-set file")
        from medsyn_dataset.io import read_text
        from medsyn_dataset.knowledge.icd10 import is_valid

        codes = set()
        for number, line in enumerate(read_text(path).splitlines(), start=1):
            code = line.split("#")[0].strip()
            if code and not is_valid(code):  # a typo would silently drop every row of its code
                raise ValueError(f"{path}: line {number}: {code!r} is not an ICD-10 code (one code per line, # comments)")
            if code:
                codes.add(normalize_code(code))
        return codes
    # the same normalisation check_code applies to each row's code, so "j18 " matches "J18"
    return {normalize_code(str(c)) for c in spec}


def load_outside(items: Sequence[str | os.PathLike[str] | OutsideText], kind: str) -> list[OutsideText]:
    """Outside texts from files (``Path`` objects, or strings naming an existing file) or given directly
    (other strings, numbered ``<kind>:<n>``, or :class:`OutsideText`)."""
    texts: list[OutsideText] = []
    for n, item in enumerate(items, start=1):
        if isinstance(item, OutsideText):
            texts.append(item)
        elif is_text_file(item):
            texts.extend(load_texts(item))
        else:
            texts.append(OutsideText(f"{kind}:{n}", str(item)))
    return texts


def is_text_file(item: object) -> bool:
    """Is ``item`` a file of outside texts (a path, or a string naming an existing file)?"""
    if isinstance(item, os.PathLike):
        return True
    if not isinstance(item, str) or "\n" in item:
        return False
    try:
        return len(item) < 4096 and Path(item).is_file()
    except OSError:
        return False
