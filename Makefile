# The two set-up commands of the README: `make run` and `make test`. Everything else builds on them.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
COMPILED := build/mypyc/extractor_version
export DAGSTER_HOME := $(CURDIR)/dagster_home

.PHONY: install run test dev eval bench docs report browser-deps lint clean

$(BIN)/newswh: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

# The extractor compiled with mypyc (orchestration/compiled.py), built again whenever its files change;
# until then, and without a C compiler, the plain modules run.
$(COMPILED): $(BIN)/newswh $(wildcard orchestration/extraction/*.py orchestration/extraction/*.json)
	$(BIN)/python -m orchestration.compiled

install: $(BIN)/newswh $(COMPILED)

run: install  ## materialize every asset on ARTICLES_DIR (default seeds/) into WAREHOUSE_PATH
	$(BIN)/newswh run

test: install  ## the whole test suite (what CI runs)
	$(BIN)/pytest -q

dev: install  ## the Dagster UI on http://127.0.0.1:3000
	$(BIN)/dagster dev -h 127.0.0.1 -p 3000 -m orchestration.definitions

eval: install  ## score the extractor on ../shared/eval (skips without it)
	$(BIN)/python -m orchestration.evaluation

docs: install  ## dbt docs (every model and column described) in dbt_project/target; serve with `newswh dbt docs serve`
	$(BIN)/newswh dbt docs generate

bench: install  ## speed and memory figures on ../shared/corpus (skips without it)
	$(BIN)/python -m orchestration.benchmark

report: install  ## write <warehouse dir>/report/index.html from the current warehouse
	$(BIN)/dagster asset materialize -m orchestration.definitions --select warehouse_report

browser-deps:  ## headless Chromium for tests/test_browser.py (Debian packages, needs root)
	apt-get update && apt-get install -y --no-install-recommends chromium fonts-dejavu-core

lint: install
	$(BIN)/ruff check orchestration tests
	$(BIN)/ruff format --check orchestration tests
	$(BIN)/mypy

clean:
	rm -rf build warehouse/*.duckdb* dbt_project/target dagster_home/storage dagster_home/history dagster_home/schedules dagster_home/logs
