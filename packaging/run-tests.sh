#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
# SPDX-License-Identifier: Apache-2.0
#
# Installs what PodNet Wizard needs, builds it with warnings as errors and runs every test:
# unit, CLI and offscreen GUI tests, clang-format and the Korean translation check; then builds,
# installs and runs the Debian package (packaging/check-package.sh).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
bash packaging/install-deps.sh
# Real Keystone and Neutron for the integration tests (Debian's packages, started on 127.0.0.1).
bash tests/openstack-lab/install.sh
# ccache, when a developer has it, makes a rerun from another clone cheap; CI does not need it.
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR="$top"
fi
cmake --preset ci "${launcher[@]}" >/dev/null
cmake --build --preset ci
ctest --preset ci --parallel 2
# The Debian package: validate, build (Release, build-package/), install with apt, run it.
bash packaging/check-package.sh
