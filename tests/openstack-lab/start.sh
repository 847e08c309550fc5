#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
# SPDX-License-Identifier: Apache-2.0
#
# Starts a real Keystone + Neutron on 127.0.0.1 for tests and benchmarks, all state in STATE_DIR.
#
# usage: start.sh STATE_DIR [--token-expiration SECONDS]
#   LAB_KEYSTONE_PORT (default 5000), LAB_NEUTRON_PORT (default 9696): ports on 127.0.0.1.
#   LAB_CACHE_DIR: where install.sh put api-paste.ini (default /var/cache/podnet-openstack-lab).
#   LAB_WAIT_SECONDS: how long to wait for each service to answer (default 90).
#
# MariaDB (skip-networking, unix socket in STATE_DIR) holds Neutron's database, Keystone uses SQLite.
# Idempotent: services already running with the same settings are left alone, a service whose
# settings changed (ports, token expiration) is restarted. Results:
#   STATE_DIR/env.sh       KEYSTONE_URL, NEUTRON_URL, OS_AUTH_URL, passwords, ids (source it)
#   STATE_DIR/clouds.yaml  clouds lab-admin, lab-student, lab-appcred
#   STATE_DIR/appcred.json the student's application credential (id, secret)
#   STATE_DIR/lab.json     project and user ids
#   STATE_DIR/logs/        one log per service and step
# Stop with stop.sh STATE_DIR.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"

