// Rule false-sharing (off by default): unannotated atomics and locks on one
// cache line with another such member or with a hot field.
// RUN: %alignlint_cc -target x86_64-linux-gnu -ffreestanding -I%include -fsyntax-only %s 2>&1 | FileCheck %s --check-prefix=OFF --allow-empty
// RUN: %alignlint_cc -target x86_64-linux-gnu -ffreestanding -I%include -fsyntax-only -fplugin-arg-alignlint-enable=false-sharing %s 2>&1 | FileCheck %s --check-prefixes=CHECK,L64
// RUN: %alignlint_cc -target aarch64-linux-gnu -ffreestanding -I%include -fsyntax-only -fplugin-arg-alignlint-enable=false-sharing %s 2>&1 | FileCheck %s --check-prefixes=CHECK,L64
// RUN: %alignlint_cc -target i386-linux-gnu -ffreestanding -I%include -fsyntax-only -fplugin-arg-alignlint-enable=false-sharing %s 2>&1 | FileCheck %s --check-prefixes=CHECK,L64
// RUN: %alignlint_cc -target x86_64-linux-gnu -ffreestanding -I%include -fsyntax-only -fplugin-arg-alignlint-enable=false-sharing -fplugin-arg-alignlint-cache-line=128 %s 2>&1 | FileCheck %s --check-prefixes=CHECK,L128
// OFF-NOT: alignlint-false-sharing

#include <stdatomic.h>
#include "alignlint.h"
typedef union { char size[40]; long align; } pthread_mutex_t;

struct stats {
  atomic_long hits;
  atomic_long misses;
  char pad[100];
  pthread_mutex_t lock;
  long count ALIGNLINT_HOT;
};
// CHECK: false-sharing.c:[[@LINE-7]]:8: warning: atomic 'hits' of 'struct stats' shares cache line 0 (bytes 0-{{63|127}}) with atomic 'misses' [alignlint-false-sharing]
// L64: false-sharing.c:[[@LINE-7]]:15: note: if different threads write them
// L64: note: also: lock 'lock' of 'struct stats' shares cache line {{[12]}} (bytes {{.*}}) with hot field 'count'
// L128: note: also: atomic 'misses' of 'struct stats' shares cache line 0 (bytes 0-127) with lock 'lock'

// Annotated contended members are the contended rule's business; ignored
// members and records are skipped; one atomic alone is fine.
struct quiet {
  atomic_int a ALIGNLINT_CONTENDED;
  atomic_int b ALIGNLINT_IGNORE(false-sharing);
  atomic_int c;
};
struct ALIGNLINT_IGNORE(false-sharing) ignored {
  atomic_int a, b;
};
// CHECK-NOT: {{'struct (quiet|ignored)'.*alignlint-false-sharing}}
