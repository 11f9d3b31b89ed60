# The two commands of the README: `make run` and `make test`. Everything else is a helper of theirs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install system lint typecheck unit docs bench bench-screen clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

# epoc's own byte-code, written once (only what changed is compiled again): where PYTHONDONTWRITEBYTECODE
# is set, as on the CI machine, every command compiled epoc anew (0.3 s of each `epoc screen`)
install: $(STAMP)
	@$(BIN)/python -m compileall -q src

## make run: install, create the embedded database, import the lists and the demo list, show a summary,
## print one demo account per role, and serve the application at http://$(HOST):$(PORT)
run: install
	$(BIN)/epoc demo
	$(BIN)/epoc users demo
	$(BIN)/epoc serve --host $(HOST) --port $(PORT)

## make test: install (chromium for the browser tests too), then lint, type-check and run the whole suite
test: install system lint typecheck unit

## what the suite needs from the system: chromium for the browser tests, and Unicode's Unihan database
## (Debian's unicode-data), which a test holds the hanja table to; installed with apt-get as root on
## Debian, as .ci/run does; otherwise one line says what to run
SYSTEM_PACKAGES = chromium unicode-data
system:
	@if [ ! -x /usr/bin/chromium ] || [ ! -f /usr/share/unicode/Unihan_Readings.txt.bz2 ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(SYSTEM_PACKAGES); \
	  else \
	    echo "make test needs $(SYSTEM_PACKAGES): run 'sudo apt-get install -y $(SYSTEM_PACKAGES)' first"; \
	    exit 1; \
	  fi; \
	fi

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: install
	$(BIN)/mypy

unit: install
	$(BIN)/pytest -n 2 --dist loadfile

## make docs: regenerate the CLI reference in the README from --help
docs: install
	$(BIN)/python -m epoc.cli.reference --write README.md

bench: install
	$(BIN)/python bench/import_lists.py
	$(BIN)/python bench/web_load.py

## make bench-screen: screening quality, speed against the real lists (and the peer), the 1M-name index
bench-screen: install
	$(BIN)/pip install --quiet -e ".[bench]"
	$(BIN)/python bench/quality.py
	$(BIN)/python bench/screen.py
	$(BIN)/python bench/index_million.py

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache
