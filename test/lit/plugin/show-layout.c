// The layout diagram on request: offsets, sizes, holes, padding and
// cache-line boundaries, read like pahole's; current and proposed layouts
// for a finding, the current layout as a remark for any other record. The
// diagram follows its note verbatim (clang 14 folds multi-line messages).
// RUN: %alignlint_cc -target x86_64-linux-gnu -fplugin-arg-alignlint-show-layout -fno-caret-diagnostics -fsyntax-only %s 2>&1 | FileCheck %s --strict-whitespace

struct conn {
  char state;
  char *buf;
  unsigned ready : 1;
  long pad[7];
  int fd;
};
// CHECK: show-layout.c:[[@LINE-7]]:8: warning: 'struct conn' is 88 bytes but could be 72
// CHECK: note: current layout:
// CHECK: {{^}}struct conn {
// CHECK-NEXT: {{^}}	char                       state;                /*     0     1 */
// CHECK-EMPTY:
// CHECK-NEXT: {{^}}	/* XXX 7 bytes hole, try to pack */
// CHECK-EMPTY:
// CHECK-NEXT: {{^}}	char *                     buf;                  /*     8     8 */
// CHECK-NEXT: {{^}}	unsigned int               ready:1;              /*    16: 0  4 */
// CHECK: /* --- cacheline 1 boundary (64 bytes) was {{[0-9]+}} bytes ago --- */
// CHECK: /* size: 88, cachelines: 2, members: 5 */
// CHECK: note: proposed layout:
// CHECK: {{^}}	long                       pad[7];               /*     8    56 */
// CHECK-NEXT: {{^}}	/* --- cacheline 1 boundary (64 bytes) --- */
// CHECK-NEXT: {{^}}	unsigned int               ready:1;              /*    64: 0  4 */
// CHECK: /* size: 72, cachelines: 2, members: 5 */

struct tidy { long a; int b; char c; };
// CHECK: show-layout.c:[[@LINE-1]]:8: remark: layout of 'struct tidy':
// CHECK: {{^}}struct tidy {
// CHECK-NEXT: {{^}}	long                       a;                    /*     0     8 */
// CHECK-NEXT: {{^}}	int                        b;                    /*     8     4 */
// CHECK-NEXT: {{^}}	char                       c;                    /*    12     1 */
// CHECK-EMPTY:
// CHECK-NEXT: {{^}}	/* size: 16, cachelines: 1, members: 3 */
// CHECK-NEXT: {{^}}	/* padding: 3 */
// CHECK-NEXT: {{^}}	/* last cacheline: 16 bytes */
// CHECK-NEXT: };
