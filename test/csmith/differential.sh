#!/usr/bin/env bash
# csmith differential test for alignlint's field-order fix-its.
#
#   differential.sh [--count N] [--seed-start S] [--jobs J] [--timeout SEC]
#                   [--workdir DIR] [--keep] [--csmith-args "ARGS"]
#                   [--max-seconds SEC]
#                   [--post-apply-hook CMD]
#                   --plugin libalignlint.so --tool alignlint --clang clang-19
#
# For each csmith seed from S on: generate a program (structs, bitfields),
# compile and run it (seeds whose program has no struct, does not compile,
# times out or crashes are skipped, not counted), remember its output (the
# checksum). Then run the plugin with export-fixes over a copy, `alignlint
# apply` the export, rebuild, rerun and compare the output. Then run the
# plugin again over the fixed program: a record that was fixed must not be
# flagged again (idempotence), and no record may get a fix it did not get in
# the first run (one run converges; fixes refused because they overlap
# another record's fix are listed, not counted). Stops after N tested programs (or 5*N seeds,
# or when --max-seconds have passed: then the programs tested so far count).
#
# Per program it counts records flagged, fixed and refused (by reason, from
# the export's alignlint-veto messages / "no fix-it:" notes), checksum
# mismatches, compiler crashes, fixed programs that do not compile,
# idempotence failures and second-run fixes; prints a summary table; exits 1
# if any of the last five is non-zero, 2 on a usage error, 77 if csmith is not installed.
#
# --post-apply-hook CMD runs `CMD fixed.c` after `alignlint apply` (to check
# that the test catches a deliberately wrong fix).
set -u

count=20 seed_start=1 jobs=$(nproc 2>/dev/null || echo 2) timeout_s=5
here=$(cd "$(dirname "$0")" && pwd)
workdir="" keep=0 max_seconds=0 plugin="" tool="" clang="" hook=""
csmith_args="--no-packed-struct --max-struct-fields 8 --probability-configuration $here/structs.prob"

usage() { sed -n '2,29p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
while [ $# -gt 0 ]; do
  case $1 in
    --count) count=$2; shift 2 ;;
    --seed-start) seed_start=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --timeout) timeout_s=$2; shift 2 ;;
    --workdir) workdir=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    --max-seconds) max_seconds=$2; shift 2 ;;
    --csmith-args) csmith_args=$2; shift 2 ;;
    --post-apply-hook) hook=$2; shift 2 ;;
    --plugin) plugin=$2; shift 2 ;;
    --tool) tool=$2; shift 2 ;;
    --clang) clang=$2; shift 2 ;;
    --worker) worker_seed=$2; shift 2 ;;
    -h|--help) usage ;;
    *) echo "differential.sh: unknown argument '$1'" >&2; usage ;;
  esac
done

if ! command -v csmith >/dev/null 2>&1; then
  echo "differential.sh: csmith is not installed (apt-get install csmith libcsmith-dev); skipping" >&2
  exit 77
fi
csmith_inc=""
for d in /usr/include/csmith /usr/local/include/csmith /usr/include/csmith-2.3.0; do
  [ -f "$d/csmith.h" ] && { csmith_inc=$d; break; }
done
if [ -z "$csmith_inc" ]; then
  echo "differential.sh: csmith.h not found (apt-get install libcsmith-dev); skipping" >&2
  exit 77
fi
[ -n "$plugin" ] && [ -n "$tool" ] && [ -n "$clang" ] || usage
plugin=$(realpath "$plugin") tool=$(realpath "$tool")
for f in "$plugin" "$tool"; do
  [ -f "$f" ] || { echo "differential.sh: $f does not exist" >&2; exit 2; }
done
command -v "$clang" >/dev/null || { echo "differential.sh: no compiler '$clang'" >&2; exit 2; }
clang=$(command -v "$clang")

# A compiler run crashed: killed by a signal, or clang's crash banner.
is_crash() { # rc stderr-file
  [ "$1" -ge 128 ] || grep -q -e 'PLEASE submit a bug report' -e 'Stack dump:' "$2"
}