usage() { echo "usage: $0 STATE_DIR [--token-expiration SECONDS]" >&2; exit 2; }
[ $# -ge 1 ] || usage
state_arg=$1
shift
token_expiration=3600
while [ $# -gt 0 ]; do
  case $1 in
    --token-expiration) [ $# -ge 2 ] || usage; token_expiration=$2; shift 2 ;;
    --token-expiration=*) token_expiration=${1#*=}; shift ;;
    *) usage ;;
  esac
done
[[ $token_expiration =~ ^[1-9][0-9]*$ ]] || lab_die "--token-expiration wants a number of seconds"

py=/usr/bin/python3
kport=${LAB_KEYSTONE_PORT:-5000}
nport=${LAB_NEUTRON_PORT:-9696}
cache=${LAB_CACHE_DIR:-/var/cache/podnet-openstack-lab}
wait_seconds=${LAB_WAIT_SECONDS:-90}
keystone_url=http://127.0.0.1:$kport
neutron_url=http://127.0.0.1:$nport
t0=$SECONDS

for tool in $py /usr/bin/uwsgi /usr/sbin/mariadbd /usr/bin/mariadb-install-db /usr/bin/mariadb \
            /usr/bin/keystone-manage /usr/bin/openstack /usr/bin/curl; do
  [ -x "$tool" ] || lab_die "$tool is missing: run tests/openstack-lab/install.sh as root first"
done
[ -s "$cache/api-paste.ini" ] || lab_die "$cache/api-paste.ini is missing: run tests/openstack-lab/install.sh as root first"
[ "$kport" != "$nport" ] || lab_die "Keystone and Neutron cannot share port $kport"

mkdir -p "$state_arg"
state=$(cd "$state_arg" && pwd)
logs=$state/logs
run=$state/run
mkdir -p "$logs" "$run" "$state/keystone" "$state/neutron/lock" "$state/neutron/state" "$state/mysql"
me=$(id -un)

# A unix socket path must stay under ~107 bytes; a deep build folder gets a short one in /tmp.
sock=$run/mysqld.sock
if [ "${#sock}" -gt 100 ]; then
  sock=/tmp/podnet-lab-$(echo -n "$state" | md5sum | cut -c1-12)/mysqld.sock
  mkdir -p "$(dirname "$sock")"
  chmod 0700 "$(dirname "$sock")"
fi

# Passwords are made once per state folder and kept.
secrets=$state/secrets.env
if [ ! -s "$secrets" ]; then
  (
    umask 077
    for name in ADMIN NEUTRON STUDENT DB; do
      echo "LAB_${name}_PASSWORD=$(openssl rand -hex 12)"
    done >"$secrets.tmp"
    mv "$secrets.tmp" "$secrets"
  )
fi
# shellcheck source=/dev/null
. "$secrets"

db_url="mysql+pymysql://neutron:$LAB_DB_PASSWORD@localhost/neutron?unix_socket=$sock&charset=utf8"

# --- configuration files: written to *.new, installed when different ---------------------------
changed_keystone=0
changed_neutron=0
install_conf() { # FILE -> sets changed=1 when FILE differs from FILE.new
  if cmp -s "$1.new" "$1"; then rm -f "$1.new"; return 1; fi
  mv "$1.new" "$1"
  return 0
}

cat >"$state/keystone/keystone.conf.new" <<CONF
[DEFAULT]
use_stderr = true
[database]
connection = sqlite:///$state/keystone/keystone.db
[token]
provider = fernet
expiration = $token_expiration
[fernet_tokens]
key_repository = $state/keystone/fernet-keys
[fernet_receipts]
key_repository = $state/keystone/fernet-keys
[credential]
key_repository = $state/keystone/credential-keys
[identity]
# Minimum bcrypt cost: every password check and token request is much cheaper, tests only.
password_hash_rounds = 4
[cache]
enabled = true
backend = dogpile.cache.memory
CONF
install_conf "$state/keystone/keystone.conf" && changed_keystone=1

# One process, one thread: SQLite (even with WAL) answers "database is locked" otherwise.
cat >"$state/keystone/uwsgi.ini.new" <<CONF
[uwsgi]
plugins-dir = /usr/lib/uwsgi/plugins
plugin = python3
http-socket = 127.0.0.1:$kport
wsgi-file = $here/keystone_wsgi.py
env = OS_KEYSTONE_CONFIG_FILES=$state/keystone/keystone.conf
master = true
die-on-term = true
need-app = true
processes = 1
threads = 1
add-header = Connection: close
buffer-size = 65535
CONF
install_conf "$state/keystone/uwsgi.ini" && changed_keystone=1

cat >"$state/neutron/neutron.conf.new" <<CONF
[DEFAULT]
use_stderr = true
bind_host = 127.0.0.1
bind_port = $nport
state_path = $state/neutron/state
api_paste_config = $cache/api-paste.ini
auth_strategy = keystone
core_plugin = ml2
service_plugins =
transport_url = fake:/
rpc_workers = 1
rpc_state_report_workers = 0
api_workers = 2
notify_nova_on_port_status_changes = false
notify_nova_on_port_data_changes = false
dhcp_agent_notification = false
# stop.sh should not wait up to a minute for the workers.
graceful_shutdown_timeout = 5
[database]
connection = $db_url
[keystone_authtoken]
www_authenticate_uri = $keystone_url
auth_url = $keystone_url
auth_type = password
username = neutron
password = $LAB_NEUTRON_PASSWORD
project_name = service
user_domain_name = Default
project_domain_name = Default
region_name = RegionOne
token_cache_time = 10
[oslo_concurrency]
lock_path = $state/neutron/lock
CONF
install_conf "$state/neutron/neutron.conf" && changed_neutron=1

cat >"$state/neutron/ml2_conf.ini.new" <<CONF
[ml2]
type_drivers = local,flat
tenant_network_types = local
mechanism_drivers =
extension_drivers = port_security
[ml2_type_flat]
flat_networks = *
CONF
install_conf "$state/neutron/ml2_conf.ini" && changed_neutron=1

# --- what has to (re)start; ports must be free for those ---------------------------------------
start_keystone=1
start_neutron=1
start_mariadb=1
if pid=$(lab_live_pid "$run/keystone.pid"); then
  if [ "$changed_keystone" -eq 0 ]; then start_keystone=0; else
    lab_say "keystone: settings changed, restarting"
    lab_stop_pidfile "$run/keystone.pid" keystone 15
  fi
fi
if pid=$(lab_live_pid "$run/neutron.pid"); then
  if [ "$changed_neutron" -eq 0 ]; then start_neutron=0; else
    lab_say "neutron: settings changed, restarting"
    lab_stop_pidfile "$run/neutron.pid" neutron 15
  fi
fi
lab_live_pid "$run/mariadb.pid" >/dev/null && start_mariadb=0
# A daemon that died leaves a stale pid file, perhaps orphaned workers still holding its port.
[ "$start_keystone" -eq 0 ] || lab_stop_pidfile "$run/keystone.pid" keystone 15
[ "$start_neutron" -eq 0 ] || lab_stop_pidfile "$run/neutron.pid" neutron 15
[ "$start_mariadb" -eq 0 ] || lab_stop_pidfile "$run/mariadb.pid" mariadb 30
if [ "$start_keystone" -eq 1 ] && lab_port_busy "$kport"; then
  lab_die "port 127.0.0.1:$kport (Keystone) is already in use by another process; stop it or set LAB_KEYSTONE_PORT"
fi
if [ "$start_neutron" -eq 1 ] && lab_port_busy "$nport"; then
  lab_die "port 127.0.0.1:$nport (Neutron) is already in use by another process; stop it or set LAB_NEUTRON_PORT"
fi

# Starts a daemon in its own session (out of the caller's process group, no inherited pipes).
spawn() { # PIDFILE LOG COMMAND...
  local pidfile=$1 log=$2
  shift 2
  setsid "$@" </dev/null >>"$log" 2>&1 &
  lab_write_pidfile "$pidfile" "$!"
}

# --- Keystone: SQLite, fernet keys, bootstrap, uwsgi ---------------------------------------------
keystone_branch() {
  local conf=$state/keystone/keystone.conf
  local manage=(/usr/bin/keystone-manage --config-file "$conf")
  if [ ! -e "$state/keystone/.initialized" ]; then
    rm -f "$state/keystone/keystone.db"*
    echo "=== $(date +%T) keystone-manage db_sync"
    "${manage[@]}" db_sync
    # WAL, and the fernet and credential key repositories written here rather than by two more
    # keystone-manage runs (~4 s each): keys 0 (staged) and 1 (primary), as fernet_setup makes them.
    $py - "$state/keystone" <<'PY'
import base64, os, sqlite3, sys
top = sys.argv[1]
db = sqlite3.connect(os.path.join(top, "keystone.db"))
db.execute("PRAGMA journal_mode=WAL")
db.close()
for repo in ("fernet-keys", "credential-keys"):
    path = os.path.join(top, repo)
    os.makedirs(path, mode=0o700, exist_ok=True)
    for name in ("0", "1"):
        fd = os.open(os.path.join(path, name), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(base64.urlsafe_b64encode(os.urandom(32)))
PY
    echo "=== $(date +%T) keystone-manage bootstrap"
    "${manage[@]}" bootstrap --bootstrap-password "$LAB_ADMIN_PASSWORD" \
      --bootstrap-username admin --bootstrap-project-name admin --bootstrap-role-name admin \
      --bootstrap-service-name keystone --bootstrap-region-id RegionOne \
      --bootstrap-admin-url "$keystone_url/v3" --bootstrap-public-url "$keystone_url/v3" \
      --bootstrap-internal-url "$keystone_url/v3"
    touch "$state/keystone/.initialized"
  fi
  if [ "$start_keystone" -eq 1 ]; then
    echo "=== $(date -Is) start" >>"$logs/keystone.log"
    spawn "$run/keystone.pid" "$logs/keystone.log" /usr/bin/uwsgi --ini "$state/keystone/uwsgi.ini"
  fi
}

# --- MariaDB + Neutron ---------------------------------------------------------------------------
neutron_branch() {
  local data=$state/mysql/data i
  if [ "$start_mariadb" -eq 1 ]; then
    if [ ! -e "$state/mysql/.initialized" ]; then
      rm -rf "$data"
      echo "=== $(date +%T) mariadb-install-db"
      mariadb-install-db --no-defaults --datadir="$data" --user="$me" \
        --auth-root-authentication-method=socket --skip-test-db
    fi
    rm -f "$sock"
    # Test data: durability does not matter, speed does (without fsync Neutron's migrations take
    # ~4 s instead of ~9 s).
    spawn "$run/mariadb.pid" "$logs/mariadb.log" /usr/sbin/mariadbd --no-defaults \
      --datadir="$data" --socket="$sock" --skip-networking --user="$me" \
      --pid-file="$run/mariadbd.pid" --skip-log-bin --performance-schema=OFF \
      --innodb-buffer-pool-size=64M --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 \
      --innodb-flush-method=nosync --innodb-file-per-table=0 --sync-frm=0 \
      --innodb-buffer-pool-dump-at-shutdown=0 --innodb-buffer-pool-load-at-startup=0 \
      --character-set-server=utf8mb3 --collation-server=utf8mb3_general_ci
    for ((i = 0; i < 300; i++)); do
      mariadb --no-defaults --socket="$sock" -uroot -e 'SELECT 1' >/dev/null 2>&1 && break
      lab_live_pid "$run/mariadb.pid" >/dev/null || { echo "mariadbd exited" >&2; return 1; }
      sleep 0.1
    done
    mariadb --no-defaults --socket="$sock" -uroot -e 'SELECT 1' >/dev/null
  fi
  if [ ! -e "$state/mysql/.initialized" ]; then
    mariadb --no-defaults --socket="$sock" -uroot <<SQL
CREATE DATABASE IF NOT EXISTS neutron CHARACTER SET utf8;
CREATE USER IF NOT EXISTS 'neutron'@'localhost' IDENTIFIED BY '$LAB_DB_PASSWORD';
GRANT ALL PRIVILEGES ON neutron.* TO 'neutron'@'localhost';
SQL
    touch "$state/mysql/.initialized"
  fi
  # Migrations run again only when the installed Neutron changed.
  local version
  version=$(dpkg-query -W -f='${Version}' python3-neutron)
  if [ "$(cat "$state/neutron/.migrated" 2>/dev/null)" != "$version" ]; then
    echo "=== $(date +%T) neutron-db-manage upgrade heads"
    $py -c 'import sys; from neutron.db.migration.cli import main; sys.argv[0] = "neutron-db-manage"; sys.exit(main())' \
      --config-file "$state/neutron/neutron.conf" --config-file "$state/neutron/ml2_conf.ini" \
      upgrade heads
    echo "$version" >"$state/neutron/.migrated"
  fi
  if [ "$start_neutron" -eq 1 ]; then
    echo "=== $(date -Is) start" >>"$logs/neutron.log"
    spawn "$run/neutron.pid" "$logs/neutron.log" $py "$here/neutron_server.py" \
      --config-file "$state/neutron/neutron.conf" --config-file "$state/neutron/ml2_conf.ini"
  fi
}

fail_with_logs() { # MESSAGE LOG...
  local message=$1
  shift
  local log
  for log in "$@"; do lab_log_tail "$log"; done
  lab_die "$message (logs in $logs; stop.sh $state cleans up)"
}

keystone_branch >"$logs/keystone-setup.log" 2>&1 &
kbranch=$!
neutron_branch >"$logs/neutron-setup.log" 2>&1 &
nbranch=$!
kstatus=0; wait "$kbranch" || kstatus=$?
nstatus=0; wait "$nbranch" || nstatus=$?
[ "$kstatus" -eq 0 ] || fail_with_logs "Keystone setup failed" "$logs/keystone-setup.log"
[ "$nstatus" -eq 0 ] || fail_with_logs "MariaDB/Neutron setup failed" "$logs/neutron-setup.log" "$logs/mariadb.log"

# --- wait for the services ----------------------------------------------------------------------
wait_http() { # NAME URL PIDFILE LOG [CURL ARGS...] : waits for a 2xx answer
  local name=$1 url=$2 pidfile=$3 log=$4 deadline=$((SECONDS + wait_seconds))
  shift 4
  while :; do
    if curl -fsS -o /dev/null --max-time 5 "$@" "$url" 2>/dev/null; then return 0; fi
    lab_live_pid "$pidfile" >/dev/null || fail_with_logs "$name exited while starting" "$log"
    [ "$SECONDS" -lt "$deadline" ] || fail_with_logs "$name did not answer $url within ${wait_seconds} s" "$log"
    sleep 0.2
  done
}
wait_http keystone "$keystone_url/v3" "$run/keystone.pid" "$logs/keystone.log"

registered="$kport $nport"
if [ "$(cat "$state/.registered" 2>/dev/null)" != "$registered" ] || [ ! -s "$state/appcred.json" ] \
   || [ ! -s "$state/lab.json" ]; then
  $py "$here/register.py" "$state" "$keystone_url" "$neutron_url" "$LAB_ADMIN_PASSWORD" \
    "$LAB_NEUTRON_PASSWORD" "$LAB_STUDENT_PASSWORD" >>"$logs/register.log" 2>&1 \
    || fail_with_logs "registering users, projects and endpoints in Keystone failed" "$logs/register.log"
  echo "$registered" >"$state/.registered"
fi

# A real authenticated call proves Neutron's auth_token middleware reaches Keystone.
token=$(curl -fsS -D - -o /dev/null --max-time 10 -H 'Content-Type: application/json' \
  -d "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\"admin\",\"domain\":{\"id\":\"default\"},\"password\":\"$LAB_ADMIN_PASSWORD\"}}},\"scope\":{\"project\":{\"name\":\"admin\",\"domain\":{\"id\":\"default\"}}}}}" \
  "$keystone_url/v3/auth/tokens" | tr -d '\r' | sed -n 's/^[Xx]-[Ss]ubject-[Tt]oken: //p') \
  || fail_with_logs "could not get an admin token from Keystone" "$logs/keystone.log"
[ -n "$token" ] || fail_with_logs "Keystone returned no admin token" "$logs/keystone.log"
wait_http neutron "$neutron_url/v2.0/networks?limit=1" "$run/neutron.pid" "$logs/neutron.log" \
  -H "X-Auth-Token: $token"

# --- files for tests -----------------------------------------------------------------------------
read -r lab_id other_id student_id appcred_id appcred_secret < <($py - "$state" <<'PY'
import json, os, sys
lab = json.load(open(os.path.join(sys.argv[1], "lab.json")))
cred = json.load(open(os.path.join(sys.argv[1], "appcred.json")))
print(lab["lab_project_id"], lab["other_project_id"], lab["student_user_id"], cred["id"], cred["secret"])
PY
)

umask 077
cat >"$state/clouds.yaml.tmp" <<YAML
# Written by tests/openstack-lab/start.sh: the loopback lab's clouds.
clouds:
  lab-admin:
    auth:
      auth_url: $keystone_url/v3
      username: admin
      password: "$LAB_ADMIN_PASSWORD"
      user_domain_name: Default
      project_name: admin
      project_domain_name: Default
    region_name: RegionOne
    interface: public
    identity_api_version: 3
  lab-student:
    auth:
      auth_url: $keystone_url/v3
      username: student
      password: "$LAB_STUDENT_PASSWORD"
      user_domain_name: Default
      project_name: lab
      project_domain_name: Default
    region_name: RegionOne
    interface: public
    identity_api_version: 3
  lab-appcred:
    auth_type: v3applicationcredential
    auth:
      auth_url: $keystone_url/v3
      application_credential_id: "$appcred_id"
      application_credential_secret: "$appcred_secret"
    region_name: RegionOne
    interface: public
    identity_api_version: 3
YAML
mv "$state/clouds.yaml.tmp" "$state/clouds.yaml"

cat >"$state/env.sh.tmp" <<ENV
# Written by tests/openstack-lab/start.sh: source it to reach the loopback lab.
export LAB_STATE_DIR='$state'
export KEYSTONE_URL='$keystone_url'
export KEYSTONE_AUTH_URL='$keystone_url/v3'
export NEUTRON_URL='$neutron_url'
export LAB_REGION='RegionOne'
export LAB_TOKEN_EXPIRATION='$token_expiration'
export LAB_ADMIN_USER='admin'
export LAB_ADMIN_PASSWORD='$LAB_ADMIN_PASSWORD'
export LAB_ADMIN_PROJECT='admin'
export LAB_STUDENT_USER='student'
export LAB_STUDENT_PASSWORD='$LAB_STUDENT_PASSWORD'
export LAB_STUDENT_USER_ID='$student_id'
export LAB_PROJECT='lab'
export LAB_PROJECT_ID='$lab_id'
export LAB_OTHER_PROJECT='other'
export LAB_OTHER_PROJECT_ID='$other_id'
export LAB_APPCRED_ID='$appcred_id'
export LAB_APPCRED_SECRET='$appcred_secret'
export LAB_CLOUDS_YAML='$state/clouds.yaml'
export OS_CLIENT_CONFIG_FILE='$state/clouds.yaml'
ENV
mv "$state/env.sh.tmp" "$state/env.sh"

lab_say "Keystone $keystone_url (pid $(lab_live_pid "$run/keystone.pid")), Neutron $neutron_url (pid $(lab_live_pid "$run/neutron.pid")), MariaDB $sock (pid $(lab_live_pid "$run/mariadb.pid"))"
lab_say "ready in $((SECONDS - t0)) s; token expiration ${token_expiration} s; source $state/env.sh or use $state/clouds.yaml"
