#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
# SPDX-License-Identifier: Apache-2.0
#
# Benchmark (issue §7): adding the pod and service CIDRs as allowed-address-pairs to 100+ compute
# ports of the real Neutron (tests/openstack-lab), measured in ONE run three ways:
#   engine    the engine's headless apply (podnet-ports-bench: log in, list, plan, apply), or
#             `podnet-wizard ports apply --yes` with ENGINE=cli; peak RSS via /usr/bin/time -v
#   tutorial  the tutorial's pipeline with --long (so it actually works), sequential
#             `openstack port set`; TUTORIAL_SAMPLE ports timed and extrapolated (0 = all)
#   curl      raw curl PUTs with the same body the engine sends, xargs -P CONCURRENCY
# The pairs are put back (seed.py) before each measurement, so every run does the same work.
#
# usage: tests/benchmarks/ports-apply.sh [STATE_DIR]     (default /tmp/podnet-bench-lab)
#   PORTS=102 CONCURRENCY=8 TUTORIAL_SAMPLE=20 BUILD_DIR=build-integ ENGINE=bench|cli
#   LAB_KEYSTONE_PORT / LAB_NEUTRON_PORT as for start.sh. The lab is started when not running
#   and left running (stop it with tests/openstack-lab/stop.sh STATE_DIR).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
state=${1:-/tmp/podnet-bench-lab}
ports=${PORTS:-102}
concurrency=${CONCURRENCY:-8}
sample=${TUTORIAL_SAMPLE:-20}
build=${BUILD_DIR:-$root/build-integ}
engine=${ENGINE:-bench}
py=/usr/bin/python3
lab=$root/tests/openstack-lab
cluster=10.200.0.0/16
service=10.32.0.0/24

bench=$build/tests/benchmarks/podnet-ports-bench
wizard=$build/podnet-wizard
if [ "$engine" = cli ]; then [ -x "$wizard" ] || { echo "no $wizard" >&2; exit 1; }
else [ -x "$bench" ] || { echo "no $bench: ninja -C $build podnet-ports-bench" >&2; exit 1; }; fi

