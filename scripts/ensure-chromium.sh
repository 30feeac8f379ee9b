#!/usr/bin/env bash
# The browser tests drive Debian's chromium (never a downloaded browser).
# Installs it when missing and we are root; otherwise says how.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Instalando chromium de Debian para las pruebas en navegador… / Installing Debian's chromium for the browser tests…"
  DEBIAN_FRONTEND=noninteractive apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
  exit 0
fi
echo "Falta /usr/bin/chromium. Instálalo con: sudo apt-get install chromium" >&2
echo "Missing /usr/bin/chromium. Install it with: sudo apt-get install chromium" >&2
exit 1
