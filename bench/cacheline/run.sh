#!/bin/sh
# Builds the cache-line benchmarks with clang-19 -O2 and prints both ratios.
# Not a test: run on demand on an otherwise idle machine with >= 2 cores.
#
# usage: bench/cacheline/run.sh [fs_iterations=50000000] [hot_MiB=256] [runs=7]
# env:   CC (default clang-19), BUILD_DIR (default: a temporary directory)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
CC=${CC:-clang-19}
iters=${1:-50000000}
mib=${2:-256}
runs=${3:-7}
if [ -n "${BUILD_DIR:-}" ]; then
  out=$BUILD_DIR; mkdir -p "$out"
else
  out=$(mktemp -d); trap 'rm -rf "$out"' EXIT INT TERM
fi
"$CC" -O2 -std=c11 -Wall -Wextra -pthread "$here/false_sharing.c" -o "$out/false_sharing"
"$CC" -O2 -std=c11 -Wall -Wextra "$here/hot_fields.c" -o "$out/hot_fields"
echo "# $($CC --version | head -n 1); $(nproc) CPUs; $(uname -m)"
"$out/false_sharing" "$iters" "$runs"
echo
"$out/hot_fields" "$mib" "$runs"
