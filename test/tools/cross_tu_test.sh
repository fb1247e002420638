#!/bin/bash
# A header record's fix belongs to every TU that uses the record: small
# multi-TU projects compiled with the real clang and the plugin, exported,
# applied with `alignlint apply`; each TU is its own program, run before and
# after, and must print the same.
# Usage: cross_tu_test.sh PATH/TO/alignlint PATH/TO/libalignlint.so PATH/TO/clang
set -u

tool=$(realpath "${1:?usage: cross_tu_test.sh ALIGNLINT PLUGIN CLANG}")
plugin=$(realpath "${2:?}")
clang=${3:?}
work=$(mktemp -d "${TMPDIR:-/tmp}/alignlint-cross-tu.XXXXXX")
trap '[ -n "${KEEP_WORK:-}" ] || rm -rf "$work"' EXIT
failures=0

fail() {
  echo "FAIL [$scenario]: $*"
  failures=$((failures + 1))
}

# conn.h: 24 bytes with -DVALUE_TYPE=double (a fix to 16), 3 bytes and padding-free
# without. (A directive among the fields would make every TU refuse.)
write_header() {
  mkdir -p "$root/inc"
  cat >"$root/inc/conn.h" <<'H'
#ifndef VALUE_TYPE
#define VALUE_TYPE char
#endif
struct conn {
  char tag;
  VALUE_TYPE value;
  char flag;
};
H
}

# write_tu NAME BODY: a program printing what BODY leaves in `out`.
write_tu() {
  cat >"$root/$1.c" <<C
#include <stdio.h>
#include "conn.h"
$2
int main(void) { printf("%s\n", out()); return 0; }
C
}

# A positional initializer: its meaning depends on the field order.
positional='static struct conn c = {1, 2, 3};
static char buffer[64];
static const char *out(void) {
  snprintf(buffer, sizeof buffer, "%d %d %d size=%zu", c.tag, (int)c.value,
           c.flag, sizeof c);
  return buffer;
}'

new_scenario() {
  scenario=$1
  root="$work/$scenario"
  mkdir -p "$root"
  write_header
  echo "--- $scenario"
}

# compile NAME FLAGS...: exports NAME.c's view into $root/fixes.
compile() {
  local name=$1
  shift
  (cd "$root" && "$clang" --target=x86_64-linux-gnu -Iinc "$@" \
    -fplugin="$plugin" -fplugin-arg-alignlint-export-fixes=fixes \
    -fsyntax-only "$name.c" 2>>"$root/compile.log") ||
    fail "compiling $name.c failed: $(cat "$root/compile.log")"
}

