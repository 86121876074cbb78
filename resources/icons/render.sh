#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders pare.svg to the committed PNGs (hicolor sizes), pare.ico (Windows) and pare.icns
# (macOS). Needs rsvg-convert (Debian: librsvg2-bin) and python3. Run after editing pare.svg.
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512 1024; do
    mkdir -p "png/${size}"
    rsvg-convert -w "$size" -h "$size" pare.svg -o "png/${size}/pare.png"
done
python3 pack_icons.py png pare.ico pare.icns
rm -rf png/1024 # only needed inside pare.icns
