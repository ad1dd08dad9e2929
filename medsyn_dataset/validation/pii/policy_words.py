"""The words that name an OMS policy before its number, written once.

Why: "полис" (in any form), "ОМС" (обязательное медицинское страхование) and "ЕНП" (единый номер полиса, 326-ФЗ art. 46)
announce a policy's number in a sentence, a dialogue, an OCR-damaged form and a dictated note alike; five readers typed
the same three words out (:mod:`.recognizers`' dialogue rule, :mod:`.ocr_numbers`, :mod:`.spoken_ids`,
:mod:`.patient_papers`' other papers, :mod:`.id_fields`' word index). A word added here reaches every one of them.
"""

from __future__ import annotations

#: the words as a pattern (no flags, no bounds: each reader adds its own)
POLICY_WORDS = r"полис\w*|омс|енп"
#: where they start, for a word index (:func:`.base.word_starts`)
POLICY_ANCHORS = ("полис", "омс", "енп")
