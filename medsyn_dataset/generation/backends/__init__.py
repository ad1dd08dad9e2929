"""LLM backends behind one async interface (:class:`~medsyn_dataset.generation.backends.base.Backend`)."""
