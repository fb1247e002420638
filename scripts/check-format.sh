#!/bin/sh
# Checks that the tree's C and C++ sources follow .clang-format.
# Usage: scripts/check-format.sh [CLANG_FORMAT]   (default: clang-format-19;
# the output of clang-format differs between versions, so one is pinned).
# With --fix, formats the files in place instead.
set -eu
cd "$(dirname "$0")/.."
fix=""
[ "${1:-}" = "--fix" ] && { fix=1; shift; }
clang_format="${1:-clang-format-19}"
command -v "$clang_format" >/dev/null 2>&1 || {
  echo "check-format: $clang_format not found (scripts/install-deps.sh installs it)" >&2
  exit 2
}
# Lit test inputs are left out: their CHECK lines refer to line numbers.
files=$(find rules clang plugin tidy tools lsp include test/unit bench \
  -type f \( -name '*.c' -o -name '*.h' -o -name '*.cpp' \) | sort)
if [ -n "$fix" ]; then
  exec "$clang_format" -i $files
fi
exec "$clang_format" --dry-run -Werror $files
