// A backslash-newline continues whatever it is in: a line comment that ends
// in a backslash runs on over the next line, which is then part of that
// comment (and moves with it); a continued identifier or a continuation
// between tokens is one declaration. Comments holding ';' or ',' are
// comments. The fixed file is compiled with -Wall -Werror (less -Wcomment,
// which flags the multi-line comment in the original too) and run.
// RUN: %alignlint_cc -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics -Wno-comment %s 2>&1 | FileCheck %s
// RUN: cp %s %t.c && %alignlint_cc -target x86_64-linux-gnu -Wno-comment -Xclang -fixit -fsyntax-only %t.c 2>/dev/null
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t.c
// RUN: %clang_cc -target x86_64-linux-gnu -Wall -Werror -Wno-comment -DFIXED %t.c -o %t.after
// RUN: %clang_cc -target x86_64-linux-gnu -Wall -Werror -Wno-comment %s -o %t.before
// RUN: %t.before > %t.out1 && %t.after > %t.out2 && diff %t.out1 %t.out2
// RUN: %alignlint_cc -target x86_64-linux-gnu -Wno-comment -fsyntax-only %t.c 2>&1 | FileCheck %s --check-prefix=AGAIN --allow-empty
// AGAIN-NOT: alignlint-field-order

#include <stdio.h>

struct path {
  char drive; // C:\
  char drive_letter_was_here;
  double size;
  char sep;
};
// CHECK: continuation.c:[[@LINE-6]]:8: warning: 'struct path' is 24 bytes but could be 16
// CHECK-NOT: no fix-it
// FIXED:      {{^}}struct path {
// FIXED-NEXT: {{^}}  double size;
// FIXED-NEXT: {{^}}  char drive; // C:\{{$}}
// FIXED-NEXT: {{^}}  char drive_letter_was_here;
// FIXED-NEXT: {{^}}  char sep;
// FIXED-NEXT: {{^}}};

struct spliced {
  char a; /* not the end; */
  dou\
ble b; // one identifier
  char c /* , d */ ;
  long \
    e;
  char f;
};
// CHECK: continuation.c:[[@LINE-9]]:8: warning: 'struct spliced' is 40 bytes but could be 24
// CHECK-NOT: no fix-it
// FIXED:      {{^}}struct spliced {
// FIXED-NEXT: {{^}}  dou\{{$}}
// FIXED-NEXT: {{^}}ble b; // one identifier
// FIXED-NEXT: {{^}}  long \{{$}}
// FIXED-NEXT: {{^}}    e;
// FIXED-NEXT: {{^}}  char a; /* not the end; */
// FIXED-NEXT: {{^}}  char c /* , d */ ;
// FIXED-NEXT: {{^}}  char f;
// FIXED-NEXT: {{^}}};

int main(void) {
  struct path p = {.drive = 'C', .size = 2.5, .sep = '/'};
  struct spliced s = {.a = 1, .b = 2.5, .c = 3, .e = 4, .f = 5};
  printf("%c %g %c %d %g %d %ld %d\n", p.drive, p.size, p.sep, s.a, s.b, s.c,
         s.e, s.f);
  return 0;
}

#ifdef FIXED
_Static_assert(sizeof(struct path) == 16, "");
_Static_assert(sizeof(struct spliced) == 24, "");
#endif
