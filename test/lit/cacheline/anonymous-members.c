// An anonymous struct or union member is named in cache-line messages as in
// every other rule's notes ('(anonymous union)'), never as ''.
// RUN: %alignlint_cc -target x86_64-linux-gnu -I%include -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --implicit-check-not="''"

#include "alignlint.h"

struct ring {
  long head ALIGNLINT_CONTENDED;
  union { long tail; void *tail_ptr; };
  int size;
};
// CHECK: anonymous-members.c:[[@LINE-5]]:8: warning: contended member 'head' of 'struct ring' shares cache line 0 with '(anonymous union)' and does not start a 64-byte cache line
// CHECK: anonymous-members.c:[[@LINE-4]]:3: note: no fix-it: an alignment specifier cannot go on the anonymous member here

struct stats {
  struct { long hits; long misses; };
  long total ALIGNLINT_CONTENDED;
};
// CHECK: anonymous-members.c:[[@LINE-4]]:8: warning: contended member 'total' of 'struct stats' shares cache line 0 with '(anonymous struct)'
