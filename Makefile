# Two commands on a fresh machine: `make demo` (the main job, offline) and `make test`.
# Each creates .venv and installs what it needs; reruns skip installs until pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip
DEMO_OUT ?= build/medsyn
PYTEST_ARGS ?= -n 2
BENCH_SIZE ?= small

.PHONY: demo test bench lint typecheck clean help

help:
	@echo "make demo   - run the offline demo release (template backend) into $(DEMO_OUT)"
	@echo "make test   - run the whole test suite (installs the dev and local extras)"
	@echo "make bench  - run the benchmarks (BENCH_SIZE=small|full)"
	@echo "make lint   - ruff check"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

$(VENV)/.stamp-run: pyproject.toml | $(BIN)/python
	$(PIP) install -q -e .
	@touch $@

# torch==2.13.0 comes with the `local` extra (a CPU wheel; never a bare `torch`); `ray` so the test
# comparing the Ray executor with the local one runs (a local Ray instance of one CPU).
$(VENV)/.stamp-dev: pyproject.toml | $(BIN)/python
	$(PIP) install -q -e ".[dev,local,ray]"
	@touch $@ $(VENV)/.stamp-run

# Offline: template backend, no Hub. Resumable: rerunning skips the finished steps (work folder $(DEMO_OUT).work).
demo: $(VENV)/.stamp-run
	HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1 $(BIN)/medsyn release --config demo --out $(DEMO_OUT)

test: $(VENV)/.stamp-dev
	@HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1 $(BIN)/python -m pytest $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test: no tests were collected; that is a failure, not a pass" >&2; fi; \
	exit $$rc

bench: $(VENV)/.stamp-dev
	HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1 $(BIN)/python -m benchmarks --size $(BENCH_SIZE)

lint: $(VENV)/.stamp-dev
	$(BIN)/ruff check .

typecheck: $(VENV)/.stamp-dev
	$(BIN)/mypy medsyn_dataset

clean:
	rm -rf build .pytest_cache .ruff_cache .mypy_cache
