#!/bin/sh
# Runs the tests for every LLVM version alignlint builds for:
# - LLVM 22 (the default), 19 and 14 (the oldest): every test (C unit tests,
#   lit tests with the real clang and clang-tidy, the apply tool's scenarios,
#   the csmith and C++ differentials, install and package);
# - LLVM 15 and 16: the build and the lit tests.
# scripts/run-tests.sh [VERSION...] runs only those versions.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
"$here/install-deps.sh"
versions="${*:-22 19 14 16 15}"
status=0
for version in $versions; do
  echo "=== alignlint built for LLVM $version"
  start=$(date +%s)
  if ! "$here/build.sh" "$version"; then
    echo "error: the build for LLVM $version failed" >&2
    status=1
    continue
  fi
  echo "(built in $(($(date +%s) - start)) s)"
  case "$version" in
  15 | 16) only="-R ^lit$" ;;
  *) only="" ;;
  esac
  # shellcheck disable=SC2086 # $only is zero or two words
  ctest --test-dir "$root/build-llvm$version" --output-on-failure $only ||
    status=1
  echo "(LLVM $version: $(($(date +%s) - start)) s in all)"
done
exit $status
