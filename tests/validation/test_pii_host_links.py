"""PII that generalises (issue #10, round 26): links without a scheme to a host with no public domain, an intranet
name ("mis.gkb12.local") or an IPv4 address with a port or a path, as staff paste them into tickets and audit logs.
Marks as in :mod:`support.pii_marks`."""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

FOUND = {
    "local-suffix-path": "см. [[U|pacs.okb.local/emk/patient/6530131]] обратился",
    "lan-suffix-port": "Ошибка 500 при открытии [[U|sd.gkb12.lan:8443/ticket/21478]] В течение",
    "internal-suffix-bare": "Портал: [[U|portal.gkb1.internal]]",
    "ip-port-path": "см. [[U|10.12.0.45:8080/lk/record/6037827/edit]] снижение зрения",
    "ip-letter-path": "Открыть [[U|192.168.1.20/viewer/study/55123]] в PACS.",
    "ip-port": "сервер МИС [[U|192.168.1.10:443]] недоступен",
}


@pytest.mark.parametrize("source", list(FOUND.values()), ids=list(FOUND))
def test_private_links_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    # four numbers alone, or with a number after a slash: a version, a fraction, a code
    "Версия МИС 1.2.3.4, АД 120/80.",
    "Код 10.12.0.45/5 в реестре.",
    # a word after a stop that is no private suffix
    "Пациент гулял в парке.local анализ",
]


@pytest.mark.parametrize("text", CLEAN)
def test_numbers_and_words_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type == "URL"] == []
