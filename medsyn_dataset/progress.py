"""The rich progress bars of the long-running commands, built in one place.

A bar is a list of columns: :data:`BAR`, :data:`COUNT` (done/total), :data:`ELAPSED` and
:data:`REMAINING` (the ETA) name rich's own columns; any other string is a text column, a rich
format string over the task (``"[bold]augment[/] {task.description}"``,
``"{task.fields[rate]} notes/s"``). rich is imported only when a bar is made, so importing this
module stays cheap.
"""

from __future__ import annotations

from typing import Any

BAR = "bar"
COUNT = "count"
ELAPSED = "elapsed"
REMAINING = "remaining"


def progress_bar(*columns: str, console: Any | None = None, transient: bool = False) -> Any:
    """A ``rich.progress.Progress`` with ``columns`` in this order (use it as a context manager).

    ``console``: rich's default console when None; ``transient``: the bar disappears when done.
    """
    import rich.progress as rich_progress

    named = {
        BAR: rich_progress.BarColumn,
        COUNT: rich_progress.MofNCompleteColumn,
        ELAPSED: rich_progress.TimeElapsedColumn,
        REMAINING: rich_progress.TimeRemainingColumn,
    }
    built = [named[column]() if column in named else rich_progress.TextColumn(column) for column in columns]
    return rich_progress.Progress(*built, console=console, transient=transient)
