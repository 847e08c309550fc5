#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
# SPDX-License-Identifier: Apache-2.0
#
# CI for the Debian package (issue 6 §5): validates the desktop entry and the AppStream metainfo,
# builds the .deb with CPack from a Release build (build-package/, reused when present), installs
# it with apt (which resolves its Depends), and runs the installed podnet-wizard: --version and a
# headless render. The package stays installed. Needs root (or sudo) for apt.
#
# usage: packaging/check-package.sh           BUILD_DIR=build-package
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$top/build-package}
started=$(date +%s)
say() { echo "check-package: $*"; }
fail() { echo "check-package: FAILED: $*" >&2; exit 1; }

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || fail "apt needs root: run this as root or install sudo"
  as_root=(sudo)
fi

# 1. The files the package installs, as they are in the source tree.
REQUIRE_TOOLS=1 bash "$top/tests/check-desktop-files.sh"

# 2. A Release build of the application alone (no tests), then the .deb. (ccache, where a
# developer has it, shares objects between clones through CCACHE_BASEDIR.)
export CCACHE_BASEDIR="$top"
if [ ! -f "$build/build.ninja" ]; then
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  # A unity build: the sources were just built and tested file by file (the ci preset); here
  # only the product is compiled, several files at a time, which is much faster.
  cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPODNET_BUILD_TESTS=OFF \
    -DCMAKE_UNITY_BUILD=ON -DCMAKE_UNITY_BUILD_BATCH_SIZE=16 "${launcher[@]}" >/dev/null
fi
cmake --build "$build" --target podnet-wizard
rm -f "$build"/podnet-wizard_*.deb
(cd "$build" && cpack -G DEB --config CPackConfig.cmake >/dev/null)
debs=("$build"/podnet-wizard_*.deb)
if [ "${#debs[@]}" -ne 1 ] || [ ! -f "${debs[0]}" ]; then
  fail "cpack made no podnet-wizard_*.deb in $build"
fi
deb=${debs[0]}
say "built $(basename "$deb")"
dpkg-deb --field "$deb" Package Version Section Depends Recommends

# The control fields and the file list say what we promise.
depends=$(dpkg-deb --field "$deb" Depends)
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libyaml-cpp0.7 libqt6keychain1 \
  qt6-qpa-plugins libqt6svg6; do
  grep -qE "(^|, )$lib( |,|$)" <<<"$depends" || fail "Depends lacks $lib: $depends"
done
grep -q 'fonts-noto-cjk' <<<"$(dpkg-deb --field "$deb" Recommends)" || fail "Recommends lacks fonts-noto-cjk"
contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
for path in ./usr/bin/podnet-wizard \
  ./usr/share/applications/org.podnet.PodNetWizard.desktop \
  ./usr/share/metainfo/org.podnet.PodNetWizard.metainfo.xml \
  ./usr/share/icons/hicolor/scalable/apps/org.podnet.PodNetWizard.svg \
  ./usr/share/doc/podnet-wizard/copyright; do
  grep -qxF "$path" <<<"$contents" || fail "the package lacks $path"
done

# 3. Install it the way a user would; --reinstall so a rebuilt package of the same version
# replaces the installed one.
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall "$deb" >/dev/null
dpkg-query -W -f='${Status}\n' podnet-wizard | grep -q 'install ok installed' || fail "not installed"
desktop-file-validate /usr/share/applications/org.podnet.PodNetWizard.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.podnet.PodNetWizard.metainfo.xml >/dev/null

# 4. The installed program runs without a display.
version=$(/usr/bin/podnet-wizard --version)
say "installed: $version"
project_version=$(sed -n 's/^  VERSION \([0-9.]*\)$/\1/p' "$top/CMakeLists.txt")
grep -qF "$project_version" <<<"$version" || fail "--version says '$version', not $project_version"

out=$(mktemp -d /tmp/podnet-check-package.XXXXXX)
trap 'rm -rf "$out"' EXIT
HOME=$out QT_QPA_PLATFORM=offscreen /usr/bin/podnet-wizard render \
  --api-server https://10.240.0.10:6443 --template builtin -o "$out/kube-router.yaml" \
  || fail "render exited with $?"
manifest=$out/kube-router.yaml
[ -s "$manifest" ] || fail "render wrote nothing to $manifest"
grep -q 'server: https://10.240.0.10:6443' "$manifest" || fail "the API server is not in the manifest"
if grep -q '%[A-Z]*%' "$manifest"; then fail "a %PLACEHOLDER% is left in the manifest"; fi
kinds=$(grep -E '^kind: ' "$manifest" | sort | tr '\n' ' ')
[ "$kinds" = "kind: ClusterRole kind: ClusterRoleBinding kind: ConfigMap kind: DaemonSet kind: ServiceAccount " ] \
  || fail "unexpected objects in the manifest: $kinds"

say "ok: $(basename "$deb") validated, built, installed and run in $(($(date +%s) - started)) s"
