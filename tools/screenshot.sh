#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the GUI under Xvfb and saves a screenshot of the whole screen.
#   tools/screenshot.sh OUT.png [--size 1280x800] [--scale 2] [--wait 4] [--] [pare arguments]
set -euo pipefail
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
bin=${PARE_BIN:-$here/build/release/app/pare}
w=${size%x*}; h=${size#*x}
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
echo "$out"
