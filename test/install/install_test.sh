#!/bin/sh
# cmake --install into a temporary prefix, then a user's CMake project
# (find_package + alignlint_enable) and a user's Makefile (alignlint-config)
# build with it and show alignlint's warning; with a compiler alignlint has
# no plugin for, both say so once and build without it.
# usage: install_test.sh BUILD_DIR CLANG
set -eu
build="$1"
clang="$2"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"
major="$("$clang" --version | sed -n 's/.*clang version \([0-9]*\)\..*/\1/p')"
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" >/dev/null
for f in "lib/alignlint/llvm-$major/libalignlint.so" bin/alignlint \
  bin/alignlint-config include/alignlint.h share/man/man1/alignlint.1 \
  share/doc/alignlint/README.md lib/cmake/alignlint/alignlintConfig.cmake \
  lib/cmake/alignlint/alignlintConfigVersion.cmake; do
  [ -e "$prefix/$f" ] || fail "not installed: $f"
done
"$prefix/bin/alignlint" --version | grep -q alignlint || fail "bin/alignlint"

# The editor server, also under its versioned name, analyses with the
# installed plugin of its version, not with the build tree's.
for server in alignlint-clangd "alignlint-clangd-$major"; do
  "$prefix/bin/$server" --clangd=/bin/true </dev/null 2>"$work/server.log" ||
    { cat "$work/server.log"; fail "$server did not end with clangd's status"; }
  grep -q "analysing with $(realpath "$prefix")/lib/alignlint/llvm-$major/libalignlint.so\$" \
    "$work/server.log" || { cat "$work/server.log"; fail "$server's plugin"; }
done

# CMake: the matching clang gets the plugin and shows the warning.
cp -r "$here/cmake-project" "$here/make-project" "$here/conn.c" "$work/"
cmake -S "$work/cmake-project" -B "$work/cmake-build" -G Ninja \
  -DCMAKE_C_COMPILER="$clang" -DCMAKE_PREFIX_PATH="$prefix" >"$work/cfg.log"
ninja -C "$work/cmake-build" >"$work/build.log" 2>&1 ||
  { cat "$work/build.log"; fail "the CMake project did not build"; }
grep -q "warning: 'struct conn' is 32 bytes but could be 24.*\[alignlint-field-order\]" \
  "$work/build.log" || { cat "$work/build.log"; fail "no alignlint warning (CMake)"; }
ls "$work/cmake-build/fixes/"*.yaml >/dev/null 2>&1 ||
  fail "EXPORT_FIXES wrote no export"

# CMake with gcc: one message, no plugin, the build still works.
cmake -S "$work/cmake-project" -B "$work/gcc-build" -G Ninja \
  -DCMAKE_C_COMPILER=gcc -DCMAKE_PREFIX_PATH="$prefix" >"$work/gcc-cfg.log"
grep -q "alignlint: not enabled: .*gcc.* is not clang" "$work/gcc-cfg.log" ||
  { cat "$work/gcc-cfg.log"; fail "no 'not enabled' message for gcc"; }
ninja -C "$work/gcc-build" >"$work/gcc-build.log" 2>&1 ||
  fail "the CMake project did not build with gcc"
! grep -q fplugin "$work/gcc-build/build.ninja" || fail "gcc got -fplugin"

# CMake with a clang of a version not installed: one message, no plugin.
for other in 14 15 16 19 22; do
  other_clang="/usr/lib/llvm-$other/bin/clang"
  [ "$other" != "$major" ] && [ -x "$other_clang" ] || continue
  cmake -S "$work/cmake-project" -B "$work/other-build" -G Ninja \
    -DCMAKE_C_COMPILER="$other_clang" -DCMAKE_PREFIX_PATH="$prefix" \
    >"$work/other-cfg.log"
  grep -q "alignlint: not enabled: alignlint is installed for LLVM $major but .* is clang $other" \
    "$work/other-cfg.log" ||
    { cat "$work/other-cfg.log"; fail "no 'not enabled' message for clang $other"; }
  ! grep -q fplugin "$work/other-build/build.ninja" || fail "clang $other got -fplugin"
  break
done

# make: alignlint-config picks the plugin for $CC.
PATH="$prefix/bin:$PATH" make -s -C "$work/make-project" CC="$clang" \
  >"$work/make.log" 2>&1 || { cat "$work/make.log"; fail "make failed"; }
grep -q "\[alignlint-field-order\]" "$work/make.log" ||
  { cat "$work/make.log"; fail "no alignlint warning (make)"; }
rm -f "$work/make-project/conn.o"
PATH="$prefix/bin:$PATH" make -s -C "$work/make-project" CC=gcc \
  >"$work/make-gcc.log" 2>&1 || fail "make with gcc failed"
grep -q "alignlint-config: 'gcc' is not clang" "$work/make-gcc.log" ||
  { cat "$work/make-gcc.log"; fail "no 'not enabled' message (make, gcc)"; }
[ "$("$prefix/bin/alignlint-config" --cflags --llvm "$major")" = \
  "-fplugin=$prefix/lib/alignlint/llvm-$major/libalignlint.so -I$prefix/include" ] ||
  fail "alignlint-config --cflags --llvm $major"
echo "install test passed (LLVM $major)"
