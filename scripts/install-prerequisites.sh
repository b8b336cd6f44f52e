#!/usr/bin/env bash
# Installs the Debian packages the product needs: Chromium prints the PDF reports, poppler-utils reads them
# back in tests, the fonts carry Kazakh letters, PostgreSQL serves the source-database tests (each test run starts
# its own throwaway server; the packaged cluster is not used). Idempotent: installs only what is missing.
set -euo pipefail

packages=(chromium poppler-utils fonts-dejavu-core fonts-noto-core postgresql)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
