// A slot ends at the ';' after the field's last token, whatever that token
// is: ')' of a function pointer, ']' of an array (also with a size from a
// macro), the ')' of a trailing attribute, a bitfield width; its trailing
// comment moves with it.
// RUN: %alignlint_cc -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s
// RUN: cp %s %t.c && %alignlint_cc -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t.c
// RUN: FileCheck %s --check-prefix=CHECK-FIXES --input-file=%t.c
// RUN: %clang_cc -target x86_64-linux-gnu -fsyntax-only -DFIXED %t.c
#define N 3
struct ends {
  char tag;                                  // plain
  void (*on_event)(int, char);               // ends with ')'
  char label[N];                             // size from a macro
  short width __attribute__((aligned(2)));   /* trailing attribute */
  double weights[2];                         // ends with ']'
  unsigned flags : 3;                        // bitfield width
};
// CHECK: :[[@LINE-8]]:8: warning: 'struct ends' is 48 bytes but could be 32
// CHECK-NOT: no fix-it
// CHECK-FIXES:      {{^}}struct ends {
// CHECK-FIXES-NEXT: {{^}}  void (*on_event)(int, char);               // ends with ')'
// CHECK-FIXES-NEXT: {{^}}  double weights[2];                         // ends with ']'
// CHECK-FIXES-NEXT: {{^}}  unsigned flags : 3;                        // bitfield width
// CHECK-FIXES-NEXT: {{^}}  short width __attribute__((aligned(2)));   /* trailing attribute */
// CHECK-FIXES-NEXT: {{^}}  char tag;                                  // plain
// CHECK-FIXES-NEXT: {{^}}  char label[N];                             // size from a macro
// CHECK-FIXES-NEXT: {{^}}};

#ifdef FIXED
_Static_assert(sizeof(struct ends) == 32, "");
#endif
