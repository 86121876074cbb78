#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Pare's .deb with cpack from an existing build tree, installs it into a clean Debian 12
# root, runs pare-cli and the GUI (offscreen) there, purges it and checks nothing was left.
#
#   tools/deb_test.sh [build-dir]      default: build/ci, else build/release
#   PARE_DEB_TEST_DEB=pare_….deb tools/deb_test.sh [build-dir]   test that package as it is
#
# Needs root (chroot, mount). The bookworm root is made once with debootstrap and cached in
# $PARE_DEB_TEST_CACHE (default /var/cache/pare-deb-test); each run works on an overlay (or,
# where overlayfs is refused, a copy) of it, so the cached root stays clean. Downloaded .debs are
# cached there too. Dependencies come from the Debian mirror the host's apt uses.
set -euo pipefail

SOURCE_DIR=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${PARE_DEB_TEST_CACHE:-/var/cache/pare-deb-test}
BASE=$CACHE/bookworm
SUITE=bookworm
GUI_SECONDS=${PARE_DEB_TEST_GUI_SECONDS:-5}

log() { printf '[deb_test] %s\n' "$*"; }
fail() { printf '[deb_test] FAIL: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "must run as root (chroot, mount)"

BUILD=${1:-}
if [ -z "$BUILD" ]; then
    for candidate in "$SOURCE_DIR/build/ci" "$SOURCE_DIR/build/release"; do
        if [ -f "$candidate/CPackConfig.cmake" ]; then BUILD=$candidate; break; fi
    done
fi
[ -n "$BUILD" ] && [ -f "$BUILD/CPackConfig.cmake" ] \
    || fail "no configured build tree: give one, or configure build/ci or build/release"
BUILD=$(cd "$BUILD" && pwd)
grep -q '^PARE_BUILD_GUI:BOOL=ON' "$BUILD/CMakeCache.txt" \
    || fail "$BUILD/CMakeCache.txt: PARE_BUILD_GUI is not ON; the package must hold the GUI"

for tool in cpack dpkg-deb dpkg-shlibdeps debootstrap; do
    if ! command -v "$tool" >/dev/null; then
        case $tool in
            debootstrap) apt-get install -y -q debootstrap >/dev/null ;;
            *) fail "$tool not found" ;;
        esac
    fi
done

