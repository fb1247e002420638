// Records at the edges of the language: the plugin must neither crash nor
// say anything wrong. Each is compiled for three targets, with every rule on.
// RUN: %alignlint_cc -target x86_64-linux-gnu -fplugin-arg-alignlint-enable=all -fplugin-arg-alignlint-show-layout -fsyntax-only %s > %t.x64 2>&1
// RUN: %alignlint_cc -target i386-linux-gnu -fplugin-arg-alignlint-enable=all -fsyntax-only %s > %t.i386 2>&1
// RUN: %alignlint_cc -target aarch64-linux-gnu -fplugin-arg-alignlint-enable=all -fsyntax-only %s > %t.a64 2>&1
// RUN: FileCheck %s --input-file=%t.x64
// RUN: cp %s %t.c && %alignlint_cc -target x86_64-linux-gnu -fplugin-arg-alignlint-enable=all -Xclang -fixit -fsyntax-only %t.c > /dev/null 2>&1
// RUN: %clang_cc -target x86_64-linux-gnu -fsyntax-only %t.c

struct empty {};                          // GNU: size 0
struct fam_tail { char c; long n; char d; char data[]; };
struct zero_bitfields { int : 0; char : 0; };
struct lone_bitfield { unsigned x : 1; };
struct huge { char c; long l; char big[1u << 30]; char d; };
struct nested_anon {
  char tag;
  struct { char a; long b; } inner;
  union { int i; char c; };
  char tail;
};
struct atomic_bits { _Atomic int a; char c; _Atomic long l; };
struct fn_ptrs { char c; void (*cb)(int, char); char d; int (*arr[2])(void); };
struct self_ref { char c; struct self_ref *next; char d; };
typedef struct { char a; } tiny_t;
struct of_tiny { tiny_t t; long l; tiny_t u; };
struct wide_bitfield { char c; unsigned long long w : 60; char d; };
struct mixed_bitfield_types { char c; short s : 3; long long l : 33; char d; };
enum color { RED, GREEN };
struct with_enum { char c; enum color col; char d; double x; };
struct aligned_record { char c; long l; } __attribute__((aligned(64)));
struct __attribute__((aligned(2))) under { char c; };

// CHECK-NOT: PLEASE submit a bug report
// CHECK-NOT: Stack dump
// CHECK: 'struct huge' is 1073741848 bytes but could be 1073741840
