#!/usr/bin/env bash
# Installs the system packages Shequ builds and tests against, when they are missing:
# the Lua 5.4 library and headers, pkg-config, SQLite (library, headers and the sqlite3
# tool used as a baseline in measurements), and GNU time, which the tests use to read a
# child's peak memory. Safe to run again; needs root (or sudo)
# only when something is missing.
set -euo pipefail

packages=(liblua5.4-dev pkg-config libsqlite3-dev sqlite3 time)
if [ "${SHEQU_WITH_POSTGRES:-0}" = "1" ]; then
    packages+=(postgresql)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    exit 0
fi

echo "setup: installing ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
else
    echo "setup: missing packages ${missing[*]}; run this script as root to install them" >&2
    exit 2
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
