"""Cost of a run, live, and the ``--budget`` hard cap.

A :class:`CostMeter` prices each answer from the usage the server reports (online or Batch API
prices, :mod:`.pricing`) and, with a budget, admits a request only if its *worst case* still fits:
``spent + reserved + worst_case <= budget``, where the worst case prices an upper bound of the
prompt tokens (:func:`.tokens.max_prompt_tokens`) plus the request's whole ``max_tokens``. The
reservation is replaced by the real cost when the answer comes; an answer without usage is charged
its worst case. So the cap holds whatever the model writes.

The budget is the output folder's, over all its runs: the spend of earlier runs comes from the
ledger's charges (kept even when a run was killed) or, without a ledger, from the manifest. A run
that reaches it stops cleanly (exit code 5, :mod:`medsyn_dataset.exit_codes`); a rerun with a higher ``--budget`` continues.
"""

from __future__ import annotations

import asyncio
import enum
from collections.abc import Iterable
from dataclasses import dataclass, field

from medsyn_dataset.generation.backends.base import GenerationRequest, GenerationResult
from medsyn_dataset.generation.pricing import Price
from medsyn_dataset.generation.tokens import max_prompt_tokens


class BudgetError(ValueError):
    """A budget that cannot be enforced (no price for the model, no max_tokens in the tasks)."""


class Admission(enum.Enum):
    """What the budget says to a request: reserved now, wait for reservations to settle, or never."""

    RESERVED = "reserved"
    WAIT = "wait"  # does not fit now; answers in flight (reservations) may free room
    NEVER = "never"  # does not fit even with nothing in flight: the budget is reached


@dataclass
class CostMeter:
    """Prices answers and guards the budget; see the module docstring."""

    price: Price | None
    batch: bool = False
    budget_usd: float | None = None
    spent_before: float = 0.0
    spent_now: float = 0.0
    reserved: float = 0.0
    _settled: asyncio.Event = field(default_factory=asyncio.Event, repr=False)

    def __post_init__(self) -> None:
        if self.budget_usd is not None and self.price is None:
            raise BudgetError("--budget needs a price for the model: give --price-table with an entry for it")

    @property
    def priced(self) -> bool:
        return self.price is not None

    @property
    def spent(self) -> float:
        """The folder's spend over all runs, this one included."""
        return self.spent_before + self.spent_now

    @property
    def exhausted(self) -> bool:
        """The budget was already used up when the run started (or is now)."""
        return self.budget_usd is not None and self.spent >= self.budget_usd

    def cost(self, result: GenerationResult) -> float | None:
        """USD of one answer from its reported usage (None when unpriced; 0 for a ledger hit)."""
        if self.price is None:
            return None
        if result.from_ledger:
            return 0.0
        return self.price.cost(result.prompt_tokens, result.completion_tokens, self.batch)

    def worst_case(self, request: GenerationRequest) -> float:
        """USD the request could cost at most (0 when unpriced)."""
        if self.price is None:
            return 0.0
        prompt = max_prompt_tokens(request.system_prompt, request.prompt)
        return self.price.cost(prompt, int(request.params.get("max_tokens") or 0), self.batch)

    # ---- the cap ---------------------------------------------------------------------------------

    def fits(self, amount: float) -> bool:
        return self.budget_usd is None or self.spent + self.reserved + amount <= self.budget_usd + 1e-12

    def try_reserve(self, amount: float) -> bool:
        if not self.fits(amount):
            return False
        self.reserved += amount
        return True

    def admit(self, amount: float) -> Admission:
        """Reserve ``amount`` if it fits; else say whether settling the open reservations may make room.

        The one admission rule of both ways to run: online requests wait for answers in flight
        (:meth:`reserve`), the Batch API runner keeps requests back until open batches are settled.
        """
        if self.try_reserve(amount):
            return Admission.RESERVED
        return Admission.WAIT if self.reserved > 1e-12 else Admission.NEVER

    async def reserve(self, amount: float) -> bool:
        """Reserve ``amount``; wait while answers in flight may free room; False when it can never fit."""
        while (admission := self.admit(amount)) is Admission.WAIT:
            settled = self._settled
            await settled.wait()
        return admission is Admission.RESERVED

    def settle(self, reserved: float, result: GenerationResult | None) -> float | None:
        """Replace a reservation by the answer's cost (its worst case when usage is missing); returns the cost."""
        self.reserved = max(0.0, self.reserved - reserved)
        cost = None
        if result is not None and self.price is not None:
            answered = result.text is not None or result.prompt_tokens is not None
            if result.from_ledger or not answered:
                cost = 0.0
            elif result.prompt_tokens is None and result.completion_tokens is None:
                cost = reserved  # the server did not say: charge the worst case
            else:
                cost = self.cost(result)
            self.spent_now += cost or 0.0
        self._settled.set()
        self._settled = asyncio.Event()
        return cost

    def add(self, cost: float | None) -> None:
        """Count a cost that had no reservation (an ingested Batch API answer)."""
        self.spent_now += cost or 0.0


def check_budget_inputs(meter: CostMeter, params: Iterable[dict[str, object]]) -> None:
    """A budget needs a bound on every request: ``max_tokens`` in every task's params."""
    if meter.budget_usd is None:
        return
    for p in params:
        if not p.get("max_tokens"):
            raise BudgetError(
                "--budget needs max_tokens in every task's params (without it a request's cost has no upper bound)"
            )
