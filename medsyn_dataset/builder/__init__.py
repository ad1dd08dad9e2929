"""Build: the datasets builder, leakage-free splits, the Hub-ready folder, export and publishing.

The orchestration that runs every stage (`medsyn release`) is :mod:`medsyn_dataset.release`.
"""
