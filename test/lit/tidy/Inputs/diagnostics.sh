#!/bin/sh
# The diagnostics of a clang or clang-tidy log, one a line, each file named
# by its base name (clang-tidy prints absolute paths, clang the path given).
grep -E ': (warning|error|note): ' "$1" | sed -E 's|^[^:]*/||'
