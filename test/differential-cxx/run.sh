#!/usr/bin/env bash
# C++ differential test for the orders a field-order fix keeps: each program
# in programs/ has effects in initializers and members with observable
# construction or destruction. For each program and standard: build and run
# it, run the plugin with export-fixes over a copy, `alignlint apply` the
# export, rebuild the copy with -Wall -Werror (brace elision is written on
# purpose: -Wno-missing-braces), run it and compare outputs.
# A program that the fix leaves unchanged fails too: each one is written to
# have a record the constraints still let alignlint shrink.
#
#   run.sh --plugin libalignlint.so --tool alignlint --clang clang-19
set -u
here=$(cd "$(dirname "$0")" && pwd)
plugin="" tool="" clang=""
while [ $# -gt 0 ]; do
  case $1 in
    --plugin) plugin=$2; shift 2 ;;
    --tool) tool=$2; shift 2 ;;
    --clang) clang=$2; shift 2 ;;
    *) echo "run.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
[ -n "$plugin" ] && [ -n "$tool" ] && [ -n "$clang" ] || {
  echo "usage: run.sh --plugin P --tool T --clang C" >&2; exit 2; }
clangxx="$clang++"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0 tested=0
fail() { echo "FAIL $1: $2"; failures=$((failures + 1)); }

for src in "$here"/programs/*.cpp; do
  name=$(basename "$src" .cpp)
  for std in c++17 c++20; do
    dir="$work/$name-$std"
    mkdir -p "$dir/export"
    cp "$src" "$dir/fixed.cpp"
    if ! "$clangxx" -std=$std "$src" -o "$dir/before" 2>"$dir/log" ||
       ! "$dir/before" >"$dir/out.before"; then
      fail "$name ($std)" "the original does not build or run"; continue
    fi
    "$clangxx" -std=$std -fsyntax-only -fplugin="$plugin" \
      -fplugin-arg-alignlint-export-fixes="$dir/export" "$dir/fixed.cpp" \
      2>"$dir/plugin.log"
    "$tool" apply "$dir/export" >"$dir/apply.log" 2>&1
    if cmp -s "$src" "$dir/fixed.cpp"; then
      fail "$name ($std)" "no fix was applied"; cat "$dir/plugin.log"; continue
    fi
    if ! "$clangxx" -std=$std -Wall -Werror -Wno-missing-braces "$dir/fixed.cpp" -o "$dir/after" \
         2>"$dir/log"; then
      fail "$name ($std)" "the fixed program does not build"; cat "$dir/log"
      continue
    fi
    "$dir/after" >"$dir/out.after"
    if ! cmp -s "$dir/out.before" "$dir/out.after"; then
      fail "$name ($std)" "the fixed program prints something else"
      diff "$dir/out.before" "$dir/out.after" | head -20
      diff "$src" "$dir/fixed.cpp" | head -40
      continue
    fi
    tested=$((tested + 1))
  done
done
echo "cxx differential: $tested programs same output after the fix, $failures failures"
[ "$failures" -eq 0 ]
