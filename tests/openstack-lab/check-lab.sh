#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
# SPDX-License-Identifier: Apache-2.0
#
# Proves a running lab works end to end with the real openstack CLI: seeds it (seed.py brings it
# to the known port set, keeping the number of extra compute ports of the last seed), then lists ports as student (password and application credential) and
# checks that every seeded port of project lab is there with its owner and pairs, and that the
# port of project `other` is not (while the admin does see it).
#
# usage: check-lab.sh STATE_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
[ $# -eq 1 ] || { echo "usage: $0 STATE_DIR" >&2; exit 2; }
state=$(cd "$1" && pwd)
[ -s "$state/env.sh" ] || { echo "check-lab: $state/env.sh is missing: start the lab first" >&2; exit 1; }
# shellcheck source=/dev/null
. "$state/env.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Keep as many extra compute ports as the last seed made (deleting them is slow).
extra=0
if [ -s "$state/seed.json" ]; then
  extra=$(/usr/bin/python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["ports"].get("bulk_compute", [])))' "$state/seed.json")
fi
/usr/bin/python3 "$here/seed.py" "$state" --compute-ports "$extra" >/dev/null
for cloud in lab-student lab-appcred; do
  openstack --os-cloud "$cloud" port list --long -f json >"$work/$cloud.json"
done
openstack --os-cloud lab-admin port list --project other -f json >"$work/admin-other.json"

/usr/bin/python3 - "$state/seed.json" "$work" <<'PY'
import json
import os
import sys

seed = json.load(open(sys.argv[1]))
work = sys.argv[2]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


other_ids = set(seed["ports"]["other_project"])
lab_ids = {pid for category, ids in seed["ports"].items() if category != "other_project"
           for pid in ids}
check(len(lab_ids) == seed["counts"]["lab"] and other_ids, "seed.json is inconsistent")
for cloud in ("lab-student", "lab-appcred"):
    ports = {p["ID"]: p for p in json.load(open(os.path.join(work, cloud + ".json")))}
    check(set(ports) == lab_ids, "%s: listed %d ports, seeded %d for lab (missing %s, extra %s)"
          % (cloud, len(ports), len(lab_ids), sorted(lab_ids - set(ports)),
             sorted(set(ports) - lab_ids)))
    check(not other_ids & set(ports), "%s sees the port of project other" % cloud)
    owners = {"compute": "compute:nova", "compute_az2": "compute:az2", "dhcp": "network:dhcp",
              "router_interface": "network:router_interface", "nine_pairs": "compute:nova"}
    for category, owner in owners.items():
        for pid in seed["ports"][category]:
            if pid in ports:
                check(ports[pid]["Device Owner"] == owner, "%s: port %s (%s) has owner %s"
                      % (cloud, pid, category, ports[pid]["Device Owner"]))
    for pid in seed["ports"]["compute"] + seed["ports"].get("bulk_compute", []):
        if pid in ports:
            check(all(ip["ip_address"].startswith("10.240.0.")
                      for ip in ports[pid]["Fixed IP Addresses"]),
                  "%s: port %s is not on 10.240.0.0/24" % (cloud, pid))
admin_other = {p["ID"] for p in json.load(open(os.path.join(work, "admin-other.json")))}
check(other_ids <= admin_other, "the admin does not see the port of project other")

if failures:
    print("check-lab: FAILED\n  " + "\n  ".join(failures), file=sys.stderr)
    sys.exit(1)
print("check-lab: OK: %d lab ports listed as student and with the application credential, "
      "the other project's port hidden" % len(lab_ids))
PY

# Pairs: the seeded ones are visible through the CLI too.
full=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["ports"]["nine_pairs"][0])' "$state/seed.json")
pairs=$(openstack --os-cloud lab-student port show "$full" -f json -c allowed_address_pairs \
  | /usr/bin/python3 -c 'import json,sys; print(len(json.load(sys.stdin)["allowed_address_pairs"]))')
[ "$pairs" = 9 ] || { echo "check-lab: FAILED: port full-0 has $pairs pairs, not 9" >&2; exit 1; }
echo "check-lab: OK: port full-0 has 9 allowed address pairs"
