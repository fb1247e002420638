// A record held by value in another changes that record too: its size and
// the offsets after it. Code that asserts the container's size, or writes
// its bytes, refuses the member's fix as it would the container's own; a
// container nobody ties to its layout lets the fix through.
// RUN: %alignlint_cc -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s
// RUN: %alignlint_cc -target i386-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefix=I386
// RUN: cp %s %t.c && %alignlint_cc -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t.c
// RUN: %clang_cc -target x86_64-linux-gnu -Wall -Werror -fsyntax-only %t.c
// RUN: FileCheck %s --check-prefix=CHECK-FIXES --input-file=%t.c
typedef struct _IO_FILE FILE;   // no libc headers: i386 is checked too
__SIZE_TYPE__ fwrite(const void *, __SIZE_TYPE__, __SIZE_TYPE__, FILE *);

struct asserted { char a; double d; char c; };
struct wire { struct asserted inner; int tag; };
_Static_assert(sizeof(struct wire) >= 20, "wire size");
// CHECK: container-layout.c:[[@LINE-3]]:8: warning: 'struct asserted' is 24 bytes but could be 16
// CHECK: container-layout.c:[[@LINE-2]]:1: note: no fix-it: this code asserts on sizeof of the record: the fix changes its size ('struct wire' holds 'struct asserted', whose fix changes its layout)
// I386: warning: 'struct asserted' is 16 bytes but could be 12
// I386: note: no fix-it: this code asserts on sizeof of the record{{.*}}('struct wire' holds 'struct asserted'
// CHECK-FIXES: struct asserted { char a; double d; char c; };

struct written { char a; double d; char c; };
struct record_file { int version; struct written rows[2]; };
void save(FILE *f, const struct record_file *r) { fwrite(r, sizeof *r, 1, f); }
// CHECK: container-layout.c:[[@LINE-3]]:8: warning: 'struct written' is 24 bytes but could be 16
// CHECK: container-layout.c:[[@LINE-2]]:{{[0-9]+}}: note: no fix-it: {{.*}}fwrite{{.*}}('struct record_file' holds 'struct written', whose fix changes its layout)
// CHECK-FIXES: struct written { char a; double d; char c; };

struct free_inner { char a; double d; char c; };
struct free_outer { struct free_inner in; int tag; };
int use(struct free_outer *o) { return o->tag + (int)sizeof *o; }
// CHECK: container-layout.c:[[@LINE-3]]:8: warning: 'struct free_inner' is 24 bytes but could be 16
// CHECK-NOT: note: no fix-it
// CHECK-FIXES: struct free_inner { double d; char a; char c; };
