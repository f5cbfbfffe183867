#!/bin/sh
# Adds REE Desktop to this user's application menu and registers *.reestory stories
# (XDG: $XDG_DATA_HOME, default ~/.local/share). No root needed. Run from anywhere.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
case $data in /*) ;; *) data=$HOME/.local/share ;; esac
# Exec= quoting (Desktop Entry spec): backslash-escape \ " ` $ inside double quotes.
exec_path=$(printf '%s' "$here/ree-desktop" | sed 's/[\\"`$]/\\&/g')
(cd "$here/share" && find . -type f) | while IFS= read -r file; do
  mkdir -p "$data/$(dirname "$file")"
  cp "$here/share/$file" "$data/$file"
done
desktop_file="$data/applications/ree-desktop.desktop"
# (awk reads the paths from the environment: -v would interpret their backslashes)
EXEC_PATH=$exec_path TRY_PATH="$here/ree-desktop" awk '
  /^Exec=/ { print "Exec=\"" ENVIRON["EXEC_PATH"] "\" %f"; next }
  /^TryExec=/ { print "TryExec=" ENVIRON["TRY_PATH"]; next }
  { print }' "$here/share/applications/ree-desktop.desktop" > "$desktop_file"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t -f "$data/icons/hicolor" || true
echo "installed the menu entry for $here/ree-desktop under $data"
