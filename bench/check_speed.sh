#!/usr/bin/env bash
# `alignlint check` against run-clang-tidy and a plain `clang -fsyntax-only`
# pass over the same compilation database.
#
#   bench/check_speed.sh BUILD_DIR [JOBS]
#
# BUILD_DIR holds compile_commands.json (CMake, bear, ...). Each of the three
# runs every TU of the database (each file once) with JOBS processes (default:
# all cores), RUNS times (default 3); the best wall time and the peak RSS of
# the driving process (/usr/bin/time) are reported:
#   check    alignlint check -p BUILD_DIR -j JOBS --quiet
#   tidy     run-clang-tidy-N -p BUILD_DIR -j JOBS -checks='-*,altera-struct-pack-align'
#   syntax   clang -fsyntax-only with each TU's flags (bench/ccdb.py), xargs -P JOBS
# Targets (docs/check.md): check <= 0.5x tidy and <= 1.1x syntax.
#
# On demand only; never run from ctest. Environment: ALIGNLINT (default: the
# newest build-llvm*/tools/alignlint/alignlint), CLANG and RUN_CLANG_TIDY
# (default: LLVM 19's), RUNS.
set -euo pipefail

build=$(realpath "${1:?usage: check_speed.sh BUILD_DIR [JOBS]}")
jobs=${2:-$(nproc)}
runs=${RUNS:-3}
here=$(cd "$(dirname "$0")" && pwd)
alignlint=${ALIGNLINT:-$(ls -t "$here"/../build-llvm*/tools/alignlint/alignlint | head -1)}
clang=${CLANG:-/usr/lib/llvm-19/bin/clang}
tidy=${RUN_CLANG_TIDY:-run-clang-tidy-19}
work=$(mktemp -d "${TMPDIR:-/tmp}/check-speed.XXXXXX")
trap 'rm -rf "$work"' EXIT

# best_of NAME COMMAND...: runs COMMAND $runs times; prints NAME, the best
# wall seconds and the largest peak RSS (KiB) of the driving process.
best_of() {
  local name=$1 best="" rss=0 t m
  shift
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>&1 || true
    # (time puts "Command exited with non-zero status N" first.)
    read -r t m < <(tail -1 "$work/time")
    if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
    [ "$m" -gt "$rss" ] && rss=$m
  done
  echo "$name $best $rss"
}

# The plain pass: one shell-quoted command a line from ccdb.py.
python3 "$here/ccdb.py" list "$build/compile_commands.json" syntax "$clang" \
  --extra=-Wno-unknown-warning-option |
  awk -F'\t' '!seen[$3]++ { printf "cd %s && %s\n", $1, $4 }' >"$work/syntax.sh"
tus=$(wc -l <"$work/syntax.sh")

{
  best_of check "$alignlint" check -p "$build" -j "$jobs" --quiet
  best_of tidy "$tidy" -p "$build" -j "$jobs" -quiet \
    -checks='-*,altera-struct-pack-align'
  best_of syntax xargs -a "$work/syntax.sh" -P "$jobs" -d '\n' -n 1 sh -c
} >"$work/results"

echo "database: $build ($tus TUs), $jobs jobs, best of $runs"
awk -v tus="$tus" '
  { wall[$1] = $2; rss[$1] = $3; printf "  %-7s %8.2f s  %8d KiB peak RSS\n", $1, $2, $3 }
  END {
    printf "  check / tidy   = %.2f (target <= 0.5)\n", wall["check"] / wall["tidy"]
    printf "  check / syntax = %.2f (target <= 1.1)\n", wall["check"] / wall["syntax"]
  }' "$work/results"
