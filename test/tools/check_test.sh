#!/bin/bash
# `alignlint check` on small projects made here: a CMake one with a header
# shared by three TUs, a make project built with gcc under bear with
# GCC-only flags, a hand-written database naming a cross compiler, a TU that
# does not parse; the summary's numbers, exit codes, the non-terminal
# progress lines, --export-fixes, and --fix (the program built with gcc
# before and after must print the same; a second check finds nothing).
# Usage: check_test.sh PATH/TO/alignlint PATH/TO/libalignlint.so PATH/TO/clang
set -u

tool=$(realpath "${1:?usage: check_test.sh ALIGNLINT PLUGIN CLANG}")
plugin=$(realpath "${2:?}")
clang=${3:?}
work=$(mktemp -d "${TMPDIR:-/tmp}/alignlint-check.XXXXXX")
trap '[ -n "${KEEP_WORK:-}" ] || rm -rf "$work"' EXIT
failures=0
# The x86_64 compiler under its cross name pins the target: check turns the
# name into --target=x86_64-linux-gnu.
cc=x86_64-linux-gnu-gcc

fail() {
  echo "FAIL [$scenario]: $*"
  failures=$((failures + 1))
}

new_scenario() {
  scenario=$1
  root="$work/$scenario"
  mkdir -p "$root"
  echo "--- $scenario"
}

# check ARGS...: runs alignlint check in $root; sets status, out, err.
check() {
  (cd "$root" && "$tool" check --clang="$clang" --plugin="$plugin" -j2 "$@" \
    >"$work/stdout" 2>"$work/stderr")
  status=$?
  out=$(cat "$work/stdout")
  err=$(cat "$work/stderr")
}

expect_status() {
  [ "$status" -eq "$1" ] || fail "exit status $status, expected $1; stdout: $out; stderr: $err"
}

expect_out() {
  grep -qF -- "$1" <<<"$out" || fail "stdout lacks '$1'; stdout: $out; stderr: $err"
}

expect_err() {
  grep -qF -- "$1" <<<"$err" || fail "stderr lacks '$1'; stderr: $err"
}

checksums() { (cd "$root" && find . -name '*.[ch]' -type f | sort | xargs sha256sum); }

# The shared header: 24 bytes on x86_64, 16 once reordered.
write_conn_header() {
  mkdir -p "$root/inc"
  cat >"$root/inc/conn.h" <<'H'
#ifndef CONN_H
#define CONN_H
struct conn {
  char tag;
  double value;
  char flag;
};
void conn_print(const struct conn *c, const char *who);
#endif
H
}

# write_user NAME: a TU that fills a struct conn and prints it.
write_user() {
  cat >"$root/$1.c" <<C
#include <stdio.h>
#include "conn.h"
void $1(void) {
  struct conn c;
  c.tag = 'x';
  c.value = 2.5;
  c.flag = 1;
  conn_print(&c, "$1");
}
C
}

write_cmake_project() {
  write_conn_header
  write_user a
  write_user b
  # main.c also holds a record of its own: 12 bytes, 8 once reordered.
  cat >"$root/main.c" <<'C'
#include <stdio.h>
#include "conn.h"
struct local {
  char a;
  int b;
  char c;
};
void a(void);
void b(void);
void conn_print(const struct conn *c, const char *who) {
  printf("%s: %c %.1f %d\n", who, c->tag, c->value, c->flag);
}
int main(void) {
  struct local l;
  l.a = 1;
  l.b = 2;
  l.c = 3;
  printf("local %d %d %d\n", l.a, l.b, l.c);
  a();
  b();
  return 0;
}
C
  cat >"$root/CMakeLists.txt" <<'M'
cmake_minimum_required(VERSION 3.13)
project(conns C)
add_executable(conns main.c a.c b.c)
target_include_directories(conns PRIVATE inc)
target_compile_options(conns PRIVATE -Wall -Werror)
M
  (cd "$root" && cmake -S . -B build -DCMAKE_C_COMPILER=$cc \
    -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null) ||
    fail "cmake failed"
}

run_program() {
  (cd "$root" && cmake --build build >/dev/null && ./build/conns) ||
    echo "build or run failed"
}

