// CheckOptions from a .clang-tidy file (as a list, which clang-tidy 14
// needs and later versions still read): MinSaved silences the findings that
// save less; the file's Checks enable the module's checks; NOLINT and
// NOLINTNEXTLINE work per check; WarningsAsErrors turns a check's findings
// into errors.
// REQUIRES: alignlint-tidy
// RUN: rm -rf %t && mkdir -p %t/small %t/large && cp %s %t/small/o.c && cp %s %t/large/o.c
// RUN: printf 'Checks: "-*,alignlint-*"\n' > %t/small/.clang-tidy
// RUN: printf 'Checks: "-*,alignlint-*"\nCheckOptions:\n  - key: alignlint-field-order.MinSaved\n    value: 12\n' > %t/large/.clang-tidy
// RUN: %clang_tidy %t/small/o.c -- -target x86_64-linux-gnu 2>&1 | FileCheck %s --check-prefixes=CHECK,SMALL
// RUN: %clang_tidy %t/large/o.c -- -target x86_64-linux-gnu 2>&1 | FileCheck %s --check-prefixes=CHECK,LARGE
// RUN: %clang_tidy --dump-config %t/large/o.c -- | tr -d '\n ' | FileCheck %s --check-prefix=CONFIG
// RUN: not %clang_tidy --warnings-as-errors='alignlint-field-order' %t/small/o.c -- -target x86_64-linux-gnu 2>&1 | FileCheck %s --check-prefix=ERROR
// RUN: %clang_tidy -checks='-*,alignlint-contended' %t/small/o.c -- -target x86_64-linux-gnu 2>&1 | FileCheck %s --check-prefix=NONE --allow-empty

struct saves_8 { char a; double d; char b; };
// SMALL: o.c:[[@LINE-1]]:8: warning: 'struct saves_8' is 24 bytes but could be 16: reordering its fields removes 8 bytes of padding [alignlint-field-order]
// LARGE-NOT: 'struct saves_8'
// ERROR: o.c:[[@LINE-3]]:8: error: 'struct saves_8' is 24 bytes but could be 16: reordering its fields removes 8 bytes of padding [alignlint-field-order,-warnings-as-errors]
// NONE-NOT: saves_8

struct saves_16 { char a; double d; char b; double e; char c; };
// CHECK: o.c:[[@LINE-1]]:8: warning: 'struct saves_16' is 40 bytes but could be 24: reordering its fields removes 16 bytes of padding [alignlint-field-order]

struct silenced { char a; double d; char b; }; // NOLINT(alignlint-field-order)
// CHECK-NOT: 'struct silenced'

// NOLINTNEXTLINE(alignlint-*)
struct silenced_next { char a; double d; char b; };
// CHECK-NOT: 'struct silenced_next'

struct other_check { char a; double d; char b; }; // NOLINT(alignlint-contended)
// SMALL: o.c:[[@LINE-1]]:8: warning: 'struct other_check' is 24 bytes

// clang-tidy 14 dumps options as a list of key and value.
// CONFIG: alignlint-field-order.MinSaved{{(value)?}}:'12'
