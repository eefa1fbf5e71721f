#!/usr/bin/env bash
# System packages some tests need, from Debian's packages: Chromium (browser tests of the
# web UI), PostgreSQL (the store suite on the second backend), a Java runtime (Spark).
# Installs only what is missing; without root or apt it says what to install and goes on
# (those tests then skip, saying why, except under ORBAT_REQUIRE_SYSTEM=1 as in CI).
set -uo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
if [ ${#need[@]} -eq 0 ]; then
  echo "system-deps: chromium, postgresql and java are present"
  exit 0
fi
echo "system-deps: installing ${need[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
    echo "system-deps: not root and no sudo; install with apt: ${need[*]}" >&2; exit 0; fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: no apt-get; install by hand: ${need[*]}" >&2; exit 0
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q >/dev/null || true
$SUDO apt-get install -y -q --no-install-recommends "${need[@]}" || {
  echo "system-deps: could not install ${need[*]}; their tests will skip (fail under ORBAT_REQUIRE_SYSTEM=1)" >&2
  exit 0
}
