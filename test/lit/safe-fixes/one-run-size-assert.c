// Code asserting on the size of a record keeps away every fix that would
// change that size, including the fix of a member's type: 'struct inner'
// is refused (fixing it would shrink 'struct hotbox' and break the
// assertion), and hotbox's own hot-fields reorder, which keeps its size
// with 'inner' as written, is made. The fixed file still compiles.
// RUN: %alignlint_cc --target=x86_64-linux-gnu -ffreestanding -I%include -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s
// RUN: cp %s %t.c && %alignlint_cc --target=x86_64-linux-gnu -ffreestanding -I%include -Xclang -fixit -fsyntax-only %t.c
// RUN: %clang_cc --target=x86_64-linux-gnu -ffreestanding -I%include -Wall -Werror -fsyntax-only %t.c
// RUN: FileCheck %s --check-prefix=CHECK-FIXES --input-file=%t.c
#include "alignlint.h"

struct inner { char a; long b; char c; };
// CHECK: :[[@LINE-1]]:8: warning: 'struct inner' is 24 bytes but could be 16
// CHECK: :[[@LINE+6]]:1: note: no fix-it: this code asserts on sizeof of the record: the fix changes its size ('struct hotbox' holds 'struct inner', whose fix changes its layout)
// CHECK-FIXES: struct inner { char a; long b; char c; };
struct hotbox { char name[64]; struct inner in; long rx ALIGNLINT_HOT; };
// CHECK: :[[@LINE-1]]:8: warning: hot fields of 'struct hotbox' are not together
// CHECK-NOT: no fix-it
// CHECK-FIXES: struct hotbox { long rx ALIGNLINT_HOT; char name[64]; struct inner in; };
_Static_assert(sizeof(struct hotbox) == 96, "wire size");
