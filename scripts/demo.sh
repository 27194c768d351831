#!/usr/bin/env bash
# The main job on the bundled sample workspace (the repository root): scan, gaps, index, reports, packet.
set -euo pipefail
cd "$(dirname "$0")/.."
eviden() { node bin/eviden.js --workspace . "$@"; }
echo "== eviden scan"; eviden scan
echo "== eviden gaps"; eviden gaps
echo "== eviden index"; eviden index
echo "== eviden packet"; eviden packet
echo "== eviden verify"; eviden verify --packet "output/paket-$(node -e 'console.log(require("yaml").parse(require("fs").readFileSync("eviden.config.yaml","utf8")).tahun)')-draf"
