#!/bin/sh
# Runs every test (C unit tests, lit tests with the real clang, the apply
# tool's scenarios, csmith differential) for the plugin built against
# LLVM 19 and against LLVM 14.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
"$here/install-deps.sh"
status=0
for version in 19 14; do
  echo "=== alignlint built for LLVM $version"
  if ! "$here/build.sh" "$version"; then
    echo "error: the build for LLVM $version failed" >&2
    status=1
    continue
  fi
  ctest --test-dir "$root/build-llvm$version" --output-on-failure || status=1
done
exit $status
