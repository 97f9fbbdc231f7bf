# The README's two commands are `make run` and `make test`; both depend on
# `setup`, which installs what a fresh Debian machine lacks (run as root).
PY      ?= python3.11
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
APT_PKGS := tesseract-ocr tesseract-ocr-ron tesseract-ocr-eng tesseract-ocr-osd \
            poppler-utils fonts-dejavu-core fonts-dejavu-extra fonts-liberation \
            fonts-freefont-ttf dovecot-imapd prometheus

.PHONY: setup run test test-unit lint typecheck bench eval proof ocr-variants clean

setup: $(STAMP)

$(STAMP): pyproject.toml scripts/setup-system.sh Makefile
	bash scripts/setup-system.sh $(APT_PKGS)
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

run: setup
	$(BIN)/registratura serve

# Tests run on one pytest-xdist worker per core (at most 4): the suite is mostly
# OCR and subprocesses, CPU-bound, and took 24 min on one core of CI's two. Every
# test makes its own database, queue names and key prefix, so workers do not
# share state. `make test TEST_WORKERS=0` runs it in one process.
TEST_WORKERS ?= $(shell n=$$(nproc 2>/dev/null || echo 1); [ $$n -gt 4 ] && n=4; echo $$n)

test: setup
	bash scripts/start-services.sh
	$(BIN)/pytest -q -ra -n $(TEST_WORKERS) --durations=15 $(PYTEST_ARGS)

test-unit: setup
	$(BIN)/pytest -q -ra -n $(TEST_WORKERS) tests/unit

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: setup
	$(BIN)/mypy

# `report` on 100,000 requests is timed on PostgreSQL too (a database of its own, dropped after).
bench: setup
	bash scripts/start-services.sh
	$(BIN)/python -m bench.run

eval: setup
	$(BIN)/python -m bench.evaluate

# Durability and bounds, proved on real processes (issue 13): SIGKILLs during SMTP and
# worker runs, broker and database outages, hostile inputs; one table, exit 1 on a FAIL.
# The full form takes 10-20 minutes; PROOF_ARGS=--quick is the bounded one CI runs.
proof: setup
	bash scripts/start-services.sh
	$(BIN)/python -m bench.proof $(PROOF_ARGS)

# Page segmentation, binarisation and deskew variants against the eval corpus
# (CER, CPU, fields per page kind; 4-6 minutes): why the OCR defaults are what they are.
ocr-variants: setup
	$(BIN)/python -m bench.ocr_variants

clean:
	rm -rf $(VENV) var .pytest_cache
