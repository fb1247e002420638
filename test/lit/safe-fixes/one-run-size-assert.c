// A record modeled with a member's new layout changes size through that
// member's fix even where its own reorder keeps the size: code asserting
// on its size keeps the hot-fields fix-it away.
// RUN: %alignlint_cc --target=x86_64-linux-gnu -ffreestanding -I%include -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s
#include "alignlint.h"

struct inner { char a; long b; char c; };
struct hotbox { char name[64]; struct inner in; long rx ALIGNLINT_HOT; };
// CHECK: :[[@LINE-1]]:8: warning: hot fields of 'struct hotbox' are not together
// CHECK: note: these offsets count 'struct inner' fixed as suggested (its fix-it is in this run too)
// CHECK: :[[@LINE+1]]:1: note: no fix-it: this code asserts on sizeof of the record: the fix changes its size
_Static_assert(sizeof(struct hotbox) == 96, "wire size");
