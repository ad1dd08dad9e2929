"""Folder of the `hit_at_k` evaluate metric module (a package only so that it ships in the wheel)."""
