// Every rule that changes a layout goes through the same vetoes: contended
// (alignment) and hot-fields (a new order) refuse what field-order refuses
// when the change reaches it. fwrite fixes every byte's position; a sizeof
// static assertion only the size (a hot-fields reorder that keeps the size
// is fine); a cast to the first field's type only that field's offset 0,
// which an alignment fix keeps.
// RUN: %alignlint_cc -target x86_64-linux-gnu -ffreestanding -I%include -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s
// RUN: %alignlint_cc -target aarch64-linux-gnu -ffreestanding -I%include -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s
// RUN: cp %s %t.c
// RUN: %alignlint_cc -target x86_64-linux-gnu -ffreestanding -I%include -Xclang -fixit -fsyntax-only %t.c 2>/dev/null || true
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t.c
// RUN: %clang_cc -target x86_64-linux-gnu -ffreestanding -I%include -fsyntax-only -Wall -Werror %t.c
#include "alignlint.h"

typedef __SIZE_TYPE__ size_t;
typedef struct FILE FILE;
size_t fwrite(const void *, size_t, size_t, FILE *);

struct queue_io {
  long head ALIGNLINT_CONTENDED;
  long tail ALIGNLINT_CONTENDED;
};
void save_queue(struct queue_io *q, FILE *f) { fwrite(q, sizeof *q, 1, f); }
// CHECK: layout-vetoes.c:[[@LINE-5]]:8: warning: contended member 'head' of 'struct queue_io'
// CHECK: layout-vetoes.c:[[@LINE-2]]:48: note: no fix-it: this code moves the record's raw bytes with fwrite: a file or wire format fixes its layout
// FIXED: struct queue_io {
// FIXED-NEXT: long head ALIGNLINT_CONTENDED;

struct queue_sized {
  long head ALIGNLINT_CONTENDED;
  long tail ALIGNLINT_CONTENDED;
};
_Static_assert(sizeof(struct queue_sized) == 16, "two words");
// CHECK: layout-vetoes.c:[[@LINE-5]]:8: warning: contended member 'head' of 'struct queue_sized'
// CHECK: layout-vetoes.c:[[@LINE-2]]:1: note: no fix-it: this code asserts on sizeof of the record: the fix changes its size
// FIXED: struct queue_sized {
// FIXED-NEXT: long head ALIGNLINT_CONTENDED;

/* Allowed: the first field stays at offset 0 under an alignment fix. */
struct queue_cast {
  long head ALIGNLINT_CONTENDED;
  long tail ALIGNLINT_CONTENDED;
};
long *head_of(struct queue_cast *q) { return (long *)q; }
// CHECK: layout-vetoes.c:[[@LINE-5]]:8: warning: contended member 'head' of 'struct queue_cast'
// CHECK-NOT: no fix-it
// CHECK: note: with the fix-it the record is aligned to 64 bytes
// FIXED: _Alignas(64) long head ALIGNLINT_CONTENDED;
// FIXED-NEXT: _Alignas(64) long tail ALIGNLINT_CONTENDED;

struct conn_io {
  char name[60];
  long rx_bytes ALIGNLINT_HOT;
  char scratch[100];
  int state ALIGNLINT_HOT;
};
void save_conn(struct conn_io *c, FILE *f) { fwrite(c, sizeof *c, 1, f); }
// CHECK: layout-vetoes.c:[[@LINE-7]]:8: warning: hot fields of 'struct conn_io'
// CHECK: layout-vetoes.c:[[@LINE-2]]:46: note: no fix-it: this code moves the record's raw bytes with fwrite
// FIXED: struct conn_io {
// FIXED-NEXT: char name[60];

/* Allowed: this reorder keeps the size (176 bytes), which is all the
   assertion is about. */
struct conn_sized {
  char name[60];
  long rx_bytes ALIGNLINT_HOT;
  char scratch[100];
  int state ALIGNLINT_HOT;
};
_Static_assert(sizeof(struct conn_sized) == 176, "");
// CHECK: layout-vetoes.c:[[@LINE-7]]:8: warning: hot fields of 'struct conn_sized'
// CHECK-NOT: no fix-it
// CHECK: warning: 'struct plain_sized'
// FIXED: struct conn_sized {
// FIXED-NEXT: long rx_bytes ALIGNLINT_HOT;

/* field-order refuses the same. */
struct plain_sized { char a; double d; char b; };
_Static_assert(sizeof(struct plain_sized) == 24, "");
// CHECK-SAME: is 24 bytes but could be 16
// CHECK: layout-vetoes.c:[[@LINE-2]]:1: note: no fix-it: this code asserts on sizeof of the record: the fix changes its size
