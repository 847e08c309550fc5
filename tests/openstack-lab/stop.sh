#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
# SPDX-License-Identifier: Apache-2.0
#
# Stops the loopback OpenStack lab started by start.sh STATE_DIR: only the processes whose PIDs
# (and start times) start.sh recorded in STATE_DIR/run, and their children. TERM first, KILL after
# a bounded wait. Idempotent: a lab that is not running is fine. The state stays for a fast restart
# (remove STATE_DIR to start from scratch).
#
# usage: stop.sh STATE_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"

[ $# -eq 1 ] || { echo "usage: $0 STATE_DIR" >&2; exit 2; }
if [ ! -d "$1/run" ]; then
  lab_say "nothing to stop in $1"
  exit 0
fi
run=$(cd "$1/run" && pwd)
# Neutron and Keystone first, the database last.
lab_stop_pidfile "$run/neutron.pid" neutron 20
lab_stop_pidfile "$run/keystone.pid" keystone 15
lab_stop_pidfile "$run/mariadb.pid" mariadb 30
rm -f "$run/mariadbd.pid"
