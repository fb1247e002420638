#!/usr/bin/env bash
# Run the alignlint plugin over every translation unit of a real project and
# aggregate what it finds.
#
#   bench/project_report.sh PROJECT_DIR
#
# PROJECT_DIR/compile_commands.json lists the TUs (bear or CMake). For each TU
# (its own flags, output/-M*/-flto options dropped, see bench/ccdb.py) this
# runs, in the TU's directory,
#   baseline:  CC <flags> -fsyntax-only FILE
#   plugin:    CC <flags> -fplugin=libalignlint.so [-fplugin-arg-alignlint-ARG]... -fsyntax-only FILE
# and reports
#   - TUs checked, and TUs skipped because the baseline already fails (the
#     project does not build with this compiler/flags: not the plugin's fault)
#   - crashes: the plugin run dies on a signal or prints clang's crash banner
#     while the baseline succeeds
#   - other plugin-only failures (exit 1 without a crash: e.g. error=RULE)
#   - records flagged, per rule, each counted once (deduplicated by
#     file:line of the diagnostic, so a header record seen by 40 TUs counts
#     once), total bytes saved and 64-byte cache lines saved per instance
#   - fixes refused, by reason (from the "note: no fix-it: <reason>" lines)
#   - summed -fsyntax-only time and the peak RSS of both runs
# Results: $OUT/summary.md, $OUT/records.tsv, $OUT/failures.tsv, and the
# stderr of every run under $OUT/tu/.
#
# Environment: PLUGIN, PLUGIN_ARGS, PLUGIN_FLAGS, CC as in compile_overhead.sh;
#   JOBS (parallel TUs, default nproc), LIMIT (first N TUs only), OUT.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
CC=${CC:-clang-19}
JOBS=${JOBS:-$(nproc)}
LIMIT=${LIMIT:-0}

die() { echo "project_report: $*" >&2; exit 1; }
[ $# -eq 1 ] || die "usage: $0 PROJECT_DIR"
proj=$(realpath "$1")
db=$proj/compile_commands.json
[ -f "$db" ] || die "$db not found (build the project under bear first)"
[ -x /usr/bin/time ] || die "/usr/bin/time not found (apt-get install time)"
OUT=${OUT:-$repo/bench/out/report-$(basename "$proj")-$(date +%Y%m%d-%H%M%S)}

. "$here/plugin_flags.sh"

mkdir -p "$OUT/tu"
common=(--extra=-fno-color-diagnostics --extra=-fno-caret-diagnostics
        --extra=-ferror-limit=0)
python3 "$here/ccdb.py" list "$db" syntax "$CC" "${common[@]}" >"$OUT/base.tsv"
python3 "$here/ccdb.py" list "$db" syntax "$CC" "${common[@]}" "${extra[@]}" |
  cut -f4 >"$OUT/plug.cmd"
paste "$OUT/base.tsv" "$OUT/plug.cmd" | awk -F'\t' -v OFS='\t' '{print NR, $0}' \
  >"$OUT/jobs.tsv"
if [ "$LIMIT" -gt 0 ]; then
  head -n "$LIMIT" "$OUT/jobs.tsv" >"$OUT/jobs.tmp" && mv "$OUT/jobs.tmp" "$OUT/jobs.tsv"
fi
ntu=$(wc -l <"$OUT/jobs.tsv")
echo "project_report: $ntu TUs from $db, $JOBS jobs, plugin flags: $PLUGIN_FLAGS"
echo "results: $OUT"

# One TU: both runs, with exit code, wall time and peak RSS recorded.
run_one() {
  local line=$1 out=$2 i dir size file base plug
  IFS=$'\t' read -r i dir size file base plug <<<"$line"
  cd "$dir" || { echo "$i 127 0 0 127 0 0" >"$out/tu/$i.res"; return; }
  local brc=0 prc=0
  eval "/usr/bin/time -f '%e %M' -o $out/tu/$i.base.time $base" \
    >/dev/null 2>"$out/tu/$i.base.err" || brc=$?
  eval "/usr/bin/time -f '%e %M' -o $out/tu/$i.plug.time $plug" \
    >/dev/null 2>"$out/tu/$i.plug.err" || prc=$?
  # /usr/bin/time writes "Command exited with non-zero status N" first.
  echo "$i $brc $(tail -1 "$out/tu/$i.base.time") $prc $(tail -1 "$out/tu/$i.plug.time")" \
    >"$out/tu/$i.res"
}
export -f run_one

start=$(date +%s)
tr '\n' '\0' <"$OUT/jobs.tsv" |
  xargs -0 -P "$JOBS" -I{} bash -c 'run_one "$1" "$2"' _ {} "$OUT"
echo "project_report: done in $(( $(date +%s) - start )) s"

JOBS=$JOBS python3 - "$OUT" "$proj" "$PLUGIN_FLAGS" <<'EOF'
import collections, math, os, re, sys
out, proj, pflags = sys.argv[1], sys.argv[2], sys.argv[3]
jobs = {}
for line in open(os.path.join(out, "jobs.tsv")):
    f = line.rstrip("\n").split("\t")
    jobs[f[0]] = (f[1], f[3])      # dir, file

DIAG = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): "
                  r"(?P<level>warning|error): (?P<msg>.*?) \[(?P<rule>alignlint-[\w-]+)\]$")
