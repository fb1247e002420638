#!/bin/bash
# Scenario tests for `alignlint apply`. Usage: apply_test.sh PATH/TO/alignlint
#
# Each scenario copies sources from fixtures/ into a fresh directory,
# instantiates the export YAML templates there (@ROOT@ becomes the scenario
# directory, @DIGEST:<file>@ the SHA-256 of that file as "exported"), runs
# the tool and checks exit status, messages and file contents exactly.
set -u

tool=$(realpath "${1:?usage: apply_test.sh PATH/TO/alignlint}")
fixtures=$(cd "$(dirname "$0")/fixtures" && pwd)
clang_apply_replacements=/usr/lib/llvm-19/bin/clang-apply-replacements
work=$(mktemp -d "${TMPDIR:-/tmp}/alignlint-apply-test.XXXXXX")
trap 'chmod -R u+w "$work"; [ -n "${KEEP_WORK:-}" ] || rm -rf "$work"' EXIT
failures=0

fail() {
  echo "FAIL [$scenario]: $*"
  failures=$((failures + 1))
}

# new_scenario NAME: a fresh directory $root with an empty export dir.
new_scenario() {
  scenario=$1
  root="$work/$scenario"
  mkdir -p "$root/fixes"
  echo "--- $scenario"
}

# instantiate TEMPLATE OUTPUT [SED-SCRIPT]: fills in @ROOT@ and
# @DIGEST:<file>@, after editing the template with SED-SCRIPT if given.
instantiate() {
  local text digest_ref file
  text=$(sed "${3:-}" "$fixtures/$1" | sed "s|@ROOT@|$root|g")
  while IFS= read -r digest_ref; do   # paths may hold spaces
    [ -n "$digest_ref" ] || continue
    file=${digest_ref#@DIGEST:}
    file=${file%@}
    text=${text//"$digest_ref"/xxh64:$(xxhsum -H1 <"$root/$file" | cut -d' ' -f1)}
  done < <(grep -o '@DIGEST:[^@]*@' <<<"$text" | sort -u)
  printf '%s\n' "$text" >"$2"
}

# run_tool ARGS...: runs the tool in $root; sets $status, $out, $err.
run_tool() {
  (cd "$root" && "$tool" "$@" >"$root/stdout" 2>"$root/stderr")
  status=$?
  out=$(cat "$root/stdout")
  err=$(cat "$root/stderr")
}

expect_status() {
  [ "$status" -eq "$1" ] || fail "exit status $status, expected $1; stderr: $err"
}

expect_err() {
  grep -qF -- "$1" <<<"$err" || fail "stderr lacks '$1'; stderr: $err"
}

expect_same_file() {
  cmp -s "$1" "$2" || fail "$1 differs from $2: $(diff -u "$2" "$1" | head -20)"
}

# (1) One fix, applied exactly; the file keeps its mode.
new_scenario simple
cp "$fixtures/conn.h" "$root/conn.h"
chmod 640 "$root/conn.h"
instantiate simple.yaml.in "$root/fixes/main.c.0000000000000001.yaml"
run_tool apply fixes
expect_status 0
expect_same_file "$root/conn.h" "$fixtures/conn.h.fixed"
expect_err "alignlint: applied 1 fixes to 1 files; 0 vetoed, 0 stale, 0 conflicting"
[ "$(stat -c %a "$root/conn.h")" = 640 ] || fail "mode not kept: $(stat -c %a "$root/conn.h")"
[ -z "$(find "$root" -name '.*alignlint-*')" ] || fail "temporary file left behind"
run_tool apply fixes
expect_status 1   # the export is now stale: the digest protects the result
expect_same_file "$root/conn.h" "$fixtures/conn.h.fixed"

# (1b) The fixture YAML is what clang's emitter writes: clang-apply-replacements
# reads it and makes the same edit.
if [ -x "$clang_apply_replacements" ]; then
  new_scenario clang_reads_fixture
  cp "$fixtures/conn.h" "$root/conn.h"
  instantiate simple.yaml.in "$root/fixes/main.c.0000000000000001.yaml"
  "$clang_apply_replacements" "$root/fixes" || fail "clang-apply-replacements failed"
  expect_same_file "$root/conn.h" "$fixtures/conn.h.fixed"
fi

# (2) A header fix exported by TUs with different build directories and
# relative paths ('inc/conn.h', '../inc/conn.h', and through a symlink
# 'alias/conn.h') is applied once.
new_scenario header_from_three_tus
mkdir -p "$root/inc" "$root/sub"
ln -s inc "$root/alias"
cp "$fixtures/conn.h" "$root/inc/conn.h"
instantiate header_tu_a.yaml.in "$root/fixes/a.c.0000000000000001.yaml"
instantiate header_tu_b.yaml.in "$root/fixes/b.c.0000000000000002.yaml"
instantiate header_tu_a.yaml.in "$root/fixes/c.c.0000000000000003.yaml" \
  "s|'inc/conn.h'|'alias/conn.h'|; s|@DIGEST:inc/conn.h@|@DIGEST:alias/conn.h@|"
run_tool apply fixes
expect_status 0
expect_same_file "$root/inc/conn.h" "$fixtures/conn.h.fixed"
expect_err "alignlint: applied 1 fixes to 1 files; 0 vetoed, 0 stale, 0 conflicting"

# (3) A veto from one TU drops the other TU's fix for that record.
new_scenario veto
mkdir -p "$root/inc" "$root/sub"
cp "$fixtures/conn.h" "$root/inc/conn.h"
instantiate header_tu_a.yaml.in "$root/fixes/a.c.0000000000000001.yaml"
instantiate veto_tu.yaml.in "$root/fixes/b.c.0000000000000002.yaml"
run_tool apply fixes
expect_status 1
expect_same_file "$root/inc/conn.h" "$fixtures/conn.h"
expect_err "vetoed: 'struct conn' is 24 bytes but could be 16; reordering saves 8 bytes: struct conn: positional initializer at b.c:12:20"
expect_err "alignlint: applied 0 fixes to 0 files; 1 vetoed, 0 stale, 0 conflicting"

# (3b) An export written by an older alignlint (SHA-256 digests): rejected
# with an error that says so, nothing edited.
new_scenario old_digest_format
cp "$fixtures/conn.h" "$root/conn.h"
instantiate simple.yaml.in "$root/fixes/main.c.0000000000000001.yaml" \
  "s|@DIGEST:conn.h@|sha256:$(sha256sum <"$fixtures/conn.h" | cut -d' ' -f1)|"
run_tool apply fixes
expect_status 2
expect_err "written by an older alignlint (SHA-256 digests)"
expect_same_file "$root/conn.h" "$fixtures/conn.h"

# (4) The file changed after the export (a line was added above the record):
# refused, untouched.
new_scenario stale
cp "$fixtures/conn.h" "$root/conn.h"
instantiate simple.yaml.in "$root/fixes/main.c.0000000000000001.yaml"
{ echo '/* edited after the export */'; cat "$fixtures/conn.h"; } >"$root/conn.h"
cp "$root/conn.h" "$root/conn.h.edited"
run_tool apply fixes
expect_status 1
expect_same_file "$root/conn.h" "$root/conn.h.edited"
expect_err "stale export: $root/conn.h changed since it was exported"
expect_err "alignlint: applied 0 fixes to 0 files; 0 vetoed, 1 stale, 0 conflicting"
# clang-apply-replacements has no staleness check: it applies the old offsets
# to the new text and cuts the struct apart, with exit status 0.
if [ -x "$clang_apply_replacements" ]; then
  "$clang_apply_replacements" "$root/fixes"
  echo "clang-apply-replacements-19 exit $? on the same stale export; it wrote:"
  diff -u "$root/conn.h.edited" "$root/conn.h" | sed 's/^/    /'
  cmp -s "$root/conn.h" "$root/conn.h.edited" &&
    fail "clang-apply-replacements no longer corrupts stale files? update this test"
fi

# (4b) Without a digest, an edit beyond the end of the file still shows the
# export is stale.
new_scenario stale_without_digest
printf 'struct conn;\n' >"$root/conn.h"
instantiate plain.yaml.in "$root/fixes/main.c.0000000000000001.yaml"
run_tool apply fixes
expect_status 1
expect_same_file "$root/conn.h" <(printf 'struct conn;\n')
expect_err "stale export: $root/conn.h changed since it was exported"

# (5) Two TUs disagree on one record's edit: that file is untouched, the
# conflict names both records; another file is still fixed.
new_scenario conflict
mkdir -p "$root/inc" "$root/sub"
cp "$fixtures/conn.h" "$root/inc/conn.h"
cp "$fixtures/layout.h" "$root/layout.h"
instantiate header_tu_a.yaml.in "$root/fixes/a.c.0000000000000001.yaml"
instantiate conflict_tu.yaml.in "$root/fixes/b.c.0000000000000002.yaml"
instantiate layout.yaml.in "$root/fixes/layout.c.0000000000000003.yaml"
run_tool apply fixes
expect_status 1
expect_same_file "$root/inc/conn.h" "$fixtures/conn.h"
expect_same_file "$root/layout.h" "$fixtures/layout.h.fixed"
expect_err "conflict: $root/inc/conn.h left untouched: edit 71+42 of record ($root/inc/conn.h, 60) from fixes/b.c.0000000000000002.yaml:4 overlaps edit 71+42 of record ($root/inc/conn.h, 60) from fixes/a.c.0000000000000001.yaml:4"
expect_err "alignlint: applied 3 fixes to 1 files; 0 vetoed, 0 stale, 1 conflicting"

# (6) --dry-run: writes nothing; patch and git apply accept the diff, and
# applying it gives exactly what apply writes. layout.h has two hunks, one of
# them ending at a last line without newline.
new_scenario dry_run
cp "$fixtures/conn.h" "$fixtures/layout.h" "$root/"
instantiate simple.yaml.in "$root/fixes/main.c.0000000000000001.yaml"
instantiate layout.yaml.in "$root/fixes/layout.c.0000000000000002.yaml"
run_tool apply --dry-run fixes
expect_status 0
expect_same_file "$root/conn.h" "$fixtures/conn.h"
expect_same_file "$root/layout.h" "$fixtures/layout.h"
expect_err "alignlint: would apply 4 fixes to 2 files; 0 vetoed, 0 stale, 0 conflicting"
grep -q '^--- a/layout.h$' "$root/stdout" || fail "no '--- a/layout.h' header: $out"
[ "$(grep -c '^@@' "$root/stdout")" -eq 3 ] || fail "expected 3 hunks: $out"
# The diff uses a/ and b/ prefixes, so patch needs -p1 (-p0 would look for a
# file named a/conn.h).
(cd "$root" && patch -p1 --dry-run <stdout >patch.log 2>&1) ||
  fail "patch -p1 --dry-run rejects the diff: $(cat "$root/patch.log")"
(cd "$root" && git apply --check stdout 2>git.log) ||
  fail "git apply --check rejects the diff: $(cat "$root/git.log")"
(cd "$root" && patch -s -p1 <stdout) || fail "patch -p1 failed"
expect_same_file "$root/conn.h" "$fixtures/conn.h.fixed"
expect_same_file "$root/layout.h" "$fixtures/layout.h.fixed"

# (7) A broken YAML file: exit 2, the file and a line are named, and nothing
# is applied, not even the valid export next to it.
new_scenario broken_yaml
cp "$fixtures/conn.h" "$root/conn.h"
instantiate simple.yaml.in "$root/fixes/main.c.0000000000000001.yaml"
cp "$fixtures/broken.yaml" "$root/fixes/main.c.0000000000000002.yaml"
run_tool apply fixes
expect_status 2
expect_same_file "$root/conn.h" "$fixtures/conn.h"
grep -qE "fixes/main\.c\.0000000000000002\.yaml:[0-9]+(:[0-9]+)?: invalid YAML" <<<"$err" ||
  fail "error does not name the file and line: $err"
expect_err "nothing applied"

# (7b) Malformed input is an error naming the file (and line), exit 2, and
# nothing is written, not even the valid export next to it.
# expect_input_error SCENARIO ERROR-REGEX: runs apply on $root/fixes, which
# holds a valid export and one broken entry.
expect_input_error() {
  local sums
  sums=$(cd "$root" && find . -name '*.h' | sort | xargs sha256sum)
  run_tool apply fixes
  expect_status 2
  grep -qE -- "$1" <<<"$err" || fail "stderr lacks /$1/; stderr: $err"
  expect_err "nothing applied"
  [ "$(cd "$root" && find . -name '*.h' | sort | xargs sha256sum)" = "$sums" ] ||
    fail "a file changed"
  [ -z "$(find "$root" -name '.*alignlint-*')" ] || fail "temporary file left behind"
}

malformed_scenario() {
  new_scenario "$1"
  mkdir -p "$root/inc"
  cp "$fixtures/plugin_conn.h" "$root/inc/conn.h"
  instantiate plugin_export_a.yaml.in "$root/fixes/a.c.0000000000000001.yaml"
}

# A lost "- FilePath:" line merges two replacements into one mapping with
# repeated keys; "last value wins" would apply a wrong edit.
malformed_scenario duplicate_key
instantiate plugin_export_b.yaml.in "$root/fixes/b.c.0000000000000002.yaml" '14d'
expect_input_error "fixes/b\.c\.0000000000000002\.yaml:14: duplicate key 'Offset'"

malformed_scenario unknown_key
instantiate plugin_export_b.yaml.in "$root/fixes/b.c.0000000000000002.yaml" \
  's/^      FileOffset:/      FileOfset:/'
expect_input_error "fixes/b\.c\.0000000000000002\.yaml:[0-9]+: unknown key 'FileOfset'"

malformed_scenario dangling_symlink
ln -s gone.yaml "$root/fixes/b.c.0000000000000002.yaml"
expect_input_error "cannot read fixes/b\.c\.0000000000000002\.yaml: dangling symbolic link"

malformed_scenario directory_named_yaml
mkdir "$root/fixes/x.yaml"
expect_input_error "cannot read fixes/x\.yaml: not a regular file"

# Cut at a line boundary inside the diagnostics list: still valid YAML, but
# without the closing "...".
malformed_scenario truncated
instantiate plugin_export_b.yaml.in "$root/fixes/b.c.0000000000000002.yaml"
second=$(grep -n '^  - DiagnosticName' "$root/fixes/b.c.0000000000000002.yaml" | sed -n '2s/:.*//p')
head -n $((second - 1)) "$root/fixes/b.c.0000000000000002.yaml" >"$root/b.yaml.part"
mv "$root/b.yaml.part" "$root/fixes/b.c.0000000000000002.yaml"
expect_input_error "fixes/b\.c\.0000000000000002\.yaml:[0-9]+: truncated"

malformed_scenario empty_file
: >"$root/fixes/b.c.0000000000000002.yaml"
expect_input_error "fixes/b\.c\.0000000000000002\.yaml:1: empty file"

# Root reads any file: only as another user does permission matter.
if [ "$(id -u)" -ne 0 ]; then
  malformed_scenario unreadable_file
  instantiate plugin_export_b.yaml.in "$root/fixes/b.c.0000000000000002.yaml"
  chmod 000 "$root/fixes/b.c.0000000000000002.yaml"
  expect_input_error "cannot read fixes/b\.c\.0000000000000002\.yaml: Permission denied"
fi

# (7c) --dry-run with a space and a tab in paths: the headers are quoted
# with C escapes, as git writes them, and patch -p1 and git apply take them.
new_scenario dry_run_odd_paths
space_dir="dir with space"
tab_dir=$(printf 'tab\tdir')
mkdir -p "$root/$space_dir" "$root/$tab_dir"
cp "$fixtures/conn.h" "$root/$space_dir/conn.h"
cp "$fixtures/layout.h" "$root/$tab_dir/layout.h"
instantiate simple.yaml.in "$root/fixes/main.c.0000000000000001.yaml" \
  "s|@ROOT@/conn.h|@ROOT@/$space_dir/conn.h|; s|@DIGEST:conn.h@|@DIGEST:$space_dir/conn.h@|"
instantiate layout.yaml.in "$root/fixes/layout.c.0000000000000002.yaml" \
  "s|@ROOT@/layout.h|@ROOT@/$tab_dir/layout.h|; s|@DIGEST:layout.h@|@DIGEST:$tab_dir/layout.h@|"
run_tool apply --dry-run fixes
expect_status 0
grep -qF -- '--- "a/dir with space/conn.h"' "$root/stdout" || fail "space not quoted: $out"
grep -qF -- '+++ "b/tab\tdir/layout.h"' "$root/stdout" || fail "tab not escaped: $out"
(cd "$root" && patch -p1 --dry-run <stdout >patch.log 2>&1) ||
  fail "patch -p1 --dry-run rejects the diff: $(cat "$root/patch.log")"
(cd "$root" && git apply --check stdout 2>git.log) ||
  fail "git apply --check rejects the diff: $(cat "$root/git.log")"
(cd "$root" && patch -s -p1 <stdout) || fail "patch -p1 failed"
expect_same_file "$root/$space_dir/conn.h" "$fixtures/conn.h.fixed"
expect_same_file "$root/$tab_dir/layout.h" "$fixtures/layout.h.fixed"

# (8) The target's directory is not writable: clear error, original intact.
# Root ignores directory permissions, so run as nobody then.
new_scenario unwritable_dir
mkdir -p "$root/ro"
cp "$fixtures/conn.h" "$root/ro/conn.h"
instantiate simple.yaml.in "$root/fixes/main.c.0000000000000001.yaml" \
  "s|@ROOT@/conn.h|@ROOT@/ro/conn.h|; s|@DIGEST:conn.h@|@DIGEST:ro/conn.h@|"
chmod 555 "$root/ro"
if [ "$(id -u)" -eq 0 ]; then
  chmod -R a+rX "$work"
  cp "$tool" "$work/alignlint" && chmod 755 "$work/alignlint"
  tool_saved=$tool
  tool="setpriv --reuid=nobody --regid=nogroup --clear-groups $work/alignlint"
  (cd "$root" && $tool apply fixes >"$root/stdout" 2>"$root/stderr")
  status=$?
  err=$(cat "$root/stderr")
  tool=$tool_saved
else
  run_tool apply fixes
fi
expect_status 1
expect_same_file "$root/ro/conn.h" "$fixtures/conn.h"
expect_err "alignlint: error: cannot write $root/ro/conn.h: cannot create a temporary file in its directory: Permission denied"
expect_err "alignlint: applied 0 fixes to 0 files; 0 vetoed, 0 stale, 0 conflicting, 1 failed"
chmod 755 "$root/ro"

# (9) A fix editing two files falls as a whole when one of them is refused.
new_scenario two_file_fix
cp "$fixtures/conn.h" "$fixtures/layout.h" "$root/"
instantiate two_files.yaml.in "$root/fixes/main.c.0000000000000001.yaml"
run_tool apply fixes
expect_status 1
expect_same_file "$root/conn.h" "$fixtures/conn.h"
expect_same_file "$root/layout.h" "$fixtures/layout.h"
expect_err "stale export: $root/layout.h changed since it was exported"
expect_err "not applied: 'struct conn' is 24 bytes but could be 16; reordering saves 8 bytes: it also edits $root/layout.h, which was refused"

# (10) Only alignlint fixes are applied; one without a digest (plain export)
# is applied.
new_scenario plain_export
cp "$fixtures/conn.h" "$root/conn.h"
instantiate plain.yaml.in "$root/fixes/main.c.0000000000000001.yaml"
run_tool apply fixes
expect_status 0
expect_same_file "$root/conn.h" "$fixtures/conn.h.fixed"

# (10b) Exports written by the plugin itself (clang-19 -fplugin=libalignlint.so
# -fplugin-arg-alignlint-export-fixes=DIR, from a.c and sub/b.c including
# one header, paths then replaced by @ROOT@): a four-edit fix, applied once.
new_scenario plugin_export
mkdir -p "$root/inc" "$root/sub"
cp "$fixtures/plugin_conn.h" "$root/inc/conn.h"
instantiate plugin_export_a.yaml.in "$root/fixes/a.c.542fe27b07436d44.yaml"
instantiate plugin_export_b.yaml.in "$root/fixes/b.c.52b621565c7b2da3.yaml"
run_tool apply fixes
expect_status 0
expect_same_file "$root/inc/conn.h" "$fixtures/plugin_conn.h.fixed"
expect_err "alignlint: applied 1 fixes to 1 files; 0 vetoed, 0 stale, 0 conflicting"

# (11) Command line: help, version, unknown command or option, missing dir.
new_scenario command_line
run_tool --help
expect_status 0
grep -q 'usage: alignlint apply' <<<"$out" || fail "--help prints no usage: $out"
run_tool --version
expect_status 0
grep -qE '^alignlint [0-9]+\.[0-9]+\.[0-9]+$' <<<"$out" || fail "bad --version: $out"
run_tool frobnicate
expect_status 2
expect_err "unknown command 'frobnicate' (valid: apply, baseline, check, report, sarif, --help, --version)"
run_tool apply --force fixes
expect_status 2
expect_err "unknown option '--force' for apply (valid: --dry-run, --edits-json, --record, --help)"
run_tool apply
expect_status 2
run_tool apply does-not-exist
expect_status 2
expect_err "cannot read directory does-not-exist"
run_tool apply fixes   # an empty export: nothing to do
expect_status 0
expect_err "alignlint: applied 0 fixes to 0 files; 0 vetoed, 0 stale, 0 conflicting"

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all apply scenarios passed"
