# make run / make test create .venv on first use; neither installs system packages nor needs
# root. Qt's system libraries are a one-time, explicit step: `sudo make system-deps`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint db build dist bench clean system-deps check-qt install-desktop \
	uninstall-desktop icons translations font

$(STAMP): pyproject.toml setup.py
	@command -v $(PY) >/dev/null || { echo "python3 is needed: sudo apt-get install -y python3 python3-venv"; exit 1; }
	@[ -x $(BIN)/python ] || $(PY) -m venv $(VENV) || { echo "python3-venv is needed: sudo apt-get install -y python3-venv"; exit 1; }
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,build]'
	@touch $(STAMP)

# Installs the Debian/Ubuntu packages Qt needs (and CI's tools) with apt: needs root/sudo.
system-deps:
	@bash .ci/system-deps

# Stops with the exact install command when Qt cannot start here.
check-qt: $(STAMP)
	@bash .ci/check-qt $(BIN)/python

run: $(STAMP)
	@bash .ci/check-qt $(BIN)/python
	$(BIN)/ree-desktop

test: $(STAMP)
	@bash .ci/check-qt $(BIN)/python offscreen
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(BIN)/ruff check .

lint: $(STAMP)
	$(BIN)/ruff check .

db: $(STAMP)
	$(BIN)/python -m ree_desktop.data.build

build: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean build.spec

# The release artefact: the one-folder build + desktop file, icons, README and licences,
# packed as dist/ree-desktop-VERSION-PLATFORM.tar.zst (.tar.gz without zstd).
dist: build
	$(BIN)/python .ci/pack_dist.py

# Desktop integration for this user (XDG; honours XDG_DATA_HOME). Installs the desktop file
# whose Exec is the ree-desktop-gui next to this checkout's venv unless EXEC is given.
install-desktop: $(STAMP)
	$(BIN)/python -m ree_desktop.desktop install $(if $(EXEC),--exec "$(EXEC)")

uninstall-desktop:
	$(PY) -m ree_desktop.desktop uninstall

# Regenerates resources/icons/ree-desktop.ico and .icns from the PNGs (committed).
icons: $(STAMP)
	$(BIN)/python -m ree_desktop.desktop icons

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py --quick

clean:
	rm -rf build dist .pytest_cache .ruff_cache

# Extracts every translatable string into the .ts (translations kept) and compiles the .qm.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(git ls-files 'ree_desktop/*.py') -locations none -no-obsolete \
		-ts resources/translations/ree_desktop_zh_CN.ts
	$(BIN)/pyside6-lrelease resources/translations/ree_desktop_zh_CN.ts \
		-qm resources/translations/ree_desktop_zh_CN.qm

# Regenerates resources/fonts/NotoSansSC-Subset.otf (committed) from Debian's fonts-noto-cjk
# (`apt-get install -y fonts-noto-cjk`) with fontTools, a dev tool: see tools/subset_font.py.
font: $(STAMP)
	$(BIN)/python -m pip install -q fonttools
	$(BIN)/python tools/subset_font.py
