// Records whose members' types are fixed in the same run are fixed in that
// run too, with the sizes the members have after their own fixes: arrays of
// them, typedefs, anonymous members and records that hold them by way of an
// unreported record. One -fixit run leaves nothing to fix: a second run
// reports only the record whose fix is refused; every claimed size holds in
// the fixed program; the fixed program prints what the original prints.
// RUN: %alignlint_cc -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s
// RUN: cp %s %t.c && %alignlint_cc -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t.c 2>/dev/null
// RUN: %alignlint_cc -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics %t.c 2>&1 | FileCheck %s --check-prefix=ROUND2
// RUN: %alignlint_cc -target x86_64-linux-gnu -fsyntax-only %s 2>&1 | sed -n 's/.*warning: .\([a-z0-9_ ]*\). is [0-9]* bytes but could be \([0-9]*\):.*/_Static_assert(sizeof(\1) == \2, "claimed size");/p' > %t.claims
// The fix of 'struct punned' is refused: its claim is not asserted.
// RUN: grep -v "sizeof(struct punned)" %t.claims > %t.fixed-claims
// RUN: grep -c _Static_assert %t.fixed-claims | FileCheck %s --check-prefix=CLAIMS
// CLAIMS: {{^12$}}
// RUN: cat %t.fixed-claims >> %t.c
// RUN: %clang_cc -target x86_64-linux-gnu -Wall -Werror %s -o %t.before && %t.before > %t.out1
// RUN: %clang_cc -target x86_64-linux-gnu -Wall -Werror %t.c -o %t.after && %t.after > %t.out2
// RUN: diff %t.out1 %t.out2
#include <stdio.h>

struct inner { char a; long b; char c; };
struct outer { char x; struct inner in; char y; long z; };
// CHECK: :[[@LINE-2]]:8: warning: 'struct inner' is 24 bytes but could be 16
// CHECK-NOT: no fix-it
// CHECK: :[[@LINE-3]]:8: warning: 'struct outer' is 48 bytes but could be 32
// CHECK: note: 'struct outer' could be 32 bytes with 'struct inner' fixed as suggested (its fix-it is in this run too)
// CHECK-NOT: no fix-it

/* An array of a fixed record. */
struct cell { char kind; long value; char mark; };
struct row { char tag; struct cell cells[2]; char end; long n; };
// CHECK: :[[@LINE-2]]:8: warning: 'struct cell' is 24 bytes but could be 16
// CHECK: :[[@LINE-2]]:8: warning: 'struct row' is 72 bytes but could be 48
// CHECK: note: 'struct row' could be 48 bytes with 'struct cell' fixed as suggested (its fix-it is in this run too)

/* A typedef of a fixed record. */
typedef struct pair_s { char a; double d; char b; } pair_t;
struct holder { char c; pair_t p; short s; double w; };
// CHECK: :[[@LINE-2]]:16: warning: 'struct pair_s' is 24 bytes but could be 16
// CHECK: :[[@LINE-2]]:8: warning: 'struct holder' is 48 bytes but could be 32
// CHECK: note: 'struct holder' could be 32 bytes with 'struct pair_s' fixed as suggested (its fix-it is in this run too)

/* An anonymous member that holds a fixed record. */
struct anon_holder {
  char a;
  struct { char x; struct inner deep; };
  char b;
  long z;
};
// CHECK: :[[@LINE-6]]:8: warning: 'struct anon_holder' is 56 bytes but could be 40
// CHECK: note: 'struct anon_holder' could be 40 bytes with 'struct inner' fixed as suggested (its fix-it is in this run too)

/* A record without a finding of its own that holds a fixed record. */
struct mid { struct inner in; long l; };
struct top { char a; struct mid m; char b; long z; };
// CHECK-NOT: 'struct mid'
// CHECK: :[[@LINE-2]]:8: warning: 'struct top' is 56 bytes but could be 40
// CHECK: note: 'struct top' could be 40 bytes with 'struct inner' fixed as suggested (its fix-it is in this run too)

