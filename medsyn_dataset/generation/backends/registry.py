"""Backend names -> factories, imported lazily so `medsyn --help` never loads openai or torch."""

from __future__ import annotations

import importlib
from typing import Any

from medsyn_dataset.generation.backends.base import Backend

#: name -> "module:factory"; each factory takes (model=None, base_url=None, **opts).
BACKENDS: dict[str, str] = {
    "openai": "medsyn_dataset.generation.backends.openai_compat:create",
    "transformers": "medsyn_dataset.generation.backends.transformers_local:create",
    "template": "medsyn_dataset.generation.backends.template:create",
}


def backend_names() -> list[str]:
    return list(BACKENDS)


def create_backend(name: str, model: str | None = None, base_url: str | None = None, **opts: Any) -> Backend:
    """Build the backend called ``name``.

    ``--base-url`` for a backend other than openai is a clear error. Other options go to the
    backend's constructor, which rejects ones it doesn't know (TypeError); the template composer
    has no options and ignores any it is given.
    """
    try:
        target = BACKENDS[name]
    except KeyError:
        raise ValueError(f"unknown backend {name!r}; expected one of {', '.join(BACKENDS)}") from None
    module_name, _, factory_name = target.partition(":")
    module = importlib.import_module(module_name)
    factory = getattr(module, factory_name)
    kwargs: dict[str, Any] = dict(opts)
    if model is not None:
        kwargs["model"] = model
    if base_url is not None:
        if name != "openai":
            raise ValueError(f"--base-url only applies to the openai backend, not {name!r}")
        kwargs["base_url"] = base_url
    return factory(**kwargs)
