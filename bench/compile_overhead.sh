#!/usr/bin/env bash
# Compile-time and memory overhead of the alignlint plugin.
#
#   bench/compile_overhead.sh [PROJECT_DIR...]
#
# Compares `clang-19 ...` with `clang-19 ... -fplugin=libalignlint.so` using
# hyperfine (-N, warm-up 1, 5 runs) at -fsyntax-only and at -c -O2 on
#   - gen:     bench/gen_big_tu.py output (STRUCTS structs + one function each)
#   - structs: the same structs without functions (-fsyntax-only only): the
#              record-dense worst case, nothing but records to analyse
#   - the NLARGEST largest source files of each PROJECT_DIR, compiled with
#     their own flags from PROJECT_DIR/compile_commands.json (output, -M* and
#     -flto options dropped; at O2 the project's -O level is replaced by -O2)
# and the peak RSS (/usr/bin/time, "Maximum resident set size") of each.
# Plugin diagnostics go to /dev/null, but clang still formats them: that cost
# is part of the overhead, as it is in a real build.
#
# On demand only; never run from ctest. A full run with the defaults and one
# project takes about 15 minutes on 2 cores (the generated TU at -O2 is ~25 s
# a compile). Results: $OUT/*.json (hyperfine), $OUT/summary.md.
#
# Environment:
#   PLUGIN       absolute path of libalignlint.so (default: newest
#                build*/**/libalignlint.so in the repository)
#   PLUGIN_ARGS  space-separated plugin arguments, each passed as
#                -fplugin-arg-alignlint-ARG (e.g. "min-saved=8")
#   PLUGIN_FLAGS replaces the plugin flags entirely (testing the script
#                against plain clang: PLUGIN_FLAGS=-Wpadded)
#   CC           compiler (clang-19)
#   RUNS WARMUP  hyperfine runs / warm-up runs (5 / 1)
#   MEM_RUNS     /usr/bin/time runs per command, the max is kept (2)
#   NLARGEST     largest files taken from each project (3)
#   STRUCTS SEED generated TU size and seed (20000 / 1)
#   MODES        "syntax O2" (default) or a subset
#   CASES        "gen structs project" (default) or a subset
#   OUT          results directory (bench/out/overhead-<date>)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
CC=${CC:-clang-19}
RUNS=${RUNS:-5}
WARMUP=${WARMUP:-1}
MEM_RUNS=${MEM_RUNS:-2}
NLARGEST=${NLARGEST:-3}
STRUCTS=${STRUCTS:-20000}
SEED=${SEED:-1}
MODES=${MODES:-syntax O2}
CASES=${CASES:-gen structs project}
OUT=${OUT:-$repo/bench/out/overhead-$(date +%Y%m%d-%H%M%S)}

die() { echo "compile_overhead: $*" >&2; exit 1; }
command -v hyperfine >/dev/null || die "hyperfine not found"
command -v "$CC" >/dev/null || die "$CC not found"
[ -x /usr/bin/time ] || die "/usr/bin/time not found (apt-get install time)"

. "$here/plugin_flags.sh"

mkdir -p "$OUT"
cases_tsv=$OUT/cases.tsv          # name mode dir base_cmd plugin_cmd
: >"$cases_tsv"

# Sanity check: the plugin loads and the compile still succeeds.
tiny=$OUT/tiny.c
printf 'struct t { char a; double b; char c; };\nint main(void) { struct t x = {0}; return x.a; }\n' >"$tiny"
if ! "$CC" "${pflags[@]}" -fsyntax-only "$tiny" 2>"$OUT/tiny.err"; then
  cat "$OUT/tiny.err" >&2; die "$CC ${pflags[*]} fails on a trivial file"
fi

{
  echo "date: $(date -Is)"
  echo "host: $(uname -n) $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2-)"
  echo "compiler: $($CC --version | head -1)"
  echo "plugin flags: $PLUGIN_FLAGS"
  echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/env.txt"

add_case() {  # name mode dir base_cmd plugin_cmd
  printf '%s\t%s\t%s\t%s\t%s\n' "$@" >>"$cases_tsv"
}

if [[ " $CASES " == *" gen "* || " $CASES " == *" structs "* ]]; then
  gen=$OUT/gen
  mkdir -p "$gen"
  python3 "$here/gen_big_tu.py" --structs "$STRUCTS" --seed "$SEED" -o "$gen/big.c"
  python3 "$here/gen_big_tu.py" --structs "$STRUCTS" --seed "$SEED" \
    --no-functions -o "$gen/structs.c"
  for mode in $MODES; do
    case $mode in
      syntax) mflags="-fsyntax-only" ;;
      O2) mflags="-O2 -c -o /dev/null" ;;
      *) die "unknown mode $mode" ;;
    esac
    if [[ " $CASES " == *" gen "* ]]; then
      add_case "gen-$STRUCTS" "$mode" "$gen" "$CC $mflags big.c" \
        "$CC $PLUGIN_FLAGS $mflags big.c"
    fi
    if [[ " $CASES " == *" structs "* && $mode == syntax ]]; then
      add_case "structs-$STRUCTS" "$mode" "$gen" "$CC $mflags structs.c" \
        "$CC $PLUGIN_FLAGS $mflags structs.c"
    fi
  done
