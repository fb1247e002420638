// The field-order rule end to end: warning, note, fix-it, idempotence, and
// the new size proved by recompiling the fixed file.
// RUN: %alignlint_cc -target x86_64-linux-gnu -fsyntax-only %s 2>&1 | FileCheck %s --check-prefix=X64
// RUN: %alignlint_cc -target i386-linux-gnu -fsyntax-only %s 2>&1 | FileCheck %s --check-prefix=I386
// RUN: %alignlint_cc -target aarch64-linux-gnu -fsyntax-only %s 2>&1 | FileCheck %s --check-prefix=X64
//
// The object file is still produced: the plugin runs beside the compile.
// RUN: rm -f %t.o && %alignlint_cc -target x86_64-linux-gnu -c %s -o %t.o && test -s %t.o
//
// RUN: cp %s %t.c
// RUN: %alignlint_cc -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t.c 2>/dev/null
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t.c
// RUN: %alignlint_cc -target x86_64-linux-gnu -fsyntax-only %t.c 2>&1 | count 0
// RUN: %clang_cc -target x86_64-linux-gnu -fsyntax-only -Werror -DFIXED_X64 %t.c

#include <stddef.h>

/* A connection. */
struct conn {
  char state;      // current state
  char *buf;
  int fd;
  /* number of bytes */
  size_t len;
  short flags;
};
// X64: basic.c:[[@LINE-8]]:8: warning: 'struct conn' is 40 bytes but could be 24: reordering its fields removes 16 bytes of padding [alignlint-field-order]
// X64: basic.c:[[@LINE-9]]:8: note: suggested order: buf, len, fd, flags, state
// I386: basic.c:[[@LINE-10]]:8: warning: 'struct conn' is 20 bytes but could be 16: reordering its fields removes 4 bytes of padding [alignlint-field-order]
// I386: note: suggested order: buf, fd, len, flags, state

// FIXED: struct conn {
// FIXED-NEXT:   char *buf;
// FIXED-NEXT:   /* number of bytes */
// FIXED-NEXT:   size_t len;
// FIXED-NEXT:   int fd;
// FIXED-NEXT:   short flags;
// FIXED-NEXT:   char state;      // current state
// FIXED-NEXT: };

/* An anonymous struct is reported by its typedef name. On i386 a double
 * is 4-aligned in a struct, so the record and the saving are smaller. */
typedef struct {
  char a;
  double d;
  char b;
} pair_t;
// X64: basic.c:[[@LINE-5]]:9: warning: 'pair_t' is 24 bytes but could be 16: reordering its fields removes 8 bytes of padding [alignlint-field-order]
// I386: basic.c:[[@LINE-6]]:9: warning: 'pair_t' is 16 bytes but could be 12: reordering its fields removes 4 bytes of padding [alignlint-field-order]

// FIXED: typedef struct {
// FIXED-NEXT:   double d;
// FIXED-NEXT:   char a;
// FIXED-NEXT:   char b;
// FIXED-NEXT: } pair_t;

/* Already optimal: nothing to say. */
struct optimal { double d; int i; char c; };
// X64-NOT: 'struct optimal'

/* Unused records are checked too (clang lays out only what a TU needs). */
struct unused { char a; long b; char c; int d; };
// X64: basic.c:[[@LINE-1]]:8: warning: 'struct unused' is 24 bytes but could be 16
// FIXED: struct unused { long b; char a; char c; int d; };

/* A 72-byte record that fits one cache line once reordered. */
struct lines {
  char a; double b; char c; double d; char e; double f; char g; double h;
  char i;
};
// X64: basic.c:[[@LINE-4]]:8: warning: 'struct lines' is 72 bytes but could be 40: reordering its fields removes 32 bytes of padding and saves 1 cache line [alignlint-field-order]

/* Records inside functions are records too. */
int use(void) {
  struct local { char c; int *p; char d; } l = {.c = 1};
  return l.c;
}
// X64: basic.c:[[@LINE-3]]:10: warning: 'struct local' is 24 bytes but could be 16

// A long order is cut after 32 members in the note; the fix-it has it all.
struct many {
  char a0; long b0;
  char a1; long b1;
  char a2; long b2;
  char a3; long b3;
  char a4; long b4;
  char a5; long b5;
  char a6; long b6;
  char a7; long b7;
  char a8; long b8;
  char a9; long b9;
  char a10; long b10;
  char a11; long b11;
  char a12; long b12;
  char a13; long b13;
  char a14; long b14;
  char a15; long b15;
  char a16; long b16;
  char a17; long b17;
  char a18; long b18;
  char a19; long b19;
};
// X64: basic.c:[[@LINE-22]]:8: warning: 'struct many' is 320 bytes but could be 184
// X64: basic.c:[[@LINE-23]]:8: note: suggested order: b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12, b13, b14, b15, b16, b17, b18, b19, a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, then 8 more (-fplugin-arg-alignlint-show-layout lists them all)

#ifdef FIXED_X64
_Static_assert(sizeof(struct conn) == 24, "conn");
_Static_assert(sizeof(pair_t) == 16, "pair_t");
_Static_assert(sizeof(struct unused) == 16, "unused");
_Static_assert(sizeof(struct lines) == 40, "lines");
_Static_assert(sizeof(struct many) == 184, "many");
#endif

