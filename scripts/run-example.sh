#!/bin/sh
# The main job on the bundled example (examples/conntrack): build the plugin,
# compile a copy of the example with it (diagnostics), export the fix-its and
# apply them with `alignlint apply` once, check that a second run finds
# nothing left to fix, rebuild and rerun both versions, and print each
# struct's size before and after.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
"$here/install-deps.sh"
version="${1:-22}"   # the LLVM version: scripts/run-example.sh [22|19|16|15|14]
"$here/build.sh" "$version"
build="$root/build-llvm$version"
plugin="$build/plugin/libalignlint.so"
tool="$build/tools/alignlint/alignlint"
clang="/usr/lib/llvm-$version/bin/clang"

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

# One run fixes everything it can: a record holding a fixed record is fixed
# in the same run, with the member's new size. A second run must apply
# nothing.
for round in 1 2; do
  echo "== round $round: compile the copy with the plugin, export, apply"
  rm -rf "$work/fixes"
  compile "$work/after" -fplugin="$plugin" \
    -fplugin-arg-alignlint-export-fixes="$work/fixes"
  summary="$("$tool" apply "$work/fixes" 2>&1 || true)"
  echo "$summary"
  echo
done
case "$summary" in
  *"applied 0 fixes"*) ;;
  *) echo "ERROR: a second run still applied fixes: one run must converge" >&2
     exit 1 ;;
esac
echo
echo "== What the fixes changed"
(cd "$work" && diff -u before/conntrack.h after/conntrack.h || true;
               diff -u before/conntrack.c after/conntrack.c || true)

echo
echo "== Rebuilding both versions and running them"
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
echo "The second round found nothing left to fix."
