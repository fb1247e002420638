// Fixes that would be wrong however carefully the text is rewritten, found
// by the csmith differential test and by zlib:
//  - a record a union stores beside other members: its bytes are read
//    through them (type punning is legal C), so its layout is observable;
//  - a record with a member whose type another fix in this TU reorders: its
//    new order is computed from the member's new size (safe-fixes/one-run.c);
//  - a macro that expands to nothing before a field's type (zlib's z_const)
//    belongs to that field and moves with it.
// RUN: %alignlint_cc -target x86_64-linux-gnu -fno-caret-diagnostics -fsyntax-only %s 2>&1 | FileCheck %s
// RUN: cp %s %t.c && %alignlint_cc -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t.c 2>/dev/null
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t.c
// RUN: %clang_cc -target x86_64-linux-gnu -fsyntax-only -Werror -DWANT_CONST %t.c
// RUN: %clang_cc %s -o %t.before && %t.before > %t.out1
// RUN: %clang_cc %t.c -o %t.after && %t.after > %t.out2
// RUN: diff %t.out1 %t.out2
#include <stdio.h>

struct punned { char tag; long value; char flag; };
union view { struct punned p; unsigned char bytes[sizeof(struct punned)]; };
// CHECK: layout-observers.c:[[@LINE-2]]:8: warning: 'struct punned' is 24 bytes but could be 16
// CHECK: layout-observers.c:[[@LINE-2]]:7: note: no fix-it: this union stores 'struct punned' beside other members; code may read its bytes through them

/* Overlaid through an enclosing struct and an array: still observable. */
struct cell { char kind; long payload; char mark; };
struct row { struct cell cells[2]; };
union raw_row { struct row r; unsigned char bytes[sizeof(struct row)]; };
// CHECK: layout-observers.c:[[@LINE-3]]:8: warning: 'struct cell' is 24 bytes but could be 16
// CHECK: layout-observers.c:[[@LINE-2]]:7: note: no fix-it: this union stores 'struct cell' beside other members
// FIXED: struct cell { char kind; long payload; char mark; };

struct inner { char a; long b; char c; };
struct outer { char x; struct inner in; char y; long z; };
// CHECK: layout-observers.c:[[@LINE-2]]:8: warning: 'struct inner' is 24 bytes but could be 16
// CHECK: layout-observers.c:[[@LINE-2]]:8: warning: 'struct outer' is 48 bytes but could be 32
// CHECK: note: 'struct outer' could be 32 bytes with 'struct inner' fixed as suggested (its fix-it is in this run too)
// CHECK-NOT: no fix-it
// FIXED: struct inner { long b; char a; char c; };
// FIXED: struct outer { struct inner in; long z; char x; char y; };

#ifdef WANT_CONST
#define z_const const
#else
#define z_const
#endif
struct stream {
  char c;
  z_const char *msg;
  int i;
  char *p;
};
// CHECK: layout-observers.c:[[@LINE-6]]:8: warning: 'struct stream' is 32 bytes but could be 24
// FIXED: struct stream {
// FIXED-NEXT:   z_const char *msg;
// FIXED-NEXT:   char *p;
// FIXED-NEXT:   int i;
// FIXED-NEXT:   char c;

int main(void) {
  static union view v = {{1, 2, 3}};   /* static: padding bytes are zero */
  static union raw_row rr = {{{{1, 2, 3}, {4, 5, 6}}}};
  unsigned sum = 0;
  for (unsigned i = 0; i < sizeof v.bytes; i++)
    sum = sum * 31 + v.bytes[i];
  for (unsigned i = 0; i < sizeof rr.bytes; i++)
    sum = sum * 31 + rr.bytes[i];
  char text[] = "x";
  struct stream s = {.msg = "m", .p = text};
  s.p[0] = 'y';
  printf("%u %s %s\n", sum, s.msg, s.p);
  return 0;
}
