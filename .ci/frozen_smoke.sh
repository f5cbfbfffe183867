#!/usr/bin/env bash
# Renders every panel with an app command from a scratch folder, offscreen, and checks each
# PNG is the asked size and not blank; also the Overview in Chinese with no system fonts.
# Usage: .ci/frozen_smoke.sh CHECKER_PYTHON APP [ARGS…]
# (APP: the frozen dist/ree-desktop/ree-desktop, or an installed wheel's ree-desktop).
set -euo pipefail
checker=$1; shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
for panel in overview value-chain countries demand prices data; do
  QT_QPA_PLATFORM=offscreen REE_DESKTOP_USER_DB="$work/user.db" \
    "$@" --panel "$panel" --size 1280x800 --screenshot "$work/$panel.png" >/dev/null
done
# The Chinese interface with no system fonts at all: the bundled font draws it.
printf '<?xml version="1.0"?><fontconfig><cachedir>%s/fc</cachedir></fontconfig>\n' "$work" \
  > "$work/fonts.conf"
QT_QPA_PLATFORM=offscreen REE_DESKTOP_USER_DB="$work/user.db" FONTCONFIG_FILE="$work/fonts.conf" \
  "$@" --lang zh_CN --panel overview --size 1280x800 --screenshot "$work/zh-overview.png" >/dev/null
QT_QPA_PLATFORM=offscreen "$checker" - "$work"/*.png <<'PY'
import sys
from PySide6.QtGui import QGuiApplication, QImage
app = QGuiApplication([])
for name in sys.argv[1:]:
    image = QImage(name)
    assert (image.width(), image.height()) == (1280, 800), (name, image.width(), image.height())
    colours = {image.pixel(x, y) for x in range(0, 1280, 37) for y in range(0, 800, 23)}
    assert len(colours) > 5, f"{name}: a blank window"
    print("renders:", name.rsplit("/", 1)[1])
PY
