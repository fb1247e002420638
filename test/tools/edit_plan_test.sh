#!/bin/bash
# `alignlint apply --edits-json FILE --record PATH:OFFSET`: the plan the
# editor server offers as one project-wide quick-fix. A header record used
# by two TUs (one with a positional initializer) is exported with the real
# clang and the plugin; the plan must carry the header's and the
# initializer's edits together, applying them must keep both programs'
# output, and a veto, a stale file or an unknown record must refuse it.
# Usage: edit_plan_test.sh PATH/TO/alignlint PATH/TO/libalignlint.so PATH/TO/clang
set -u

tool=$(realpath "${1:?usage: edit_plan_test.sh ALIGNLINT PLUGIN CLANG}")
plugin=$(realpath "${2:?}")
clang=${3:?}
work=$(mktemp -d "${TMPDIR:-/tmp}/alignlint-edit-plan.XXXXXX")
trap '[ -n "${KEEP_WORK:-}" ] || rm -rf "$work"' EXIT
failures=0

fail() {
  echo "FAIL [$scenario]: $*"
  failures=$((failures + 1))
}

new_scenario() {
  scenario=$1
  root="$work/$scenario"
  mkdir -p "$root"
  cat >"$root/rec.h" <<'H'
struct rec {
  char tag;
  long value;
  char kind;
};
H
  cat >"$root/one.c" <<'C'
#include <stdio.h>
#include "rec.h"
int main(void) {
  struct rec r = {1, 40, 2};
  printf("%d %ld %d\n", r.tag, r.value, r.kind);
  return 0;
}
C
  cat >"$root/two.c" <<'C'
#include <stdio.h>
#include "rec.h"
int main(void) {
  struct rec r;
  r.tag = 3;
  r.value = 4;
  r.kind = 5;
  printf("%d %ld %d\n", r.tag, r.value, r.kind);
  return 0;
}
C
  # the record's name: 'struct ' is 7 bytes
  record="$root/rec.h:7"
  echo "--- $scenario"
}

# export TU...: the plugin's exports of each TU into $root/fixes.
export_fixes() {
  local tu
  for tu in "$@"; do
    (cd "$root" && "$clang" --target=x86_64-linux-gnu -fplugin="$plugin" \
      -fplugin-arg-alignlint-export-fixes=fixes -fsyntax-only "$tu" \
      2>>"$root/compile.log") || fail "compiling $tu failed"
  done
}

# plan: runs the tool; sets $status and $plan.
plan() {
  (cd "$root" && "$tool" apply --edits-json plan.json --record "$record" \
    fixes 2>"$root/stderr")
  status=$?
  plan=$(cat "$root/plan.json" 2>/dev/null)
}

# apply_plan: writes the plan's edits into the files (offsets are bytes).
apply_plan() {
  python3 - "$root/plan.json" <<'PY'
import json, sys
for entry in json.load(open(sys.argv[1]))["files"]:
    data = open(entry["path"], "rb").read()
    for e in sorted(entry["edits"], key=lambda e: -e["offset"]):
        data = (data[:e["offset"]] + e["text"].encode() +
                data[e["offset"] + e["length"]:])
    open(entry["path"], "wb").write(data)
PY
}

run_programs() {
  local tu
  for tu in one two; do
    "$clang" --target=x86_64-linux-gnu -Wall -Werror "$@" "$root/$tu.c" \
      -o "$root/$tu" || fail "$tu.c does not compile"
    "$root/$tu"
  done
}

new_scenario agreed
export_fixes one.c two.c
before=$(run_programs)
plan
[ "$status" -eq 0 ] || fail "exit status $status, expected 0: $plan"
files=$(jq -r '.files[].path' <<<"$plan" | xargs -n1 basename | sort | tr '\n' ' ')
[ "$files" = "one.c rec.h " ] || fail "the plan edits '$files', not one.c and rec.h"
grep -q "could be 16" <<<"$(jq -r .message <<<"$plan")" || fail "no message: $plan"
apply_plan
echo '_Static_assert(sizeof(struct rec) == 16, "16 bytes after the fix");' >>"$root/one.c"
after=$(run_programs)
[ "$before" = "$after" ] || fail "the programs print '$after', not '$before'"

new_scenario vetoed
cat >"$root/three.c" <<'C'
#include <stdio.h>
#include "rec.h"
void save(FILE *out, const struct rec *r) { fwrite(r, sizeof *r, 1, out); }
C
export_fixes one.c two.c three.c
plan
[ "$status" -eq 1 ] || fail "exit status $status, expected 1: $plan"
jq -e '.files == null' <<<"$plan" >/dev/null || fail "a vetoed plan has files"
jq -r '.refusals[]' <<<"$plan" | grep -q "^vetoed: .*three.c" ||
  fail "the refusal does not name the vetoing TU: $plan"

new_scenario stale
export_fixes one.c two.c
echo "/* edited after the export */" >>"$root/rec.h"
plan
[ "$status" -eq 1 ] || fail "exit status $status, expected 1: $plan"
jq -r '.refusals[]' <<<"$plan" | grep -q "changed since the export" ||
  fail "no stale refusal: $plan"

new_scenario unknown
export_fixes one.c two.c
record="$root/one.c:3"
plan
[ "$status" -eq 1 ] || fail "exit status $status, expected 1: $plan"
jq -r '.refusals[]' <<<"$plan" | grep -q "no translation unit .* proposes a fix" ||
  fail "an unknown record gets no reason: $plan"
record="$root/missing.h:3"
plan
[ "$status" -eq 2 ] || fail "a missing file: exit status $status, expected 2"
(cd "$root" && "$tool" apply --record "$record" fixes 2>/dev/null)
[ $? -eq 2 ] || fail "--record without --edits-json is accepted"

if [ "$failures" -ne 0 ]; then
  echo "$failures failures"
  exit 1
fi
echo "all passed"