work=$(mktemp -d /tmp/podnet-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
now() { date +%s.%N; }
secs() { echo "$2 - $1" | bc -l | xargs printf '%.2f'; }

echo "== lab: $state (start.sh, seed.py --compute-ports $ports)" >&2
bash "$lab/start.sh" "$state" >&2
# shellcheck disable=SC1091
. "$state/env.sh"
export OS_CLIENT_CONFIG_FILE
reset_pairs() { "$py" "$lab/seed.py" "$state" --compute-ports "$ports" >"$work/seed.json" 2>"$work/seed.err"; }
reset_pairs

# The ports the engine changes and the body it sends for each (existing pairs + the two).
"$py" - "$work" <<'EOF'
import json, os, sys
work = sys.argv[1]
seed = json.load(open(os.path.join(work, "seed.json")))
os.makedirs(os.path.join(work, "body"))
ids = []
for category in ("compute", "compute_az2", "pre_paired", "bulk_compute"):
    for port_id in seed["ports"].get(category, []):
        pairs = [{"ip_address": "192.168.50.0/24"}] if category == "pre_paired" else []
        pairs += [{"ip_address": "10.200.0.0/16"}, {"ip_address": "10.32.0.0/24"}]
        with open(os.path.join(work, "body", port_id + ".json"), "w") as f:
            json.dump({"port": {"allowed_address_pairs": pairs}}, f)
        ids.append(port_id)
open(os.path.join(work, "ids"), "w").write("\n".join(ids) + "\n")
EOF
n=$(wc -l <"$work/ids")
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# --- (a) the engine
echo "== engine ($engine), concurrency $concurrency, $n ports to change" >&2
t0=$(now)
if [ "$engine" = cli ]; then
  /usr/bin/time -v -o "$work/time.txt" "$wizard" ports apply --yes --os-cloud lab-student \
    --cluster-cidr "$cluster" --service-cidr "$service" --concurrency "$concurrency" \
    --journal-dir "$work/journal" >"$work/engine.out" 2>"$work/engine.err" \
    || rc=$?
  # Exit 1 is expected: full-0 already has 9 pairs, so the command lists it as failed.
  if [ "${rc:-0}" -gt 1 ]; then cat "$work/engine.err" >&2; exit 1; fi
else
  /usr/bin/time -v -o "$work/time.txt" "$bench" --cloud lab-student --concurrency "$concurrency" \
    >"$work/engine.out" 2>"$work/engine.err" || { cat "$work/engine.err" >&2; exit 1; }
fi
t1=$(now)
engine_s=$(secs "$t0" "$t1")
rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
cat "$work/engine.out" >&2
engine_apply_s=$("$py" -c 'import json,sys
try: print("%.2f" % (json.load(open(sys.argv[1]))["ms_apply"] / 1000))
except Exception: print("n/a")' "$work/engine.out")

# --- (b) the tutorial's pipeline (with --long), scoped to the lab-student cloud
reset_pairs
echo "== tutorial pipeline (sample $sample; 0 = all)" >&2
t0=$(now)
openstack --os-cloud lab-student port list --long -f value -c device_owner -c id \
  | grep compute | awk '{print $2}' >"$work/tutorial-ids"
t1=$(now)
list_s=$(secs "$t0" "$t1")
tutorial_n=$(wc -l <"$work/tutorial-ids")
if [ "$sample" -gt 0 ] && [ "$sample" -lt "$tutorial_n" ]; then
  head -n "$sample" "$work/tutorial-ids" >"$work/tutorial-run"
else
  cp "$work/tutorial-ids" "$work/tutorial-run"
fi
run_n=$(wc -l <"$work/tutorial-run")
t0=$(now)
# Exits 123 on the two ports Neutron refuses (port security off; 9 pairs + 2 > 10): as the
# tutorial would.
xargs -tI@ openstack --os-cloud lab-student port set @ --allowed-address ip-address=$cluster \
  --allowed-address ip-address=$service <"$work/tutorial-run" 2>"$work/tutorial.err" || true
t1=$(now)
set_s=$(secs "$t0" "$t1")
per_port=$(echo "$set_s / $run_n" | bc -l | xargs printf '%.3f')
tutorial_s=$(echo "$list_s + $per_port * $tutorial_n" | bc -l | xargs printf '%.2f')

# --- (c) raw curl PUTs, same bodies, same concurrency
reset_pairs
echo "== curl, xargs -P $concurrency" >&2
t0=$(now)
token=$(curl -sS -D - -o /dev/null -H 'Content-Type: application/json' --data @- \
  "$KEYSTONE_AUTH_URL/auth/tokens" <<EOF | awk 'tolower($1) == "x-subject-token:" {print $2}' | tr -d '\r'
{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"$LAB_STUDENT_USER",
"domain":{"name":"Default"},"password":"$LAB_STUDENT_PASSWORD"}}},
"scope":{"project":{"name":"$LAB_PROJECT","domain":{"name":"Default"}}}}}
EOF
)
t_token=$(now)
[ -n "$token" ] || { echo "no token" >&2; exit 1; }
export token NEUTRON_URL work
xargs -P "$concurrency" -I{} curl -sS -o /dev/null -w '%{http_code}\n' -X PUT \
  -H "X-Auth-Token: $token" -H 'Content-Type: application/json' \
  --data @"$work/body/{}.json" "$NEUTRON_URL/v2.0/ports/{}" <"$work/ids" >"$work/curl.codes"
t1=$(now)
curl_s=$(secs "$t0" "$t1")
curl_put_s=$(secs "$t_token" "$t1")
curl_ok=$(grep -c '^200$' "$work/curl.codes" || true)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
reset_pairs

engine_rate=$(echo "$n / $engine_s" | bc -l | xargs printf '%.2f')
curl_rate=$(echo "$n / $curl_s" | bc -l | xargs printf '%.2f')
speedup=$(echo "$tutorial_s / $engine_s" | bc -l | xargs printf '%.1f')
ratio=$(echo "$curl_s / $engine_s" | bc -l | xargs printf '%.2f')
if [ "$engine_apply_s" != n/a ]; then
  apply_ratio=$(echo "$curl_put_s / $engine_apply_s" | bc -l | xargs printf '%.2f')
else
  apply_ratio=n/a
fi

cat <<EOF

ports-apply benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load before $load_before, after $load_after
ports changed per run: $n (of $((n + 2)) compute ports; nosec-0 and full-0 are refused), concurrency $concurrency

| what | wall (s) | ports/s | notes |
|---|---|---|---|
| engine ($engine): login + list + plan + apply | $engine_s | $engine_rate | apply phase ${engine_apply_s} s; peak RSS $((rss_kb / 1024)) MB |
| tutorial pipeline (--long), sequential | $tutorial_s | $(echo "$tutorial_n / $tutorial_s" | bc -l | xargs printf '%.2f') | list $list_s s + $per_port s/port x $tutorial_n (timed on $run_n ports) |
| curl PUT, xargs -P $concurrency (token + PUTs) | $curl_s | $curl_rate | PUTs alone $curl_put_s s; $curl_ok/$n HTTP 200 |

engine vs tutorial: ${speedup}x faster (target >= 20x)
engine throughput / curl throughput: $ratio (whole run; target >= 0.9); apply phase vs PUTs alone: $apply_ratio
peak RSS of the headless apply: $((rss_kb / 1024)) MB ($rss_kb kB; target < 60 MB)
EOF
