// Uses of a record's bytes, classified by what they tie: a byte range that
// is not whole records, bytes copied between types, __builtin_dump_struct, a
// cast through void * to another record, an address made from an integer,
// memory from shmat, memcmp as an order: each refuses the fix, with the note
// at the user's line. Whole objects of one type (memcpy, memset, memcmp == 0,
// assignment, free) keep the fix. The program prints what an unsafe fix
// would change; the fixed copy must print the same.
// RUN: %alignlint_cc -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s
// RUN: %alignlint_cc -target i386-linux-gnu -ffreestanding -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s
// RUN: cp %s %t.c && %alignlint_cc -Xclang -fixit -fsyntax-only %t.c 2>/dev/null || true
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t.c
// RUN: %clang_cc %s -o %t.before && %t.before > %t.out1
// RUN: %clang_cc -Wall -Werror %t.c -o %t.after && %t.after > %t.out2
// RUN: diff %t.out1 %t.out2
// The C library is declared here so that any target's layout can be checked.
typedef __SIZE_TYPE__ size_t;
typedef __UINTPTR_TYPE__ uintptr_t;
#define offsetof(T, m) __builtin_offsetof(T, m)
#define NULL ((void *)0)
void *memset(void *, int, size_t);
void *memcpy(void *, const void *, size_t);
void *memmove(void *, const void *, size_t);
int memcmp(const void *, const void *, size_t);
void *malloc(size_t);
void free(void *);
void qsort(void *, size_t, size_t, int (*)(const void *, const void *));
int printf(const char *, ...);
void *shmat(int, const void *, int);

struct prefix { char a; double d; char b; };
static void clear_head(struct prefix *p) { memset(p, 0, offsetof(struct prefix, d)); }
// CHECK: object-bytes.c:[[@LINE-2]]:8: warning: 'struct prefix' is
// CHECK: object-bytes.c:[[@LINE-2]]:44: note: no fix-it: this code passes memset a byte range from the start of the record to a field: it covers other fields when they move

struct sample { char a; double d; char b; };
struct wire { unsigned long long w[3]; };
static unsigned long long pack(const struct sample *s) {
  struct wire w = {{0, 0, 0}};
  memcpy(&w, s, sizeof *s);
  return w.w[0] & 0xff;
}
// CHECK: object-bytes.c:[[@LINE-7]]:8: warning: 'struct sample' is
// CHECK: object-bytes.c:[[@LINE-4]]:3: note: no fix-it: this code copies the bytes between 'struct sample' and 'struct wire' with memcpy: which bytes hold which field depends on where the fields sit

struct dumped { char a; double d; char b; };
static void dump(struct dumped *p) { __builtin_dump_struct(p, &printf); }
// CHECK: object-bytes.c:[[@LINE-2]]:8: warning: 'struct dumped' is
// CHECK: object-bytes.c:[[@LINE-2]]:38: note: no fix-it: this code prints the record's fields in declaration order with __builtin_dump_struct

struct any { int kind; };
struct node { int kind; char c; double d; char e; };
static int kind_of(struct node *n) { return ((struct any *)(void *)n)->kind; }
// CHECK: object-bytes.c:[[@LINE-2]]:8: warning: 'struct node' is
// CHECK: object-bytes.c:[[@LINE-2]]:46: note: no fix-it: this cast between 'struct node *' and 'struct any *' reads the record through another type

struct regs { char a; double d; char b; };
static int read_b(uintptr_t addr) { return ((struct regs *)addr)->b; }
// CHECK: object-bytes.c:[[@LINE-2]]:8: warning: 'struct regs' is
// CHECK: object-bytes.c:[[@LINE-2]]:45: note: no fix-it: this code converts an integer to a pointer to the record: memory at a fixed address

struct shared { char a; double d; char b; };
struct shared *attach(int id) { return shmat(id, 0, 0); }
// CHECK: object-bytes.c:[[@LINE-2]]:8: warning: 'struct shared' is
// CHECK: object-bytes.c:[[@LINE-2]]:40: note: no fix-it: this code reads memory from shmat as the record

