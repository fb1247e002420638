#!/bin/sh
# Builds alignlint for one LLVM version into build-llvmN:
#   scripts/build.sh [22|19|16|15|14]     (default 22)
# ALIGNLINT_JOBS sets ninja's parallel jobs (default 2).
set -eu
version="${1:-22}"
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build-llvm$version"
launcher=""
# ccache, when installed, makes rebuilds of several checkouts cheap.
if command -v ccache >/dev/null 2>&1; then
  launcher="-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DALIGNLINT_LLVM_PREFIX="/usr/lib/llvm-$version" $launcher >/dev/null
ninja --quiet -C "$build" -j "${ALIGNLINT_JOBS:-2}"
