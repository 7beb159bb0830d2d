#!/usr/bin/env bash
# `npm test`: the whole suite. Inside a private D-Bus session with a throwaway, unlocked gnome-keyring when
# those are installed (so the OS-keychain tests run for real); without them those tests skip and say why.
set -euo pipefail
cd "$(dirname "$0")/.."
if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1; then
  exec bash tests/helpers/with-keyring.sh npx vitest run "$@"
fi
echo "test: no dbus-run-session/gnome-keyring-daemon; keychain tests will skip (apt-get install -y dbus gnome-keyring libsecret-tools dbus-x11)" >&2
exec npx vitest run "$@"
