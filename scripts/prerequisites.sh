#!/usr/bin/env bash
# Installs what the build and the tests need on a fresh Debian machine with the .NET 10 SDK.
# Idempotent: does nothing when everything is already there.
set -euo pipefail

need_apt=()
command -v dotnet >/dev/null 2>&1 || { echo "the .NET 10 SDK is required (https://dot.net)"; exit 1; }
# ICU: Windows time-zone ids ("Pacific Standard Time") are resolved through it.
ls /usr/lib/x86_64-linux-gnu/libicuuc.so* >/dev/null 2>&1 || ls /usr/lib/*/libicuuc.so* >/dev/null 2>&1 || need_apt+=(libicu-dev)
# Time-zone database for IANA ids.
[ -d /usr/share/zoneinfo/America ] || need_apt+=(tzdata)
# PostgreSQL: the ledger's PostgreSQL tests run against a throwaway cluster (scripts/postgres.sh).
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
# Node.js 20+: the Api's build bundles the add-in (src/OutlookFollowUp.AddIn) with npm ci + esbuild.
command -v node >/dev/null 2>&1 || need_apt+=(nodejs npm)
# Chromium: the browser tests drive Debian's Chromium (/usr/bin/chromium); Playwright never downloads a browser.
[ -x /usr/bin/chromium ] || need_apt+=(chromium)

if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  fi
fi

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  echo "Node.js 20 or later is required to build the add-in (found: $(node --version 2>/dev/null || echo none))"
  exit 1
fi
