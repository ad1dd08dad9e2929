"""The dataset card: YAML metadata and a body generated from the data."""
