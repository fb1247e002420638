// Members whose construction and destruction only obtain and release
// storage they own (std::string, std::vector, std::map, std::optional,
// std::unique_ptr<char[]>, classes made only of those) add no order: the
// record gets its full saving. A member whose class has a user-written
// destructor (RAII with an effect), a shared_ptr (its deleter is not part of
// its type) or a custom deleter still keeps its order. The fixed program
// prints the same.
// RUN: %alignlint_cxx -std=c++17 -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --implicit-check-not='no fix-it' --implicit-check-not=Handles
// RUN: %alignlint_cxx -std=c++20 -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --implicit-check-not='no fix-it' --implicit-check-not=Handles
// RUN: cp %s %t.cpp && %alignlint_cxx -std=c++17 -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t.cpp
// RUN: %clangxx -std=c++17 -target x86_64-linux-gnu -Wall -Werror -DFIXED %t.cpp -o %t.after && %t.after > %t.out2
// RUN: %clangxx -std=c++17 -target x86_64-linux-gnu %s -o %t.before && %t.before > %t.out1
// RUN: diff %t.out1 %t.out2
// RUN: cp %s %t20.cpp && %alignlint_cxx -std=c++20 -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t20.cpp
// RUN: %clangxx -std=c++20 -target x86_64-linux-gnu -Wall -Werror -DFIXED %t20.cpp -o %t.after20 && %t.after20 > %t.out3
// RUN: diff %t.out1 %t.out3
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

// Prints when destroyed: a user-written destructor, an effect.
struct Beep {
  char id;
  ~Beep() { std::printf("beep %d\n", id); }
};

// A class of containers with implicit special members is effect-free too.
struct Names {
  std::string first, last;
  std::vector<std::string> middle;
};

// Only the Beeps keep their order: the containers move around them, and
// the Beeps pack together. (Were the containers ordered too, the written
// order would be the best one and there would be no warning.)
struct Job {
  Beep b1;
  std::string name;
  Beep b2;
  Names names;
  Beep b3;
  std::map<std::string, std::vector<int>> index;
  Beep b4;
  std::unique_ptr<char[]> buffer;
  Beep b5;
  std::optional<std::string> alias;
};
// CHECK: :[[@LINE-12]]:8: warning: 'Job' is {{[0-9]+}} bytes but could be {{[0-9]+}}: reordering its fields removes 32 bytes of padding
// CHECK-NEXT: note: suggested order: b1, b2, b3, b4, b5, name, names, index, buffer, alias

// A user-written destructor that prints: 'b1', 'log' and 'b2' keep their
// order; the string moves.
struct Log {
  std::string name;
  explicit Log(const char *n) : name(n) {}
  ~Log() { std::printf("close %s\n", name.c_str()); }
};
struct Session {
  Beep b1;
  Log log{"log"};
  Beep b2;
  std::string user;
  int n;
  char c;
};
// CHECK: :[[@LINE-8]]:8: warning: 'Session' is 88 bytes but could be 80
// CHECK-NEXT: note: suggested order: b1, log, user, n, b2, c
// CHECK-NEXT: :[[@LINE-10]]:8: note: without keeping the orders below, it could be 72 bytes
// CHECK-NEXT: :[[@LINE-10]]:8: note: keeps 'b1', 'log' and 'b2' in this order: members are constructed in declaration order and destroyed in reverse, and constructing, initializing or destroying these has effects

struct Closer {
  void operator()(char *p) const {
    std::printf("free %s\n", p);
    delete[] p;
  }
};
// A custom deleter and a shared_ptr keep their order: their destructors run
// code their types do not show. No order saves anything then.
struct Handles {
  Beep b1;
  std::unique_ptr<char[], Closer> first;
  Beep b2;
  std::shared_ptr<int> second;
  Beep b3;
};

#ifdef FIXED
static_assert(sizeof(Session) == 80, "");
#endif

static char *text(const char *s) {
  char *p = new char[16];
  std::snprintf(p, 16, "%s", s);
  return p;
}

int main() {
  {
    Job j{{1}, "job", {2}, {}, {3}, {}, {4}, {}, {5}, {}};
    j.names.first = "a";
    j.index["k"].push_back(1);
    j.buffer.reset(text("buf"));
    j.alias = "al";
    std::printf("%s %s %d %s %s\n", j.name.c_str(), j.names.first.c_str(),
                j.index["k"][0], j.buffer.get(), j.alias->c_str());
  }
  {
    Session s{{1}, Log("log"), {2}, "user", 3, 'c'};
    std::printf("%s %d %c\n", s.user.c_str(), s.n, s.c);
  }
  {
    Handles h{{1}, {}, {2}, {}, {3}};
    h.first.reset(text("first"));
    h.second = std::make_shared<int>(4);
    std::printf("%d\n", *h.second);
  }
}
