"""The passport rules' handed-off values are kept per thread: a scanner running in threads must not report one
text's handed-off number in another text (or lose it)."""

import threading
from concurrent.futures import ThreadPoolExecutor

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.document_typing import handed_off


def test_each_thread_keeps_its_own_handed_off_values() -> None:
    mine = handed_off()
    mine.clear()
    mine.append((1, 2, 0.9))
    other: list[list[tuple[int, int, float]]] = []
    thread = threading.Thread(target=lambda: other.append(list(handed_off())))
    thread.start()
    thread.join()
    assert other == [[]]  # the other thread sees none of this thread's values
    assert handed_off() == [(1, 2, 0.9)]
    mine.clear()


def test_scans_in_threads_report_what_one_thread_reports() -> None:
    texts = [f"Удостоверение ветерана {10 + i} {20 + i} {567890 + i}. Осмотр." for i in range(40)]
    texts += ["Паспорт 4509 123456, выдан ОВД.", "Жалоб нет."] * 20
    scanner = PiiScanner(n_jobs=1)
    alone = [scanner.scan_fast(text) for text in texts]
    assert any(e.recognizer == "RuPassportHandedOff" for found in alone for e in found)
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(scanner.scan_fast, texts)) == alone
