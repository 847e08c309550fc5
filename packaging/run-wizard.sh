#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
# SPDX-License-Identifier: Apache-2.0
#
# Installs what PodNet Wizard needs, builds it and starts the wizard in demo mode (a built-in
# cloud on this computer). Arguments are passed to podnet-wizard instead (for example:
# render --help, or -- alone to start the wizard for a real cloud).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
bash packaging/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
# No arguments: demo mode; "--" alone: the wizard for a real cloud. Both need a display.
opens_window=0
if [ $# -eq 0 ]; then
  set -- --demo
  opens_window=1
elif [ $# -eq 1 ] && [ "$1" = "--" ]; then
  set --
  opens_window=1
fi
if [ "$opens_window" -eq 1 ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run-wizard: no display found (DISPLAY and WAYLAND_DISPLAY are empty)." >&2
  echo "run-wizard: start it from a desktop session, or try the command line: build/podnet-wizard --help" >&2
  exit 1
fi
exec build/podnet-wizard "$@"
