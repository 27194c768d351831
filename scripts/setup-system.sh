#!/usr/bin/env bash
# Installs the Debian packages eviden needs (idempotent).
# chromium: renders the PDF reports; poppler-utils, qpdf: PDF checks and decryption;
# tesseract-ocr(-ind,-eng): fast OCR language data (and the benchmark reference);
# fonts-liberation2: the report fonts; imagemagick: sample-scan generation.
set -euo pipefail
PKGS=(chromium poppler-utils qpdf tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng fonts-liberation2 imagemagick)
missing=()
for p in "${PKGS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "[setup] Paket sistem sudah lengkap: ${PKGS[*]}"
  exit 0
fi
echo "[setup] Memasang paket Debian yang belum ada: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo"
  else
    echo "[setup] GAGAL: perlu hak root untuk memasang paket: ${missing[*]}" >&2
    echo "[setup] Jalankan sebagai root:  apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-liberation >/dev/null
echo "[setup] Selesai memasang: ${missing[*]}"
