"""Release: the datasets builder, leakage-free splits, the Hub-ready folder, publishing."""
