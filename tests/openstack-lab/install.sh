#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
# SPDX-License-Identifier: Apache-2.0
#
# Installs what the loopback OpenStack lab (Keystone + Neutron on 127.0.0.1) needs on Debian 12:
# the Python packages of Keystone and Neutron, uwsgi, the MariaDB server binaries and the openstack
# CLI. The service packages (keystone, neutron-server, neutron-common, mariadb-server) are never
# installed: their maintainer scripts start system daemons. Neutron's api-paste.ini is taken from
# the neutron-common .deb instead, unpacked into a cache folder.
#
# Idempotent: what is already there is skipped, apt-get update runs only when a package is unknown.
# Cache folder: $LAB_CACHE_DIR, default /var/cache/podnet-openstack-lab (start.sh uses the same).
set -euo pipefail

cache=${LAB_CACHE_DIR:-/var/cache/podnet-openstack-lab}
packages=(
  python3-keystone python3-neutron python3-neutronclient python3-openstackclient python3-pymysql
  uwsgi-core uwsgi-plugin-python3 mariadb-server-core mariadb-client-core
)

say() { echo "openstack-lab install: $*"; }

missing=()
for p in "${packages[@]}"; do
  [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" = "install ok installed" ] || missing+=("$p")
done

paste_ini=$cache/api-paste.ini
need_paste=0
[ -s "$paste_ini" ] || need_paste=1

if [ "${#missing[@]}" -eq 0 ] && [ "$need_paste" -eq 0 ]; then
  say "nothing to do (${#packages[@]} packages present, $paste_ini present)"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  [ "${#missing[@]}" -gt 0 ] && say "missing packages: ${missing[*]}" >&2
  [ "$need_paste" -eq 1 ] && say "missing $paste_ini" >&2
  say "run this script as root to install them" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
updated=0
apt_update_if_unknown() {
  # Update the package lists once, and only when one of the wanted packages has no candidate.
  local p
  [ "$updated" -eq 1 ] && return 0
  for p in "$@"; do
    # Read the whole output first: grep -q closing the pipe early would fail it under pipefail.
    local policy
    policy=$(apt-cache policy "$p" 2>/dev/null || true)
    if ! grep -q 'Candidate: [0-9]' <<<"$policy"; then
      say "package lists do not know $p: running apt-get update"
      apt-get update -qq
      updated=1
      return 0
    fi
  done
}

if [ "${#missing[@]}" -gt 0 ]; then
  apt_update_if_unknown "${missing[@]}"
  start=$(date +%s)
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  say "installed ${missing[*]} in $(( $(date +%s) - start )) s"
else
  say "all ${#packages[@]} packages present"
fi

if [ "$need_paste" -eq 1 ]; then
  # The api-paste.ini must match the installed Neutron: ask for the same version.
  version=$(dpkg-query -W -f='${Version}' python3-neutron)
  apt_update_if_unknown neutron-common
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  # apt downloads as the _apt user when it can write the folder (no "unsandboxed" warning).
  mkdir "$work/deb"
  chmod 0755 "$work"
  if id _apt >/dev/null 2>&1; then chown _apt "$work/deb"; fi
  if ! (cd "$work/deb" && apt-get download -qq "neutron-common=$version" >/dev/null 2>&1); then
    say "neutron-common $version is not downloadable any more: taking the candidate version"
    (cd "$work/deb" && apt-get download -qq neutron-common >/dev/null)
  fi
  dpkg-deb -x "$work"/deb/neutron-common_*.deb "$work/root"
  mkdir -p "$cache"
  install -m 0644 "$work/root/usr/share/neutron-common/api-paste.ini" "$paste_ini.tmp"
  mv "$paste_ini.tmp" "$paste_ini"
  say "extracted api-paste.ini from neutron-common $version into $cache"
else
  say "$paste_ini present"
fi
