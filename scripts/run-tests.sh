#!/bin/sh
# Runs every test (C unit tests, lit tests with the real clang, the apply
# tool's scenarios, csmith differential) for the plugin built against
# LLVM 19 and against LLVM 14.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
"$here/install-deps.sh"
status=0
for version in 19 14; do
  echo "=== alignlint built for LLVM $version"
  build="$("$here/build.sh" "$version" | tail -n 1)"
  ctest --test-dir "$build" --output-on-failure || status=1
done
exit $status
