#!/bin/sh
# Builds alignlint for one LLVM version into build-llvmN: scripts/build.sh [19|14]
set -eu
version="${1:-19}"
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build-llvm$version"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DALIGNLINT_LLVM_PREFIX="/usr/lib/llvm-$version" >/dev/null
ninja --quiet -C "$build"
