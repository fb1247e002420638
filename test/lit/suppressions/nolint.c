// clang-tidy's suppression comments silence a rule for a record, on the
// line of its name (the record key) or around it, with clang-tidy's meaning
// and glob syntax; the record then gets no fix-it either. The clang-tidy
// module reports the same records.
// RUN: %alignlint_cc -target x86_64-linux-gnu -I%include -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/nolint.c
// RUN: %alignlint_cc -target x86_64-linux-gnu -I%include -Xclang -fixit -fsyntax-only %t/nolint.c 2>/dev/null
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t/nolint.c
#include "alignlint.h"

struct plain { char a; long b; char c; };
// CHECK: nolint.c:[[@LINE-1]]:8: warning: 'struct plain' is 24 bytes but could be 16
// FIXED: struct plain { long b; char a; char c; };
struct same_line { char a; long b; char c; }; // NOLINT
// FIXED: struct same_line { char a; long b; char c; };
struct same_line_named { char a; long b; char c; }; // NOLINT(alignlint-field-order)
struct same_line_glob { char a; long b; char c; }; // NOLINT(alignlint-*)
struct spaced_list { char a; long b; char c; }; // NOLINT(bugprone-*, alignlint-field-order)
struct other_check { char a; long b; char c; }; // NOLINT(alignlint-straddle)
// CHECK: nolint.c:[[@LINE-1]]:8: warning: 'struct other_check'
// clang-tidy ignores negative globs in NOLINT lists.
struct negative_glob { char a; long b; char c; }; // NOLINT(alignlint-*,-alignlint-field-order)
struct not_a_directive { char a; long b; char c; }; // NOLINTED(alignlint-field-order)
// CHECK: nolint.c:[[@LINE-1]]:8: warning: 'struct not_a_directive'
// A list without its ')' makes a bare NOLINT (clang-tidy's reading).
struct unclosed { char a; long b; char c; }; // NOLINT(alignlint-field-order

// NOLINTNEXTLINE(alignlint-field-order)
struct next_line { char a; long b; char c; };
// NOLINTNEXTLINE(alignlint-field-order)

struct two_lines_below { char a; long b; char c; };
// CHECK: nolint.c:[[@LINE-1]]:8: warning: 'struct two_lines_below'

// NOLINTBEGIN(alignlint-field-order)
struct in_block { char a; long b; char c; };
struct also_in_block { char a; long b; char c; };
// NOLINTEND(alignlint-field-order)
// FIXED: struct also_in_block { char a; long b; char c; };
struct after_block { char a; long b; char c; };
// CHECK: nolint.c:[[@LINE-1]]:8: warning: 'struct after_block'

// The record key is its name: a comment on the line of the name counts,
// one on the line of the keyword does not.
struct
name_below // NOLINT(alignlint-field-order)
{ char a; long b; char c; };
struct // NOLINT(alignlint-field-order)
keyword_above { char a; long b; char c; };
// CHECK: nolint.c:[[@LINE-1]]:1: warning: 'struct keyword_above'

// The annotation still works beside them.
struct ALIGNLINT_IGNORE(field-order) annotated { char a; long b; char c; };

// A comment that suppresses nothing, reported on request only.
struct fine { long b; char a; char c; }; // NOLINT(alignlint-field-order)

// report-unused-suppressions: every suppression above still suppresses, and
// the comments naming alignlint checks that hide nothing are warnings
// (bare NOLINT may be meant for another tool, so it never is).
// RUN: %alignlint_cc -target x86_64-linux-gnu -I%include -fsyntax-only -fno-caret-diagnostics -fplugin-arg-alignlint-report-unused-suppressions %s 2>&1 | FileCheck %s --check-prefixes=CHECK,UNUSED --implicit-check-not=warning:
// UNUSED: nolint.c:19:52: warning: 'NOLINT{{[(]}}alignlint-straddle)' suppresses no alignlint finding here [alignlint-unused-suppression]
// UNUSED: nolint.c:30:4: warning: 'NOLINTNEXTLINE{{[(]}}alignlint-field-order)' suppresses no alignlint finding here
// UNUSED: nolint.c:48:11: warning: 'NOLINT{{[(]}}alignlint-field-order)' suppresses no alignlint finding here
// UNUSED: nolint.c:56:45: warning: 'NOLINT{{[(]}}alignlint-field-order)' suppresses no alignlint finding here

// The clang-tidy module reports the same records (clang-tidy applies its own
// NOLINT handling on top).
// REQUIRES: alignlint-tidy
// RUN: %alignlint_cc -target x86_64-linux-gnu -I%include -fsyntax-only %s 2>&1 | grep -o "nolint.c:[0-9]*:[0-9]*: warning: '[^']*'" > %t/plugin.txt
// RUN: %clang_tidy -checks='-*,alignlint-*' %s -- -target x86_64-linux-gnu -I%include 2>/dev/null | grep -o "nolint.c:[0-9]*:[0-9]*: warning: '[^']*'" > %t/tidy.txt
// RUN: diff %t/plugin.txt %t/tidy.txt
// RUN: FileCheck %s --check-prefix=TIDY --input-file=%t/tidy.txt
// TIDY: 'struct plain'
