#!/bin/sh
# Neovim (headless, its built-in LSP client) with alignlint-clangd: opens a
# file whose struct wastes space, applies alignlint's quick-fix, writes the
# file; the file on disk must then compile with its new, smaller size and
# print what the original printed.
# usage: nvim_test.sh SERVER CLANGD CLANG PLUGIN
set -eu
server="$1" clangd="$2" clang="$3"
here="$(cd "$(dirname "$0")" && pwd)"
command -v nvim >/dev/null 2>&1 || {
  echo "nvim_test: nvim not found (scripts/install-deps.sh installs neovim)" >&2
  exit 1
}
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
target=--target=x86_64-linux-gnu
cat > "$work/wide.c" <<'SRC'
#include <stdio.h>

struct wide {
  char a;
  double d;
  char b;
};

int main(void) {
  struct wide w = {.a = 'x', .d = 2.5, .b = 'y'};
  printf("%c %.1f %c\n", w.a, w.d, w.b);
  return 0;
}
SRC
cat > "$work/compile_commands.json" <<JSON
[{"directory": "$work", "file": "wide.c",
  "arguments": ["clang", "$target", "-c", "wide.c"]}]
JSON
cp "$work/wide.c" "$work/original.c"
ALIGNLINT_FILE="$work/wide.c" ALIGNLINT_SERVER="$server" \
ALIGNLINT_CLANGD="$clangd" \
  timeout 120 nvim --headless --clean -c "luafile $here/nvim_fix.lua" \
  > "$work/nvim.log" 2>&1 || {
  cat "$work/nvim.log" >&2
  echo "nvim_test: neovim did not apply the fix" >&2
  exit 1
}
if cmp -s "$work/wide.c" "$work/original.c"; then
  echo "nvim_test: the file on disk did not change" >&2
  exit 1
fi
# The fixed order: 16 bytes instead of 24 on x86_64.
printf '_Static_assert(sizeof(struct wide) == 16, "");\n' >> "$work/wide.c"
"$clang" $target -Wall -Werror "$work/original.c" -o "$work/original"
"$clang" $target -Wall -Werror "$work/wide.c" -o "$work/fixed"
[ "$("$work/original")" = "$("$work/fixed")" ] || {
  echo "nvim_test: the fixed program prints something else" >&2
  exit 1
}
echo "nvim_test: ok"
