#!/bin/bash
# Checks that a faster plugin still says exactly what the old one said:
# runs both on the NLARGEST largest TUs of each project (-fsyntax-only, the
# project's own flags) with default arguments and with `enable=all
# show-layout`, with machine-readable fix-its, and diffs the output.
#
#   bench/same_output.sh OLD.so NEW.so PROJECT_DIR...
#
# Environment: NLARGEST (40), CC (clang-19), OUT (bench/out/same-output).
# Exit status 0 when every output is identical, 1 otherwise.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
die() { echo "same_output.sh: $*" >&2; exit 2; }
[ $# -ge 3 ] || die "usage: same_output.sh OLD.so NEW.so PROJECT_DIR..."
old=$(realpath "$1") new=$(realpath "$2"); shift 2
[ -f "$old" ] && [ -f "$new" ] || die "both plugins must exist"
CC=${CC:-clang-19} NLARGEST=${NLARGEST:-40}
OUT=${OUT:-$repo/bench/out/same-output}
mkdir -p "$OUT"

arg_sets=("" "enable=all show-layout")
runs=0 differ=0
for project in "$@"; do
  db=$project/compile_commands.json
  [ -f "$db" ] || die "$db: not found (record it with bear)"
  while IFS=$'\t' read -r dir _size file cmd; do
    for args in "${arg_sets[@]}"; do
      for which in old new; do
        plugin=$old; [ $which = new ] && plugin=$new
        flags="-fplugin=$plugin -fdiagnostics-parseable-fixits -fno-color-diagnostics"
        for a in $args; do flags+=" -fplugin-arg-alignlint-$a"; done
        (cd "$dir" && eval "$cmd $flags") >"$OUT/$which.txt" 2>&1 || true
      done
      runs=$((runs + 1))
      if ! cmp -s "$OUT/old.txt" "$OUT/new.txt"; then
        differ=$((differ + 1))
        echo "DIFFERS: $file (${args:-default arguments})"
        diff "$OUT/old.txt" "$OUT/new.txt" | head -20
      fi
    done
  done < <(python3 "$repo/bench/ccdb.py" list "$db" syntax "$CC" --largest "$NLARGEST")
done
echo "same_output: $runs runs, $differ with different output"
[ "$differ" -eq 0 ]
