"""Moved to :mod:`medsyn_dataset.release` in 0.2 (the orchestration is no longer part of the build
stage). This forwarding module keeps 0.1 imports working and goes in 0.3; import from
:mod:`medsyn_dataset.release.run` instead."""

from medsyn_dataset.release.run import (
    BudgetReachedError,
    GenerationIncompleteError,
    NotReleasableError,
    ReleaseError,
    ReleaseInterruptedError,
    ReleaseSummary,
    StepReport,
    default_work_dir,
    parse_from,
    release_policy,
    run_release,
)

__all__ = [
    "BudgetReachedError",
    "GenerationIncompleteError",
    "NotReleasableError",
    "ReleaseError",
    "ReleaseInterruptedError",
    "ReleaseSummary",
    "StepReport",
    "default_work_dir",
    "parse_from",
    "release_policy",
    "run_release",
]
