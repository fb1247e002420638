// C++ literals and comments that hold the list's own punctuation: a raw
// string with commas, braces and a quote, character literals ',' and '}',
// a block comment with '{' and ',' — in brace initializers and in a constructor's
// member initializer list, written with digraphs. Each element moves whole;
// the program prints the same before and after the fix.
// RUN: %alignlint_cxx -std=c++17 -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s
// RUN: cp %s %t.cpp && %alignlint_cxx -std=c++17 -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t.cpp 2>/dev/null
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t.cpp
// RUN: %clangxx -std=c++17 -target x86_64-linux-gnu -Wall -Werror -Wreorder -DFIXED %t.cpp -o %t.after
// RUN: %clangxx -std=c++17 -target x86_64-linux-gnu -Wall -Werror %s -o %t.before
// RUN: %t.before > %t.out1 && %t.after > %t.out2 && diff %t.out1 %t.out2
// RUN: cp %s %t20.cpp && %alignlint_cxx -std=c++20 -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t20.cpp 2>/dev/null
// RUN: %clangxx -std=c++20 -target x86_64-linux-gnu -Wall -Werror -Wreorder -DFIXED %t20.cpp -o %t.after20
// RUN: %t.after20 > %t.out3 && diff %t.out1 %t.out3

#include <cstdio>

struct Token {
  char kind;
  const char *text;
  char close;
};
// CHECK: literals.cpp:[[@LINE-5]]:8: warning: 'Token' is 24 bytes but could be 16
// CHECK-NOT: no fix-it
// FIXED:      {{^}}struct Token {
// FIXED-NEXT: {{^}}  const char *text;
// FIXED-NEXT: {{^}}  char kind;
// FIXED-NEXT: {{^}}  char close;
// FIXED-NEXT: {{^}}};

Token t1 = {',', R"x(a, {b}, ")x", '}'};
Token t2 = <% /* { , */ '{', R"(%>, <%)", ',' %>;
// FIXED: Token t1 = {R"x(a, {b}, ")x", ',', '}'};
// FIXED: Token t2 = <% R"(%>, <%)", /* { , */ '{', ',' %>;

struct Pair {
  char first;
  long value;
  char second;
  Pair() : first(','), value<%'}'%>, second('{') <% %>
  Pair(char a, char b) : first<%a%>, value(R"(,)"[0]), second(b) {}
};
// CHECK: literals.cpp:[[@LINE-7]]:8: warning: 'Pair' is 24 bytes but could be 16
// CHECK-NOT: no fix-it
// FIXED: Pair() : value<%'}'%>, first(','), second('{') <% %>
// FIXED: Pair(char a, char b) : value(R"(,)"[0]), first<%a%>, second(b) {}

int main() {
  Pair p, q('x', 'y');
  std::printf("%c|%s|%c %c|%s|%c\n", t1.kind, t1.text, t1.close, t2.kind,
              t2.text, t2.close);
  std::printf("%c %ld %c %c %ld %c\n", p.first, p.value, p.second, q.first,
              q.value, q.second);
  return 0;
}

#ifdef FIXED
static_assert(sizeof(Token) == 16, "");
static_assert(sizeof(Pair) == 16, "");
#endif
