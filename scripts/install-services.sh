#!/usr/bin/env bash
# Installs the system services the tests run for real (Debian packages).
# Nothing to do when they are already there.
set -euo pipefail
need=()
command -v redis-server >/dev/null || need+=(redis-server)
# Headless Chromium drives the Onlinesim OAuth consent page in the browser tests.
command -v chromium >/dev/null || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  echo "install-services: installing ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
