#!/usr/bin/env bash
# The main job on both bundled sample workspaces: the SPBE one (the repository root, spbe-2020) and then the Pemdi
# one (contoh/pemdi-2026, pemdi-2026): scan, gaps, index, reports, packet, verify. Needs nothing outside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
tahun() { node -e 'console.log(require("yaml").parse(require("fs").readFileSync(process.argv[1] + "/eviden.config.yaml","utf8")).tahun)' "$1"; }

echo "######## Contoh 1: SPBE 2020 (workspace di akar repositori)"
spbe() { node bin/eviden.js --workspace . "$@"; }
echo "== eviden scan"; spbe scan
echo "== eviden gaps"; spbe gaps
echo "== eviden index"; spbe index
echo "== eviden packet"; spbe packet
echo "== eviden verify"; spbe verify --packet "output/paket-$(tahun .)-draf"

echo
echo "######## Contoh 2: Indeks Pemerintah Digital 2026 (workspace contoh/pemdi-2026)"
PEMDI=contoh/pemdi-2026
pemdi() { node bin/eviden.js --workspace "$PEMDI" "$@"; }
echo "== eviden scan"; pemdi scan
echo "== eviden gaps"; pemdi gaps
echo "== eviden index"; pemdi index
echo "== eviden report"; pemdi report
echo "== eviden packet"; pemdi packet
echo "== eviden verify"; pemdi verify --packet "$PEMDI/output/paket-$(tahun "$PEMDI")-draf"
echo
echo "Hasil: output/ (SPBE) dan $PEMDI/output/ (Pemdi; paket berisi bukti per kode butir dan daftar-periksa-unggah-$(tahun "$PEMDI").pdf/.xlsx)."
