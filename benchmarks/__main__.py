"""Run every benchmark (or `--only NAME ...`) with one size: `python -m benchmarks --size small`."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import time

import benchmarks

#: Benchmarks whose full size takes too long for `make bench BENCH_SIZE=full`: they run small there,
#: and the full sizes by the command given.
SMALL_ONLY = {"scale": "python -m benchmarks.bench_scale --sizes 50k,300k,1M (tens of minutes; corpora cached)"}


def discover() -> list[str]:
    return sorted(m.name.removeprefix("bench_") for m in pkgutil.iter_modules(benchmarks.__path__) if m.name.startswith("bench_"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--size", choices=("small", "full"), default="small")
    parser.add_argument("--only", nargs="*", default=None, help=f"subset of: {', '.join(discover())}")
    args = parser.parse_args(argv)
    names = args.only or discover()
    failed = []
    for name in names:
        if name in SMALL_ONLY and args.size == "full" and not args.only:
            print(f"\n=== benchmark {name}: small size only here; full sizes: {SMALL_ONLY[name]} ===", flush=True)
            name_size = "small"
        else:
            name_size = args.size
        print(f"\n=== benchmark {name} ({name_size}) ===", flush=True)
        started = time.perf_counter()
        module = importlib.import_module(f"benchmarks.bench_{name}")
        rc = module.main(["--size", name_size])
        print(f"=== {name}: exit {rc} in {time.perf_counter() - started:.1f} s ===", flush=True)
        if rc:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
