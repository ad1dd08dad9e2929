"""blind14 blocks: paper and clinical documents, scans, handwriting, migrants, look-alikes."""

from __future__ import annotations

from benchmarks.pii_families import BlockFamily

S = "blind14"
BLOCKS: list[BlockFamily] = []
