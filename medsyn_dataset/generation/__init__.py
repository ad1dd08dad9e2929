"""Generation: MKG-grounded task planning, Russian prompt templates, LLM backends, sharded output."""
