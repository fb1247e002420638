/* Every documented annotation position, C. Checked by check_positions.sh:
 * the clang AST (summarised by ast_summary.awk) must put each annotate
 * string on exactly the decl named in the CHECK lines; gcc must compile the
 * file with -Wall -Wextra -Werror (the macros expand to nothing there). */
#include "alignlint.h"

/* Record: between the keyword and the tag. */
struct ALIGNLINT_IGNORE(field-order) rec_before_tag {
  /* Field: before the declaration. */
  ALIGNLINT_HOT int f_before;
  /* Field: after the declarator. */
  int f_after ALIGNLINT_HOT_GROUP(rx);
  /* Field: between the type and the name. */
  int ALIGNLINT_CONTENDED f_between;
  /* Field: after a qualifier, after a pointer's '*'. */
  const ALIGNLINT_HOT int f_const;
  int *ALIGNLINT_HOT f_ptr;
  /* After an array declarator (after the brackets). */
  int f_arr[4] ALIGNLINT_HOT;
  /* Several annotations on one field: all are kept, in source order. */
  int f_two ALIGNLINT_IGNORE(false-sharing) ALIGNLINT_HOT;
};
// CHECK:      RECORD struct rec_before_tag def [alignlint:ignore:field-order]
// CHECK-NEXT: FIELD f_before [alignlint:hot]
// CHECK-NEXT: FIELD f_after [alignlint:hot:rx]
// CHECK-NEXT: FIELD f_between [alignlint:contended]
// CHECK-NEXT: FIELD f_const [alignlint:hot]
// CHECK-NEXT: FIELD f_ptr [alignlint:hot]
// CHECK-NEXT: FIELD f_arr [alignlint:hot]
// CHECK-NEXT: FIELD f_two [alignlint:ignore:false-sharing alignlint:hot]

/* Record: after the closing brace. */
struct rec_after_brace {
  /* Multi-declarator lines: after one declarator -> that declarator only. */
  int m1, m2 ALIGNLINT_CONTENDED_GROUP(g), m3;
  int m4 ALIGNLINT_HOT, m5 ALIGNLINT_CONTENDED;
  /* In the declaration specifiers (before, or between type and names):
   * every declarator of the line. */
  ALIGNLINT_HOT int p1, p2;
  int ALIGNLINT_HOT_GROUP(tx) q1, q2;
} ALIGNLINT_IGNORE(all);
// CHECK-NEXT: RECORD struct rec_after_brace def [alignlint:ignore:all]
// CHECK-NEXT: FIELD m1 []
// CHECK-NEXT: FIELD m2 [alignlint:contended:g]
// CHECK-NEXT: FIELD m3 []
// CHECK-NEXT: FIELD m4 [alignlint:hot]
// CHECK-NEXT: FIELD m5 [alignlint:contended]
// CHECK-NEXT: FIELD p1 [alignlint:hot]
// CHECK-NEXT: FIELD p2 [alignlint:hot]
// CHECK-NEXT: FIELD q1 [alignlint:hot:tx]
// CHECK-NEXT: FIELD q2 [alignlint:hot:tx]

struct bits {
  /* Bit-fields: after the width, or before the declaration. */
  unsigned b1 : 3 ALIGNLINT_HOT;
  ALIGNLINT_HOT unsigned b2 : 3;
  unsigned b3 : 2, b4 : 2 ALIGNLINT_CONTENDED;
  /* Unnamed bit-fields get it too (the plugin treats them as fences). */
  unsigned : 0 ALIGNLINT_IGNORE(straddle);
  /* _Alignas on either side. */
  _Alignas(64) ALIGNLINT_CONTENDED long c1;
  ALIGNLINT_CONTENDED _Alignas(64) long c2;
  long c3 ALIGNLINT_CONTENDED;
};
// CHECK-NEXT: RECORD struct bits def []
// CHECK-NEXT: FIELD b1 [alignlint:hot]
// CHECK-NEXT: FIELD b2 [alignlint:hot]
// CHECK-NEXT: FIELD b3 []
// CHECK-NEXT: FIELD b4 [alignlint:contended]
// CHECK-NEXT: FIELD <unnamed> [alignlint:ignore:straddle]
// CHECK-NEXT: FIELD c1 [alignlint:contended]
// CHECK-NEXT: FIELD c2 [alignlint:contended]
// CHECK-NEXT: FIELD c3 [alignlint:contended]

