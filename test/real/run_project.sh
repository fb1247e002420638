#!/usr/bin/env bash
# alignlint on a real C project: build, test, fix, rebuild, retest.
#
#   run_project.sh PROJECT_DIR "BUILD_CMD" "TEST_CMD"
#                  [--plugin libalignlint.so] [--tool alignlint] [--clang clang-19]
#                  [--workdir DIR] [--jobs J] [--test-filter REGEX]
#
# PROJECT_DIR is never touched. In WORKDIR (default a new temporary
# directory) it:
#   1. copies the project to WORKDIR/pristine and WORKDIR/src;
#   2. builds WORKDIR/src with CC=clang under `bear` (BUILD_CMD runs in src
#      through sh -c, with CC and CLANG set) -> compile_commands.json, and
#      runs TEST_CMD there (baseline);
#   3. runs the plugin over every TU of compile_commands.json (-fsyntax-only
#      with the TU's own flags + export-fixes=WORKDIR/export1);
#   4. `alignlint apply WORKDIR/export1`;
#   5. rebuilds from scratch (a fresh copy of pristine + the edited files)
#      and reruns TEST_CMD;
#   6. runs the plugin again (export2): no field-order finding may remain for
#      a record that was fixed (idempotence), and no record may get a fix it
#      did not get in the first run (one run converges; fixes refused for
#      overlapping another record's fix are listed, not counted).
# The test results are the exit status of TEST_CMD and the lines of its output
# matching --test-filter (default: lines with pass/fail/ok/error/tests); they
# must be the same before and after. Prints a report (also WORKDIR/report.txt)
# and exits 1 if the rebuild fails, the results differ, a compiler run crashes
# a fixed record is flagged again or a second run would fix more; 2 on a usage error or a failing baseline
# build.
set -u
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
stats=$here/../csmith/export_stats.py

project="" build_cmd="" test_cmd="" workdir="" jobs=$(nproc 2>/dev/null || echo 2)
plugin=$repo/build-verify/plugin/libalignlint.so
tool=$repo/build-verify/tools/alignlint/alignlint
clang=clang-19
filter='pass|fail|ok\b|error|tests?\b'
pos=()
while [ $# -gt 0 ]; do
  case $1 in
    --plugin) plugin=$2; shift 2 ;;
    --tool) tool=$2; shift 2 ;;
    --clang) clang=$2; shift 2 ;;
    --workdir) workdir=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --test-filter) filter=$2; shift 2 ;;
    -h|--help) sed -n '2,28p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) pos+=("$1"); shift ;;
  esac
