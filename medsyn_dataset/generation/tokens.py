"""Counting prompt tokens before anything is sent: an estimate, a hard upper bound, or a real tokenizer.

* :func:`approx_prompt_tokens`: characters / :data:`CHARS_PER_TOKEN` (3; Russian runs at about
  2.5-4 characters per token with current BPE vocabularies) plus :data:`MESSAGE_OVERHEAD` tokens
  per chat message and :data:`REPLY_OVERHEAD` for the reply's priming. A documented approximation.
* :func:`max_prompt_tokens`: UTF-8 bytes plus the same overheads. A byte-level BPE tokenizer (GPT's,
  Llama's, Qwen's) never makes more tokens than bytes, so this bounds the real count from above;
  ``--budget`` prices the worst case with it.
* :class:`TokenizerCounter`: a real count from a local Hugging Face ``tokenizer.json`` (the
  ``tokenizers`` package, which comes with the ``local`` extra) or ``tiktoken:<encoding>`` (the
  ``tiktoken`` package, not a dependency; it downloads its encoding file on first use unless
  ``TIKTOKEN_CACHE_DIR`` holds it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

CHARS_PER_TOKEN = 3.0
MESSAGE_OVERHEAD = 4  # role and separators of one chat message
REPLY_OVERHEAD = 3  # the assistant's reply is primed with a few tokens

PromptCounter = Callable[[str, str], int]  # (system prompt, prompt) -> tokens


def _overhead(system_prompt: str | None) -> int:
    return MESSAGE_OVERHEAD * (2 if system_prompt else 1) + REPLY_OVERHEAD


def approx_prompt_tokens(system_prompt: str | None, prompt: str | None) -> int:
    chars = len(system_prompt or "") + len(prompt or "")
    return int(chars / CHARS_PER_TOKEN) + _overhead(system_prompt)


def max_prompt_tokens(system_prompt: str | None, prompt: str | None) -> int:
    """An upper bound of the prompt tokens of any byte-level BPE tokenizer (see the module docstring)."""
    size = len((system_prompt or "").encode("utf-8")) + len((prompt or "").encode("utf-8"))
    return size + _overhead(system_prompt)


class TokenizerCounter:
    """Prompt tokens by a real tokenizer: ``PATH`` (tokenizer.json or a folder holding one) or ``tiktoken:NAME``."""

    def __init__(self, spec: str) -> None:
        self.spec = spec
        if spec.startswith("tiktoken:"):
            self._encode = _tiktoken_encoder(spec.removeprefix("tiktoken:"))
        else:
            self._encode = _hf_encoder(Path(spec))

    def __call__(self, system_prompt: str, prompt: str) -> int:
        tokens = self._encode(prompt or "")
        if system_prompt:
            tokens += self._encode(system_prompt)
        return tokens + _overhead(system_prompt)


def _hf_encoder(path: Path) -> Callable[[str], int]:
    file = path / "tokenizer.json" if path.is_dir() else path
    if not file.is_file():
        raise FileNotFoundError(f"{path}: no tokenizer.json there (--tokenizer takes a local file or folder)")
    try:
        from tokenizers import Tokenizer
    except ImportError:
        raise ImportError("--tokenizer PATH needs the `tokenizers` package (pip install 'medsyn-dataset[local]')") from None
    try:
        tokenizer = Tokenizer.from_file(str(file))
    except Exception as exc:  # the library raises a bare Exception for a malformed file
        raise ValueError(f"{file}: not a tokenizer.json ({exc})") from None
    return lambda text: len(tokenizer.encode(text, add_special_tokens=False).ids)


def _tiktoken_encoder(name: str) -> Callable[[str], int]:
    try:
        import tiktoken
    except ImportError:
        raise ImportError("--tokenizer tiktoken:NAME needs the `tiktoken` package (pip install tiktoken)") from None
    encoding = tiktoken.get_encoding(name)
    return lambda text: len(encoding.encode(text, disallowed_special=()))


def prompt_counter(spec: str | None) -> tuple[PromptCounter, str]:
    """The counter for ``--tokenizer`` (None: the approximation) and a line saying which it is."""
    if spec is None:
        return approx_prompt_tokens, f"approximation: characters / {CHARS_PER_TOKEN:g} + chat overhead"
    return TokenizerCounter(spec), f"tokenizer {spec}"
