#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
# SPDX-License-Identifier: Apache-2.0
#
# Fails when a translation is unfinished, vanished or obsolete, or when the committed .ts files
# are not what lupdate makes of today's sources (a new string not yet translated).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$top"/translations/*.ts "$work"/
"$top/translations/update.sh" "$work"
status=0
for ts in "$work"/*.ts; do
  name=$(basename "$ts")
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  gone=$(grep -cE 'type="(vanished|obsolete)"' "$ts" || true)
  if [ "$unfinished" -gt 0 ] || [ "$gone" -gt 0 ]; then
    echo "FAIL $name: $unfinished unfinished, $gone vanished or obsolete after lupdate"
    grep -B3 -E 'type="(unfinished|vanished|obsolete)"' "$ts" | grep '<source>' | head -20
    status=1
  elif ! diff -q "$ts" "$top/translations/$name" >/dev/null; then
    echo "FAIL $name is not up to date with the sources: run translations/update.sh"
    diff -u "$top/translations/$name" "$ts" | head -40
    status=1
  else
    echo "ok   $name: complete"
  fi
done
exit $status