NOTE = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): note: no fix-it: (?P<reason>.*)$")
SIZE = re.compile(r"is (\d+) bytes but could be (\d+)")
CRASH = re.compile(r"PLEASE submit a bug report|Stack dump:|frontend command failed "
                   r"due to signal|unable to execute command|Segmentation fault|"
                   r"Assertion .* failed|terminate called|pure virtual method called")

def norm_reason(r):
    r = re.sub(r"'[^']*'", "'…'", r)
    r = re.sub(r"\S+:\d+(:\d+)?", "FILE:LINE", r)
    r = re.sub(r"\b\d+\b", "N", r)
    return r.strip()

records = {}            # (path, line, rule) -> dict
stats = collections.Counter()
failures = []
tb = tp = 0.0
rss_b = rss_p = 0
per_tu_ratio = []
for i, (d, src) in sorted(jobs.items(), key=lambda kv: int(kv[0])):
    resf = os.path.join(out, "tu", i + ".res")
    if not os.path.exists(resf):
        stats["not run"] += 1
        failures.append((src, "not run", ""))
        continue
    v = open(resf).read().split()
    brc, bt, bm, prc, pt, pm = int(v[1]), float(v[2]), int(v[3]), int(v[4]), float(v[5]), int(v[6])
    perr = open(os.path.join(out, "tu", i + ".plug.err"), errors="replace").read()
    if brc != 0:
        stats["skipped (baseline fails)"] += 1
        failures.append((src, "skipped: baseline rc=%d" % brc, "tu/%s.base.err" % i))
        continue
    stats["checked"] += 1
    tb += bt; tp += pt
    rss_b = max(rss_b, bm); rss_p = max(rss_p, pm)
    if bt > 0.2:
        per_tu_ratio.append(pt / bt)
    if prc != 0 or CRASH.search(perr):
        kind = "CRASH" if (prc >= 128 or CRASH.search(perr)) else "plugin-only failure"
        errs = [l for l in perr.splitlines() if re.search(r": (fatal )?error: ", l)]
        if kind != "CRASH" and errs and all("[alignlint-" in l for l in errs):
            kind = "fails: alignlint diagnostics as errors (-Werror or error=RULE)"
        stats[kind] += 1
        first = next((l for l in perr.splitlines() if "error" in l or "PLEASE" in l), "")
        failures.append((src, "%s rc=%d: %s" % (kind, prc, first[:200]), "tu/%s.plug.err" % i))
        if kind == "CRASH":
            continue
    last = None
    found = False
    for l in perr.splitlines():
        m = DIAG.match(l)
        if m:
            found = True
            p = m["file"]
            p = os.path.normpath(p if os.path.isabs(p) else os.path.join(d, p))
            key = (p, int(m["line"]), m["rule"])
            r = records.get(key)
            if r is None:
                r = records[key] = {"msg": m["msg"], "tus": 0, "refused": set()}
            r["tus"] += 1
            last = key
            continue
        n = NOTE.match(l)
        if n and last is not None:
            records[last]["refused"].add(n["reason"].strip())
    if found:
        stats["TUs with findings"] += 1

