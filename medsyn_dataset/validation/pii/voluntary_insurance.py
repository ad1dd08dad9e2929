"""The marks of a voluntary (private) or a travel health insurance, one word list for every rule that reads them.

A policy so marked is the insurer's contract with this patient: a record number (:mod:`.other_papers` in prose,
:mod:`.table_cells` in a table's column, :mod:`.export_ids` in an export's key), never the OMS policy, whose number
has the same shape. ДМС is добровольное медицинское страхование, ВЗР страхование выезжающих за рубеж (travel).
"""

from __future__ import annotations

import re

# the abbreviations, in Cyrillic and as keys transliterate them ("policy_dms", "vzr_number")
_ABBREVIATIONS = ("дмс", "взр")
_TRANSLITERATED = ("dms", "vzr")
# the insurance spelled out ("добровольное медицинское страхование") and a travel policy's words
_SPELLED_OUT = r"добровольн\w*[ \t]+(?:медицинск\w*[ \t]+)?страховани\w*"
_TRAVEL = r"travel|туристическ\w*"

#: a mark on its own, in prose or a table's title (case-insensitive pattern text): "Реестр услуг по ДМС", "ВЗР";
#: "добровольное" alone is no mark ("информированное добровольное согласие")
MARK = rf"(?:{'|'.join(_ABBREVIATIONS)}|{_SPELLED_OUT}|{_TRAVEL})"
#: the mark as a whole word, compiled once: a table's title (:mod:`.table_cells`, :mod:`.export_ids`) or a form's title
#: (:mod:`.other_papers`) above a policy
TITLE_MARK = re.compile(rf"(?<![\w])(?i:{MARK})(?![\w])")
#: a mark next to a policy's word, where "добровольный" alone names the insurance ("добровольный полис", "Полис
#: добровольного страхования")
MARK_BY_POLICY = rf"(?:{MARK}|добровольн\w*)"
#: the words of an export's key that mark it ("dmsPolicy", "policy_voluntary")
KEY_WORDS = frozenset((*_ABBREVIATIONS, *_TRANSLITERATED, "voluntary"))
#: the lower-case stems that start a mark, for a caller's anchor look-up
ANCHORS = (*_ABBREVIATIONS, "добровольн", "travel", "туристическ")
