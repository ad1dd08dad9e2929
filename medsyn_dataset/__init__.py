"""medsyn-dataset: generate, validate and publish synthetic Russian clinical notes.

Pipeline (one way): plan -> generate -> validate -> build -> publish. Stages talk through Parquet
files of the schema declared in :mod:`medsyn_dataset.schema`. Heavy libraries (datasets, torch,
presidio, ...) are imported lazily by the stage that needs them, so ``import medsyn_dataset`` is fast.
"""

__version__ = "0.1.0"
