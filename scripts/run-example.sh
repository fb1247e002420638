#!/bin/sh
# The main job on the bundled example (examples/conntrack): build the plugin,
# compile the example with it (diagnostics), export the fix-its, apply them
# to a copy with `alignlint apply`, rebuild and rerun the copy, and print
# each struct's size before and after.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
"$here/install-deps.sh"
"$here/build.sh" 19
build="$root/build-llvm19"
plugin="$build/plugin/libalignlint.so"
tool="$build/tools/alignlint/alignlint"
clang=/usr/lib/llvm-19/bin/clang

work="$build/example"
rm -rf "$work"
mkdir -p "$work"
cp -r "$root/examples/conntrack" "$work/before"
cp -r "$root/examples/conntrack" "$work/after"

compile() {   # compile DIR [plugin args...]: builds DIR/conntrack
  dir="$1"; shift
  for src in conntrack main; do
    (cd "$dir" && "$clang" -O2 -Wall "$@" -c "$src.c" -o "$src.o")
  done
  "$clang" "$dir/conntrack.o" "$dir/main.o" -o "$dir/conntrack"
}

echo "== 1. Compiling the example with the plugin (a normal build, plus -fplugin)"
compile "$work/after" -fplugin="$plugin" \
  -fplugin-arg-alignlint-export-fixes="$work/fixes"

echo
echo "== 2. Applying the exported fix-its: alignlint apply"
"$tool" apply "$work/fixes" || true
echo
(cd "$work" && diff -u before/conntrack.h after/conntrack.h || true;
               diff -u before/conntrack.c after/conntrack.c || true)

echo
echo "== 3. Rebuilding both versions and running them"
compile "$work/before"
compile "$work/after"
"$work/before/conntrack" > "$work/before.out"
"$work/after/conntrack" > "$work/after.out"

echo
printf '%-28s %8s %8s\n' "record" "before" "after"
grep '^sizeof' "$work/before.out" | while IFS= read -r line; do
  name="${line%% = *}"
  after="$(grep -F "$name = " "$work/after.out" | sed 's/.* = //')"
  printf '%-28s %8s %8s\n' "$name" "${line##* = }" "$after"
done
echo
grep -v '^sizeof' "$work/before.out" > "$work/before.result"
grep -v '^sizeof' "$work/after.out" > "$work/after.result"
if cmp -s "$work/before.result" "$work/after.result"; then
  echo "Program output other than sizes is identical before and after:"
  sed 's/^/  /' "$work/after.result"
else
  echo "ERROR: the fixed program behaves differently" >&2
  diff "$work/before.result" "$work/after.result" >&2
  exit 1
fi
echo
echo "Rerunning the plugin on the fixed copy (nothing left to report):"
compile "$work/after" -fplugin="$plugin"
echo "  done"
