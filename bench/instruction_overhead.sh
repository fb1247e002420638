#!/usr/bin/env bash
# The plugin's overhead in instructions (callgrind), which a busy machine
# does not blur: each chosen TU is compiled with and without the plugin, and
# the plugin's own cost (the inclusive count of its HandleTranslationUnit,
# which whole-run totals only approximate: clang's parse varies by about
# +-2 M instructions with heap addresses) is split into clang printing
# alignlint's diagnostics and alignlint's analysis.
#
#   bench/instruction_overhead.sh PROJECT_DIR [FILE_REGEX]
#
# FILE_REGEX (grep -E, matched against each TU's path) picks the TUs;
# without it, the NLARGEST largest. Diagnostics go to /dev/null, so they
# are formatted and printed as in a build.
#
# Environment: PLUGIN, PLUGIN_ARGS, PLUGIN_FLAGS (as compile_overhead.sh),
# CC (clang-19), MODE (syntax or O2; syntax), NLARGEST (3), JOBS (2),
# OUT (bench/out/instructions-<date>: the callgrind files and summary.md).
# About a minute per TU and mode on 2 cores.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
die() { echo "instruction_overhead: $*" >&2; exit 2; }
[ $# -ge 1 ] && [ $# -le 2 ] ||
  die "usage: instruction_overhead.sh PROJECT_DIR [FILE_REGEX]"
db=$1/compile_commands.json pattern=${2:-}
[ -f "$db" ] || die "$db: not found (record it with bear)"
command -v valgrind >/dev/null || die "valgrind not found"
CC=${CC:-clang-19} MODE=${MODE:-syntax} NLARGEST=${NLARGEST:-3} JOBS=${JOBS:-2}
OUT=${OUT:-$repo/bench/out/instructions-$(date +%Y%m%d-%H%M%S)}
. "$here/plugin_flags.sh"
mkdir -p "$OUT"

largest=(); [ -z "$pattern" ] && largest=(--largest "$NLARGEST")
python3 "$here/ccdb.py" list "$db" "$MODE" "$CC" "${largest[@]}" |
  awk -F'\t' -v re="$pattern" 're == "" || $3 ~ re' > "$OUT/tus.tsv"
[ -s "$OUT/tus.tsv" ] || die "no TU matches '$pattern' in $db"

# One callgrind run per (TU, with/without plugin), JOBS at a time.
n=0
while IFS=$'\t' read -r dir _size _file cmd; do
  n=$((n + 1))
  for which in base plugin; do
    flags=""; [ $which = plugin ] && flags=$PLUGIN_FLAGS
    printf 'cd %q && valgrind --tool=callgrind --callgrind-out-file=%q %s %s >/dev/null 2>&1\n' \
      "$dir" "$OUT/$n.$which.cg" "$cmd" "$flags"
  done
done < "$OUT/tus.tsv" | xargs -d '\n' -P "$JOBS" -I{} bash -c '{}'

total() { awk '/^summary:/ {print $2}' "$1"; }
# Inclusive count of the first function matching $2 (not a recursive copy).
inclusive() {
  callgrind_annotate --inclusive=yes --threshold=100 "$1" </dev/null 2>/dev/null |
    awk -v re="$2" '!found && $0 ~ re && $0 !~ /'"'"'2/ {gsub(",", "", $1); print $1; found = 1}'
}
pct() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f%%", 100 * a / b}'; }
mega() { awk -v a="$1" 'BEGIN {printf "%.1f M", a / 1e6}'; }

{
  echo "| TU ($MODE) | baseline | whole run | plugin | clang prints its diagnostics | alignlint's analysis |"
  echo "|---|---|---|---|---|---|"
  n=0
  while IFS=$'\t' read -r _dir _size file _cmd; do
    n=$((n + 1))
    base=$(total "$OUT/$n.base.cg") with=$(total "$OUT/$n.plugin.cg")
    [ -n "$base" ] && [ -n "$with" ] || { echo "| $file | failed | | | | |"; continue; }
    plugin=$(inclusive "$OUT/$n.plugin.cg" 'AlignLintConsumer::HandleTranslationUnit\(')
    printing=$(inclusive "$OUT/$n.plugin.cg" 'TextDiagnosticPrinter::HandleDiagnostic\(')
    plugin=${plugin:-0} printing=${printing:-0}
    echo "| $file | $(mega "$base") | +$(pct $((with - base)) "$base")" \
         "| $(mega "$plugin") ($(pct "$plugin" "$base"))" \
         "| $(mega "$printing") ($(pct "$printing" "$base"))" \
         "| $(mega $((plugin - printing))) ($(pct $((plugin - printing)) "$base")) |"
  done < "$OUT/tus.tsv"
} | tee "$OUT/summary.md"
