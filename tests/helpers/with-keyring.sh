#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (a real Secret Service),
# so keychain tests use a throwaway keyring and never touch the user's own.
#   bash tests/helpers/with-keyring.sh npx vitest run
# Needs the Debian packages: gnome-keyring libsecret-tools dbus-x11 (dbus-run-session comes with dbus).
set -euo pipefail

for tool in dbus-run-session gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "with-keyring: '$tool' not found; install it with: apt-get install -y gnome-keyring libsecret-tools dbus-x11" >&2
    exit 127
  fi
done

keyring_home="$(mktemp -d)"
trap 'rm -rf "$keyring_home"' EXIT
export SWITCHYARD_KEYRING_HOME="$keyring_home"

# The daemon gets the throwaway HOME (its keyring files live there); the command keeps the caller's HOME
# so npm, caches and models resolve as usual.
exec dbus-run-session -- bash -c '
  HOME="$SWITCHYARD_KEYRING_HOME" XDG_DATA_HOME="$SWITCHYARD_KEYRING_HOME/.local/share" \
    gnome-keyring-daemon --unlock --components=secrets <<<"throwaway-password" >/dev/null
  exec "$@"
' with-keyring "$@"
