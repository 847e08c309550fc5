# SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
# SPDX-License-Identifier: Apache-2.0
# shellcheck shell=bash
#
# Helpers shared by start.sh and stop.sh (sourced, not run). A pid file holds "PID STARTTIME":
# the start time (field 22 of /proc/PID/stat) makes sure a recycled PID is never taken for ours.

lab_say() { echo "openstack-lab: $*"; }
lab_die() { echo "openstack-lab: error: $*" >&2; exit 1; }

# Start time of a process in clock ticks since boot, empty when it does not exist (or is a zombie).
lab_starttime() {
  local stat fields
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 0
  stat=${stat##*) }
  # After the command name, field 3 (state) is the first word: start time (22) is the 20th.
  read -ra fields <<<"$stat"
  # A zombie (its parent, maybe PID 1, has not reaped it yet) counts as gone.
  [ "${fields[0]}" != Z ] || return 0
  echo "${fields[19]}"
}

lab_write_pidfile() { # FILE PID
  echo "$2 $(lab_starttime "$2")" >"$1"
}

# Prints the PID recorded in FILE when that very process is still alive.
lab_live_pid() { # FILE
  local pid start
  [ -s "$1" ] || return 1
  read -r pid start <"$1" || true
  [ -n "$pid" ] && [ -n "$start" ] || return 1
  [ "$(lab_starttime "$pid")" = "$start" ] || return 1
  echo "$pid"
}

# "PID STARTTIME" lines for PID, its descendants and the other members of its session: start.sh
# runs every daemon with setsid, so its workers share the session id PID even when orphaned (Linux
# does not hand out a PID again while a session of that id has members).
lab_process_tree() { # PID
  local queue=("$1") seen=" " pid child sid
  while read -r pid sid; do
    [ "$sid" = "$1" ] && [ "$pid" != "$1" ] && queue+=("$pid")
  done < <(ps -e -o pid= -o sid=)
  while [ "${#queue[@]}" -gt 0 ]; do
    pid=${queue[0]}
    queue=("${queue[@]:1}")
    case $seen in *" $pid "*) continue ;; esac
    seen="$seen$pid "
    echo "$pid $(lab_starttime "$pid")"
    for child in $(ps -o pid= --ppid "$pid" 2>/dev/null); do
      queue+=("$child")
    done
  done
}

# Sends TERM to the first of the "PID STARTTIME" lines of TREE (to all of them with "all"), waits
# for all to end, KILL to those left after WAIT seconds.
lab_stop_tree() { # NAME WAIT TREE [all]
  local name=$1 wait=$2 tree=$3 deadline left p s targets
  targets=$tree
  [ "${4:-}" = all ] || targets=$(head -n 1 <<<"$tree")
  while read -r p s; do
    [ -n "$p" ] && [ "$(lab_starttime "$p")" = "$s" ] && kill -TERM "$p" 2>/dev/null
  done <<<"$targets"
  deadline=$((SECONDS + wait))
  while :; do
    left=""
    while read -r p s; do
      [ -n "$p" ] && [ -n "$s" ] && [ "$(lab_starttime "$p")" = "$s" ] && left="$left $p"
    done <<<"$tree"
    [ -z "$left" ] && return 0
    if [ "$SECONDS" -ge "$deadline" ]; then
      lab_say "$name: still alive after ${wait} s, sending KILL to$left"
      # shellcheck disable=SC2086
      kill -KILL $left 2>/dev/null || true
      sleep 0.2
      return 0
    fi
    sleep 0.1
  done
}

# Stops the process recorded in FILE and its workers: TERM to the recorded process (it stops its
# own workers), KILL to whatever is left after WAIT seconds. When the recorded process died on its
# own, leftover members of its session are stopped the same way. Removes the pid file.
lab_stop_pidfile() { # FILE NAME WAIT
  local file=$1 name=$2 wait=${3:-15} pid start tree
  if pid=$(lab_live_pid "$file"); then
    lab_stop_tree "$name" "$wait" "$(lab_process_tree "$pid")"
    rm -f "$file"
    lab_say "$name: stopped (pid $pid)"
    return 0
  fi
  if [ -s "$file" ]; then
    read -r pid start <"$file" || true
    if [ -n "$pid" ]; then
      tree=$(lab_process_tree "$pid" | tail -n +2)
      if [ -n "$tree" ]; then
        lab_say "$name: pid $pid is gone, stopping what is left of its session"
        lab_stop_tree "$name" "$wait" "$tree" all
      fi
    fi
    lab_say "$name: not running (stale pid file removed)"
  fi
  rm -f "$file"
}

# True when something accepts TCP connections on 127.0.0.1:PORT.
lab_port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Last lines of a log, for error messages.
lab_log_tail() { # FILE [LINES]
  [ -f "$1" ] || return 0
  echo "----- last lines of $1 -----" >&2
  tail -n "${2:-30}" "$1" >&2
  echo "-----" >&2
}
