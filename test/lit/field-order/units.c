// What moves as one unit, and what never moves.
// RUN: %alignlint_cc -target x86_64-linux-gnu -fsyntax-only %s 2>&1 | FileCheck %s
// RUN: cp %s %t.c && %alignlint_cc -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t.c 2>/dev/null
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t.c
// RUN: %clang_cc -target x86_64-linux-gnu -fsyntax-only -Werror -DFIXED %t.c
// RUN: %alignlint_cc -target x86_64-linux-gnu -fsyntax-only %t.c 2>&1 | count 0
// RUN: %alignlint_cc -target x86_64-linux-gnu -fsyntax-only -fplugin-arg-alignlint-keep-first-record-field=0 %s 2>&1 | FileCheck %s --check-prefix=NOPIN

struct base { long id; };

/* A bitfield run is one memory location: it moves whole. */
struct flags {
  char tag;
  void *owner;
  unsigned ready : 1, dirty : 1;
  unsigned kind : 4;
  char mark;
};
// CHECK: units.c:[[@LINE-7]]:8: warning: 'struct flags' is 24 bytes but could be 16
// CHECK: note: suggested order: owner, ready, dirty, kind, tag, mark
// FIXED: struct flags {
// FIXED-NEXT:   void *owner;
// FIXED-NEXT:   unsigned ready : 1, dirty : 1;
// FIXED-NEXT:   unsigned kind : 4;
// FIXED-NEXT:   char tag;
// FIXED-NEXT:   char mark;
// FIXED-NEXT: };

/* One declaration of several fields moves whole. */
struct multi {
  char a;
  long x, y;
  char b;
  int i;
};
// CHECK: units.c:[[@LINE-6]]:8: warning: 'struct multi' is 32 bytes but could be 24
// CHECK: note: suggested order: x, y, i, a, b
// FIXED: struct multi {
// FIXED-NEXT:   long x, y;
// FIXED-NEXT:   int i;

/* A flexible array member stays last. */
struct packet {
  char kind;
  long seq;
  char more;
  unsigned char payload[];
};
// CHECK: units.c:[[@LINE-6]]:8: warning: 'struct packet' is 24 bytes but could be 16
// CHECK: note: suggested order: seq, kind, more, payload
// FIXED: struct packet {
// FIXED-NEXT:   long seq;
// FIXED-NEXT:   char kind;
// FIXED-NEXT:   char more;
// FIXED-NEXT:   unsigned char payload[];

/* A zero-size marker is a fence: fields reorder only within each side. */
struct fenced {
  char a;
  long b;
  char group_begin[0];
  char c;
  long d;
};
// CHECK: units.c:[[@LINE-7]]:8: warning: 'struct fenced' is 32 bytes but could be 24
// CHECK: note: suggested order: b, a, group_begin, c, d
// FIXED: struct fenced {
// FIXED-NEXT:   long b;
// FIXED-NEXT:   char a;
// FIXED-NEXT:   char group_begin[0];

/* An over-aligned member is a fence too. */
struct aligned {
  char a;
  _Alignas(32) char line[8];
  char b;
  long c;
};
// CHECK-NOT: 'struct aligned'

/* The first field stays first when it is a struct: code casts between the
 * record and its "base". */
struct derived {
  struct base b;
  char x;
  long y;
  char z;
};
// CHECK: units.c:[[@LINE-6]]:8: warning: 'struct derived' is 32 bytes but could be 24
// CHECK: note: suggested order: b, y, x, z
// NOPIN: note: suggested order: b, y, x, z
// FIXED: struct derived {
// FIXED-NEXT:   struct base b;
// FIXED-NEXT:   long y;

struct derived2 {
  struct { char c; } small;
  long y;
  char z;
};
// CHECK: units.c:[[@LINE-5]]:8: warning: 'struct derived2' is 24 bytes but could be 16
// CHECK: note: suggested order: small, z, y
// NOPIN: units.c:[[@LINE-7]]:8: warning: 'struct derived2' is 24 bytes but could be 16
// NOPIN: note: suggested order: y, small, z

/* An anonymous union member moves whole. */
struct variant {
  char kind;
  union { long i; double d; };
  char flag;
};
// CHECK: units.c:[[@LINE-5]]:8: warning: 'struct variant' is 24 bytes but could be 16
// CHECK: note: suggested order: (anonymous union), kind, flag
// FIXED: struct variant {
// FIXED-NEXT:   union { long i; double d; };
// FIXED-NEXT:   char kind;
// FIXED-NEXT:   char flag;

/* Never reported: unions, packed records. */
union u { char c; long l; };
struct __attribute__((packed)) p1 { char c; long l; char d; };
#pragma pack(push, 1)
struct p2 { char c; long l; char d; };
#pragma pack(pop)
// CHECK-NOT: 'union u'
// CHECK-NOT: 'struct p1'
// CHECK-NOT: 'struct p2'

#ifdef FIXED
_Static_assert(sizeof(struct flags) == 16, "flags");
_Static_assert(sizeof(struct multi) == 24, "multi");
_Static_assert(sizeof(struct packet) == 16, "packet");
_Static_assert(sizeof(struct fenced) == 24, "fenced");
_Static_assert(sizeof(struct derived) == 24, "derived");
_Static_assert(sizeof(struct variant) == 16, "variant");
#endif
