#!/bin/bash
# SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
# SPDX-License-Identifier: Apache-2.0
#
# Renders every page of the wizard in demo mode, in English and Korean, under Xvfb at
# 1280x800 and at 2x scaling (2560x1600), into docs/screenshots/{1x,2x}/{en,ko}/.
# Usage: bash tests/screenshots/take.sh   (after packaging/install-deps.sh; BUILD_DIR=build-screenshots)
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
build=${BUILD_DIR:-$top/build-screenshots}
if [ ! -f "$build/build.ninja" ]; then
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" >/dev/null
fi
cmake --build "$build" --target podnet-screenshot-tour
tour="$build/tests/screenshots/podnet-screenshot-tour"
out="$top/docs/screenshots"

xvfb_pid=
stop_xvfb() {
  if [ -n "$xvfb_pid" ]; then
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
    xvfb_pid=
  fi
}
trap stop_xvfb EXIT

# $1 display number, $2 screen size, $3 scale factor, $4 output folder
take() {
  Xvfb ":$1" -screen 0 "$2x24" -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 50); do
    DISPLAY=":$1" xdpyinfo >/dev/null 2>&1 && break
    sleep 0.1
  done
  for language in en ko; do
    rm -rf "${4:?}/$language"
    DISPLAY=":$1" QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR="$3" HOME="$(mktemp -d)" \
      "$tour" "$4/$language" "$language"
  done
  stop_xvfb
}

take 91 1280x800 1 "$out/1x"
take 92 2560x1600 2 "$out/2x"
echo "screenshots written to $out"
