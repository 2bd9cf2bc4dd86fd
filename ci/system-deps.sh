#!/usr/bin/env bash
# Installs the system packages the tests and packs need, when missing: a CJK font for Chinese charts and PDFs
# (fonts-wqy-zenhei: TrueType outlines that embed in PDF) and poppler-utils (pdftoppm, for looking at packs).
# `ci/system-deps.sh font`: the font (and fontconfig) only, what bin/pipeline installs before rendering packs.
set -euo pipefail
missing=()
fc-list 2>/dev/null | grep -i "wqy" >/dev/null || missing+=(fonts-wqy-zenhei)
[[ "${1:-}" == font ]] || command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v fc-list >/dev/null 2>&1 || missing+=(fontconfig)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "missing system packages: ${missing[*]}; install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "installing ${missing[*]} ..." >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
# The JDK caches font lookups; a cache written before the font existed hides it.
rm -rf "${HOME}/.java/fonts"