# run_programs NAME:FLAGS...: builds and runs each TU; prints the outputs
# (without the record's size, which the fix changes).
run_programs() {
  local spec name flags
  for spec in "$@"; do
    name=${spec%%:*}
    flags=${spec#*:}
    # shellcheck disable=SC2086
    (cd "$root" && "$clang" -Wall -Werror -Iinc $flags -o "$name.bin" \
      "$name.c" && "./$name.bin") || echo "$name: build or run failed"
  done | sed 's/ size=[0-9]*$//'

}

run_apply() {
  (cd "$root" && "$tool" apply fixes >"$root/stdout" 2>"$root/stderr")
  status=$?
  err=$(cat "$root/stderr")
}

expect_status() {
  [ "$status" -eq "$1" ] || fail "exit status $status, expected $1; stderr: $err"
}

expect_err() {
  grep -qF -- "$1" <<<"$err" || fail "stderr lacks '$1'; stderr: $err"
}

checksums() { (cd "$root" && find . -name '*.[ch]' -type f | sort | xargs sha256sum); }

# (1) The -D case: conn is padding-free in b.c (no -DVALUE_TYPE=double), which has a
# positional initializer of it. b.c has no finding; it must still keep the
# header from being reordered under it.
new_scenario macro_changes_fields
write_tu a "$positional"
write_tu b "$positional"
before=$(run_programs a:-DVALUE_TYPE=double b:)
compile a -DVALUE_TYPE=double
compile b
sums=$(checksums)
run_apply
expect_status 1
expect_err "vetoed: 'struct conn' is 24 bytes but could be 16"
expect_err "$root/b.c: no fix: struct conn: this TU reports no finding for it"
expect_err "applied 0 fixes to 0 files; 1 vetoed"
[ "$(checksums)" = "$sums" ] || fail "a file changed"
[ "$(run_programs a:-DVALUE_TYPE=double b:)" = "$before" ] || fail "program output changed"

# (2) Agreeing TUs: both see the same fields and rewrite their own
# positional initializers; the header and both initializers change as one.
new_scenario agreeing_tus
write_tu a "$positional"
write_tu b "$positional"
before=$(run_programs a:-DVALUE_TYPE=double b:-DVALUE_TYPE=double)
compile a -DVALUE_TYPE=double
compile b -DVALUE_TYPE=double
run_apply
expect_status 0
expect_err "applied 1 fixes to 3 files; 0 vetoed, 0 stale, 0 conflicting"
grep -q 'VALUE_TYPE value;' <(sed -n 5p "$root/inc/conn.h") || fail "header not reordered: $(cat "$root/inc/conn.h")"
after=$(run_programs a:-DVALUE_TYPE=double b:-DVALUE_TYPE=double)
[ "$after" = "$before" ] || fail "program output changed: '$before' -> '$after'"
(cd "$root" && "$clang" -Iinc -DVALUE_TYPE=double -fsyntax-only -x c - <<<'#include "conn.h"
_Static_assert(sizeof(struct conn) == 16, "fixed");') || fail "struct conn is not 16 bytes after the fix"

# (3) A stale TU: b.c is edited after the export. Its copy of the fix is
# refused, and so is the whole fix: the header and a.c stay as they were.
new_scenario stale_tu
write_tu a "$positional"
write_tu b "$positional"
compile a -DVALUE_TYPE=double
compile b -DVALUE_TYPE=double
echo '/* edited after the export */' >>"$root/b.c"
sums=$(checksums)
run_apply
expect_status 1
expect_err "$root/b.c: changed since the export"
[ "$(checksums)" = "$sums" ] || fail "a file changed"

# (4) A TU that uses the record and has no finding because field-order is
# disabled there: it has not agreed, so the fix is refused.
new_scenario rule_disabled
write_tu a "$positional"
write_tu c 'static const char *out(void) { return sizeof(struct conn) > 8 ? "big" : "small"; }'
compile a -DVALUE_TYPE=double
compile c -DVALUE_TYPE=double -fplugin-arg-alignlint-disable=field-order
sums=$(checksums)
run_apply
expect_status 1
expect_err "$root/c.c: no fix: struct conn: this TU reports no finding for it (field-order is disabled)"
[ "$(checksums)" = "$sums" ] || fail "a file changed"

# (5) A TU that includes the header without using the record does not take
# part, even though it sees other fields.
new_scenario includes_without_use
write_tu a "$positional"
write_tu d 'static const char *out(void) { return "d"; }'
before=$(run_programs a:-DVALUE_TYPE=double d:)
compile a -DVALUE_TYPE=double
compile d
run_apply
expect_status 0
expect_err "applied 1 fixes to 2 files"
[ "$(run_programs a:-DVALUE_TYPE=double d:)" = "$before" ] || fail "program output changed"
grep -q 'alignlint-record-view' "$root"/fixes/d.c.*.yaml &&
  fail "d.c records a view of a record it does not use"

# (6) A TU whose other header changes after the export: b.c also uses
# struct other from inc/other.h, which is edited afterwards. b.c's view of
# conn was made with the old other.h, so b.c is stale and the fix refused.
new_scenario other_header_changed
cat >"$root/inc/other.h" <<'H'
struct other { int count; };
H
write_tu a "$positional"
write_tu b "#include \"other.h\"
static struct other o = {5};
$positional"
compile a -DVALUE_TYPE=double
compile b -DVALUE_TYPE=double
echo '/* edited after the export */' >>"$root/inc/other.h"
sums=$(checksums)
run_apply
expect_status 1
expect_err "$root/b.c: changed since the export"
[ "$(checksums)" = "$sums" ] || fail "a file changed"

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all cross-TU scenarios passed"
