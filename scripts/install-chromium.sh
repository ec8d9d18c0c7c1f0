#!/bin/sh
# Installs headless Chromium (Debian package `chromium`) for the browser CORS test.
# Exits 0 when chromium is available afterwards, non-zero when it cannot be installed
# (not root, no apt-get, no network): the test then skips with that reason.
set -u
if command -v chromium >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" != "0" ]; then
    echo "chromium is not installed and installing it needs root (apt-get install -y chromium)" >&2
    exit 2
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "chromium is not installed and apt-get is not available" >&2
    exit 3
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends chromium >&2 \
    || { apt-get update >&2 && apt-get install -y --no-install-recommends chromium >&2; } \
    || exit 4
command -v chromium >/dev/null 2>&1
