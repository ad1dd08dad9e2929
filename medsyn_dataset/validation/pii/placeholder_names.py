"""The words a message's export writes in a person's name field when it has no name, written once.

Why: an anonymised or a test record fills the patient's name with a placeholder ("ANONYMOUS", "Unknown^Patient",
"TEST^TEST", "NONAME"); it names no one, so a reader of names in exports refuses a name made of these words only.
:mod:`.dicom` (PN values) and :mod:`.hl7` (XPN fields) read the same list, each adding what its format writes besides.
"""

from __future__ import annotations

#: the placeholders both formats write, lower case
PLACEHOLDER_NAMES = frozenset(("anonymous", "anonymized", "unknown", "test", "patient", "noname"))
