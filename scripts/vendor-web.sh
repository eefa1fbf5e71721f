#!/usr/bin/env bash
# Vendor the web UI's front-end libraries into src/orbat/web/static/vendor/ (pinned versions).
# npm installs them into a temporary folder; only the built files and their licences are copied,
# so the repository never holds node_modules and the UI needs no network at run time.
set -euo pipefail

D3=7.9.0
TOPOJSON_CLIENT=3.1.0
WORLD_ATLAS=2.0.2

repo="$(cd "$(dirname "$0")/.." && pwd)"
dest="$repo/src/orbat/web/static/vendor"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cd "$tmp"
npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts --save-exact \
    "d3@$D3" "topojson-client@$TOPOJSON_CLIENT" "world-atlas@$WORLD_ATLAS" >/dev/null

mkdir -p "$dest/d3" "$dest/topojson-client" "$dest/world-atlas"
cp node_modules/d3/dist/d3.min.js "$dest/d3/d3.min.js"
cp node_modules/d3/LICENSE "$dest/d3/LICENSE"
cp node_modules/topojson-client/dist/topojson-client.min.js "$dest/topojson-client/topojson-client.min.js"
cp node_modules/topojson-client/LICENSE "$dest/topojson-client/LICENSE"
cp node_modules/world-atlas/countries-110m.json "$dest/world-atlas/countries-110m.json"
cp node_modules/world-atlas/LICENSE "$dest/world-atlas/LICENSE"
cat > "$dest/VERSIONS" <<VERSIONS
d3 $D3 (ISC)
topojson-client $TOPOJSON_CLIENT (ISC)
world-atlas $WORLD_ATLAS (ISC; data: Natural Earth, public domain)
VERSIONS
echo "vendored into $dest"
ls -l "$dest"/*
