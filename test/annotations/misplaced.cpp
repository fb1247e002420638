// Positions clang rejects or ignores (C++). check_positions.sh runs clang
// with -verify, so each line must produce exactly the diagnostic given.
#include "alignlint.h"

ALIGNLINT_IGNORE(all) struct S1 { int x; }; // expected-warning {{attribute 'annotate' is ignored}}
struct S2 ALIGNLINT_IGNORE(all); // expected-warning {{attribute 'annotate' is ignored}}

struct S3 {
  // A GNU attribute may not precede [[...]] or alignas.
  ALIGNLINT_HOT [[maybe_unused]] int a;       // expected-error {{an attribute list cannot appear here}}
  int b ALIGNLINT_HOT [[maybe_unused]];       // expected-error {{an attribute list cannot appear here}}
  ALIGNLINT_CONTENDED alignas(64) long c;     // expected-error {{an attribute list cannot appear here}}
  unsigned d ALIGNLINT_HOT : 3;               // expected-error {{expected ';' at end of declaration list}} expected-error {{expected member name}}
  int e = 1 ALIGNLINT_HOT;                    // expected-error {{expected ';' at end of declaration list}}
};
