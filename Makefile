# The two commands a newcomer runs: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test rules-test clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Clean the bundled fixtures into out/text and out/html, with the audit of every removal on stderr.
run: $(STAMP)
	$(PY) -m cleaner clean fixtures/input -o out/text --explain
	$(PY) -m cleaner clean fixtures/html -o out/html --explain

rules-test: $(STAMP)
	$(PY) -m cleaner rules test

test: $(STAMP)
	$(PY) -m cleaner rules test
	$(PY) -m pytest -q

clean:
	rm -rf out build dist .pytest_cache
