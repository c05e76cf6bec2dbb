#!/usr/bin/env bash
# Install the built bundle for all users of this Linux PC (run as root), or for one user with
# PREFIX=~/.local. The data folder (~/.local/share/rescue-desk) is never touched.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bundle="$here/../dist/rescue-desk"
PREFIX=${PREFIX:-/usr/local}
[ -x "$bundle/rescue-desk" ] || { echo "build the bundle first: bash packaging/build.sh" >&2; exit 1; }
mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$PREFIX/share/applications" "$PREFIX/share/metainfo" \
  "$PREFIX/share/icons/hicolor/scalable/apps"
PREFIX=$(cd "$PREFIX" && pwd)  # absolute: the menu entry names the program by its full path
rm -rf "$PREFIX/lib/rescue-desk"
cp -a "$bundle" "$PREFIX/lib/rescue-desk"
ln -sf "$PREFIX/lib/rescue-desk/rescue-desk" "$PREFIX/bin/rescue-desk"
ln -sf "$PREFIX/lib/rescue-desk/rescue-desk-cli" "$PREFIX/bin/rescue-desk-cli"
# the menu entry runs the program by its full path: $PREFIX/bin need not be on PATH (a menu
# entry whose TryExec is not found is hidden); a path with a space is quoted for Exec
program="$PREFIX/bin/rescue-desk"
exec_value=$program
case $program in *[[:space:]]*) exec_value="\"$program\"" ;; esac
sed_escape() { printf '%s' "$1" | sed -e 's/[\\|&]/\\&/g'; }
sed -e "s|^Exec=rescue-desk\$|Exec=$(sed_escape "$exec_value")|" \
    -e "s|^TryExec=rescue-desk\$|TryExec=$(sed_escape "$program")|" \
    "$here/cn.rescuedesk.RescueDesk.desktop" > "$PREFIX/share/applications/cn.rescuedesk.RescueDesk.desktop"
chmod 644 "$PREFIX/share/applications/cn.rescuedesk.RescueDesk.desktop"
grep -Fqx "TryExec=$program" "$PREFIX/share/applications/cn.rescuedesk.RescueDesk.desktop" ||
  { echo "the menu entry's Exec/TryExec lines were not rewritten" >&2; exit 1; }
install -m 644 "$here/cn.rescuedesk.RescueDesk.metainfo.xml" "$PREFIX/share/metainfo/"
install -m 644 "$here/../../resources/icons/rescue-desk.svg" \
  "$PREFIX/share/icons/hicolor/scalable/apps/cn.rescuedesk.RescueDesk.svg"
for size in 16 24 32 48 64 128 256; do
  png="$here/../build/icons/rescue-desk-$size.png"
  if [ -f "$png" ]; then
    mkdir -p "$PREFIX/share/icons/hicolor/${size}x${size}/apps"
    install -m 644 "$png" "$PREFIX/share/icons/hicolor/${size}x${size}/apps/cn.rescuedesk.RescueDesk.png"
  fi
done
echo "installed into $PREFIX (run: $program; the command line: $PREFIX/bin/rescue-desk-cli)"
