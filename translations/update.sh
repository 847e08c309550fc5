#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
# SPDX-License-Identifier: Apache-2.0
#
# Refreshes the committed .ts files from the sources in app/ and ui/.
# Usage: translations/update.sh [OUTPUT_DIR]   (default: translations/, in place)
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$top/translations}
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
cd "$top"
"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h app ui -ts "$out/podnet-wizard_ko.ts"
# English needs only the plural forms of %n messages.
"$lupdate" -silent -no-obsolete -locations none -pluralonly -extensions cpp,h app ui -ts "$out/podnet-wizard_en.ts"
