"""Drug names the project already knows: the international non-proprietary names (INN) of its knowledge graph's
``treated_with`` edges (:mod:`medsyn_dataset.knowledge.mkg`, about four hundred).

A capitalised word the morphological dictionary does not know is guessed a surname or a village by its ending alone
("Варфарин", "Лизиноприл" read as a surname in "-ин", a village after "с"); where a rule would take such a guess as a
person's or a place's evidence, this lexicon says the word is a drug instead. Brands ("Диротон", "Эутирокс") are no
INN: the graph does not reach them.

Read once, on the first question (most notes never ask one): the module is imported with this one, the graph built
only then.
"""

from __future__ import annotations

from functools import lru_cache

from medsyn_dataset.knowledge import mkg


@lru_cache(maxsize=1)
def _single_word_inns() -> frozenset[str]:
    """The graph's drug names of one word, in lower case; each part of a combination too ("амоксициллин +
    клавулановая кислота" gives "амоксициллин"; a salt's or an acid's two words, "кальция фолинат", give none)."""
    names = (node for node, kind in mkg.default_mkg().nodes.items() if kind == "drug")
    parts = (part.strip() for name in names for part in name.lower().split("+"))
    return frozenset(part for part in parts if part.isalpha())


def is_drug_name(word: str) -> bool:
    """Whether ``word`` (any case, the nominative) is a drug's INN the project's knowledge graph names."""
    return word.lower() in _single_word_inns()
