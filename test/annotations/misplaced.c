/* Positions clang rejects or ignores (C). check_positions.sh runs clang
 * with -verify, so each line must produce exactly the diagnostic given. */
#include "alignlint.h"

/* Before 'struct' in a declaration with no declarator: ignored. */
ALIGNLINT_IGNORE(all) struct s1 { int x; }; /* expected-warning {{attribute 'annotate' is ignored}} */
/* After the tag of a forward declaration: ignored. */
struct s2 ALIGNLINT_IGNORE(all); /* expected-warning {{attribute 'annotate' is ignored}} */

struct s3 {
  unsigned b ALIGNLINT_HOT : 3;       /* expected-error {{expected ';' at end of declaration list}} */
  int a ALIGNLINT_HOT [4];            /* expected-error {{expected ';' at end of declaration list}} */
  long c ALIGNLINT_CONTENDED _Alignas(64); /* expected-error {{expected ';' at end of declaration list}} */
};

#ifdef ALIGNLINT_TEST_C2X
struct s4 {
  ALIGNLINT_HOT [[maybe_unused]] int a;  /* expected-error {{an attribute list cannot appear here}} */
  int b ALIGNLINT_HOT [[maybe_unused]];  /* expected-error {{expected ';' at end of declaration list}} */
};
#endif
