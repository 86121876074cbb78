#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the GUI under Xvfb and saves a screenshot of the whole screen.
#   tools/screenshot.sh OUT.png [--size 1280x800] [--scale 2] [--wait 4] [--] [pare arguments]
# Or the set the README and issue #8 ask for — the main window at 1280×800 with the demo model,
# a 4-bit plan and a computed variant, in light, dark, German and at 2× scale (2560×1600), and
# at 1920×1080 (light English, dark German):
#   tools/screenshot.sh --set OUTDIR        (PARE_BUILD=build/release by default; it needs the
#                                            tst_screenshots test and the pare target built)
set -euo pipefail
if [ "${1:-}" = "--set" ]; then
    outdir=$(mkdir -p "$2" && cd "$2" && pwd)
    here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
    build=${PARE_BUILD:-$here/build/release}
    shooter=$build/tests/ui/tst_screenshots
    [ -x "$shooter" ] || { echo "screenshot.sh: build tst_screenshots first ($shooter)" >&2; exit 1; }
    shot() { # name screen theme language scale [window size]
        local name=$1 screen=$2 theme=$3 lang=$4 scale=$5 size=${6:-1280x800}
        local cfg; cfg=$(mktemp -d)
        xvfb-run -a -s "-screen 0 ${screen}x24" env XDG_CONFIG_HOME="$cfg" QT_QPA_PLATFORM=xcb \
            QT_SCALE_FACTOR="$scale" PARE_SCREENSHOT_DIR="$outdir" PARE_SCREENSHOT_NAME="$name" \
            PARE_THEME="$theme" PARE_LANGUAGE="$lang" LANGUAGE="$lang" PARE_SCREENSHOT_SIZE="$size" \
            "$shooter" -maxwarnings 0 >"$cfg/log.txt" 2>&1 || { cat "$cfg/log.txt" >&2; rm -rf "$cfg"; return 1; }
        rm -rf "$cfg"
        echo "$outdir/$name.png"
    }
    shot main-light 1280x800 light "" 1
    shot main-dark 1280x800 dark "" 1
    shot main-de 1280x800 light de 1
    shot main-2x 2560x1600 light "" 2
    shot main-1080p 1920x1080 light "" 1 1920x1080
    shot main-1080p-de 1920x1080 dark de 1 1920x1080
    exit 0
fi
out=$1; shift
size=1280x800
scale=1
wait=4
while [ $# -gt 0 ]; do
    case "$1" in
        --size) size=$2; shift 2 ;;
        --scale) scale=$2; shift 2 ;;
        --wait) wait=$2; shift 2 ;;
        --) shift; break ;;
        *) break ;;
    esac
done
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bin=${PARE_BIN:-${PARE_BUILD:-$here/build/release}/app/pare}
if [ ! -x "$bin" ]; then
    echo "screenshot.sh: no Pare at $bin (build it, or set PARE_BUILD or PARE_BIN)" >&2
    exit 1
fi
# A shot of the whole screen needs ImageMagick's import and xdotool (the --set shots do not):
# installed here when missing, as tools/setup.sh installs the rest.
"$here/tools/install-missing.sh" screenshot.sh imagemagick xdotool
w=${size%x*}; h=${size#*x}
rm -f "$out"
xvfb-run -a -s "-screen 0 $((w * scale))x$((h * scale))x24" bash -c "
    export QT_SCALE_FACTOR=$scale
    '$bin' \"\$@\" &
    pid=\$!
    sleep $wait
    xdotool search --sync --onlyvisible --class pare windowmove 0 0 windowsize $((w * scale)) $((h * scale)) 2>/dev/null || true
    sleep 1
    import -window root '$out'
    kill \$pid
" -- "$@"
if [ ! -s "$out" ]; then
    echo "screenshot.sh: no screenshot was taken ($out)" >&2
    exit 1
fi
echo "$out"
