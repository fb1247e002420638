// C++ members whose initialization or destruction has effects keep their
// relative order (constructor initializers with effects, members with
// non-trivial constructors or destructors, default member initializers with
// effects, initializers that read other members); trivial members move
// around them. The fixed program prints the same.
// RUN: %alignlint_cxx -std=c++17 -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefixes=CHECK,X64 --implicit-check-not='no fix-it' --implicit-check-not=Stamps
// RUN: %alignlint_cxx -std=c++20 -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefixes=CHECK,X64 --implicit-check-not='no fix-it' --implicit-check-not=Stamps
// RUN: %alignlint_cxx -std=c++17 -target i386-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefixes=CHECK,I386 --implicit-check-not='no fix-it' --implicit-check-not=Stamps
// RUN: cp %s %t.cpp && %alignlint_cxx -std=c++17 -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t.cpp
// RUN: %clangxx -std=c++17 -target x86_64-linux-gnu -fsyntax-only -Wall -Werror -DFIXED %t.cpp
// RUN: %clangxx -std=c++17 %s -o %t.before && %t.before > %t.out1
// RUN: %clangxx -std=c++17 %t.cpp -o %t.after && %t.after > %t.out2
// RUN: diff %t.out1 %t.out2
// RUN: cp %s %t20.cpp && %alignlint_cxx -std=c++20 -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t20.cpp
// RUN: %clangxx -std=c++20 %t20.cpp -Wall -Werror -o %t.after20 && %t.after20 > %t.out3
// RUN: diff %t.out1 %t.out3
extern "C" int printf(const char *, ...);

static int counter;
static int take() { return ++counter; }

struct Reader {
  int next = 0;
  char u8() { return char(++next); }
  double f64() { return ++next * 1.5; }
};

// kind, value and flags are read from the input in declaration order; the
// trivial spare and count move around them.
struct Packet {
  Packet(Reader &r) : kind(r.u8()), value(r.f64()), flags(r.u8()), count(7), spare(0) {}
  char kind;
  double value;
  char flags;
  int count;
  char spare;
};
// X64: :[[@LINE-8]]:8: warning: 'Packet' is 32 bytes but could be 24: reordering its fields removes 8 bytes of padding
// X64-NEXT: note: suggested order: count, kind, value, flags, spare
// X64-NEXT: :[[@LINE-10]]:8: note: without keeping the orders below, it could be 16 bytes
// I386: :[[@LINE-11]]:8: warning: 'Packet' is 24 bytes but could be 20
// I386: :[[@LINE-12]]:8: note: without keeping the orders below, it could be 16 bytes
// CHECK-NEXT: :[[@LINE-12]]:3: note: keeps 'kind', 'value' and 'flags' in this order: this constructor initializes them in declaration order and their initialization has effects

struct Flag {
  char v;
  Flag(int x) : v(char(x)) { printf("flag %d\n", x); }
};
struct Channel {
  long id;
  Channel(int x) : id(x) { printf("channel %d\n", x); }
  ~Channel() { printf("close %ld\n", id); }
};

// ready and chan are constructed in declaration order (and chan destroyed
// first): they keep their order.
struct Service {
  char state;
  Flag ready{1};
  long requests;
  char mode;
  Channel chan{2};
};
// X64: :[[@LINE-7]]:8: warning: 'Service' is 32 bytes but could be 24
// X64-NEXT: note: suggested order: requests, state, ready, mode, chan
// I386: :[[@LINE-9]]:8: warning: 'Service' is 16 bytes but could be 12

// Default member initializers with effects.
struct Weights {
  char tag = char(take());
  double weight = take();
  char spare;
  int n;
};
// X64: :[[@LINE-6]]:8: warning: 'Weights' is 24 bytes but could be 16
// X64-NEXT: note: suggested order: n, tag, spare, weight
// I386: :[[@LINE-8]]:8: warning: 'Weights' is 20 bytes but could be 16

// Nothing saved under the order the effects need: no warning.
struct Stamps {
  char first = char(take());
  double mid = take();
  char last = char(take());
  double free;
};

// Initializers that read another member (a constructor's, a default member
// initializer): the read member stays first.
struct Reads {
  Reads() : a(1), d(a + 1.0), b(2) {}
  char a;
  double d;
  char b;
};
// X64: :[[@LINE-6]]:8: warning: 'Reads' is 24 bytes but could be 16
// X64-NEXT: note: suggested order: a, b, d
// I386: :[[@LINE-8]]:8: warning: 'Reads' is 16 bytes but could be 12
struct DefaultReads {
  char a;
  double d = a * 2.0;
  char b;
};
// X64: :[[@LINE-5]]:8: warning: 'DefaultReads' is 24 bytes but could be 16
// X64-NEXT: note: suggested order: a, b, d
// I386: :[[@LINE-7]]:8: warning: 'DefaultReads' is 16 bytes but could be 12

#ifdef FIXED
static_assert(sizeof(Service) == 24, "");
static_assert(sizeof(Reads) == 16, "");
static_assert(sizeof(DefaultReads) == 16, "");
#endif

int main() {
  Reader r;
  Packet p(r);
  printf("%d %g %d %d %d\n", p.kind, p.value, p.flags, p.count, p.spare);
  {
    Service s{};
    printf("%d %d %ld %d %ld\n", s.state, s.ready.v, s.requests, s.mode, s.chan.id);
  }
  Weights w{};
  printf("%d %g\n", w.tag, w.weight);
  Stamps t{};
  printf("%d %g %d\n", t.first, t.mid, t.last);
  Reads rd;
  DefaultReads dr{3};
  printf("%g %g\n", rd.d, dr.d);
}