/* A member whose fix is refused: the container counts it as it is. */
struct punned { char a; long b; char c; };
union pun { struct punned p; unsigned char bytes[sizeof(struct punned)]; };
struct holds_punned { char x; struct punned p; char y; long z; };
// CHECK: :[[@LINE-3]]:8: warning: 'struct punned' is 24 bytes but could be 16
// CHECK: note: no fix-it: this union stores 'struct punned'
// CHECK: :[[@LINE-3]]:8: warning: 'struct holds_punned' is 48 bytes but could be 40
// CHECK-NOT: fixed as suggested
// CHECK-NOT: no fix-it
// CHECK: warning: 'struct level1' is 24 bytes but could be 16
// CHECK: warning: 'struct level2' is 48 bytes but could be 32
// CHECK: note: 'struct level2' could be 32 bytes with 'struct level1' fixed as suggested (its fix-it is in this run too)
// CHECK: warning: 'struct deep_holder' is 72 bytes but could be 48
// CHECK: note: 'struct deep_holder' could be 48 bytes with 'struct level2' fixed as suggested (its fix-it is in this run too)
// CHECK-NOT: no fix-it

// ROUND2: warning: 'struct punned'
// ROUND2-NOT: warning:

/* Two levels: a fixed record holding a fixed record, held by a third. */
struct level1 { char a; long b; char c; };
struct level2 { char a; struct level1 l; char b; long c; };
struct deep_holder { char a; struct level2 l2; char b; long c; };

/* Fills every byte of *P with a pattern; the fields are printed by name. */
static void fill(void *P, size_t Size, int Seed) {
  for (size_t I = 0; I < Size; ++I)
    ((unsigned char *)P)[I] = (unsigned char)(Seed + 7 * I);
}

int main(void) {
  struct outer o;
  struct row r;
  struct holder h;
  struct anon_holder ah;
  struct top t;
  struct holds_punned hp;
  struct deep_holder dh;
  fill(&o, sizeof o, 1);
  fill(&r, sizeof r, 2);
  fill(&h, sizeof h, 3);
  fill(&ah, sizeof ah, 4);
  fill(&t, sizeof t, 5);
  fill(&hp, sizeof hp, 6);
  fill(&dh, sizeof dh, 7);
  o.x = 1; o.in.a = 2; o.in.b = 3; o.in.c = 4; o.y = 5; o.z = 6;
  r.tag = 7; r.cells[0].kind = 8; r.cells[0].value = 9; r.cells[0].mark = 10;
  r.cells[1].kind = 11; r.cells[1].value = 12; r.cells[1].mark = 13;
  r.end = 14; r.n = 15;
  h.c = 16; h.p.a = 17; h.p.d = 18.5; h.p.b = 19; h.s = 20; h.w = 21.5;
  ah.a = 22; ah.x = 23; ah.deep.a = 24; ah.deep.b = 25; ah.deep.c = 26;
  ah.b = 27; ah.z = 28;
  t.a = 29; t.m.in.a = 30; t.m.in.b = 31; t.m.in.c = 32; t.m.l = 33;
  t.b = 34; t.z = 35;
  hp.x = 39; hp.p.a = 40; hp.p.b = 41; hp.p.c = 42; hp.y = 43; hp.z = 44;
  dh.a = 45; dh.l2.a = 46; dh.l2.l.a = 47; dh.l2.l.b = 48; dh.l2.l.c = 49;
  dh.l2.b = 50; dh.l2.c = 51; dh.b = 52; dh.c = 53;
  printf("%d %d %ld %d %d %ld\n", o.x, o.in.a, o.in.b, o.in.c, o.y, o.z);
  printf("%d %d %ld %d %d %ld %d %d %ld\n", r.tag, r.cells[0].kind,
         r.cells[0].value, r.cells[0].mark, r.cells[1].kind, r.cells[1].value,
         r.cells[1].mark, r.end, r.n);
  printf("%d %d %g %d %d %g\n", h.c, h.p.a, h.p.d, h.p.b, h.s, h.w);
  printf("%d %d %d %ld %d %d %ld\n", ah.a, ah.x, ah.deep.a, ah.deep.b,
         ah.deep.c, ah.b, ah.z);
  printf("%d %d %ld %d %ld %d %ld\n", t.a, t.m.in.a, t.m.in.b, t.m.in.c,
         t.m.l, t.b, t.z);
  printf("%d %d %ld %d %d %ld\n", hp.x, hp.p.a, hp.p.b, hp.p.c, hp.y, hp.z);
  printf("%d %d %d %ld %d %d %ld %d %ld\n", dh.a, dh.l2.a, dh.l2.l.a,
         dh.l2.l.b, dh.l2.l.c, dh.l2.b, dh.l2.c, dh.b, dh.c);
  return 0;
}
