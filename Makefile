# The two commands of the README: `make demo` (set up, run on the bundled sample) and
# `make test` (set up, run the tests). Both work on a fresh clone with Python >= 3.10.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
GOLD ?= ../shared/gold/dev

.PHONY: setup demo test eval bench clean

$(BIN)/warta: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(BIN)/warta

setup: $(BIN)/warta

demo: setup
	mkdir -p out
	$(BIN)/warta extract src/warta/samples -o out/sample.jsonl --errors out/errors.jsonl
	$(BIN)/warta show out/sample.jsonl --id sindonews-kursk

test: setup
	$(BIN)/pytest -q

# The web UI and the HTTP API on the bundled sample, at http://127.0.0.1:8000/
.PHONY: serve
serve: setup
	mkdir -p out
	$(BIN)/warta ingest src/warta/samples --db sqlite:///out/warta.db
	$(BIN)/warta serve --db sqlite:///out/warta.db

eval: setup
	$(BIN)/warta eval $(GOLD)

bench: setup
	$(BIN)/warta bench

clean:
	rm -rf $(VENV) out build *.egg-info src/*.egg-info
