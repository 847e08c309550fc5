#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
# SPDX-License-Identifier: Apache-2.0
#
# Validates the desktop entry (desktop-file-validate), the AppStream metainfo
# (appstreamcli validate --no-net) and the icon (well-formed XML), and checks that all of them use
# the one reverse-DNS id. Usage: check-desktop-files.sh [FOLDER] (default resources/desktop).
# Exits 77 (CTest: skipped) when a tool is missing, unless REQUIRE_TOOLS=1 (CI: fail instead).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-$top/resources/desktop}
id=org.podnet.PodNetWizard

for tool in desktop-file-validate appstreamcli xmllint; do
  if ! command -v "$tool" >/dev/null; then
    echo "check-desktop-files: $tool not found; install desktop-file-utils, appstream and" \
      "libxml2-utils (packaging/install-deps.sh)" >&2
    [ "${REQUIRE_TOOLS:-0}" = 1 ] && exit 1
    echo "check-desktop-files: SKIPPED" >&2
    exit 77
  fi
done

desktop=$dir/$id.desktop
metainfo=$dir/$id.metainfo.xml
icon=$dir/$id.svg
for f in "$desktop" "$metainfo" "$icon"; do
  [ -f "$f" ] || { echo "check-desktop-files: missing $f" >&2; exit 1; }
done

# desktop-file-validate exits 0 on hints; errors and warnings fail.
out=$(desktop-file-validate "$desktop" 2>&1) || { echo "$out" >&2; exit 1; }
if grep -E ': (error|warning):' <<<"$out" >&2; then exit 1; fi
appstreamcli validate --no-net "$metainfo"
xmllint --noout "$icon"

fail=0
expect() { # FILE PATTERN WHAT
  grep -qE "$2" "$1" || { echo "check-desktop-files: $(basename "$1"): $3" >&2; fail=1; }
}
expect "$desktop" "^Icon=$id\$" "Icon= must be $id"
expect "$desktop" '^Exec=podnet-wizard( |$)' "Exec= must start podnet-wizard"
expect "$desktop" '^Name\[ko\]=' "needs Name[ko]"
expect "$desktop" '^Comment\[ko\]=' "needs Comment[ko]"
expect "$metainfo" "<id>$id</id>" "<id> must be $id"
expect "$metainfo" "<launchable type=\"desktop-id\">$id.desktop</launchable>" \
  "<launchable> must name $id.desktop"
expect "$metainfo" '<binary>podnet-wizard</binary>' "must provide the podnet-wizard binary"
expect "$icon" '<svg[^>]*viewBox=' "the icon needs a viewBox to scale"
[ "$fail" = 0 ] || exit 1
echo "check-desktop-files: $id.desktop, $id.metainfo.xml and $id.svg are valid"
