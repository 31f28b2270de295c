# Two entry points (README): `make demo` sets up and runs the main job on seeds/;
# `make test` sets up and runs the test suite (CI runs it through .ci/run).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= demo.db

.PHONY: setup demo test bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

demo: setup
	$(BIN)/timeline ingest seeds/ --published 2015-06-12 --db $(DB)
	$(BIN)/timeline show --actor "United States" --db $(DB)
	$(BIN)/timeline export --actor Iran --format csv -o iran.csv --db $(DB)

test: setup
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python benchmarks/timex_eval.py

clean:
	rm -rf $(VENV) $(DB) iran.csv .pytest_cache
