// A field's declaration starts at its first token: a standard attribute
// `[[...]]` (C23) before the type belongs to the slot whole, never cut
// inside its brackets; so do `__attribute__((...))` and `_Alignas(...)`
// before the type. The contended fix writes `_Alignas(64)` after the
// attribute-specifiers, where C23 accepts it.
// RUN: %alignlint_cc -std=c2x -target x86_64-linux-gnu -I%include -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s
// RUN: cp %s %t.c && %alignlint_cc -std=c2x -target x86_64-linux-gnu -I%include -Xclang -fixit -fsyntax-only %t.c 2>/dev/null || true
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t.c
// RUN: %clang_cc -std=c2x -target x86_64-linux-gnu -I%include -fsyntax-only -Wall -Werror -DFIXED %t.c
// RUN: %alignlint_cc -std=c2x -target x86_64-linux-gnu -I%include -fsyntax-only %t.c 2>&1 | FileCheck %s --check-prefix=AGAIN --allow-empty
// AGAIN-NOT: alignlint-

#include "alignlint.h"

struct standard {
  char a;
  [[maybe_unused]] double b;
  char c;
  [[deprecated("use b")]] [[maybe_unused]]
  int d;
};
// CHECK: attributes.c:[[@LINE-7]]:8: warning: 'struct standard' is 24 bytes but could be 16
// CHECK-NOT: no fix-it
// FIXED:      {{^}}struct standard {
// FIXED-NEXT: {{^}}  {{\[\[}}maybe_unused]] double b;
// FIXED-NEXT: {{^}}  {{\[\[}}deprecated("use b")]] {{\[\[}}maybe_unused]]
// FIXED-NEXT: {{^}}  int d;
// FIXED-NEXT: {{^}}  char a;
// FIXED-NEXT: {{^}}  char c;
// FIXED-NEXT: {{^}}};

struct gnu {
  char a;
  __attribute__((unused)) double b;
  char c;
  _Alignas(8) long d;
};
// CHECK: attributes.c:[[@LINE-6]]:8: warning: 'struct gnu' is 32 bytes but could be 24
// CHECK-NOT: no fix-it
// FIXED:      {{^}}struct gnu {
// FIXED-NEXT: {{^}}  __attribute__((unused)) double b;
// FIXED-NEXT: {{^}}  _Alignas(8) long d;
// FIXED-NEXT: {{^}}  char a;
// FIXED-NEXT: {{^}}  char c;
// FIXED-NEXT: {{^}}};

struct queue {
  [[maybe_unused]] long head ALIGNLINT_CONTENDED;
  [[maybe_unused]] /* the consumer's */ long tail ALIGNLINT_CONTENDED;
  int size;
};
// CHECK: attributes.c:[[@LINE-5]]:8: warning: contended member 'head' of 'struct queue'
// CHECK-NOT: no fix-it
// FIXED:      {{^}}  {{\[\[}}maybe_unused]] _Alignas(64) long head ALIGNLINT_CONTENDED;
// FIXED-NEXT: {{^}}  {{\[\[}}maybe_unused]] /* the consumer's */ _Alignas(64) long tail ALIGNLINT_CONTENDED;
// FIXED-NEXT: {{^}}  _Alignas(64) int size;

#ifdef FIXED
_Static_assert(sizeof(struct standard) == 16, "");
_Static_assert(sizeof(struct gnu) == 24, "");
_Static_assert(sizeof(struct queue) == 192, "");
#endif
