// Code that depends on the layout (or that alignlint cannot rewrite exactly)
// keeps the warning and gets no fix-it; a note names the line and the reason.
// RUN: %alignlint_cc -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s
// RUN: %alignlint_cc -target x86_64-linux-gnu -fsyntax-only %s 2>&1 | grep -c 'note: no fix-it' | FileCheck %s --check-prefix=COUNT
// COUNT: {{^12$}}
// RUN: cp %s %t.c && %alignlint_cc -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t.c
// RUN: diff %s %t.c
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

struct R1 { char a; double d; char b; };
struct R2 { char a; double d; char b; };
struct R3 { char a; double d; char b; };
struct R4 { char a; double d; char b; };
struct R5 { char a; double d; char b; };
struct R6 { char a; double d; char b; };
struct R7 { char a; double d; char b; };
struct R8 { char a; double d; char b; };
struct R9 { char a; double d; char b; };
struct R10 { char a; double d; char b; };
struct R11 { char a; double d; char b; };
struct R13 { char a; double d; char b; };
#define INIT9 {1, 2.0, 3}

size_t span1 = offsetof(struct R1, b) - offsetof(struct R1, d);
// CHECK-DAG: :[[@LINE-1]]:39: note: no fix-it: this code subtracts two offsetof of the record
void z2(struct R2 *p) { memset(&p->d, 0, offsetof(struct R2, b) - offsetof(struct R2, d)); }
// CHECK-DAG: :[[@LINE-1]]:{{[0-9]+}}: note: no fix-it: this code passes memset a span that starts at field 'd' and is sized from other fields
void z3(struct R3 *p) { memcpy(&p->a, "xxxxxxxxxxxxxxxx", sizeof p->a + sizeof p->d); }
// CHECK-DAG: :[[@LINE-1]]:{{[0-9]+}}: note: no fix-it: this code passes memcpy a span that starts at field 'a'
_Static_assert(sizeof(struct R4) == 24, "wire size");
// CHECK-DAG: :[[@LINE-1]]:1: note: no fix-it: this code asserts on sizeof of the record: the fix changes its size
void w5(struct R5 *p, FILE *f) { fwrite(p, sizeof *p, 1, f); }
// CHECK-DAG: :[[@LINE-1]]:34: note: no fix-it: this code moves the record's raw bytes with fwrite: a file or wire format fixes its layout
struct R6 *m6(int fd) { return mmap(0, 4096, PROT_READ, MAP_SHARED, fd, 0); }
// CHECK-DAG: :[[@LINE-1]]:32: note: no fix-it: this code reads memory from mmap as the record
double *c7(struct R7 *p) { return (double *)p; }
// CHECK-DAG: :[[@LINE-1]]:35: note: no fix-it: this cast between 'struct R7 *' and 'double *' reads the record through another type
struct R8 x8 = {1, 2.0, .b = 3};
// CHECK-DAG: :[[@LINE-1]]:16: note: no fix-it: cannot rewrite this initializer exactly: it mixes designated and positional elements
struct R9 x9 = INIT9;
// CHECK-DAG: :[[@LINE-1]]:16: note: no fix-it: cannot rewrite this initializer exactly: it is written by a macro
_Static_assert(offsetof(struct R10, b) == 16, "");
// CHECK-DAG: :[[@LINE-1]]:1: note: no fix-it: this code asserts on offsetof in the record
ssize_t r11(int fd, struct R11 *p) { return read(fd, p, sizeof *p); }
// CHECK-DAG: :[[@LINE-1]]:45: note: no fix-it: this code moves the record's raw bytes with read
// CHECK-DAG: :[[@LINE+1]]:{{[0-9]+}}: note: no fix-it: cannot rewrite this initializer exactly: a line comment would end up before code on its line
struct R13 x13 = {1, // a
                  2.0, 3};
