// ALIGNLINT_IGNORE(field-order) or (all) on a record, in every position
// docs/annotations.md gives, silences the rule for it; on a field it keeps
// that field where it is (a fence) and the rest may still move.
// RUN: %alignlint_cc -target x86_64-linux-gnu -I%include -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --implicit-check-not=warning:
#include "alignlint.h"

struct ALIGNLINT_IGNORE(field-order) before_tag { char x; double d; char y; };
struct after_brace { char x; double d; char y; } ALIGNLINT_IGNORE(field-order);
struct ALIGNLINT_IGNORE(all) all_rules { char x; double d; char y; };
typedef struct ALIGNLINT_IGNORE(field-order) { char x; double d; char y; } typedef_name;
struct ALIGNLINT_IGNORE(field-order) declared_first;
struct declared_first { char x; double d; char y; };
struct ALIGNLINT_IGNORE(straddle) other_rule_only { char x; double d; char y; };
// CHECK: :[[@LINE-1]]:35: warning: 'struct other_rule_only' is 24 bytes but could be 16

struct fenced_field {
  char x;
  double d ALIGNLINT_IGNORE(field-order);
  char y;
  int z;
  char w;
};
// CHECK: :[[@LINE-7]]:8: warning: 'struct fenced_field' is 32 bytes but could be 24
// CHECK-NEXT: note: suggested order: x, d, z, y, w
