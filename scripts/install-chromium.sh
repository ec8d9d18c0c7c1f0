#!/bin/sh
# Installs headless Chromium (Debian package `chromium`) for the browser CORS test; see install-debian-package.sh.
exec "$(dirname "$0")/install-debian-package.sh" chromium
