#!/bin/sh
# Installs a Debian package a test needs when its command is missing: install-debian-package.sh PACKAGE [COMMAND]
# (COMMAND defaults to PACKAGE). Exits 0 when the command is available afterwards, non-zero when it cannot be
# installed (not root, no apt-get, no network): the test then skips with the reason printed on stderr.
set -u
package=$1
command=${2:-$1}
if command -v "$command" >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" != "0" ]; then
    echo "$command is not installed and installing it needs root (apt-get install -y $package)" >&2
    exit 2
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "$command is not installed and apt-get is not available" >&2
    exit 3
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends "$package" >&2 \
    || { apt-get update >&2 && apt-get install -y --no-install-recommends "$package" >&2; } \
    || exit 4
command -v "$command" >/dev/null 2>&1