struct inner { int a; };
struct nested {
  /* Field whose type is a named record. */
  struct inner n_named ALIGNLINT_HOT;
  /* Inline-defined member type: after the declarator or before 'struct' ->
   * the field; after the closing brace -> the inner *record*, not the field. */
  struct { int a; } n_after_name ALIGNLINT_HOT;
  ALIGNLINT_HOT struct { int a; } n_before_struct;
  struct { int a; } ALIGNLINT_HOT n_after_brace;
  /* C11 anonymous member: before 'struct' -> the implicit member field;
   * after the brace -> the anonymous record. */
  ALIGNLINT_CONTENDED union { int u1; float u2; };
  struct { int z; } ALIGNLINT_HOT;
  /* Flexible array member. */
  int fam[] ALIGNLINT_IGNORE(all);
};
// CHECK-NEXT: RECORD struct inner def []
// CHECK-NEXT: FIELD a []
// CHECK-NEXT: RECORD struct nested def []
// CHECK-NEXT: FIELD n_named [alignlint:hot]
// CHECK-NEXT: RECORD struct <anon> def []
// CHECK-NEXT: FIELD a []
// CHECK-NEXT: FIELD n_after_name [alignlint:hot]
// CHECK-NEXT: RECORD struct <anon> def []
// CHECK-NEXT: FIELD a []
// CHECK-NEXT: FIELD n_before_struct [alignlint:hot]
// CHECK-NEXT: RECORD struct <anon> def [alignlint:hot]
// CHECK-NEXT: FIELD a []
// CHECK-NEXT: FIELD n_after_brace []
// CHECK-NEXT: RECORD union <anon> def []
// CHECK-NEXT: FIELD u1 []
// CHECK-NEXT: FIELD u2 []
// CHECK-NEXT: FIELD <anon-member> [alignlint:contended]
// CHECK-NEXT: RECORD struct <anon> def [alignlint:hot]
// CHECK-NEXT: FIELD z []
// CHECK-NEXT: FIELD <anon-member> []
// CHECK-NEXT: FIELD fam [alignlint:ignore:all]

/* Record annotations: unions; typedef'd anonymous records (after 'struct'
 * or after the brace); a forward declaration passes its annotation on to
 * the definition (shown as an inherited attribute). */
union ALIGNLINT_IGNORE(all) un { int a; float b ALIGNLINT_HOT; };
typedef struct ALIGNLINT_IGNORE(contended) { int x; } td_before;
typedef struct { int x; } ALIGNLINT_IGNORE(straddle) td_after;
struct ALIGNLINT_IGNORE(hot-fields) fwd;
struct fwd { int x; };
/* A record definition with a variable: after the brace -> the record,
 * after the variable name -> the variable. */
struct with_var { int x; } ALIGNLINT_IGNORE(all) wv ALIGNLINT_HOT;
/* Pitfall: after a typedef name the annotation lands on the TypedefDecl,
 * not on the record; the plugin does not look there. */
struct td_target { int x; };
typedef struct td_target td_wrong ALIGNLINT_IGNORE(all);
// CHECK-NEXT: RECORD union un def [alignlint:ignore:all]
// CHECK-NEXT: FIELD a []
// CHECK-NEXT: FIELD b [alignlint:hot]
// CHECK-NEXT: RECORD struct <anon> def [alignlint:ignore:contended]
// CHECK-NEXT: FIELD x []
// CHECK-NEXT: TYPEDEF td_before []
// CHECK-NEXT: RECORD struct <anon> def [alignlint:ignore:straddle]
// CHECK-NEXT: FIELD x []
// CHECK-NEXT: TYPEDEF td_after []
// CHECK-NEXT: RECORD struct fwd decl [alignlint:ignore:hot-fields]
// CHECK-NEXT: RECORD struct fwd def [alignlint:ignore:hot-fields]
// CHECK-NEXT: FIELD x []
// CHECK-NEXT: RECORD struct with_var def [alignlint:ignore:all]
// CHECK-NEXT: FIELD x []
// CHECK-NEXT: VAR wv [alignlint:hot]
// CHECK-NEXT: RECORD struct td_target def []
// CHECK-NEXT: FIELD x []
// CHECK-NEXT: TYPEDEF td_wrong [alignlint:ignore:all]

#ifdef ALIGNLINT_TEST_C2X
/* C23 [[...]] attributes next to the macro: the standard attribute must come
 * first in each position. */
struct c2x {
  [[maybe_unused]] ALIGNLINT_HOT int s_std_first;
  int d_std_first [[maybe_unused]] ALIGNLINT_HOT;
};
// C2X-NEXT: RECORD struct c2x def []
// C2X-NEXT: FIELD s_std_first [alignlint:hot]
// C2X-NEXT: FIELD d_std_first [alignlint:hot]
#endif

/* Keep gcc -Wall -Wextra quiet about nothing; the file must also link-free
 * compile to an object. */
int positions_c_anchor(void) { return (int)sizeof(struct nested) + wv.x; }
// CHECK-NOT: {{.}}
