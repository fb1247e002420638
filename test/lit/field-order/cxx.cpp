// C++ records: access sections, bases and vptr, templates, constructors.
// RUN: %alignlint_cxx -std=c++17 -target x86_64-linux-gnu -fsyntax-only %s 2>&1 | FileCheck %s
// RUN: cp %s %t.cpp && %alignlint_cxx -std=c++17 -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t.cpp 2>/dev/null
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t.cpp
// RUN: %clangxx -std=c++17 -target x86_64-linux-gnu -fsyntax-only -Werror -Wreorder -DFIXED %t.cpp

namespace net {
/* A plain class: reported by its qualified name and fixed. */
class Packet {
  char kind;
  long seq;
  char flags;
public:
  long get() const { return seq; }
};
} // namespace net
// CHECK: cxx.cpp:[[@LINE-8]]:7: warning: 'net::Packet' is 24 bytes but could be 16
// FIXED: class Packet {
// FIXED-NEXT:   long seq;
// FIXED-NEXT:   char kind;
// FIXED-NEXT:   char flags;
// FIXED-NEXT: public:

/* Fields in different access sections: no fix-it. */
struct Mixed {
  char a;
private:
  long b;
public:
  char c;
};
// CHECK: cxx.cpp:[[@LINE-7]]:8: warning: 'Mixed' is 24 bytes but could be 16
// CHECK: cxx.cpp:[[@LINE-6]]:1: note: no fix-it: C++ access specifiers sit among the fields

/* A class with a vptr: its own fields reorder after the vptr. */
struct Shape {
  virtual ~Shape() {}
  char kind;
  double area;
  char flags;
};
// CHECK: cxx.cpp:[[@LINE-6]]:8: warning: 'Shape' is 32 bytes but could be 24
// CHECK: note: suggested order: area, kind, flags

/* A derived class whose fields can use the base's tail padding. */
struct Base { long id; char tag; };
struct Derived : Base {
  char a;
  long b;
  char c;
};
// CHECK: cxx.cpp:[[@LINE-5]]:8: warning: 'Derived' is 40 bytes but could be 32

/* A constructor initializer list follows the new declaration order. */
struct WithCtor {
  char a;
  long b;
  char c;
  WithCtor() : a(1), b(2), c(3) {}
};
// CHECK: cxx.cpp:[[@LINE-6]]:8: warning: 'WithCtor' is 24 bytes but could be 16
// CHECK-NOT: no fix-it
// FIXED: struct WithCtor {
// FIXED-NEXT:   long b;
// FIXED-NEXT:   char a;
// FIXED-NEXT:   char c;
// FIXED-NEXT:   WithCtor() : b(2), a(1), c(3) {}

/* An initializer that reads a member keeps that member before it. */
struct ReadsEarlier {
  char a;
  long b;
  char c;
  ReadsEarlier() : a(1), b(a + 1), c(3) {}
};
// CHECK: cxx.cpp:[[@LINE-6]]:8: warning: 'ReadsEarlier' is 24 bytes but could be 16
// CHECK: note: suggested order: a, c, b
// CHECK-NOT: no fix-it
// FIXED: struct ReadsEarlier {
// FIXED-NEXT:   char a;
// FIXED-NEXT:   char c;
// FIXED-NEXT:   long b;
// FIXED-NEXT:   ReadsEarlier() : a(1), c(3), b(a + 1) {}

/* Templates are not reported: one definition, many layouts. */
template <typename T> struct Box { char a; T value; char b; };
Box<long> box;
template <typename T> struct Outer { struct Inner { char a; T t; char b; } in; };
Outer<long> outer;
template <typename T> int local() { struct Local { char a; T t; char b; } l{}; return l.a; }
int use_local = local<long>();
// CHECK-NOT: Box
// CHECK-NOT: Inner
// CHECK-NOT: Local

#ifdef FIXED
static_assert(sizeof(net::Packet) == 16, "");
static_assert(sizeof(Shape) == 24, "");
#endif
