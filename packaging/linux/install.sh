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
rm -rf "$PREFIX/lib/rescue-desk"
cp -a "$bundle" "$PREFIX/lib/rescue-desk"
ln -sf "$PREFIX/lib/rescue-desk/rescue-desk" "$PREFIX/bin/rescue-desk"
ln -sf "$PREFIX/lib/rescue-desk/rescue-desk-cli" "$PREFIX/bin/rescue-desk-cli"
install -m 644 "$here/cn.rescuedesk.RescueDesk.desktop" "$PREFIX/share/applications/"
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
echo "installed into $PREFIX (run: rescue-desk)"
