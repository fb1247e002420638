#!/bin/bash
# The translation-unit scan (clang/safety/OrderDependentUses) walks statements
# its own fast way; RecursiveASTVisitor's plain traversal is the reference.
# Runs both walks (ALIGNLINT_TU_SCAN_WALK=rav) over real code with the scan's
# dump on (ALIGNLINT_TU_SCAN_DUMP=1) and requires the same output, diagnostics
# included: a walk that misses a node loses a use, a veto or a constraint.
# Usage: scan_walks_test.sh PATH/TO/libalignlint.so PATH/TO/clang [FILE...]
# Without FILEs: the bundled example, the lit inputs with uses, the C++
# differential programs and a generated 2000-record TU. SCAN_FLAGS adds
# compiler flags (a project's -I and -D).
set -u

plugin=$(realpath "${1:?usage: scan_walks_test.sh PLUGIN CLANG [FILE...]}")
clang=${2:?}
shift 2
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/alignlint-scan-walks.XXXXXX")
trap 'rm -rf "$work"' EXIT

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  python3 "$repo/bench/gen_big_tu.py" --structs 2000 --seed 7 -o "$work/big.c"
  files=("$repo"/examples/*/*.c "$repo"/test/lit/order/*.c*
    "$repo"/test/lit/safe-fixes/*.c* "$repo"/test/lit/field-order/*.c*
    "$repo"/test/lit/cacheline/*.c* "$repo"/test/lit/robustness/*.c*
    "$repo"/test/differential-cxx/programs/*.cpp "$work/big.c")
fi

# One run: stderr of clang with the plugin, the scan dumped.
scan() { # WALK FILE OUT
  local compiler=$clang std=()
  case $2 in *.cpp) compiler=$clang++ std=(-std=c++20) ;; esac
  ALIGNLINT_TU_SCAN_WALK=$1 ALIGNLINT_TU_SCAN_DUMP=1 "$compiler" "${std[@]}" \
    -target x86_64-linux-gnu -fsyntax-only -I"$repo/include" \
    -I"$(dirname "$2")" ${SCAN_FLAGS:-} -fplugin="$plugin" \
    -fplugin-arg-alignlint-enable=all "$2" >"$3" 2>&1
}

failures=0 scanned=0 uses=0
for file in "${files[@]}"; do
  scan fast "$file" "$work/fast.txt"
  scan rav "$file" "$work/rav.txt"
  if ! grep -q '^alignlint TU scan:' "$work/rav.txt"; then
    continue # the TU does not compile as a whole (a lit input's variant)
  fi
  scanned=$((scanned + 1))
  uses=$((uses + $(grep -c '^  ' "$work/rav.txt")))
  if ! cmp -s "$work/fast.txt" "$work/rav.txt"; then
    echo "DIFFERS: $file (< fast walk, > plain RecursiveASTVisitor)"
    diff "$work/fast.txt" "$work/rav.txt" | head -20
    failures=$((failures + 1))
  fi
done
echo "scan walks: $scanned translation units, $uses uses, $failures differ"
[ "$scanned" -gt 0 ] && [ "$failures" -eq 0 ]
