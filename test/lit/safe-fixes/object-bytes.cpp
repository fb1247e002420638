// C++ reads of a record's bytes as another type: std::bit_cast and
// __builtin_bit_cast refuse the fix, with the note at the call; a bit_cast
// between two objects of the same type keeps it. The program prints what an
// unsafe fix would change; the fixed copy must print the same.
// RUN: %alignlint_cxx -std=c++20 -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s
// RUN: cp %s %t.cpp && %alignlint_cxx -std=c++20 -Xclang -fixit -fsyntax-only %t.cpp 2>/dev/null || true
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t.cpp
// RUN: %clangxx -std=c++20 %s -o %t.before && %t.before > %t.out1
// RUN: %clangxx -std=c++20 -Wall -Werror %t.cpp -o %t.after && %t.after > %t.out2
// RUN: diff %t.out1 %t.out2
#include <bit>
#include <cstdio>

struct words { unsigned long long w[3]; };

struct sample { char a; double d; char b; };
words pack(const sample &s) { return std::bit_cast<words>(s); }
// CHECK: object-bytes.cpp:[[@LINE-2]]:8: warning: 'sample' is
// CHECK: object-bytes.cpp:[[@LINE-2]]:38: note: no fix-it: this code copies the bytes between 'sample' and 'words' with std::bit_cast

struct raw { char a; double d; char b; };
words pack_raw(const raw &r) { return __builtin_bit_cast(words, r); }
// CHECK: object-bytes.cpp:[[@LINE-2]]:8: warning: 'raw' is
// CHECK: object-bytes.cpp:[[@LINE-2]]:39: note: no fix-it: this code copies the bytes between 'raw' and 'words' with __builtin_bit_cast

struct same { char a; double d; char b; };
same copy(const same &s) { return __builtin_bit_cast(same, s); }
// CHECK: object-bytes.cpp:[[@LINE-2]]:8: warning: 'same' is
// CHECK-NOT: no fix-it
// FIXED: struct same { double d; char a; char b; };

int main() {
  sample s{};
  s.a = 7;
  raw r{};
  r.a = 9;
  same c{};
  c.a = 3;
  std::printf("%llu %llu %d\n", pack(s).w[0] & 0xff, pack_raw(r).w[0] & 0xff,
              copy(c).a);
}
