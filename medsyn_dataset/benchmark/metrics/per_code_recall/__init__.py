"""Folder of the `per_code_recall` evaluate metric module (a package only so that it ships in the wheel)."""
