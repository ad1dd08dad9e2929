"""Orchestration above the stages: `medsyn release` runs plan -> generate (or import) -> validate ->
build (-> publish) for one release config, resumably.

:mod:`.run` checks the paths and the config's files (:mod:`.preflight`) and runs the steps in order;
:mod:`.steps` is each step (skipped while its completion marker's fingerprint, :mod:`.fingerprints`,
is unchanged); :mod:`.state` holds the markers, the run's errors and its summary; :mod:`.cli` is the
command. This package may import every stage; no stage imports it.
"""
