// Over-allocation through a helper call (git's FLEX_ALLOC_MEM:
// `xcalloc(1, st_add3(sizeof(*x), len, 1))`, and a function declared with
// alloc_size): the struct hack's last member stays last. A helper that
// multiplies (st_mult) sizes an array of the record and pins nothing. The
// fixed program prints the same.
// RUN: %alignlint_cc -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s
// RUN: cp %s %t.c && %alignlint_cc -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t.c 2>/dev/null
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t.c
// RUN: %clang_cc %s -o %t.before && %t.before > %t.out1
// RUN: %clang_cc -Wall -Werror %t.c -o %t.after && %t.after > %t.out2
// RUN: diff %t.out1 %t.out2
typedef __SIZE_TYPE__ size_t;
void *calloc(size_t, size_t);
void *malloc(size_t);
void *memcpy(void *, const void *, size_t);
int printf(const char *, ...);

static size_t st_add(size_t a, size_t b) { return a + b; }
static size_t st_add3(size_t a, size_t b, size_t c) { return st_add(st_add(a, b), c); }
static size_t st_mult(size_t a, size_t b) { return a * b; }
static void *xcalloc(size_t n, size_t size) { return calloc(n, size); }
__attribute__((alloc_size(1))) static void *get_block(size_t size) { return malloc(size); }

#define FLEX_ALLOC_MEM(x, flexname, buf, len) do { \
  size_t flex_array_len_ = (len); \
  (x) = xcalloc(1, st_add3(sizeof(*(x)), flex_array_len_, 1)); \
  memcpy((void *)(x)->flexname, (buf), flex_array_len_); \
} while (0)

struct entry { char kind; long id; char flag; int name[1]; };
// CHECK: pins-helper.c:[[@LINE-1]]:8: warning: 'struct entry' is 24 bytes but could be 16
// CHECK-NEXT: note: suggested order: id, kind, flag, name
// CHECK-NEXT: pins-helper.c:[[@LINE+5]]:3: note: the suggested order keeps 'name' last: this code sizes memory past the end of 'struct entry', which its last member grows into
// FIXED: struct entry { long id; char kind; char flag; int name[1]; };

static struct entry *entry_new(const char *name, size_t len) {
  struct entry *e;
  FLEX_ALLOC_MEM(e, name, name, len);
  return e;
}

struct block { char tag; double weight; char mark; int data[1]; };
// CHECK: pins-helper.c:[[@LINE-1]]:8: warning: 'struct block' is 24 bytes but could be 16
// CHECK-NEXT: note: suggested order: weight, tag, mark, data
// CHECK-NEXT: pins-helper.c:[[@LINE+4]]:38: note: the suggested order keeps 'data' last
// FIXED: struct block { double weight; char tag; char mark; int data[1]; };

static struct block *block_new(size_t n) {
  struct block *b = get_block(st_add(sizeof(struct block), n));
  memcpy(b->data, "0123456789", n);
  b->tag = 't';
  return b;
}

// An array of records: no pin, data moves.
struct cell { char data[1]; double value; char tag; };
// CHECK: pins-helper.c:[[@LINE-1]]:8: warning: 'struct cell' is 24 bytes but could be 16
// CHECK-NEXT: note: suggested order: value, data, tag
// CHECK-NOT: keeps 'tag' last
// FIXED: struct cell { double value; char data[1]; char tag; };

int main(void) {
  struct entry *e = entry_new("a-long-name", 11);
  struct block *b = block_new(9);
  struct cell *cells = xcalloc(1, st_mult(sizeof(struct cell), 4));
  cells[3].value = 2.5;
  printf("%s %c %.9s %g\n", (char *)e->name, b->tag, (char *)b->data, cells[3].value);
  return 0;
}
