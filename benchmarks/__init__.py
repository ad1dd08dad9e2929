"""Performance and real-data runs (`make bench`). Each `bench_<name>.py` has `main(argv) -> int`
and runs standalone: `python -m benchmarks.bench_<name> --size small|full`."""
