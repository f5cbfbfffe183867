#!/bin/sh
# Removes what install-desktop.sh added (and nothing else).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
case $data in /*) ;; *) data=$HOME/.local/share ;; esac
(cd "$here/share" && find . -type f) | while IFS= read -r file; do rm -f "$data/$file"; done
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t -f "$data/icons/hicolor" || true
echo "removed REE Desktop's menu entry from $data"
