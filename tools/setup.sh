#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Pare needs on Debian 12 (only what is missing), configures and builds.
#   tools/setup.sh [--preset release|ci|asan|debug] [--tests] [--run] [--bench]
#     --tests  build and run the whole test suite through ctest (exit status is ctest's)
#     --run    run Pare's main job on the bundled demo: the GUI if a display is available,
#              otherwise the headless study, printing the report's path
#     --bench  also install the peers the benchmarks under bench/ compare with: Debian's
#              python3-torch and OpenBLAS (libopenblas0-pthread; the peer scripts put it first on
#              LD_LIBRARY_PATH for their own process only, the system's BLAS choice is left alone)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
preset=release
tests=0
runmain=0
bench=0
while [ $# -gt 0 ]; do
    case "$1" in
        --preset) preset=$2; shift 2 ;;
        --tests) tests=1; shift ;;
        --run) runmain=1; shift ;;
        --bench) bench=1; shift ;;
        -h|--help) sed -n '3,11p' "$0"; exit 0 ;;
        *) echo "setup.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
done

# Build and run-time packages; Python ones are for fixtures, demo training and peer benchmarks.
packages=(
    build-essential cmake ninja-build pkg-config git lld
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev libvulkan-dev
    libeigen3-dev libhdf5-dev libonnx-dev libprotobuf-dev protobuf-compiler zlib1g-dev
    clang libclang-rt-14-dev g++-aarch64-linux-gnu
    xvfb xauth xfonts-base fonts-dejavu-core fonts-noto-cjk poppler-utils
    desktop-file-utils appstream rpm debootstrap libonnx-testdata
    python3-numpy python3-h5py python3-onnx python3-jsonschema
)
if [ $bench -eq 1 ]; then
    packages+=(python3-torch libopenblas0-pthread libopenblas0-serial)
fi

"$here/tools/install-missing.sh" setup.sh "${packages[@]}"

jobs=$(nproc)
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$jobs"

if [ $tests -eq 1 ]; then
    ctest --preset "$preset" -j "$jobs" --timeout 900
fi

if [ $runmain -eq 1 ]; then
    bin="$here/build/$preset/app"
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        exec "$bin/pare"
    fi
    exec "$bin/pare-cli" demo
fi
