# The two commands a newcomer runs: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test rules-test bench clean

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

# The tests run on every core (pytest-xdist): each worker keeps its own caches (tests/conftest.py).
test: $(STAMP)
	$(PY) -m cleaner rules test
	$(PY) -m pytest -q -n auto

# Speed, start-up and quality against baselines run in the same process (not part of make test).
bench: $(STAMP)
	$(PY) -m pip install --quiet -e '.[bench]'
	$(PY) -m bench.speed
	$(PY) -m bench.real_text
	$(PY) -m bench.jobs
	$(PY) -m bench.html_speed
	$(PY) -m bench.sampled
	$(PY) -m bench.startup
	$(PY) -m bench.hook_install
	$(PY) -m bench.quality
	$(PY) -m bench.html_quality

clean:
	rm -rf out build dist .pytest_cache