struct key { char a; double d; char b; };
static int by_bytes(const void *x, const void *y) {
  return memcmp(x, y, sizeof(struct key));
}
// CHECK: object-bytes.c:[[@LINE-4]]:8: warning: 'struct key' is
// CHECK: object-bytes.c:[[@LINE-3]]:3: note: no fix-it: this code orders records by their bytes with memcmp: the order follows where the fields sit
struct less { char a; double d; char b; };
static int before(const struct less *x, const struct less *y) {
  return memcmp(x, y, sizeof *x) < 0;
}
// CHECK: object-bytes.c:[[@LINE-4]]:8: warning: 'struct less' is
// CHECK: object-bytes.c:[[@LINE-3]]:34: note: no fix-it: this code orders records by their bytes with memcmp

struct count { char a; double d; char b; };
static void zero_count(struct count *p) { memset(p, 0, 9); }
// CHECK: object-bytes.c:[[@LINE-2]]:8: warning: 'struct count' is
// CHECK: object-bytes.c:[[@LINE-2]]:43: note: no fix-it: this code passes memset 9 bytes of the record, a count that is not written as whole records

/* Safe: whole objects of one type; the fix is made. A sentinel address in
   the first page is not memory anything is read from. */
struct whole { char a; double d; char b; };
static int same(const struct whole *x, const struct whole *y) {
  return memcmp(x, y, sizeof *x) == 0 && !memcmp(x, y, sizeof(struct whole));
}
static struct whole *copy(const struct whole *from, size_t n) {
  struct whole *to = malloc((n + 1) * sizeof *to);
  memcpy(to, from, n * sizeof *from);
  memset(to + n, 0, sizeof(struct whole));
  memmove(to, to + 1, sizeof to[0]);
  struct whole pair[2];
  memset(pair, 0, sizeof pair);
  memcpy(pair, to, sizeof(pair[0]));
  to[0] = from[0];
  return to;
}
static struct whole *const no_whole = (struct whole *)-1;
// CHECK: object-bytes.c:[[@LINE-16]]:8: warning: 'struct whole' is
// CHECK-NOT: note: no fix-it
// FIXED: struct whole { double d; char a; char b; };

int main(void) {
  struct prefix p = {1, 2.5, 3};
  clear_head(&p);
  printf("prefix %d %g %d\n", p.a, p.d, p.b);
  struct sample s;
  memset(&s, 0, sizeof s);
  s.a = 7;
  s.d = 1.0;
  printf("pack %llu\n", pack(&s));
  struct dumped d = {1, 2.5, 3};
  dump(&d);
  struct node n;
  memset(&n, 0, sizeof n);
  n.kind = 5;
  n.d = 3.0;
  printf("kind %d\n", kind_of(&n));
  static _Alignas(16) unsigned char mem[32];
  for (int i = 0; i < 32; ++i)
    mem[i] = (unsigned char)i;
  printf("regs %d\n", read_b((uintptr_t)mem));
  struct key keys[3];
  struct less less[2];
  memset(keys, 0, sizeof keys);
  memset(less, 0, sizeof less);
  for (int i = 0; i < 3; ++i) {
    keys[i].a = (char)(3 - i);
    keys[i].d = i;
  }
  less[0].a = 2;
  less[1].d = 1.0;
  qsort(keys, 3, sizeof keys[0], by_bytes);
  printf("sorted %g %g %g, before %d\n", keys[0].d, keys[1].d, keys[2].d,
         before(&less[0], &less[1]));
  struct count cnt = {1, 2.5, 3};
  zero_count(&cnt);
  printf("count %d %g %d\n", cnt.a, cnt.d, cnt.b);
  struct whole w[2] = {{1, 2.5, 3}, {4, 5.5, 6}};
  struct whole *c = copy(w, 2);
  printf("whole %d %d %d\n", same(&c[0], &w[0]), c[1].a, c[2].b);
  free(c);
  return no_whole == NULL;
}
