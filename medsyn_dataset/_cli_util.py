"""Small helpers shared by the stage CLIs: errors that exit non-zero with one clear line."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import NoReturn, ParamSpec, TypeVar

import typer

P = ParamSpec("P")
R = TypeVar("R")

#: Exceptions whose message is already a complete, user-facing sentence (file, row, field).
USER_ERRORS: tuple[type[BaseException], ...] = (ValueError, FileNotFoundError, KeyError, PermissionError)


def fail(message: str, code: int = 1) -> NoReturn:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


def not_built(command: str, issue: int) -> NoReturn:
    """For commands of the tree that are not built yet: say so and exit non-zero."""
    typer.secho(
        f"`medsyn {command}` is not built yet (tracked in issue #{issue}); nothing was done.",
        fg=typer.colors.YELLOW,
        err=True,
    )
    raise typer.Exit(3)


def user_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn expected input errors into one red line and exit 1 instead of a traceback."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except USER_ERRORS as exc:
            message = exc.args[0] if isinstance(exc, KeyError) and exc.args else str(exc)
            fail(str(message))

    return wrapper
