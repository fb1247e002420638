#!/bin/sh
# Exits 0 when the plugin writes a findings file (docs/findings-format.md)
# next to its fix export, which alignlint-clangd reads; else says so and
# exits 77, which ctest reports as skipped.
# usage: writes_findings.sh CLANG PLUGIN
set -eu
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'struct s { char a; long b; char c; };\n' > "$work/probe.c"
"$1" -fsyntax-only -fplugin="$2" \
  -fplugin-arg-alignlint-export-fixes="$work" "$work/probe.c" 2>/dev/null || true
for f in "$work"/*.findings.json; do
  [ -e "$f" ] && exit 0
done
echo "skipped: this build's plugin writes no findings file yet" >&2
exit 77