# Writes $dir/result.json for one seed.
run_seed() {
  local seed=$1 dir=$workdir/seed-$1 t0=$SECONDS
  rm -rf "$dir"; mkdir -p "$dir"; cd "$dir" || return
  local cflags=(-O0 -w -I"$csmith_inc")
  local pflags=(-fplugin="$plugin" -fplugin-arg-alignlint-export-fixes=)
  result() { # status [k=v ...] (numbers) ; detail and reasons from globals
    { printf '{"seed": %s, "status": "%s"' "$seed" "$1"; shift
      for kv in "$@"; do printf ', "%s": %s' "${kv%%=*}" "${kv#*=}"; done
      printf ', "secs": %s, "detail": %s, "reasons": %s}\n' \
        $((SECONDS - t0)) "$(printf '%s' "${detail:-}" | python3 -c 'import json,sys; print(json.dumps(sys.stdin.read()))')" \
        "$reasons_json"
    } > result.json
  }
  local detail="" reasons_json="{}"
  # shellcheck disable=SC2086
  local rc
  timeout 10 csmith --seed "$seed" $csmith_args > orig.c 2>csmith.err; rc=$?
  if [ $rc -eq 124 ]; then result csmith_timeout; return; fi
  if [ $rc -ne 0 ]; then result csmith_failed; return; fi
  if ! grep -q '^struct ' orig.c; then result no_struct; return; fi
  timeout 120 "$clang" "${cflags[@]}" orig.c -o orig.bin 2> orig.cc.err; rc=$?
  if [ $rc -ne 0 ]; then
    if is_crash $rc orig.cc.err; then
      detail="clang crashed compiling the original program"; result orig_crash crash=1
    else
      result orig_compile_failed
    fi
    return
  fi
  timeout "$timeout_s" ./orig.bin > orig.out 2>/dev/null; rc=$?
  if [ $rc -eq 124 ]; then result timeout; return; fi
  if [ $rc -ne 0 ]; then result orig_run_failed; return; fi

  # 1. plugin + export over a copy, 2. alignlint apply.
  cp orig.c fixed.c
  mkdir exp1 exp2
  timeout 120 "$clang" "${cflags[@]}" -fsyntax-only "${pflags[0]}" \
    "${pflags[1]}$dir/exp1" fixed.c 2> plugin1.err; rc=$?
  if is_crash $rc plugin1.err; then
    detail="plugin run crashed (rc $rc): $(grep -m1 -e error -e Assert plugin1.err)"
    result tested crash=1; return
  fi
  python3 "$here/export_stats.py" summary exp1 --json stats1.json > stats1.txt
  local flagged fixed vetoed saved
  flagged=$(sed -n 's/^flagged: //p' stats1.txt)
  fixed=$(sed -n 's/^fixed: //p' stats1.txt)
  vetoed=$(sed -n 's/^vetoed: //p' stats1.txt)
  saved=$(sed -n 's/^bytes_saved: //p' stats1.txt)
  reasons_json=$(python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))["reasons"]))' stats1.json)
  "$tool" apply exp1 2> apply.err; rc=$?
  local apply_error=0
  if [ $rc -ge 2 ]; then
    apply_error=1; detail="alignlint apply exit $rc: $(tail -1 apply.err)"
  fi
  local applied
  applied=$(sed -n 's/^alignlint: applied \([0-9]*\) fixes.*/\1/p' apply.err)
  [ -n "$hook" ] && $hook "$dir/fixed.c"
  local changed=0
  cmp -s orig.c fixed.c || changed=1
  if [ "${applied:-0}" -ne "$fixed" ] && [ $apply_error -eq 0 ]; then
    detail="$detail export has $fixed unvetoed fixes, alignlint apply applied ${applied:-?}"
  fi

  # 3. rebuild, rerun, compare.
  local mismatch=0 build_fail=0 crash=0
  timeout 120 "$clang" "${cflags[@]}" fixed.c -o fixed.bin 2> fixed.cc.err; rc=$?
  if [ $rc -ne 0 ]; then
    if is_crash $rc fixed.cc.err; then
      crash=1; detail="$detail clang crashed compiling the fixed program"
    else
      build_fail=1; detail="$detail fixed program does not compile: $(grep -m1 error: fixed.cc.err)"
    fi
  else
    timeout $((timeout_s * 4)) ./fixed.bin > fixed.out 2>/dev/null; rc=$?
    if [ $rc -ne 0 ] || ! cmp -s orig.out fixed.out; then
      mismatch=1
      detail="$detail checksum mismatch (rc $rc): $(head -c 80 orig.out) vs $(head -c 80 fixed.out 2>/dev/null)"
    fi
  fi

  # 4. idempotence: the plugin again over the fixed program.
  local idem=0 second_round=0
  timeout 120 "$clang" "${cflags[@]}" -fsyntax-only "${pflags[0]}" \
    "${pflags[1]}$dir/exp2" fixed.c 2> plugin2.err; rc=$?
  if is_crash $rc plugin2.err; then
    crash=$((crash + 1)); detail="$detail plugin crashed on the fixed program"
  else
    python3 "$here/export_stats.py" recheck stats1.json exp2 > recheck.txt
    idem=$(head -1 recheck.txt)
    [ "$idem" -ne 0 ] && detail="$detail flagged again: $(sed -n 2p recheck.txt)"
    python3 "$here/export_stats.py" rounds stats1.json exp2 > rounds.txt
    second_round=$(head -1 rounds.txt)
    [ "$second_round" -ne 0 ] && detail="$detail a second run fixes: $(sed -n 2p rounds.txt)"
  fi
  result tested flagged="$flagged" fixed="$fixed" vetoed="$vetoed" \
    bytes_saved="$saved" changed=$changed mismatch=$mismatch crash=$crash \
    build_fail=$build_fail apply_error=$apply_error idempotence="$idem" \
    second_round="$second_round"
  if [ $keep -eq 0 ] && [ $mismatch -eq 0 ] && [ $crash -eq 0 ] && \
     [ $build_fail -eq 0 ] && [ $apply_error -eq 0 ] && [ "$idem" -eq 0 ] && \
     [ "$second_round" -eq 0 ]; then
    rm -f orig.bin fixed.bin
  fi
}

