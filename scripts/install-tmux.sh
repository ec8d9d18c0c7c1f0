#!/bin/sh
# Installs tmux (Debian package `tmux`) for the test that drives `apigw shell` in a real pseudo-terminal.
# Exits 0 when tmux is available afterwards, non-zero when it cannot be installed
# (not root, no apt-get, no network): the test then skips with that reason.
set -u
if command -v tmux >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" != "0" ]; then
    echo "tmux is not installed and installing it needs root (apt-get install -y tmux)" >&2
    exit 2
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "tmux is not installed and apt-get is not available" >&2
    exit 3
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends tmux >&2 \
    || { apt-get update >&2 && apt-get install -y --no-install-recommends tmux >&2; } \
    || exit 4
command -v tmux >/dev/null 2>&1
