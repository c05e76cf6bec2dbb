#!/usr/bin/env bash
# Build the one-folder bundle of the desk: packaging/dist/rescue-desk/ (rescue-desk to open the
# desk, rescue-desk-cli for the command line). The PC that runs the bundle needs no Python.
#   bash packaging/build.sh            # build
#   bash packaging/build.sh --smoke    # build, then start it offscreen on a throw-away demo
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
"$PY" -m pip install -q 'pyinstaller>=6.10,<7'
"$PY" packaging/make_icons.py packaging/build/icons
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath packaging/dist --workpath packaging/build/pyinstaller packaging/rescue-desk.spec
echo "bundle: packaging/dist/rescue-desk/ ($(du -sh packaging/dist/rescue-desk | cut -f1))"
if [ "${1:-}" = "--smoke" ]; then
  home=$(mktemp -d)
  QT_QPA_PLATFORM=offscreen packaging/dist/rescue-desk/rescue-desk-cli --home "$home" \
    --db "$home/smoke.db" --smoke
  rm -rf "$home"
fi