# The mirror the host uses: the first Debian URI of a deb822 .sources or a one-line .list.
host_mirror() {
    local uri
    uri=$(grep -hsE '^URIs:.*/debian/?$' /etc/apt/sources.list.d/*.sources 2>/dev/null \
          | head -n1 | awk '{print $2}')
    if [ -z "$uri" ]; then
        uri=$(grep -hsE '^deb .*/debian/? +bookworm' /etc/apt/sources.list \
              /etc/apt/sources.list.d/*.list 2>/dev/null | head -n1 | awk '{print $2}')
    fi
    echo "${uri:-http://deb.debian.org/debian}"
}
MIRROR=$(host_mirror)
SECURITY=$(grep -hsE '^URIs:.*debian-security/?$' /etc/apt/sources.list.d/*.sources 2>/dev/null \
           | head -n1 | awk '{print $2}')
SECURITY=${SECURITY:-${MIRROR%/debian*}/debian-security}

# --- 1. The package ------------------------------------------------------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pare-deb-test.XXXXXX")
ROOT=$WORK/root
MOUNTS=()
cleanup() {
    local i
    for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
        umount -l "${MOUNTS[i]}" 2>/dev/null || true
    done
    # --one-file-system: should an unmount have failed, never reach through into the host.
    rm -rf --one-file-system "$WORK"
}
trap cleanup EXIT

if [ -n "${PARE_DEB_TEST_DEB:-}" ]; then
    # An already built package (CI that ran cpack before), tested as it is.
    DEB=$(readlink -f "$PARE_DEB_TEST_DEB")
    [ -f "$DEB" ] || fail "PARE_DEB_TEST_DEB=$PARE_DEB_TEST_DEB: no such file"
else
    log "building the .deb from $BUILD"
    cmake --build "$BUILD" --target pare pare-cli >"$WORK/build.log" 2>&1 \
        || { tail -n 30 "$WORK/build.log"; fail "building pare and pare-cli in $BUILD"; }
    (cd "$WORK" && cpack -G DEB --config "$BUILD/CPackConfig.cmake" -B "$WORK/pkg") \
        >"$WORK/cpack.log" 2>&1 || { tail -n 30 "$WORK/cpack.log"; fail "cpack -G DEB"; }
    DEB=$(find "$WORK/pkg" -maxdepth 1 -name 'pare_*.deb' | head -n1)
    [ -n "$DEB" ] || fail "cpack made no pare_*.deb in $WORK/pkg"
fi
VERSION=$(dpkg-deb -f "$DEB" Version)
EXPECTED_VERSION=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD/CMakeCache.txt")
[ "$VERSION" = "$EXPECTED_VERSION" ] \
    || fail "$DEB: Version '$VERSION' differs from project version '$EXPECTED_VERSION'"
log "package $(basename "$DEB"), Depends: $(dpkg-deb -f "$DEB" Depends)"
for field in Description Section Maintainer; do
    [ -n "$(dpkg-deb -f "$DEB" "$field")" ] || fail "$DEB: control field $field is empty"
done

# --- 2. The cached clean root ----------------------------------------------------------------
mkdir -p "$CACHE/archives/partial"
if [ ! -f "$BASE/.pare-base-ready" ]; then
    if [ ! -f "$BASE/.pare-debootstrap-done" ]; then
        log "creating the Debian $SUITE root in $BASE (once) from $MIRROR"
        rm -rf --one-file-system "$BASE.tmp" "$BASE"
        debootstrap --variant=minbase "$SUITE" "$BASE.tmp" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 \
            || { tail -n 30 "$WORK/debootstrap.log"; fail "debootstrap $SUITE $MIRROR"; }
        touch "$BASE.tmp/.pare-debootstrap-done"
        mv "$BASE.tmp" "$BASE"
    fi
    cat >"$BASE/etc/apt/sources.list" <<EOF
deb $MIRROR $SUITE main
deb $MIRROR $SUITE-updates main
deb $SECURITY $SUITE-security main
EOF
    # A test root: no recommended extras, no services started by maintainer scripts.
    printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' \
        >"$BASE/etc/apt/apt.conf.d/90pare-test"
    printf '#!/bin/sh\nexit 101\n' >"$BASE/usr/sbin/policy-rc.d"
    chmod +x "$BASE/usr/sbin/policy-rc.d"
    touch "$BASE/.pare-base-ready"
fi

# --- 3. This run's root: an overlay on the cached one --------------------------------------
mkdir -p "$ROOT" "$WORK/upper" "$WORK/overlaywork"
if mount -t overlay overlay \
        -o "lowerdir=$BASE,upperdir=$WORK/upper,workdir=$WORK/overlaywork" "$ROOT" 2>/dev/null; then
    MOUNTS+=("$ROOT")
else
    log "overlayfs refused; copying the root instead"
    cp -a "$BASE/." "$ROOT/"
fi
mount -t proc proc "$ROOT/proc"
MOUNTS+=("$ROOT/proc")
mount --bind "$CACHE/archives" "$ROOT/var/cache/apt/archives"
MOUNTS+=("$ROOT/var/cache/apt/archives")
cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
mkdir -p "$ROOT/tmp/pkg"
cp "$DEB" "$ROOT/tmp/pkg/"
DEB_IN_ROOT=/tmp/pkg/$(basename "$DEB")

in_root() {
    chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/home/tester \
        XDG_RUNTIME_DIR=/home/tester/.runtime LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}
# Every path of the root except the volatile ones and the user's data (home folders).
file_list() {
    in_root find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /tmp -o -path /run \
        -o -path /home -o -path /root -o -path /var/cache/apt -o -path /var/lib/apt \
        -o -path /var/lib/dpkg -o -path /var/log -o -path /var/cache/debconf \) -prune \
        -o -print | LC_ALL=C sort
}

log "resolving dependencies with apt from $MIRROR"
in_root apt-get update -q >"$WORK/apt.log" 2>&1 || { tail -n 30 "$WORK/apt.log"; fail "apt-get update"; }
# Dependencies first, alone, so that the file lists before and after differ by Pare only.
in_root apt-get satisfy -y -q "$(dpkg-deb -f "$DEB" Depends)" >>"$WORK/apt.log" 2>&1 \
    || { tail -n 30 "$WORK/apt.log"; fail "apt-get satisfy the package's Depends"; }
mkdir -p "$ROOT/home/tester/.runtime"
chmod 700 "$ROOT/home/tester/.runtime"
file_list >"$WORK/before.txt"

log "installing $(basename "$DEB")"
in_root apt-get install -y -q "$DEB_IN_ROOT" >>"$WORK/apt.log" 2>&1 \
    || { tail -n 30 "$WORK/apt.log"; fail "apt-get install $(basename "$DEB")"; }

# --- 4. Does it work? --------------------------------------------------------------------
out=$(in_root pare-cli --version 2>&1) || fail "pare-cli --version exited $?: $out"
[[ $out == *"$VERSION"* ]] || fail "pare-cli --version printed '$out', expected $VERSION"
log "pare-cli --version: $out"
out=$(in_root /usr/bin/env QT_QPA_PLATFORM=offscreen pare --version 2>&1) || fail "pare --version exited $?: $out"
[[ $out == *"$VERSION"* ]] || fail "pare --version printed '$out', expected $VERSION"

DEMO_DIR=/usr/share/pare/demo
[ -d "$ROOT$DEMO_DIR" ] || fail "$DEMO_DIR is not installed"
# The first demo model by format preference (a model, not the evaluation data beside it).
DEMO_MODEL=
for ext in safetensors onnx gguf h5 keras pare; do
    DEMO_MODEL=$(cd "$ROOT" && find ".$DEMO_DIR" -type f -name "*.$ext" | LC_ALL=C sort \
                 | head -n1 | sed 's/^\.//')
    [ -z "$DEMO_MODEL" ] || break
done

help=$(in_root pare-cli --help 2>&1) || fail "pare-cli --help exited $?"
if grep -qE '^  demo ' <<<"$help"; then
    # Into the user's folder: what the study writes is user data, not the package's.
    out=$(in_root pare-cli demo --quiet --output /home/tester/demo-out 2>&1) \
        || fail "pare-cli demo exited $?: $out"
    reports=$(find "$ROOT/home/tester/demo-out" -type f -size +0 | wc -l)
    [ "$reports" -gt 0 ] || fail "pare-cli demo --output /home/tester/demo-out wrote no files"
    log "pare-cli demo: ok ($reports report files)"
else
    [ -n "$DEMO_MODEL" ] || fail "no demo model (safetensors/onnx/gguf/h5/keras/pare) in $DEMO_DIR"
    out=$(in_root pare-cli inspect "$DEMO_MODEL" 2>&1) \
        || fail "pare-cli inspect $DEMO_MODEL exited $?: $out"
    log "pare-cli inspect $DEMO_MODEL: ok ($(wc -l <<<"$out") lines)"
fi

# The GUI, offscreen, on the demo model: still running at the timeout (124) or a clean exit
# pass; anything else (a crash, a missing Qt plugin) fails.
set +e
gui_out=$(in_root /usr/bin/env QT_QPA_PLATFORM=offscreen \
          timeout "$GUI_SECONDS" pare ${DEMO_MODEL:+"$DEMO_MODEL"} 2>&1)
rc=$?
set -e
if [ $rc -ne 0 ] && [ $rc -ne 124 ]; then
    printf '%s\n' "$gui_out" | tail -n 20 >&2
    fail "pare ${DEMO_MODEL:-} (offscreen) exited $rc"
fi
log "pare (offscreen, ${GUI_SECONDS}s) ${DEMO_MODEL:-}: ok (exit $rc)"

# Desktop integration landed where desktops look for it.
for path in /usr/share/applications/io.github.pare.Pare.desktop \
            /usr/share/metainfo/io.github.pare.Pare.metainfo.xml \
            /usr/share/mime/packages/io.github.pare.Pare.xml \
            /usr/share/icons/hicolor/scalable/apps/io.github.pare.Pare.svg \
            /usr/share/icons/hicolor/256x256/apps/io.github.pare.Pare.png; do
    [ -f "$ROOT$path" ] || fail "$path is not installed"
done

# --- 5. Uninstall: nothing may be left outside the user's data -------------------------------
log "purging pare"
in_root apt-get purge -y -q pare >>"$WORK/apt.log" 2>&1 \
    || { tail -n 30 "$WORK/apt.log"; fail "apt-get purge pare"; }
file_list >"$WORK/after.txt"
if ! diff -u "$WORK/before.txt" "$WORK/after.txt" >"$WORK/leftovers.diff"; then
    head -n 40 "$WORK/leftovers.diff" >&2
    fail "the root's files after purge differ from before install (diff above)"
fi
log "purge left the root as it was ($(wc -l <"$WORK/before.txt") paths compared)"
log "PASS"
