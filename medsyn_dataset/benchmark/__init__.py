"""Benchmark: ICD-10 code prediction metrics and baselines, augmentation experiment, leaderboard."""
