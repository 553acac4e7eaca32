# Token Atlas: the two commands a new user needs, and a few for contributors.
#   make run   set up, build the database from committed data (no network), serve on 127.0.0.1:8501
#   make test  set up (including Debian's chromium for the browser tests) and run the whole suite

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test build check bench bench-export venv venv-test chromium clean

run: build
	$(PY) -m streamlit run app.py --server.address 127.0.0.1 --server.port 8501 \
		--browser.gatherUsageStats false --server.headless true

build: venv
	$(PY) -m loaders build

check: venv
	$(PY) -m loaders check

test: venv-test chromium
	$(PY) -m pytest

# Scale benchmark at 10 thousand, 1 million and 10 million rows (writes bench/results.md);
# not part of `make test`, which runs it once at the smallest size.
bench: venv-test
	$(PY) bench/run.py

# PNG export timing (writes bench/export-results.md); not part of `make test`.
bench-export: build chromium
	$(PY) bench/export_png.py

venv: $(VENV)/.installed-run
venv-test: $(VENV)/.installed-test

$(PY):
	$(PYTHON) -m venv $(VENV) || { $(SUDO) apt-get update && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y python3-venv && $(PYTHON) -m venv $(VENV); }

$(VENV)/.installed-run: requirements.txt | $(PY)
	$(PY) -m pip install --disable-pip-version-check -q -r requirements.txt
	touch $@

$(VENV)/.installed-test: requirements.txt requirements-test.txt | $(PY)
	$(PY) -m pip install --disable-pip-version-check -q -r requirements-test.txt
	touch $@ $(VENV)/.installed-run

# The browser tests drive Debian's chromium through Playwright; no browser is ever downloaded.
# Noto CJK lets it (and chart exports) draw the Chinese quotes instead of empty boxes.
chromium:
	@{ command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -q "Noto Sans CJK"; } || { \
		$(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y \
		--no-install-recommends chromium fonts-noto-cjk; }

clean:
	rm -rf $(VENV) data/versions data/tokens.duckdb test-results
