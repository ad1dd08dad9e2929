"""Does this tree's PII scanner report exactly what the scanner of another commit reports?

For changes meant to leave every result as it was (speed work, refactoring): both scanners, this
tree's and the one of ``--ref`` (loaded from git into a temporary package, as ``bench_pii`` loads
its speed baseline), scan one fixed corpus, and every entity is compared: type, start, end, score
and recognizer. The corpus:

* the planted notes of ``bench_pii --size small`` with every blind split (tuning and held-out
  families alike: only outputs are compared, nothing is printed about what the families plant);
* the clean real notes: RuMedTop3 dev and train, the hand-checked upstream sample;
* the upstream notes ``bench_pii --size full`` measures speed on;
* variants that take the rare paths: notes in capitals, digits of other scripts (Arabic-Indic,
  fullwidth), characters whose lower case is longer ("İ") or that case-fold onto Cyrillic
  letters ("ᲁ").

``python -m benchmarks.pii_same_output`` (default ``--ref``: where this branch left ``main``);
exit status 1 when any text differs.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import time
from collections.abc import Iterator
from typing import Any

from benchmarks import bench_pii
from medsyn_dataset.validation.pii import PiiScanner

#: characters of the rare paths: "İ" lowers to two characters, "ᲁ" folds onto "д" case-insensitively
_ODD_CHARACTERS = "İᲁᲂ"
_OTHER_DIGITS = (0x0660, 0xFF10)  # Arabic-Indic and fullwidth zeros


def default_ref() -> str:
    """The commit where this branch left ``main`` (``main`` itself when that fails)."""
    try:
        return subprocess.run(["git", "-C", str(bench_pii.REPO), "merge-base", "HEAD", "main"], check=True,
                              capture_output=True, text=True).stdout.strip() or "main"
    except (OSError, subprocess.CalledProcessError):
        return "main"


def corpus(per_family: int = 40) -> Iterator[tuple[str, str]]:
    """(source, text) of the fixed corpus described in the module's docstring."""
    train = bench_pii.rumedtop3("train") or bench_pii.FIXTURE_NOTES
    planted = [row[2] for row in bench_pii.planted_corpus(train, per_family)]
    for blind in bench_pii.BLIND_SPLITS:
        families, blocks = blind.load()
        planted += [row[2] for row in bench_pii.planted_corpus(train, per_family, seed=blind.seed, families=families,
                                                                   blocks=blocks)]
    yield from (("planted", text) for text in planted)
    yield from (("rumedtop3 dev", text) for text in bench_pii.rumedtop3("dev"))
    yield from (("rumedtop3 train", text) for text in bench_pii.rumedtop3("train"))
    upstream = bench_pii.upstream_texts()
    yield from (("upstream clean", text) for text in bench_pii.upstream_clean(upstream))
    rng = random.Random(5)  # the speed sample of bench_pii --size full
    speed = [rng.choice(upstream) for _ in range(bench_pii.SIZES["full"]["speed"])] if upstream else []
    yield from (("upstream speed", text) for text in dict.fromkeys(speed))
    yield from (("fixture", text) for text in bench_pii.FIXTURE_NOTES)
    rng = random.Random(7)
    sample = rng.sample(planted, min(600, len(planted)))
    yield from (("capitals", text.upper()) for text in sample[:200])
    for zero in _OTHER_DIGITS:
        table = str.maketrans({str(d): chr(zero + d) for d in range(10)})
        yield from ((f"digits U+{zero:04X}", text.translate(table)) for text in sample[200:400])
    for index, text in enumerate(sample[400:]):
        cut = rng.randrange(len(text) + 1)
        yield "odd characters", text[:cut] + _ODD_CHARACTERS[index % len(_ODD_CHARACTERS)] + text[cut:]


def entities(found: list[Any]) -> list[tuple[str, int, int, float, str]]:
    return [(e.type, e.start, e.end, e.score, e.recognizer) for e in found]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pii_same_output", description=__doc__.split("\n\n")[0])
    parser.add_argument("--ref", default=None, help="git commit to compare with (default: merge-base of HEAD and main)")
    parser.add_argument("--per-family", type=int, default=bench_pii.SIZES["small"]["per_family"])
    parser.add_argument("--show", type=int, default=10, help="differing texts to print")
    args = parser.parse_args(argv)
    ref = args.ref or default_ref()
    old_class = bench_pii.baseline_scanner_class(ref)
    if old_class is None:
        return 2
    rows = list(corpus(args.per_family))
    texts = [text for _, text in rows]
    started = time.perf_counter()
    new = PiiScanner(n_jobs=1).scan_many(texts)
    old = old_class(n_jobs=1).scan_many(texts)
    differing = [(source, text, entities(a), entities(b)) for (source, text), a, b in zip(rows, old, new, strict=True)
                 if entities(a) != entities(b)]
    by_source: dict[str, int] = {}
    for source, _ in rows:
        by_source[source] = by_source.get(source, 0) + 1
    print(f"compared with {ref}: {len(rows)} texts ({', '.join(f'{k} {v}' for k, v in by_source.items())}), "
          f"{sum(map(len, new))} entities; {time.perf_counter() - started:.0f} s")
    for source, text, before, after in differing[: args.show]:
        print(f"\n[{source}] {text[:160]!r}...")
        print("  only before:", [(e, text[e[1]:e[2]]) for e in before if e not in after])
        print("  only after: ", [(e, text[e[1]:e[2]]) for e in after if e not in before])
    print(f"\ntexts with differences: {len(differing)}")
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main())
