#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
# SPDX-License-Identifier: Apache-2.0
#
# Benchmark (issue 5 §6): 5,000 nodes and 100,000 watch events through the engine's watcher and
# the node table model, then the same burst through `kubectl get nodes -w`, in one run.
# Prints events/s, the longest event-loop stall, peak RSS and kubectl's time over ours.
#
# usage: tests/benchmarks/node-table.sh        NODES=5000 EVENTS=100000 BUILD_DIR=build-bench
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-$root/build-bench}
nodes=${NODES:-5000}
events=${EVENTS:-100000}
kubectl=${KUBECTL:-/usr/lib/google-cloud-sdk/bin/kubectl.1.32}
[ -x "$kubectl" ] || kubectl=$(command -v kubectl || true)

if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$build" --target podnet-nodes-bench podnet-kube-sim >/dev/null

"$build/tests/benchmarks/podnet-nodes-bench" --sim "$build/tests/sim/kube/podnet-kube-sim" \
  --kubectl "$kubectl" --nodes "$nodes" --events "$events"
