#!/bin/sh
# Installs tmux for the test that drives `apigw shell` in a real pseudo-terminal; see install-debian-package.sh.
exec "$(dirname "$0")/install-debian-package.sh" tmux
