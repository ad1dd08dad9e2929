"""What a check reports about one row: a :class:`Finding` (the policy turns it into a reason)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in a note: a check name and an optional detail (an id, a code, an entity type).

    ``check`` is the name the policy's ``actions`` know the finding by (``near_duplicate``);
    ``reason`` the name it takes in ``validation.reasons`` when that differs, e.g. for findings that
    point at another text (``near_duplicate_of:<id>``) or that carry a setting (``label_not_in_top3``).
    """

    check: str
    detail: str | None = None
    reason: str | None = None

    @property
    def reason_name(self) -> str:
        return self.reason or self.check
