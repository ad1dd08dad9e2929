"""Importers: existing corpora into the note schema, with provenance.

Formats (``fmt``):

* ``medsyn-raw``: the upstream MedSyn generation records (``desease_code, desease_name, symptoms,
  gender, marital_state, smoking, prompt, response, UID``) as Parquet, JSONL, a JSON list, or a
  folder of such JSON files (the upstream ``<batch>/result_*.json`` layout). Records without a
  ``UID`` get a stable id from ``<batch>/<file>#<position>``. ``marital_state`` 1/0 is
  married/single; ``smoking`` is a Russian adjective (курящий, некурящая...) or a bool. One upstream
  batch wrote the bool ``true`` for everybody, so for a bool the prompt's own word wins when the
  prompt states smoking, and otherwise smoking is left unknown (flag ``smoking_bool_unreliable``).
* ``medsyn-hub``: the published MedSyn CSV (``idx, ICD-10, generation_model, prompt, prior,
  example, example_source, response, symptoms, anamnesis, symptoms_recall,
  anamnesis_precision``). The upstream BERT scores go to ``validation.quality_scores``.
* ``rumedtop3``: RuMedTop3 JSONL: ``idx`` becomes ``id``, ``symptoms`` becomes ``text`` (kept byte
  for byte, so character offsets stay valid), ``code`` becomes ``icd10_code``.
* ``jsonl``: any JSONL (or Parquet/CSV) with configurable text, code and id columns.

Codes: a valid WHO ICD-10 code gives ``icd10_code`` (its category) and ``icd10_subcode``. A code
whose category is valid but which is not itself in WHO ICD-10 (US-style subcodes such as
``E74.04``) is mapped to its category, the upstream code is kept in ``source.original_code`` and
the row is flagged ``icd10_code_not_in_who_mapped_to_category``: never dropped silently. A code
whose category is not ICD-10 at all is an error naming the file, the row and the field, unless
``skip_invalid=True``, which skips such rows and counts them in the summary.

Provenance: every row's ``source.dataset`` names its source, and ``sources.json``
(:mod:`medsyn_dataset.provenance`) says what that source is: the package's registry entry for a
known corpus (RuMedTop3: CC BY-NC 4.0, RuMedBench; MedSyn: MIT), or what the user declared
(``source=SourceDeclaration(name, license, citation, ...)``) for a corpus of their own, with the
number of rows imported.

Output: a note folder (:mod:`medsyn_dataset.note_folder`): ``out_dir/part-00000.parquet ...``
(NOTE_SCHEMA, ``shard_size`` rows each), ``sources.json`` and ``manifest.json``. Everything is written into a hidden temp folder beside ``out_dir`` that replaces
it only when the whole import succeeded, so a failed or killed import leaves no half output. An
earlier import in ``out_dir`` is replaced; any other non-empty folder is refused
(:data:`medsyn_dataset.outputs.IMPORT`).

Modules: :mod:`.values` (codes and field values), :mod:`.reading` (input files to records),
:mod:`.rows` (a record's note row), one module per format (:mod:`.medsyn_raw`, :mod:`.medsyn_hub`,
:mod:`.rumedtop3`, :mod:`.jsonl`) and :mod:`.run` (:func:`import_corpus`: the folder and its manifest).
"""

from __future__ import annotations

from medsyn_dataset.generation.importers.jsonl import JsonlColumns
from medsyn_dataset.generation.importers.reading import count_records
from medsyn_dataset.generation.importers.run import (
    DEFAULT_SHARD_SIZE,
    FORMATS,
    ImportFormat,
    ImportSummary,
    import_corpus,
)
from medsyn_dataset.generation.importers.values import (
    FLAG_EMPTY_TEXT,
    FLAG_MAPPED,
    FLAG_SMOKING_FROM_PROMPT,
    FLAG_SMOKING_UNRELIABLE,
    CodeResolution,
    ImportFormatError,
    parse_marital,
    parse_sex,
    parse_smoking,
    parse_symptoms,
    resolve_code,
    smoking_word,
)

__all__ = [
    "DEFAULT_SHARD_SIZE",
    "FLAG_EMPTY_TEXT",
    "FLAG_MAPPED",
    "FLAG_SMOKING_FROM_PROMPT",
    "FLAG_SMOKING_UNRELIABLE",
    "FORMATS",
    "CodeResolution",
    "ImportFormat",
    "ImportFormatError",
    "ImportSummary",
    "JsonlColumns",
    "count_records",
    "import_corpus",
    "parse_marital",
    "parse_sex",
    "parse_smoking",
    "parse_symptoms",
    "resolve_code",
    "smoking_word",
]
