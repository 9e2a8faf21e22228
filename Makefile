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

eval: setup
	$(BIN)/warta eval $(GOLD)

bench: setup
	$(BIN)/warta bench

clean:
	rm -rf $(VENV) out build *.egg-info src/*.egg-info
