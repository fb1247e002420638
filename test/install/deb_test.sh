#!/bin/sh
# cpack -G DEB builds alignlint_<version>_<arch>.deb; its files all live
# under /usr (the plugin under /usr/lib/alignlint/llvm-N), it runs no
# maintainer scripts (so removing it leaves nothing behind) and it depends
# on the clang and libclang-cpp of its LLVM version. Not installed here.
# usage: deb_test.sh BUILD_DIR LLVM_MAJOR
set -eu
build="$1"
major="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; fail "cpack failed"; }
set -- "$work"/alignlint_*_"$(dpkg --print-architecture)".deb
[ -f "$1" ] || fail "no alignlint_<version>_<arch>.deb in: $(ls "$work")"
deb="$1"

dpkg-deb -c "$deb" | awk '{print $6}' >"$work/files"
for f in "./usr/lib/alignlint/llvm-$major/libalignlint.so" ./usr/bin/alignlint \
  ./usr/bin/alignlint-config ./usr/include/alignlint.h \
  ./usr/share/man/man1/alignlint.1 ./usr/share/doc/alignlint/README.md \
  ./usr/lib/cmake/alignlint/alignlintConfig.cmake; do
  grep -qx "$f" "$work/files" || fail "$f is not in the package"
done
! grep -v '^\./usr/' "$work/files" | grep -qvx '\./' ||
  fail "files outside /usr: $(grep -v '^\./usr/' "$work/files")"

dpkg-deb -I "$deb" >"$work/info"
grep -q "^ Package: alignlint$" "$work/info" || fail "package name"
depends="$(sed -n 's/^ Depends: //p' "$work/info")"
for d in "clang-$major" "libclang-cpp$major" libyaml-0-2 libxxhash0; do
  echo "$depends" | tr ',' '\n' | sed 's/^ *//;s/ .*//' | grep -qx "$d" ||
    fail "no dependency on $d: $depends"
done
for script in preinst postinst prerm postrm; do
  ! grep -qw "$script" "$work/info" || fail "the package has a $script script"
done
echo "deb test passed: $(basename "$deb")"
