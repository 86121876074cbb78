#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds every reader's libFuzzer target (the `fuzz` preset, clang) and runs each for SECONDS
# (default 60) from its committed seed corpus. A crash, leak or sanitizer report fails the run;
# the crashing input is left in build/fuzz/artifacts/. The fuzzers run side by side, one per
# core (PARE_FUZZ_JOBS, default nproc): each is single-threaded, so each still gets SECONDS of
# a whole core.
#   tools/fuzz.sh [SECONDS] [NAME...]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
seconds=${1:-60}
shift || true

cmake --preset fuzz >/dev/null
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
    for d in tests/fuzz/*/; do
        [ -f "$d/CMakeLists.txt" ] && names+=("$(basename "$d")")
    done
fi
targets=()
for n in "${names[@]}"; do targets+=("fuzz_$n"); done
cmake --build --preset fuzz -j "$(nproc)" --target "${targets[@]}"

artifacts=build/fuzz/artifacts
mkdir -p "$artifacts"
# One fuzzer: its exit status goes to $artifacts/NAME.status, its output to NAME.log.
fuzz_one() {
    local n=$1 bin work rc=0
    bin=$(find build/fuzz -type f -name "fuzz_$n" -perm -u+x | head -n 1)
    work=$(mktemp -d)
    cp -r "tests/fuzz/$n/corpus/." "$work/" 2>/dev/null || true
    echo "fuzz: $n for ${seconds}s ($(ls "$work" | wc -l) seeds)"
    "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$artifacts/$n-" "$work" \
        > "$artifacts/$n.log" 2>&1 || rc=$?
    echo "$rc" > "$artifacts/$n.status"
    rm -rf "$work"
}
jobs=${PARE_FUZZ_JOBS:-$(nproc)}
for n in "${names[@]}"; do
    rm -f "$artifacts/$n.status"
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
        wait -n || true
    done
    fuzz_one "$n" &
done
wait
status=0
for n in "${names[@]}"; do
    if [ "$(cat "$artifacts/$n.status" 2>/dev/null)" != 0 ]; then
        echo "fuzz: $n FAILED — see $artifacts/$n.log"
        tail -n 40 "$artifacts/$n.log"
        status=1
    else
        printf 'fuzz: %s: ' "$n"
        grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$artifacts/$n.log" | tr '\n' ' '
        echo
    fi
done
exit $status
