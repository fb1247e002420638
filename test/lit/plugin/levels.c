// Warning levels: -Werror, -Wno-error and -w work on alignlint's diagnostics
// the way they work on clang's own (clang does not do it for plugins).
// RUN: %alignlint_cc -target x86_64-linux-gnu -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=WARN
// RUN: not %alignlint_cc -target x86_64-linux-gnu -Werror -c %s -o %t.werror.o 2>&1 | FileCheck %s --check-prefix=ERR
// RUN: %alignlint_cc -target x86_64-linux-gnu -Werror -Wno-error -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=WARN
// RUN: %alignlint_cc -target x86_64-linux-gnu -w -c %s -o %t.o 2>&1 | count 0
//
// Per-rule control.
// RUN: not %alignlint_cc -target x86_64-linux-gnu -fplugin-arg-alignlint-error=field-order -fsyntax-only %s 2>&1 | FileCheck %s --check-prefix=ERR
// RUN: not %alignlint_cc -target x86_64-linux-gnu -fplugin-arg-alignlint-error=all -w -fsyntax-only %s 2>&1 | FileCheck %s --check-prefix=ERR
// RUN: %alignlint_cc -target x86_64-linux-gnu -fplugin-arg-alignlint-disable=field-order -fsyntax-only %s 2>&1 | count 0
// RUN: %alignlint_cc -target x86_64-linux-gnu -fplugin-arg-alignlint-disable=all -fplugin-arg-alignlint-enable=field-order -fsyntax-only %s 2>&1 | FileCheck %s --check-prefix=WARN
// RUN: %alignlint_cc -target x86_64-linux-gnu -fplugin-arg-alignlint-min-saved=9 -fsyntax-only %s 2>&1 | FileCheck %s --check-prefix=MIN9
//
// An error-level finding fails the compile and leaves no object file.
// RUN: rm -f %t.err.o && not %alignlint_cc -target x86_64-linux-gnu -Werror -c %s -o %t.err.o 2>/dev/null && not test -e %t.err.o

struct eight { char a; long b; char c; };     // saves 8
struct sixteen { char a; long b; char c; long d; char e; };   // saves 16

// WARN: levels.c:[[@LINE-3]]:8: warning: 'struct eight' is 24 bytes but could be 16: {{.*}} [alignlint-field-order]
// WARN: levels.c:[[@LINE-3]]:8: warning: 'struct sixteen'
// ERR: levels.c:[[@LINE-5]]:8: error: 'struct eight' is 24 bytes but could be 16: {{.*}} [alignlint-field-order]
// ERR: levels.c:[[@LINE-5]]:8: error: 'struct sixteen'
// MIN9-NOT: 'struct eight'
// MIN9: warning: 'struct sixteen' is 40 bytes but could be 24
