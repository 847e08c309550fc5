#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
# SPDX-License-Identifier: Apache-2.0
#
# Installs everything PodNet Wizard needs to build, run and test on Debian 12.
# Idempotent and non-interactive: packages already present are skipped.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-qpa-plugins libgl-dev
  qtkeychain-qt6-dev libyaml-cpp-dev
  # QtKeychain reaches the Secret Service through libsecret, which it loads at run time.
  libsecret-1-0
  # The built-in Kubernetes simulator makes its own CA and server certificate with openssl.
  openssl
  fonts-noto-cjk
  clang-format
  sed
  # Tests: a real Secret Service on a private D-Bus, and the real openstack client that judges
  # the OpenStack simulator.
  dbus-daemon gnome-keyring
  python3-openstackclient
  # The window icon is an SVG: Qt's SVG icon engine.
  libqt6svg6
  # The Debian package (packaging/check-package.sh): CPack's shlibdeps, and the validators of the
  # desktop entry, the AppStream metainfo and the icon.
  dpkg-dev file desktop-file-utils appstream libxml2-utils
  # The startup benchmark (tests/benchmarks/startup.sh) runs the wizard on a virtual X server.
  xvfb
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages: ${missing[*]}" >&2
  echo "install-deps: run this script as root (or with sudo) to install them" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: installed ${missing[*]}"