# (1) The header's record is counted once though three TUs report it; the
# summary's numbers; the progress lines; exit 0 with warnings only.
new_scenario cmake_shared_header
write_cmake_project
check -p build
expect_status 0
expect_out "3 TUs checked, 0 failed, 0 database entries skipped; 2 findings (0 at error level)"
expect_out "field-order        2"
expect_out "12 bytes and 0 cache lines saved, one instance of each of 2 records."
# conn: 8 bytes x 3 TUs first, then local: 4 bytes x 1 TU.
top=$(grep -A2 'bytes    TUs' <<<"$out" | tail -2 | tr -s ' ')
[ "$top" = " 8 3 offered conn (inc/conn.h:3)
 4 1 offered local (main.c:3)" ] || fail "top records: $top"
[ "$(grep -c '^\[[1-3]/3\] .*: [0-9]* findings$' <<<"$err")" -eq 3 ] ||
  fail "expected 3 progress lines: $err"
expect_err "main.c: 2 findings"

# (2) A rule at error level makes exit status 1; --quiet prints no progress.
check -p build --quiet --plugin-arg=error=field-order
expect_status 1
expect_out "2 findings (2 at error level)"
[ -z "$err" ] || fail "--quiet printed: $err"

# (3) FILES restrict the run; --export-fixes keeps YAML and findings files.
check -p build --export-fixes exports b.c
expect_status 0
expect_out "1 TUs checked"
[ "$(ls "$root"/exports/*.yaml | wc -l)" -eq 1 ] || fail "exports: $(ls "$root/exports")"
[ "$(ls "$root"/exports/*.findings.json | wc -l)" -eq 1 ] || fail "exports: $(ls "$root/exports")"
check -p build nothere.c
expect_status 2
expect_err "nothere.c has no entry in the compilation database"

# (4) --dry-run shows the diff and changes nothing; --fix applies, a second
# check finds nothing, the program prints the same.
before=$(run_program)
sums=$(checksums)
check -p build --dry-run
expect_status 0
expect_out "+++ b/inc/conn.h"
[ "$(checksums)" = "$sums" ] || fail "--dry-run changed a file"
check -p build --fix
expect_status 0
expect_out "round 1 applied 2 fixes to 2 files"
expect_out "round 2 applied 0 fixes to 0 files"
expect_out "fixed inc/conn.h: 'struct conn' is 24 bytes but could be 16"
expect_out "0 findings"
[ "$(run_program)" = "$before" ] || fail "program output changed: $before -> $(run_program)"
check -p build
expect_out "3 TUs checked, 0 failed, 0 database entries skipped; 0 findings"

# (5) make + bear with gcc and GCC-only flags: every TU is checked.
new_scenario make_bear_gcc_flags
write_conn_header
write_user a
write_user b
cat >"$root/Makefile" <<M
CC = $cc
CFLAGS = -Iinc -O2 -fanalyzer -fconserve-stack -fno-tree-vectorize \\
  -Wno-stringop-overflow -Wformat-overflow=2 -mindirect-branch=thunk-extern \\
  -fno-ipa-cp-clone -MMD -MP
all: a.o b.o
M
(cd "$root" && bear -- make >/dev/null 2>&1) || fail "make under bear failed"
check -p .
expect_status 0
expect_out "2 TUs checked, 0 failed"
expect_out "1 findings"
expect_out "  8      2  offered  conn (inc/conn.h:3)"

# (6) A hand-written database: a "command" string with quotes, a cross
# compiler's name that sets the target (i386: 16 bytes, 12 reordered), a
# flag and an -march= value clang rejects that no list names (dropped, one
# retry each), entries skipped (assembler, a dependency scan, a file compiled
# twice: checked once), and a TU that does not parse: reported, the run goes
# on.
new_scenario cross_and_broken
cat >"$root/cross.c" <<'C'
struct pair {
  char a;
  long long b;
  char c;
};
struct pair p;
const char *name = NAME;
C
cat >"$root/broken.c" <<'C'
struct pair {
  char a;
  long long b;
  char c;
};
int broken = undeclared_name;
C
printf '\t.text\n' >"$root/start.S"
cat >"$root/compile_commands.json" <<J
[
 {"directory": "$root", "file": "cross.c",
  "command": "i686-linux-gnu-gcc -c -DNAME='\"cross pair\"' -fno-such-gcc-flag -march=gcc-only-cpu -o cross.o cross.c"},
 {"directory": "$root", "file": "broken.c",
  "arguments": ["$cc", "-c", "-o", "broken.o", "broken.c"]},
 {"directory": "$root", "file": "start.S",
  "arguments": ["$cc", "-c", "-o", "start.o", "start.S"]},
 {"directory": "$root", "file": "cross.c",
  "arguments": ["$cc", "-MM", "cross.c"]},
 {"directory": "$root", "file": "$root/cross.c",
  "arguments": ["i686-linux-gnu-gcc", "-fPIC", "-DNAME=0", "-c", "cross.c"]}
]
J
check -p .
expect_status 0
expect_out "1 TUs checked, 1 failed, 3 database entries skipped; 1 findings"
expect_out "4 bytes and 0 cache lines saved"
expect_out "broken.c: broken.c:6:14: error: use of undeclared identifier 'undeclared_name'"
expect_err "alignlint: broken.c was not checked: broken.c:6:14: error:"
# --fix applies nothing while a TU is not checked: broken.c may use the
# record in ways nobody saw.
sums=$(checksums)
check -p . --fix
expect_err "no fixes applied: 1 TUs could not be checked"
[ "$(checksums)" = "$sums" ] || fail "--fix changed a file with a TU not checked"
# Only the TU that does not parse: nothing was checked, the tool failed.
check -p . broken.c
expect_status 2

# (7) The tool's own failures: exit status 2.
new_scenario tool_failures
check -p nowhere
expect_status 2
expect_err "nowhere/compile_commands.json"
check --frobnicate -p .
expect_status 2
expect_err "unknown option '--frobnicate' for check"
(cd "$root" && "$tool" check -p . --clang=/nonexistent/clang >/dev/null 2>"$work/stderr")
status=$?
err=$(cat "$work/stderr")
expect_status 2
expect_err "cannot run clang '/nonexistent/clang'"

if [ "$failures" -ne 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "all check scenarios passed"
