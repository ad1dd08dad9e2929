"""A passport's own word in the languages a Russian record copies from a foreigner's papers: one list for every reader.

Since round 26 a person's passport is RU_PASSPORT whoever issued it (see the README), so the word that names one must be
the same wherever a rule asks "does a passport's word name this value?": Russian "паспорт" (and "пасп.", "загранпаспорт"),
English "passport", German "Reisepass", French "passeport", Spanish "pasaporte", Italian and Portuguese "passaporto" /
"passaporte", Turkish and the Central Asian languages' "pasaport"/"pasport", Polish "paszport". :mod:`.foreign_ids`,
:mod:`.latin` and :mod:`.document_typing` read this list (review A r26, finding 8: each had its own, and a German or a
French passport's number fell to the learned tagger as a record number).
"""

from __future__ import annotations

#: the words' starts, lower case (anchors for :func:`.keyword_starts.word_starts` and the like)
LATIN_PASSPORT_WORDS = ("passport", "reisepass", "passeport", "passaport", "pasaport", "pasport", "paszport")
PASSPORT_WORD_STARTS = ("пасп", *LATIN_PASSPORT_WORDS)
#: a regex alternation of the Latin-script words, whole words with their endings ("pasaporte", "passaporto", "Reisepasses")
LATIN_PASSPORT_WORD = rf"(?:{'|'.join(LATIN_PASSPORT_WORDS)})[a-z]*"
#: any passport word's start, for a search inside a span ("загранпаспорт", "foreign_passport", "Pasaporte")
PASSPORT_WORD = rf"(?i:{'|'.join(PASSPORT_WORD_STARTS)})"
