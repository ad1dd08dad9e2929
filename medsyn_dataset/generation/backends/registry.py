"""Backend names -> factories, imported lazily so `medsyn --help` never loads openai or torch."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from medsyn_dataset.generation.backends.base import Backend

if TYPE_CHECKING:
    from medsyn_dataset.generation.settings import GenerationSettings

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


def backend_from_settings(name: str, settings: GenerationSettings) -> Backend:
    """Build the backend called ``name`` for a run described by ``settings``.

    A backend module with a ``from_settings(settings)`` factory reads what it needs (and fills its
    own defaults); the others get ``settings.model`` and ``settings.backend_options``.
    """
    if name not in BACKENDS:
        raise ValueError(f"unknown backend {name!r}; expected one of {', '.join(BACKENDS)}")
    module = importlib.import_module(BACKENDS[name].partition(":")[0])
    from_settings = getattr(module, "from_settings", None)
    if from_settings is not None:
        return from_settings(settings)
    if settings.endpoints:
        raise ValueError(f"--base-url only applies to the openai backend, not {name!r}")
    return create_backend(name, model=settings.model, **dict(settings.backend_options))
