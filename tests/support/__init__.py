"""Test support shared by several test folders: fake servers and fixture builders (importable as `support`)."""
