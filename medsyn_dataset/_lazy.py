"""Lazy imports: package attributes that load from their modules on first use (PEP 562 module
``__getattr__``), so a package's ``__init__`` stays cheap to import; and optional extras imported
only when a command needs them, with a one-line message saying how to install them."""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Callable, Mapping
from typing import Any


def lazy_getattr(package: str, modules: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package`` that imports ``name`` from ``modules[name]``."""

    def __getattr__(name: str) -> Any:
        if name in modules:
            return getattr(importlib.import_module(modules[name]), name)
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return __getattr__


def import_optional(*modules: str, hint: str) -> Any:
    """Import ``modules`` in order and return the first; a missing one is a one-line ValueError ``hint``
    (how to install the extra), which the CLI prints as its error line."""
    try:
        loaded = [importlib.import_module(name) for name in modules]
    except ImportError:
        raise ValueError(hint) from None
    return loaded[0]


def connect_ray(ray: Any) -> bool:
    """Join the cluster of ``RAY_ADDRESS`` or start a local Ray instance (quiet: no dashboard, no worker
    logs on the driver); True when this call started Ray, so its caller shuts it down again."""
    if ray.is_initialized():
        return False
    ray.init(address=os.environ.get("RAY_ADDRESS") or None, include_dashboard=False,
             logging_level=logging.ERROR, log_to_driver=False)  # fmt: skip
    return True
