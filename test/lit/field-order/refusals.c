// When a rewrite cannot be proved safe the warning stays, without a fix-it,
// and a note says why. -fixit must then leave the file untouched.
// RUN: %alignlint_cc -target x86_64-linux-gnu -Wno-missing-declarations -fsyntax-only %s 2>&1 | FileCheck %s
// RUN: cp %s %t.c && %alignlint_cc -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t.c 2>/dev/null
// RUN: diff %s %t.c

#define FIELD(type, name) type name;
#define RECORD(name) struct name { char a; long b; char c; }

/* A field declared by a macro. */
struct by_macro {
  char a;
  FIELD(long, b)
  char c;
};
// CHECK: refusals.c:[[@LINE-5]]:8: warning: 'struct by_macro' is 24 bytes but could be 16
// CHECK: refusals.c:[[@LINE-4]]:3: note: no fix-it: field 'b' is declared by a macro

/* The whole record written by a macro. */
RECORD(from_macro);
// CHECK: refusals.c:[[@LINE-1]]:1: warning: 'struct from_macro' is 24 bytes but could be 16
// CHECK: refusals.c:[[@LINE-2]]:1: note: no fix-it: the record is written by a macro

/* A preprocessor conditional among the fields: the order may differ
 * between configurations. */
struct conditional {
  char a;
#ifdef WITH_B
  long b;
#else
  long b2;
#endif
  char c;
};
// CHECK: refusals.c:[[@LINE-9]]:8: warning: 'struct conditional' is 24 bytes but could be 16
// CHECK: refusals.c:[[@LINE-8]]:1: note: no fix-it: a preprocessor directive sits among the fields

/* A type declared among the fields: a field moved above it would no
 * longer compile. */
struct nested_type {
  char a;
  struct inner { int x; };
  long b;
  char c;
};
// CHECK: refusals.c:[[@LINE-6]]:8: warning: 'struct nested_type' is 24 bytes but could be 16
// CHECK: refusals.c:[[@LINE-5]]:10: note: no fix-it: a declaration that is not a field sits among the fields

int use(struct by_macro *p) { return p->a; }
