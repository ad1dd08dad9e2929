"""Moved to :mod:`medsyn_dataset.release` in 0.2 (the orchestration is no longer part of the build
stage). This forwarding module keeps 0.1 imports working and goes in 0.3; import from
:mod:`medsyn_dataset.release.run` instead."""

from medsyn_dataset.release.run import *  # noqa: F403
from medsyn_dataset.release.run import __all__  # noqa: F401