if [ -z "$workdir" ]; then
  workdir=$(mktemp -d "${TMPDIR:-/tmp}/alignlint-csmith.XXXXXX")
  [ $keep -eq 0 ] && trap 'rm -rf "$workdir"' EXIT
fi
mkdir -p "$workdir"; workdir=$(realpath "$workdir")
echo "differential.sh: $count programs from seed $seed_start, $jobs jobs, work in $workdir" >&2
echo "  csmith $csmith_args; $($clang --version | head -1)" >&2

tested=0 seed=$seed_start last=$((seed_start + 5 * count))
results=()
start=$(date +%s)
while [ $tested -lt "$count" ] && [ $seed -lt $last ]; do
  # One wave: as many seeds as programs still needed, at least one per job.
  need=$((count - tested)); wave=$(( need > 20 * jobs ? 20 * jobs : need ))
  wave=$(( wave > jobs ? wave : jobs ))
  if [ "$max_seconds" -gt 0 ] && [ $(( $(date +%s) - start )) -ge "$max_seconds" ]; then
    echo "differential.sh: --max-seconds $max_seconds reached" >&2; count=$tested; break
  fi
  pids=()
  for ((i = 0; i < wave && seed < last; i++, seed++)); do
    ( run_seed $seed ) &
    pids+=($!)
    results+=("$workdir/seed-$seed/result.json")
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n; done
  done
  wait
  tested=0
  for r in "${results[@]}"; do
    [ -f "$r" ] && grep -q '"status": "tested"' "$r" && tested=$((tested + 1))
  done
  echo "  seeds up to $((seed - 1)): $tested programs tested ($(( $(date +%s) - start ))s)" >&2
done

# Seed order; a wave can test more programs than asked: keep the first N.
existing=() n=0
for r in "${results[@]}"; do
  [ $n -ge "$count" ] && break
  [ -f "$r" ] || continue
  existing+=("$r")
  grep -q '"status": "tested"' "$r" && n=$((n + 1))
done
tested=$n
python3 "$here/export_stats.py" aggregate "${existing[@]}"
status=$?
if [ $tested -lt "$count" ]; then
  echo "differential.sh: only $tested of $count programs could be tested" >&2
  [ $tested -eq 0 ] && status=1
fi
[ $status -ne 0 ] && echo "differential.sh: FAILED (work directory: $workdir)" >&2 && trap - EXIT
exit $status
