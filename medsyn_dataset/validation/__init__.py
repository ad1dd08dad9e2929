"""Validation: PII leakage, near-duplicates, ICD label consistency, quality filters, release gate."""
