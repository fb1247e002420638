// C++ records at the edges: virtual bases, empty bases, no_unique_address,
// dependent and partially specialized templates, unions with members that
// have constructors, bitfields of enum type, lambdas, local classes.
// RUN: %alignlint_cxx -std=c++20 -target x86_64-linux-gnu -fplugin-arg-alignlint-enable=all -fplugin-arg-alignlint-show-layout -fsyntax-only %s > %t.out 2>&1
// RUN: FileCheck %s --input-file=%t.out
// RUN: cp %s %t.cpp && %alignlint_cxx -std=c++20 -target x86_64-linux-gnu -fplugin-arg-alignlint-enable=all -Xclang -fixit -fsyntax-only %t.cpp > /dev/null 2>&1
// RUN: %clangxx -std=c++20 -target x86_64-linux-gnu -fsyntax-only %t.cpp
#include <stddef.h>

struct Empty {};
struct VBase { char v; };
struct Diamond : virtual VBase { char a; long b; char c; };
struct EBO : Empty { char a; long b; char c; };
struct NUA { char a; [[no_unique_address]] Empty e; long b; char c; };
template <typename T> struct Dep { char a; T t; char b; };
template <typename T> struct Dep<T *> { char a; T *t; char b; };
Dep<int *> dep_ptr;
enum class E : unsigned char { X, Y };
struct EnumBits { E e : 2; long l; char c; };
struct WithCtorMember { char c; struct S { S() {} long x; } s; char d; };
union U { struct { char a; long b; } s; long l; };
auto lambda = [x = 1, y = 2.0] { return x + y; };
struct Polymorph { virtual void f(); char a; double d; char b; };
struct Final final : Polymorph { char z; };
struct alignas(32) Over { char c; long l; char d; };
struct Static { static long s; char c; long l; char d; };
struct Refs { char c; long &r; char d; };
struct Bits { bool a : 1; bool b : 1; long l; bool c : 1; };
void local() { struct Loc { char a; long b; char c; } l{}; (void)l; }

// CHECK-NOT: PLEASE submit a bug report
// CHECK-NOT: Stack dump
// CHECK: remark: layout of 'Empty': not shown: alignlint's layout model does not reproduce clang's here
// CHECK-NOT: Diamond
// CHECK: 'EBO' is 24 bytes but could be 16
