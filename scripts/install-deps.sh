#!/bin/sh
# Installs the Debian packages solieu builds and tests with, and does nothing
# when they are all there already. Runs apt-get as root, or through sudo.
set -eu

packages="g++ clang libclang-rt-14-dev cmake make pkg-config python3
libicu-dev libre2-dev libutf8proc-dev libboost-program-options-dev
nlohmann-json3-dev libgtest-dev libgmock-dev libsqlite3-dev libssl-dev sqlite3"

missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0

echo "install-deps: installing$missing" >&2
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1; then
  sudo="sudo"
else
  echo "install-deps: need root or sudo to install:$missing" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
# shellcheck disable=SC2086
$sudo apt-get install -y -q --no-install-recommends $missing
