// hot-fields under the orders initializers need: a list whose elements have
// effects keeps those members' order, so a hot field it holds behind a cold
// one is not moved (a note says why), and one it does not hold is.
// RUN: %alignlint_cc -std=c11 -target x86_64-linux-gnu -I%include -fsyntax-only -fno-caret-diagnostics -fplugin-arg-alignlint-disable=field-order %s 2>&1 | FileCheck %s
// RUN: %alignlint_cc -std=c11 -target aarch64-linux-gnu -I%include -fsyntax-only -fno-caret-diagnostics -fplugin-arg-alignlint-disable=field-order %s 2>&1 | FileCheck %s
#include "alignlint.h"

int next(void);

struct held {
  long cold;
  char pad[120];
  long hits ALIGNLINT_HOT;
};
void fill_held(void) { struct held h = {next(), {0}, next()}; (void)h; }
// CHECK: :[[@LINE-6]]:8: warning: hot fields of 'struct held' are not together at the start
// CHECK: note: no fix-it: an order its fields must keep holds hot field 'hits' behind members that are not hot

struct free_to_move {
  long cold;
  char pad[120];
  long hits ALIGNLINT_HOT;
};
void fill_free(void) { struct free_to_move f = {1, {0}, next()}; (void)f; }
// CHECK: :[[@LINE-6]]:8: warning: hot fields of 'struct free_to_move' are not together at the start
// CHECK-NOT: no fix-it
