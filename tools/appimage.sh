#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Pare-<version>-x86_64.AppImage from a configured build tree.
#
#   tools/appimage.sh [build-dir] [output-dir]     default: build/release, build/release/dist
#
# Step 1 (always): `cmake --install` into an AppDir (usr/bin, usr/share/pare, desktop file,
# icons). Pare finds its data there through $APPDIR (core/common/paths.h).
# Step 2 (needs linuxdeploy and its Qt plugin on PATH, or $LINUXDEPLOY): bundle Qt and the other
# libraries, and write the AppImage. Debian does not package linuxdeploy or appimagetool, nor
# the AppImage runtime, so on a Debian-only machine the script stops after step 1 and says so;
# the GitHub workflow or a user with those tools runs step 2.
set -euo pipefail

SOURCE_DIR=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$SOURCE_DIR/build/release}
OUT=${2:-$BUILD/dist}
[ -f "$BUILD/CMakeCache.txt" ] || { echo "appimage.sh: $BUILD is not a configured build tree" >&2; exit 2; }
BUILD=$(cd "$BUILD" && pwd)
VERSION=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD/CMakeCache.txt")
APPDIR=$BUILD/AppDir

cmake --build "$BUILD" --target pare pare-cli
rm -rf "$APPDIR"
DESTDIR=$APPDIR cmake --install "$BUILD" --prefix /usr
echo "appimage.sh: AppDir ready in $APPDIR"

LINUXDEPLOY=${LINUXDEPLOY:-$(command -v linuxdeploy || command -v linuxdeploy-x86_64.AppImage || true)}
if [ -z "$LINUXDEPLOY" ]; then
    cat >&2 <<EOF
appimage.sh: linuxdeploy not found, so no AppImage was written.
  Debian 12 packages neither linuxdeploy, appimagetool nor the AppImage runtime. Put
  linuxdeploy and linuxdeploy-plugin-qt on PATH (or set LINUXDEPLOY) and run this again.
EOF
    exit 1
fi

mkdir -p "$OUT"
cd "$OUT"
QMAKE=$(command -v qmake6 || command -v qmake) \
EXTRA_PLATFORM_PLUGINS="libqoffscreen.so" \
LDAI_OUTPUT="Pare-$VERSION-x86_64.AppImage" \
    "$LINUXDEPLOY" --appdir "$APPDIR" \
        --executable "$APPDIR/usr/bin/pare" --executable "$APPDIR/usr/bin/pare-cli" \
        --desktop-file "$APPDIR/usr/share/applications/io.github.pare.Pare.desktop" \
        --icon-file "$APPDIR/usr/share/icons/hicolor/256x256/apps/io.github.pare.Pare.png" \
        --plugin qt --output appimage
echo "appimage.sh: wrote $OUT/Pare-$VERSION-x86_64.AppImage"
