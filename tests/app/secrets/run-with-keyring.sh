#!/bin/sh
# SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
# SPDX-License-Identifier: Apache-2.0
#
# Usage: run-with-keyring.sh keyring|nokeyring PROGRAM [ARGS...]
# Runs PROGRAM in a private D-Bus session, never the user's own:
#   keyring    with gnome-keyring's Secret Service, its login keyring created (in $HOME) and
#              unlocked without a prompt;
#   nokeyring  on a bus that knows no services at all, so no keychain can be started.
# Exits 77 (CTest: skipped) when the needed programs are not installed.
set -eu

mode=$1
shift
here=$(cd "$(dirname "$0")" && pwd)

if ! command -v dbus-run-session >/dev/null 2>&1; then
    echo "run-with-keyring.sh: dbus-run-session is not installed (package dbus)" >&2
    exit 77
fi

# Nothing from the caller's desktop session may leak in.
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK XDG_CURRENT_DESKTOP DISPLAY \
    WAYLAND_DISPLAY 2>/dev/null || true
mkdir -p "$HOME"

case $mode in
keyring)
    if ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
        echo "run-with-keyring.sh: gnome-keyring-daemon is not installed (package gnome-keyring)" >&2
        exit 77
    fi
    export PODNET_KEYCHAIN_EXPECTED=secret-service
    # --unlock reads the login keyring's password on stdin and creates the keyring when it does
    # not exist yet; the Secret Service itself is then D-Bus activated on first use.
    exec dbus-run-session -- sh -c \
        'printf %s podnet-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
        run-with-keyring "$@"
    ;;
nokeyring)
    export PODNET_KEYCHAIN_EXPECTED=none
    exec dbus-run-session --config-file="$here/session-without-services.conf" -- "$@"
    ;;
*)
    echo "run-with-keyring.sh: unknown mode '$mode' (keyring or nokeyring)" >&2
    exit 2
    ;;
esac
