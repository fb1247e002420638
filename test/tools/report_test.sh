#!/bin/bash
# `alignlint report`: a small C project compiled with the real clang and the
# plugin, its findings files turned into the HTML page, the page opened in
# headless Chromium (report_browser_check.py) and checked against the files.
# The project's paths hold '&', '<' and a quote; its records: one with holes in
# a header two TUs share (hot fields), one spanning several cache lines, one
# with contended members, one whose fix is refused.
# Usage: report_test.sh ALIGNLINT PLUGIN CLANG OUTPUT_DIR
# OUTPUT_DIR receives report-screenshot.png and report/index.html.
set -u

tool=$(realpath "${1:?usage: report_test.sh ALIGNLINT PLUGIN CLANG OUTPUT_DIR}")
plugin=$(realpath "${2:?}")
clang=${3:?}
output=${4:?}
here=$(cd "$(dirname "$0")" && pwd)
include="$here/../../include"
work=$(mktemp -d "${TMPDIR:-/tmp}/alignlint-report.XXXXXX")
trap '[ -n "${KEEP_WORK:-}" ] || rm -rf "$work"' EXIT
failures=0

fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

weird="$work/src/we&ird<dir\"q"
plain="$work/src/plain"
mkdir -p "$weird" "$plain" "$work/fixes" "$output"

cat >"$weird/conn.h" <<'C'
#include "alignlint.h"
struct conn {
  char state;
  long bytes_in ALIGNLINT_HOT;
  char flags;
  long bytes_out ALIGNLINT_HOT;
  short port;
  void *peer;
  char closing;
};
C
cat >"$weird/a.c" <<'C'
#include "conn.h"
long sent(struct conn *c) { return c->bytes_out; }
C
cat >"$weird/b.c" <<'C'
#include "conn.h"
long received(struct conn *c) { return c->bytes_in; }
C
cat >"$plain/big.c" <<'C'
#include "alignlint.h"
struct big {
  char c0; double d0; char c1; double d1; char c2; double d2;
  char c3; double d3; char c4; double d4; char c5; double d5;
  char c6; double d6; char c7; double d7; char c8; double d8;
  char c9; double d9; char c10; double d10; char c11; double d11;
  char name[100];
  int flags : 3;
  int mode : 2;
};
struct counters {
  long reads ALIGNLINT_CONTENDED;
  long writes ALIGNLINT_CONTENDED;
  long config;
};
double total(struct big *b, struct counters *c) {
  return b->d0 + b->d11 + c->reads + c->writes + c->config;
}
C
cat >"$plain/saved.c" <<'C'
#include <stdio.h>
struct saved {
  char kind;
  long id;
  char tag;
};
void save(FILE *f, const struct saved *s) { fwrite(s, sizeof *s, 1, f); }
C

# compile DIR NAME: exports DIR/NAME.c's findings into $work/fixes.
compile() {
  (cd "$1" && "$clang" --target=x86_64-linux-gnu -I"$include" \
    -fplugin="$plugin" -fplugin-arg-alignlint-export-fixes="$work/fixes" \
    -fsyntax-only "$2.c" 2>>"$work/compile.log") ||
    fail "compiling $2.c failed: $(cat "$work/compile.log")"
}
compile "$weird" a
compile "$weird" b
compile "$plain" big
compile "$plain" saved

count=$(ls "$work/fixes"/*.findings.json 2>/dev/null | wc -l)
[ "$count" -eq 4 ] || fail "expected 4 findings files, found $count"
grep -q '"refused"' "$work/fixes"/saved.*.findings.json ||
  fail "the fwrite in saved.c should refuse its fix"
grep -q '"rule": *"contended"' "$work/fixes"/big.*.findings.json ||
  fail "struct counters should have a contended finding"

rm -rf "$output/report"
"$tool" report "$work/fixes" -o "$output/report" ||
  fail "alignlint report failed"
page="$output/report/index.html"
[ -s "$page" ] || fail "no $page"

# Self-contained: nothing the page would fetch.
if grep -Eiq '<(link|img|iframe)|src=|url\((["'"'"']?)(https?:|//)|@import' "$page"; then
  fail "the page refers to something outside itself"
fi

if ! python3 "$here/report_browser_check.py" "$page" "$work/fixes" \
  "$output/report-screenshot.png"; then
  fail "the page failed in the browser"
fi

# Broken input: no page, exit status 2, the file named.
mkdir -p "$work/broken"
echo '{"format": "alignlint-findings", "version": 99, "findings": []}' \
  >"$work/broken/x.0000000000000000.findings.json"
"$tool" report "$work/broken" -o "$work/broken-out" 2>"$work/broken.log"
status=$?
[ "$status" -eq 2 ] || fail "an unknown version should exit 2, got $status"
grep -q 'x.0000000000000000.findings.json' "$work/broken.log" ||
  fail "the error should name the file: $(cat "$work/broken.log")"
[ ! -e "$work/broken-out/index.html" ] ||
  fail "no page should be written from a broken directory"

# A finding without its record: refused the same way, naming file and key.
rm -rf "$work/broken"/*
echo '{"format": "alignlint-findings", "version": 1, "findings": [{"rule":
  "field-order", "level": "warning", "message": "m", "location": {"file":
  "/x.c", "offset": 1, "line": 1, "column": 1, "end_line": 1,
  "end_column": 2}, "bytes": null, "cache_lines": null, "fix": {"state":
  "none", "reason": "", "replacements": []}, "notes": [],
  "layout": null}]}' >"$work/broken/y.0000000000000000.findings.json"
"$tool" report "$work/broken" -o "$work/broken-out" 2>"$work/broken.log"
status=$?
[ "$status" -eq 2 ] || fail "a finding without 'record' should exit 2, got $status"
grep -q "y.0000000000000000.findings.json: findings\[0\]: missing key 'record'" \
  "$work/broken.log" || fail "the error should name the key: $(cat "$work/broken.log")"

if [ "$failures" -ne 0 ]; then
  echo "$failures failure(s); KEEP_WORK=1 keeps $work"
  exit 1
fi
echo "report test passed"
