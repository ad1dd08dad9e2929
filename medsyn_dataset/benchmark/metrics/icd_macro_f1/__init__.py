"""Folder of the `icd_macro_f1` evaluate metric module (a package only so that it ships in the wheel)."""
