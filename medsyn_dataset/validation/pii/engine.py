"""An offline Presidio ``AnalyzerEngine`` for Russian.

Presidio's default NLP engine loads a spaCy model, and spaCy's Russian models can't be fetched
here (PyPI's ``ru-core-news-sm`` is a squatted placeholder: never install it). This module gives
Presidio an :class:`RussianNlpEngine` that needs no download: tokens come from
``spacy.blank("ru")`` (rule-based tokenizer only) and lemmas from pymorphy3, whose dictionaries ship
in a wheel. It runs no NER: names and places come from this package's recognizers.

Tokens and lemmas are built lazily, on first access: this package's recognizers score context
themselves and never touch them, so a scan pays for tokenization only when some other
recognizer (e.g. a user's Presidio ``PatternRecognizer`` with context words) asks for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cached_property, lru_cache
from typing import Any

from medsyn_dataset.validation.pii._presidio import (
    AnalyzerEngine,
    EntityRecognizer,
    NlpArtifacts,
    NlpEngine,
    RecognizerRegistry,
)
from medsyn_dataset.validation.pii.address import RuAddressRecognizer
from medsyn_dataset.validation.pii.barcodes import BARS
from medsyn_dataset.validation.pii.base import LANGUAGE
from medsyn_dataset.validation.pii.dates import RuDateRecognizer
from medsyn_dataset.validation.pii.errand_addresses import ErrandAddressRecognizer
from medsyn_dataset.validation.pii.event_places import EventSpotRecognizer
from medsyn_dataset.validation.pii.event_times import EventTimeRecognizer
from medsyn_dataset.validation.pii.export_ids import export_recognizers
from medsyn_dataset.validation.pii.foreign_ids import foreign_id_recognizers
from medsyn_dataset.validation.pii.foreign_months import ForeignMonthDateRecognizer
from medsyn_dataset.validation.pii.foreign_phones import ForeignPhoneRecognizer
from medsyn_dataset.validation.pii.id_tagger import IdTaggerRecognizer
from medsyn_dataset.validation.pii.latin import latin_recognizers
from medsyn_dataset.validation.pii.message_formats import message_recognizers
from medsyn_dataset.validation.pii.misspelt_labels import misspelt_label_recognizers
from medsyn_dataset.validation.pii.misspelt_months import MisspeltMonthDateRecognizer
from medsyn_dataset.validation.pii.morph import normal_form
from medsyn_dataset.validation.pii.name_echoes import NameEchoRecognizer
from medsyn_dataset.validation.pii.named_after import named_after_recognizers
from medsyn_dataset.validation.pii.names import RuPersonRecognizer
from medsyn_dataset.validation.pii.ocr_numbers import ocr_number_recognizers
from medsyn_dataset.validation.pii.other_papers import OTHER_PAPERS
from medsyn_dataset.validation.pii.paper_values import PaperValueRecognizer
from medsyn_dataset.validation.pii.passport_pages import PassportPageRecognizer
from medsyn_dataset.validation.pii.phones import RuPhoneRecognizer
from medsyn_dataset.validation.pii.recognizers import STRUCTURED_RECOGNIZERS
from medsyn_dataset.validation.pii.spoken_ids import spoken_id_recognizers
from medsyn_dataset.validation.pii.table_cells import table_recognizers
from medsyn_dataset.validation.pii.unknown_date_parts import UnknownPartDateRecognizer

_STOPWORDS_CACHE: dict[str, frozenset[str]] = {}


@lru_cache(maxsize=1)
def blank_russian() -> Any:
    """``spacy.blank("ru")``: a tokenizer with no trained pipeline and nothing to download."""
    import spacy

    return spacy.blank(LANGUAGE)


class LazyNlpArtifacts(NlpArtifacts):
    """``NlpArtifacts`` whose tokens, lemmas and keywords are computed on first access."""

    def __init__(self, text: str, nlp_engine: RussianNlpEngine) -> None:  # no super(): nothing eager
        self.text = text
        self.nlp_engine = nlp_engine
        self.entities: list[Any] = []
        self.scores: list[float] = []

    @cached_property
    def tokens(self) -> Any:  # type: ignore[override]
        return blank_russian().make_doc(self.text)

    @cached_property
    def tokens_indices(self) -> list[int]:  # type: ignore[override]
        return [token.idx for token in self.tokens]

    @cached_property
    def lemmas(self) -> list[str]:  # type: ignore[override]
        return [normal_form(token.text) if token.is_alpha else token.text for token in self.tokens]

    @cached_property
    def keywords(self) -> list[str]:  # type: ignore[override]
        return self.set_keywords(self.nlp_engine, self.lemmas, LANGUAGE)

    def to_json(self) -> str:
        _ = self.tokens_indices, self.lemmas, self.keywords
        return super().to_json()


class RussianNlpEngine(NlpEngine):
    """Presidio NLP engine for ``ru`` built from a blank spaCy tokenizer and pymorphy3 lemmas."""

    engine_name = "ru_offline"
    is_available = True

    def __init__(self) -> None:
        self._loaded = False

    def load(self) -> None:
        self._loaded = True  # the tokenizer itself is built on first use

    def is_loaded(self) -> bool:
        return self._loaded

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        if language != LANGUAGE:
            raise ValueError(f"RussianNlpEngine handles language {LANGUAGE!r}, not {language!r}")
        return LazyNlpArtifacts(text, self)

    def process_batch(
        self, texts: Iterable[str], language: str, batch_size: int = 1, n_process: int = 1, **kwargs: Any
    ) -> Iterator[tuple[str, NlpArtifacts]]:
        for text in texts:
            yield text, self.process_text(text, language)

    def is_stopword(self, word: str, language: str) -> bool:
        if language not in _STOPWORDS_CACHE:
            _STOPWORDS_CACHE[language] = frozenset(blank_russian().Defaults.stop_words)
        return word.lower() in _STOPWORDS_CACHE[language]

    def is_punct(self, word: str, language: str) -> bool:
        return bool(word) and not any(ch.isalnum() for ch in word)

    def get_supported_entities(self) -> list[str]:
        return []  # no NER: entities come from recognizers

    def get_supported_languages(self) -> list[str]:
        return [LANGUAGE]


def default_recognizers() -> list[EntityRecognizer]:
    """Fresh instances of every recognizer this package provides for Russian."""
    return [
        *STRUCTURED_RECOGNIZERS,
        OTHER_PAPERS,
        PaperValueRecognizer(),
        BARS,
        RuPhoneRecognizer(),
        RuDateRecognizer(),
        MisspeltMonthDateRecognizer(),
        EventTimeRecognizer(),
        RuPersonRecognizer(),
        RuAddressRecognizer(),
        ErrandAddressRecognizer(),
        EventSpotRecognizer(),
        *table_recognizers(),
        *export_recognizers(),
        *misspelt_label_recognizers(),
        PassportPageRecognizer(),
        *ocr_number_recognizers(),
        *spoken_id_recognizers(),
        *latin_recognizers(),
        *message_recognizers(),
        *foreign_id_recognizers(),
        *named_after_recognizers(),
        NameEchoRecognizer(),
        ForeignPhoneRecognizer(),
        ForeignMonthDateRecognizer(),
        UnknownPartDateRecognizer(),
        IdTaggerRecognizer(),  # last: the learned tagger only fills gaps (scanner.resolve_overlaps)
    ]


def build_analyzer(recognizers: Iterable[EntityRecognizer] | None = None) -> AnalyzerEngine:
    """A Presidio ``AnalyzerEngine`` for ``ru`` that works offline (no spaCy model, no download)."""
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for recognizer in recognizers if recognizers is not None else default_recognizers():
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(registry=registry, nlp_engine=RussianNlpEngine(), supported_languages=[LANGUAGE])
