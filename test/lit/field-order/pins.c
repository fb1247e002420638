// Units a reorder keeps in place: a record allocated larger than its size
// grows its last member into the extra memory (the "struct hack", also
// through a last member that is itself a struct ending in an array), so that
// member stays last; a comment on a field that says it must be first or last
// pins it; a comment that says to keep the order refuses the fix. Each note
// points at the allocation or the comment. The fixed program must print what
// the original prints.
// RUN: %alignlint_cc -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s
// RUN: %alignlint_cc -target i386-linux-gnu -ffreestanding -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s
// RUN: cp %s %t.c && %alignlint_cc -Xclang -fixit -fsyntax-only %t.c 2>/dev/null || true
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t.c
// RUN: %clang_cc %s -o %t.before && %t.before > %t.out1
// RUN: %clang_cc -Wall -Werror %t.c -o %t.after && %t.after > %t.out2
// RUN: diff %t.out1 %t.out2
typedef __SIZE_TYPE__ size_t;
#define offsetof(T, m) __builtin_offsetof(T, m)
void *malloc(size_t);
void free(void *);
int printf(const char *, ...);

struct dec { long digits[1]; };
struct num { char sign; int exp; char flag; struct dec d; };
static struct num *num_new(int n) {
  return malloc(sizeof(struct num) + n * sizeof(long));
}
// CHECK: pins.c:[[@LINE-4]]:8: warning: 'struct num' is
// CHECK-NEXT: note: suggested order: exp, sign, flag, d
// CHECK-NEXT: pins.c:[[@LINE-4]]:36: note: the suggested order keeps 'd' last: this code sizes memory past the end of 'struct num', which its last member grows into
// FIXED: struct num { int exp; char sign; char flag; struct dec d; };

struct msg { char kind; long id; char tag; short len; char data[2]; };
static struct msg *msg_new(int n) { return malloc(offsetof(struct msg, data) + n); }
// CHECK: pins.c:[[@LINE-2]]:8: warning: 'struct msg' is
// CHECK-NEXT: note: suggested order: id, len, kind, tag, data
// CHECK-NEXT: pins.c:[[@LINE-3]]:78: note: the suggested order keeps 'data' last
// FIXED: struct msg { long id; short len; char kind; char tag; char data[2]; };

struct big { char sign; int exp; char flag;
  struct dec d;  // must be the last field in the structure for memory management
};
// CHECK: pins.c:[[@LINE-3]]:8: warning: 'struct big' is
// CHECK-NEXT: note: suggested order: exp, sign, flag, d
// CHECK-NEXT: pins.c:[[@LINE-4]]:18: note: the suggested order keeps 'd' last, as its comment asks
// FIXED: struct big { int exp; char sign; char flag;
// FIXED-NEXT: struct dec d;  // must be the last field

struct head {
  /* Must be first: the allocator's free list links through it. */
  char tag;
  double x;
  char flag;
};
// CHECK: pins.c:[[@LINE-6]]:8: warning: 'struct head' is
// CHECK-NEXT: note: suggested order: tag, flag, x
// CHECK-NEXT: pins.c:[[@LINE-7]]:3: note: the suggested order keeps 'tag' first, as its comment asks

/* Do not reorder: the firmware reads this. */
struct fw { char a; double d; char b; };
struct fw2 { char a; double d; char b; }; // keep in this order
// CHECK: pins.c:[[@LINE-2]]:8: warning: 'struct fw' is
// CHECK: pins.c:[[@LINE-4]]:1: note: no fix-it: this comment asks to keep the fields in their order
// CHECK: pins.c:[[@LINE-3]]:8: warning: 'struct fw2' is
// CHECK: pins.c:[[@LINE-4]]:43: note: no fix-it: this comment asks to keep the fields in their order

/* Words that pin nothing. */
struct free_text { char a; double d; char b; }; // the last one is b
// CHECK: pins.c:[[@LINE-1]]:8: warning: 'struct free_text' is
// CHECK-NEXT: note: suggested order: d, a, b
// CHECK-NOT: note:

int main(void) {
  struct num *n = num_new(3);
  n->sign = 1, n->exp = 2, n->flag = 3;
  for (int i = 0; i < 4; ++i)
    n->d.digits[i] = 100 + i;
  printf("num %d %d %d %ld\n", n->sign, n->exp, n->flag, n->d.digits[3]);
  struct msg *m = msg_new(8);
  m->kind = 1, m->id = 2, m->tag = 4, m->len = 3;
  int last = 7;
  for (int i = 0; i <= last; ++i)
    m->data[i] = (char)(10 + i);
  printf("msg %d %ld %d %d %d\n", m->kind, m->id, m->tag, m->len, m->data[last]);
  struct head h = {1, 2.5, 3};
  struct fw f = {1, 2.5, 3};
  struct fw2 f2 = {1, 2.5, 3};
  struct free_text t = {1, 2.5, 3};
  printf("%d %d %d %d\n", h.tag, f.b, f2.b, t.b);
  free(n);
  free(m);
  return 0;
}
