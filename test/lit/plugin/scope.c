// Which records are checked: the main file and user headers (each TU that
// includes a header reports its records, like clang's own warnings), never
// system headers; main-file-only narrows to the main file.
// RUN: %alignlint_cc -target x86_64-linux-gnu -isystem %S/Inputs/sys -I%S/Inputs -fsyntax-only %s 2>&1 | FileCheck %s
// RUN: %alignlint_cc -target x86_64-linux-gnu -isystem %S/Inputs/sys -I%S/Inputs -fplugin-arg-alignlint-main-file-only -fsyntax-only %s 2>&1 | FileCheck %s --check-prefix=MAIN
#include <syslib.h>
#include "user.h"

struct main_record { char a; long b; char c; };

// CHECK-NOT: sys_record
// CHECK: user.h:1:8: warning: 'struct user_record' is 24 bytes but could be 16
// CHECK: scope.c:[[@LINE-4]]:8: warning: 'struct main_record' is 24 bytes but could be 16
// MAIN-NOT: user_record
// MAIN: scope.c:[[@LINE-6]]:8: warning: 'struct main_record'

// Code with errors: the compiler reports them; alignlint stays silent.
// RUN: not %alignlint_cc -target x86_64-linux-gnu -isystem %S/Inputs/sys -I%S/Inputs -fsyntax-only -DBROKEN %s 2>&1 | FileCheck %s --check-prefix=BROKEN
#ifdef BROKEN
struct broken { char a; long b; undeclared_t c; char d; };
#endif
// BROKEN: error: unknown type name 'undeclared_t'
// BROKEN-NOT: alignlint