by_rule = collections.Counter()
saved_rule = collections.Counter()
lines_rule = collections.Counter()
refusals = collections.Counter()
inproj = collections.Counter()
rows = []
for (p, ln, rule), r in sorted(records.items()):
    by_rule[rule] += 1
    m = SIZE.search(r["msg"])
    saved = cl = ""
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        saved = a - b
        cl = math.ceil(a / 64) - math.ceil(b / 64)
        saved_rule[rule] += saved
        lines_rule[rule] += cl
    if p.startswith(proj + os.sep):
        inproj[rule] += 1
    for reason in {norm_reason(x) for x in r["refused"]}:
        refusals[reason] += 1
    if r["refused"]:
        stats["records refused"] += 1
    rows.append("\t".join(map(str, (os.path.relpath(p, proj) if p.startswith(proj) else p,
                                    ln, rule, saved, cl, r["tus"],
                                    "; ".join(sorted(r["refused"])) or "-", r["msg"]))))
with open(os.path.join(out, "records.tsv"), "w") as fh:
    fh.write("file\tline\trule\tbytes_saved\tcache_lines_saved\tTUs\trefused\tmessage\n")
    fh.write("\n".join(rows) + ("\n" if rows else ""))
with open(os.path.join(out, "failures.tsv"), "w") as fh:
    for f in failures:
        fh.write("\t".join(f) + "\n")

L = []
L.append("# alignlint project report: %s\n" % proj)
L.append("plugin flags: `%s`\n" % pflags)
L.append("| TUs | count |\n|---|---|")
L.append("| in compile_commands.json | %d |" % len(jobs))
for k in ("checked", "skipped (baseline fails)", "TUs with findings", "CRASH",
          "plugin-only failure",
          "fails: alignlint diagnostics as errors (-Werror or error=RULE)", "not run"):
    L.append("| %s | %d |" % (k, stats[k]))
L.append("")
L.append("| rule | records flagged (unique file:line) | in project files | bytes saved (sum, one instance each) | cache lines saved |")
L.append("|---|---|---|---|---|")
for rule in sorted(by_rule):
    L.append("| %s | %d | %d | %s | %s |" % (rule, by_rule[rule], inproj[rule],
             saved_rule[rule] if rule in saved_rule else "-",
             lines_rule[rule] if rule in lines_rule else "-"))
L.append("| **total** | %d | %d | %d | %d |" % (sum(by_rule.values()), sum(inproj.values()),
         sum(saved_rule.values()), sum(lines_rule.values())))
L.append("")
L.append("Fixes refused: %d of %d records (a record refused by any TU counts; "
         "by normalised reason, quoted names and numbers elided; a record can "
         "have several reasons):\n" % (stats["records refused"], len(records)))
if refusals:
    L.append("| reason | records |\n|---|---|")
    for reason, c in refusals.most_common():
        L.append("| %s | %d |" % (reason.replace("|", "\\|"), c))
else:
    L.append("none")
L.append("")
if per_tu_ratio:
    per_tu_ratio.sort()
    med = per_tu_ratio[len(per_tu_ratio) // 2]
else:
    med = float("nan")
L.append("-fsyntax-only, summed over checked TUs (%d parallel jobs, wall time of each "
         "compile, rough): baseline %.2f s, plugin %.2f s, ratio %.3f; median per-TU "
         "ratio over TUs > 0.2 s: %.3f (%d TUs). Peak RSS: baseline %.1f MB, plugin %.1f MB."
         % (int(os.environ.get("JOBS", "0") or 0), tb, tp, tp / tb if tb else float("nan"),
            med, len(per_tu_ratio), rss_b / 1024, rss_p / 1024))
L.append("")
crashes = [f for f in failures if not f[1].startswith("skipped")]
if crashes:
    L.append("Failures with the plugin only:\n")
    for f in crashes:
        L.append("- `%s`: %s (%s)" % (os.path.relpath(f[0], proj), f[1], f[2]))
    L.append("")
text = "\n".join(L) + "\n"
open(os.path.join(out, "summary.md"), "w").write(text)
print(text)
EOF
