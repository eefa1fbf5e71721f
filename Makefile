# orbat — the two front-door commands are `make demo` and `make test`.
PY      ?= python3
VENV    ?= .venv
BIN      = $(VENV)/bin
STAMP    = $(VENV)/.installed
DEMO_DB ?= demo.db

.PHONY: setup system-deps demo test lint bench lock clean

$(STAMP): requirements.lock pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

setup: $(STAMP)  ## create .venv with the locked dependencies and orbat

system-deps:  ## Debian packages some tests need: chromium, postgresql, a Java runtime
	scripts/system-deps.sh

demo: $(STAMP)  ## ingest the example corpus into a fresh demo.db and show the knowledge base
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/orbat ingest examples --db $(DEMO_DB)
	$(BIN)/python -m orbat.demo --db $(DEMO_DB)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

test: system-deps $(STAMP)  ## system packages if missing, lint, then the whole test suite
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/extract.py

lock:  ## re-resolve requirements.lock from pyproject.toml (needs pip-tools)
	$(BIN)/pip-compile --quiet --allow-unsafe --generate-hashes --extra dev \
	  --no-emit-index-url --no-emit-find-links --strip-extras \
	  --output-file requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) $(DEMO_DB) .pytest_cache .ruff_cache