fi

if [[ " $CASES " == *" project "* ]]; then
  for proj in "$@"; do
    proj=$(realpath "$proj")
    db=$proj/compile_commands.json
    [ -f "$db" ] || die "$db not found"
    pname=$(basename "$proj")
    for mode in $MODES; do
      paste <(python3 "$here/ccdb.py" list "$db" "$mode" "$CC" --largest "$NLARGEST") \
            <(python3 "$here/ccdb.py" list "$db" "$mode" "$CC" --largest "$NLARGEST" \
                "${extra[@]}" | cut -f4) |
      while IFS=$'\t' read -r dir size file base plug; do
        add_case "$pname/$(basename "$file")" "$mode" "$dir" "$base" "$plug"
      done
    done
  done
fi

n=0
while IFS=$'\t' read -r -u 3 name mode dir base plug; do
  n=$((n + 1))
  tag=$(printf '%02d' "$n")-$(echo "$name" | tr '/' '_').$mode
  echo "== [$n] $name ($mode)"
  # Warnings the plugin prints (once, for the record).
  (cd "$dir" && eval "$plug" >/dev/null 2>"$OUT/$tag.plugin.stderr") ||
    echo "   note: plugin command exited non-zero (see $OUT/$tag.plugin.stderr)"
  (cd "$dir" && eval "$base" >/dev/null 2>"$OUT/$tag.base.stderr") ||
    echo "   note: baseline command exited non-zero"
  (cd "$dir" && hyperfine -N -w "$WARMUP" -r "$RUNS" -i --style basic \
      --export-json "$OUT/$tag.json" -n baseline "$base" -n plugin "$plug")
  for which in base plug; do
    cmd=$base; [ $which = plug ] && cmd=$plug
    : >"$OUT/$tag.$which.rss"
    for _ in $(seq "$MEM_RUNS"); do
      (cd "$dir" && eval "/usr/bin/time -f %M -o $OUT/$tag.$which.rss.one $cmd" \
         >/dev/null 2>&1) || true
      cat "$OUT/$tag.$which.rss.one" >>"$OUT/$tag.$which.rss"
    done
    rm -f "$OUT/$tag.$which.rss.one"
  done
  printf '%s\t%s\t%s\n' "$tag" "$name" "$mode" >>"$OUT/index.tsv"
done 3<"$cases_tsv"

echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/env.txt"

python3 - "$OUT" <<'EOF'
import json, os, re, statistics, sys
out = sys.argv[1]
rows = []
for line in open(os.path.join(out, "index.tsv")):
    tag, name, mode = line.rstrip("\n").split("\t")
    res = {r["command"]: r for r in json.load(open(os.path.join(out, tag + ".json")))["results"]}
    b, p = res["baseline"], res["plugin"]
    def rss(which):
        vals = [int(x) for x in open(os.path.join(out, "%s.%s.rss" % (tag, which))).read().split()
                if x.strip().isdigit()]
        return max(vals) if vals else 0
    rb, rp = rss("base"), rss("plug")
    err = open(os.path.join(out, tag + ".plugin.stderr"), errors="replace").read()
    nwarn = len(re.findall(r"\[alignlint-[a-z-]+\]", err))
    rows.append((name, mode, b["mean"], b["stddev"] or 0, p["mean"], p["stddev"] or 0,
                 p["mean"] / b["mean"], p["min"] / b["min"],
                 p["user"] / b["user"] if b["user"] else float("nan"),
                 rb, rp, nwarn))
hdr = ("| case | mode | baseline s | plugin s | ratio (mean) | ratio (min) | "
       "ratio (user) | RSS base MB | RSS plugin MB | RSS ratio | plugin diags |")
lines = [hdr, "|" + "---|" * 11]
for (name, mode, bm, bs, pm, ps, rm, rmin, ru, rb, rp, nw) in rows:
    lines.append("| %s | %s | %.3f ± %.3f | %.3f ± %.3f | %.3f | %.3f | %.3f | %.1f | %.1f | %.3f | %d |"
                 % (name, mode, bm, bs, pm, ps, rm, rmin, ru, rb / 1024, rp / 1024,
                    rp / rb if rb else float("nan"), nw))
text = "\n".join(lines) + "\n"
open(os.path.join(out, "summary.md"), "w").write(
    open(os.path.join(out, "env.txt")).read() + "\n" + text)
print()
print(text)
print("results in", out)
EOF
