# make run / make test create .venv on first use.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ISOLATED := tests/test_ui_stories.py tests/test_ui_theme.py

.PHONY: run test lint db build bench clean

$(STAMP): pyproject.toml
	@bash .ci/system-deps
	@command -v $(PY) >/dev/null || { echo "python3 is needed: sudo apt-get install -y python3 python3-venv"; exit 1; }
	@[ -x $(BIN)/python ] || $(PY) -m venv $(VENV) || { echo "python3-venv is needed: sudo apt-get install -y python3-venv"; exit 1; }
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,build]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/ree-desktop

test: $(STAMP)
	# Presentation and theme tests change the app-wide font; they run in their own process so
	# that no widget left over from another test is half-deleted when the font changes.
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(ISOLATED:%=--ignore=%)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(ISOLATED)
	$(BIN)/ruff check .

lint: $(STAMP)
	$(BIN)/ruff check .

db: $(STAMP)
	$(BIN)/python -m ree_desktop.data.build

build: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean build.spec

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py --quick

clean:
	rm -rf build dist .pytest_cache .ruff_cache
