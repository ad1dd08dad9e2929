"""Batch JSONL: request lines in, result lines out (OpenAI Batch API and ``vllm run-batch`` share the format).

A request line is ``{"custom_id": TASK_ID, "method": "POST", "url": "/v1/chat/completions",
"body": {...}}``. A result line is ``{"custom_id": ..., "response": {"status_code": 200, "body":
{chat completion}}, "error": null}``, or carries an ``error`` (``{"code", "message"}``) or a
non-200 ``response``. Files are split to stay inside the API's limits per batch (requests and bytes).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from medsyn_dataset.generation.backends.base import GenerationResult
from medsyn_dataset.io import iter_jsonl, parse_json_object

#: Error codes of a result line worth sending again (the request itself was fine).
RETRYABLE_CODES = frozenset({"batch_expired", "batch_cancelled", "rate_limit_exceeded", "server_error", "timeout"})


def request_line(custom_id: str, payload: dict[str, Any]) -> bytes:
    """One request line (with its newline) for a payload ``{"url": ..., "body": ...}``."""
    line = {"custom_id": custom_id, "method": "POST", "url": payload["url"], "body": payload["body"]}
    return (json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def split_lines(
    lines: Iterable[tuple[str, bytes]], max_requests: int, max_bytes: int
) -> Iterator[list[tuple[str, bytes]]]:
    """Group ``(custom_id, line)`` pairs into files of at most ``max_requests`` lines and ``max_bytes`` bytes."""
    chunk: list[tuple[str, bytes]] = []
    size = 0
    for custom_id, line in lines:
        if len(line) > max_bytes:
            raise ValueError(f"task {custom_id!r}: its request alone is {len(line):,} bytes, over the {max_bytes:,} limit")
        if chunk and (len(chunk) >= max_requests or size + len(line) > max_bytes):
            yield chunk
            chunk, size = [], 0
        chunk.append((custom_id, line))
        size += len(line)
    if chunk:
        yield chunk


@dataclass
class LineResult:
    """One result line: an answer (``result``), or an error and whether sending it again may help."""

    custom_id: str
    result: GenerationResult | None
    error: str | None = None
    retryable: bool = False
    where: str = ""  # file and line, for messages about this line


def parse_result_line(record: dict[str, Any], where: str) -> LineResult:
    """Read one result line (``where`` names file and line for errors).

    A line in the Batch output shape that reports a failure (an ``error``, or a ``response`` whose
    ``status_code`` is not 200) is a failed request. A line that is not in that shape (neither
    ``response`` nor ``error``, a 200 response without a chat completion's ``choices``) is bad input:
    ValueError naming ``where``.
    """
    custom_id = record.get("custom_id")
    if not isinstance(custom_id, str):
        raise ValueError(f"{where}: field 'custom_id': missing or not a string")
    error = record.get("error")
    response = record.get("response")
    if error:
        if not isinstance(error, dict | str):
            raise ValueError(f"{where}: field 'error': not an object ({type(error).__name__})")
        code = str(error.get("code") or "error") if isinstance(error, dict) else "error"
        message = str(error.get("message") or "") if isinstance(error, dict) else error
        return LineResult(custom_id, None, f"batch error {code}: {message}"[:300], code in RETRYABLE_CODES, where)
    if response is None:
        raise ValueError(f"{where}: neither 'response' nor 'error' (not a Batch API result line)")
    if not isinstance(response, dict):
        raise ValueError(f"{where}: field 'response': not a JSON object")
    status = response.get("status_code")
    if not isinstance(status, int) or isinstance(status, bool):
        raise ValueError(f"{where}: field 'response.status_code': missing or not a whole number ({status!r})")
    body = response.get("body") or {}
    if not isinstance(body, dict):
        raise ValueError(f"{where}: field 'response.body': not a JSON object")
    if status != 200:
        detail = body.get("error")
        message = detail.get("message", "") if isinstance(detail, dict) else str(detail or "")
        return LineResult(custom_id, None, f"HTTP {status}: {message}"[:300], status == 429 or status >= 500, where)
    choices = body.get("choices")
    if not isinstance(choices, list) or not choices or not all(isinstance(c, dict) for c in choices):
        raise ValueError(f"{where}: field 'response.body.choices': not a list of choices ({choices!r})"[:300])
    if not isinstance(choices[0].get("message"), dict):
        raise ValueError(f"{where}: field 'response.body.choices[0].message': not a chat message")
    return LineResult(custom_id, completion_result(body, where), where=where)


def completion_result(body: dict[str, Any], where: str) -> GenerationResult:
    """A chat-completion body as a :class:`GenerationResult`."""
    choices = body.get("choices") or []
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        return GenerationResult(text=None, finish_reason="error", error="response has no choices")
    message = choices[0].get("message") or {}
    usage = body.get("usage") or {}
    if not isinstance(message, dict) or not isinstance(message.get("content"), str | None):
        return GenerationResult(text=None, finish_reason="error", error="malformed response: message is not a chat message")
    usage = usage if isinstance(usage, dict) else {}
    refusal = message.get("refusal")
    model = body.get("model")
    return GenerationResult(
        text=message.get("content"),
        finish_reason=reason if isinstance(reason := choices[0].get("finish_reason"), str) else None,
        prompt_tokens=_count(usage.get("prompt_tokens")),
        completion_tokens=_count(usage.get("completion_tokens")),
        model=model if isinstance(model, str) else None,
        error=f"refused: {str(refusal)[:200]}" if refusal else None,
    )


def _count(value: Any) -> int | None:
    """A token count as reported, or None when it is not a whole number."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def read_result_file(path: str | os.PathLike[str]) -> Iterator[LineResult]:
    """The result lines of a local file, read a line at a time with the shared JSONL reader (a
    missing file, a folder, bytes that are not UTF-8 or a line that is not JSON name file and line)."""
    for number, record in iter_jsonl(path):
        yield parse_result_line(record, f"{path}: line {number}")


def iter_result_lines(data: bytes, name: str) -> Iterator[LineResult]:
    """The result lines of a downloaded file; a line that is not JSON names ``name`` and the line."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{name}: not UTF-8 text (byte {exc.start})") from None
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw.strip():
            where = f"{name}: line {number}"
            record = parse_json_object(raw, where, not_object="not a JSON object")
            try:
                yield parse_result_line(record, where)
            except ValueError as exc:  # the server's file, not the user's: a malformed line is a failed request
                if not isinstance(record.get("custom_id"), str):
                    raise
                yield LineResult(record["custom_id"], None, f"malformed result line: {exc}"[:300], where=where)