done
[ ${#pos[@]} -eq 3 ] || { sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
project=$(realpath "${pos[0]}") build_cmd=${pos[1]} test_cmd=${pos[2]}
plugin=$(realpath "$plugin") tool=$(realpath "$tool")
clang=$(command -v "$clang") || { echo "run_project.sh: no compiler" >&2; exit 2; }
for f in "$plugin" "$tool" "$project"; do
  [ -e "$f" ] || { echo "run_project.sh: $f does not exist" >&2; exit 2; }
done
command -v bear >/dev/null || { echo "run_project.sh: bear is not installed" >&2; exit 2; }
[ -n "$workdir" ] || workdir=$(mktemp -d "${TMPDIR:-/tmp}/alignlint-real.XXXXXX")
mkdir -p "$workdir"; workdir=$(realpath "$workdir")
name=$(basename "$project")
log() { echo "run_project.sh [$name]: $*" >&2; }

export CC=$clang CLANG=$clang

# build_and_test SRC TAG: bear + BUILD_CMD, then TEST_CMD; sets build_rc, test_rc.
build_and_test() {
  local src=$1 tag=$2
  log "building ($tag)"
  (cd "$src" && bear --output "$src/compile_commands.json" -- sh -c "$build_cmd") \
    > "$workdir/build.$tag.log" 2>&1
  build_rc=$?
  test_rc=-1
  if [ $build_rc -eq 0 ]; then
    log "testing ($tag)"
    local t0=$SECONDS
    (cd "$src" && sh -c "$test_cmd") > "$workdir/test.$tag.log" 2>&1
    test_rc=$?
    log "tests exit $test_rc in $((SECONDS - t0))s"
    # Colours out first (redis prints "[<esc>[0;32;49mok<esc>[0m]: ..."); a
    # duration takes the padding in front of it (ctest right-aligns times).
    sed 's/\x1b\[[0-9;]*m//g' "$workdir/test.$tag.log" | grep -aiE "$filter" | sed -E 's/ *[0-9]+(\.[0-9]+)? ?(ms|sec|s)\b/ <time>/g' \
      > "$workdir/test.$tag.results"
  fi
}

# run_plugin SRC EXPORT TAG: the plugin over every TU; sets tus, tu_fail, crashes.
run_plugin() {
  local src=$1 exp=$2 tag=$3
  rm -rf "$exp"; mkdir -p "$exp"
  python3 - "$src/compile_commands.json" "$clang" "$plugin" "$exp" \
      > "$workdir/tus.$tag.sh" <<'EOF'
import json, os, shlex, sys
ccdb, clang, plugin, exp = sys.argv[1:5]
root = os.path.dirname(os.path.realpath(ccdb)) + "/"
seen = set()
for e in json.load(open(ccdb)):
    args = e.get("arguments") or shlex.split(e["command"])
    if "-cc1" in args[1:2]:
        continue          # bear also records the driver's own cc1 runs (redis: -MM)
    d = e["directory"]
    f = os.path.normpath(os.path.join(d, e["file"]))
    if not os.path.exists(f) or not f.endswith((".c", ".h")) or \
            not os.path.realpath(f).startswith(root) or "/CMakeFiles/" in f:
        continue          # configure/CMake probes, files outside the project, assembler
    out = None
    rest = []
    skip = False
    for i, a in enumerate(args[1:], 1):
        if skip:
            skip = False
            continue
        if a == "-o":
            out = args[i + 1] if i + 1 < len(args) else None
            skip = True
            continue
        if a in ("-c", "-S", "-E"):
            continue
        rest.append(a)
    key = (d, f, out)
    if key in seen:
        continue
    seen.add(key)
    # -Wno-error: under -Werror the plugin's own warnings would fail the TU.
    cmd = [clang] + rest + ["-fsyntax-only", "-Wno-error", "-fplugin=" + plugin,
                            "-fplugin-arg-alignlint-export-fixes=" + exp]
    if out:
        cmd += ["-o", out]
    print("cd %s && %s" % (shlex.quote(d), " ".join(shlex.quote(c) for c in cmd)))
EOF
  tus=$(wc -l < "$workdir/tus.$tag.sh")
  log "plugin over $tus TUs ($tag)"
  rm -rf "$workdir/plugin.$tag"; mkdir -p "$workdir/plugin.$tag"
  # One line per TU: run it, keep its stderr and exit status.
  nl -ba -w1 -s' ' "$workdir/tus.$tag.sh" | xargs -P "$jobs" -d '\n' -I{} sh -c '
    n=${1%% *}; cmd=${1#* }
    sh -c "$cmd" > "$2/$n.err" 2>&1; echo $? > "$2/$n.rc"' _ {} "$workdir/plugin.$tag" \
    2>/dev/null
  tu_fail=0 crashes=0
  for rcf in "$workdir/plugin.$tag"/*.rc; do
    local rc err=${rcf%.rc}.err
    rc=$(cat "$rcf")
    if [ "$rc" -ge 128 ] || grep -q -e 'PLEASE submit a bug report' -e 'Stack dump:' "$err"; then
      crashes=$((crashes + 1)); log "CRASH: $(sed -n "$(basename "${rcf%.rc}")p" "$workdir/tus.$tag.sh")"
    elif [ "$rc" -ne 0 ]; then
      tu_fail=$((tu_fail + 1))
    fi
  done
}

rm -rf "$workdir/pristine" "$workdir/src"
log "copying $project to $workdir"
cp -a "$project" "$workdir/pristine" && cp -a "$workdir/pristine" "$workdir/src" || exit 2

build_and_test "$workdir/src" before
before_build=$build_rc before_test=$test_rc
if [ "$before_build" -ne 0 ]; then
  log "baseline build failed; see $workdir/build.before.log"; exit 2
fi

run_plugin "$workdir/src" "$workdir/export1" 1
tus1=$tus tu_fail1=$tu_fail crashes1=$crashes
"$tool" apply "$workdir/export1" > "$workdir/apply.log" 2>&1
apply_rc=$?
# A header record's fix that apply refused (its TUs disagree) is not fixed.
python3 "$stats" summary "$workdir/export1" --apply-log "$workdir/apply.log" \
  --json "$workdir/stats1.json" > "$workdir/stats1.txt"
apply_summary=$(grep '^alignlint: ' "$workdir/apply.log" | tail -1)
log "$apply_summary (exit $apply_rc)"

# Files edited by the fix; a clean rebuild from pristine + those files.
edited=()
while IFS= read -r rel; do edited+=("$rel"); done < <(
  cd "$workdir/pristine" && find . -type f ! -path './.git/*' -print | while IFS= read -r f; do
    cmp -s "$f" "$workdir/src/$f" || echo "${f#./}"
  done)
# Only files the plugin proposed to edit count as edited by the fix; the
# baseline build may have regenerated others.
fixfiles=$(python3 -c '
import sys, yaml, glob
s = set()
for n in glob.glob(sys.argv[1] + "/*.yaml"):
    for doc in yaml.safe_load_all(open(n)):
        for d in (doc or {}).get("Diagnostics") or []:
            if d.get("DiagnosticName") == "alignlint-file-digest":
                s.add(d["DiagnosticMessage"]["FilePath"])
print("\n".join(sorted(s)))' "$workdir/export1")
mkdir -p "$workdir/edited"
n_edited=0
for rel in "${edited[@]}"; do
  if printf '%s\n' "$fixfiles" | grep -qxF "$(realpath "$workdir/src/$rel")"; then
    mkdir -p "$workdir/edited/$(dirname "$rel")"
    cp -a "$workdir/src/$rel" "$workdir/edited/$rel"
    n_edited=$((n_edited + 1))
  fi
done
(cd "$workdir/pristine" && for rel in "${edited[@]}"; do
   [ -f "$workdir/edited/$rel" ] && diff -u "$rel" "$workdir/edited/$rel"; done) \
  > "$workdir/fix.diff"
rm -rf "$workdir/src"
cp -a "$workdir/pristine" "$workdir/src"
cp -a "$workdir/edited/." "$workdir/src/"

build_and_test "$workdir/src" after
after_build=$build_rc after_test=$test_rc

idem=-1 second_round=-1 crashes2=0
if [ "$after_build" -eq 0 ]; then
  run_plugin "$workdir/src" "$workdir/export2" 2
  crashes2=$crashes
  python3 "$stats" recheck "$workdir/stats1.json" "$workdir/export2" > "$workdir/recheck.txt"
  idem=$(head -1 "$workdir/recheck.txt")
  python3 "$stats" rounds "$workdir/stats1.json" "$workdir/export2" > "$workdir/rounds.txt"
  second_round=$(head -1 "$workdir/rounds.txt")
fi

results_same=no
if [ "$before_test" = "$after_test" ] && \
   cmp -s "$workdir/test.before.results" "$workdir/test.after.results" 2>/dev/null; then
  results_same=yes
fi
get() { sed -n "s/^$1: //p" "$workdir/stats1.txt"; }
{
  echo "project:                 $name ($project)"
  echo "translation units:       $tus1 (plugin exit != 0: $tu_fail1, crashes: $crashes1)"
  echo "records flagged:         $(get flagged) ($(get bytes_flagged) bytes of padding)"
  echo "records with a fix-it:   $(get with_fix)"
  echo "records fixed:           $(get fixed) (bytes saved: $(get bytes_saved))"
  echo "records vetoed:          $(get vetoed)"
  sed -n 's/^refused: \([0-9]*\) /  refused \1x: /p' "$workdir/stats1.txt"
  echo "alignlint apply:         $apply_summary (exit $apply_rc)"
  echo "files edited:            $n_edited (diff: $workdir/fix.diff, $(grep -c '^[-+][^-+]' "$workdir/fix.diff") changed lines)"
  echo "build after fix:         $([ "$after_build" -eq 0 ] && echo ok || echo "FAILED (exit $after_build, $workdir/build.after.log)")"
  echo "tests before:            exit $before_test, $(wc -l < "$workdir/test.before.results") result lines: $(tail -1 "$workdir/test.before.results")"
  echo "tests after:             exit $after_test, $(wc -l < "$workdir/test.after.results" 2>/dev/null) result lines: $(tail -1 "$workdir/test.after.results" 2>/dev/null)"
  echo "test results identical:  $results_same"
  echo "idempotence:             $idem fixed records flagged again (crashes: $crashes2)"
  echo "second run:              $second_round more records would be fixed ($workdir/rounds.txt)"
} | tee "$workdir/report.txt"

[ "$after_build" -eq 0 ] && [ "$results_same" = yes ] && [ "$crashes1" -eq 0 ] && \
  [ "$crashes2" -eq 0 ] && [ "$idem" -eq 0 ] && [ "$second_round" -eq 0 ] || { log "FAILED (work directory $workdir)"; exit 1; }
exit 0
