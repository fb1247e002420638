#!/bin/sh
# Checks that every documented alignlint annotation position attaches the
# intended annotate string to the intended decl (clang-19 and clang-14, C and
# C++), that the rejected/ignored positions are diagnosed as documented, that
# include/alignlint.h is C89-clean, and that gcc/g++ build the annotated
# sources with -Wall -Wextra -Werror. Exits non-zero on any failure.
#
# Usage: test/annotations/check_positions.sh   (from anywhere)
# Override tools with CLANG19, CLANG14, CLANGXX19, CLANGXX14, GCC, GXX,
# FILECHECK. A missing clang-14 is skipped with a notice, anything else fails.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
inc="$root/include"
FILECHECK=${FILECHECK:-/usr/lib/llvm-19/bin/FileCheck}
GCC=${GCC:-gcc}
GXX=${GXX:-g++}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
fails=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# ast_check CC STD FILE [EXTRA...] -- compile, dump, summarise, FileCheck.
ast_check() {
  cc=$1; std=$2; src=$3; shift 3
  prefixes=CHECK
  for a in "$@"; do [ "$a" = -DALIGNLINT_TEST_C2X ] && prefixes=CHECK,C2X; done
  name="$cc $std $(basename "$src")"
  # -Werror: an annotation clang ignores in a documented position is a bug.
  if ! "$cc" "$std" "$@" -I"$inc" -fsyntax-only -fno-color-diagnostics \
        -Wall -Wextra -Werror -Xclang -ast-dump "$src" >"$tmp/ast" 2>"$tmp/err"; then
    cat "$tmp/err"; fail "$name: compile"; return
  fi
  awk -f "$here/ast_summary.awk" "$tmp/ast" >"$tmp/sum"
  if "$FILECHECK" --check-prefixes="$prefixes" --dump-input=fail \
       "$src" <"$tmp/sum" 2>"$tmp/fc"; then
    pass "$name: annotations on the intended decls"
  else
    cat "$tmp/fc"; fail "$name: annotations on the intended decls"
  fi
}

# verify_check CC STD FILE [EXTRA...] -- clang -verify on misplaced positions.
verify_check() {
  cc=$1; std=$2; src=$3; shift 3
  name="$cc $std $(basename "$src")"
  if "$cc" "$std" "$@" -I"$inc" -fsyntax-only -fno-color-diagnostics \
       -Xclang -verify "$src" >"$tmp/err" 2>&1; then
    pass "$name: misplaced positions diagnosed"
  else
    cat "$tmp/err"; fail "$name: misplaced positions diagnosed"
  fi
}

have() { command -v "$1" >/dev/null 2>&1; }
for cc in "${CLANG19:-clang-19}" "${CLANG14:-clang-14}"; do
  if ! have "$cc"; then
    case $cc in *14*) echo "SKIP: $cc not found"; continue;; esac
    fail "$cc not found"; continue
  fi
  ast_check "$cc" -std=c11 "$here/positions.c"
  ast_check "$cc" -std=c2x "$here/positions.c" -DALIGNLINT_TEST_C2X
  verify_check "$cc" -std=c11 "$here/misplaced.c"
  verify_check "$cc" -std=c2x "$here/misplaced.c" -DALIGNLINT_TEST_C2X
  # The header itself: C89, pedantic, annotations on and forced off.
  for d in "" -DALIGNLINT_NO_ANNOTATIONS; do
    if echo '#include "alignlint.h"
struct s { int x ALIGNLINT_HOT; int y ALIGNLINT_CONTENDED_GROUP(a); };
int main(void) { struct s v; v.x = v.y = 0; return v.x; }' |
       "$cc" -std=c89 -pedantic-errors -Wall -Wextra -Werror $d -I"$inc" \
         -fsyntax-only -x c - 2>"$tmp/err"; then
      pass "$cc -std=c89 -pedantic header $d"
    else
      cat "$tmp/err"; fail "$cc -std=c89 -pedantic header $d"
    fi
  done
  # ALIGNLINT_NO_ANNOTATIONS really removes them.
  if "$cc" -std=c11 -DALIGNLINT_NO_ANNOTATIONS -I"$inc" -fsyntax-only \
       -Xclang -ast-dump "$here/positions.c" 2>/dev/null | grep -q 'alignlint:'; then
    fail "$cc ALIGNLINT_NO_ANNOTATIONS leaves annotations"
  else
    pass "$cc ALIGNLINT_NO_ANNOTATIONS removes annotations"
  fi
done
for cxx in "${CLANGXX19:-clang++-19}" "${CLANGXX14:-clang++-14}"; do
  if ! have "$cxx"; then
    case $cxx in *14*) echo "SKIP: $cxx not found"; continue;; esac
    fail "$cxx not found"; continue
  fi
  ast_check "$cxx" -std=c++20 "$here/positions.cpp"
  verify_check "$cxx" -std=c++20 "$here/misplaced.cpp"
done

# GCC: the macros expand to nothing; annotated code must build warning-free.
if "$GCC" -std=c11 -Wall -Wextra -Werror -I"$inc" -c "$here/positions.c" \
     -o "$tmp/c.o" 2>"$tmp/err" &&
   "$GCC" -std=c2x -DALIGNLINT_TEST_C2X -Wall -Wextra -Werror -I"$inc" \
     -c "$here/positions.c" -o "$tmp/c2x.o" 2>>"$tmp/err"; then
  pass "$GCC -Wall -Wextra -Werror positions.c"
else
  cat "$tmp/err"; fail "$GCC -Wall -Wextra -Werror positions.c"
fi
if "$GXX" -std=c++20 -Wall -Wextra -Werror -I"$inc" -c "$here/positions.cpp" \
     -o "$tmp/cpp.o" 2>"$tmp/err"; then
  pass "$GXX -Wall -Wextra -Werror positions.cpp"
else
  cat "$tmp/err"; fail "$GXX -Wall -Wextra -Werror positions.cpp"
fi

if [ "$fails" -ne 0 ]; then echo "$fails check(s) failed"; exit 1; fi
echo "all annotation position checks passed"
