#!/usr/bin/env bash
# Build the one-folder bundle of the desk: packaging/dist/rescue-desk/ (rescue-desk to open the
# desk, rescue-desk-cli for the command line). The PC that runs the bundle needs no Python.
#   bash packaging/build.sh            # build
#   bash packaging/build.sh --smoke    # build, then start it offscreen on a fresh database
# The build machine needs binutils (objdump; PyInstaller reads the libraries with it) and, with
# Debian's own Python, libpython3.11. On Windows run it in Git Bash:
#   PYTHON=.venv/Scripts/python.exe bash packaging/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# the venv's Python: .venv/bin/python, or on Windows (Git Bash) .venv/Scripts/python.exe;
# PYTHON=… chooses another
if [ -z "${PYTHON:-}" ] && [ ! -e .venv/bin/python ] && [ -e .venv/Scripts/python.exe ]; then
  PYTHON=.venv/Scripts/python.exe
fi
PY=${PYTHON:-.venv/bin/python}
"$PY" -m pip install -q 'pyinstaller>=6.10,<7'
"$PY" packaging/make_icons.py packaging/build/icons
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath packaging/dist --workpath packaging/build/pyinstaller packaging/rescue-desk.spec
echo "bundle: packaging/dist/rescue-desk/ ($(du -sh packaging/dist/rescue-desk | cut -f1))"
if [ "${1:-}" = "--smoke" ]; then
  # the desk as a clerk starts it, on a fresh database, from a folder without the sources:
  # migrated, the main window shown and answering, a printer test page made; then the command
  # line checks the file it left
  home=$(mktemp -d)
  bundle="$PWD/packaging/dist/rescue-desk"
  # on Windows the windowed rescue-desk.exe has no console to print to: rescue-desk-cli is the
  # same program with one
  desk=rescue-desk
  if [ -e "$bundle/rescue-desk.exe" ]; then desk=rescue-desk-cli; fi
  (cd "$home" && QT_QPA_PLATFORM=offscreen "$bundle/$desk" --home "$home" \
    --db "$home/smoke.db" --smoke) | tee "$home/smoke.txt"
  # the font the bundle carries is the one it prints with (when the build machine had one)
  if [ -d "$bundle/_internal/fonts" ]; then
    grep -q "printing font: $bundle/_internal/fonts/" "$home/smoke.txt" \
      || { echo "the bundle does not print with its own font" >&2; exit 1; }
  fi
  (cd "$home" && "$bundle/rescue-desk-cli" --home "$home" --db "$home/smoke.db" check)
  rm -rf "$home"
fi
