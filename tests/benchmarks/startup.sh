#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
# SPDX-License-Identifier: Apache-2.0
#
# Benchmark (issue 6 §6, first half): cold start of podnet-wizard to its first painted page, and
# its peak RSS, against a minimal Qt 6 QWizard built in the same tree with the same flags
# (startup/minimal_wizard.cpp), in one run. Both run RUNS times, alternately, on one Xvfb
# server started here (no TCP; the display number is chosen by Xvfb), through the real xcb
# platform plugin, as on a desktop. Target: at most 1.5x the minimal program's time and memory.
#
# usage: tests/benchmarks/startup.sh        RUNS=15 WARMUP=2 BUILD_DIR=build-bench LANG=C.UTF-8
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-$root/build-bench}
runs=${RUNS:-15}
warmup=${WARMUP:-2}

if [ ! -f "$build/build.ninja" ]; then
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" >/dev/null
fi
cmake --build "$build" --target podnet-wizard podnet-minimal-wizard podnet-startup-bench >/dev/null

work=$(mktemp -d /tmp/podnet-startup.XXXXXX)
xvfb=
cleanup() {
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x800x24 3>"$work/display" 2>"$work/xvfb.log" &
xvfb=$!
for _ in $(seq 100); do
  [ -s "$work/display" ] && break
  sleep 0.1
done
[ -s "$work/display" ] || { cat "$work/xvfb.log" >&2; echo "startup: Xvfb did not start" >&2; exit 1; }

# Both programs get the same clean environment: their own HOME (no remembered settings), the
# virtual display, no Wayland.
mkdir -m 700 "$work/home" "$work/runtime"
display=$(head -n1 "$work/display")
export DISPLAY=":$display" QT_QPA_PLATFORM=xcb HOME="$work/home" \
  XDG_CONFIG_HOME="$work/home/config" XDG_CACHE_HOME="$work/home/cache" \
  XDG_RUNTIME_DIR="$work/runtime" LANG=${LANG:-C.UTF-8}
unset WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
session_bus=()
command -v dbus-run-session >/dev/null && session_bus=(dbus-run-session --)

echo "startup benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)," \
  "Xvfb $DISPLAY 1280x800x24, LANG=$LANG, $(grep -m1 CMAKE_BUILD_TYPE: "$build/CMakeCache.txt" | cut -d= -f2) build"
# A session bus of its own, as on a desktop: without one, the first Qt program to look for it
# would autolaunch a bus bound to the X display (dbus-launch) and pay for that inside its run.
"${session_bus[@]}" "$build/tests/benchmarks/podnet-startup-bench" --runs "$runs" --warmup "$warmup" \
  --minimal "$build/tests/benchmarks/podnet-minimal-wizard" --ours "$build/podnet-wizard"
