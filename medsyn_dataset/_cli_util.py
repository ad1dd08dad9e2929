"""Small helpers shared by the stage CLIs: errors that exit non-zero with one clear line."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Callable, Iterator
from functools import wraps
from typing import Any, NoReturn, ParamSpec, TypeVar

import typer

from medsyn_dataset.exit_codes import EXIT_ERROR, EXIT_INTERRUPTED

P = ParamSpec("P")
R = TypeVar("R")

#: Exceptions whose message is already a complete, user-facing sentence (file, row, field).
USER_ERRORS: tuple[type[BaseException], ...] = (ValueError, FileNotFoundError, KeyError, PermissionError)


def fail(message: str, code: int = EXIT_ERROR) -> NoReturn:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


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


@contextlib.contextmanager
def interruptible(kept: Callable[[], str]) -> Iterator[None]:
    """Ctrl-C or SIGTERM inside the block: say what was kept (``kept()``), exit 130, no traceback.

    SIGTERM is turned into the same interrupt as Ctrl-C for the block, so ``finally`` clauses (temp
    folders, worker processes) run on both.
    """

    def on_term(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    previous = signal.getsignal(signal.SIGTERM)
    installed = False
    with contextlib.suppress(ValueError):  # not the main thread: leave SIGTERM alone
        signal.signal(signal.SIGTERM, on_term)
        installed = True
    try:
        yield
    except KeyboardInterrupt:
        typer.secho(f"interrupted: {kept()}", fg=typer.colors.YELLOW, err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    finally:
        if installed:
            signal.signal(signal.SIGTERM, previous)
