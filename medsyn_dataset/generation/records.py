"""From a task to a request, and from a result to a note row or a failure: the pure parts of a run.

Every way of running the requests (online, the Batch API, an ingested batch output file) turns
tasks into :class:`GenerationRequest` objects and results into note rows with these functions, so a
note looks the same whichever way it was made.
"""

from __future__ import annotations

from typing import Any

from medsyn_dataset import schema
from medsyn_dataset.generation.backends.base import GenerationRequest, GenerationResult
from medsyn_dataset.generation.shards import utc_now
from medsyn_dataset.io import parse_json_object

#: Openings of a refusal instead of a note (compared case-insensitively after normalising quotes).
#: The one place to extend when a model refuses in a new way.
REFUSAL_OPENINGS: tuple[str, ...] = (
    "извините, но я не могу",
    "извините, я не могу",
    "к сожалению, я не могу",
    "простите, но я не могу",
    "я не могу помочь",
    "я не могу выполнить",
    "я не могу создать",
    "я не могу написать",
    "как языковая модель",
    "как ии",
    "i'm sorry, but i can",
    "i am sorry, but i can",
    "sorry, but i can't",
    "i can't help with",
    "i cannot help with",
    "i can't assist",
    "i cannot assist",
    "as an ai language model",
)

_REFUSALS_NORMALISED = tuple(r.replace("ё", "е") for r in REFUSAL_OPENINGS)


def failure_reason(result: GenerationResult) -> str | None:
    """Why ``result`` must not become a note (``None`` if it is fine): error, empty, truncated, refused."""
    if result.error:
        return result.error
    text = (result.text or "").strip()
    if not text:
        return "empty output"
    if result.finish_reason == "length":
        return "truncated output (finish_reason=length)"
    if result.finish_reason == "content_filter":
        return "output blocked by the content filter (finish_reason=content_filter)"
    opening = text[:120].lower().replace("’", "'").replace("ё", "е")
    if opening.startswith(_REFUSALS_NORMALISED):
        return f"refused: {text[:80]!r}"
    return None


def request_for(task: dict[str, Any]) -> GenerationRequest:
    return GenerationRequest(
        task_id=task["task_id"],
        system_prompt=task.get("system_prompt") or "",
        prompt=task.get("prompt") or "",
        params=parse_params(task.get("params"), f"task {task['task_id']!r}"),
        seed=int(task["seed"]),
        task=task,
    )


def parse_params(raw: str | None, where: str) -> dict[str, Any]:
    """A task's ``params`` JSON as a fresh dict (backends may change it); ``where`` prefixes errors."""
    if not raw:
        return {}
    return parse_json_object(raw, f"{where}: field 'params'", not_object="must be a JSON object")


def note_row(
    task: dict[str, Any],
    request: GenerationRequest,
    result: GenerationResult,
    backend_name: str,
    model: str,
    dataset: str,
) -> dict[str, Any]:
    """The note-schema row of a successful result (the task's facts + the text + provenance)."""
    return {
        "id": task["task_id"],
        "icd10_code": task["icd10_code"],
        "icd10_subcode": task.get("icd10_subcode"),
        "icd10_name_ru": task.get("icd10_name_ru"),
        "text": result.text,
        "symptoms": task.get("symptoms"),
        "patient": task.get("patient"),
        "example_id": task.get("example_id"),
        "example_source": task.get("example_source"),
        "prompt_template": task.get("prompt_template"),
        "prompt_template_hash": task.get("prompt_template_hash"),
        "prompt": task.get("prompt"),
        "generation": {
            "backend": backend_name,
            "model": model,
            "params": schema.params_json(request.params),
            "seed": request.seed,
            "finish_reason": result.finish_reason,
            "prompt_tokens": result.prompt_tokens,
            "completion_tokens": result.completion_tokens,
            "latency_s": result.latency_s,
            "created_at": utc_now(),
        },
        "source": {"kind": "generated", "dataset": dataset, "record_id": None, "original_code": None, "flags": []},
        "validation": None,
    }
